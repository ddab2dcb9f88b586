"""Benchmark: extraction time against its floors, measured in the same run on this machine.

Run: .venv/bin/python bench/extraction_speed.py. For the sample lý lịch of samples/documents/ho-so-sach:
- text PDF: our whole extraction (read + recognise + parse) vs bare pypdfium2 text extraction
  (`get_text_range` of every page) and pdfplumber's `extract_text` of the same file;
- DOCX: our whole extraction vs loading the file with python-docx;
- scan: OCR + extraction time per page.
Medians of repeated runs; ratios printed against the issue's limits (5× pdfium, 2× python-docx, 2 s a page).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from extractors import Limits  # noqa: E402
from extractors.reading import read_one  # noqa: E402

SAMPLE = ROOT / "samples" / "documents" / "ho-so-sach"


def median_seconds(function: Callable[[], object], rounds: int) -> float:
    """Median wall time of *rounds* calls (after one warm-up call)."""
    function()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_pdfium(content: bytes) -> str:
    """The floor: plain text of every page with pypdfium2."""
    pdf = pdfium.PdfDocument(content)
    text = "".join(pdf[index].get_textpage().get_text_range() for index in range(len(pdf)))
    pdf.close()
    return text


def plumber(content: bytes) -> str:
    """pdfplumber's plain text of every page (for comparison)."""
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        return "".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    """Print the table."""
    limits = Limits()
    pdf_bytes = (SAMPLE / "ly-lich.pdf").read_bytes()
    docx_bytes = (SAMPLE / "ly-lich.docx").read_bytes()
    scan_bytes = (SAMPLE / "ly-lich.scan.pdf").read_bytes()
    pages = len(pdfium.PdfDocument(scan_bytes))
    ours_pdf = median_seconds(lambda: read_one("ly-lich.pdf", pdf_bytes, limits), 30)
    floor_pdf = median_seconds(lambda: bare_pdfium(pdf_bytes), 30)
    plumber_pdf = median_seconds(lambda: plumber(pdf_bytes), 5)
    ours_docx = median_seconds(lambda: read_one("ly-lich.docx", docx_bytes, limits), 30)
    floor_docx = median_seconds(lambda: docx.Document(io.BytesIO(docx_bytes)), 30)
    scan = median_seconds(lambda: read_one("ly-lich.scan.pdf", scan_bytes, limits), 2)
    rows = [
        ("text PDF: ours", ours_pdf, f"{ours_pdf / floor_pdf:.1f}× pdfium (limit 5×)"),
        ("text PDF: bare pypdfium2", floor_pdf, "floor"),
        ("text PDF: pdfplumber extract_text", plumber_pdf, f"{plumber_pdf / floor_pdf:.0f}× pdfium"),
        ("DOCX: ours", ours_docx, f"{ours_docx / floor_docx:.2f}× python-docx (limit 2×, < 100 ms)"),
        ("DOCX: python-docx load", floor_docx, "floor"),
        (f"scan: OCR, {pages} pages (2 workers)", scan, f"{scan / pages:.2f} s a page (limit 2 s)"),
    ]
    print(f"{'what':38} {'median ms':>10}  ratio")
    for name, seconds, note in rows:
        print(f"{name:38} {seconds * 1000:10.1f}  {note}")


if __name__ == "__main__":
    main()
