"""Pure parsers from the text of a dossier item to its canonical value (never raise; None when unreadable)."""

from __future__ import annotations

import re

from extractors._dates_vi import PRESENT, parse_day, parse_month, parse_period, parse_year
from extractors._family_vi import parse_relation, parse_relative
from extractors._names_vi import parse_name
from extractors._text_vi import clean_text, fold, repair_digits

__all__ = [
    "PRESENT",
    "clean_text",
    "parse_bool_vi",
    "parse_day",
    "parse_education",
    "parse_month",
    "parse_name",
    "parse_period",
    "parse_relation",
    "parse_relative",
    "parse_sex",
    "parse_year",
]

MALE = "nam"
FEMALE = "nữ"
_SEX_LABEL = re.compile(r"(?:gioi\s+tinh|gioi|phai)\s*:?\s*")
_SEX_FILLER = frozenset({"gioi", "tinh", "phai", "la"})
_WORD = re.compile(r"[^\W\d_]+")


def parse_sex(text: str | None) -> str | None:
    """ "nam" or "nữ" from "Nam", "NỮ", "nữ giới", "Giới tính: nam"; None when both or neither appear.

    A form that prints "Nam/Nữ" and relies on striking one out reads as both, so None.
    """
    cleaned = clean_text(text)
    if cleaned is None or len(cleaned) > 40:
        return None
    folded = fold(cleaned)
    if label := _SEX_LABEL.match(folded):
        cleaned, folded = cleaned[label.end() :], folded[label.end() :]
    found = set()
    for match in _WORD.finditer(folded):
        word, written = match[0], cleaned[match.start() : match.end()].lower()
        if (word == "nam" and written == "nam") or word == "male":
            found.add(MALE)
        elif word == "nu" or word == "female":
            found.add(FEMALE)
        elif word not in _SEX_FILLER:
            return None  # other words: not a sex value ("Nam Định", "năm 1990")
    return found.pop() if len(found) == 1 else None


_TRUE = frozenset({"co", "x", "dung", "phai", "yes", "true", "1", "roi", "da", "la"})
_FALSE = frozenset({"khong", "chua", "no", "false", "0"})
_CHECKED = frozenset("xX✓✔☑☒■")
_UNCHECKED = frozenset("☐□")


def parse_bool_vi(text: str | None) -> bool | None:
    """True for "có", "x", "☑", "đúng", "là đảng viên"; False for "không", "chưa", "☐"; else None."""
    cleaned = clean_text(text)
    if cleaned is None:
        stripped = text.strip() if isinstance(text, str) else ""
        if stripped and stripped in _CHECKED:
            return True
        return False if stripped and stripped in _UNCHECKED else None
    if cleaned[0] in _CHECKED and len(cleaned) == 1:
        return True
    if cleaned[0] in _UNCHECKED:
        return False
    words = _WORD.findall(fold(cleaned)) or [cleaned]
    if words[0] in _FALSE:
        return False
    if words[0] in _TRUE:
        return True
    return None


_EDUCATION_LABEL = re.compile(
    r"(?:giao\s+duc\s+pho\s+thong|trinh\s+do\s+(?:hoc\s+van|van\s+hoa|giao\s+duc\s+pho\s+thong)|hoc\s+van|van\s+hoa)"
    r"\s*:?\s*"
)
_FRACTION = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?!\d)")
_SCHOOL_ABBREVIATIONS = re.compile(r"(?<![^\W\d_])(thpt|thcs|ptth|ptcs|btvh|gdtx|bttx)(?![^\W\d_])", re.IGNORECASE)


def parse_education(text: str | None) -> str | None:
    """General education as written, normalised: "9/12", "12/12 phổ thông", "Tốt nghiệp THPT".

    Label removed, "12 / 12" → "12/12", OCR "l2/12" → "12/12", school abbreviations in capitals.
    """
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    if label := _EDUCATION_LABEL.match(fold(cleaned)):
        cleaned = cleaned[label.end() :]
    cleaned = _FRACTION.sub(r"\1/\2", repair_digits(cleaned))
    cleaned = _SCHOOL_ABBREVIATIONS.sub(lambda match: match[0].upper(), cleaned)
    return clean_text(cleaned)
