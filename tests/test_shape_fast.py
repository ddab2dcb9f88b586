"""The compiled shape check gives Cerberus' own verdict (defect or none) on samples and on mutated dossiers."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.model import prepare
from tests.conftest import SAMPLES
from validators.rulebook import RuleLibrary
from validators.shape_fast import compile_schema

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3000), st.text(max_size=6),
    st.sampled_from(["", "2020-02-31", "1998-04-15", "2025-09", "2025-13", "nay", "1998", "nam", "nữ", "x_y",
                     "HD38-2025", "xet_ket_nap", "ton_giao", 1998]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                      max_leaves=6)


def cerberus_verdict(library: RuleLibrary, dossier: dict[str, Any]) -> bool:
    return bool(library.shape._validator().validate(dossier, normalize=False))


def _slots(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """(container, key or index) of every value inside *value*."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        found.append((value, key))
        _slots(child, found)
    return found


def mutate(dossier: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    changed = copy.deepcopy(dossier)
    for _ in range(data.draw(st.integers(1, 3))):
        container, key = data.draw(st.sampled_from(_slots(changed, [])))
        operation = data.draw(st.sampled_from(["replace", "delete", "unknown", "twin", "append"]))
        if operation == "replace":
            container[key] = data.draw(VALUES)
        elif operation == "delete":
            del container[key]
        elif operation == "unknown" and isinstance(container, dict):
            container[data.draw(st.text(min_size=1, max_size=5))] = data.draw(VALUES)
        elif operation == "twin" and isinstance(changed.get("ly_lich"), dict):
            changed["ly_lich"]["noi_tam_tru"] = data.draw(st.sampled_from(["phường X, tỉnh Y", ""]))
        elif operation == "append" and isinstance(container[key], list):
            container[key].append(data.draw(VALUES))
        if not _slots(changed, []):
            break
    return changed


def test_schema_compiles(library: RuleLibrary) -> None:
    assert library.shape.has_no_defect is not None


@pytest.mark.parametrize("sample", sorted(path.name for path in SAMPLES.glob("*.json")
                                          if not path.name.endswith(".expected.json")))
def test_same_verdict_on_samples(library: RuleLibrary, sample: str) -> None:
    dossier = prepare(json.loads((SAMPLES / sample).read_text(encoding="utf-8")), ngay_xet="2026-11-20")
    assert library.shape.has_no_defect(dossier) == cerberus_verdict(library, dossier)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_same_verdict_on_mutated_dossiers(
    library: RuleLibrary, _clean_sample: dict[str, Any], data: st.DataObject
) -> None:
    dossier = mutate(prepare(_clean_sample, ngay_xet="2026-11-20"), data)
    assert library.shape.has_no_defect(dossier) == cerberus_verdict(library, dossier)


def test_twin_residences_follow_cerberus(library: RuleLibrary, _clean_sample: dict[str, Any]) -> None:
    dossier = prepare(_clean_sample, ngay_xet="2026-11-20")
    both = copy.deepcopy(dossier)
    both["ly_lich"]["noi_tam_tru"] = "phường Ba Đình, thành phố Hà Nội"
    neither = copy.deepcopy(dossier)
    del neither["ly_lich"]["noi_thuong_tru"]
    for case, expected in ((dossier, True), (both, False), (neither, False)):
        assert library.shape.has_no_defect(case) is expected is cerberus_verdict(library, case)


def test_unknown_rule_falls_back_to_cerberus() -> None:
    assert compile_schema({"a": {"type": "string", "regex": "^x$"}}, lambda name, value: True) is None
    check = compile_schema({"a": {"type": "string", "allowed": ["x"]}}, lambda name, value: True)
    assert check({"a": "x"}) and not check({"a": "y"}) and not check({"b": "x"})
