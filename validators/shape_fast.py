"""A fast yes/no "no shape defect at all" check compiled from the Cerberus schema, giving Cerberus' own verdict.

Most dossiers sent for checking have no shape defect; for them the full Cerberus run (which builds an error tree)
is skipped. A dossier with any defect still goes through Cerberus, which describes each one. Only the rules the
schema uses are compiled (type, empty, required, check_with, schema, min, allowed, excludes, meta); a schema using
any other rule compiles to None and every dossier goes through Cerberus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sized
from typing import Any

from cerberus import Validator

Check = Callable[[Any], bool]
KNOWN_RULES = frozenset({"type", "empty", "meta", "required", "check_with", "schema", "min", "allowed", "excludes"})


class Unsupported(Exception):
    """The schema uses a rule this compiler does not reproduce."""


def compile_schema(schema: Mapping[str, Any], format_ok: Callable[[str, Any], bool]) -> Check | None:
    """A function telling whether a document has no defect under *schema* (unknown keys refused), or None."""
    try:
        return _MappingCheck(schema, format_ok)
    except Unsupported:
        return None


def _types(names: Any) -> Callable[[Any], bool] | None:
    if names is None:
        return None
    definitions = [Validator.types_mapping[name] for name in ([names] if isinstance(names, str) else names)]
    pairs = [(tuple(item.included_types), tuple(item.excluded_types)) for item in definitions]
    return lambda value: any(isinstance(value, inc) and not isinstance(value, exc) for inc, exc in pairs)


def _field(rules: Mapping[str, Any], format_ok: Callable[[str, Any], bool]) -> Check:
    if not isinstance(rules, Mapping) or set(rules) - KNOWN_RULES:
        raise Unsupported(rules)
    type_ok = _types(rules.get("type"))
    has_empty, empty = "empty" in rules, rules.get("empty", True)
    allowed, check_with, minimum = rules.get("allowed"), rules.get("check_with"), rules.get("min")
    if check_with is not None and not isinstance(check_with, str):
        raise Unsupported(check_with)
    nested, declared = rules.get("schema"), rules.get("type")
    nested_check: Check | None = None
    if nested is not None and declared == "list":  # Cerberus reads `schema` of a sequence as each item's rules
        item = _field(nested, format_ok)
        nested_check = lambda value: all(item(entry) for entry in value)  # noqa: E731
    elif nested is not None and declared == "dict":
        nested_check = _MappingCheck(nested, format_ok)
    elif nested is not None:
        raise Unsupported(rules)

    def check(value: Any) -> bool:
        if value is None:  # nullable is False throughout
            return False
        if type_ok is not None and not type_ok(value):
            return False
        is_empty = has_empty and isinstance(value, Sized) and len(value) == 0
        if is_empty and not empty:
            return False
        if not is_empty:  # Cerberus drops `allowed` and `check_with` for an empty value when `empty` is declared
            if allowed is not None:
                if isinstance(value, Iterable) and not isinstance(value, str):
                    if any(entry not in allowed for entry in value):
                        return False
                elif value not in allowed:
                    return False
            if check_with is not None and not format_ok(check_with, value):
                return False
        if minimum is not None:
            try:
                if value < minimum:
                    return False
            except TypeError:
                pass
        return nested_check is None or nested_check(value)

    return check


class _MappingCheck:
    """The check of a mapping: every key known and valid, required keys present, exclusions respected."""

    def __init__(self, schema: Mapping[str, Any], format_ok: Callable[[str, Any], bool]) -> None:
        if not isinstance(schema, Mapping):
            raise Unsupported(schema)
        self.fields = {key: _field(rules, format_ok) for key, rules in schema.items()}
        self.required = frozenset(key for key, rules in schema.items() if rules.get("required") is True)
        self.excludes = {
            key: [rules["excludes"]] if isinstance(rules["excludes"], str) else list(rules["excludes"])
            for key, rules in schema.items() if "excludes" in rules
        }

    def __call__(self, document: Any) -> bool:
        fields = self.fields
        for key, value in document.items():
            check = fields.get(key)
            if check is None or not check(value):
                return False
        unrequired: set[str] = set()
        for key, excluded in self.excludes.items():
            if key not in document:
                continue
            if any(other in document for other in excluded):
                return False
            if key in self.required:
                unrequired.add(key)
                unrequired.update(other for other in excluded if other in fields)
        if not (self.required - unrequired).issubset(document):
            return False
        return not unrequired or not unrequired.isdisjoint(key for key, value in document.items() if value is not None)

