"""The dossier's shape (types, formats, allowed values, nesting), declared in YAML and enforced with Cerberus."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cerberus import Validator, errors

from dossier.dates import PRESENT, month_index, parse_day, parse_year
from dossier.paths import parse_path
from validators.ruleyaml import load_yaml
from validators.shape_fast import compile_schema

MISSING_RULE_DEFAULT = "ho_so.thieu_truong"
INVALID_RULE_DEFAULT = "ho_so.sai_dinh_dang"
UNKNOWN_RULE = "ho_so.truong_khong_ro"
_FORMATS = {
    "day": ("YYYY-MM-DD", lambda value: parse_day(value) is not None),
    "month": ("YYYY-MM", lambda value: len(value) == 7 and month_index(value) is not None),
    "month_or_present": (
        'YYYY-MM hoặc "nay"',
        lambda value: value == PRESENT or (len(value) == 7 and month_index(value) is not None),
    ),
    "month_or_day": ("YYYY-MM hoặc YYYY-MM-DD", lambda value: month_index(value) is not None),
    "year": ("YYYY", lambda value: parse_year(value) is not None and 1800 <= int(str(value)[:4]) <= 2200),
}


def format_ok(name: str, value: Any) -> bool:
    """Whether *value* is written in the date format *name* ("day", "month" …)."""
    is_valid = _FORMATS[name][1]
    return isinstance(value, str | int) and is_valid(value if isinstance(value, str) else str(value))


class DossierValidator(Validator):
    """Cerberus with the dossier's date formats (`check_with: day` …)."""

    def _check_with_format(self, field: str, value: Any, name: str) -> None:
        if not format_ok(name, value):
            self._error(field, f"format:{_FORMATS[name][0]}")

    def _check_with_day(self, field: str, value: Any) -> None:
        self._check_with_format(field, value, "day")

    def _check_with_month(self, field: str, value: Any) -> None:
        self._check_with_format(field, value, "month")

    def _check_with_month_or_present(self, field: str, value: Any) -> None:
        self._check_with_format(field, value, "month_or_present")

    def _check_with_month_or_day(self, field: str, value: Any) -> None:
        self._check_with_format(field, value, "month_or_day")

    def _check_with_year(self, field: str, value: Any) -> None:
        self._check_with_format(field, value, "year")


@dataclass(frozen=True)
class ShapeError:
    """One shape defect: where, what kind, which rule reports it, and the item's label."""

    path: str
    kind: str  # required, type, format, allowed, excludes, unknown, other
    rule: str
    label: str
    value: Any
    expected: str
    twin: str | None = None  # the path of a field this one `excludes`, so the pair is reported once


_KINDS = {
    errors.REQUIRED_FIELD.code: "required",
    errors.BAD_TYPE.code: "type",
    errors.UNALLOWED_VALUE.code: "allowed",
    errors.EXCLUDES_FIELD.code: "excludes",
    errors.UNKNOWN_FIELD.code: "unknown",
    errors.EMPTY_NOT_ALLOWED.code: "required",
    errors.CUSTOM.code: "format",
}


class ShapeChecker:
    """Validates dossiers against the schema file; one Cerberus validator per thread."""

    def __init__(self, schema_file: Path) -> None:
        document = load_yaml(schema_file)
        self.schema: dict[str, Any] = document["schema"]
        self._local = threading.local()
        DossierValidator(self.schema)  # raises cerberus.SchemaError now, not on the first request
        self.has_no_defect = compile_schema(self.schema, format_ok)  # None: every dossier goes through Cerberus

    def _validator(self) -> DossierValidator:
        if not hasattr(self._local, "validator"):
            self._local.validator = DossierValidator(self.schema, allow_unknown=False)
        return self._local.validator

    def rules_named(self) -> set[str]:
        """Every rule id the schema reports (so that linting can check each exists)."""
        found = {MISSING_RULE_DEFAULT, INVALID_RULE_DEFAULT, UNKNOWN_RULE}
        _collect_rules(self.schema, found)
        return found

    def fields_reported(self, rule_id: str) -> list[str]:
        """The schema paths whose defects are reported under *rule_id* (for the rule listing)."""
        found: list[str] = []
        _collect_paths(self.schema, "", rule_id, found)
        return found

    def check(self, dossier: dict[str, Any]) -> list[ShapeError]:
        """All shape defects of *dossier*, flattened, in document order."""
        if self.has_no_defect is not None and self.has_no_defect(dossier):
            return []  # the common case, decided without building Cerberus' error tree
        validator = self._validator()
        if validator.validate(dossier, normalize=False):
            return []
        described = [self._describe(error) for error in _leaves(validator._errors)]
        return _without_twins(sorted(described, key=lambda error: _schema_order(self.schema, error.path)))

    def _describe(self, error: errors.ValidationError) -> ShapeError:
        path = _path_text(error.document_path)
        kind = _KINDS.get(error.code, "other")
        node, section_meta = _schema_node(self.schema, error.document_path)
        meta = (node or {}).get("meta", {})
        if kind == "required":
            rule = section_meta.get("missing_rule", MISSING_RULE_DEFAULT)
        elif kind == "unknown":
            rule = UNKNOWN_RULE
        else:
            rule = meta.get("rule", INVALID_RULE_DEFAULT)
        expected = _expected(error, kind)
        label = meta.get("label", path)
        excluded = (node or {}).get("excludes")
        twin = f"{path.rsplit('.', 1)[0]}.{excluded}" if isinstance(excluded, str) and "." in path else None
        return ShapeError(path, kind, rule, label, error.value, expected, twin)


