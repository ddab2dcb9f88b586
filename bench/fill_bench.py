"""Benchmark: median in-process time to fill Mẫu 2-KNĐ (target < 100 ms), and a warm DOCX → PDF run (target < 2 s).

Run: .venv/bin/python bench/fill_bench.py [--rounds N] [--pdf-rounds N]. The dossier is the clean sample with
15 work periods and 15 relatives. The PDF figure is skipped (with the reason) when LibreOffice is missing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.validate_bench import timed  # noqa: E402
from forms import PdfConverter, PdfUnavailableError, fill_docx  # noqa: E402
from tests.test_forms_support import long_lists  # noqa: E402

FILL_TARGET_MS, PDF_TARGET_MS = 100.0, 2000.0


def report(name: str, values: list[float], target: float) -> None:
    """One line: median, worst, and whether the median meets the target."""
    median = statistics.median(values)
    verdict = "ok" if median < target else "OVER TARGET"
    print(f"{name:34} median {median:9.1f} ms   max {max(values):9.1f} ms   target < {target:.0f} ms: {verdict}")


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--pdf-rounds", type=int, default=5)
    options = parser.parse_args()
    dossier = long_lists(json.loads((ROOT / "samples" / "ho-so-sach.json").read_text(encoding="utf-8")), 15)
    first = timed(lambda: fill_docx("2-KND", dossier), 1)[0]
    print(f"first fill of Mẫu 2-KNĐ (template read and compiled): {first:.1f} ms")
    report("fill Mẫu 2-KNĐ (DOCX, in-process)", timed(lambda: fill_docx("2-KND", dossier), options.rounds),
           FILL_TARGET_MS)
    document = fill_docx("2-KND", dossier).content
    converter = PdfConverter(max_parallel=1)
    try:
        cold = timed(lambda: converter.convert(document), 1)[0]
    except PdfUnavailableError as error:
        print(f"PDF: skipped — {error.message_en}")
        return
    print(f"first DOCX → PDF (LibreOffice profile created): {cold:.0f} ms")
    report("DOCX → PDF, warm (LibreOffice)", timed(lambda: converter.convert(document), options.pdf_rounds),
           PDF_TARGET_MS)


if __name__ == "__main__":
    main()
