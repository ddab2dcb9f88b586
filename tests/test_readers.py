"""File readers: DOCX structure (tables, merged cells, content controls, text boxes), PDF rows, ZIP safety."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractors import Limits
from extractors.docx_reader import read_docx
from extractors.errors import UnreadableFile
from extractors.formats import kind_of
from extractors.reading import read_any


def docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_document() -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG")
    paragraph = document.add_paragraph()
    paragraph.add_run("1) Họ và ")
    paragraph.add_run("tên khai sinh: ").bold = True
    paragraph.add_run("NGUYỄN\u00a0VĂN AN………")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Thời gian và công việc"
    table.cell(0, 2).text = "Chức vụ"
    for column, text in enumerate(["09/2008 - 06/2012", "Sinh viên", "Lớp trưởng"]):
        table.cell(1, column).text = text
    table.cell(2, 0).text = "07/2012 - nay"
    table.cell(2, 1).add_table(rows=1, cols=2).cell(0, 0).text = "bảng lồng"
    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Giá trị trong content control</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.insert(len(document.element.body) - 1, sdt)
    box = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
        "<w:t>Chữ trong khung văn bản</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
        "</w:r>"
    )
    document.add_paragraph("Đoạn có khung: ")._p.append(box)
    return document


def test_docx_reads_runs_tables_controls_and_boxes() -> None:
    lines = read_docx(docx_bytes(word_document())).lines
    texts = [line.text for line in lines]
    assert "1) Họ và tên khai sinh: NGUYỄN VĂN AN………" in texts
    rows = [line.cells for line in lines if line.cells]
    assert rows[0] == ["Thời gian và công việc", "Chức vụ"]  # a merged cell is read once
    assert rows[1] == ["09/2008 - 06/2012", "Sinh viên", "Lớp trưởng"]
    assert ["bảng lồng", ""] in rows and "07/2012 - nay" in texts  # a cell holding a table: its content read
    assert "Giá trị trong content control" in texts
    assert "Chữ trong khung văn bản" in texts and "Đoạn có khung:" in texts


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "hỏng"),
        (b"PK\x03\x04 truncated", "hỏng"),
        (b"MZ\x90\x00 executable", "hỏng"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "mật khẩu"),
    ],
)
def test_bad_docx_is_unreadable_not_a_crash(content: bytes, words: str) -> None:
    entry = next(read_any("ly-lich.docx", content, Limits()))
    assert words in entry["unreadable"]["message"] and entry["unreadable"]["message_en"]


def test_kind_of_uses_content_before_name() -> None:
    assert kind_of("a.docx", docx_bytes(docx.Document())) == "docx"
    assert kind_of("a.pdf", b"%PDF-1.7") == "pdf"
    assert kind_of("a.docx", b"%PDF-1.7") == "pdf"
    assert kind_of("a.exe", b"MZ") == "unknown"


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_refuses_escapes_bombs_and_too_many_entries() -> None:
    entries = list(
        read_any(
            "ho-so.zip",
            zip_bytes({"../../etc/x.docx": b"x", "bom.txt": b"\0" * 5_000_000, "ok.json": b'{"don": {"ho_ten": "A"}}'}),
            Limits(),
        )
    )
    by_name = {entry["file"]: entry for entry in entries}
    assert "ra ngoài" in by_name["ho-so.zip/../../etc/x.docx"]["unreadable"]["message"]
    assert "Tỷ lệ nén" in by_name["ho-so.zip/bom.txt"]["unreadable"]["message"]
    assert by_name["ho-so.zip/ok.json"]["data"] == {"don": {"ho_ten": "A"}}
    many = next(read_any("nhieu.zip", zip_bytes({f"{index}.json": b"{}" for index in range(80)}), Limits()))
    assert "Số tệp trong ZIP" in many["unreadable"]["message"]


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="cần LibreOffice (apt-get install libreoffice-writer-nogui)"
)
def test_pdf_rows_keep_columns_like_the_docx(tmp_path: Path) -> None:
    from extractors.pdf_reader import read_pdf_text

    source = tmp_path / "ly-lich.docx"
    source.write_bytes(docx_bytes(word_document()))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text, empty = read_pdf_text((tmp_path / "ly-lich.pdf").read_bytes(), max_pages=10)
    assert empty == [] and text.pages == 1
    rows = [line.cells for line in text.lines if line.cells]
    assert ["09/2008 - 06/2012", "Sinh viên", "Lớp trưởng"] in rows
    assert any("NGUYỄN VĂN AN" in line.text for line in text.lines)


def test_pdf_page_limit() -> None:
    import pypdfium2 as pdfium

    from extractors.pdf_reader import read_pdf_text

    pdf = pdfium.PdfDocument.new()
    for _ in range(5):
        pdf.new_page(200, 200)
    buffer = io.BytesIO()
    pdf.save(buffer)
    with pytest.raises(UnreadableFile):
        read_pdf_text(buffer.getvalue(), max_pages=3)
