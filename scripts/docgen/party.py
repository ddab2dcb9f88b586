"""The conventions of Party documents: issuing body and number, national-Party header, date line, title, signature."""

from __future__ import annotations

from typing import Any

from docgen import wordml as w
from docgen.vn import day_text
from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt


def body_of(unit: str) -> str:
    """The committee heading above a cell or a centre: "Đảng bộ phường Ba Đình" → "ĐẢNG ỦY PHƯỜNG BA ĐÌNH"."""
    return unit.replace("Đảng bộ", "Đảng ủy", 1).upper()


def place_date(place: str, iso: str, style: str = "words") -> str:
    """The dated line, e.g. "Hà Nội, ngày 10 tháng 3 năm 2026"."""
    return f"{place}, {day_text(iso, style)}"


def header(doc: DocumentObject, issuer: list[str], place: str, iso: str, number: str | None = None,
           right_top: str = "ĐẢNG CỘNG SẢN VIỆT NAM", style: str = "words") -> None:
    """The two-column header: issuing bodies, a star and the number on the left; the Party line and the
    place and date on the right."""
    table = doc.add_table(rows=1, cols=2)
    w.borderless(table)
    w.widths(table, [7.5, 9.0])
    left, right = table.rows[0].cells
    lines = [*issuer[:-1], issuer[-1]]
    for index, line in enumerate(lines):
        paragraph = left.paragraphs[0] if index == 0 else left.add_paragraph()
        w.run(paragraph, line, bold=index == len(lines) - 1, size=12.5)
        paragraph.alignment = w.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
    w.para(left, "*", align=w.CENTER, space_after=0)
    if number:
        w.para(left, f"Số {number}", size=13, align=w.CENTER, space_after=0)
    w.cell_text(right, right_top, bold=True, align=w.CENTER, size=13.5)
    w.para(right, "", space_after=0)
    w.para(right, place_date(place, iso, style), italic=True, align=w.CENTER, space_after=0)


def applicant_header(doc: DocumentObject, place: str, iso: str, style: str = "words") -> None:
    """The header an applicant types: the Party line centred and the dated line on the right."""
    w.para(doc, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=14, align=w.CENTER, space_after=0)
    w.para(doc, "—————", align=w.CENTER, space_after=4)
    w.para(doc, place_date(place, iso, style), italic=True, align=w.RIGHT, space_after=10)


def title(doc: DocumentObject, lines: list[str], form: str | None = None) -> None:
    """The document title in capitals (and the form's number under it, in brackets), centred."""
    for index, line in enumerate(lines):
        w.para(doc, line, bold=True, size=15 if index == 0 else 14, align=w.CENTER, space_after=0)
    if form:
        w.para(doc, f"({form})", italic=True, size=12, align=w.CENTER, space_after=0)
    w.para(doc, "", space_after=4)


def signature(doc: DocumentObject, lines: list[str], name: str, left: list[str] | None = None) -> None:
    """The signature block on the right (behalf-of line, office, hint, room to sign, full name);
    *left* holds the recipients list ("Nơi nhận") where the form has one."""
    table = doc.add_table(rows=1, cols=2)
    w.borderless(table)
    w.widths(table, [7.0, 9.5])
    recipients, signer = table.rows[0].cells
    if left:
        w.cell_text(recipients, left[0], bold=True, italic=True, size=11)
        for line in left[1:]:
            w.para(recipients, line, size=11, space_after=0)
    first, *rest = lines
    w.cell_text(signer, first, bold=True, align=w.CENTER)
    for line in rest:
        italic = line.startswith("(")
        w.para(signer, line, bold=not italic, italic=italic, align=w.CENTER, space_after=0)
    for _ in range(3):
        w.para(signer, "", space_after=0)
    w.para(signer, name, bold=True, align=w.CENTER, space_after=0)


def labelled(doc: Any, label: str, value: str, bold_value: bool = False, indent_cm: float = 0.0) -> None:
    """One "Label: value" line."""
    paragraph = doc.add_paragraph()
    w.run(paragraph, f"{label}: ")
    if value:
        w.run(paragraph, value, bold=bold_value)
    if indent_cm:
        paragraph.paragraph_format.first_line_indent = Cm(indent_cm)
    paragraph.paragraph_format.space_after = Pt(3)
