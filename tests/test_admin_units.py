"""Tests of the offline administrative-unit table (data/admin_units.json) and its loader."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from dossier import admin_units
from dossier.admin_units import (
    DATA_FILE,
    commune_by_code,
    communes,
    current_communes,
    current_province,
    former_communes,
    former_district,
    former_districts,
    former_provinces,
    province_by_code,
    provinces,
)

ROOT = Path(__file__).resolve().parent.parent


def test_34_provinces_and_3321_communes_with_codes() -> None:
    assert len(provinces()) == 34
    assert len(communes()) == 3321
    assert len({province.code for province in provinces()}) == 34
    assert len({commune.code for commune in communes()}) == 3321
    assert all(len(p.code) == 2 and p.code.isdigit() for p in provinces())
    assert all(len(c.code) == 5 and c.code.isdigit() for c in communes())
    assert {p.type for p in provinces()} == {"tỉnh", "thành phố"}
    assert sum(p.type == "thành phố" for p in provinces()) == 6
    assert {c.type for c in communes()} == {"xã", "phường", "đặc khu"}
    assert sum(c.type == "đặc khu" for c in communes()) == 13
    assert {c.province_code for c in communes()} == {p.code for p in provinces()}


def test_known_codes_and_names() -> None:
    assert province_by_code("01") == current_province("Hà Nội")
    assert province_by_code("82") == current_province("Đồng Tháp")
    assert province_by_code("79").full_name == "Thành phố Hồ Chí Minh"
    commune = commune_by_code("30208")
    assert commune is not None
    assert (commune.full_name, commune.name, commune.type) == ("Xã Hòa Long", "Hòa Long", "xã")
    assert commune.province.name == "Đồng Tháp"


def test_every_text_is_nfc_and_file_is_compact() -> None:
    text = DATA_FILE.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    assert DATA_FILE.stat().st_size < 3_000_000
    raw = json.loads(text)
    assert raw["sources"]["vietnam-provinces"]["version"] == "2025.10.1"
    assert raw["sources"]["vietnamadminunits"]["version"] == "1.0.4"


@pytest.mark.parametrize(
    "written",
    ["Đồng Tháp", "tỉnh Đồng Tháp", "Tỉnh  Đồng  Tháp", "ĐỒNG THÁP"],
)
def test_current_province_accepts_type_words_and_case(written: str) -> None:
    province = current_province(written)
    assert province is not None and province.code == "82"


@pytest.mark.parametrize(
    "written",
    ["TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP. HCM", "TP.HCM", "Tp HCM", "TPHCM", "Hồ Chí Minh"],
)
def test_ho_chi_minh_city_aliases(written: str) -> None:
    province = current_province(written)
    assert province is not None and province.code == "79"


def test_ha_noi_forms() -> None:
    for written in ("Hà Nội", "Thành phố Hà Nội", "thủ đô Hà Nội"):
        province = current_province(written)
        assert province is not None and province.code == "01", written


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hà Giang", "Tuyên Quang"),
        ("tỉnh Bắc Giang", "Bắc Ninh"),
        ("Bình Dương", "Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Bà Rịa-Vũng Tàu", "Hồ Chí Minh"),
        ("Tiền Giang", "Đồng Tháp"),
        ("Long An", "Tây Ninh"),
        ("Hà Tây", "Hà Nội"),
        ("Thừa Thiên Huế", "Huế"),
    ],
)
def test_former_province_mappings(old: str, new: str) -> None:
    found = former_provinces(old)
    assert len(found) == 1
    assert [province.name for province in found[0].new_provinces] == [new]
    assert current_province(old) is None or current_province(old).name == new  # type: ignore[union-attr]


def test_a_historic_province_may_map_to_several_current_ones() -> None:
    (ha_son_binh,) = former_provinces("Hà Sơn Bình")
    assert ha_son_binh.code is None
    assert {province.name for province in ha_son_binh.new_provinces} == {"Hà Nội", "Phú Thọ"}


def test_old_commune_maps_to_its_new_commune() -> None:
    # Upstream converter_2025.json: tinhdongthap → xahoalong lists tinhdongthap_huyenlaivung_xalonghau.
    (long_hau,) = former_communes("xã Long Hậu", district="huyện Lai Vung", province="tỉnh Đồng Tháp")
    assert (long_hau.code, long_hau.type, long_hau.district.name) == ("30217", "xã", "Lai Vung")
    assert long_hau.province.name == "Đồng Tháp" and long_hau.province.code == "87"
    assert [commune.code for commune in long_hau.new_communes] == ["30208"]
    assert long_hau.default.full_name == "Xã Hòa Long"
    # Upstream: thanhphohanoi → phuonghongha lists thanhphohanoi_quanbadinh_phuongphucxa.
    (phuc_xa,) = former_communes("Phúc Xá", district="quận Ba Đình", province="Hà Nội")
    assert phuc_xa.default.full_name == "Phường Hồng Hà"


def test_split_commune_keeps_every_candidate_default_first() -> None:
    # Upstream DICT_PROVINCE_WARD_DIVIDED: Ngọc Hà (Ba Đình) → Ba Đình (isDefaultNewWard) and Ngọc Hà.
    (ngoc_ha,) = former_communes("phường Ngọc Hà", district="Ba Đình", province="Hà Nội")
    assert [commune.full_name for commune in ngoc_ha.new_communes] == ["Phường Ba Đình", "Phường Ngọc Hà"]


def test_same_name_in_two_old_provinces() -> None:
    found = former_communes("xã Long Hậu")
    assert {item.province.name for item in found} >= {"Đồng Tháp", "Long An"}
    (in_long_an,) = former_communes("Long Hậu", province="Long An")
    assert in_long_an.default.province.name == "Tây Ninh"


def test_tone_placement_variants_resolve_the_same() -> None:
    assert current_communes("Hoà Long", "82") == current_communes("Hòa Long", "82") != []
    assert current_province("Khánh Hoà") == current_province("Khánh Hòa") is not None
    assert former_provinces("Hoà Bình") == former_provinces("Hòa Bình") != []
    assert former_provinces("Thanh Hoá") == former_provinces("Thanh Hóa") != []


def test_a_wrong_diacritic_does_not_resolve() -> None:
    assert current_province("Hà Nọi") is None
    assert former_provinces("Hà Nọi") == []
    assert current_province("Ha Noi") is None
    assert current_communes("Hoa Long", "82") == []
    assert current_communes("Xã Hạ Bằng", "01") != []
    assert current_communes("Xã Hà Bằng", "01") == []


def test_apostrophe_spellings() -> None:
    curly = current_communes("Xã Ea H\u2019leo", "66")
    assert curly and curly == current_communes("xã Ea H'Leo", "66")


def test_former_districts() -> None:
    lai_vung = former_district("huyện Lai Vung")
    assert lai_vung is not None and lai_vung.type == "huyện" and lai_vung.province.name == "Đồng Tháp"
    assert former_district("huyện Châu Thành") is None  # several provinces had one
    assert len(former_districts("huyện Châu Thành")) > 3
    in_dong_thap = former_district("Châu Thành", province="Đồng Tháp")
    assert in_dong_thap is not None and in_dong_thap.province.code == "87"
    assert former_district("quận 3", province="TP HCM") is not None


def test_island_district_maps_to_special_zone() -> None:
    con_dao = former_district("huyện Côn Đảo")
    assert con_dao is not None
    assert [commune.full_name for commune in con_dao.new_communes] == ["Đặc khu Côn Đảo"]
    assert con_dao.new_communes[0].province.code == "79"


def test_every_former_commune_has_a_current_commune() -> None:
    data = admin_units.tables()
    former = [item for items in data.former_by_key.values() for item in items]
    assert len(former) == 10035
    assert all(item.new_communes for item in former)
    assert all(set(item.province.new_provinces) >= {item.default.province} for item in former)


def test_loader_is_fast_and_needs_no_upstream_package() -> None:
    start = time.perf_counter()
    admin_units._load(DATA_FILE)
    assert time.perf_counter() - start < 1.0
    code = (
        "import sys; from dossier import addresses, admin_units; admin_units.tables();"
        "bad = [m for m in sys.modules if m.startswith(('vietnam_provinces', 'vietnamadminunits', 'geopy'))];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
