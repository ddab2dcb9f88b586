"""Parsers of dossier values: real-world writing, OCR noise, near misses and garbage."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractors import values
from extractors.values import (
    clean_text,
    parse_bool_vi,
    parse_day,
    parse_education,
    parse_month,
    parse_name,
    parse_period,
    parse_relation,
    parse_relative,
    parse_sex,
    parse_year,
)

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 05 tháng 3 năm 1990", "1990-03-05"),
        ("Sinh ngày 5 tháng 03 năm 1990", "1990-03-05"),
        ("NGÀY 05 THÁNG 03 NĂM 1990", "1990-03-05"),
        ("05/03/1990", "1990-03-05"),
        ("5-3-1990", "1990-03-05"),
        ("05.03.1990", "1990-03-05"),
        ("Sinh ngày: 05 - 03 - 1990", "1990-03-05"),
        ("Ngày 5/3/1990", "1990-03-05"),
        ("ngày 05 tháng 3/1990", "1990-03-05"),
        ("1990-03-05", "1990-03-05"),
        ("5/3/90", "1990-03-05"),
        ("ngày 05 … tháng 3 … năm 1990", "1990-03-05"),
        ("ngày 05 ........ tháng 3 ......... năm 1990", "1990-03-05"),
        ("ngày_05_tháng_3_năm_1990", "1990-03-05"),
        ("ngày O5 thảng 3 nãm 1990", "1990-03-05"),
        ("ngày 05 tháng 3 năm l99O", "1990-03-05"),
        ("l2/O5/l99O", "1990-05-12"),
        ("mùng 2 tháng 9 năm 1945", "1945-09-02"),
        ("Hà Nội, ngày 12 tháng 01 năm 2025", "2025-01-12"),
        ("ngày 29/02/2024", "2024-02-29"),
        ("ngày 5 tháng 3 năm 1990 tại Bệnh viện Từ Dũ", "1990-03-05"),
        ("Sinh ngày 5 tha\u0301ng 3 năm 1990", "1990-03-05"),  # decomposed accent (NFD)
    ],
)
def test_parse_day(text: str, expected: str) -> None:
    assert parse_day(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2020",  # impossible
        "29/02/2023",
        "ngày 32 tháng 1 năm 2000",
        "13/13/2020",
        "00/01/2020",
        "ngày … tháng … năm …",  # form left blank
        "ngày lO tháng 3 năm 1990",  # no real digit in the day: not guessed
        "5/3/05",  # 1905 or 2005: ambiguous
        "5/3/26",
        "05/03/1799",  # out of range
        "1990",
        "03/1990",
        "tháng 3 năm 1990",
        "12345678",
        "abc",
        "",
        "   ",
    ],
)
def test_parse_day_rejects(text: str) -> None:
    assert parse_day(text, today=TODAY) is None


def test_two_digit_years_follow_the_reference_day() -> None:
    assert parse_day("5/3/20", today=date(2010, 1, 1)) == "1920-03-05"
    assert parse_day("5/3/20", today=TODAY) is None
    assert parse_day("5/3/99", today=TODAY) == "1999-03-05"
    assert parse_day("5/3/90") == "1990-03-05"  # default reference: today


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tháng 9-1991", "1991-09"),
        ("tháng 9/1991", "1991-09"),
        ("Tháng 09 năm 1991", "1991-09"),
        ("tháng 9 1991", "1991-09"),
        ("9/1991", "1991-09"),
        ("09-1991", "1991-09"),
        ("09.1991", "1991-09"),
        ("T9/1991", "1991-09"),
        ("T.9/1991", "1991-09"),
        ("t9-1991", "1991-09"),
        ("1991-09", "1991-09"),
        ("1991/9", "1991-09"),
        ("tháng 9/91", "1991-09"),
        ("05/03/1990", "1990-03"),
        ("ngày 05 tháng 3 năm 1990", "1990-03"),
        ("thảng O9/l991", "1991-09"),
        ("Từ 9/2015 đến nay", "2015-09"),  # the first month of the text
        ("nay", "nay"),
        ("Nay", "nay"),
        ("đến nay", "nay"),
        ("Đến nay.", "nay"),
        ("hiện nay", "nay"),
        ("đến hiện nay", "nay"),
        ("cho đến nay", "nay"),
        ("- nay", "nay"),
        ("hiện tại", "nay"),
    ],
)
def test_parse_month(text: str, expected: str) -> None:
    assert parse_month(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    ["9/91", "12/11", "tháng 13/1991", "tháng 0/1991", "31/02/2020", "2015-2019", "nay mai", "năm nay", "abc", ""],
)
def test_parse_month_rejects(text: str) -> None:
    assert parse_month(text, today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sinh năm 1968", "1968"),
        ("1968", "1968"),
        ("năm sinh: 1968", "1968"),
        ("Năm sinh 1968 (Mậu Thân)", "1968"),
        ("SN 1968", "1968"),
        ("khoảng năm 1945", "1945"),
        ("05/03/1990", "1990"),
        ("tháng 9/1991", "1991"),
        ("năm 68", "1968"),
        ("Số 12345, năm 2001", "2001"),
    ],
)
def test_parse_year(text: str, expected: str) -> None:
    assert parse_year(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["", "abc", "12345", "1234", "3000", "năm 05", "năm sinh: ....."])
def test_parse_year_rejects(text: str) -> None:
    assert parse_year(text, today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Từ tháng 9/2015 đến tháng 6/2019: Sinh viên …", ("2015-09", "2019-06", "Sinh viên")),
        (
            "- 09/2015 – 06/2019: Sinh viên Trường Đại học Sư phạm Huế",
            ("2015-09", "2019-06", "Sinh viên Trường Đại học Sư phạm Huế"),
        ),
        (
            "Tháng 9-2015 đến nay: Giáo viên, Trường THCS Tân Dương",
            ("2015-09", "nay", "Giáo viên, Trường THCS Tân Dương"),
        ),
        ("9/2015 - nay Công chức xã", ("2015-09", "nay", "Công chức xã")),
        ("Từ 9/2015 đến hiện nay : làm việc tại nhà", ("2015-09", "nay", "làm việc tại nhà")),
        ("T9/2015-T6/2019: học đại học", ("2015-09", "2019-06", "học đại học")),
        ("9/2015—6/2019 Học viên", ("2015-09", "2019-06", "Học viên")),
        ("09/2015 ÷ 06/2019: Học", ("2015-09", "2019-06", "Học")),
        ("01/09/2015 - 30/06/2019: Học", ("2015-09", "2019-06", "Học")),
        ("Từ ngày 01 tháng 9 năm 2015 đến ngày 30 tháng 6 năm 2019: Học", ("2015-09", "2019-06", "Học")),
        ("9/91 - 6/95: Bộ đội", ("1991-09", "1995-06", "Bộ đội")),
        ("2015 - 2019: Học đại học", ("2015", "2019", "Học đại học")),
        ("Từ năm 2015 đến năm 2019: Học", ("2015", "2019", "Học")),
        ("Sinh viên Trường X (9/2015 - 6/2019)", ("2015-09", "2019-06", "Sinh viên Trường X")),
        ("Từ tháng 9/2015: nhập ngũ", ("2015-09", None, "nhập ngũ")),
        ("Tháng 7/2016 Ở nhà ôn thi", ("2016-07", None, "Ở nhà ôn thi")),
        ("+ 9/2015 – 13/2019: Học", ("2015-09", None, "Học")),  # impossible end: dropped
        ("Theo Quyết định số 12 ngày 05/03/2019", (None, None, "Theo Quyết định số 12 ngày 05/03/2019")),
        ("Không có gì ……", (None, None, "Không có gì")),
        ("", (None, None, "")),
        ("……", (None, None, "")),
    ],
)
def test_parse_period(text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert parse_period(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nam", "nam"),
        ("nam", "nam"),
        ("NỮ", "nữ"),
        ("Nữ.", "nữ"),
        ("nữ giới", "nữ"),
        ("Nam giới", "nam"),
        ("Giới tính: nam", "nam"),
        ("Phái: Nữ", "nữ"),
        ("Nu", "nữ"),  # typed without accents
        ("Nam/Nữ", None),  # printed choice, one struck out: unreadable
        ("Nam, Nữ", None),
        ("Nam Định", None),
        ("năm", None),
        ("năm 1990", None),
        ("x", None),
        ("", None),
        ("....", None),
    ],
)
def test_parse_sex(text: str, expected: str | None) -> None:
    assert parse_sex(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Nguyễn  Văn A ……", "Nguyễn Văn A"),
        (": Hà Nội", "Hà Nội"),
        ("Kinh....", "Kinh"),
        ("Không ___", "Không"),
        ("Phật giáo - - -", "Phật giáo"),
        ("Hà Nội - Việt Nam", "Hà Nội - Việt Nam"),
        ("Nông dân , đã nghỉ", "Nông dân, đã nghỉ"),
        ("Tp. Hồ Chí Minh", "Tp. Hồ Chí Minh"),
        ("Đảng viên ( )", "Đảng viên"),
        ("Hoa\u00adLan\u200b", "HoaLan"),
        ("Nguye\u0302\u0303n", "Nguyễn"),
        ("line\none\ttab", "line one tab"),
        ("___", None),
        ("- - -", None),
        ("…", None),
        (":", None),
        ("", None),
        ("   ", None),
    ],
)
def test_clean_text(text: str, expected: str | None) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("NGUYỄN VĂN AN", "NGUYỄN VĂN AN"),  # case kept: the rules check capitals
        ("nguyễn văn an", "nguyễn văn an"),
        ("  Nguyễn   Văn   An ......", "Nguyễn Văn An"),
        ("Họ và tên: TRẦN THỊ HOA", "TRẦN THỊ HOA"),
        ("Họ và tên khai sinh: Lê Văn Tám", "Lê Văn Tám"),
        ("Đồng chí Nguyễn Văn A", "Nguyễn Văn A"),
        ("đồng chí Lê Thị B", "Lê Thị B"),
        ("Đ/c Trần Văn C", "Trần Văn C"),
        ("ĐỒNG CHÍ NGUYỄN VĂN A", "NGUYỄN VĂN A"),
        ("Ông Nguyễn Văn A", "Nguyễn Văn A"),
        ("Bà Nguyễn Thị B", "Nguyễn Thị B"),
        ("Ông Ích Khiêm", "Ông Ích Khiêm"),  # Ông is also a family name
        ("Đồng Chí Thanh", "Đồng Chí Thanh"),  # family name Đồng, middle name Chí
        ("Bà", "Bà"),
        ("“Trần Thị Hoa”", "Trần Thị Hoa"),
        ("Nguyễn Văn Anh.", "Nguyễn Văn Anh"),
        ("Nguyễn V.", "Nguyễn V."),
        ("Nguye\u0302\u0303n Văn A", "Nguyễn Văn A"),
        ("....", None),
        ("123", None),
        ("", None),
    ],
)
def test_parse_name(text: str, expected: str | None) -> None:
    assert parse_name(text) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Cha đẻ", "cha_de"),
        ("Bố đẻ", "cha_de"),
        ("Bố", "cha_de"),
        ("Ba", "cha_de"),
        ("Thân phụ", "cha_de"),
        ("Mẹ đẻ", "me_de"),
        ("Má", "me_de"),
        ("Ông nội", "ong_noi"),
        ("Bà nội", "ba_noi"),
        ("Ông ngoại", "ong_ngoai"),
        ("Bà ngoại", "ba_ngoai"),
        ("Vợ", "vo"),
        ("Chồng", "chong"),
        ("Bố vợ", "cha_vo_chong"),
        ("Cha vợ", "cha_vo_chong"),
        ("Bố chồng", "cha_vo_chong"),
        ("Mẹ vợ", "me_vo_chong"),
        ("Mẹ chồng", "me_vo_chong"),
        ("Anh trai", "anh_chi_em_ruot"),
        ("Chị gái", "anh_chi_em_ruot"),
        ("Em trai", "anh_chi_em_ruot"),
        ("Em gái", "anh_chi_em_ruot"),
        ("Anh ruột", "anh_chi_em_ruot"),
        ("Anh chị em ruột", "anh_chi_em_ruot"),
        ("Em", "anh_chi_em_ruot"),
        ("Anh/chị/em vợ (chồng)", "anh_chi_em_vo_chong"),
        ("Em vợ", "anh_chi_em_vo_chong"),
        ("Chị gái chồng", "anh_chi_em_vo_chong"),
        ("Con trai", "con"),
        ("Con gái", "con"),
        ("Con nuôi", "con"),
        ("Con thứ nhất", "con"),
        ("Người nuôi dưỡng", "nguoi_nuoi_duong"),
        ("Bố nuôi", "nguoi_nuoi_duong"),
        ("Ông nội vợ", "ong_ba_ben_vo_chong"),
        ("Bà ngoại chồng", "ong_ba_ben_vo_chong"),
        ("Ông bà bên vợ", "ong_ba_ben_vo_chong"),
        ("Ông bà nội chồng", "ong_ba_ben_vo_chong"),
        ("Ba vợ", "cha_vo_chong"),  # southern "ba": father
        ("- Cha đẻ:", "cha_de"),
        ("1. Mẹ đẻ", "me_de"),
        ("Họ và tên cha đẻ", "cha_de"),
        ("CHA ĐẺ", "cha_de"),
        ("Cha đẻ (đã mất)", "cha_de"),
        ("Cha đẻ: Trần Văn Hùng", "cha_de"),
        ("Me de", "me_de"),  # typed without accents
        # outside the canonical list, or two people in one label
        ("Bà", None),
        ("Anh rể", None),
        ("Chị dâu", None),
        ("Con dâu", None),
        ("Mẹ kế", None),
        ("Cha dượng", None),
        ("Anh họ", None),
        ("Bố mẹ vợ", None),
        ("Vợ (chồng)", None),  # the form's own label: which spouse is not said
        ("Vợ/chồng", None),
        ("Ông bà nội", None),
        ("Bốn", None),
        ("Quê quán", None),
        ("", None),
    ],
)
def test_parse_relation(label: str, expected: str | None) -> None:
    assert parse_relation(label) == expected


RELATIVES: list[tuple[str, dict[str, Any] | None]] = [
    (
        "- Cha đẻ: Trần Văn Hùng, sinh năm 1968, quê quán: xã Tân Dương, tỉnh Đồng Tháp; nơi cư trú: ấp Tân Lập, "
        "xã Tân Dương, tỉnh Đồng Tháp; nghề nghiệp: Nông dân; là đảng viên; đã mất năm 2015",
        {
            "quan_he": "cha_de",
            "ho_ten": "Trần Văn Hùng",
            "nam_sinh": "1968",
            "que_quan": "xã Tân Dương, tỉnh Đồng Tháp",
            "noi_cu_tru": "ấp Tân Lập, xã Tân Dương, tỉnh Đồng Tháp",
            "nghe_nghiep": "Nông dân",
            "la_dang_vien": True,
            "da_mat": True,
            "ghi_chu": "đã mất năm 2015",
        },
    ),
    (
        "Mẹ đẻ: Nguyễn Thị Lan (1970), Quê: Hà Nam. Trú quán: Hà Nội. Làm nghề: buôn bán, không là đảng viên",
        {
            "quan_he": "me_de",
            "ho_ten": "Nguyễn Thị Lan",
            "nam_sinh": "1970",
            "que_quan": "Hà Nam",
            "noi_cu_tru": "Hà Nội",
            "nghe_nghiep": "buôn bán",
            "la_dang_vien": False,
        },
    ),
    (
        "Vợ: Lê Thị Hoa, sinh ngày 05/03/1992, nơi sinh: Huế, quốc tịch: Việt Nam, nơi ở hiện nay: 12 Lê Lợi, "
        "phường Phú Hội, TP Huế, nghề nghiệp: Giáo viên",
        {
            "quan_he": "vo",
            "ho_ten": "Lê Thị Hoa",
            "nam_sinh": "1992",
            "noi_sinh": "Huế",
            "quoc_tich": "Việt Nam",
            "noi_cu_tru": "12 Lê Lợi, phường Phú Hội, TP Huế",
            "nghe_nghiep": "Giáo viên",
        },
    ),
    (
        "Ông nội: Trần Văn Lộc, sinh năm 1940, nghề nghiệp: Nông dân, đã nghỉ; lịch sử chính trị: Chấp hành tốt "
        "chủ trương của Đảng, chính sách, pháp luật của Nhà nước; đã mất",
        {
            "quan_he": "ong_noi",
            "ho_ten": "Trần Văn Lộc",
            "nam_sinh": "1940",
            "nghe_nghiep": "Nông dân, đã nghỉ",
            "lich_su_chinh_tri": "Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
            "da_mat": True,
        },
    ),
    ("Bà ngoại: Phạm Thị Mơ (đã mất)", {"quan_he": "ba_ngoai", "ho_ten": "Phạm Thị Mơ", "da_mat": True}),
    (
        "Bố đẻ Nguyễn Văn Ba sinh năm 1955. Nghề nghiệp: hưu trí. Hiện còn sống",
        {"quan_he": "cha_de", "ho_ten": "Nguyễn Văn Ba", "nam_sinh": "1955", "nghe_nghiep": "hưu trí", "da_mat": False},
    ),
    (
        "Con trai: Trần Minh An, 2018, học sinh",
        {"quan_he": "con", "ho_ten": "Trần Minh An", "nam_sinh": "2018", "ghi_chu": "học sinh"},
    ),
    (
        "+ Anh trai: Trần Văn Tú, SN 1988, dân tộc: Kinh, nghề: kỹ sư",
        {
            "quan_he": "anh_chi_em_ruot",
            "ho_ten": "Trần Văn Tú",
            "nam_sinh": "1988",
            "ghi_chu": "dân tộc: Kinh",
            "nghe_nghiep": "kỹ sư",
        },
    ),
    (
        "Mẹ đẻ: Lê Thị Bé, sinh năm 1960, Nông dân, đã mất sức lao động",  # "mất sức" is not a death
        {"quan_he": "me_de", "ho_ten": "Lê Thị Bé", "nam_sinh": "1960", "ghi_chu": "Nông dân, đã mất sức lao động"},
    ),
    ("Cha đẻ: ......................", {"quan_he": "cha_de"}),
    ("Người nuôi dưỡng: Hoàng Văn Tư", {"quan_he": "nguoi_nuoi_duong", "ho_ten": "Hoàng Văn Tư"}),
    (
        "Vợ (chồng): Lê Thị Hoa, sinh năm 1990",  # no canonical relation: the rest is still read
        {"ho_ten": "Lê Thị Hoa", "nam_sinh": "1990"},
    ),
    ("Anh rể: Phan Văn Tèo", {"ho_ten": "Phan Văn Tèo"}),
    ("garbage ;;; :: --", None),
    ("……", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_parse_relative(text: str, expected: dict[str, Any] | None) -> None:
    assert parse_relative(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9/12", "9/12"),
        ("12/12", "12/12"),
        ("12 / 12 phổ thông", "12/12 phổ thông"),
        ("Tốt nghiệp THPT", "Tốt nghiệp THPT"),
        ("Tốt nghiệp thpt", "Tốt nghiệp THPT"),
        ("Giáo dục phổ thông: l2/12", "12/12"),
        ("10/10 (hệ 10 năm)", "10/10 (hệ 10 năm)"),
        ("12/12 ......", "12/12"),
        ("....", None),
        ("", None),
    ],
)
def test_parse_education(text: str, expected: str | None) -> None:
    assert parse_education(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("có", True),
        ("Có.", True),
        ("x", True),
        ("☑", True),
        ("là đảng viên", True),
        ("Đúng", True),
        ("không", False),
        ("Không phải đảng viên", False),
        ("chưa", False),
        ("☐", False),
        ("hmm", None),
        ("", None),
    ],
)
def test_parse_bool_vi(text: str, expected: bool | None) -> None:
    assert parse_bool_vi(text) is expected


# --- every parser, any input: never raises, NFC strings, canonical formats --------------------------
SINGLE_VALUE = [
    parse_day,
    parse_month,
    parse_year,
    parse_sex,
    clean_text,
    parse_name,
    parse_relation,
    parse_education,
    parse_bool_vi,
]
_FORMATS = {
    parse_day: re.compile(r"\d{4}-\d{2}-\d{2}"),
    parse_month: re.compile(r"\d{4}-\d{2}|nay"),
    parse_year: re.compile(r"\d{4}"),
    parse_sex: re.compile(r"nam|nữ"),
}
_VOCABULARY_TEXT = (
    "ngày tháng năm nay đến từ hiện sinh quê quán nơi cư trú nghề nghiệp Cha đẻ Mẹ đẻ Vợ Con Ông nội Bà ngoại "
    "Nam Nữ là đảng viên đã mất Đồng chí Ông Bà T. : ; , - – / . … ___ ( ) 0 1 5 9 12 31 02 1968 2015 2099 O l "
    "Nguyễn Văn Trần Thị 9/2015 05/03/1990 tha\u0301ng Hoa\u0300 \u00ad \u200b"
)
_VOCABULARY = _VOCABULARY_TEXT.split()
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_VOCABULARY), max_size=25).map(" ".join),
    st.lists(st.sampled_from(_VOCABULARY), max_size=25).map("".join),
)


def _assert_nfc(value: object) -> None:
    if isinstance(value, str):
        assert unicodedata.is_normalized("NFC", value), repr(value)
        assert value == value.strip(), repr(value)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_no_parser_raises_and_outputs_are_nfc(text: str) -> None:
    for function in SINGLE_VALUE:
        result = function(text)
        _assert_nfc(result)
        if result is not None and function in _FORMATS:
            assert _FORMATS[function].fullmatch(result), (function.__name__, text, result)
    if (day := parse_day(text)) is not None:
        date.fromisoformat(day)
    start, end, rest = parse_period(text)
    for part in (start, end, rest):
        _assert_nfc(part)
    for part in (start, end):
        assert part is None or re.fullmatch(r"\d{4}(?:-\d{2})?|nay", part), (text, part)
    relative = parse_relative(text)
    if relative is not None:
        assert relative, text
        for key, value in relative.items():
            assert isinstance(value, (str, bool)), (key, value)
            _assert_nfc(value)


@pytest.mark.parametrize("bad", [None, 5, 3.5, b"05/03/1990", ["05/03/1990"], {"a": 1}])
def test_non_text_input_gives_nothing(bad: Any) -> None:
    for function in SINGLE_VALUE:
        assert function(bad) is None
    assert parse_period(bad) == (None, None, "")
    assert parse_relative(bad) is None


def test_public_api() -> None:
    assert set(values.__all__) >= {
        "parse_day",
        "parse_month",
        "parse_period",
        "parse_year",
        "parse_sex",
        "clean_text",
        "parse_name",
        "parse_relation",
        "parse_relative",
        "parse_education",
        "parse_bool_vi",
    }


CLEANING_ALPHABET = [*"aăâđêôơư ÀẠ.,;:()[]…_-–\t\n·•|/\\*+AbC9", "\u00ad", "\u0301"]


@settings(max_examples=400, deadline=None)
@example("9..")  # two dots are a leader to clean_value: the shortcut once kept them
@given(st.text(alphabet=st.sampled_from(CLEANING_ALPHABET), max_size=30))
def test_clean_text_shortcut_changes_nothing(text: str) -> None:
    """The shortcut for already-clean values gives exactly what the full cleaning gives."""
    from extractors import _text_vi

    assert _text_vi.clean_text(text) == _text_vi.full_clean(text)
