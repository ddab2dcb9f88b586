"""Mẫu 2-KNĐ in the old 12-HD/BTCTW (2022) layout: items 01…25, starting with "Họ và tên đang dùng"."""

from __future__ import annotations

import random
from typing import Any

from docgen import lylich_items as items
from docgen import wordml as w
from docgen.lylich_table import simple_table
from docgen.vn import day_bare, day_text, leaders, month_text
from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt

Dossier = dict[str, Any]


def _item(doc: Any, rng: random.Random, label: str, value: str, tail: tuple[str, str] | None = None) -> None:
    paragraph = doc.add_paragraph()
    w.split_runs(paragraph, f"{label}:", rng, bold=False)
    w.run(paragraph, f" {value}" if value else "")
    w.run(paragraph, leaders(rng, value) or "……")
    if tail:
        w.run(paragraph, "  ")
        w.split_runs(paragraph, f"{tail[0]}:", rng, bold=False)
        w.run(paragraph, f" {tail[1]}{leaders(rng, tail[1])}")
    paragraph.paragraph_format.space_after = Pt(2)


def _section(doc: Any, heading: str) -> None:
    w.para(doc, heading, bold=True, size=13.5, align=w.CENTER, space_after=4)


def _period(start: str, end: str) -> str:
    return f"{month_text(start, 'thang_dash')} đến {month_text(end, 'thang_dash', 'nay')}"


def build(d: Dossier, rng: random.Random, labels: dict[str, str]) -> DocumentObject:
    """The biography of *d* on the 2022 form."""
    biography = d["ly_lich"]
    doc = w.new_document(d["don"]["ho_ten"], size=13)
    w.para(doc, "Mẫu 2-KNĐ", bold=True, size=12, align=w.RIGHT, space_after=0)
    w.para(doc, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=14, align=w.CENTER, space_after=0)
    w.para(doc, "LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG", bold=True, size=16, align=w.CENTER, space_after=2)
    w.para(doc, "(Theo Hướng dẫn số 12-HD/BTCTW ngày 18/7/2022)", italic=True, size=11, align=w.CENTER,
           space_after=8)
    name = biography.get("ho_ten_khai_sinh", "")
    _item(doc, rng, "01) Họ và tên đang dùng", name, ("02) Nam, nữ", biography.get("gioi_tinh", "").capitalize()))
    _item(doc, rng, "03) Họ và tên khai sinh", name)
    _item(doc, rng, "04) Các bí danh", biography.get("ten_goi_khac", ""))
    born = biography.get("ngay_sinh", "")
    _item(doc, rng, "05) Sinh ngày", day_bare(born, "words_pad") if born else "")
    _item(doc, rng, "06) Nơi sinh", biography.get("noi_dang_ky_khai_sinh", ""))
    _item(doc, rng, "07) Quê quán", biography.get("que_quan", ""))
    _item(doc, rng, "08) Nơi cư trú", "")
    _item(doc, rng, "- Nơi thường trú", biography.get("noi_thuong_tru", ""))
    _item(doc, rng, "- Nơi tạm trú", biography.get("noi_tam_tru", ""))
    _item(doc, rng, "09) Dân tộc", biography.get("dan_toc", ""), ("10) Tôn giáo", biography.get("ton_giao", "")))
    _item(doc, rng, "11) Nghề nghiệp hiện nay", biography.get("nghe_nghiep", ""))
    _item(doc, rng, "12) Trình độ hiện nay", "")
    level = biography.get("trinh_do", {})
    for key, label in items.TRINH_DO_OLD:
        _item(doc, rng, f"- {label}", level.get(key, ""))
    joined = biography.get("ngay_vao_doan")
    union = ""
    if joined:
        union = day_text(joined, "slash") + (f", tại {biography['noi_vao_doan']}" if biography.get("noi_vao_doan")
                                             else "")
    _item(doc, rng, "13) Ngày và nơi vào Đoàn TNCS Hồ Chí Minh", union)
    _item(doc, rng, "14) Ngày và nơi tham gia các tổ chức chính trị - xã hội (Công đoàn, Hội Phụ nữ)", "")
    first, official, sponsors = items.readmission_lines(biography, "slash")
    _item(doc, rng, "15) Ngày và nơi được kết nạp vào Đảng lần thứ nhất (nếu có)", first[1])
    _item(doc, rng, "16) Ngày và nơi được công nhận là đảng viên chính thức lần thứ nhất (nếu có)", official[1])
    _item(doc, rng, "- Người giới thiệu vào Đảng lần thứ nhất", sponsors[1])
    _section(doc, "17) LỊCH SỬ BẢN THÂN")
    w.para(doc, biography.get("lich_su_ban_than", ""), align=w.JUSTIFY, indent_cm=1.0)
    _section(doc, "18) NHỮNG CÔNG TÁC, CHỨC VỤ ĐÃ QUA")
    simple_table(doc, ["Từ tháng năm đến tháng năm", "Làm công tác gì, ở đâu", "Chức vụ"],
           [[_period(p["tu"], p["den"]), p["cong_viec"], p.get("chuc_vu", "")] for p in biography.get("cong_tac", [])],
           [3.8, 8.7, 4.0])
    _section(doc, "19) ĐẶC ĐIỂM LỊCH SỬ")
    w.para(doc, biography.get("dac_diem_lich_su", ""), indent_cm=1.0)
    _section(doc, "20) NHỮNG LỚP ĐÀO TẠO, BỒI DƯỠNG ĐÃ QUA")
    simple_table(doc, ["Tên trường", "Ngành học hoặc tên lớp học", "Hình thức học", "Từ tháng năm đến tháng năm",
                 "Văn bằng, chứng chỉ"],
           [[c["ten_truong"], c.get("nganh_hoc", ""), c.get("hinh_thuc", ""), _period(c["tu"], c["den"]),
             c.get("van_bang", "")] for c in biography.get("dao_tao", [])], [4.2, 3.5, 2.5, 3.5, 2.8])
    _section(doc, "21) ĐI NƯỚC NGOÀI")
    simple_table(doc, ["Từ tháng năm đến tháng năm", "Nội dung đi", "Nước nào", "Cơ quan quyết định"],
           [[_period(s["tu"], s["den"]), s["noi_dung"], s["nuoc"], s.get("co_quan_quyet_dinh", "")]
            for s in biography.get("di_nuoc_ngoai", [])], [3.8, 5.0, 3.0, 4.7])
    for heading, key in (("22) KHEN THƯỞNG", "khen_thuong"), ("23) KỶ LUẬT", "ky_luat")):
        _section(doc, heading)
        simple_table(doc, ["Tháng năm", "Lý do, hình thức", "Cấp quyết định"],
               [[month_text(a["thang_nam"], "slash_pad"), a["ly_do_hinh_thuc"], a.get("cap_quyet_dinh", "")]
                for a in biography.get(key, [])], [2.5, 9.0, 5.0])
    _section(doc, "24) HOÀN CẢNH GIA ĐÌNH")
    for line in items.family_lines(biography, labels, old=True):
        paragraph = w.para(doc, line, align=w.JUSTIFY, space_after=3)
        paragraph.paragraph_format.left_indent = Cm(0.5)
    _section(doc, "25) TỰ NHẬN XÉT")
    w.para(doc, biography.get("tu_nhan_xet", ""), align=w.JUSTIFY, indent_cm=1.0)
    items.pledge(doc, biography, "", rng)
    items.committee_items(doc, biography, False, rng)
    return doc
