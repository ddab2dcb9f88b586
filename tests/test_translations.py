"""Vietnamese first, English switchable: every page text has an English translation, compiled and in use."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from tests.web_support import web_app

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ROOT / "web" / "translations" / "en" / "LC_MESSAGES" / "messages.po"


def test_every_page_text_has_an_english_translation_and_the_compiled_catalogue_matches(tmp_path: Path) -> None:
    template = tmp_path / "messages.pot"
    subprocess.run(
        [str(Path(sys.executable).parent / "pybabel"), "extract", "-F", "web/babel.cfg", "--no-location",
         "-o", str(template), "."],
        cwd=ROOT, check=True, capture_output=True,
    )
    with template.open("rb") as handle:
        wanted = {message.id for message in read_po(handle) if message.id}
    with ENGLISH.open("rb") as handle:
        english = {message.id: message.string for message in read_po(handle, locale="en") if message.id}
    assert wanted - english.keys() == set(), "run scripts/translations.py and translate the new texts"
    assert [text for text in wanted if not english[text]] == []
    compiled = {message.id: message.string for message in read_mo(io.BytesIO(ENGLISH.with_suffix(".mo").read_bytes()))}
    assert {key: compiled.get(key) for key in english} == english, "run scripts/translations.py to compile"


def test_the_page_language_switches_and_stays(tmp_path: Path) -> None:
    client = web_app(tmp_path).test_client()
    assert "Tải hồ sơ lên để kiểm tra" in client.get("/").get_data(as_text=True)
    response = client.get("/ngon-ngu/en?next=/")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    html = client.get("/").get_data(as_text=True)
    assert "Upload a dossier to check" in html and '<html lang="en">' in html
    assert "Tải hồ sơ lên để kiểm tra" not in html


def test_an_english_browser_gets_english_until_it_chooses(tmp_path: Path) -> None:
    client = web_app(tmp_path).test_client()
    html = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"}).get_data(as_text=True)
    assert "Upload a dossier to check" in html