def _without_twins(found: list[ShapeError]) -> list[ShapeError]:
    """One error for a pair of mutually exclusive fields (both missing, or both written)."""
    kept: list[ShapeError] = []
    for error in found:
        if error.twin and any(other.path == error.twin and other.kind == error.kind for other in kept):
            continue
        kept.append(error)
    return kept


def _schema_order(schema: dict[str, Any], path: str) -> tuple[int, ...]:
    """Position of a path in the schema's own order (the order of the form's items)."""
    try:
        tokens = parse_path(path)
    except ValueError:  # a key that is no field name ("", "a.b["): after every item of the form
        return (len(schema),)
    order: list[int] = []
    fields: Any = schema
    for token in tokens:
        if isinstance(token, int):
            order.append(token)
            fields = fields.get("schema", {}).get("schema", {}) if isinstance(fields, dict) else {}
            continue
        keys = list(fields) if isinstance(fields, dict) else []
        order.append(keys.index(token) if token in keys else len(keys))
        node = fields.get(token, {}) if isinstance(fields, dict) else {}
        fields = node.get("schema", {}) if node.get("type") == "dict" else node
    return tuple(order)


def _leaves(found: list[errors.ValidationError]) -> list[errors.ValidationError]:
    leaves: list[errors.ValidationError] = []
    for error in found:
        if error.is_group_error:
            leaves.extend(_leaves(error.child_errors or []))
        else:
            leaves.append(error)
    return leaves


def _expected(error: errors.ValidationError, kind: str) -> str:
    if kind == "format" and error.info and str(error.info[0]).startswith("format:"):
        return str(error.info[0]).removeprefix("format:")
    if kind == "allowed":
        return ", ".join(str(value) for value in error.constraint)
    if kind == "type":
        return str(error.constraint)
    return ""


def _path_text(document_path: tuple[Any, ...]) -> str:
    text = ""
    for part in document_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _schema_node(
    schema: dict[str, Any], document_path: tuple[Any, ...]
) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The schema entry of a document path, and the meta of the nearest enclosing section naming a missing rule."""
    node: dict[str, Any] | None = None
    section_meta: dict[str, Any] = {}
    for part in document_path:
        if node is not None and "missing_rule" in node.get("meta", {}):
            section_meta = node["meta"]
        if isinstance(part, int):
            node = node.get("schema") if isinstance(node, dict) else None
        else:
            fields = node.get("schema") if node is not None else schema
            node = fields.get(part) if isinstance(fields, dict) else None
    return node, section_meta


def _collect_rules(schema: Any, found: set[str]) -> None:
    if isinstance(schema, dict):
        meta = schema.get("meta", {})
        if isinstance(meta, dict):
            found.update(value for key, value in meta.items() if key in ("rule", "missing_rule"))
        for value in schema.values():
            _collect_rules(value, found)


def _collect_paths(fields: dict[str, Any], prefix: str, rule_id: str, found: list[str]) -> None:
    for key, node in fields.items():
        if not isinstance(node, dict):
            continue
        path = f"{prefix}.{key}" if prefix else key
        meta = node.get("meta", {})
        if rule_id in (meta.get("rule"), meta.get("missing_rule")):
            found.append(path)
        inner = node.get("schema", {})
        if node.get("type") == "list" and isinstance(inner, dict):
            path, inner = path + "[*]", inner
            if rule_id == inner.get("meta", {}).get("missing_rule"):
                found.append(path)
            inner = inner.get("schema", {})
        if isinstance(inner, dict):
            _collect_paths(inner, path, rule_id, found)
