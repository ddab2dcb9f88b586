"""Canonical date values: ISO days "YYYY-MM-DD", months "YYYY-MM", years "YYYY" and the open end "nay"."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from dateutil.relativedelta import relativedelta

PRESENT = "nay"
MONTHS_PER_YEAR = 12
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_day(value: object) -> date | None:
    """The date of an ISO "YYYY-MM-DD" string, or None when it is not a real calendar day."""
    if not isinstance(value, str) or not (match := _DAY.match(value)):
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def month_index(value: object) -> int | None:
    """Months since year 0 for "YYYY-MM" or "YYYY-MM-DD" (so months subtract), else None."""
    if isinstance(value, date):
        return value.year * 12 + value.month - 1
    if not isinstance(value, str):
        return None
    if day := parse_day(value):
        return day.year * 12 + day.month - 1
    match = _MONTH.match(value)
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    return int(match[1]) * 12 + int(match[2]) - 1


def parse_year(value: object) -> int | None:
    """The year of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" value (or an int year), else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and (_YEAR.match(value) or _MONTH.match(value) or _DAY.match(value)):
        return int(value[:4])
    return None


def month_text(index: int) -> str:
    """ "MM/YYYY" for a month index, as a Vietnamese reader writes it."""
    return f"{index % 12 + 1:02d}/{index // 12}"


def full_months(start: date, end: date) -> int:
    """Whole months from *start* to *end* (negative when end is earlier), as age is counted."""
    delta = relativedelta(end, start)
    return delta.years * 12 + delta.months


def add_months(day: date, months: int) -> date:
    """*day* plus *months* calendar months (the 31st clamps to the month's last day)."""
    return day + relativedelta(months=months)


def display(value: object) -> str:
    """A dossier value as a person reads it: days "DD/MM/YYYY", months "MM/YYYY", "nay" → "nay"."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str):
        if day := parse_day(value):
            return day.strftime("%d/%m/%Y")
        if _MONTH.match(value) and (index := month_index(value)) is not None:
            return month_text(index)
        return unicodedata.normalize("NFC", value)
    if value is None:
        return ""
    return str(value)
