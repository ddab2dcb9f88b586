"""OCR of scans and photos with Tesseract (vie), a worker a page: pages cleaned, tables read cell by cell."""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageOps, UnidentifiedImageError

from extractors.blocks import DocumentText, Line
from extractors.errors import UnreadableFile, corrupt
from extractors.ocr_cells import table_rows, tesseract_data
from extractors.ocr_image import INK, clean_paper, leaders, prepare
from extractors.ocr_tables import Table, find_tables, stretches
from extractors.ocr_words import mend
from extractors.pdf_reader import Segment, open_pdf, page_lines

RENDER_DPI = 300
MAX_RENDER_PIXELS = 12_000_000  # A4 at 300 dpi is 8.7 million
LOW_CONFIDENCE = 60.0
Progress = Callable[[int, int], None]


def tesseract_available() -> bool:
    """True when the tesseract program is installed."""
    return shutil.which("tesseract") is not None


def _missing_tesseract() -> UnreadableFile:
    return UnreadableFile(
        "Tệp là bản quét nhưng máy chủ chưa cài Tesseract OCR (gói tesseract-ocr, tesseract-ocr-vie).",
        "The file is a scan but Tesseract OCR is not installed (tesseract-ocr, tesseract-ocr-vie).",
        status=503,
        code="ocr_unavailable",
    )


def ocr_image(image: Image.Image, page: int, timeout: float, dpi: float = RENDER_DPI) -> list[Line]:
    """The lines Tesseract reads on one page image, regrouped like a text PDF's (paragraphs, table rows).

    The page is evened out and straightened first; ruled tables are found from their lines and read
    cell by cell (rows keep their cells), the rest of the page as running text. *timeout* bounds the page."""
    started = time.monotonic()
    pixels = prepare(image)
    ink = pixels < INK
    tables, ruling = find_tables(pixels)
    clean = clean_paper(pixels)
    dotted = leaders(ink)
    clean[ruling | dotted] = 255
    body = clean.copy()
    for table in tables:
        left, top, right, bottom = table.box
        body[max(top - _MARGIN, 0) : bottom + _MARGIN, max(left - _MARGIN, 0) : right + _MARGIN] = 255
    scale = 72.0 / dpi  # word boxes in points, so the PDF regrouping thresholds apply
    height = pixels.shape[0]
    scores: list[float] = []
    found = tesseract_data([Image.fromarray(body)], 4, timeout)
    segments = _segments(found, (height, scale), _leader_starts(dotted), scores)
    remaining = max(timeout - (time.monotonic() - started), _LAST_SECONDS)  # 0: no limit, to pytesseract
    rows = table_rows(clean, ink, ruling, tables, page, scale, remaining, scores)
    lines = _interleave(segments, tables, rows, page, (height, scale))
    confidence = sum(scores) / len(scores) if scores else 0.0
    for line in lines:
        line.confidence = confidence
        if line.cells is not None:  # mended as a whole, so that a label's cell is the context of its value's
            cells = mend(line.text).split(" | ")
            line.cells = cells if len(cells) == len(line.cells) else [mend(cell) for cell in line.cells]
            line.text = " | ".join(line.cells)
        else:
            line.text = mend(line.text)
    return lines


_MARGIN = 4  # pixels around a table left out of the running text
_LAST_SECONDS = 0.5  # the least time the cells of a page are given, when the running text took it all


Start = tuple[int, int, int]  # a wiped leader: its rows (top, bottom) and its left end (pixels)
_TRAIL = 20  # pixels: a word ending this close to where a leader starts took its first dot ("Kinh." of "Kinh……")


def _leader_starts(dotted: np.ndarray) -> list[Start]:
    """Where each wiped leader starts."""
    found = []
    for top, bottom in stretches(dotted.any(axis=1), 2, 1):
        found.extend((top, bottom, first) for first, _ in stretches(dotted[top : bottom + 1].any(axis=0), _TRAIL, 1))
    return found


def _segments(
    found: dict[str, list[Any]], frame: tuple[int, float], starts: list[Start], scores: list[float]
) -> list[Segment]:
    """Tesseract's words as runs of text with boxes in points (PDF-like, origin bottom left), line by line;
    a leader's first dot, read onto the word before it, is dropped; the confidences are added to *scores*."""
    height, scale = frame
    words: dict[tuple[int, int, int], list[Segment]] = {}
    for index, raw_word in enumerate(found["text"]):
        word = raw_word.strip()
        left, top, width, tall = (found[key][index] for key in ("left", "top", "width", "height"))
        if any(
            lead_top <= top + tall and top <= lead_bottom and abs(first - left - width) <= _TRAIL
            for lead_top, lead_bottom, first in starts
        ):
            word = word.rstrip(".…·")
        if not word:
            continue
        box = Segment(left * scale, (height - top - tall) * scale, (left + width) * scale, (height - top) * scale, word)
        words.setdefault((found["block_num"][index], found["par_num"][index], found["line_num"][index]), []).append(box)
        scores.append(float(found["conf"][index]))
    return [chunk for line_words in words.values() for chunk in _chunks(line_words)]


