"""DOCX reader: paragraphs, tables (merged cells once, nested tables), content controls, text boxes, form fields."""

from __future__ import annotations

import io
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from extractors.blocks import DocumentText, Line
from extractors.errors import corrupt, encrypted

W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDT_CONTENT = (
    qn(tag) for tag in ("w:p", "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent")
)
W_T, W_TAB, W_BR, W_CR, W_VMERGE, W_TXBX = (
    qn(tag) for tag in ("w:t", "w:tab", "w:br", "w:cr", "w:vMerge", "w:txbxContent")
)
W_DEL, W_INSTR, W_RFONTS, W_R = qn("w:del"), qn("w:instrText"), qn("w:rFonts"), qn("w:r")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {W_DEL, MC_FALLBACK, W_INSTR}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
_MAX_XML_BYTES = 50 * 1024 * 1024


def read_docx(content: bytes) -> DocumentText:
    """The lines of a DOCX file; UnreadableFile when it is not a readable Word document.

    Only word/document.xml is parsed (with lxml, entities never expanded, no network), which is all
    the text of the body: loading the whole package with python-docx would cost more than reading it."""
    if content.startswith(_OLE_MAGIC):
        raise encrypted("DOCX")  # Word stores password-protected .docx files as OLE containers
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > _MAX_XML_BYTES:
                raise corrupt("DOCX", "word/document.xml quá lớn / too large")
            xml = archive.read(info)
        if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:  # no DTD, anywhere: no entity bomb, no external entity
            raise corrupt("DOCX", "DOCTYPE")
        root = etree.fromstring(xml, parser=_PARSER)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, RuntimeError, NotImplementedError,
            zlib.error, etree.XMLSyntaxError) as error:  # RuntimeError: an encrypted member
        raise corrupt("DOCX", type(error).__name__) from error
    body = root.find(qn("w:body"))
    if body is None:
        raise corrupt("DOCX", "w:body")
    found = DocumentText(fonts=_fonts(body))
    if converted := _convert_legacy_runs(body):
        found.fonts -= converted  # already Unicode: the legacy fonts must not trigger a second conversion
        found.warnings.append(
            "Tệp dùng phông chữ bảng mã cũ (TCVN3/VNI); đã chuyển sang Unicode, cần kiểm tra lại "
            "(legacy TCVN3/VNI fonts converted to Unicode; please check)."
        )
    found.lines = [line for line in _blocks(body) if line.text]
    return found


def _convert_legacy_runs(body: Any) -> set[str]:
    """Turn the text of runs set in a TCVN3 or VNI font into Unicode, run by run (so that capitals fonts such
    as .VnTimeH give capitals); returns the legacy font names met."""
    from extractors.legacy_encoding import encoding_for_font, is_uppercase_font, to_unicode

    met: set[str] = set()
    for run in body.iter(W_R):
        fonts = run.find(f"{qn('w:rPr')}/{W_RFONTS}")
        font = (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "") if fonts is not None else ""
        encoding = encoding_for_font(font) if font else None
        if encoding is None:
            continue
        met.add(font)
        for node in run.iter(W_T):
            node.text = to_unicode(node.text or "", encoding, uppercase_font=is_uppercase_font(font))
    return met


def _fonts(body: Any) -> set[str]:
    names: set[str] = set()
    for element in body.iter(W_RFONTS):
        names.update(value for key, value in element.attrib.items() if key.endswith(("ascii", "hAnsi")))
    return names


def _blocks(container: Any) -> Iterator[Line]:
    for child in container:
        if child.tag == W_P:
            yield from _paragraph_lines(child)
        elif child.tag == W_TBL:
            yield from _table_lines(child)
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)


_BREAKS = {W_TAB: "\t", W_BR: "\n", W_CR: "\n"}
MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


def _text(element: Any) -> str:
    """The visible text under *element*: runs, tabs and breaks, not deleted text, field codes or text boxes."""
    if next(element.iter(W_TXBX, MC_ALTERNATE, W_DEL), None) is None:  # the common case, walked in C
        return "".join(
            node.text or "" if node.tag == W_T else _BREAKS[node.tag] for node in element.iter(W_T, W_TAB, W_BR, W_CR)
        )
    parts: list[str] = []
    stack = [element]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag in _SKIPPED or (tag == W_TXBX and node is not element):
            continue
        if tag == W_T:
            parts.append(node.text or "")
        elif tag == W_TAB:
            parts.append("\t")
        elif tag in (W_BR, W_CR):
            parts.append("\n")
        stack.extend(reversed(node))
    return "".join(parts)


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\u00a0", " ")).strip()


def _paragraph_lines(paragraph: Any) -> Iterator[Line]:
    for piece in _text(paragraph).split("\n"):
        yield Line(_clean(piece))
    for box in paragraph.iter(W_TXBX):
        if not any(ancestor.tag == MC_FALLBACK for ancestor in box.iterancestors()):
            yield from _blocks(box)


def _table_lines(table: Any) -> Iterator[Line]:
    for row in table.iter(W_TR):
        if row.getparent() is not table:
            continue
        cells = [cell for cell in row.iter(W_TC) if cell.getparent() is row or cell.getparent().tag == W_SDT_CONTENT]
        nested = [cell for cell in cells if cell.find(f".//{W_TBL}") is not None]
        if len(cells) == 1 or nested:
            for cell in cells:  # a layout table (one column) or cells holding tables: read as body text
                yield from _blocks(cell)
            continue
        texts = [
            "" if _continues_merge(cell) else _clean(" ".join(_text(paragraph) for paragraph in cell.iter(W_P)))
            for cell in cells
        ]
        if any(texts):
            yield Line.row(texts, spans=_grid_spans(cells))


def _grid_spans(cells: list[Any]) -> list[tuple[float, float]]:
    """Each cell's grid columns [start, end): a cell merged across columns is read once but keeps its width."""
    spans, column = [], 0
    for cell in cells:
        span = cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        width = int(span.get(qn("w:val"), "1")) if span is not None and span.get(qn("w:val"), "").isdigit() else 1
        spans.append((float(column), float(column + width)))
        column += width
    return spans


def _continues_merge(cell: Any) -> bool:
    merge = cell.find(f"{qn('w:tcPr')}/{W_VMERGE}")
    return merge is not None and merge.get(qn("w:val")) in (None, "continue")
