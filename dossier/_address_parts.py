"""Low-level address helpers: lookup keys, administrative type words and splitting a written address."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from dossier.text import place_key

COMMUNE_TYPES = frozenset({"xã", "phường", "thị trấn", "đặc khu"})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
# Full type words, then abbreviations ("TP.", "Tp", "T.P", "TX", "TT", "Q.", "H.", "P.", "X.", "T.") that must
# be followed by a dot or a space; "P"/"Q" may also be glued to a number of 1-2 digits ("P5", "Q10").
_TYPE = re.compile(
    r"\s*(?:(?P<word>thành\s+phố|thủ\s+đô|thị\s+xã|thị\s+trấn|đặc\s+khu|tỉnh|huyện|quận|phường|xã)"
    r"(?:\s*[.:]\s*|\s+)"
    r"|(?P<abbr>t\.?\s?p|t\.?\s?x|t\.?\s?t|[tqhxp])(?:\s*\.\s*|\s+)"
    r"|(?P<num>[pq])(?=\d{1,2}\s*$))"
    r"(?P<name>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
_ABBREVIATIONS = {
    "tp": "thành phố",
    "tx": "thị xã",
    "tt": "thị trấn",
    "t": "tỉnh",
    "q": "quận",
    "h": "huyện",
    "x": "xã",
    "p": "phường",
}
_SPACES = re.compile(r"\s+")
_PIECE = re.compile(r"[^,;\n]+")
# A dash separates parts when it has a space on one side at least ("Bà Rịa-Vũng Tàu" stays one name).
_DASHES = re.compile(r"\s+[-–—]+\s*|\s*[-–—]+\s+|[–—]+")
# Two or more type words inside one comma part: "xã A huyện B tỉnh C", "P.5 Q.3 TP.HCM".
_INNER_TYPE = re.compile(
    r"(?<!\S)(?=(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|phường|đặc\s+khu|(?<!thị\s)xã)\s"
    r"|(?:t\.?p|t\.?x|t\.?t|[pqhxt])\.)",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\(([^()]*)\)")
_COUNTRY = frozenset({"việt nam", "viet nam", "vn", "vietnam"})


def lookup_key(value: str) -> str:
    """Key of a unit name: `place_key` (case, spacing, tone placement, punctuation) with one apostrophe."""
    return place_key(value.translate(_APOSTROPHES))


class LazyKeys(Sequence[str]):
    """Lookup keys of the part names, each worked out on first use (hamlet parts seldom need one)."""

    def __init__(self, names: list[str]) -> None:
        self._names = names
        self._keys: list[str | None] = [None] * len(names)

    def __len__(self) -> int:
        return len(self._names)

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        key = self._keys[index]
        if key is None:
            key = self._keys[index] = lookup_key(self._names[index])
        return key


def split_type(text: str) -> tuple[str | None, str]:
    """("xã", "Long Hậu") for "Xã Long Hậu", ("quận", "3") for "Q.3"; (None, text) without a type word."""
    match = _TYPE.match(text)
    if match is None:
        return None, text.strip()
    name = match.group("name").strip().rstrip(".").strip()
    if match.group("word"):
        return _SPACES.sub(" ", match.group("word").casefold()), name
    abbreviation = match.group("abbr") or match.group("num")
    letters = "".join(char for char in abbreviation.casefold() if char.isalpha())
    return _ABBREVIATIONS[letters], name


def strip_brackets(text: str) -> tuple[str, tuple[str, ...]]:
    """The text outside round brackets (each bracket replaced by a space) and the bracketed contents.

    A bracket left open ("xã A (tên cũ: xã B") runs to the end of the text.
    """
    if "(" not in text:
        return text, ()
    inside = [match.group(1).strip() for match in _BRACKETS.finditer(text)]
    outside = _BRACKETS.sub(" ", text)
    if (start := outside.find("(")) >= 0:
        inside.append(outside[start + 1 :].strip(" )"))
        outside = outside[:start]
    return outside.replace(")", " "), tuple(inside)


def is_country_key(key: str) -> bool:
    """True for the key of a trailing "Việt Nam" part or a bare postcode: not administrative parts."""
    return key in _COUNTRY or key.isdigit()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) narrowed to drop surrounding blanks and dashes and leading dots; None if empty."""
    piece = text[start:end]
    right = len(piece.rstrip(" \t-–—"))
    left = len(piece) - len(piece.lstrip(" \t.-–—"))
    return (start + left, start + right) if left < right else None


def _dash_pieces(text: str, start: int, end: int, is_known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Pieces of text[start:end] between dashes, adjacent ones joined back when they name a known unit."""
    pieces: list[tuple[int, int]] = []
    position = start
    for match in _DASHES.finditer(text, start, end):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, end))
    pieces = [piece for piece in pieces if text[slice(*piece)].strip(" \t.-–—")]
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(pieces):
        last = index
        for candidate in range(len(pieces) - 1, index, -1):
            if is_known(text[pieces[index][0] : pieces[candidate][1]]):
                last = candidate
                break
        joined.append((pieces[index][0], pieces[last][1]))
        index = last + 1
    return joined


def split_parts(text: str, is_known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the parts of *text*: split at commas, then dashes, then inner type words.

    Dash pieces are joined back when the joined text names a known unit ("Phường Xuân Hương - Đà Lạt",
    "tỉnh Bà Rịa - Vũng Tàu"): *is_known* receives the joined piece with its type word.
    """
    spans: list[tuple[int, int]] = []
    for match in _PIECE.finditer(text):
        chunk = match.group()
        if "-" in chunk or "–" in chunk or "—" in chunk:
            pieces = _dash_pieces(text, match.start(), match.end(), is_known)
        elif chunk.count(".") < 2 and chunk.strip().count(" ") < 3:
            if (span := _trimmed(text, match.start(), match.end())) is not None:
                spans.append(span)
            continue
        else:
            pieces = [match.span()]
        for piece_start, piece_end in pieces:
            piece = text[piece_start:piece_end]
            cuts = [0]
            if piece.count(".") >= 2 or piece.strip().count(" ") >= 3:
                inner = [found.start() for found in _INNER_TYPE.finditer(piece)]
                if len(inner) >= 2:
                    cuts.extend(cut for cut in inner if cut > 0)
            cuts.append(len(piece))
            for cut_start, cut_end in itertools.pairwise(cuts):
                if (span := _trimmed(text, piece_start + cut_start, piece_start + cut_end)) is not None:
                    spans.append(span)
    return spans