def _interleave(
    segments: list[Segment], tables: list[Table], rows: list[list[Line]], page: int, frame: tuple[int, float]
) -> list[Line]:
    """The running text cut at each table, paragraphs regrouped, with each table's rows at its place."""
    height, scale = frame
    groups: list[list[Segment]] = [[] for _ in range(len(tables) + 1)]
    for segment in segments:
        middle = height - (segment.top + segment.bottom) / 2 / scale  # pixels from the top
        groups[sum(1 for table in tables if table.box[3] < middle)].append(segment)
    lines: list[Line] = []
    for index, group in enumerate(groups):
        lines.extend(page_lines(group, page, [])[0])
        if index < len(rows):
            lines.extend(rows[index])
    return lines


_CELL_GAP = 1.5  # a gap wider than this many text heights inside one Tesseract line separates table cells


def _chunks(line_words: list[Segment]) -> list[Segment]:
    """One Tesseract line as runs of words; a wide gap (a table's next cell) starts a new run."""
    ordered = sorted(line_words, key=lambda word: word.left)
    height = sorted(word.top - word.bottom for word in ordered)[len(ordered) // 2]
    chunks = [Segment(ordered[0].left, ordered[0].bottom, ordered[0].right, ordered[0].top, ordered[0].text)]
    for word in ordered[1:]:
        last = chunks[-1]
        if word.left - last.right > _CELL_GAP * height:
            chunks.append(Segment(word.left, word.bottom, word.right, word.top, word.text))
        else:
            last.text = f"{last.text} {word.text}"
            last.right, last.top, last.bottom = word.right, max(last.top, word.top), min(last.bottom, word.bottom)
    return chunks


def ocr_pdf_pages(
    content: bytes, pages: list[int], *, timeout: float, workers: int = 2, progress: Progress | None = None
) -> list[Line]:
    """OCR the given 1-based pages of a PDF, pages in parallel, lines in page order."""
    if not tesseract_available():
        raise _missing_tesseract()
    pdf = open_pdf(content)
    try:
        images = []
        for number in pages:
            try:
                page = pdf[number - 1]
                width, height = page.get_size()
                # an oversized page is rendered at a lower resolution rather than as gigabytes of pixels
                dpi = min(RENDER_DPI, 72 * (MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5)
                images.append((number, page.render(scale=dpi / 72, grayscale=True).to_pil(), dpi))
                page.close()
            except pdfium.PdfiumError as error:
                raise corrupt("PDF", str(error)) from error
    finally:
        pdf.close()
    return _ocr_many(images, timeout, workers, progress)


def _ocr_many(
    images: list[tuple[int, Image.Image, float]], timeout: float, workers: int, progress: Progress | None
) -> list[Line]:
    done = 0
    results: dict[int, list[Line]] = {}
    with ThreadPoolExecutor(max_workers=max(workers, 1)) as pool:
        futures = {pool.submit(ocr_image, image, number, timeout, dpi): number for number, image, dpi in images}
        for future, number in futures.items():
            results[number] = future.result()
            done += 1
            if progress:
                progress(done, len(images))
    return [line for number in sorted(results) for line in results[number]]


def read_image(content: bytes, *, timeout: float) -> DocumentText:
    """OCR a photo or scan saved as JPG/PNG/TIFF."""
    if not tesseract_available():
        raise _missing_tesseract()
    try:
        image = Image.open(io.BytesIO(content))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise corrupt("ảnh", type(error).__name__) from error
    image = ImageOps.exif_transpose(image)  # a phone photo taken sideways is stored with its turn in EXIF
    dpi = _image_dpi(image)
    if dpi > _MAX_DPI:  # a large photo: read at the PDF pages' resolution (faster, same text)
        scale = RENDER_DPI / dpi
        image, dpi = image.resize((round(image.width * scale), round(image.height * scale))), RENDER_DPI
    return with_confidence_warnings(DocumentText(lines=ocr_image(image, 1, timeout, dpi), pages=1, ocr=True))


_A4_INCHES = 11.69  # the long side of an A4 sheet
_PLAUSIBLE_DPI = (150.0, 600.0)
_MAX_DPI = 400.0


def _image_dpi(image: Image.Image) -> float:
    """The image's resolution as declared when plausible for a scan, else from its size taken as an A4 sheet
    (phones write 72 dpi, or nothing)."""
    declared = float((image.info.get("dpi") or (0.0,))[0] or 0.0)
    if _PLAUSIBLE_DPI[0] <= declared <= _PLAUSIBLE_DPI[1]:
        return declared
    return max(image.size) / _A4_INCHES


def with_confidence_warnings(text: DocumentText) -> DocumentText:
    """Mark the document as OCR'd and warn about pages read with low confidence."""
    text.ocr = True
    low = sorted({line.page for line in text.lines if line.confidence is not None and line.confidence < LOW_CONFIDENCE})
    if low:
        text.warnings.append(
            f"Nhận dạng chữ (OCR) độ tin cậy thấp ở trang {', '.join(map(str, low))}: cần người "
            f"kiểm tra lại (low OCR confidence on page(s) {', '.join(map(str, low))})."
        )
    return text
