"""Checks across rule files (ids unique, profiles extend a known set, every rule the schema names
exists) and the fields each rule reads, for the rule listing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from validators.shape import ShapeChecker

if TYPE_CHECKING:
    from validators.rulebook import BoundCheck, Rule, RuleSet, _Collector


def fields_read(entry: dict[str, Any], bound: list[BoundCheck | None], shape: ShapeChecker) -> tuple[str, ...]:
    found: list[str] = list(entry.get("reads", []))
    for item in bound:
        if item is None:
            continue
        if item.spec.name == "shape_errors":
            found += shape.fields_reported(entry["id"])
        scope = f"{item.params['each']}." if "each" in item.params else ""
        for name in item.spec.path_params:
            named = _paths_in(item.params.get(name))
            found += [path if path.split(".")[0].split("[")[0] in shape.schema else scope + path for path in named]
    return tuple(dict.fromkeys(found))


def _paths_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [path for item in value for path in _paths_in(item)]
    if isinstance(value, dict):
        return [path for key in ("field", "or") for path in _paths_in(value.get(key))]
    return []


def check_library(
    rules_dir: Path,
    shape: ShapeChecker,
    rule_sets: dict[str, RuleSet],
    profiles: dict[str, RuleSet],
    problems: _Collector,
) -> None:
    if not rule_sets:
        problems.add(rules_dir, 0, "Không tìm thấy bộ quy tắc nào", "No rule set found")
    for profile in profiles.values():
        if profile.extends not in rule_sets:
            problems.add(
                rules_dir / "profiles",
                0,
                f"Hồ sơ địa phương {profile.name} mở rộng bộ quy tắc không có: {profile.extends}",
                f"Profile {profile.name} extends an unknown rule set {profile.extends}",
            )
    for rule_set in rule_sets.values():
        _check_ids(rule_set.rules, problems)
        ids = {rule.id for rule in rule_set.rules}
        for missing in sorted(shape.rules_named() - ids):
            problems.add(
                rules_dir / "schema" / "dossier.yaml",
                0,
                f"Lược đồ báo lỗi theo quy tắc {missing} nhưng bộ {rule_set.name} không có quy tắc này "
                f"(cần `check: shape_errors`)",
                f"The schema reports {missing}, missing from {rule_set.name}",
            )
        for profile in (p for p in profiles.values() if p.extends == rule_set.name):
            _check_ids(profile.rules, problems, {rule.id: rule for rule in rule_set.rules})


def _check_ids(rules: list[Rule], problems: _Collector, seen: dict[str, Rule] | None = None) -> None:
    seen = dict(seen or {})
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id]
            problems.add(
                rule.file,
                rule.line,
                f"Mã quy tắc {rule.id} trùng với {first.file}:{first.line}",
                f"Duplicate rule id {rule.id} (first at {first.file}:{first.line})",
            )
        seen.setdefault(rule.id, rule)
