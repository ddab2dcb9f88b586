"""The text of a document as every reader returns it: lines in reading order, table rows keeping their cells."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    """One paragraph, or one table row (`cells` set, `text` the cells joined with " | ")."""

    text: str
    cells: list[str] | None = None
    page: int = 1
    confidence: float | None = None  # OCR word confidence (0–100) averaged over the line
    spans: list[tuple[float, float]] | None = None  # each cell's horizontal extent (grid columns or PDF points)

    @classmethod
    def row(cls, cells: list[str], page: int = 1, spans: list[tuple[float, float]] | None = None) -> Line:
        """A table row."""
        return cls(" | ".join(cells), cells, page, None, spans)


@dataclass
class DocumentText:
    """What a reader got out of one file."""

    lines: list[Line] = field(default_factory=list)
    pages: int | None = None
    ocr: bool = False
    fonts: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)

    def plain(self) -> str:
        """All the text, one line per line."""
        return "\n".join(line.text for line in self.lines)
