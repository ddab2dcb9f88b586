"""Form filling core: every form fills and opens, values print the Vietnamese way, unknowns print leaders."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from errors import InputError
from forms import FORMS, fill_docx, forms_with_data, lookup
from forms.catalog import DRAFT_MARK, UnknownFormError, ascii_file_name
from forms.values import DATE_LEADER, LEADER, percent_of, short_date, vn_date
from tests.conftest import ROOT
from tests.test_forms_support import body_text, complete, header_text, long_lists, paragraphs, tables
from validators.rulebook import RuleLibrary


@pytest.mark.parametrize("form_id", list(FORMS))
def test_every_form_fills_the_clean_sample_and_opens(clean: dict[str, Any], form_id: str) -> None:
    filled = fill_docx(form_id, complete(clean))
    document = Document(io.BytesIO(filled.content))
    text = body_text(filled.content)
    assert document.paragraphs, form_id
    assert "None" not in text and "{{" not in text and "{%" not in text and "Undefined" not in text
    assert filled.file_name.startswith(FORMS[form_id].code) and filled.file_name.endswith("Trần Thị Minh Thư.docx")
    assert not filled.draft


def test_the_booklet_prints_the_official_item_labels(clean: dict[str, Any]) -> None:
    text = body_text(fill_docx("2-KND", clean).content)
    for label in (
        "1) Họ và tên khai sinh: TRẦN THỊ MINH THƯ", "2) Các tên gọi khác:", "3) Sinh ngày 15 tháng 04 năm 1998",
        "4) Giới tính: nữ", "5) Nơi đăng ký khai sinh: xã Hòa Long", "6) Quê quán:", "7) Nơi cư trú:",
        "- Thường trú: số 12 phố Hàng Bạc", "- Tạm trú:", "8) Dân tộc: Kinh", "9) Tôn giáo: Không",
        "10) Nghề nghiệp hiện nay:", "11) Trình độ hiện nay:", "- Giáo dục phổ thông: 12/12 phổ thông",
        "- Chuyên môn, nghiệp vụ:", "- Khoa học, công nghệ:", "- Học vị cao nhất:", "- Học hàm:",
        "- Lý luận chính trị:", "- Ngoại ngữ:", "- Tin học:", "- Tiếng dân tộc thiểu số:",
        "12) Ngày và nơi kết nạp vào Đoàn TNCS Hồ Chí Minh: ngày 26 tháng 03 năm 2013", "13) Nếu xin kết nạp lại",
        "14) LỊCH SỬ BẢN THÂN", "15) NHỮNG CÔNG VIỆC, CHỨC VỤ ĐÃ QUA", "16) ĐẶC ĐIỂM LỊCH SỬ",
        "17) NHỮNG LỚP ĐÀO TẠO, BỒI DƯỠNG ĐÃ QUA", "18) ĐI NƯỚC NGOÀI", "19) KHEN THƯỞNG", "20) KỶ LUẬT",
        "21) HOÀN CẢNH GIA ĐÌNH", "22) TỰ NHẬN XÉT", "23) CAM ĐOAN VÀ KÝ TÊN",
        "24) NHẬN XÉT CỦA CẤP ỦY, TỔ CHỨC ĐẢNG NƠI ĐẾN THẨM TRA", "25) NHẬN XÉT CỦA CHI ỦY HOẶC CHI BỘ",
        "26) CHỨNG NHẬN CỦA CẤP ỦY CƠ SỞ", "Cha đẻ: Trần Văn Hùng", "Cha chồng: Đỗ Văn Bình", "Chồng: Đỗ Quang Huy",
        "Hà Nội, ngày 10 tháng 03 năm 2026",
    ):
        assert label in text, label
    work = next(table for table in tables(fill_docx("2-KND", clean).content) if table[0][0].startswith("Từ tháng"))
    assert work[0] == ["Từ tháng năm đến tháng năm", "Làm công việc gì, ở đâu (đơn vị, ngành, địa phương)",
                       "Giữ chức vụ gì"]
    assert work[1][0] == "09/2013 – 06/2016" and work[-1][0] == "09/2025 – nay"


def test_booklet_page_size_and_section_breaks() -> None:
    document = Document(str(ROOT / "templates" / "mau-2-knd.docx"))
    for section in document.sections:
        assert round(section.page_width.mm) == 145 and round(section.page_height.mm) == 205
    starts = [paragraph.text for paragraph in document.paragraphs if paragraph.paragraph_format.page_break_before]
    assert starts == ["14) LỊCH SỬ BẢN THÂN", "16) ĐẶC ĐIỂM LỊCH SỬ", "17) NHỮNG LỚP ĐÀO TẠO, BỒI DƯỠNG ĐÃ QUA",
                      "19) KHEN THƯỞNG", "21) HOÀN CẢNH GIA ĐÌNH", "22) TỰ NHẬN XÉT",
                      "24) NHẬN XÉT CỦA CẤP ỦY, TỔ CHỨC ĐẢNG NƠI ĐẾN THẨM TRA", "25) NHẬN XÉT CỦA CHI ỦY HOẶC CHI BỘ"]


def test_ampersand_and_angle_brackets_survive(clean: dict[str, Any]) -> None:
    clean["ly_lich"]["ten_goi_khac"] = "Thư & <Minh>"
    clean["ly_lich"]["cong_tac"][0]["cong_viec"] = "Học sinh A&B <lớp 10>"
    clean["don"]["nhan_thuc"] = "Đảng & nhân dân <một lòng>"
    assert "2) Các tên gọi khác: Thư & <Minh>" in body_text(fill_docx("2-KND", clean).content)
    assert "Học sinh A&B <lớp 10>" in body_text(fill_docx("2-KND", clean).content)
    assert "Đảng & nhân dân <một lòng>" in body_text(fill_docx("1-KND", clean).content)


def test_unknown_values_print_the_forms_leaders() -> None:
    lines = paragraphs(fill_docx("2-KND", {}).content)
    for label in ("1) Họ và tên khai sinh: ", "2) Các tên gọi khác: ", "5) Nơi đăng ký khai sinh: ", "- Tin học: "):
        assert f"{label}{LEADER}" in lines, label
    assert f"3) Sinh ngày {DATE_LEADER} tháng {DATE_LEADER} năm {DATE_LEADER}        4) Giới tính: {LEADER}" in lines
    for form_id in FORMS:
        text = body_text(fill_docx(form_id, {}).content)
        assert LEADER in text and "None" not in text, form_id
        assert not re.search(r"(?m)(Sinh|Tôi là|Số|Xếp loại|Đồng chí):\s*$", text), form_id


def test_missing_table_cells_and_blank_tables_keep_a_row(clean: dict[str, Any]) -> None:
    content = fill_docx("2-KND", clean).content
    abroad = next(table for table in tables(content) if table[0][1] == "Nội dung đi nước ngoài")
    assert len(abroad) == 2 and abroad[1][1] == "………"
    work = next(table for table in tables(content) if table[0][0].startswith("Từ tháng"))
    assert work[1][2] == "………" and work[3][2] == "Lớp trưởng"


def test_lists_grow_tables_and_blocks(clean: dict[str, Any]) -> None:
    content = fill_docx("2-KND", long_lists(clean, 15)).content
    work = next(table for table in tables(content) if table[0][0].startswith("Từ tháng"))
    assert len(work) == 16
    assert [row[1][:15] for row in work[1:]] == [f"Công việc số {index:02d}" for index in range(1, 16)]
    lines = paragraphs(content)
    blocks = [line for line in lines if re.search(r": Người Thân Số \d\d", line)]
    assert len(blocks) == 15 and len({block.split(": ")[1][:16] for block in blocks}) == 15


def test_text_line_breaks_become_word_breaks(clean: dict[str, Any]) -> None:
    clean["ly_lich"]["tu_nhan_xet"] = "Ưu điểm: chăm chỉ.\nKhuyết điểm: nóng vội."
    document = Document(io.BytesIO(fill_docx("2-KND", clean).content))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Ưu điểm: chăm chỉ."))
    assert paragraph.text == "Ưu điểm: chăm chỉ.\nKhuyết điểm: nóng vội."


def test_hn02_makes_application_and_biography_drafts(clean: dict[str, Any]) -> None:
    clean["ho_so"]["ho_so_dia_phuong"] = "HN-02"
    for form_id in ("1-KND", "2-KND"):
        filled = fill_docx(form_id, clean)
        assert filled.draft and DRAFT_MARK in header_text(filled.content)
        assert DRAFT_MARK not in body_text(filled.content)
        assert filled.file_name.endswith("(bản nháp).docx")
    for form_id in ("3-KND", "5-KND", "6-KND", "8-KND", "9-KND", "CN-NTVD"):
        filled = fill_docx(form_id, complete(clean))
        assert not filled.draft and DRAFT_MARK not in header_text(filled.content) + body_text(filled.content)


def test_profile_argument_and_default_profile(clean: dict[str, Any]) -> None:
    assert not fill_docx("2-KND", clean).draft
    assert DRAFT_MARK not in header_text(fill_docx("2-KND", clean).content)
    assert fill_docx("2-KND", clean, profile="HN-02").draft
    assert fill_docx("1-KND", clean, default_profile="HN-02").draft
    clean["ho_so"]["ho_so_dia_phuong"] = "HN-02"
    assert not fill_docx("6-KND", clean, profile="HN-02").draft


def test_handwriting_profiles_match_the_rule_files(library: RuleLibrary) -> None:
    from forms.catalog import HANDWRITTEN_PROFILES

    requiring = {name for name, profile in library.profiles.items()
                 if any("ly_lich.viet_tay" in str(rule.describe()) for rule in profile.rules)}
    assert requiring == set(HANDWRITTEN_PROFILES)


def test_sponsor_letters(clean: dict[str, Any]) -> None:
    second = fill_docx("3-KND", clean, sponsor=2)
    assert "Tôi là: Phan Đức Thịnh" in body_text(second.content)
    assert "(Người giới thiệu thứ 2)" in body_text(second.content)
    assert "Giấy giới thiệu người vào Đảng 2 (Phan Đức Thịnh)" in second.file_name
    assert "Tôi là: Vũ Thị Ngọc" in body_text(fill_docx("3-KND", clean).content)
    with pytest.raises(InputError) as raised:
        fill_docx("3-KND", clean, sponsor=3)
    assert raised.value.code == "invalid_sponsor"


def test_forms_with_data_and_lookup(clean: dict[str, Any]) -> None:
    found = [(spec.form_id, number) for spec, number in forms_with_data(clean)]
    assert found == [("1-KND", None), ("2-KND", None), ("3-KND", 1), ("3-KND", 2), ("5-KND", None),
                     ("6-KND", None), ("CN-NTVD", None)]
    union = complete(clean)
    union["nghi_quyet_doan"]["to_chuc"] = "cong_doan"
    assert "4A-KND" in [spec.form_id for spec, _ in forms_with_data(union)]
    assert "4-KND" not in [spec.form_id for spec, _ in forms_with_data(union)]
    assert lookup("2-knđ").form_id == "2-KND" and lookup("cn-ntvd").form_id == "CN-NTVD"
    with pytest.raises(UnknownFormError) as raised:
        lookup("7-KND")
    assert raised.value.status == 404


def test_value_formatting() -> None:
    assert vn_date("1998-03-05") == "ngày 05 tháng 03 năm 1998"
    assert vn_date("2015-09") == "tháng 09 năm 2015" and vn_date("nay") == "nay"
    assert short_date("2015-09") == "09/2015" and short_date("1998-03-05") == "05/03/1998"
    assert short_date("nay") == "nay"
    assert percent_of(38, 40) == "95%" and percent_of(2, 3) == "66,67%" and percent_of(1, 0) == "………"
    assert ascii_file_name("Mẫu 2-KNĐ - Lý lịch - Đỗ Thị Hà.docx") == "Mau 2-KND - Ly lich - Do Thi Ha.docx"


def test_relation_labels_follow_the_spouse(clean: dict[str, Any]) -> None:
    text = body_text(fill_docx("2-KND", clean).content)
    assert "Mẹ chồng: Hoàng Thị Lan" in text and "Ông, bà bên chồng: Đỗ Văn Thành" in text
    clean["ly_lich"]["gioi_tinh"] = "nam"
    for relative in clean["ly_lich"]["gia_dinh"]:
        if relative["quan_he"] == "chong":
            relative["quan_he"] = "vo"
    text = body_text(fill_docx("2-KND", clean).content)
    assert "Vợ: Đỗ Quang Huy" in text and "Mẹ vợ: Hoàng Thị Lan" in text


def test_staff_forms_print_votes_and_derived_values(clean: dict[str, Any]) -> None:
    text = body_text(fill_docx("6-KND", clean).content)
    assert "số đảng viên chính thức được tính: 14" in text and "14/14 đồng chí, đạt 100%" in text
    text = body_text(fill_docx("9-KND", complete(clean)).content)
    assert "Kết nạp quần chúng Trần Thị Minh Thư, sinh ngày 15 tháng 04 năm 1998" in text
    assert "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG BA ĐÌNH QUYẾT ĐỊNH" in text
    assert "Đoàn thể" in body_text(fill_docx("5-KND", clean).content)


def test_templates_are_built_reproducibly_and_up_to_date(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_templates import build

    first, second = build(tmp_path / "a"), build(tmp_path / "b")
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
        assert (ROOT / "templates" / one.name).read_bytes() == one.read_bytes(), (
            f"templates/{one.name} is out of date: run scripts/build_templates.py"
        )
    assert {path.name for path in first} == {spec.template for spec in FORMS.values()}
