"""The closed list of item parsers a document type may name: region text → canonical values."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dossier.text import name_key
from extractors import values
from extractors.regions import Region

Parsed = dict[str, Any]
Parser = Callable[[Region, dict[str, Any]], Parsed]
PARSERS: dict[str, Parser] = {}
_NONE_WORDS = {"không", "không có", "chưa", "chưa có", "không có gì", "-"}
_PLACE_DATE = re.compile(
    r"([^\n,;:|*]{2,60}?)\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE
)

_WRITTEN_DAY = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE
)


def parser(name: str) -> Callable[[Parser], Parser]:
    """Register a parser under the name document types use."""

    def register(function: Parser) -> Parser:
        PARSERS[name] = function
        return function

    return register


def _single(item: dict[str, Any], value: Any) -> Parsed:
    return {item["key"]: value} if value not in (None, "", []) else {}


@parser("text")
def parse_text(region: Region, item: dict[str, Any]) -> Parsed:
    """Free text, leaders and label colons removed, lines joined."""
    return _single(item, values.clean_text(" ".join(region.text.split("\n"))))


@parser("paragraph")
def parse_paragraph(region: Region, item: dict[str, Any]) -> Parsed:
    """Free text of several lines (kept as lines)."""
    lines = [values.clean_text(line) for line in region.text.split("\n")]
    return _single(item, "\n".join(line for line in lines if line) or None)


@parser("name")
def parse_name(region: Region, item: dict[str, Any]) -> Parsed:
    """A person's name, case as written."""
    first = values.clean_text(next((line.text for line in region.lines if values.clean_text(line.text)), "")) or ""
    name = values.parse_name(first) or ""
    words = name.split()
    leading = next((index for index, word in enumerate(words) if not word[:1].isupper()), len(words))
    # "Trần Thị Minh Thư phấn đấu vào Đảng": the name is the run of capitalised words
    return _single(item, " ".join(words[:leading]) if leading >= 2 else name or None)


@parser("day")
def parse_day(region: Region, item: dict[str, Any]) -> Parsed:
    """A date ("ngày 05 tháng 3 năm 1990", "05/03/1990" …) → YYYY-MM-DD."""
    text = region.text
    day = values.parse_day(text) or values.parse_day(f"ngày {text}")
    if day is None and (written := _WRITTEN_DAY.search(text)):
        day = values.clean_text(written[0])  # "31/02/2020": kept as written, so the report says it is no real day
    return _single(item, day)


@parser("month")
def parse_month(region: Region, item: dict[str, Any]) -> Parsed:
    """A month ("tháng 9/2021") → YYYY-MM."""
    return _single(item, values.parse_month(region.text))


@parser("sex")
def parse_sex(region: Region, item: dict[str, Any]) -> Parsed:
    """ "nam" or "nữ"."""
    return _single(item, values.parse_sex(region.text))


@parser("education")
def parse_education(region: Region, item: dict[str, Any]) -> Parsed:
    """General education as written ("12/12 phổ thông")."""
    return _single(item, values.parse_education(values.clean_text(region.text) or ""))


@parser("count")
def parse_count(region: Region, item: dict[str, Any]) -> Parsed:
    """The first whole number of the region."""
    match = re.search(r"\d+", region.text)
    return _single(item, int(match[0]) if match else None)


@parser("number_text")
def parse_number_text(region: Region, item: dict[str, Any]) -> Parsed:
    """A document number such as "215-CN/TTCT" (the first word)."""
    match = re.match(r"\s*([\w./-]+)", region.text)
    return _single(item, match[1].strip(".-") if match else None)


@parser("date_place")
def parse_date_place(region: Region, item: dict[str, Any]) -> Parsed:
    """ "ngày 26 tháng 3 năm 2013, tại Chi đoàn …" → the date under `key`, the place under `also`."""
    text = values.clean_text(" ".join(region.text.split("\n"))) or ""
    found: Parsed = _single(item, values.parse_day(text))
    place = re.split(r"\b(?:tại|ở|nơi kết nạp|nơi)\s*:?\s*", text, maxsplit=1, flags=re.IGNORECASE)
    if len(place) == 2 and item.get("also"):
        found[item["also"]] = values.clean_text(place[1])
    return {key: value for key, value in found.items() if value}


@parser("addressees")
def parse_addressees(region: Region, item: dict[str, Any]) -> Parsed:
    """ "Kính gửi: - Chi ủy … - Đảng ủy …" → the chi ủy under `key`, the đảng ủy under `also`."""
    found: Parsed = {}
    for piece in re.split(r"[\n;]|(?:^|\s)-\s", region.text):
        text = values.clean_text(piece)
        if not text:
            continue
        key = item["key"] if name_key(text).startswith((name_key("chi ủy"), name_key("chi bộ"))) else item.get("also")
        if key and key not in found:
            found[key] = text
    return found


def place_and_date(text: str) -> tuple[str | None, str | None]:
    """The first "<place>, ngày D tháng M năm Y" of a document."""
    match = _PLACE_DATE.search(text)
    if not match:
        return None, None
    day = values.parse_day(f"ngày {match[2]} tháng {match[3]} năm {match[4]}")
    words = match[1].split("\n")[-1].split("|")[-1].split()
    while len(words) > 1 and words[0].isupper() and len(words[0]) > 1:  # "ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội"
        words.pop(0)
    return values.clean_text(" ".join(words)), day


def is_none(text: str | None) -> bool:
    """True for "không", "chưa có" and the like (an item deliberately left without content)."""
    return text is None or name_key(text).strip(" .") in _NONE_WORDS


_LOWER_WORDS = {"ủy", "bộ", "cơ", "sở", "phường", "xã", "đặc", "khu", "tỉnh", "thành", "phố", "huyện", "quận", "thị",
                "trấn", "ban", "thường", "vụ", "chi", "trường", "công", "an", "quân", "sự", "của", "và"}


@parser("organisation")
def parse_organisation(region: Region, item: dict[str, Any]) -> Parsed:
    """An issuing body printed in capitals ("ĐẢNG ỦY PHƯỜNG BA ĐÌNH") as usually written ("Đảng ủy phường Ba Đình")."""
    words = (values.clean_text(region.text) or "").split()
    if not words:
        return {}
    written = [words[0].capitalize()] + [word.lower() if word.lower() in _LOWER_WORDS else word.capitalize()
                                         for word in words[1:]]
    return _single(item, " ".join(written))
