"""Low-level Word helpers: page setup, split runs, content controls, form fields, text boxes, deterministic saving."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

FIXED_TIME = (2026, 1, 1, 0, 0, 0)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
_ids = {"next": 100}


def new_document(author: str, font: str = "Times New Roman", size: float = 13) -> DocumentObject:
    """An A4 document with Vietnamese administrative margins, *font* as the default, fixed metadata."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:eastAsia", "w:cs", "w:hAnsi", "w:ascii"):
        fonts.set(qn(attribute), font)
    style.paragraph_format.space_after = Pt(2)
    style.paragraph_format.line_spacing = 1.1
    when = dt.datetime(2026, 1, 1, 8, 0, 0)
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.created = props.modified = when
    props.comments = ""
    props.title = ""
    _ids["next"] = 100
    return doc


def landscape_section(doc: DocumentObject, landscape: bool) -> None:
    """Start a new page section, landscape or portrait (A4)."""
    section = doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    wide, tall = Cm(29.7), Cm(21)
    section.page_width, section.page_height = (wide, tall) if landscape else (tall, wide)
    section.left_margin, section.right_margin = (Cm(2), Cm(2)) if landscape else (Cm(3), Cm(1.5))


def save_docx(doc: DocumentObject, path: Path) -> None:
    """Save *doc* with fixed ZIP timestamps, so that the same input gives the same bytes."""
    buffer = io.BytesIO()
    doc.save(buffer)
    rezip(buffer.getvalue(), path)


def rezip(data: bytes, path: Path, drop: tuple[str, ...] = ("docProps/thumbnail.jpeg",)) -> None:
    """Rewrite the ZIP *data* to *path* with fixed timestamps, leaving out the members in *drop*."""
    source = zipfile.ZipFile(io.BytesIO(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            blob = source.read(info.filename)
            if info.filename == "_rels/.rels":
                blob = blob.replace(b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                                    b'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>', b"")
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            target.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), blob, zipfile.ZIP_DEFLATED)


def run(paragraph: Paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
        underline: bool = False, font: str | None = None) -> Run:
    """Append a run with the given formatting."""
    result = paragraph.add_run(text)
    result.bold = bold or None
    result.italic = italic or None
    result.underline = underline or None
    if size:
        result.font.size = Pt(size)
    if font:
        result.font.name = font
        result.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return result


def para(container: Any, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         align: Any = None, space_after: float | None = None, indent_cm: float | None = None) -> Paragraph:
    """Add a paragraph (to a document or a cell) holding one run."""
    paragraph = container.add_paragraph()
    if text:
        run(paragraph, text, bold=bold, italic=italic, size=size)
    if align is not None:
        paragraph.alignment = align
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    if indent_cm is not None:
        paragraph.paragraph_format.first_line_indent = Cm(indent_cm)
    return paragraph


