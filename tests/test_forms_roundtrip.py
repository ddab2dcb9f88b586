"""Round trip: every form filled from a sample dossier and read back by the extractors gives the same data."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from bench.extraction_accuracy import leaves, same
from extractors import Limits
from extractors.reading import read_one
from forms import fill_docx
from tests.conftest import SAMPLES


def sample(name: str) -> dict[str, Any]:
    dossier = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    dossier["nghi_quyet_dang_uy"] = {"so": "45-NQ/ĐU", "ngay": "2026-10-05", "tong_so_uy_vien": 9, "so_tan_thanh": 8,
                                     "so_khong_tan_thanh": 1}
    dossier["quyet_dinh"] = {"so": "112-QĐ/ĐU", "ngay": "2026-10-20", "co_quan": "Đảng ủy phường Ba Đình",
                             "nguoi_ky": "Lương Văn Đức"}
    return dossier


def in_order(section: Any) -> Any:
    """Relatives grouped as the booklet groups them are the same relatives: compare them by name."""
    if isinstance(section, dict) and isinstance(section.get("gia_dinh"), list):
        return {**section, "gia_dinh": sorted(section["gia_dinh"], key=lambda person: person.get("ho_ten", ""))}
    return section


CASES = [  # form, sample, dossier key, sponsor
    ("1-KND", "ho-so-sach", "don", None),
    ("2-KND", "ho-so-sach", "ly_lich", None),
    ("3-KND", "ho-so-sach", "gioi_thieu", 1),
    ("3-KND", "ho-so-sach", "gioi_thieu", 2),
    ("4-KND", "ho-so-doan-gioi-thieu", "nghi_quyet_doan", None),
    ("5-KND", "ho-so-sach", "tong_hop_y_kien", None),
    ("6-KND", "ho-so-sach", "nghi_quyet_chi_bo", None),
    ("8-KND", "ho-so-sach", "nghi_quyet_dang_uy", None),
    ("9-KND", "ho-so-sach", "quyet_dinh", None),
    ("CN-NTVD", "ho-so-sach", "chung_nhan", None),
]


@pytest.mark.parametrize(("form", "name", "key", "sponsor"), CASES, ids=[f"{case[0]}-{case[3]}" for case in CASES])
def test_fill_then_extract_gives_the_data_back(form: str, name: str, key: str, sponsor: int | None) -> None:
    dossier = sample(name)
    filled = fill_docx(form, copy.deepcopy(dossier), sponsor=sponsor)
    entry = read_one(filled.file_name, filled.content, Limits())
    source = dossier[key][sponsor - 1] if sponsor else dossier[key]
    assert entry["type"] == key
    expected, found = leaves(in_order(source)), leaves(in_order(entry["data"]))
    differences = [(path, value, found.get(path)) for path, value in expected.items()
                   if not same(value, found.get(path))]
    assert differences == []
