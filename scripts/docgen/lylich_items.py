"""What the three Mẫu 2-KNĐ layouts share: item labels, period and relative lines, the pledge, items (24)–(26)."""

from __future__ import annotations

import random
from typing import Any

from docgen import wordml as w
from docgen.vn import day_text, month_text, period_text, relation_label
from docx.document import Document as DocumentObject
from docx.shared import Cm

Dossier = dict[str, Any]

TRINH_DO = [
    ("giao_duc_pho_thong", "Giáo dục phổ thông"),
    ("chuyen_mon", "Chuyên môn, nghiệp vụ"),
    ("khoa_hoc_cong_nghe", "Khoa học, công nghệ"),
    ("hoc_vi", "Học vị cao nhất"),
    ("hoc_ham", "Học hàm"),
    ("ly_luan_chinh_tri", "Lý luận chính trị"),
    ("ngoai_ngu", "Ngoại ngữ"),
    ("tin_hoc", "Tin học"),
    ("tieng_dan_toc", "Tiếng dân tộc thiểu số"),
]
# The 2022 form has no "khoa học, công nghệ" and says "Học vị" / "Học hàm".
TRINH_DO_OLD = [(key, label.replace(" cao nhất", "")) for key, label in TRINH_DO if key != "khoa_hoc_cong_nghe"]

# Relative fields in the order they are written, with the label each layout uses.
RELATIVE_FIELDS = [
    ("noi_sinh", "nơi sinh", "nơi sinh"),
    ("que_quan", "quê quán", "quê quán"),
    ("noi_cu_tru", "nơi cư trú", "nơi ở hiện nay"),
    ("nghe_nghiep", "nghề nghiệp", "nghề nghiệp"),
    ("thanh_phan_giai_cap", "thành phần giai cấp", "thành phần giai cấp"),
    ("quoc_tich", "quốc tịch", "quốc tịch"),
]


def male(biography: Dossier) -> bool:
    """True when the applicant is a man (relatives of the spouse are then "bố vợ", "mẹ vợ"…)."""
    return biography.get("gioi_tinh") == "nam"


def relative_line(person: Dossier, label: str, old: bool = False) -> str:
    """One relative as a paragraph: "Cha đẻ: Trần Văn Hùng, sinh năm 1968, quê quán: …, nơi cư trú: …"."""
    parts = [person["ho_ten"], f"năm sinh: {person['nam_sinh']}" if old else f"sinh năm {person['nam_sinh']}"]
    if person.get("da_mat"):
        parts.append("đã mất")
    for key, label_new, label_old in RELATIVE_FIELDS:
        if person.get(key):
            parts.append(f"{label_old if old else label_new}: {person[key]}")
    if person.get("la_dang_vien"):
        parts.append("là đảng viên")
    if person.get("lich_su_chinh_tri"):
        parts.append(f"lịch sử chính trị: {person['lich_su_chinh_tri']}")
    if person.get("ghi_chu"):
        parts.append(f"ghi chú: {person['ghi_chu']}")
    return f"{label}: " + ", ".join(parts)


def family_lines(biography: Dossier, labels: dict[str, str], old: bool = False) -> list[str]:
    """Item (21) (old form: 24) as "- Relation: …" lines, in the dossier's order."""
    man = male(biography)
    return [f"- {relative_line(person, relation_label(person, man, labels), old)}"
            for person in biography.get("gia_dinh", [])]


def work_line(period: Dossier, style: str) -> str:
    """One period of item (15) as a line."""
    text = f"{period_text(period['tu'], period['den'], style)}: {period['cong_viec']}"
    if period.get("chuc_vu"):
        text += f", chức vụ: {period['chuc_vu']}"
    return text


def training_line(course: Dossier, style: str) -> str:
    """One course of item (17) as a line."""
    parts = [course["ten_truong"]]
    for key, label in (("nganh_hoc", "ngành học"), ("hinh_thuc", "hình thức"), ("van_bang", "văn bằng")):
        if course.get(key):
            parts.append(f"{label}: {course[key]}")
    return f"{period_text(course['tu'], course['den'], style)}: " + "; ".join(parts)


def abroad_line(stay: Dossier, style: str) -> str:
    """One stay abroad of item (18) as a line."""
    parts = [f"nội dung: {stay['noi_dung']}", f"nước: {stay['nuoc']}"]
    if stay.get("co_quan_quyet_dinh"):
        parts.append(f"cơ quan quyết định cử đi: {stay['co_quan_quyet_dinh']}")
    return f"{period_text(stay['tu'], stay['den'], style)}: " + "; ".join(parts)


def award_line(award: Dossier, style: str) -> str:
    """One award or sanction (items 19, 20) as a line."""
    text = f"Tháng {month_text(award['thang_nam'], style)}: {award['ly_do_hinh_thuc']}"
    if award.get("cap_quyet_dinh"):
        text += f"; cấp quyết định: {award['cap_quyet_dinh']}"
    return text