def split_runs(paragraph: Paragraph, text: str, rng: random.Random, bold: bool = True) -> None:
    """Write *text* (a form label) as 1–4 runs cut at arbitrary characters, with differing formatting,
    sometimes with a proofing mark or an empty bookmark between two runs, as Word leaves them."""
    cuts = sorted(rng.sample(range(1, len(text)), k=min(len(text) - 1, rng.randint(0, 3)))) if len(text) > 1 else []
    pieces = [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    for index, piece in enumerate(pieces):
        variant = rng.randint(0, 4)
        piece_run = run(paragraph, piece, bold=bold and variant != 3, italic=variant == 2,
                        size=13.5 if variant == 1 else None)
        if variant == 4:
            piece_run.element.get_or_add_rPr().append(parse_xml(f'<w:lang {nsdecls("w")} w:val="vi-VN"/>'))
        if index < len(pieces) - 1 and rng.random() < 0.3:
            paragraph._p.append(parse_xml(f'<w:proofErr {nsdecls("w")} w:type="spellStart"/>'))
        elif index < len(pieces) - 1 and rng.random() < 0.2:
            mark = _next_id()
            paragraph._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{mark}" w:name="_GoBack"/>'))
            paragraph._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{mark}"/>'))


def tab_leader(paragraph: Paragraph, position_cm: float = 16.5) -> None:
    """Give *paragraph* a right tab stop with a dot leader and jump to it (dots drawn by Word, not typed)."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(position_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    paragraph.add_run("\t")


def _next_id() -> int:
    _ids["next"] += 1
    return _ids["next"]


def content_control(paragraph: Paragraph, text: str, alias: str, tag: str, bold: bool = False,
                    date_iso: str | None = None) -> None:
    """Put *text* in an inline content control (w:sdt): plain text, or a date picker holding *date_iso*."""
    kind = "<w:text/>"
    if date_iso:
        kind = (f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
                '<w:lid w:val="vi-VN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
                "</w:date>")
    weight = "<w:b/>" if bold else ""
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:rPr>{weight}</w:rPr><w:alias w:val="{alias}"/>'
           f'<w:tag w:val="{tag}"/><w:id w:val="{-1000 - _next_id()}"/>{kind}</w:sdtPr>'
           f'<w:sdtContent><w:r><w:rPr>{weight}</w:rPr><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>'
           "</w:sdtContent></w:sdt>")
    paragraph._p.append(parse_xml(xml))


def block_content_control(doc: DocumentObject, texts: list[str], alias: str, tag: str) -> None:
    """Wrap whole paragraphs in a block-level content control (invisible to `Document.paragraphs`)."""
    body = "".join(f'<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">{_escape(text)}'
                   "</w:t></w:r></w:p>" for text in texts)
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
           f'<w:id w:val="{-2000 - _next_id()}"/><w:richText/></w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def form_field(paragraph: Paragraph, text: str, name: str) -> None:
    """A legacy text form field (FORMTEXT, fldChar begin/separate/end) showing *text*, inside a bookmark."""
    mark = _next_id()
    parts = [
        f'<w:bookmarkStart {nsdecls("w")} w:id="{mark}" w:name="{name}"/>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
        f'<w:bookmarkEnd {nsdecls("w")} w:id="{mark}"/>',
    ]
    for part in parts:
        paragraph._p.append(parse_xml(part))


def page_number_field(paragraph: Paragraph) -> None:
    """A PAGE field (complex field) as Word puts in footers."""
    for part in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                 '<w:fldChar w:fldCharType="separate"/>', "<w:t>1</w:t>", '<w:fldChar w:fldCharType="end"/>'):
        paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}>{part}</w:r>'))


def text_box(paragraph: Paragraph, lines: list[tuple[str, bool, bool]], width_cm: float, height_cm: float,
             left_cm: float, border: bool) -> None:
    """An anchored text box (DrawingML wps with its VML fallback, as Word writes both) holding *lines*
    of (text, bold, italic), centred. Its text lives in w:txbxContent, twice in the XML."""
    shape_id = _next_id()
    emu = 360000
    body = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
        f'{"<w:i/>" if italic else ""}</w:rPr><w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:p>'
        for text, bold, italic in lines
    )
    line = '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border else \
        "<a:ln><a:noFill/></a:ln>"
    xml = f"""<w:r {nsdecls("w", "wp", "a")} {_SHAPE_NS}>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + shape_id}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>{int(left_cm * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{int(width_cm * emu)}" cy="{int(height_cm * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(width_cm * emu)}"
 cy="{int(height_cm * emu)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>{line}</wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"
 anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
</mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box {shape_id}" o:spid="_x0000_s{1024 + shape_id}"
 type="#_x0000_t202" style="position:absolute;margin-left:{left_cm * 28.35:.1f}pt;margin-top:0;
width:{width_cm * 28.35:.1f}pt;height:{height_cm * 28.35:.1f}pt;z-index:{shape_id}"
 filled="f" stroked="{'t' if border else 'f'}"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>
<w10:wrap type="topAndBottom" xmlns:w10="urn:schemas-microsoft-com:office:word"/></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""
    paragraph._p.append(etree.fromstring(xml.replace("\n", " ").encode("utf-8")))


_SHAPE_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def borderless(table: Any) -> None:
    """Remove every border of *table* (layout tables for headers and signature blocks)."""
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))


def grid(table: Any) -> None:
    """Single black borders on every cell of *table*."""
    table.style = None
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))


def widths(table: Any, columns_cm: list[float]) -> None:
    """Fix the column widths of *table* (cells and grid: Word reads the cells, LibreOffice the grid)."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), columns_cm, strict=False):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, columns_cm, strict=False):
            cell.width = Cm(width)


def cell_text(cell: _Cell, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
              align: Any = None) -> Paragraph:
    """Replace the text of *cell* (its first paragraph) with one run; lines split on "\\n" become paragraphs."""
    first, *rest = text.split("\n")
    paragraph = cell.paragraphs[0]
    if first:
        run(paragraph, first, bold=bold, italic=italic, size=size)
    paragraph.paragraph_format.space_after = Pt(0)
    if align is not None:
        paragraph.alignment = align
    for line in rest:
        extra = para(cell, line, bold=bold, italic=italic, size=size, align=align, space_after=0)
        extra.paragraph_format.space_after = Pt(0)
    return paragraph


def repeat_header(row: Any) -> None:
    """Mark a table row as a header row repeated on every page."""
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
