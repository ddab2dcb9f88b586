"""Vietnamese text normalisation: NFC values and comparison keys that keep every diacritic."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONE_CLASS = f"[{TONE_MARKS}]"
# Open syllables "oa", "oe", "uy" carry the tone on either vowel ("hòa" / "hoà", "thủy" / "thuỷ").
# The comparison key moves it to the second vowel; "qu" + y keeps its tone on y already.
_OLD_STYLE_TONE = re.compile(
    rf"(?<![qQ])([oO])({_TONE_CLASS})([aAeE])(?![\w\u0300-\u036f])"
    rf"|(?<![qQ])([uU])({_TONE_CLASS})([yY])(?![\w\u0300-\u036f])"
)
_SPACES = re.compile(r"\s+")
_LEADERS = re.compile(r"(?:…|\.{2,}|_{2,}|-{3,})+")


def nfc(value: str) -> str:
    """Return *value* in Unicode NFC with surrounding white space removed."""
    return unicodedata.normalize("NFC", value).strip()


def clean_value(value: str) -> str:
    """NFC, dotted leaders removed, inner white space collapsed: how a value is stored."""
    text = _LEADERS.sub(" ", unicodedata.normalize("NFC", value))
    return _SPACES.sub(" ", text).strip(" \t\r\n:;,")


def _move_tone(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1) + match.group(3) + match.group(2)
    return match.group(4) + match.group(6) + match.group(5)


def fold_tone_placement(value: str) -> str:
    """Put the tone of "oa", "oe", "uy" on the second vowel, so "Hòa" and "Hoà" compare equal."""
    decomposed = unicodedata.normalize("NFD", value)
    return unicodedata.normalize("NFC", _OLD_STYLE_TONE.sub(_move_tone, decomposed))


@lru_cache(maxsize=65536)
def name_key(value: str) -> str:
    """Key for comparing names: case-, spacing- and tone-placement-insensitive, never accent-insensitive."""
    folded = fold_tone_placement(unicodedata.normalize("NFC", value))
    return _SPACES.sub(" ", folded.casefold()).strip()


_PUNCTUATION = re.compile(r"[\s,;.\-–—/]+")


@lru_cache(maxsize=65536)
def place_key(value: str) -> str:
    """Key for comparing written places: like `name_key`, and punctuation-insensitive."""
    return _PUNCTUATION.sub(" ", name_key(value)).strip()


def is_upper(value: str) -> bool:
    """True when every letter of *value* is a capital (diacritics included)."""
    letters = [char for char in value if char.isalpha()]
    return bool(letters) and all(char == char.upper() for char in letters)
