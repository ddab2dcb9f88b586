"""Tests of reading written addresses: district level, unknown units and the current two-level form."""

from __future__ import annotations

import dataclasses
import time
import unicodedata

import pytest

from dossier.addresses import AddressAnalysis, analyse_address
from dossier.admin_units import communes, tables

LONG_HAU = "ấp 3, xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp"


def test_two_level_address_is_current_without_suggestion() -> None:
    result = analyse_address("ấp Tân Thạnh, xã Hòa Long, tỉnh Đồng Tháp")
    assert result.is_current
    assert result.district is None and result.unknown == ()
    assert result.suggestion is None and result.former_name is None and result.candidates == ()
    assert result.commune is not None and result.commune.code == "30208"
    assert result.province is not None and result.province.code == "82"


def test_parts_as_written() -> None:
    result = analyse_address(LONG_HAU)
    assert [(part.kind, part.type, part.name) for part in result.parts] == [
        ("khac", "", "ấp 3"),
        ("xa", "xã", "Long Hậu"),
        ("huyen", "huyện", "Lai Vung"),
        ("tinh", "tỉnh", "Đồng Tháp"),
    ]
    assert [part.text for part in result.parts] == ["ấp 3", "xã Long Hậu", "huyện Lai Vung", "tỉnh Đồng Tháp"]


def test_suggestion_keeps_hamlet_and_names_a_current_commune_of_the_province() -> None:
    result = analyse_address(LONG_HAU)
    assert not result.is_current
    assert result.district == "huyện Lai Vung"
    assert result.unknown == ()
    assert result.suggestion is not None and result.suggestion.startswith("ấp 3, xã ")
    assert result.suggestion.endswith(", tỉnh Đồng Tháp")
    assert result.commune in communes()
    assert result.commune is not None and result.commune.province_code == "82"
    assert result.suggestion == "ấp 3, xã Hòa Long, tỉnh Đồng Tháp"  # upstream converter_2025.json
    assert result.former_name == "xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp"


def test_suggested_address_is_itself_current() -> None:
    suggestion = analyse_address(LONG_HAU).suggestion
    assert suggestion is not None
    again = analyse_address(suggestion)
    assert again.is_current and again.suggestion is None


def test_made_up_commune_is_unknown() -> None:
    result = analyse_address("xã Không Có Thật, tỉnh Đồng Tháp")
    assert result.unknown == ("xã Không Có Thật",)
    assert not result.is_current and result.suggestion is None
    assert result.province is not None and result.province.code == "82"


@pytest.mark.parametrize("written", ["thành phố Hà Nọi", "phường Ba Đình, tỉnh Hà Nọi", "Tỉnh Hà Nọi"])
def test_wrong_diacritic_in_a_province_is_unknown(written: str) -> None:
    result = analyse_address(written)
    assert any("Hà Nọi" in part for part in result.unknown)
    assert result.province is None and not result.is_current


def test_wrong_diacritic_in_a_commune_is_unknown() -> None:
    assert analyse_address("xã Hoa Long, tỉnh Đồng Tháp").unknown == ("xã Hoa Long",)
    assert analyse_address("xã Hà Bằng, Hà Nội").unknown == ("xã Hà Bằng",)
    assert analyse_address("xã Hạ Bằng, Hà Nội").is_current


def test_tone_placement_variants_resolve_the_same() -> None:
    old_style = analyse_address("xã Hoà Long, tỉnh Đồng Tháp")
    new_style = analyse_address("xã Hòa Long, tỉnh Đồng Tháp")
    assert old_style.is_current and new_style.is_current
    assert old_style.commune == new_style.commune is not None
    assert analyse_address("xã Hòa Bình, huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu").commune == (
        analyse_address("xã Hoà Bình, huyện Xuyên Mộc, tỉnh Bà Rịa-Vũng Tàu").commune
    )


