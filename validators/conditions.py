"""Rule conditions (`when:` / `unless:`) as data: field tests combined with any/all/not.

    when: {field: ho_so.giai_doan, equals: xet_ket_nap}
    unless: {field: "ly_lich.gia_dinh[*].quoc_tich", where: {quan_he: [cha_de, me_de]},
             not_in: [Việt Nam]}

A comparison holds when at least one value the field names satisfies it; an absent field
satisfies only `present: false`. `on_or_after` / `before` compare ISO days. Text compares by
`name_key` (case and tone placement, never accents).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dossier import paths
from dossier.dates import parse_day
from dossier.text import name_key
from validators.context import Context

Condition = Callable[[Context], bool]
OPERATORS = ("equals", "not_equals", "in", "not_in", "present", "on_or_after", "before")
_ITEM_OF = re.compile(r"^(.*\[\d+\])\.[^.\[\]]+$")


class ConditionError(ValueError):
    """A condition that is not written the way this module reads conditions."""


def _key(value: Any) -> Any:
    return name_key(value) if isinstance(value, str) else value


def _member(value: Any, keys: set[Any]) -> bool:
    """Whether *value* is among *keys*; a list or mapping (unhashable) where one value belongs is among none."""
    try:
        return _key(value) in keys
    except TypeError:
        return False


def _keys(values: Any) -> set[Any]:
    if not isinstance(values, list):
        raise ConditionError(f"cần một danh sách / needs a list, found {values!r}")
    return {_key(value) for value in values}


def _compare(operator: str, expected: Any) -> Callable[[Any], bool]:
    if operator in ("on_or_after", "before"):
        boundary = parse_day(str(expected))
        if boundary is None:
            raise ConditionError(f"`{operator}` cần một ngày YYYY-MM-DD / needs a date, found {expected!r}")
        if operator == "on_or_after":
            return lambda value: (day := parse_day(value)) is not None and day >= boundary
        return lambda value: (day := parse_day(value)) is not None and day < boundary
    if operator == "equals":
        return lambda value: _key(value) == _key(expected)
    if operator == "not_equals":
        return lambda value: _key(value) != _key(expected)
    keys = _keys(expected)
    if operator == "in":
        return lambda value: _member(value, keys)
    return lambda value: not _member(value, keys)


def _where_filter(where: Any) -> Callable[[Context, str], bool]:
    if not isinstance(where, dict) or not where:
        raise ConditionError("`where` cần một bảng khóa → danh sách giá trị / needs a mapping of key → values")
    wanted = {key: _keys(values if isinstance(values, list) else [values]) for key, values in where.items()}

    def item_matches(context: Context, path: str) -> bool:
        match = _ITEM_OF.match(path)
        item = context.value(match[1]) if match else paths.MISSING
        return isinstance(item, dict) and all(_member(item.get(key), keys) for key, keys in wanted.items())

    return item_matches


def _field_clause(clause: dict[str, Any]) -> Condition:
    operators = [name for name in OPERATORS if name in clause]
    unknown = set(clause) - {"field", "where", *OPERATORS}
    if len(operators) != 1 or unknown:
        raise ConditionError(
            f"một điều kiện cần `field` và đúng một phép so sánh trong {OPERATORS} / a clause needs `field` and "
            f"exactly one of {OPERATORS}; found keys {sorted(clause)}"
        )
    field = clause["field"]
    try:
        paths.parse_path(field)
    except (ValueError, TypeError) as error:
        raise ConditionError(f"đường dẫn trường không hợp lệ / invalid field path {field!r}") from error
    operator = operators[0]
    where = _where_filter(clause["where"]) if "where" in clause else None

    def present_values(context: Context) -> list[Any]:
        found = context.values(field)
        return [value for path, value in found if where is None or where(context, path)]

    if operator == "present":
        wanted = bool(clause["present"])
        return lambda context: bool(present_values(context)) == wanted
    test = _compare(operator, clause[operator])
    return lambda context: any(test(value) for value in present_values(context))


def compile_condition(clause: Any) -> Condition:
    """Turn a condition written in YAML into a function of the Context; raise ConditionError if malformed."""
    if isinstance(clause, list):
        parts = [compile_condition(item) for item in clause]
        return lambda context: all(part(context) for part in parts)
    if not isinstance(clause, dict):
        raise ConditionError(
            f"điều kiện phải là bảng hoặc danh sách / a condition must be a mapping or list: {clause!r}"
        )
    if "any" in clause or "all" in clause:
        combine = any if "any" in clause else all
        parts = [compile_condition(item) for item in clause.get("any", clause.get("all")) or []]
        return lambda context: combine(part(context) for part in parts)
    if "not" in clause:
        inner = compile_condition(clause["not"])
        return lambda context: not inner(context)
    return _field_clause(clause)
