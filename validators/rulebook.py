"""Rule files → compiled rules. Every defect of every file is collected with file and line, in Vietnamese.

Layout: rules/<RULE-SET>/*.yaml hold a rule set (`rule_set: HD38-2025`); rules/profiles/*.yaml hold
province profiles layered on a set (`profile: HN-02`, `extends: HD38-2025`); rules/schema/dossier.yaml
is the dossier's shape; rules/reference/ holds lists that rules `!include`.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cerberus import Validator

from errors import RuleBookError, RuleProblem
from validators.checks import CheckSpec, load_all
from validators.conditions import Condition, ConditionError, compile_condition
from validators.rulecheck import check_library, fields_read
from validators.ruleyaml import RuleFileSyntaxError, line_of, load_yaml
from validators.shape import ShapeChecker

SEVERITIES = ("error", "warning", "info")
_TEXT = {"type": "string", "empty": False}
_CHECK_ENTRY = {"check": {**_TEXT, "required": True}, "params": {"type": "dict"}, "message": _TEXT, "message_en": _TEXT}
RULE_SCHEMA = {
    "id": {**_TEXT, "required": True, "regex": r"^[a-z0-9_]+(\.[a-z0-9_]+)+$"},
    "title": {**_TEXT, "required": True},
    "title_en": {**_TEXT, "required": True},
    "basis": {**_TEXT, "required": True},
    "severity": {"type": "string", "allowed": list(SEVERITIES), "required": True},
    "check": {**_TEXT, "excludes": "checks", "required": True},
    "checks": {
        "type": "list",
        "excludes": "check",
        "required": True,
        "minlength": 1,
        "schema": {"type": "dict", "schema": _CHECK_ENTRY},
    },
    "params": {"type": "dict", "excludes": "checks"},
    "message": _TEXT,
    "message_en": _TEXT,
    "when": {"type": ["dict", "list"]},
    "unless": {"type": ["dict", "list"]},
    "reads": {"type": "list", "schema": _TEXT},
    "note": _TEXT,
}
FILE_SCHEMA = {
    "rule_set": {**_TEXT, "excludes": "profile", "required": True},
    "profile": {**_TEXT, "excludes": "rule_set", "required": True, "dependencies": "extends"},
    "extends": _TEXT,
    "title": _TEXT,
    "rules": {"type": "list", "required": True, "schema": {"type": "dict"}},
}


@dataclass(frozen=True)
class BoundCheck:
    """A check with its parameters, and the messages used when it fires."""

    spec: CheckSpec
    params: dict[str, Any]
    message: str
    message_en: str


@dataclass(frozen=True)
class Rule:
    """One rule as a clerk reads it, ready to run."""

    id: str
    title: str
    title_en: str
    basis: str
    severity: str
    checks: tuple[BoundCheck, ...]
    when: Condition | None
    unless: Condition | None
    reads: tuple[str, ...]
    file: str
    line: int

    def describe(self) -> dict[str, Any]:
        """The rule as GET /api/v1/rules lists it."""
        return {
            "id": self.id,
            "severity": self.severity,
            "title": self.title,
            "title_en": self.title_en,
            "basis": self.basis,
            "checks": [bound.spec.name for bound in self.checks],
            "fields": list(self.reads),
        }


@dataclass
class RuleSet:
    """A named list of rules: a regulation version, or a province profile extending one."""

    name: str
    title: str = ""
    extends: str | None = None
    rules: list[Rule] = field(default_factory=list)


@dataclass
class RuleLibrary:
    """Every rule set and profile found under a rules directory, plus the dossier shape."""

    shape: ShapeChecker
    rule_sets: dict[str, RuleSet]
    profiles: dict[str, RuleSet]

    def rules_for(self, rule_set: str, profile: str | None = None) -> list[Rule]:
        """The rules that apply to a dossier: the set's, then the profile's."""
        rules = list(self.rule_sets[rule_set].rules)
        if profile:
            rules += self.profiles[profile].rules
        return rules


class _Collector:
    """Gathers problems while the rule files are read, so that all are reported at once."""

    def __init__(self) -> None:
        self.problems: list[RuleProblem] = []

    def add(self, file: Path | str, line: int, message: str, message_en: str) -> None:
        self.problems.append(RuleProblem(str(file), line, message, message_en))


def load_library(rules_dir: Path) -> RuleLibrary:
    """Read and check every file under *rules_dir*; raise RuleBookError listing every problem."""
    problems = _Collector()
    checks = load_all()
    try:
        shape = ShapeChecker(rules_dir / "schema" / "dossier.yaml")
    except RuleFileSyntaxError as error:
        raise RuleBookError([error.problem]) from error
    except Exception as error:  # cerberus.SchemaError and malformed schema documents
        raise RuleBookError(
            [
                RuleProblem(
                    str(rules_dir / "schema" / "dossier.yaml"),
                    0,
                    f"Lược đồ hồ sơ không hợp lệ: {error}",
                    f"Invalid dossier schema: {error}",
                )
            ]
        ) from error
    rule_sets: dict[str, RuleSet] = {}
    profiles: dict[str, RuleSet] = {}
    for path in sorted(rules_dir.glob("*/*.yaml")):
        if path.parent.name in ("schema", "reference"):
            continue
        _read_file(path, checks, shape, rule_sets, profiles, problems)
    check_library(rules_dir, shape, rule_sets, profiles, problems)
    if problems.problems:
        raise RuleBookError(problems.problems)
    return RuleLibrary(shape, rule_sets, profiles)


def _read_file(
    path: Path,
    checks: dict[str, CheckSpec],
    shape: ShapeChecker,
    rule_sets: dict[str, RuleSet],
    profiles: dict[str, RuleSet],
    problems: _Collector,
) -> None:
    try:
        document = load_yaml(path)
    except RuleFileSyntaxError as error:
        problems.problems.append(error.problem)
        return
    validator = Validator(FILE_SCHEMA)
    if not isinstance(document, dict) or not validator.validate(document):
        found = validator.errors if isinstance(document, dict) else "not a mapping"
        problems.add(
            path,
            line_of(document, 1),
            f"Tệp quy tắc phải có `rule_set` (hoặc `profile` và `extends`) và danh sách `rules`: {found}",
            f"A rule file needs `rule_set` (or `profile` + `extends`) and `rules`: {found}",
        )
        return
    target = profiles if "profile" in document else rule_sets
    name = document.get("profile") or document["rule_set"]
    rule_set = target.setdefault(name, RuleSet(name, document.get("title", ""), document.get("extends")))
    for entry in document["rules"]:
        rule = _compile_rule(path, entry, checks, shape, problems)
        if rule is not None:
            rule_set.rules.append(rule)


def _compile_rule(
    path: Path, entry: dict[str, Any], checks: dict[str, CheckSpec], shape: ShapeChecker, problems: _Collector
) -> Rule | None:
    line = line_of(entry)
    validator = Validator(RULE_SCHEMA)
    if not validator.validate(entry):
        problems.add(
            path,
            line,
            f"Quy tắc {entry.get('id', '?')} viết chưa đúng: {validator.errors}",
            f"Rule {entry.get('id', '?')} is malformed: {validator.errors}",
        )
        return None
    entries = entry.get("checks") or [{"check": entry["check"], "params": entry.get("params", {})}]
    bound = [_bind(path, line_of(item, line), entry, item, checks, problems) for item in entries]
    conditions = {key: _condition(path, line, entry, key, problems) for key in ("when", "unless")}
    if any(item is None for item in bound) or any(value is False for value in conditions.values()):
        return None
    reads = fields_read(entry, bound, shape)
    return Rule(
        entry["id"],
        entry["title"],
        entry["title_en"],
        entry["basis"],
        entry["severity"],
        tuple(bound),
        conditions["when"] or None,
        conditions["unless"] or None,
        reads,
        str(path),
        line,
    )


def _condition(path: Path, line: int, entry: dict[str, Any], key: str, problems: _Collector) -> Condition | bool | None:
    if key not in entry:
        return None
    try:
        return compile_condition(entry[key])
    except ConditionError as error:
        problems.add(
            path,
            line_of(entry[key], line),
            f"Điều kiện `{key}` của {entry['id']} sai: {error}",
            f"Condition `{key}` of {entry['id']} is malformed: {error}",
        )
        return False


def _bind(
    path: Path,
    line: int,
    entry: dict[str, Any],
    item: dict[str, Any],
    checks: dict[str, CheckSpec],
    problems: _Collector,
) -> BoundCheck | None:
    spec = checks.get(item["check"])
    if spec is None:
        problems.add(
            path,
            line,
            f"{entry['id']}: không có phép kiểm tra tên `{item['check']}`; các phép có sẵn: "
            f"{', '.join(sorted(checks))}",
            f"{entry['id']}: unknown check `{item['check']}`",
        )
        return None
    params = dict(item.get("params") or {})
    validator = Validator(spec.params)
    if not validator.validate(params):
        problems.add(
            path,
            line,
            f"{entry['id']}: tham số của `{spec.name}` sai: {validator.errors}",
            f"{entry['id']}: parameters of `{spec.name}` are wrong: {validator.errors}",
        )
        return None
    message, message_en = item.get("message", entry.get("message")), item.get("message_en", entry.get("message_en"))
    if not message or not message_en:
        problems.add(
            path,
            line,
            f"{entry['id']}: thiếu `message` hoặc `message_en` (của quy tắc hoặc của phép kiểm tra)",
            f"{entry['id']}: `message` and `message_en` are required (on the rule or on each check)",
        )
        return None
    for text in (message, message_en):
        unknown = _placeholders(text) - spec.placeholders
        if unknown:
            problems.add(
                path,
                line,
                f"{entry['id']}: thông báo dùng chỗ trống không có: {sorted(unknown)}; được "
                f"dùng: {sorted(spec.placeholders)}",
                f"{entry['id']}: unknown placeholders {sorted(unknown)}",
            )
            return None
    params["rule_id"] = entry["id"]
    return BoundCheck(spec, params, message, message_en)


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<dấu ngoặc { } không cân / unbalanced braces>"}