@pytest.mark.parametrize(
    ("written", "district"),
    [
        ("xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp", "huyện Lai Vung"),
        ("phường 5, quận 3, Thành phố Hồ Chí Minh", "quận 3"),
        ("phường 1, thị xã Sa Đéc, tỉnh Đồng Tháp", "thị xã Sa Đéc"),
        ("phường 1, thành phố Sa Đéc, tỉnh Đồng Tháp", "thành phố Sa Đéc"),
        ("phường Linh Trung, thành phố Thủ Đức, Thành phố Hồ Chí Minh", "thành phố Thủ Đức"),
        ("P.5, Q.3, TP.HCM", "Q.3"),
        ("P5, Q3, TP HCM", "Q3"),
        ("X. Long Hậu, H. Lai Vung, T. Đồng Tháp", "H. Lai Vung"),
        ("TT Lai Vung, H.Lai Vung, Đồng Tháp", "H.Lai Vung"),
        ("phường 2, TX. Sa Đéc, Đồng Tháp", "TX. Sa Đéc"),
        ("phường 2, Tp Sa Đéc, Đồng Tháp", "Tp Sa Đéc"),
        ("Phường Tân Định, Quận 1, TP. Hồ Chí Minh", "Quận 1"),
        ("thôn 2 - xã Long Hậu - huyện Lai Vung - tỉnh Đồng Tháp", "huyện Lai Vung"),
        ("xã Long Hậu huyện Lai Vung tỉnh Đồng Tháp", "huyện Lai Vung"),
        ("P.5 Q.3 TP.HCM", "Q.3"),
    ],
)
def test_district_level_is_detected(written: str, district: str) -> None:
    result = analyse_address(written)
    assert result.district == district
    assert not result.is_current
    assert result.unknown == ()


@pytest.mark.parametrize(
    "written",
    [
        "phường Ba Đình, thành phố Hà Nội",
        "Phường Sài Gòn, Thành phố Hồ Chí Minh",
        "phường Sài Gòn, TP. HCM",
        "phường Thuận Hóa, Thành phố Huế",
        "xã Hòa Long, Đồng Tháp",
        "Phường Ba Đình, Hà Nội, Việt Nam",
        "đặc khu Côn Đảo, TP Hồ Chí Minh",
    ],
)
def test_province_level_city_is_not_a_district(written: str) -> None:
    result = analyse_address(written)
    assert result.district is None
    assert result.is_current, result
    assert result.parts[1].kind == "tinh"


@pytest.mark.parametrize(
    "hamlet",
    [
        "thôn Không Có Thật",
        "ấp Mười Ba",
        "bản Nà Pục",
        "buôn Ko Sier",
        "tổ 15",
        "tổ dân phố 3",
        "khóm 4",
        "khu phố 2",
        "xóm Chùa",
        "số nhà 12",
        "số 7 đường Không Tên",
        "ngõ 5 phố Huế",
        "12/3 hẻm 45",
    ],
)
def test_hamlet_and_street_parts_are_never_unknown(hamlet: str) -> None:
    result = analyse_address(f"{hamlet}, xã Hòa Long, tỉnh Đồng Tháp")
    assert result.unknown == ()
    assert result.parts[0].kind == "khac" and result.parts[0].text == hamlet
    assert result.is_current


def test_untyped_last_part_is_read_as_a_province() -> None:
    result = analyse_address("Hà Nội")
    assert result.parts[0].kind == "tinh" and result.province is not None and result.province.code == "01"
    assert analyse_address("Hà Nọi").unknown == ()  # untyped and not a province: just text


def test_former_province_is_suggested_in_current_form() -> None:
    result = analyse_address("phường Phú Cường, thành phố Thủ Dầu Một, tỉnh Bình Dương")
    assert result.district == "thành phố Thủ Dầu Một"
    assert result.province is not None and result.province.name == "Hồ Chí Minh"
    assert result.suggestion == "phường Thủ Dầu Một, thành phố Hồ Chí Minh"
    only_province = analyse_address("tỉnh Hà Giang")
    assert only_province.suggestion == "tỉnh Tuyên Quang" and only_province.former_name == "tỉnh Hà Giang"


