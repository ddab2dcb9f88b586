"""PDF through LibreOffice: the booklet's page size, nothing cut with long lists, fonts; time limit and concurrency."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from forms import fill
from forms.pdf import PdfBusyError, PdfConversionError, PdfConverter, PdfUnavailableError, find_soffice
from tests.test_forms_support import complete, long_lists

MM = 72 / 25.4
needs_soffice = pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice is not installed: apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils",
)
FAKE_SOFFICE = """#!{python}
import os, sys, time
args = sys.argv[1:]
out = args[args.index("--outdir") + 1]
profile = next(arg for arg in args if arg.startswith("-env:UserInstallation="))
with open(os.environ["FAKE_LOG"], "a") as log:
    log.write(f"start {{time.monotonic()}} {{profile}}\\n")
time.sleep(float(os.environ.get("FAKE_SLEEP", "0.2")))
os.makedirs(out, exist_ok=True)
for arg in args:
    if arg.endswith(".docx"):
        with open(os.path.join(out, os.path.basename(arg)[:-5] + ".pdf"), "wb") as pdf:
            pdf.write(b"%PDF-1.4 fake " + open(arg, "rb").read())
with open(os.environ["FAKE_LOG"], "a") as log:
    log.write(f"end {{time.monotonic()}} {{profile}}\\n")
"""


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A stand-in soffice that logs its runs and writes a PDF after $FAKE_SLEEP seconds: (program, log)."""
    program = tmp_path / "soffice"
    program.write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    program.chmod(0o755)
    log = tmp_path / "runs.log"
    monkeypatch.setenv("FAKE_LOG", str(log))
    return program, log


def _runs(log: Path) -> list[tuple[float, float, str]]:
    starts: dict[str, float] = {}
    runs = []
    for line in log.read_text().splitlines():
        event, moment, profile = line.split(" ", 2)
        if event == "start":
            starts[profile] = float(moment)
        else:
            runs.append((starts[profile], float(moment), profile))
    return runs


def test_missing_libreoffice_is_a_503_service_error() -> None:
    converter = PdfConverter(soffice="/nonexistent/soffice")
    with pytest.raises(PdfUnavailableError) as raised:
        converter.convert(b"docx")
    assert raised.value.status == 503 and raised.value.code == "pdf_unavailable"
    assert "LibreOffice" in raised.value.message and "LibreOffice" in raised.value.message_en


def test_each_run_has_its_own_profile_and_concurrency_is_bounded(fake_soffice: tuple[Path, Path]) -> None:
    program, log = fake_soffice
    converter = PdfConverter(max_parallel=2, soffice=str(program))
    results: list[bytes] = []
    threads = [
        threading.Thread(target=lambda n=n: results.append(converter.convert(b"doc" + str(n).encode())))
        for n in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == sorted(b"%PDF-1.4 fake doc" + str(n).encode() for n in range(5))
    runs = _runs(log)
    assert len(runs) == 5 and len({profile for _, _, profile in runs}) == 5
    for start, _, _ in runs:
        assert sum(1 for begin, end, _ in runs if begin <= start < end) <= 2
    assert max(sum(1 for begin, end, _ in runs if begin <= start < end) for start, _, _ in runs) == 2
    for _, _, profile in runs:
        assert not Path(profile.split("file://", 1)[1]).exists(), "the run's profile directory is removed"


def test_a_run_past_its_time_limit_is_ended(fake_soffice: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    program, _ = fake_soffice
    monkeypatch.setenv("FAKE_SLEEP", "30")
    started = time.monotonic()
    with pytest.raises(PdfConversionError) as raised:
        PdfConverter(timeout=1, soffice=str(program)).convert(b"doc")
    assert time.monotonic() - started < 10 and raised.value.status == 503
    assert "1 giây" in raised.value.message


def test_busy_slots_refuse_after_waiting(fake_soffice: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    program, _ = fake_soffice
    monkeypatch.setenv("FAKE_SLEEP", "1.5")
    converter = PdfConverter(max_parallel=1, wait=0.2, soffice=str(program))
    slow = threading.Thread(target=converter.convert, args=(b"slow",))
    slow.start()
    time.sleep(0.3)
    with pytest.raises(PdfBusyError):
        converter.convert(b"second")
    slow.join()


def _pdf_pages(content: bytes) -> list[Any]:
    import pdfplumber

    return pdfplumber.open(io.BytesIO(content)).pages


@needs_soffice
def test_booklet_pdf_has_the_booklet_page_size(clean: dict[str, Any]) -> None:
    import pypdfium2

    pdf = fill("2-KND", clean, output="pdf").content
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) >= 10
    for index in range(len(document)):
        width, height = document[index].get_size()
        assert abs(width - 145 * MM) < 1 and abs(height - 205 * MM) < 1, (index, width, height)


@needs_soffice
def test_long_lists_are_not_cut(clean: dict[str, Any], tmp_path: Path) -> None:
    dossier = long_lists(clean, 15)
    pdf = fill("2-KND", dossier, output="pdf").content
    pages = _pdf_pages(pdf)
    text = "\n".join(page.extract_text() or "" for page in pages)
    for index in range(1, 16):
        assert f"Công việc số {index:02d}" in text and f"Người Thân Số {index:02d}" in text, index
    fonts = set()
    left, right = 14 * MM - 1 * MM, (145 - 9) * MM + 1 * MM  # the booklet's text area (its margins), 1 mm slack
    for page in pages:
        for char in page.chars:
            assert char["x0"] >= left and char["x1"] <= right, (page.page_number, char["text"], char["x0"])
            assert char["top"] >= 0 and char["bottom"] <= page.height, (page.page_number, char["text"])
            fonts.add(char["fontname"].split("+")[-1])
    assert all(font.startswith("LiberationSerif") for font in fonts), (
        f"glyphs fell back to {fonts}: install a Liberation Serif with Vietnamese (Debian: fonts-liberation2)"
    )
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed: apt-get install poppler-utils")
    (tmp_path / "ly-lich.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(tmp_path / "ly-lich.pdf"), str(tmp_path / "trang")],
                   check=True, timeout=120)
    images = sorted(tmp_path.glob("trang*.png"))
    assert len(images) == len(pages)
    from PIL import Image

    for image in images:
        with Image.open(image) as opened:
            assert abs(opened.width / opened.height - 145 / 205) < 0.01


@needs_soffice
def test_api_cli_and_zip_in_pdf(client: FlaskClient, app: Flask, clean: dict[str, Any], tmp_path: Path) -> None:
    response = client.post("/api/v1/forms/6-KND?format=pdf", data=json.dumps(clean),
                           content_type="application/json")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF") and ".pdf" in response.headers["Content-Disposition"]
    source = tmp_path / "ho-so.json"
    source.write_text(json.dumps(complete(clean), ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "quyet-dinh.pdf"
    result = app.test_cli_runner().invoke(args=["fill", "9-KND", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF")
    assert "Trần Thị Minh Thư" in "".join(page.extract_text() or "" for page in _pdf_pages(target.read_bytes()))
    response = client.post("/api/v1/forms?format=pdf", data=json.dumps(clean), content_type="application/json")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
        assert len(archive.namelist()) == 7
        assert all(name.endswith(".pdf") and archive.read(name).startswith(b"%PDF") for name in archive.namelist())


def test_no_stray_libreoffice_left() -> None:
    if shutil.which("pgrep") is None:
        pytest.skip("pgrep is not installed (procps)")
    mine = subprocess.run(["pgrep", "-P", str(os.getpid())], capture_output=True, text=True, check=False).stdout
    assert mine.strip() == ""
