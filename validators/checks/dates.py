"""Checks on dates: age at a date, document age, order of two dates, months between two dates."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import holidays

from dossier.dates import MONTHS_PER_YEAR, add_months, display, full_months, month_index, parse_day
from validators.checks import COUNT, LABEL, PATH, check
from validators.context import Context, Hit

_AGE_PARAMS = {"field": {**PATH, "required": True}, "years": {**COUNT, "required": True}, "at": PATH}
_AGE_VALUES = ("value", "at", "age_years", "age_months")


def _ages(context: Context, params: Mapping[str, Any]) -> Iterator[tuple[str, date, date, int]]:
    at = context.day(params.get("at", "ho_so.ngay_xet"))
    if at is None:
        return
    for path, found in context.values(params["field"]):
        if (born := parse_day(found)) is not None:
            yield path, born, at, full_months(born, at)


def _age_hit(path: str, born: date, at: date, months: int, years: int) -> Hit:
    values = {"value": display(born), "at": display(at), "years": years}
    years_old, months_over = divmod(months, MONTHS_PER_YEAR)
    return Hit(path, {**values, "age_years": years_old, "age_months": months_over})


@check("age_at_least", params=_AGE_PARAMS, paths=("field", "at"), placeholders=_AGE_VALUES)
def age_at_least(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The person born on `field` is at least `years` full years old at `at` (counted in months)."""
    for path, born, at, months in _ages(context, params):
        if months < params["years"] * MONTHS_PER_YEAR:
            yield _age_hit(path, born, at, months, params["years"])


@check("age_at_most", params=_AGE_PARAMS, paths=("field", "at"), placeholders=_AGE_VALUES)
def age_at_most(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The person born on `field` is at most `years` full years (and 0 months) old at `at`."""
    for path, born, at, months in _ages(context, params):
        if months > params["years"] * MONTHS_PER_YEAR:
            yield _age_hit(path, born, at, months, params["years"])


_DATED = {"type": "dict", "schema": {"field": {**PATH, "required": True}, "label": {**LABEL, "required": True}}}


@check(
    "date_not_older_than",
    params={
        "fields": {"type": "list", "schema": _DATED, "required": True},
        "months": {**COUNT, "required": True},
        "at": PATH,
    },
    paths=("fields", "at"),
    placeholders=("label", "value", "at", "valid_until"),
)
def date_not_older_than(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Each dated document is at most `months` months old at `at` (valid through the same day)."""
    at = context.day(params.get("at", "ho_so.ngay_xet"))
    if at is None:
        return
    for entry in params["fields"]:
        for path, found in context.values(entry["field"]):
            if (issued := parse_day(found)) is not None and at > (until := add_months(issued, params["months"])):
                values = {"label": entry["label"], "value": display(issued), "at": display(at)}
                yield Hit(path, {**values, "valid_until": display(until), "months": params["months"]})


def _order_key(value: Any) -> tuple[int, int] | None:
    day = parse_day(value)
    if day is not None:
        return (month_index(day) or 0, day.day)
    month = month_index(value)
    return (month, 0) if month is not None else None


def _out_of_order(earlier: Any, later: Any, allow_equal: bool) -> bool:
    first, second = _order_key(earlier), _order_key(later)
    if first is None or second is None:
        return False
    if first[1] == 0 or second[1] == 0:  # month precision on one side: compare months only
        first, second = (first[0], 0), (second[0], 0)
    return first > second or (first == second and not allow_equal)


@check(
    "date_order",
    params={
        "earlier": {**PATH, "required": True},
        "later": {**PATH, "required": True},
        "each": PATH,
        "allow_equal": {"type": "boolean"},
        "earlier_label": LABEL,
        "later_label": LABEL,
    },
    paths=("earlier", "later", "each"),
    placeholders=("earlier_value", "later_value"),
)
def date_order(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """`earlier` is on or before `later` (for each item of `each`, with paths relative to the item)."""
    allow_equal = params.get("allow_equal", True)
    scopes = [path + "." for path, _ in context.items(params["each"])] if "each" in params else [""]
    for scope in scopes:
        for _, first in context.values(scope + params["earlier"]):
            for later_path, second in context.values(scope + params["later"]):
                if _out_of_order(first, second, allow_equal):
                    values = {"earlier_value": display(first), "later_value": display(second)}
                    labels = {key: params.get(key, "") for key in ("earlier_label", "later_label")}
                    yield Hit(later_path, {**values, **labels})


@check(
    "months_at_least",
    params={
        "each": {**PATH, "required": True},
        "from": {"type": "string", "required": True},
        "to": {"type": "string"},
        "to_default": PATH,
        "months": {**COUNT, "required": True},
        "unless_true": {"type": "string"},
    },
    paths=("each", "to_default"),
    placeholders=("from_value", "to_value", "months_found"),
)
def months_at_least(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """For each item, at least `months` whole months from its `from` to its `to` date (or `to_default`)."""
    for path, item in context.items(params["each"]):
        if item.get(params.get("unless_true", "")) is True:
            continue
        start = month_index(item.get(params["from"]))
        end_value = item.get(params.get("to", "")) or (
            context.value(params["to_default"]) if "to_default" in params else None
        )
        end = month_index(end_value)
        if start is not None and end is not None and end - start < params["months"]:
            values = {"from_value": display(item.get(params["from"])), "to_value": display(end_value)}
            yield Hit(f"{path}.{params['from']}", {**values, "months_found": end - start, "months": params["months"]})


@check(
    "days_at_most",
    params={"from": {**PATH, "required": True}, "to": {**PATH, "required": True}, "days": {**COUNT, "required": True}},
    paths=("from", "to"),
    placeholders=("from_value", "to_value", "days_found"),
)
def days_at_most(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """At most `days` calendar days from the `from` date to the `to` date (both present)."""
    start, end = context.day(params["from"]), context.day(params["to"])
    if start is not None and end is not None and (end - start).days > params["days"]:
        yield Hit(
            params["to"],
            {
                "from_value": display(start),
                "to_value": display(end),
                "days_found": (end - start).days,
                "days": params["days"],
            },
        )


@lru_cache(maxsize=8)
def _public_holidays(country: str) -> holidays.HolidayBase:
    return holidays.country_holidays(country)


def working_days_between(start: date, end: date, country: str) -> int:
    """Working days after *start* up to and including *end*: Monday–Friday, public holidays excluded."""
    closed = _public_holidays(country)
    days = (end - start).days
    return sum(
        1
        for offset in range(1, days + 1)
        if (day := start + timedelta(days=offset)).weekday() < 5 and day not in closed
    )


@check(
    "working_days_at_most",
    params={
        "from": {**PATH, "required": True},
        "to": {**PATH, "required": True},
        "days": {**COUNT, "required": True},
        "country": {"type": "string", "regex": "^[A-Z]{2}$", "required": True},
    },
    paths=("from", "to"),
    placeholders=("from_value", "to_value", "days_found"),
)
def working_days_at_most(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """At most `days` working days (weekends and the country's public holidays excluded) from `from` to `to`."""
    start, end = context.day(params["from"]), context.day(params["to"])
    if start is None or end is None:
        return
    found = working_days_between(start, end, params["country"])
    if found > params["days"]:
        yield Hit(
            params["to"],
            {"from_value": display(start), "to_value": display(end), "days_found": found, "days": params["days"]},
        )
