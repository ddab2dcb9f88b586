"""Builders of the DOCX form templates (python-docx documents holding docxtpl/Jinja tags), one per form."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocumentObject

from formgen import booklet, letters, minutes

# Template file name (templates/) → the function that builds it; forms/catalog.py names the same files.
BUILDERS: dict[str, Callable[[], DocumentObject]] = {
    "mau-1-knd.docx": letters.application,
    "mau-2-knd.docx": booklet.build,
    "mau-3-knd.docx": letters.sponsor_letter,
    "mau-4-knd.docx": lambda: minutes.union_resolution(youth=True),
    "mau-4a-knd.docx": lambda: minutes.union_resolution(youth=False),
    "mau-5-knd.docx": minutes.opinions,
    "mau-6-knd.docx": minutes.cell_resolution,
    "mau-8-knd.docx": minutes.committee_resolution,
    "mau-9-knd.docx": minutes.decision,
    "cn-ntvd.docx": letters.certificate,
}
