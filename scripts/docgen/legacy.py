"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC with .VnTime, VNI-Windows with VNI-Times) and DOCX re-encoding."""

# Text in such files is stored as the Latin-1 characters of the font's byte codes ("Trần" is "TrÇn" in .VnTime);
# capitals that TCVN3 lacks are written with the lower-case codes in the ".VnTimeH" font, which draws capitals.

from __future__ import annotations

import copy
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

from docgen.wordml import rezip
from docx.oxml.ns import qn
from lxml import etree

# TCVN3 codes, vowel by vowel, tones in the order: none, huyền, sắc, hỏi, ngã, nặng.
_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_TCVN3_CODES = [
    "aµ¸¶·¹", "¨»¾¼½Æ", "©ÇÊÈÉË", "eÌÐÎÏÑ", "ªÒÕÓÔÖ", "i×ÝØÜÞ",
    "oßãáâä", "«åèæçé", "¬êíëìî", "uïóñòô", "\xadõøö÷ù", "yúýûüþ",
]
TCVN3: dict[str, str] = {"đ": "®", "Ă": "¡", "Â": "¢", "Đ": "§", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦"}
for _vowel, _codes in zip(_VOWELS, _TCVN3_CODES, strict=True):
    for _tone, _code in zip(_TONES, _codes, strict=True):
        TCVN3[unicodedata.normalize("NFC", _vowel + _tone)] = _code
TCVN3_FONT, TCVN3_CAPS_FONT = ".VnTime", ".VnTimeH"

# VNI-Windows: a base letter followed by a mark letter; tones sắc, huyền, hỏi, ngã, nặng.
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}  # â ê ô
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}  # ă
_VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
VNI_FONT = "VNI-Times"


def _vni_lower(letter: str) -> str | None:
    """VNI code of one lower-case Vietnamese letter, or None when it is not one."""
    if letter == "đ":
        return "ñ"
    decomposed = unicodedata.normalize("NFD", letter)
    base, marks = decomposed[0], decomposed[1:]
    tone = next((mark for mark in marks if mark in _VNI_TONE), "")
    shape = "".join(mark for mark in marks if mark not in _VNI_TONE)
    if base not in "aeiouy" or not marks:
        return None
    if shape == "\u0302":
        return base + _VNI_HAT[tone]
    if shape == "\u0306":
        return base + _VNI_BREVE[tone]
    if shape == "\u031b":
        return ("ô" if base == "o" else "ö") + _VNI_TONE.get(tone, "")
    if base == "i":
        return _VNI_I[tone]
    if base == "y" and tone == "\u0323":
        return "î"
    return base + _VNI_TONE[tone]


def to_vni(text: str) -> str:
    """*text* in VNI-Windows codes (as Latin-1 characters)."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        code = _vni_lower(char.lower())
        out.append(char if code is None else (code.upper() if char.isupper() else code))
    return "".join(out)


_VNI_REVERSE: dict[str, str] = {}
for _letter in {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES} | {"đ"}:
    for _variant in (_letter, _letter.upper()):
        _code = to_vni(_variant)
        if _code != _variant:
            _VNI_REVERSE[_code] = _variant
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI_REVERSE), key=len, reverse=True)))


def from_vni(text: str) -> str:
    """Unicode text from VNI-Windows codes (longest match first)."""
    return _VNI_PATTERN.sub(lambda match: _VNI_REVERSE[match.group(0)], text)


def _needs_caps_font(char: str) -> bool:
    return char.isupper() and char not in TCVN3 and char.lower() in TCVN3


def to_tcvn3(text: str) -> list[tuple[str, str]]:
    """*text* as (font, TCVN3 codes) pieces: ".VnTime", or ".VnTimeH" for capitals TCVN3 cannot encode
    (a whole capitalised word goes to .VnTimeH in lower-case codes, as typists did)."""
    pieces: list[tuple[str, str]] = []
    for token in re.findall(r"\w+|\W+", unicodedata.normalize("NFC", text)):
        if token.isupper() and any(_needs_caps_font(char) for char in token):
            pieces.append((TCVN3_CAPS_FONT, "".join(TCVN3.get(char, char) for char in token.lower())))
            continue
        for char in token:
            if _needs_caps_font(char):
                pieces.append((TCVN3_CAPS_FONT, TCVN3[char.lower()]))
            else:
                pieces.append((TCVN3_FONT, TCVN3.get(char, char)))
    merged: list[tuple[str, str]] = []
    for font, chunk in pieces:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + chunk)
        else:
            merged.append((font, chunk))
    return merged


_TCVN3_REVERSE = {code: char for char, code in TCVN3.items()}


def from_tcvn3(text: str, font: str = TCVN3_FONT) -> str:
    """Unicode text from TCVN3 codes; text in the capitals font .VnTimeH comes back in capitals."""
    decoded = "".join(_TCVN3_REVERSE.get(char, char) for char in text)
    return decoded.upper() if font.endswith("H") else decoded


def _set_font(run: etree._Element, font: str) -> None:
    properties = run.find(qn("w:rPr"))
    if properties is None:
        properties = etree.Element(qn("w:rPr"))
        run.insert(0, properties)
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = etree.Element(qn("w:rFonts"))
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), font)


def _reencode_part(xml: bytes, encode: Callable[[str], list[tuple[str, str]]]) -> bytes:
    root = etree.fromstring(xml)
    for run in list(root.iter(qn("w:r"))):
        if run.find(qn("w:t")) is None:
            continue
        parent, position = run.getparent(), run.getparent().index(run)
        parent.remove(run)
        properties = run.find(qn("w:rPr"))
        for child in [child for child in run if child.tag != qn("w:rPr")]:
            pieces = encode(child.text or "") if child.tag == qn("w:t") else [("", "")]
            for font, chunk in pieces:
                piece = etree.Element(qn("w:r"))
                if properties is not None:
                    piece.append(copy.deepcopy(properties))
                element = copy.deepcopy(child)
                if child.tag == qn("w:t"):
                    element.text = chunk
                    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                piece.append(element)
                _set_font(piece, font or encode("a")[0][0])
                parent.insert(position, piece)
                position += 1
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def reencode_docx(source: Path, target: Path, encoding: str) -> None:
    """Copy the DOCX *source* to *target* with every text run in *encoding* ("tcvn3" or "vni") and its font."""
    encode: Callable[[str], list[tuple[str, str]]] = (
        to_tcvn3 if encoding == "tcvn3" else (lambda text: [(VNI_FONT, to_vni(text))])
    )
    font = TCVN3_FONT if encoding == "tcvn3" else VNI_FONT
    archive = zipfile.ZipFile(source)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in archive.infolist():
            data = archive.read(info.filename)
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", info.filename):
                data = _reencode_part(data, encode)
            elif info.filename in ("word/styles.xml", "word/fontTable.xml"):
                data = data.replace(b"Times New Roman", font.encode())
            out.writestr(info.filename, data)
    rezip(buffer.getvalue(), target)
