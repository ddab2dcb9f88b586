"""Tesseract runs: the words of a page, and a page's table cells read one by one in a single run."""

from __future__ import annotations

import os
import tempfile
from typing import Any

import numpy as np
import pytesseract
from PIL import Image

from extractors.blocks import Line
from extractors.errors import UnreadableFile
from extractors.ocr_tables import Box, Table

_EMPTY = 20  # a cell with fewer ink pixels than this (dust, a rule's frayed edge) is empty
_PAD = 20  # white pixels put around a cell cut out for OCR


def tesseract_data(pages: list[Image.Image], psm: int, timeout: float) -> dict[str, list[Any]]:
    """Tesseract's words with their boxes, lines, confidences and page numbers, for images read in one run.

    They go to Tesseract as one uncompressed TIFF (quicker to write than the PNG pytesseract would make)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    handle, path = tempfile.mkstemp(suffix=".tif")
    os.close(handle)
    try:
        pages[0].save(path, save_all=True, append_images=pages[1:])
        return pytesseract.image_to_data(
            path, lang="vie", config=f"--psm {psm}", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except RuntimeError as error:  # pytesseract raises RuntimeError on its timeout
        raise UnreadableFile(
            "Nhận dạng chữ (OCR) một trang quá thời gian cho phép.",
            "OCR of a page took longer than allowed.",
            status=422,
            code="ocr_timeout",
        ) from error
    finally:
        os.unlink(path)


def _cut(clean: np.ndarray, box: Box) -> Image.Image:
    left, top, right, bottom = box
    piece = Image.fromarray(clean[top:bottom, left:right])
    padded = Image.new("L", (piece.width + 2 * _PAD, piece.height + 2 * _PAD), 255)
    padded.paste(piece, (_PAD, _PAD))
    return padded


def read_cells(clean: np.ndarray, boxes: list[Box], timeout: float, scores: list[float]) -> list[str]:
    """The text of each box of *clean* (white paper, rules removed), all read in one Tesseract run.

    Each cell becomes one page of a TIFF read as a uniform block of text, so that text in
    neighbouring cells can never be taken for one line. Word confidences are added to *scores*."""
    texts = [""] * len(boxes)
    if not boxes:
        return texts
    found = tesseract_data([_cut(clean, box) for box in boxes], 6, timeout)
    words: dict[int, list[str]] = {}
    for index, raw_word in enumerate(found["text"]):
        word = raw_word.strip()
        if word:
            words.setdefault(found["page_num"][index] - 1, []).append(word)
            scores.append(float(found["conf"][index]))
    for page, cell_words in words.items():
        if 0 <= page < len(texts):
            texts[page] = " ".join(cell_words)
    return texts


def table_rows(
    clean: np.ndarray,
    ink: np.ndarray,
    ruling: np.ndarray,
    tables: list[Table],
    page: int,
    scale: float,
    timeout: float,
    scores: list[float],
) -> list[list[Line]]:
    """Each table's rows as lines with cells (spans in points), all the tables' cells read in one run."""
    marks = ink & ~ruling
    boxes = [
        cell.box
        for table in tables
        for cell in table.cells
        if cell.box[2] > cell.box[0]
        and cell.box[3] > cell.box[1]
        and int(marks[cell.box[1] : cell.box[3], cell.box[0] : cell.box[2]].sum()) >= _EMPTY
    ]
    texts = dict(zip(boxes, read_cells(clean, boxes, timeout, scores), strict=True))
    found = []
    for table in tables:
        lines = []
        for row in table.rows():
            cells = [texts.get(cell.box, "") for cell in row]
            spans = [(cell.box[0] * scale, cell.box[2] * scale) for cell in row]
            lines.append(Line.row(cells, page, spans))
        found.append(lines)
    return found
