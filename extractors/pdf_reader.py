"""Text PDF reader on pdfium: text runs with positions regrouped into paragraphs and table rows."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from extractors.blocks import DocumentText, Line
from extractors.errors import corrupt, encrypted

_WRAP_GAP = 6.0  # points: a wrapped line sits closer to the one above than a new row or paragraph
_FULL_LINE = 0.85  # a line reaching this share of the text width continues on the next line
_COLUMN_SLACK = 12.0  # points a wrapped cell line may start away from its column
_STARTS_ITEM = re.compile(r"^(?:[-–+•*]\s|\(?\d{1,2}[).]|[a-zđ]\)\s|(?:Từ\s+)?(?:tháng\s+)?\d{1,2}\s*[/.-]\s*\d{4})")
_RUN_GAP = 0.6  # a gap narrower than this share of the text height joins two runs of one phrase


@dataclass
class Segment:
    """A run of text with its box (PDF points, origin bottom-left)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str


@dataclass
class VisualLine:
    """Segments sharing a baseline, left to right, and the band they span."""

    segments: list[Segment] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0

    def add(self, segment: Segment) -> None:
        """Take *segment* into the line and widen its band."""
        self.top = max(self.top, segment.top) if self.segments else segment.top
        self.bottom = min(self.bottom, segment.bottom) if self.segments else segment.bottom
        self.segments.append(segment)


def open_pdf(content: bytes) -> pdfium.PdfDocument:
    """Open a PDF; UnreadableFile when it is encrypted or broken."""
    try:
        return pdfium.PdfDocument(content)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise encrypted("PDF") from error
        raise corrupt("PDF", str(error)) from error


def page_segments(page: pdfium.PdfPage) -> list[Segment]:
    """The text runs of one page with their boxes.

    Each run's text is cut from the page text by the index of its first character (one cheap call
    a run); a run whose cut looks wrong is read again inside its box."""
    textpage = page.get_textpage()
    try:
        full = textpage.get_text_range()
        rects = [textpage.get_rect(index) for index in range(textpage.count_rects())]
        starts = [_index(textpage, left + 0.5, (bottom + top) / 2) for left, bottom, right, top in rects]
        found = []
        for number, (left, bottom, right, top) in enumerate(rects):
            start = starts[number]
            last_on_line = number + 1 == len(rects) or abs(rects[number + 1][1] - bottom) > 0.5 * (top - bottom)
            if start < 0:
                end = -1
            elif last_on_line:  # the run ends where pdfium put the line break
                following = next((later for later in starts[number + 1 :] if later > start), len(full))
                breaks = [found_at for found_at in (full.find("\r", start), full.find("\n", start)) if found_at >= 0]
                end = min([*breaks, following]) - 1
            else:
                end = _index(textpage, right - 0.5, (bottom + top) / 2)
                if end < 0:  # the box ends on a space, which has no glyph: cut up to the next run
                    following = next((later for later in starts[number + 1 :] if later > start), -1)
                    end = following - 1 if following > start else -1
            piece = full[start : end + 1].rstrip("\r\n") if 0 <= start <= end else ""
            text = piece if piece and "\n" not in piece else textpage.get_text_bounded(left, bottom, right, top)
            text = unicodedata.normalize("NFC", text.replace("\r", " ").replace("\n", " ").replace("\u00a0", " "))
            if text.strip():
                found.append(Segment(left, bottom, right, top, text))
        return found
    finally:
        textpage.close()


def _index(textpage: pdfium.PdfTextPage, x: float, y: float) -> int:
    """The index of the character at a point of the page, or -1."""
    found = textpage.get_index(x, y, 1.0, 1.0)
    return -1 if found is None else found


def visual_lines(segments: list[Segment]) -> list[VisualLine]:
    """Segments grouped by vertical overlap, top to bottom."""
    lines: list[VisualLine] = []
    for segment in sorted(segments, key=lambda item: (-item.top, item.left)):
        for line in reversed(lines[-3:]):
            overlap = min(line.top, segment.top) - max(line.bottom, segment.bottom)
            if overlap > 0.5 * min(line.top - line.bottom, segment.top - segment.bottom):
                line.add(segment)
                break
        else:
            lines.append(VisualLine())
            lines[-1].add(segment)
    for line in lines:
        line.segments = _joined(sorted(line.segments, key=lambda item: item.left))
    return lines


def _joined(segments: list[Segment]) -> list[Segment]:
    """Runs that touch (differently formatted words of one phrase) become one segment; cell gaps stay."""
    joined: list[Segment] = []
    for segment in segments:
        previous = joined[-1] if joined else None
        height = segment.top - segment.bottom
        if previous and segment.left - previous.right < _RUN_GAP * height:
            touching = previous.text.endswith(" ") or segment.text.startswith(" ")
            space = " " if not touching and segment.left - previous.right > 0.15 * height else ""
            previous.text = f"{previous.text}{space}{segment.text}"
            previous.right = max(previous.right, segment.right)
            previous.top, previous.bottom = max(previous.top, segment.top), min(previous.bottom, segment.bottom)
        else:
            joined.append(segment)
    for segment in joined:
        segment.text = " ".join(segment.text.split())
    return joined


