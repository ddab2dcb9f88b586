"""Mẫu 2-KNĐ, HD-38 2025, "paragraph-based": every item a paragraph, periods and relatives as lines."""

from __future__ import annotations

import random
from typing import Any

from docgen import lylich_items as items
from docgen import wordml as w
from docgen.vn import day_bare, day_text
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

Dossier = dict[str, Any]

GROUPS = {
    "a": ("ong_noi", "ba_noi", "ong_ngoai", "ba_ngoai", "ong_ba_ben_vo_chong"),
    "b": ("cha_de", "me_de", "nguoi_nuoi_duong", "vo", "chong", "cha_vo_chong", "me_vo_chong"),
    "c": ("anh_chi_em_ruot", "anh_chi_em_vo_chong", "con"),
}


def _line(doc: Any, label: str, value: str, bold_value: bool = False) -> Any:
    paragraph = doc.add_paragraph()
    w.run(paragraph, f"{label}: ", bold=label.startswith("("))
    if value:
        w.run(paragraph, value, bold=bold_value)
    paragraph.paragraph_format.space_after = Pt(2)
    return paragraph


def _heading(doc: Any, text: str) -> None:
    w.para(doc, text, bold=True, space_after=2)


def _lines(doc: Any, lines: list[str], empty: str = "Không") -> None:
    for line in lines or [empty]:
        paragraph = w.para(doc, line, align=w.JUSTIFY, space_after=1)
        paragraph.paragraph_format.left_indent = Cm(0.5)


def _grouped(biography: Dossier) -> bool:
    """True when the relatives are listed group by group (a, b, c), so headings keep the dossier's order."""
    order = [next(key for key, members in GROUPS.items() if p["quan_he"] in members)
             for p in biography.get("gia_dinh", [])]
    return order == sorted(order)


def _family(doc: Any, biography: Dossier, labels: dict[str, str]) -> None:
    _heading(doc, "(21) Hoàn cảnh gia đình:")
    lines = items.family_lines(biography, labels)
    if not _grouped(biography):
        _lines(doc, lines)
        return
    spouse = "vợ" if items.male(biography) else "chồng"
    titles = {"a": f"a) Ông bà nội, ông bà ngoại (của bản thân và của {spouse}):",
              "b": f"b) Cha mẹ đẻ, cha mẹ {spouse}, {spouse}:",
              "c": "c) Anh chị em ruột, con:"}
    people = biography.get("gia_dinh", [])
    for key, members in GROUPS.items():
        chosen = [line for person, line in zip(people, lines, strict=True) if person["quan_he"] in members]
        if chosen:
            w.para(doc, titles[key], italic=True, space_after=1)
            _lines(doc, chosen)


def build(d: Dossier, rng: random.Random, labels: dict[str, str], period_style: str) -> DocumentObject:
    """The biography of *d* in the paragraph layout; *period_style* is "tu_den", "tu_den_dash" or "dash"."""
    biography = d["ly_lich"]
    doc = w.new_document(d["don"]["ho_ten"], size=13)
    w.para(doc, "Mẫu 2-KNĐ", italic=True, size=11, align=w.RIGHT, space_after=0)
    w.para(doc, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=14, align=w.CENTER, space_after=0)
    w.para(doc, "LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG", bold=True, size=16, align=w.CENTER, space_after=8)
    _line(doc, "(1) Họ và tên khai sinh", biography.get("ho_ten_khai_sinh", ""), bold_value=True)
    _line(doc, "(2) Các tên gọi khác", biography.get("ten_goi_khac", ""))
    paragraph = doc.add_paragraph()
    born = biography.get("ngay_sinh", "")
    w.run(paragraph, "(3) Sinh ", bold=True)
    w.run(paragraph, day_text(born, rng.choice(["words", "words_pad"])) if born else "ngày … tháng … năm …")
    w.run(paragraph, "\t(4) Giới tính: ", bold=True)
    w.run(paragraph, biography.get("gioi_tinh", "").capitalize())
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    _line(doc, "(5) Nơi đăng ký khai sinh", biography.get("noi_dang_ky_khai_sinh", ""))
    _line(doc, "(6) Quê quán", biography.get("que_quan", ""))
    _line(doc, "(7) Nơi cư trú", "")
    _line(doc, "- Nơi thường trú", biography.get("noi_thuong_tru", ""))
    _line(doc, "- Nơi tạm trú", biography.get("noi_tam_tru", ""))
    paragraph = _line(doc, "(8) Dân tộc", biography.get("dan_toc", ""))
    w.run(paragraph, "\t(9) Tôn giáo: ", bold=True)
    w.run(paragraph, biography.get("ton_giao", ""))
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    _line(doc, "(10) Nghề nghiệp hiện nay", biography.get("nghe_nghiep", ""))
    _heading(doc, "(11) Trình độ hiện nay:")
    level = biography.get("trinh_do", {})
    for key, label in items.TRINH_DO:
        _line(doc, f"- {label}", level.get(key, ""))
    joined = biography.get("ngay_vao_doan")
    union = ""
    if joined:
        prefix = "ngày " if rng.random() < 0.5 else ""
        union = prefix + day_bare(joined, rng.choice(["slash_short", "dash", "words_nopad"]))
        union += f", tại {biography['noi_vao_doan']}" if biography.get("noi_vao_doan") else ""
    _line(doc, "(12) Ngày và nơi kết nạp vào Đoàn TNCS Hồ Chí Minh", union)
    _heading(doc, "(13) Kết nạp lại vào Đảng (nếu có):")
    for label, value in items.readmission_lines(biography, "slash"):
        _line(doc, f"- {label}", value)
    _heading(doc, "(14) Lịch sử bản thân:")
    w.para(doc, biography.get("lich_su_ban_than", ""), align=w.JUSTIFY, indent_cm=1.0)
    _heading(doc, "(15) Những công việc, chức vụ đã qua:")
    prefix = "- " if period_style == "dash" else ""
    _lines(doc, [prefix + items.work_line(p, period_style) for p in biography.get("cong_tac", [])])
    _line(doc, "(16) Đặc điểm lịch sử", biography.get("dac_diem_lich_su", ""))
    _heading(doc, "(17) Những lớp đào tạo, bồi dưỡng đã qua:")
    _lines(doc, [f"- {items.training_line(c, period_style)}" for c in biography.get("dao_tao", [])])
    _heading(doc, "(18) Đi nước ngoài (từ 3 tháng trở lên):")
    _lines(doc, [f"- {items.abroad_line(s, period_style)}" for s in biography.get("di_nuoc_ngoai", [])])
    month = rng.choice(["slash", "slash_pad"])
    _heading(doc, "(19) Khen thưởng:")
    _lines(doc, [f"- {items.award_line(a, month)}" for a in biography.get("khen_thuong", [])])
    _heading(doc, "(20) Kỷ luật:")
    _lines(doc, [f"- {items.award_line(a, month)}" for a in biography.get("ky_luat", [])])
    _family(doc, biography, labels)
    _heading(doc, "(22) Tự nhận xét:")
    w.para(doc, biography.get("tu_nhan_xet", ""), align=w.JUSTIFY, indent_cm=1.0)
    items.pledge(doc, biography, "(23) Cam đoan và ký tên:", rng)
    w.para(doc, "", space_after=0).add_run().add_break(WD_BREAK.PAGE)
    items.committee_items(doc, biography, True, rng)
    return doc
