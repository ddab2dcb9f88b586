"""Detect and convert the legacy Vietnamese encodings of old Word files: TCVN3 (ABC) and VNI."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from extractors._legacy_tables import TCVN3_TO_UNICODE, UNICODE_TO_VNI
from extractors._syllables import has_plain_case, is_vietnamese_token, token_weight

Encoding = Literal["tcvn3", "vni"]
TCVN3: Encoding = "tcvn3"
VNI: Encoding = "vni"
ENCODINGS: tuple[Encoding, ...] = (TCVN3, VNI)

# --- conversion tables, built once from the data in _legacy_tables --------------------------------
_TCVN3_DECODE = str.maketrans(TCVN3_TO_UNICODE)
_TCVN3_ENCODE = {unicode: code for code, unicode in TCVN3_TO_UNICODE.items()}
_VNI_ENCODE = str.maketrans(UNICODE_TO_VNI)


def _vni_decode_table() -> dict[str, str]:
    table = {code: letter for letter, code in UNICODE_TO_VNI.items()}
    # A capital base with a small mark comes from Word's "Capitalize Each Word": the same capital.
    for code, letter in list(table.items()):
        if len(code) == 2 and code.isupper():
            table.setdefault(code[0] + code[1].lower(), letter)
    return table


_VNI_DECODE = _vni_decode_table()
_VNI_PATTERN = re.compile("|".join(re.escape(code) for code in sorted(_VNI_DECODE, key=len, reverse=True)))

# Word stores the characters of a font it treats as a symbol font at U+F000 + code.
_SYMBOL_AREA = re.compile("[\uf020-\uf0ff]")
# A PDF text layer of a .VnTime document puts out U+2212 for 0xAD (ư) and U+2219 for 0xB7 (ã).
_PDF_GLYPHS = re.compile(r"(?<=[^\W\d_])[\u2212\u2219]|[\u2212\u2219](?=[^\W\d_])")
_PDF_GLYPH_CODES = {"\u2212": "\xad", "\u2219": "\xb7"}


def _prepare(text: str, encoding: str) -> str:
    text = _SYMBOL_AREA.sub(lambda match: chr(ord(match[0]) - 0xF000), text)
    if encoding == TCVN3:
        text = _PDF_GLYPHS.sub(lambda match: _PDF_GLYPH_CODES[match[0]], text)
    return text


def _check(encoding: str) -> None:
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}: expected one of {ENCODINGS}")


def to_unicode(text: str, encoding: str, *, uppercase_font: bool = False) -> str:
    """*text* written in a TCVN3 or VNI font, as Unicode NFC.

    *uppercase_font* is for the TCVN3 capitals fonts (".VnTimeH", ".VnArialH" …), which draw every
    code, lowercase ones included, as a capital. Characters outside the table pass through.
    Raises ValueError for an encoding other than "tcvn3" or "vni".
    """
    _check(encoding)
    text = _prepare(text, encoding)
    if encoding == TCVN3:
        converted = text.translate(_TCVN3_DECODE)
    else:
        converted = _VNI_PATTERN.sub(lambda match: _VNI_DECODE[match[0]], text)
    if uppercase_font:
        converted = "".join(char.upper() if len(char.upper()) == 1 else char for char in converted)
    return unicodedata.normalize("NFC", converted)


def from_unicode(text: str, encoding: str, *, uppercase_font: bool = False) -> str:
    """The inverse of `to_unicode` (for tests and fixtures): Unicode text as a legacy font stores it.

    TCVN3 has no code for a capital toned letter: with *uppercase_font* the text is written with
    lowercase codes, as for ".VnTimeH"; without it such a capital is written with its lowercase
    code (its case is lost). Characters without a code pass through.
    """
    _check(encoding)
    text = unicodedata.normalize("NFC", text)
    if encoding == VNI:
        return text.translate(_VNI_ENCODE)
    if uppercase_font:
        text = text.lower()
    out = []
    for char in text:
        code = _TCVN3_ENCODE.get(char)
        if code is None and char != char.lower():
            code = _TCVN3_ENCODE.get(char.lower())
        out.append(code if code is not None else char)
    return "".join(out)


# --- detection ------------------------------------------------------------------------------------
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_STYLE_SUFFIX = re.compile(r"[,-](?:bold|italic|bolditalic|regular|oblique|boldoblique)$", re.IGNORECASE)
# ABC font families whose name lost its leading dot on the way (a PDF, a copy): "VnTime", "VnArialH".
_TCVN3_FAMILIES = re.compile(
    r"^VN(?:TIME|ARIAL|AVANT|BOOK|CENTURY|CLARENDON|COMMERCIAL|COOPER|COURIER|FREE|HELVET|LINUS|MONOTYPE"
    r"|PRESENT|REVUE|SHELLEY|SOUTHERN|STAMP|TEKNICAL|UNIVERSE|BLACK|BODONI|SYMBOL|3)"
)
_VNI_FAMILY = re.compile(r"^VNI(?:$|[-_ ])")


def _font_base(name: str) -> str:
    name = _SUBSET_TAG.sub("", name.strip())
    name = name.replace("#2E", ".").replace("#20", " ")  # PDF name escapes
    return _STYLE_SUFFIX.sub("", name).strip()


def encoding_for_font(name: str) -> Encoding | None:
    """The legacy encoding a font name implies (".VnTime" → "tcvn3", "VNI-Times" → "vni"), else None."""
    if not isinstance(name, str):
        return None
    upper = _font_base(name).upper()
    if upper.startswith(".VN") or _TCVN3_FAMILIES.match(upper):
        return TCVN3
    if _VNI_FAMILY.match(upper):
        return VNI
    return None


def is_uppercase_font(name: str) -> bool:
    """True for a TCVN3 capitals font (".VnTimeH", ".VnArialH", "ABCDEF+.VnTimeH,Bold" …)."""
    return encoding_for_font(name) == TCVN3 and _font_base(name).endswith(("H", "h"))


# Letters only Unicode Vietnamese has (legacy text, made of Latin-1 characters, never holds them).
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_EDGE_PUNCTUATION = string.punctuation + "“”‘’„…–—"  # not « » ·: they are TCVN3 letters (ô ằ ã)
_MIN_SHARE_VALID = 0.8  # of the non-ASCII words, the share that must read as Vietnamese once converted
_MIN_GAIN = 0.25  # … and how much better than as written (so real Vietnamese is never "converted")


def _words(text: str) -> list[str]:
    """The words of *text* holding a non-ASCII character (where legacy codes can show)."""
    words = []
    for raw in text.split():
        word = raw.strip(_EDGE_PUNCTUATION)
        if word and any(ord(char) > 127 for char in word):
            words.append(word)
    return words


@lru_cache(maxsize=256)
def _detect_by_content(text: str) -> Encoding | None:
    words = _words(unicodedata.normalize("NFC", text))
    if not words:
        return None
    if 4 * sum(1 for word in words if _UNICODE_VIETNAMESE.search(word)) > len(words):
        return None  # Unicode Vietnamese already
    # Unicode text does not mix case inside a word ("nghÒ"); converted TCVN3 may ("NG¦êI" → "NGƯời").
    as_written = sum(1 for word in words if is_vietnamese_token(word) and has_plain_case(word))
    scores: dict[Encoding, float] = {}
    for encoding in ENCODINGS:
        converted = [to_unicode(word, encoding) for word in words]
        if converted == words:
            continue
        valid = sum(1 for word in converted if is_vietnamese_token(word))
        if valid >= _MIN_SHARE_VALID * len(words) and valid - as_written >= max(1.0, _MIN_GAIN * len(words)):
            # Ranking: rare syllables and mixed case count half.
            scores[encoding] = sum(token_weight(word) * (1 if has_plain_case(word) else 0.5) for word in converted)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # both read as Vietnamese equally well: do not guess
    return ranked[0][0]


def detect_legacy(text: str, font_names: Iterable[str] = ()) -> Encoding | None:
    """ "tcvn3" or "vni" when *text* is written in a legacy encoding, else None.

    A legacy font among *font_names* decides (the first one found). Otherwise the text itself is
    tested: its non-ASCII words are converted with each table, and an encoding is chosen only
    when most of them then read as Vietnamese syllables while far fewer did as written. Unicode
    Vietnamese, English and other Latin-script text stay undetected. Never raises.
    """
    try:
        for name in font_names or ():
            if encoding := encoding_for_font(name):
                return encoding
    except TypeError:
        pass
    if not isinstance(text, str) or not text:
        return None
    return _detect_by_content(text[:20000])


def convert_legacy(text: str, font_names: Iterable[str] = ()) -> str:
    """*text* as Unicode NFC: converted when `detect_legacy` finds an encoding, else only normalised."""
    if not isinstance(text, str):
        return ""
    fonts = [name for name in font_names or () if isinstance(name, str)]
    encoding = detect_legacy(text, fonts)
    if encoding is None:
        return unicodedata.normalize("NFC", text)
    uppercase = bool(fonts) and all(is_uppercase_font(name) for name in fonts if encoding_for_font(name))
    return to_unicode(text, encoding, uppercase_font=uppercase)
