"""Checks on lists of periods (tu/den by month, "nay" for the present): gaps, overlaps, order, bounds, length."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from dossier.dates import PRESENT, display, full_months, month_index, month_text, parse_day
from validators.checks import COUNT, PATH, check
from validators.context import Context, Hit

_PERIOD_PARAMS = {"field": {**PATH, "required": True}, "from": {"type": "string"}, "to": {"type": "string"}}


@dataclass(frozen=True)
class Period:
    """One readable period of a list: its path, written values and month indexes (end of "nay" = now)."""

    path: str
    start: int
    end: int
    written_from: Any
    written_to: Any


def periods(context: Context, params: Mapping[str, Any]) -> list[Period]:
    """The list's periods whose both ends can be read, in written order (computed once per dossier)."""
    key = ("periods", params["field"], params.get("from", "tu"), params.get("to", "den"))
    if key not in context.cache:
        now = month_index(context.ngay_xet)
        found = []
        for path, item in context.items(params["field"]):
            start_value, end_value = item.get(params.get("from", "tu")), item.get(params.get("to", "den"))
            start = month_index(start_value)
            end = now if end_value == PRESENT else month_index(end_value)
            if start is not None and end is not None:
                found.append(Period(path, start, end, start_value, end_value))
        context.cache[key] = found
    return context.cache[key]


def _in_time_order(context: Context, params: Mapping[str, Any]) -> list[Period]:
    return sorted(
        (period for period in periods(context, params) if period.start <= period.end),
        key=lambda period: (period.start, period.end),
    )


@check(
    "period_gaps",
    params={**_PERIOD_PARAMS, "allowed_gap_months": COUNT},
    paths=("field",),
    placeholders=("gap_from", "gap_to", "gap_months"),
)
def period_gaps(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Consecutive periods leave no month uncovered (the next starts the month after the last ends)."""
    ordered = _in_time_order(context, params)
    covered_to = ordered[0].end if ordered else 0
    for period in ordered[1:]:
        gap = period.start - covered_to - 1
        if gap > params.get("allowed_gap_months", 0):
            yield Hit(
                period.path,
                {"gap_from": month_text(covered_to + 1), "gap_to": month_text(period.start - 1), "gap_months": gap},
            )
        covered_to = max(covered_to, period.end)


@check(
    "period_overlaps",
    params={**_PERIOD_PARAMS, "allowed_overlap_months": COUNT},
    paths=("field",),
    placeholders=("overlap_from", "overlap_to", "overlap_months", "other"),
)
def period_overlaps(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """No month is covered by two periods."""
    ordered = _in_time_order(context, params)
    for earlier, period in pairwise(ordered):
        last_shared = min(earlier.end, period.end)
        overlap = last_shared - period.start + 1
        if overlap > params.get("allowed_overlap_months", 0):
            yield Hit(
                period.path,
                {
                    "overlap_from": month_text(period.start),
                    "overlap_to": month_text(last_shared),
                    "overlap_months": overlap,
                    "other": earlier.path,
                },
            )


@check("period_order", params=_PERIOD_PARAMS, paths=("field",), placeholders=("from_value", "to_value"))
def period_order(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Each period ends on or after the month it starts."""
    for period in periods(context, params):
        if period.end < period.start:
            yield Hit(period.path, {"from_value": display(period.written_from), "to_value": display(period.written_to)})


@check("periods_reach_present", params=_PERIOD_PARAMS, paths=("field",), placeholders=("last_to",))
def periods_reach_present(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The latest period runs to the present ("nay", or a month not before the consideration date)."""
    found = periods(context, params)
    if not found or any(period.written_to == PRESENT for period in found):
        return
    latest = max(found, key=lambda period: period.end)
    if latest.end < month_index(context.ngay_xet):
        yield Hit(latest.path, {"last_to": display(latest.written_to)})


@check(
    "periods_within",
    params={**_PERIOD_PARAMS, "born": {**PATH, "required": True}},
    paths=("field", "born"),
    placeholders=("from_value", "to_value", "born_value", "at"),
)
def periods_within(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """No period starts before the person's birth month or ends after the consideration date."""
    born_value = context.value(params["born"])
    born = month_index(born_value)
    now = month_index(context.ngay_xet)
    for period in periods(context, params):
        if (born is not None and period.start < born) or period.end > now:
            values = {"from_value": display(period.written_from), "to_value": display(period.written_to)}
            yield Hit(period.path, {**values, "born_value": display(born_value), "at": display(context.ngay_xet)})


def _length_in_months(context: Context, start: Any, end: Any) -> int | None:
    first = parse_day(start)
    last = context.ngay_xet if end == PRESENT else parse_day(end)
    if first is not None and last is not None:
        return full_months(first, last)
    first_month, last_month = month_index(start), month_index(context.ngay_xet if end == PRESENT else end)
    return None if first_month is None or last_month is None else last_month - first_month


@check(
    "period_length",
    params={**_PERIOD_PARAMS, "shorter_than": COUNT, "at_least": COUNT},
    paths=("field",),
    placeholders=("from_value", "to_value", "length_months"),
)
def period_length(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Reports periods shorter than `shorter_than` months, or at least `at_least` months long."""
    for path, item in context.items(params["field"]):
        start, end = item.get(params.get("from", "tu")), item.get(params.get("to", "den"))
        length = _length_in_months(context, start, end)
        if length is None:
            continue
        if ("shorter_than" in params and length < params["shorter_than"]) or (
            "at_least" in params and length >= params["at_least"]
        ):
            yield Hit(path, {"from_value": display(start), "to_value": display(end), "length_months": length})
