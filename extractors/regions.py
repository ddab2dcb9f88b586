"""Find item labels in a document's lines, in form order, and cut the text between them into regions."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.blocks import Line

_SEPARATORS = " \t:|.…_-–—;,"
_EXPLANATION = re.compile(r"^\([^)\n]{0,160}\)\s*:\s*")  # "(phẩm chất chính trị, …): value" after a label


@dataclass
class Region:
    """The lines holding one item's value (table rows whole, partial paragraphs sliced)."""

    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The region's text with the label's trailing separators and leaders stripped."""
        text = "\n".join(line.text for line in self.lines).lstrip(_SEPARATORS + "\n")
        return _EXPLANATION.sub("", text).rstrip(" \t\n|:;,…_")


@lru_cache(maxsize=1024)
def anchor_pattern(labels: tuple[str, ...], number: str | None) -> re.Pattern[str]:
    """A label as written on the form: optional item number ("1)", "(1)", "01."), the words, an optional colon.

    A number written "!2" must be there (for labels whose words also occur in a document's title)."""
    words = "|".join(r"\s*".join(re.escape(part) for part in label.split()) for label in labels)
    required = bool(number) and number.startswith("!")
    number = number.lstrip("!") if number else number
    prefix = rf"(?:\(?0?{re.escape(number)}\s*[).:/-]\s*){'' if required else '?'}" if number else ""
    return re.compile(rf"(?<!\w){prefix}(?:{words})(?!\w)\s*:?", re.IGNORECASE)


@dataclass(frozen=True)
class Anchor:
    """Where one item's label was found in the flat text."""

    key: str
    start: int
    end: int


class FlatText:
    """The document's lines as one string, remembering where each line starts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.starts: list[int] = []
        position = 0
        for line in lines:
            self.starts.append(position)
            position += len(line.text) + 1
        self.text = "\n".join(line.text for line in lines)

    def region(self, start: int, end: int) -> Region:
        """The lines between two offsets; rows entirely inside keep their cells."""
        found = Region()
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        for index in range(first, len(self.lines)):
            line = self.lines[index]
            line_start = self.starts[index]
            if line_start >= end:
                break
            line_end = line_start + len(line.text)
            if line_end < start:
                continue
            if line_start >= start and line_end <= end:
                found.lines.append(line)
            else:
                piece = line.text[max(start - line_start, 0) : max(min(end, line_end) - line_start, 0)]
                if piece.strip(_SEPARATORS):
                    found.lines.append(Line(piece, None, line.page, line.confidence))
        return found


def _numbered_anchors(flat: FlatText, items: list[tuple[str, tuple[str, ...], str | None]]) -> dict[int, Anchor]:
    """Items found with their item number written ("(8) Dân tộc"), in form order: the strong anchors."""
    strong: dict[int, Anchor] = {}
    position = 0
    for index, (key, labels, number) in enumerate(items):
        if number and not number.startswith("!"):
            match = anchor_pattern(labels, f"!{number}").search(flat.text, position)
            if match:
                strong[index] = Anchor(key, match.start(), match.end())
                position = match.end()
    return strong


def find_anchors(
    flat: FlatText, items: list[tuple[str, tuple[str, ...], str | None]], *, any_order: bool = False
) -> list[Anchor]:
    """Each item's label, in form order; items missing from the form are skipped.

    Labels written with their item number are found first; an item whose number was not written
    (or was misread) is then looked for only between its neighbours, so that "Dân tộc" cannot be
    taken from "(11) … Tiếng dân tộc thiểu số" further down. With *any_order* (short letters whose
    writers move lines about), an item not found in order is looked for anywhere its label does not
    overlap another item's; anchors come back in text order."""
    strong = _numbered_anchors(flat, items)
    anchors: list[Anchor] = []
    position = 0
    missing = []
    for index, (key, labels, number) in enumerate(items):
        if index in strong:
            anchors.append(strong[index])
            position = strong[index].end
            continue
        following = next((strong[later].start for later in sorted(strong) if later > index), len(flat.text))
        match = anchor_pattern(labels, number).search(flat.text, position, following)
        if match:
            anchors.append(Anchor(key, match.start(), match.end()))
            position = match.end()
        else:
            missing.append((key, labels, number))
    if any_order:
        for key, labels, number in missing:
            for match in anchor_pattern(labels, number).finditer(flat.text):
                if not any(anchor.start < match.end() and match.start() < anchor.end for anchor in anchors):
                    anchors.append(Anchor(key, match.start(), match.end()))
                    break
        anchors.sort(key=lambda anchor: anchor.start)
    return anchors
