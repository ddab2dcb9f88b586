"""Dates as Vietnamese dossiers write them, to canonical "YYYY-MM-DD", "YYYY-MM", "YYYY" and "nay"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from extractors._text_vi import clean_text, fold, nfc_or_none, repair_digits

PRESENT = "nay"
MIN_YEAR = 1800
MAX_YEAR = 2100
_MAX_CHARS = 2000  # a date item is one line: longer input is cut before scanning

_GAP = r"[\W_]{0,40}"  # spaces, dots, leaders, colons between the words of a written date
_Y = r"(?P<y>\d{4}|\d{2})(?!\d)"
_NO_NUMBER_BEFORE = r"(?<!\d)(?<!\d[/.\-])"
_DAY_ISO = r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"
_DAY_NUMERIC = _NO_NUMBER_BEFORE + r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*" + _Y
_DAY_WORDS = (
    rf"(?:(?<![a-z])(?:ngay|mung|mong){_GAP})?(?<!\d)(?P<d>\d{{1,2}})(?!\d){_GAP}thang{_GAP}"
    rf"(?P<m>\d{{1,2}})(?!\d)(?:{_GAP}nam{_GAP}|\s*[/.\-]\s*){_Y}"
)
_MONTH_WORDS = rf"(?<![a-z])thang{_GAP}(?P<m>\d{{1,2}})(?!\d)(?:{_GAP}nam{_GAP}|\s*[/.\-,]\s*|\s+){_Y}"
_MONTH_T = rf"(?<![a-z\d])t\.?\s*(?P<m>\d{{1,2}})\s*[/.\-]\s*{_Y}"
_MONTH_ISO = r"(?<!\d)(?P<y>\d{4})\s*[/.\-]\s*(?P<m>\d{1,2})(?!\d)(?!\s*[/.\-]\s*\d)"
_MONTH_NUMERIC = _NO_NUMBER_BEFORE + r"(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})(?!\d)"
# "9/91" only where a period makes it a month (alone it could as well be the 9th of November).
_MONTH_SHORT = _NO_NUMBER_BEFORE + r"(?P<m>\d{1,2})[/.\-](?P<y>\d{2})(?!\d)(?![/.\-]\d)"
_YEAR_WORDS = rf"(?<![a-z])nam(?:\s+sinh)?{_GAP}{_Y}"
_YEAR_BARE = r"(?:(?<![a-z])nam\s+)?(?<!\d)(?P<y>\d{4})(?!\d)"
_NAY = r"(?<![a-z])(?:(?:cho\s+)?(?:den|toi)\s+)?(?:hien\s+nay|hien\s+tai|bay\s+gio|nay)(?![a-z])"

_DAYS = ("day", _DAY_ISO), ("day", _DAY_NUMERIC), ("day", _DAY_WORDS)
_MONTHS = ("month", _MONTH_WORDS), ("month", _MONTH_T), ("month", _MONTH_ISO), ("month", _MONTH_NUMERIC)
_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern not in _COMPILED:
        _COMPILED[pattern] = re.compile(pattern)
    return _COMPILED[pattern]


def _ungrouped(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_TOKENS = [pattern for _, pattern in (*_DAYS, *_MONTHS)] + [_MONTH_SHORT, _YEAR_BARE]
_TOKEN = "(?:" + "|".join(_ungrouped(pattern) for pattern in _TOKENS) + ")"
_SEP = r"\s*(?:-{1,2}>?|[–—~→÷]|=>|(?<![a-z])(?:cho\s+)?(?:den|toi)(?![a-z]))\s*"  # "2015 ÷ 2019" too
_PERIOD = re.compile(
    rf"(?P<lead>(?<![a-z])(?:bat\s+dau\s+)?tu\s+)?(?P<a>{_TOKEN})(?P<sep>{_SEP})(?P<b>{_NAY}|{_TOKEN})"
)
_PERIOD_START = re.compile(
    rf"^\s*(?:[-–—+•*·]+\s*)?(?P<lead>(?:bat\s+dau\s+)?tu\s+)?(?P<a>{_TOKEN})(?=\s|[:,;.)\-–—]|$)"
)
_ONLY_NAY = re.compile(rf"[\W_]*{_NAY}[\W_]*")

_STOP = object()  # a complete but impossible date: the text is wrong, look no further


def _prepared(text: object) -> tuple[str, str] | None:
    """(NFC text, the same folded for keyword search with OCR digits repaired), equal lengths."""
    original = nfc_or_none(text)
    if original is None:
        return None
    original = original[:_MAX_CHARS]
    return original, fold(repair_digits(original))


def _full_year(digits: str, today: date | None) -> int | None:
    """A four-digit year in range, or a two-digit one only when unambiguous.

    "90" is 1990 because 2090 has not come yet; "05" could be 1905 or 2005, so it is None.
    """
    if len(digits) == 4:
        year = int(digits)
        return year if MIN_YEAR <= year <= MAX_YEAR else None
    reference = (today or date.today()).year
    short = int(digits)
    return 1900 + short if 2000 + short > reference else None


def _day(match: re.Match[str], today: date | None) -> object:
    year = _full_year(match["y"], today)
    if year is None:
        return None
    try:
        return date(year, int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return _STOP


def _month(match: re.Match[str], today: date | None) -> object:
    year = _full_year(match["y"], today)
    if year is None:
        return None
    month = int(match["m"])
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else _STOP


def _first(
    prepared: str, kinds: Iterable[tuple[str, str]], convert: Callable[[str, re.Match[str]], object]
) -> str | None:
    """The value of the leftmost match of *kinds* that converts (ties: the earlier kind wins)."""
    found = []
    for priority, (kind, pattern) in enumerate(kinds):
        found.extend((match.start(), priority, kind, match) for match in _compiled(pattern).finditer(prepared))
    for _, _, kind, match in sorted(found, key=lambda item: item[:2]):
        value = convert(kind, match)
        if value is _STOP:
            return None
        if isinstance(value, str):
            return value
    return None


def parse_day(text: str | None, *, today: date | None = None) -> str | None:
    """A written date ("ngày 05 tháng 3 năm 1990", "5/3/1990", "05.03.1990") as "YYYY-MM-DD", else None.

    Day first, as Vietnamese writes it. A two-digit year only when unambiguous (see `_full_year`);
    an impossible date (31/02/2020) gives None.
    """
    prepared = _prepared(text)
    if prepared is None:
        return None
    return _first(prepared[1], _DAYS, lambda _kind, match: _day(match, today))


def _to_month(kind: str, match: re.Match[str], today: date | None) -> object:
    if kind == "day":
        value = _day(match, today)
        return value[:7] if isinstance(value, str) else value
    if kind == "year":
        year = _full_year(match["y"], today)
        return f"{year:04d}" if year is not None else None
    return _month(match, today)


def parse_month(text: str | None, *, today: date | None = None) -> str | None:
    """A written month ("tháng 9/1991", "T9/1991", "09-1991", "1991-09", or a full day) as "YYYY-MM".

    "nay", "đến nay", "hiện nay", "đến hiện nay" (alone) give "nay". Otherwise None.
    """
    prepared = _prepared(text)
    if prepared is None:
        return None
    if _ONLY_NAY.fullmatch(prepared[1]):
        return PRESENT
    return _first(prepared[1], (*_DAYS, *_MONTHS), lambda kind, match: _to_month(kind, match, today))


def parse_year(text: str | None, *, today: date | None = None) -> str | None:
    """A year ("sinh năm 1968", "1968", "năm sinh: 1968", or in a day or month) as "YYYY", else None."""
    prepared = _prepared(text)
    if prepared is None:
        return None
    kinds = (*_DAYS, *_MONTHS, ("year", _YEAR_WORDS), ("year", _YEAR_BARE))

    def convert(_kind: str, match: re.Match[str]) -> object:
        year = _full_year(match["y"], today)
        return f"{year:04d}" if year is not None else None

    return _first(prepared[1], kinds, convert)


def _token_value(token: str, today: date | None) -> str | None:
    """A period end as written ("tháng 9/2015", "09/2015", "2015", "nay") → "YYYY-MM", "YYYY" or "nay"."""
    if _ONLY_NAY.fullmatch(token):
        return PRESENT
    kinds = (*_DAYS, *_MONTHS, ("month", _MONTH_SHORT), ("year", _YEAR_BARE))
    return _first(token, kinds, lambda kind, match: _to_month(kind, match, today))


def _rest(original: str, start: int, end: int) -> str:
    before = original[:start].rstrip(" \t([{")
    after = original[end:].lstrip(" \t)]}:,;.-–—")
    return clean_text(f"{before} {after}") or ""


def parse_period(text: str | None, *, today: date | None = None) -> tuple[str | None, str | None, str]:
    """A work-history line → (from, to, the rest of the line with the dates and separators removed).

    "Từ tháng 9/2015 đến tháng 6/2019: Sinh viên …" → ("2015-09", "2019-06", "Sinh viên");
    "Tháng 9-2015 đến nay: …" → ("2015-09", "nay", …). Months are "YYYY-MM" (a day keeps its
    month), a bare year stays "YYYY", the open end is "nay". A line that opens with one date has
    no end (None); a line with no period gives (None, None, the cleaned line).
    """
    prepared = _prepared(text)
    if prepared is None:
        return None, None, ""
    original, folded = prepared
    match = _PERIOD.search(folded)
    if match:
        start = match.start("lead") if match["lead"] else match.start("a")
        return _token_value(match["a"], today), _token_value(match["b"], today), _rest(original, start, match.end())
    match = _PERIOD_START.match(folded)
    if match:
        value = _token_value(match["a"], today)
        if value is not None and value != PRESENT:
            return value, None, _rest(original, 0, match.end())
    return None, None, clean_text(original) or ""
