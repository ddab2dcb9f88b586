"""Whether a word is a well-formed Vietnamese syllable: the evidence legacy-encoding detection weighs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_INITIAL = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
# Vowel groups that end the syllable ("hai", "người", "khuya") …
_OPEN_ONLY = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu"
# … that may end it or take a final consonant ("hoa" / "hoan") …
_OPEN_OR_CLOSED = "a e ê i o ô ơ u ư y oa oe uê uy"
# … and that need a final consonant ("tiến", "tuyết", "xoong").
_CLOSED_ONLY = "ă â iê yê oă uâ uô ươ uyê oo"
_FINAL = r"(?:ch|ng|nh|c|m|n|p|t)"


def _alternation(groups: str) -> str:
    return "|".join(sorted(groups.split(), key=len, reverse=True))


_SYLLABLE = re.compile(
    rf"{_INITIAL}(?:(?P<open>{_alternation(_OPEN_ONLY)})"
    rf"|(?P<either>{_alternation(_OPEN_OR_CLOSED)}){_FINAL}?"
    rf"|(?P<closed>{_alternation(_CLOSED_ONLY)}){_FINAL})"
)
# Well-formed but rare vowel groups ("xoong", "thuở", "ngoéo", "khuỷu"): weaker evidence.
_RARE = frozenset({"oo", "uơ", "oao", "oeo", "uyu"})
_SHAPED = frozenset("ăâêôơư")
_STOP_FINALS = frozenset({"c", "ch", "p", "t"})
_STOP_TONES = frozenset("\u0301\u0323")
_EITHER_STYLE = frozenset({"oa", "oe", "uy"})  # "hòa" and "hoà" are both written
_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8192)
def syllable_weight(word: str) -> float:
    """1 when *word* (letters only, any case) is a Vietnamese syllable with at most one tone,
    0.5 when it is one with a rare vowel group, 0 when it is not one."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for char in decomposed if char in TONE_MARKS)
    if tones > 1:
        return 0.0
    bare = unicodedata.normalize("NFC", "".join(char for char in decomposed if char not in TONE_MARKS))
    match = _SYLLABLE.fullmatch(bare)
    if match is None:
        return 0.0
    group = next(name for name in ("open", "either", "closed") if match[name] is not None)
    nucleus, start = match[group], match.start(group)
    if bare[match.end(group) :] in _STOP_FINALS and not _STOP_TONES & set(decomposed):
        return 0.0  # a syllable closed by c, ch, p or t takes the acute or the dot below ("học", never "hoc")
    if tones and not _tone_in_place(
        unicodedata.normalize("NFC", word.lower()), nucleus, start, match.end(group) < len(bare)
    ):
        return 0.0
    return 0.5 if nucleus in _RARE else 1.0


def _tone_in_place(word: str, nucleus: str, start: int, closed: bool) -> bool:
    """Whether the tone sits where Vietnamese spelling puts it (both styles for "oa", "oe", "uy")."""
    toned = next(index for index, char in enumerate(word) if TONE_MARKS & set(unicodedata.normalize("NFD", char)))
    shaped = [index for index, char in enumerate(nucleus) if char in _SHAPED]
    if shaped:
        allowed = {shaped[-1]}
    elif len(nucleus) == 1:
        allowed = {0}
    elif nucleus in _EITHER_STYLE and not closed:
        allowed = {0, 1}
    elif len(nucleus) == 3:
        allowed = {1}
    else:
        allowed = {1} if closed else {0}
    return toned - start in allowed


def is_syllable(word: str) -> bool:
    """True when *word* (letters only, any case) is a Vietnamese syllable with at most one tone."""
    return syllable_weight(word) > 0


def token_weight(token: str) -> float:
    """The weakest `syllable_weight` of the runs of letters in *token* (0 when it has none)."""
    runs = _LETTER_RUN.findall(token)
    return min((syllable_weight(run) for run in runs), default=0.0)


def is_vietnamese_token(token: str) -> bool:
    """True when every run of letters in *token* is a Vietnamese syllable (and there is one)."""
    return token_weight(token) > 0


def has_plain_case(token: str) -> bool:
    """True when each run of letters is lowercase, Capitalised or CAPITALS (not "nghÒ")."""
    return all(
        run == run.lower() or run == run.upper() or (run[0].isupper() and run[1:] == run[1:].lower())
        for run in _LETTER_RUN.findall(token)
    )
