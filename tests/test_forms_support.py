"""Helpers the form tests share (no tests here): a filled DOCX's text, dossiers with every form's data or long lists."""

from __future__ import annotations

import copy
import io
from typing import Any

from docx import Document
from docx.oxml.ns import qn

EXTRA_SECTIONS: dict[str, Any] = {
    "nghi_quyet_dang_uy": {"so": "45-NQ/ĐU", "ngay": "2026-09-25", "tong_so_uy_vien": 11, "so_tan_thanh": 10,
                           "so_khong_tan_thanh": 1},
    "quyet_dinh": {"so": "120-QĐ/ĐU", "ngay": "2026-10-10", "co_quan": "Ban Thường vụ Đảng ủy phường Ba Đình",
                   "nguoi_ky": "Lương Văn Đức"},
    "nghi_quyet_doan": {"to_chuc": "doan", "so": "05-NQ/ĐTN", "ngay": "2026-04-02",
                        "ten_to_chuc": "Ban Chấp hành Đoàn Trường THPT Nguyễn Trãi", "quan_chung": "Trần Thị Minh Thư",
                        "so_tan_thanh": 9, "tong_so_uy_vien": 9, "so_khong_tan_thanh": 0},
}
RELATIONS = ["ong_noi", "ba_noi", "ong_ngoai", "ba_ngoai", "cha_de", "me_de", "chong", "cha_vo_chong", "me_vo_chong",
             "ong_ba_ben_vo_chong", "anh_chi_em_ruot", "anh_chi_em_ruot", "anh_chi_em_vo_chong", "con", "con"]


def complete(dossier: dict[str, Any]) -> dict[str, Any]:
    """*dossier* with the sections of Mẫu 4, 8 and 9-KNĐ added (the clean sample lacks them)."""
    return {**copy.deepcopy(dossier), **copy.deepcopy(EXTRA_SECTIONS)}


def long_lists(dossier: dict[str, Any], count: int = 15) -> dict[str, Any]:
    """*dossier* with *count* work periods (item 15) and *count* relatives (item 21), each with a unique text."""
    grown = copy.deepcopy(dossier)
    biography = grown["ly_lich"]
    biography["cong_tac"] = [
        {"tu": f"{2010 + index}-09", "den": f"{2011 + index}-08" if index < count - 1 else "nay",
         "cong_viec": f"Công việc số {index + 1:02d} tại đơn vị thứ {index + 1:02d}, phường Ba Đình, thành phố Hà Nội",
         "chuc_vu": f"Chức vụ {index + 1:02d}"}
        for index in range(count)
    ]
    biography["gia_dinh"] = [
        {"quan_he": RELATIONS[index % len(RELATIONS)], "ho_ten": f"Người Thân Số {index + 1:02d}",
         "nam_sinh": str(1940 + index * 4), "que_quan": "xã Tân Dương, tỉnh Đồng Tháp",
         "noi_cu_tru": "phường Ba Đình, thành phố Hà Nội", "nghe_nghiep": "Nông dân", "quoc_tich": "Việt Nam",
         "lich_su_chinh_tri": "Chấp hành tốt chủ trương, chính sách, pháp luật"}
        for index in range(count)
    ]
    return grown


def paragraphs(content: bytes) -> list[str]:
    """The text of every paragraph of the body (tables included), in order."""
    body = Document(io.BytesIO(content)).element.body
    return ["".join(text.text or "" for text in paragraph.iter(qn("w:t"))) for paragraph in body.iter(qn("w:p"))]


def body_text(content: bytes) -> str:
    """The body's text, one paragraph a line."""
    return "\n".join(paragraphs(content))


def header_text(content: bytes) -> str:
    """The text of every page header of every section."""
    document = Document(io.BytesIO(content))
    return "\n".join(
        paragraph.text for section in document.sections for paragraph in section.header.paragraphs
    )


def tables(content: bytes) -> list[list[list[str]]]:
    """Every table of the body as rows of cell texts."""
    document = Document(io.BytesIO(content))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