Rule = tuple[float, float, float]  # a horizontal line drawn on the page: y, left, right


def page_rules(page: pdfium.PdfPage) -> list[Rule]:
    """Horizontal lines drawn on a page (table borders), which separate table rows."""
    found = []
    for item in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = item.get_bounds()
        if top - bottom < 2.0 and right - left > 10.0:
            found.append(((top + bottom) / 2, left, right))
    return found


def _has_columns(segments: list[Segment]) -> bool:
    """Whether two runs share a baseline (a table may be there, so its borders are worth reading)."""
    baselines = [round(segment.bottom) for segment in segments]
    return len(set(baselines)) < len(baselines)


def _ruled_between(rules: list[Rule], upper: VisualLine, lower: VisualLine) -> bool:
    left = min(segment.left for segment in lower.segments)
    right = max(segment.right for segment in lower.segments)
    return any(lower.top - 1 <= y <= upper.bottom + 1 and start < right and end > left for y, start, end in rules)


def _ruled_above(rules: list[Rule], line: VisualLine) -> bool:
    """A border drawn just above a line: the line opens a ruled table."""
    height = line.top - line.bottom
    left, right = line.segments[0].left, line.segments[-1].right
    return any(line.top - 1 <= y <= line.top + 2 * height and start < right and end > left for y, start, end in rules)


def page_lines(
    segments: list[Segment], page_number: int, columns: list[float], rules: list[Rule] | None = None
) -> tuple[list[Line], list[float]]:
    """Paragraphs (wrapped lines joined) and table rows (cells joined down their columns).

    *columns* are the cell edges of a table still open at the end of the previous page, so that a
    table continuing across pages keeps its columns; the edges open at the end of this page are returned."""
    visual = visual_lines(segments)
    if not visual:
        return [], columns
    text_left = min(line.segments[0].left for line in visual)
    text_right = max(line.segments[-1].right for line in visual)
    width = max(text_right - text_left, 1.0)
    lines: list[Line] = []
    previous: VisualLine | None = None
    ruled = False  # whether the open table has borders drawn (then rows end at borders, not at gaps)
    for line in visual:
        gap = previous.bottom - line.top if previous else 1e9
        close = gap < _WRAP_GAP
        if ruled and columns and previous is not None:
            close = gap < 3 * (line.top - line.bottom) and not _ruled_between(rules or [], previous, line)
        elif columns and abs(line.segments[0].left - columns[0]) <= _COLUMN_SLACK:
            close = False  # unruled: text in the first column starts a new row ("Label:<tab>value" lines too)
        if len(line.segments) > 1 or (columns and close and _fits_columns(line, columns)):
            if columns and close and _fits_columns(line, columns):
                _extend_row(lines[-1], line, columns)
            else:
                if not (columns and _fits_columns(line, columns)):
                    columns = [segment.left for segment in line.segments]  # a new table: its first row sets columns
                    ruled = _ruled_above(rules or [], line)
                lines.append(Line.row([""] * len(columns), page_number, [(1e9, -1e9)] * len(columns)))
                _extend_row(lines[-1], line, columns)
        else:
            text = line.segments[0].text
            continues = (
                previous is not None
                and not _STARTS_ITEM.match(text)
                and close
                and not columns
                and previous.segments[-1].right - text_left >= _FULL_LINE * width
            )
            if continues and lines:
                lines[-1].text = f"{lines[-1].text} {text}"
            else:
                lines.append(Line(text, page=page_number))
            columns = []
        previous = line
    return lines, columns


def _fits_columns(line: VisualLine, columns: list[float]) -> bool:
    return all(any(abs(segment.left - column) <= _COLUMN_SLACK for column in columns) for segment in line.segments)


def _extend_row(row: Line, line: VisualLine, columns: list[float]) -> None:
    cells = row.cells or []
    spans = row.spans or []
    for segment in line.segments:
        index = min(range(len(columns)), key=lambda column: abs(columns[column] - segment.left))
        cells[index] = f"{cells[index]} {segment.text}".strip()
        spans[index] = (min(spans[index][0], segment.left), max(spans[index][1], segment.right))
    row.cells = cells
    row.text = " | ".join(cells)


def read_pdf_text(content: bytes, *, max_pages: int) -> tuple[DocumentText, list[int]]:
    """Lines of every page with a text layer, and the numbers of pages without one (to OCR)."""
    pdf = open_pdf(content)
    try:
        found = DocumentText(pages=len(pdf))
        if len(pdf) > max_pages:
            from extractors.errors import too_large

            raise too_large("Số trang PDF", "Number of PDF pages", f"{max_pages} trang/pages")
        empty: list[int] = []
        columns: list[float] = []
        for number in range(len(pdf)):
            try:
                page = pdf[number]
            except pdfium.PdfiumError as error:
                raise corrupt("PDF", str(error)) from error
            try:
                segments = page_segments(page)
                rules = page_rules(page) if _has_columns(segments) else []
            finally:
                page.close()
            if segments:
                lines, columns = page_lines(segments, number + 1, columns, rules)
                found.lines.extend(lines)
            else:
                empty.append(number + 1)
        return found, empty
    finally:
        pdf.close()
