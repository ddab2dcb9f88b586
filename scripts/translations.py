"""Keep the English page translation in step: extract the page texts, merge web/translations/en, compile it.

Run: .venv/bin/python scripts/translations.py. Vietnamese is the source language (the msgids); English
translations live in `web/translations/en/LC_MESSAGES/messages.po`; a text without one fails the tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "web" / "translations"
TEMPLATE = TRANSLATIONS / "messages.pot"
ENGLISH = TRANSLATIONS / "en" / "LC_MESSAGES" / "messages.po"


def extract() -> None:
    """Write the template of every translatable page text."""
    subprocess.run(
        [str(Path(sys.executable).parent / "pybabel"), "extract", "-F", "web/babel.cfg", "--no-location",
         "--sort-output", "--omit-header", "-o", str(TEMPLATE), "."],
        cwd=ROOT, check=True, capture_output=True,
    )


def merge_and_compile() -> list[str]:
    """Bring new texts into the English catalogue (old translations kept) and compile it; returns untranslated."""
    with TEMPLATE.open("rb") as handle:
        template = read_po(handle)
    with ENGLISH.open("rb") as handle:
        english = read_po(handle, locale="en")
    english.update(template, no_fuzzy_matching=True)
    with ENGLISH.open("wb") as handle:
        write_po(handle, english, omit_header=True, no_location=True, sort_output=True, ignore_obsolete=True)
    with ENGLISH.with_suffix(".mo").open("wb") as handle:
        write_mo(handle, english)
    return [message.id for message in english if message.id and not message.string]


if __name__ == "__main__":
    extract()
    missing = merge_and_compile()
    for text in missing:
        print(f"untranslated: {text}")
    sys.exit(1 if missing else 0)
