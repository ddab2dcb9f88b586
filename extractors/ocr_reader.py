"""OCR of scanned pages and images with Tesseract (Vietnamese model), one worker per page, bounded in time."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pypdfium2 as pdfium
import pytesseract
from PIL import Image, UnidentifiedImageError

from extractors.blocks import DocumentText, Line
from extractors.errors import UnreadableFile, corrupt
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
    """The lines Tesseract reads on one page image, regrouped like a text PDF's (paragraphs, table rows)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        found = pytesseract.image_to_data(
            image.convert("L"), lang="vie", config="--psm 4", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except RuntimeError as error:  # pytesseract raises RuntimeError on its timeout
        raise UnreadableFile(
            "Nhận dạng chữ (OCR) một trang quá thời gian cho phép.",
            "OCR of a page took longer than allowed.",
            status=422,
            code="ocr_timeout",
        ) from error
    scale = 72.0 / dpi  # word boxes in points, so the PDF regrouping thresholds apply
    words: dict[tuple[int, int, int], list[Segment]] = {}
    scores = []
    for index, raw_word in enumerate(found["text"]):
        word = raw_word.strip()
        if not word:
            continue
        left, top = found["left"][index] * scale, (image.height - found["top"][index]) * scale
        box = Segment(
            left, top - found["height"][index] * scale, left + found["width"][index] * scale, top, word.strip()
        )
        words.setdefault((found["block_num"][index], found["par_num"][index], found["line_num"][index]), []).append(box)
        scores.append(float(found["conf"][index]))
    segments = [chunk for line_words in words.values() for chunk in _chunks(line_words)]
    lines, _ = page_lines(segments, page, [])
    confidence = sum(scores) / len(scores) if scores else 0.0
    for line in lines:
        line.confidence = confidence
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
    dpi = float((image.info.get("dpi") or (200,))[0]) or 200.0
    return with_confidence_warnings(DocumentText(lines=ocr_image(image, 1, timeout, dpi), pages=1, ocr=True))


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
