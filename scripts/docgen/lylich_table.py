"""Mẫu 2-KNĐ, HD-38 2025, "table-based": the downloaded form typed over dotted leaders, with tables and Word-isms."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from docgen import lylich_items as items
from docgen import wordml as w
from docgen.vn import day_bare, day_text, leaders, month_text, nbsp, nfd_mix, relation_label
from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt

Dossier = dict[str, Any]


@dataclass(frozen=True)
class Flavour:
    """What varies between two table-based files."""

    wordisms: bool  # content controls, form field, text boxes, nested table, header/footer, NBSP, NFD
    grid_items: bool  # items (1)–(13) as a two-column label/value table instead of lines with leaders
    merged_headers: bool  # (15) with a two-row header and merged cells


def _item(doc: Any, rng: random.Random, number: str, label: str, value: str, next_line: bool = False,
          fill: bool = True) -> Any:
    """"(n) Label: value……": the label split into runs, the value typed over the leaders."""
    paragraph = doc.add_paragraph()
    spacing = rng.choice([" ", "  ", ""])
    items_label = f"{number}{spacing}{label}" + rng.choice([":", " :", ": "])
    w.split_runs(paragraph, items_label, rng)
    paragraph.paragraph_format.space_after = Pt(rng.choice([0, 2, 3]))
    if next_line and value:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Cm(0.6)
    if value:
        w.run(paragraph, rng.choice([" ", "  ", "\t"]) + value if not next_line else value)
    if fill:
        tail = leaders(rng, value)
        if tail:
            w.run(paragraph, tail)
        elif not value:
            w.tab_leader(paragraph)
    return paragraph


def _months(value: str, rng: random.Random) -> str:
    return month_text(value, rng.choice(["slash", "slash_pad"]), rng.choice(["nay", "Nay", "đến nay"]))


def _header_row(table: Any, labels: list[str]) -> None:
    for cell, text in zip(table.rows[0].cells, labels, strict=True):
        w.cell_text(cell, text, bold=True, align=w.CENTER, size=11.5)
    w.repeat_header(table.rows[0])


def simple_table(doc: Any, labels: list[str], rows: list[list[str]], widths: list[float], blank_rows: int = 2) -> Any:
    """A bordered table with a repeated header row; no data gives *blank_rows* empty rows, as on the printed form."""
    table = doc.add_table(rows=1, cols=len(labels))
    w.grid(table)
    _header_row(table, labels)
    for values in rows or [[""] * len(labels)] * blank_rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            w.cell_text(cell, text, size=12)
    w.widths(table, widths)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return table


def _work_table(doc: Any, biography: Dossier, rng: random.Random, merged: bool) -> None:
    periods = biography.get("cong_tac", [])
    if not merged:
        rows = [[f"{_months(p['tu'], rng)} – {_months(p['den'], rng)}", p["cong_viec"], p.get("chuc_vu", "")]
                for p in periods]
        simple_table(doc, ["Từ tháng năm đến tháng năm", "Làm công việc gì, ở đâu", "Chức vụ"], rows, [3.5, 9.0, 4.0])
        return
    table = doc.add_table(rows=2, cols=4)
    w.grid(table)
    top, sub = table.rows
    w.cell_text(top.cells[0].merge(top.cells[1]), "Thời gian", bold=True, align=w.CENTER, size=11.5)
    w.cell_text(top.cells[2].merge(sub.cells[2]), "Làm công việc gì, ở đâu (cơ quan, đơn vị)", bold=True,
                align=w.CENTER, size=11.5)
    w.cell_text(top.cells[3].merge(sub.cells[3]), "Chức vụ (Đảng, chính quyền, đoàn thể)", bold=True,
                align=w.CENTER, size=11.5)
    w.cell_text(sub.cells[0], "Từ tháng năm", bold=True, align=w.CENTER, size=11.5)
    w.cell_text(sub.cells[1], "Đến tháng năm", bold=True, align=w.CENTER, size=11.5)
    w.repeat_header(top)
    w.repeat_header(sub)
    for period in periods:
        cells = table.add_row().cells
        for cell, text in zip(cells, [_months(period["tu"], rng), _months(period["den"], rng), period["cong_viec"],
                                      period.get("chuc_vu", "")], strict=True):
            w.cell_text(cell, text, size=12)
    w.widths(table, [2.2, 2.2, 8.3, 3.8])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _first_items(doc: DocumentObject, biography: Dossier, rng: random.Random, flavour: Flavour) -> None:
    """Items (1)–(13) as lines typed over leaders, with the Word-isms when asked."""
    name = biography.get("ho_ten_khai_sinh", "")
    paragraph = _item(doc, rng, "(1)", "Họ và tên khai sinh", "" if flavour.wordisms else name, fill=False)
    if flavour.wordisms:
        w.run(paragraph, " ")
        w.content_control(paragraph, name, "Họ và tên khai sinh", "ho_ten_khai_sinh", bold=True)
    w.run(paragraph, leaders(rng))
    _item(doc, rng, "(2)", "Các tên gọi khác", biography.get("ten_goi_khac", ""))
    born = biography.get("ngay_sinh", "")
    if flavour.wordisms and born:
        paragraph = _item(doc, rng, "(3)", "Sinh ngày", "", fill=False)
        w.run(paragraph, " ")
        w.content_control(paragraph, day_bare(born, "slash"), "Ngày sinh", "ngay_sinh", date_iso=born)
    elif born:
        year, month, day = born.split("-")
        paragraph = doc.add_paragraph()
        w.split_runs(paragraph, "(3) Sinh ngày", rng)
        w.run(paragraph, f" {day}……tháng {month}……năm {year}……")
    gender = biography.get("gioi_tinh", "")
    _item(doc, rng, "(4)", "Giới tính", gender.capitalize() if rng.random() < 0.7 else gender)
    _item(doc, rng, "(5)", "Nơi đăng ký khai sinh", biography.get("noi_dang_ky_khai_sinh", ""), next_line=True)
    hometown = biography.get("que_quan", "")
    _item(doc, rng, "(6)", "Quê quán", nfd_mix(hometown, rng) if flavour.wordisms else hometown, next_line=True)
    _item(doc, rng, "(7)", "Nơi cư trú", "", fill=False)
    home = biography.get("noi_thuong_tru", "")
    _item(doc, rng, "- ", "Thường trú", nbsp(home, rng) if flavour.wordisms else home)
    _item(doc, rng, "- ", "Tạm trú", biography.get("noi_tam_tru", ""))
    paragraph = _item(doc, rng, "(8)", "Dân tộc", "" if flavour.wordisms else biography.get("dan_toc", ""),
                      fill=False)
    if flavour.wordisms:
        w.run(paragraph, " ")
        w.form_field(paragraph, biography.get("dan_toc", ""), "DanToc")
    w.run(paragraph, "……………\t")
    w.split_runs(paragraph, "(9) Tôn giáo:", rng)
    w.run(paragraph, f" {biography.get('ton_giao', '')}………")
    _item(doc, rng, "(10)", "Nghề nghiệp hiện nay", biography.get("nghe_nghiep", ""))
    _item(doc, rng, "(11)", "Trình độ hiện nay", "", fill=False)
    level = biography.get("trinh_do", {})
    if flavour.wordisms:
        outer = doc.add_table(rows=1, cols=2)
        w.borderless(outer)
        w.cell_text(outer.rows[0].cells[0], "Các mặt trình độ", italic=True, size=12)
        nested = outer.rows[0].cells[1].add_table(rows=0, cols=2)
        w.grid(nested)
        for key, label in items.TRINH_DO:
            cells = nested.add_row().cells
            w.cell_text(cells[0], label, size=12)
            w.cell_text(cells[1], level.get(key, ""), size=12)
        w.widths(outer, [3.0, 13.5])
        w.widths(nested, [5.0, 8.0])
    else:
        for key, label in items.TRINH_DO:
            _item(doc, rng, "- ", label, level.get(key, ""))
    joined = biography.get("ngay_vao_doan")
    value = ""
    if joined:
        value = day_text(joined, rng.choice(["words", "slash", "dash"]))
        value += f", tại {biography['noi_vao_doan']}" if biography.get("noi_vao_doan") else ""
    _item(doc, rng, "(12)", "Ngày và nơi kết nạp vào Đoàn TNCS Hồ Chí Minh", value, next_line=True)
    _item(doc, rng, "(13)", "Kết nạp lại vào Đảng (nếu có)", "", fill=False)
    for label, text in items.readmission_lines(biography, "slash"):
        _item(doc, rng, "- ", label, text)


def _first_items_grid(doc: DocumentObject, biography: Dossier, rng: random.Random) -> None:
    """Items (1)–(13) as a two-column table: label cell, value cell."""
    level = biography.get("trinh_do", {})
    joined = biography.get("ngay_vao_doan")
    union = ""
    if joined:
        union = day_text(joined, "words_pad") + (f", tại {biography['noi_vao_doan']}"
                                                 if biography.get("noi_vao_doan") else "")
    rows = [
        ("(1) Họ và tên khai sinh", biography.get("ho_ten_khai_sinh", "")),
        ("(2) Các tên gọi khác", biography.get("ten_goi_khac", "")),
        ("(3) Sinh ngày", day_bare(biography["ngay_sinh"], rng.choice(["slash", "dash"]))
         if biography.get("ngay_sinh") else ""),
        ("(4) Giới tính", biography.get("gioi_tinh", "").capitalize()),
        ("(5) Nơi đăng ký khai sinh", biography.get("noi_dang_ky_khai_sinh", "")),
        ("(6) Quê quán", biography.get("que_quan", "")),
        ("(7) Nơi cư trú:", ""),
        ("- Thường trú", biography.get("noi_thuong_tru", "")),
        ("- Tạm trú", biography.get("noi_tam_tru", "")),
        ("(8) Dân tộc", biography.get("dan_toc", "")),
        ("(9) Tôn giáo", biography.get("ton_giao", "")),
        ("(10) Nghề nghiệp hiện nay", biography.get("nghe_nghiep", "")),
        ("(11) Trình độ hiện nay:", ""),
        *[(f"- {label}", level.get(key, "")) for key, label in items.TRINH_DO],
        ("(12) Ngày và nơi kết nạp vào Đoàn TNCS Hồ Chí Minh", union),
        ("(13) Kết nạp lại vào Đảng (nếu có):", ""),
        *[(f"- {label}", text) for label, text in items.readmission_lines(biography, "slash")],
    ]
    table = doc.add_table(rows=0, cols=2)
    w.borderless(table)
    for label, value in rows:
        cells = table.add_row().cells
        w.cell_text(cells[0], label, bold=label.startswith("("), size=12.5)
        w.cell_text(cells[1], value, bold=label.startswith("(1)"), size=12.5)
    w.widths(table, [6.0, 10.5])


def _family_table(doc: DocumentObject, biography: Dossier, labels: dict[str, str]) -> None:
    """Item (21) as a wide table on a landscape page."""
    w.landscape_section(doc, True)
    w.para(doc, "(21) Hoàn cảnh gia đình", bold=True)
    columns = ["Quan hệ", "Họ và tên", "Năm sinh", "Nơi sinh", "Quê quán", "Nơi cư trú", "Nghề nghiệp",
               "Thành phần giai cấp", "Quốc tịch", "Đảng viên", "Lịch sử chính trị", "Ghi chú"]
    man = items.male(biography)
    rows = []
    for person in biography.get("gia_dinh", []):
        relation = relation_label(person, man, labels) + (" (đã mất)" if person.get("da_mat") else "")
        rows.append([relation, person["ho_ten"], person.get("nam_sinh", ""), person.get("noi_sinh", ""),
                     person.get("que_quan", ""), person.get("noi_cu_tru", ""), person.get("nghe_nghiep", ""),
                     person.get("thanh_phan_giai_cap", ""), person.get("quoc_tich", ""),
                     "x" if person.get("la_dang_vien") else "", person.get("lich_su_chinh_tri", ""),
                     person.get("ghi_chu", "")])
    table = simple_table(doc, columns, rows, [2.0, 2.4, 1.3, 2.2, 2.8, 2.8, 2.0, 1.7, 1.5, 1.3, 3.2, 2.5])
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for piece in paragraph.runs:
                    piece.font.size = Pt(10)
    w.landscape_section(doc, False)


def build(d: Dossier, rng: random.Random, flavour: Flavour, labels: dict[str, str]) -> DocumentObject:
    """The biography of *d* in the table-based HD-38 layout."""
    biography = d["ly_lich"]
    doc = w.new_document(d["don"]["ho_ten"])
    if flavour.wordisms:
        section = doc.sections[0]
        w.para(section.header, "Mẫu 2-KNĐ", italic=True, size=11, align=w.RIGHT)
        footer = w.para(section.footer, "Trang ", size=10, align=w.CENTER)
        w.page_number_field(footer)
    else:
        w.para(doc, "Mẫu 2-KNĐ", bold=True, size=12, align=w.RIGHT, space_after=0)
    w.para(doc, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, size=14, align=w.CENTER, space_after=0)
    w.para(doc, "LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG", bold=True, size=16, align=w.CENTER, space_after=4)
    if flavour.wordisms:
        anchor = w.para(doc, "", space_after=0)
        w.text_box(anchor, [("Ảnh", False, False), ("4 x 6", False, False)], 3.0, 4.0, 0.0, border=True)
    if flavour.grid_items:
        _first_items_grid(doc, biography, rng)
    else:
        _first_items(doc, biography, rng, flavour)
    _item(doc, rng, "(14)", "Lịch sử bản thân", "", fill=False)
    story = biography.get("lich_su_ban_than", "")
    if flavour.wordisms:
        w.block_content_control(doc, [story], "Lịch sử bản thân", "lich_su_ban_than")
    else:
        w.para(doc, story, align=w.JUSTIFY, indent_cm=0.8)
    _item(doc, rng, "(15)", "Những công việc, chức vụ đã qua", "", fill=False)
    _work_table(doc, biography, rng, flavour.merged_headers)
    _item(doc, rng, "(16)", "Đặc điểm lịch sử", biography.get("dac_diem_lich_su", ""))
    _item(doc, rng, "(17)", "Những lớp đào tạo, bồi dưỡng đã qua", "", fill=False)
    simple_table(doc, ["Tên trường hoặc cơ sở đào tạo, bồi dưỡng", "Ngành học hoặc tên lớp học",
                 "Thời gian học (từ tháng năm đến tháng năm)", "Hình thức học", "Văn bằng, chứng chỉ"],
           [[c["ten_truong"], c.get("nganh_hoc", ""), f"{_months(c['tu'], rng)} – {_months(c['den'], rng)}",
             c.get("hinh_thuc", ""), c.get("van_bang", "")] for c in biography.get("dao_tao", [])],
           [4.5, 3.5, 3.2, 2.5, 2.8])
    _item(doc, rng, "(18)", "Đi nước ngoài", "", fill=False)
    simple_table(doc, ["Từ tháng năm đến tháng năm", "Nội dung đi (công tác, học tập)", "Nước nào",
                 "Cơ quan nào quyết định cử đi"],
           [[f"{_months(s['tu'], rng)} – {_months(s['den'], rng)}", s["noi_dung"], s["nuoc"],
             s.get("co_quan_quyet_dinh", "")] for s in biography.get("di_nuoc_ngoai", [])], [3.5, 5.0, 3.0, 5.0])
    for number, label, key in (("(19)", "Khen thưởng", "khen_thuong"), ("(20)", "Kỷ luật", "ky_luat")):
        _item(doc, rng, number, label, "", fill=False)
        simple_table(doc, ["Tháng năm", f"Lý do, hình thức {label.lower()}", "Cấp quyết định"],
               [[_months(a["thang_nam"], rng), a["ly_do_hinh_thuc"], a.get("cap_quyet_dinh", "")]
                for a in biography.get(key, [])], [2.5, 9.0, 5.0])
    _family_table(doc, biography, labels)
    _item(doc, rng, "(22)", "Tự nhận xét", biography.get("tu_nhan_xet", ""), next_line=True, fill=False)
    items.pledge(doc, biography, "(23) Cam đoan và ký tên", rng, in_text_box=flavour.wordisms)
    items.committee_items(doc, biography, True, rng)
    return doc