def readmission_lines(biography: Dossier, style: str) -> list[tuple[str, str]]:
    """Item (13) as (label, value) pairs; values are empty when the applicant was never a member."""
    again = biography.get("ket_nap_lai", {})

    def when_where(day: str, place: str) -> str:
        if not again.get(day):
            return ""
        return day_text(again[day], style) + (f", tại {again[place]}" if again.get(place) else "")

    return [
        ("Ngày và nơi kết nạp vào Đảng lần thứ nhất", when_where("ngay_ket_nap", "noi_ket_nap")),
        ("Ngày và nơi công nhận chính thức lần thứ nhất", when_where("ngay_chinh_thuc", "noi_chinh_thuc")),
        ("Người giới thiệu vào Đảng lần thứ nhất", again.get("nguoi_gioi_thieu", "")),
    ]


def signed(doc: DocumentObject, day_line: str, roles: list[str], name: str) -> None:
    """A dated signature block on the right half of the page."""
    w.para(doc, day_line, italic=True, align=w.RIGHT, space_after=0)
    for role in roles:
        italic = role.startswith("(")
        line = w.para(doc, role, bold=not italic, italic=italic, align=w.CENTER, space_after=0)
        line.paragraph_format.left_indent = Cm(8)
    for _ in range(2):
        w.para(doc, "", space_after=0)
    last = w.para(doc, name, bold=True, align=w.CENTER, space_after=8)
    last.paragraph_format.left_indent = Cm(8)


def pledge(doc: DocumentObject, biography: Dossier, heading: str, rng: random.Random,
           in_text_box: bool = False) -> None:
    """Item (23): the pledge sentence, the place and date, and the signature (optionally in a text box)."""
    promise = biography.get("cam_doan", {})
    if heading:
        w.para(doc, heading, bold=True, space_after=2)
    if promise.get("loi_cam_doan"):
        w.para(doc, promise["loi_cam_doan"], align=w.JUSTIFY, indent_cm=1.0)
    day = ""
    if promise.get("ngay_ky"):
        day = day_text(promise["ngay_ky"], rng.choice(["words", "words_pad", "words_nopad"]))
    place = f"{promise.get('noi_ky', '')}, {day}".strip(", ")
    name = promise.get("ho_ten_ky", "")
    if in_text_box:
        anchor = w.para(doc, "", space_after=0)
        w.text_box(anchor, [(place, False, True), ("NGƯỜI KHAI LÝ LỊCH", True, False),
                            ("(Ký, ghi rõ họ và tên)", False, True), ("", False, False), ("", False, False),
                            (name, True, False)], width_cm=8.5, height_cm=4.2, left_cm=7.5, border=False)
        return
    signed(doc, place, ["NGƯỜI KHAI LÝ LỊCH", "(Ký, ghi rõ họ và tên)"], name)


def committee_items(doc: DocumentObject, biography: Dossier, numbered: bool, rng: random.Random) -> None:
    """Items (24)–(26): verification by other committees, the cell's comment, the grassroots certification."""
    style = rng.choice(["words", "words_pad"])
    prefix = ("(24) ", "(25) ", "(26) ") if numbered else ("", "", "")
    checks = biography.get("tham_tra", [])
    w.para(doc, f"{prefix[0]}NHẬN XÉT CỦA CẤP ỦY, TỔ CHỨC ĐẢNG NƠI ĐẾN THẨM TRA LÝ LỊCH", bold=True,
           align=w.CENTER, space_after=6)
    for check in checks:
        w.para(doc, check["to_chuc"], bold=True, space_after=2)
        w.para(doc, check.get("noi_dung", ""), align=w.JUSTIFY, indent_cm=1.0)
        signed(doc, f"Ngày {day_text(check['ngay'], style).removeprefix('ngày ')}",
               ["T/M ĐẢNG ỦY", "(Ký tên, đóng dấu)"], check.get("nguoi_ky", ""))
    comment = biography.get("nhan_xet_chi_bo")
    w.para(doc, f"{prefix[1]}NHẬN XÉT CỦA CHI ỦY HOẶC CHI BỘ", bold=True, align=w.CENTER, space_after=6)
    if comment:
        w.para(doc, comment.get("noi_dung", ""), align=w.JUSTIFY, indent_cm=1.0)
        signed(doc, f"Ngày {day_text(comment['ngay'], style).removeprefix('ngày ')}",
               ["T/M CHI ỦY (CHI BỘ)", "BÍ THƯ", "(Ký, ghi rõ họ và tên)"], comment.get("nguoi_ky", ""))
    certificate = biography.get("chung_nhan_cap_uy")
    w.para(doc, f"{prefix[2]}CHỨNG NHẬN CỦA CẤP ỦY CƠ SỞ", bold=True, align=w.CENTER, space_after=6)
    if certificate:
        w.para(doc, certificate.get("noi_dung", ""), align=w.JUSTIFY, indent_cm=1.0)
        signed(doc, f"Ngày {day_text(certificate['ngay'], style).removeprefix('ngày ')}",
               ["T/M ĐẢNG ỦY", "BÍ THƯ", "(Ký tên, đóng dấu)"], certificate.get("nguoi_ky", ""))
