"""Small pieces everything rests on: Vietnamese text keys, dates, paths, conditions, and no thresholds in Python."""

from __future__ import annotations

import ast
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.dates import display, full_months, month_index, parse_day
from dossier.model import prepare
from dossier.paths import MISSING, expand, get
from dossier.text import clean_value, fold_tone_placement, is_upper, name_key
from tests.conftest import ROOT
from validators.conditions import ConditionError, compile_condition
from validators.context import Context
from validators.engine import validate


def test_name_key_keeps_accents_and_folds_tone_placement() -> None:
    assert name_key("Nguyễn Thị Hoà") == name_key("NGUYỄN THỊ HÒA")
    assert name_key("Thuỷ") == name_key("Thủy")
    assert name_key("Hà") != name_key("Hạ")
    assert name_key(unicodedata.normalize("NFD", "Đặng")) == name_key("đặng")
    assert fold_tone_placement("Quý") == "Quý"
    assert fold_tone_placement("hoàng") == "hoàng"


def test_clean_value_and_upper() -> None:
    assert clean_value("  Nguyễn Văn A …………  ") == "Nguyễn Văn A"
    assert clean_value("Kinh.......") == "Kinh"
    assert is_upper("NGUYỄN VĂN HÙNG") and not is_upper("NGUYỄN Văn HÙNG") and not is_upper("123")


def test_dates() -> None:
    assert parse_day("2020-02-31") is None and parse_day("2024-02-29") == date(2024, 2, 29)
    assert month_index("2019-07") - month_index("2019-06") == 1
    assert month_index("2019-13") is None
    assert full_months(date(2008, 11, 21), date(2026, 11, 20)) == 17 * 12 + 11
    assert display("2026-11-05") == "05/11/2026" and display("2019-07") == "07/2019" and display("nay") == "nay"


def test_paths() -> None:
    data = {"a": {"b": [{"c": 1}, {"c": 2}, {"d": 3}]}}
    assert get(data, "a.b[1].c") == 2 and get(data, "a.b[5].c") is MISSING and get(data, "x") is MISSING
    assert list(expand(data, "a.b[*].c")) == [("a.b[0].c", 1), ("a.b[1].c", 2)]


def test_conditions() -> None:
    context = Context(
        prepare(
            {
                "ly_lich": {
                    "ton_giao": "Phật giáo",
                    "gia_dinh": [
                        {"quan_he": "cha_de", "quoc_tich": "Việt Nam"},
                        {"quan_he": "me_de", "quoc_tich": "Lào"},
                    ],
                }
            },
            today=date(2026, 1, 1),
        )
    )
    assert compile_condition({"field": "ly_lich.ton_giao", "not_in": ["không"]})(context)
    assert compile_condition(
        {"field": "ly_lich.gia_dinh[*].quoc_tich", "where": {"quan_he": ["me_de"]}, "not_in": ["Việt Nam"]}
    )(context)
    assert not compile_condition(
        {"field": "ly_lich.gia_dinh[*].quoc_tich", "where": {"quan_he": ["cha_de"]}, "not_in": ["Việt Nam"]}
    )(context)
    assert compile_condition({"field": "ho_so.ngay_xet", "before": "2026-01-02"})(context)
    assert compile_condition({"not": {"field": "don", "present": True}})(context)
    with pytest.raises(ConditionError):
        compile_condition({"field": "ly_lich.ton_giao", "equals": 1, "in": [1]})


def test_stage_defaults() -> None:
    assert prepare({"ly_lich": {}})["ho_so"]["giai_doan"] == "ke_khai"
    assert prepare({"ly_lich": {"tham_tra": [{"ngay": "2026-01-01"}]}})["ho_so"]["giai_doan"] == "xet_ket_nap"
    assert prepare({"nghi_quyet_chi_bo": {"so": "1"}}, ngay_xet="2026-05-01")["ho_so"]["ngay_xet"] == "2026-05-01"
    assert prepare({"ho_so": {"chi_bo": ""}, "don": {"ho_ten": " A "}})["don"] == {"ho_ten": "A"}


THRESHOLDS = {18, 60, 12, 36, 30, 35, 3, 45, 90}


def test_no_threshold_in_python() -> None:
    """The rule engine compares; the numbers of the regulations live in YAML."""
    for path in sorted((ROOT / "validators").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and not isinstance(node.value, bool):
                assert node.value not in THRESHOLDS, f"{path.name}:{node.lineno} has {node.value!r}"
                assert node.value not in ("2/3", "1/2"), f"{path.name}:{node.lineno} has {node.value!r}"


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(["2020-02-31", "2019-07", "nay", "cha_de", "nam", "HD12-2022", "Kinh"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "ho_so",
                    "ly_lich",
                    "don",
                    "gioi_thieu",
                    "cong_tac",
                    "gia_dinh",
                    "tu",
                    "den",
                    "ngay_sinh",
                    "quan_he",
                    "ngay_xet",
                    "nghi_quyet_chi_bo",
                    "so_tan_thanh",
                    "chung_nhan",
                    "ngay_cap",
                    "x",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_engine_never_raises_on_any_json(library, data) -> None:
    from errors import UnknownRuleSetError

    try:
        findings = validate(library, data, ngay_xet="2026-11-20").findings
    except UnknownRuleSetError:
        return
    assert all(finding.rule and finding.message for finding in findings)


def test_readme_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert Path(ROOT / "Makefile").exists()
