"""Text helpers for the value parsers: cleaning, offset-keeping accent folding, OCR digit repair."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from dossier.text import clean_value

# Soft hyphen, zero-width characters, word joiner, BOM: invisible in a Unicode document.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Dotted leaders of a printed form: "……", "....", ". . .", "___", "_ _", "- - -", "-----", "·····".
_LEADER = re.compile(r"(?:[.·•⋯]\s*){3,}|…+|(?:_\s*){2,}|(?:[-–—]\s*){3,}")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,;:.!?)\]])")
_SPACE_AFTER = re.compile(r"([(\[])\s+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_EDGES = " :;,-–—•*+·|/\\"
_OCR_ZERO = re.compile(r"(?<=\d)[oO]|[oO](?=\d)")
_OCR_ONE = re.compile(r"(?<=\d)[lI|]|[lI|](?=\d)")


def nfc_or_none(text: object) -> str | None:
    """*text* in NFC with invisible and control characters removed, or None when it is not a string."""
    if not isinstance(text, str):
        return None
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub(" ", _INVISIBLE.sub("", text))


_DIRTY = re.compile(
    "[\u00ad\u200b-\u200f\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\t\n\r]|…|\\s{2,}"
    r"|(?:[.·•⋯]\s*){3,}|\.{2,}|(?:_\s*){2,}|(?:[-–—]\s*){3,}|\s[,;:.!?)\]]|[(\[]\s|\(\)|\[\]"
)


def _already_clean(text: str) -> bool:
    """True when clean_text would give *text* back unchanged (most values), so the work can be skipped."""
    return (
        bool(text)
        and text[0] not in _EDGES
        and text[-1] not in _EDGES
        and not text[0].isspace()
        and not text[-1].isspace()
        and _DIRTY.search(text) is None
        and unicodedata.is_normalized("NFC", text)
        and any(char.isalnum() for char in text)
    )


def clean_text(text: object) -> str | None:
    """NFC, leaders and stray label colons removed, inner white space collapsed; None when empty."""
    if isinstance(text, str) and _already_clean(text):
        return text
    return full_clean(text)


def full_clean(text: object) -> str | None:
    """clean_text without its shortcut for values that are already clean."""
    text = nfc_or_none(text)
    if text is None:
        return None
    text = clean_value(_LEADER.sub(" ", text))
    text = _EMPTY_BRACKETS.sub(" ", _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text)))
    text = _SPACES.sub(" ", text).strip(_EDGES)
    if not any(char.isalnum() for char in text):
        return None
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold(text: str) -> str:
    """Lowercase, accents and đ folded away, one character for one (so offsets stay valid).

    Only for finding keywords ("tháng", "năm", "quê quán") through OCR noise; values keep accents.
    """
    return "".join(map(_fold_char, text))


def repair_digits(text: str) -> str:
    """OCR's letters for digits, O → 0 and l I | → 1, where they touch a real digit ("O5" → "05")."""
    return _OCR_ONE.sub("1", _OCR_ZERO.sub("0", text))


def strip_trailing(text: str | None, chars: str = " .;,:") -> str | None:
    """*text* without trailing *chars*, None when nothing is left."""
    if text is None:
        return None
    text = text.rstrip(chars)
    return text or None
