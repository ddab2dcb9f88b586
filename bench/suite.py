"""Benchmark suite: one table of medians and ratios for validation, extraction, OCR, forms, PDF and HTTP.

Run: .venv/bin/python bench/suite.py [--http-seconds 10] [--quick]. Everything runs in the same process and the
same minutes on this machine, so ratios compare like with like: our text-PDF extraction against pdfplumber's
`extract_text` and bare pypdfium2 on the same file, our DOCX extraction against python-docx loading it, and the
rest against their targets. HTTP rows drive gunicorn (2 workers, loopback) from a threaded client for a bounded
time; their median is the p50 latency and their ratio is throughput against 300 req/s.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx
import pypdfium2 as pdfium

from bench.extraction_speed import SAMPLE, bare_pdfium, median_seconds, plumber
from bench.http_load import gunicorn, multipart, run_load
from bench.load_validate import TARGET_RATE, validate_body
from bench.validate_bench import full_dossier
from extractors import Limits
from extractors.reading import read_one

Row = tuple[str, float, str, float | None, str]  # what, median, unit, ratio, against what


def in_process(rounds: int) -> list[Row]:
    """Validation, extraction, OCR, form filling and DOCX → PDF, in this process."""
    from forms import PdfConverter, PdfUnavailableError, fill_docx
    from tests.test_forms_support import long_lists
    from validators.engine import validate
    from validators.rulebook import load_library

    limits, library = Limits(), load_library(Path(__file__).resolve().parent.parent / "rules")
    dossier, body = full_dossier(), validate_body()
    validate_s = median_seconds(lambda: validate(library, dossier, ngay_xet="2026-11-20"), rounds * 20)
    json_s = median_seconds(lambda: json.dumps(json.loads(body), ensure_ascii=False), rounds * 20)
    pdf_bytes, docx_bytes = (SAMPLE / "ly-lich.pdf").read_bytes(), (SAMPLE / "ly-lich.docx").read_bytes()
    ours_pdf = median_seconds(lambda: read_one("ly-lich.pdf", pdf_bytes, limits), rounds)
    plumber_pdf = median_seconds(lambda: plumber(pdf_bytes), max(rounds // 6, 3))
    pdfium_pdf = median_seconds(lambda: bare_pdfium(pdf_bytes), rounds)
    ours_docx = median_seconds(lambda: read_one("ly-lich.docx", docx_bytes, limits), rounds)
    python_docx = median_seconds(lambda: docx.Document(io.BytesIO(docx_bytes)), rounds)
    rows: list[Row] = [
        ("validate full dossier (JSON, in-process)", validate_s * 1e3, "ms", validate_s / json_s,
         "× json.loads+dumps of the same body"),
        ("extract text PDF (ly-lich.pdf, ours)", ours_pdf * 1e3, "ms", ours_pdf / plumber_pdf,
         "× pdfplumber extract_text, same file"),
        ("  pdfplumber extract_text, same file", plumber_pdf * 1e3, "ms", plumber_pdf / pdfium_pdf,
         "× bare pypdfium2 text"),
        ("  bare pypdfium2 text, same file", pdfium_pdf * 1e3, "ms", ours_pdf / pdfium_pdf,
         "ours × this (limit 5×)"),
        ("extract DOCX (ly-lich.docx, ours)", ours_docx * 1e3, "ms", ours_docx / python_docx,
         "× python-docx load (limit 2×)"),
    ]
    scan = (SAMPLE / "ly-lich.scan.pdf").read_bytes()
    pages = len(pdfium.PdfDocument(scan))
    ocr_page = median_seconds(lambda: read_one("ly-lich.scan.pdf", scan, limits), 1) / pages
    rows.append((f"OCR per page ({pages}-page scan, 2 threads)", ocr_page * 1e3, "ms", ocr_page / 2.0,
                 "× limit 2 s a page"))
    long = long_lists(json.loads((SAMPLE.parent.parent / "ho-so-sach.json").read_text(encoding="utf-8")), 15)
    fill = median_seconds(lambda: fill_docx("2-KND", long), rounds)
    rows.append(("fill Mẫu 2-KNĐ (DOCX, 15+15 rows)", fill * 1e3, "ms", fill / 0.1, "× target 100 ms"))
    document, converter = fill_docx("2-KND", long).content, PdfConverter(max_parallel=1)
    try:
        to_pdf = median_seconds(lambda: converter.convert(document), 3)
        rows.append(("DOCX → PDF, warm (LibreOffice)", to_pdf * 1e3, "ms", to_pdf / 2.0, "× target 2 s"))
    except PdfUnavailableError as error:
        rows.append(("DOCX → PDF", float("nan"), "", None, f"skipped: {error.message_en}"))
    return rows


def over_http(seconds: float, concurrency: int) -> list[Row]:
    """POST /api/v1/validate and /api/v1/check against gunicorn -w 2 on loopback."""
    files = [(path.name, path.read_bytes()) for path in sorted(SAMPLE.glob("*.docx"))]
    check_body, check_type = multipart("files", files, {"ngay_xet": "2026-11-20"})
    phases: list[tuple[str, str, bytes, str]] = [
        ("HTTP POST /api/v1/validate (full dossier)", "/api/v1/validate", validate_body(), "application/json"),
        (f"HTTP POST /api/v1/check ({len(files)} DOCX)", "/api/v1/check", check_body, check_type),
    ]
    rows: list[Row] = []
    with gunicorn(2) as (port, _):
        for name, path, body, content_type in phases:
            run_load(port, path, body, content_type, seconds=1.0, concurrency=concurrency)  # warm both workers
            result = run_load(port, path, body, content_type, seconds=seconds, concurrency=concurrency)
            rows.append((name, result.percentile(0.5), "ms p50", result.rate / TARGET_RATE,
                         f"× 300 req/s: {result.rate:.0f} req/s, p99 {result.percentile(0.99):.1f} ms, "
                         f"{result.failures} failed"))
    return rows


def timed_section(function: Callable[[], list[Row]]) -> tuple[list[Row], float]:
    start = time.perf_counter()
    rows = function()
    return rows, time.perf_counter() - start


def main() -> None:
    """Print the one table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--http-seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=30)
    options = parser.parse_args()
    local, local_s = timed_section(lambda: in_process(options.rounds))
    http, http_s = timed_section(lambda: over_http(options.http_seconds, options.concurrency))
    print(f"{'what':44} {'median':>9} {'unit':6} {'ratio':>7}  against")
    for name, median, unit, ratio, against in local + http:
        shown = f"{ratio:6.2f}×" if ratio is not None else "      –"
        print(f"{name:44} {median:9.2f} {unit:6} {shown}  {against}")
    print(f"(in-process {local_s:.0f} s, HTTP {http_s:.0f} s; medians of repeated runs; "
          f"load average now {statistics.fmean(__import__('os').getloadavg()):.2f})")


if __name__ == "__main__":
    main()
