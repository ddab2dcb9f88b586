"""Checks on single values: required, equals, not_equals, flag, one_of, uppercase, pattern, text_equals."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from dossier import paths
from dossier.dates import display
from dossier.text import is_upper, name_key, place_key
from validators.checks import LABEL, PATH, PATHS, TEXTS, check
from validators.context import Context, Hit

_SHOWN_VALUES = 8  # how many allowed values a message lists
_REQUIRED_ENTRY = {
    "type": "dict",
    "schema": {"field": {**PATH, "required": True}, "label": {**LABEL, "required": True}, "or": PATHS},
}


@check(
    "required",
    params={"fields": {"type": "list", "schema": _REQUIRED_ENTRY, "required": True, "minlength": 1}},
    paths=("fields",),
    placeholders=("label", "field"),
)
def required(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Each listed field (or one of its `or` alternatives) is filled in."""
    for entry in params["fields"]:
        candidates = [entry["field"], *entry.get("or", [])]
        if not any(context.values(candidate) for candidate in candidates):
            yield Hit(entry["field"], {"label": entry["label"], "field": entry["field"]})


@check(
    "equals",
    params={"field": {**PATH, "required": True}, "value": {"required": True}},
    paths=("field",),
    placeholders=("found",),
)
def equals(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The field, where present, equals `value` (text compared by name key)."""
    expected = params["value"]
    for path, found in context.values(params["field"]):
        if _key(found) != _key(expected):
            yield Hit(path, {"found": display(found), "value": display(expected)})


@check(
    "not_equals",
    params={"field": {**PATH, "required": True}, "value": {"required": True}},
    paths=("field",),
    placeholders=("found",),
)
def not_equals(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The field, where present, differs from `value`."""
    for path, found in context.values(params["field"]):
        if _key(found) == _key(params["value"]):
            yield Hit(path, {"found": display(found), "value": display(params["value"])})


@check("flag", params={"field": {**PATH, "required": True}}, paths=("field",), placeholders=("value",))
def flag(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Reports every present value of the field (use with `when:` for special procedures)."""
    for path, found in context.values(params["field"]):
        yield Hit(path, {"value": display(found) if not isinstance(found, dict | list) else ""})


@check(
    "one_of",
    params={
        "field": {**PATH, "required": True},
        "values": {**TEXTS, "required": True},
        "ignore_punctuation": {"type": "boolean"},
    },
    paths=("field",),
    placeholders=("value", "allowed"),
)
def one_of(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The field's value is one of `values` (case, tone placement and, if asked, hyphens aside; accents kept)."""
    key = place_key if params.get("ignore_punctuation") else name_key
    allowed = {key(value): value for value in params["values"]}
    for path, found in context.values(params["field"]):
        if not isinstance(found, str) or key(found) not in allowed:
            close = difflib.get_close_matches(key(str(found)), list(allowed), n=1, cutoff=0.8)
            yield Hit(
                path,
                {"value": display(found), "allowed": ", ".join(params["values"][:_SHOWN_VALUES])},
                suggestion=allowed[close[0]] if close else None,
            )


@check("uppercase", params={"field": {**PATH, "required": True}}, paths=("field",), placeholders=("value",))
def uppercase(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Text written entirely in capitals, diacritics kept (NGUYỄN VĂN HÙNG)."""
    for path, found in context.values(params["field"]):
        if isinstance(found, str) and not is_upper(found):
            yield Hit(path, {"value": found}, suggestion=found.upper())


@check(
    "pattern",
    params={"field": {**PATH, "required": True}, "regex": {"type": "string", "required": True}},
    paths=("field",),
    placeholders=("value",),
)
def pattern(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Text matching the regular expression `regex` in full."""
    compiled = re.compile(params["regex"])
    for path, found in context.values(params["field"]):
        if not isinstance(found, str) or not compiled.fullmatch(found):
            yield Hit(path, {"value": display(found)})


@check(
    "text_equals",
    params={"field": {**PATH, "required": True}, "text": {"type": "string", "required": True}},
    paths=("field",),
    placeholders=("value",),
)
def text_equals(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A fixed formula written word for word (case, spacing and punctuation aside); missing counts as wrong."""
    expected = params["text"]
    found = context.value(params["field"])
    if not paths.is_present(found) or not isinstance(found, str) or place_key(found) != place_key(expected):
        shown = found if isinstance(found, str) else ""
        yield Hit(params["field"], {"value": shown, "text": expected}, suggestion=expected)


def _key(value: Any) -> Any:
    return name_key(value) if isinstance(value, str) else value
