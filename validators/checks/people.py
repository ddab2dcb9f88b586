"""Checks across people and documents: required relatives, sponsors, equal facts, votes, education."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from fractions import Fraction
from typing import Any

from dossier.dates import display, parse_day
from dossier.text import name_key, place_key
from validators.checks import COUNT, LABEL, PATH, PATHS, TEXTS, check
from validators.context import Context, Hit

_GROUP = {
    "type": "dict",
    "schema": {"any_of": {**TEXTS, "required": True}, "label": {**LABEL, "required": True}, "if_any": TEXTS},
}


@check(
    "list_requires",
    params={
        "field": {**PATH, "required": True},
        "key": {"type": "string"},
        "groups": {"type": "list", "schema": _GROUP, "required": True},
    },
    paths=("field",),
    placeholders=("label",),
)
def list_requires(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The list holds an item (or an item's `key`) in each group's `any_of`, when one of `if_any` is there."""
    listed = context.value(params["field"])
    items = listed if isinstance(listed, list) else []
    key = params.get("key")
    written = {name_key(str(item.get(key, "") if key and isinstance(item, dict) else item)) for item in items}
    for group in params["groups"]:
        if "if_any" in group and not written & {name_key(value) for value in group["if_any"]}:
            continue
        if not written & {name_key(value) for value in group["any_of"]}:
            yield Hit(params["field"], {"label": group["label"]})


@check(
    "sponsor_pattern",
    params={
        "sponsors": {**PATH, "required": True},
        "resolution": {**PATH, "required": True},
        "members_alone": {**COUNT, "required": True},
        "members_with_resolution": {**COUNT, "required": True},
    },
    paths=("sponsors", "resolution"),
    placeholders=("members", "expected", "resolution_text"),
)
def sponsor_pattern(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """`members_alone` sponsoring members, or a union resolution plus `members_with_resolution`."""
    members = len(context.items(params["sponsors"]))
    has_resolution = bool(context.values(params["resolution"]))
    expected = params["members_with_resolution"] if has_resolution else params["members_alone"]
    if members != expected:
        text = "có nghị quyết giới thiệu của đoàn thể" if has_resolution else "không có nghị quyết của đoàn thể"
        yield Hit(params["sponsors"], {"members": members, "expected": expected, "resolution_text": text})


def _place_forms(value: str) -> set[str]:
    """The written place and, for "X (tên cũ: Y)", both X and Y, as comparison keys."""
    forms = {place_key(value)}
    if match := re.match(r"^(.*?)\(\s*(?:tên cũ|trước đây|cũ)\s*:?\s*(.*?)\)\s*$", value, re.IGNORECASE):
        forms |= {place_key(match[1]), place_key(match[2])}
    return forms


_SAME: dict[str, Callable[[Any, Any], bool]] = {
    "name": lambda first, second: name_key(str(first)) == name_key(str(second)),
    "text": lambda first, second: place_key(str(first)) == place_key(str(second)),
    "place": lambda first, second: bool(_place_forms(str(first)) & _place_forms(str(second))),
    "date": lambda first, second: (parse_day(first) or first) == (parse_day(second) or second),
}


@check(
    "same_value",
    params={"fields": {**PATHS, "required": True}, "compare": {"type": "string", "allowed": list(_SAME)}},
    paths=("fields",),
    placeholders=("value", "reference", "reference_field"),
)
def same_value(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Every listed field that is present agrees with the first present one (compared as `compare` says)."""
    same = _SAME[params.get("compare", "text")]
    found = [pair for pattern in params["fields"] for pair in context.values(pattern)]
    if len(found) < 2:
        return
    reference_path, reference = found[0]
    for path, value in found[1:]:
        if not same(reference, value):
            yield Hit(
                path,
                {"value": display(value), "reference": display(reference), "reference_field": reference_path},
                suggestion=reference if isinstance(reference, str) else None,
            )


def _whole_number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


@check(
    "vote_ratio",
    params={
        "votes": {**PATH, "required": True},
        "total": {**PATH, "required": True},
        "excluded": PATH,
        "ratio": {"type": "string", "regex": r"^\d+/\d+$", "required": True},
        "strictly_more": {"type": "boolean"},
    },
    paths=("votes", "total", "excluded"),
    placeholders=("votes_found", "eligible", "needed"),
)
def vote_ratio(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Votes in favour reach `ratio` of those counted (total less excluded); `strictly_more` for "more than"."""
    votes = _whole_number(context.value(params["votes"]))
    total = _whole_number(context.value(params["total"]))
    excluded = _whole_number(context.value(params["excluded"])) if "excluded" in params else 0
    if votes is None or total is None:
        return
    eligible = total - (excluded or 0)
    ratio = Fraction(params["ratio"])
    strict = params.get("strictly_more", False)
    needed = math.floor(ratio * eligible) + 1 if strict else math.ceil(ratio * eligible)
    if eligible <= 0 or votes < needed:
        yield Hit(
            params["votes"], {"votes_found": votes, "eligible": eligible, "needed": needed, "ratio": params["ratio"]}
        )


_GRADE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")


def education_verdict(text: str, params: Mapping[str, Any]) -> str:
    """ "pass", "below" or "unclear" for a written general-education level."""
    if match := _GRADE.search(text):
        minimum = params["min_grade_by_system"].get(int(match[2]))
        if minimum is None:
            return "unclear"
        return "pass" if int(match[1]) >= minimum else "below"
    key = name_key(text)
    if any(name_key(word) in key for word in params["fail_words"]):
        return "below"
    if any(name_key(word) in key for word in params["pass_words"]):
        return "pass"
    return "unclear"


@check(
    "education_level",
    params={
        "field": {**PATH, "required": True},
        "or": PATHS,
        "report": {"type": "string", "allowed": ["below", "unclear"]},
        "min_grade_by_system": {
            "type": "dict",
            "keysrules": {"type": "integer"},
            "valuesrules": COUNT,
            "required": True,
        },
        "pass_words": {**TEXTS, "required": True},
        "fail_words": {**TEXTS, "required": True},
    },
    paths=("field", "or"),
    placeholders=("value",),
)
def education_level(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """General education reaches lower-secondary graduation ("9/12", "12/12", "tốt nghiệp THCS" …)."""
    found = next(
        (pair for pattern in [params["field"], *params.get("or", [])] for pair in context.values(pattern)), None
    )
    if found is None or not isinstance(found[1], str):
        return
    if education_verdict(found[1], params) == params.get("report", "below"):
        yield Hit(found[0], {"value": found[1]})
