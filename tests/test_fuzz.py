"""Property-based tests: readers of Vietnamese values, the address analysis, the rule engine and the validate API
never raise on any input and give NFC text."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dossier import dates as iso_dates
from dossier.addresses import analyse_address
from errors import UnknownRuleSetError
from extractors import _dates_vi as vi_dates
from extractors._names_vi import parse_name
from validators.engine import validate
from validators.rulebook import RuleLibrary

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐĂÂÊÔƠƯ"
# Text mixing Vietnamese letters (composed and decomposed), digits, date and address punctuation, and anything else.
vietnamese_text = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list(VIETNAMESE + "0123456789 /-.,:()ngàytháưnămxãphườngtỉnhhuyện"))),
    st.text(alphabet=st.sampled_from(list(VIETNAMESE))).map(lambda text: unicodedata.normalize("NFD", text)),
    st.sampled_from(["31/02/2020", "ngày 31 tháng 02 năm 2020", "tháng 13/2020", "00/00/0000", "9999-99-99",
                     "Từ tháng 9-2004 đến nay", "xã Tân Dương, huyện Lai Vung, tỉnh Đồng Tháp", "Đồng chí Nguyễn",
                     "Họ và tên: TRẦN THỊ MINH THƯ", "(((", "tỉnh ,,, xã", "\x00\ufeff\u200b"]),
)


def is_nfc(value: object) -> bool:
    return not isinstance(value, str) or unicodedata.is_normalized("NFC", value)


@FUZZ
@given(vietnamese_text)
def test_vietnamese_date_readers_never_raise(text: str) -> None:
    for reader in (vi_dates.parse_day, vi_dates.parse_month, vi_dates.parse_year):
        found = reader(text)
        assert found is None or (isinstance(found, str) and is_nfc(found))
    start, end, rest = vi_dates.parse_period(text)
    assert all(is_nfc(value) for value in (start, end, rest))
    if (day := vi_dates.parse_day(text)) is not None:
        assert iso_dates.parse_day(day) is not None  # a day it reads is a real calendar day


@FUZZ
@example("A\u0302")  # decomposed letters come back composed
@given(st.one_of(vietnamese_text, st.integers(), st.none(), st.floats(), st.lists(st.integers(), max_size=3)))
def test_iso_date_readers_never_raise(value: Any) -> None:
    day = iso_dates.parse_day(value)
    assert day is None or day.isoformat() == value
    iso_dates.month_index(value)
    iso_dates.parse_year(value)
    shown = iso_dates.display(value)
    assert isinstance(shown, str) and is_nfc(shown)


@FUZZ
@given(vietnamese_text)
def test_name_reader_never_raises(text: str) -> None:
    name = parse_name(text)
    assert name is None or (isinstance(name, str) and is_nfc(name))


@FUZZ
@given(vietnamese_text)
def test_address_analysis_never_raises(text: str) -> None:
    analysis = analyse_address(text)
    assert is_nfc(analysis.written) and is_nfc(analysis.suggestion)
    assert all(is_nfc(part.text) and is_nfc(part.name) for part in analysis.parts)
    assert all(is_nfc(item) for item in (*analysis.unknown, *analysis.candidates))


DOSSIER_KEYS = [
    "ho_so", "ly_lich", "don", "gioi_thieu", "chung_nhan", "nghi_quyet_chi_bo", "nghi_quyet_doan", "tong_hop_y_kien",
    "quy_dinh", "giai_doan", "ho_so_dia_phuong", "ngay_xet", "ho_ten_khai_sinh", "ngay_sinh", "gioi_tinh",
    "que_quan", "noi_thuong_tru", "dan_toc", "ton_giao", "cong_tac", "tu", "den", "gia_dinh", "quan_he",
    "ho_ten", "nam_sinh", "trinh_do", "giao_duc_pho_thong", "ngay_cap", "ngay_ky", "tong_so_dang_vien_chinh_thuc",
    "so_tan_thanh", "di_nuoc_ngoai", "ket_nap_lai", "van_ban_chap_thuan", "ngay_vao_dang", "la_dang_vien",
]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63), st.text(max_size=30),
    st.sampled_from(["2020-02-31", "1998-04-15", "2025-13", "nay", "xet_ket_nap", "ke_khai", "nữ", "Kinh",
                     "HD38-2025", "HN-02", "0000-00-00", "", "Không"]),
)
json_ish = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(DOSSIER_KEYS), st.text(max_size=8)), inner, max_size=6),
    ),
    max_leaves=40,
)
dossiers = st.one_of(json_ish, st.dictionaries(st.sampled_from(DOSSIER_KEYS), json_ish, max_size=8))


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # the rule library's repr, not the data's
@FUZZ
@example(data={"": 1})  # a key that is no field name once gave a ValueError in the shape check's ordering
@example(data={"ly_lich": {"a.b[": None, "cong_tac": [{"": 2}]}})
@example(data={"ly_lich": {"gia_dinh": [{"quan_he": ["cha_de"], "quoc_tich": ["Lào"]}], "ton_giao": ["Phật giáo"]}})
@given(data=dossiers)
def test_engine_never_raises(library: RuleLibrary, data: Any) -> None:
    try:
        validation = validate(library, data, ngay_xet="2026-11-20")
    except UnknownRuleSetError:  # the one documented refusal: the dossier names a rule set that does not exist
        return
    for finding in validation.findings:
        assert finding.severity in ("error", "warning", "info")
        assert is_nfc(finding.message) and finding.message_en


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(data={"": 1}, ngay_xet=None)
@given(data=dossiers, ngay_xet=st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["2020-02-31"])))
def test_validate_api_never_answers_5xx(client: FlaskClient, data: Any, ngay_xet: str | None) -> None:
    query = {} if ngay_xet is None else {"ngay_xet": ngay_xet}
    response = client.post("/api/v1/validate", data=json.dumps(data), content_type="application/json",
                           query_string=query)
    assert response.status_code in (200, 400), response.get_data(as_text=True)[:300]
    body = response.get_json()
    if response.status_code == 400:
        assert body["error"]["message"] and body["error"]["message_en"]
    else:
        assert body["summary"]["ready"] == (body["summary"]["error"] == 0)


# Legacy .doc (OLE) is left out: each one starts LibreOffice, which the reader tests cover.
MAGIC = [b"", b"PK\x03\x04", b"PK\x05\x06", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"{", b"MZ"]


@settings(max_examples=150, deadline=None)
@given(magic=st.sampled_from(MAGIC), rest=st.binary(max_size=2000),
       name=st.sampled_from(["ly-lich.docx", "don.pdf", "ho-so.zip", "anh.png", "ho-so.json", "x"]))
def test_reading_any_bytes_never_raises(magic: bytes, rest: bytes, name: str) -> None:
    from extractors import Limits
    from extractors.reading import read_any

    for entry in read_any(name, magic + rest, Limits(ocr_pages=0)):  # no OCR of noise: that is the OCR tests' job
        problem = entry.get("unreadable")
        assert problem is None or (problem["message"] and problem["message_en"] and problem["status"] < 500)


def _small_files() -> dict[str, bytes]:
    from scripts.hostile_files import docx, pdf, traversal_zip

    document = docx(["Họ và tên: TRẦN THỊ MINH THƯ", "Sinh ngày 15/04/1998"])
    return {"don.docx": document, "don.pdf": pdf(["Don xin vao Dang", None]), "ho-so.zip": traversal_zip(document)}


SMALL_FILES = _small_files()


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(sorted(SMALL_FILES)), data=st.data())
def test_reading_damaged_files_never_raises(name: str, data: st.DataObject) -> None:
    from extractors import Limits
    from extractors.reading import read_any

    content = bytearray(SMALL_FILES[name])
    for _ in range(data.draw(st.integers(1, 8))):
        content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(content) // 2, len(content)))
    for entry in read_any(name, bytes(content[:cut]), Limits(ocr_pages=0)):
        problem = entry.get("unreadable")
        assert problem is None or (problem["message"] and problem["message_en"] and problem["status"] < 500)