def test_split_commune_suggests_the_default_and_lists_every_candidate() -> None:
    result = analyse_address("phường Ngọc Hà, quận Ba Đình, Hà Nội")
    assert result.suggestion == "phường Ba Đình, thành phố Hà Nội"
    assert result.candidates == ("phường Ba Đình, thành phố Hà Nội", "phường Ngọc Hà, thành phố Hà Nội")
    assert analyse_address("phường Ngọc Hà, Hà Nội").is_current  # the current ward of that name


def test_ambiguous_old_commune_gives_candidates_but_no_suggestion() -> None:
    result = analyse_address("Phường 5, TP HCM")
    assert result.suggestion is None and result.unknown == ()
    assert len(result.candidates) > 3


def test_island_district_becomes_special_zone() -> None:
    result = analyse_address("huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu")
    assert result.district == "huyện Côn Đảo"
    assert result.suggestion == "đặc khu Côn Đảo, thành phố Hồ Chí Minh"


def test_old_name_in_brackets_is_allowed() -> None:
    written = "ấp 3, xã Hòa Long, tỉnh Đồng Tháp (tên cũ: xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp)"
    result = analyse_address(written)
    assert result.is_current and result.district is None and result.unknown == ()
    assert result.suggestion is None
    assert result.bracketed == ("tên cũ: xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp",)
    left_open = analyse_address("xã Hòa Long, tỉnh Đồng Tháp (tên cũ: xã Long Hậu, huyện Lai Vung")
    assert left_open.is_current and left_open.district is None


def test_former_town_type_is_not_current() -> None:
    result = analyse_address("thị trấn Lai Vung, tỉnh Đồng Tháp")
    assert not result.is_current and result.district is None
    assert result.suggestion == "xã Hòa Long, tỉnh Đồng Tháp"  # upstream: thitranlaivung → xahoalong


def test_names_with_dashes_and_untyped_parts() -> None:
    assert analyse_address("Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng").is_current
    assert analyse_address("phường Văn Miếu - Quốc Tử Giám, Hà Nội").is_current
    untyped = analyse_address("Long Hậu, Lai Vung, Đồng Tháp")
    assert untyped.district == "Lai Vung" and untyped.suggestion == "xã Hòa Long, tỉnh Đồng Tháp"


def test_nfd_input_is_read_as_nfc_and_results_are_frozen() -> None:
    decomposed = unicodedata.normalize("NFD", LONG_HAU)
    result = analyse_address(decomposed)
    assert result.written == LONG_HAU
    assert result.suggestion == analyse_address(LONG_HAU).suggestion
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.suggestion = "x"  # type: ignore[misc]
    assert isinstance(result, AddressAnalysis)
    assert analyse_address.cache_info().maxsize


def _distinct_addresses(count: int) -> list[str]:
    data = tables()
    former = [item for items in data.former_by_key.values() for item in items]
    former.sort(key=lambda item: item.code)
    current = data.communes
    addresses = []
    for index in range(count):
        if index % 2:
            old = former[(index * 7919) % len(former)]
            units = (old, old.district, old.province)
            addresses.append(f"ấp {index}, " + ", ".join(f"{unit.type} {unit.name}" for unit in units))
        else:
            new = current[(index * 104729) % len(current)]
            addresses.append(f"số {index} đường Lê Lợi, {new.full_name}, {new.province.full_name}")
    return addresses


def test_speed_of_distinct_addresses() -> None:
    addresses = _distinct_addresses(1000)
    assert len(set(addresses)) == 1000
    uncached = analyse_address.__wrapped__  # type: ignore[attr-defined]
    uncached(LONG_HAU)  # warm-up: data loaded
    start = time.perf_counter()
    results = [uncached(address) for address in addresses]
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5, f"{elapsed * 1000:.0f} ms for 1,000 addresses"
    assert all(not result.unknown for result in results)
    assert all(result.is_current for result in results[::2])
    assert all(result.suggestion for result in results[1::2])
