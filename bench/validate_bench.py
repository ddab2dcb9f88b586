"""Benchmark: in-process validation of one full dossier (all items filled, 10 work periods, 12 relatives).

Run: make bench (or .venv/bin/python bench/validate_bench.py [--rounds N]). Prints the median and
the 95th percentile of whole validations, and of the shape check alone, in milliseconds.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.model import prepare  # noqa: E402
from validators.engine import validate  # noqa: E402
from validators.rulebook import load_library  # noqa: E402


def full_dossier() -> dict[str, Any]:
    """The clean sample with every optional item of the biography filled in as well."""
    dossier = json.loads((ROOT / "samples" / "ho-so-sach.json").read_text(encoding="utf-8"))
    biography = dossier["ly_lich"]
    biography["ten_goi_khac"] = "thư"
    biography["di_nuoc_ngoai"] = [{"tu": "2019-01", "den": "2019-05", "noi_dung": "Trao đổi sinh viên",
                                   "nuoc": "Nhật Bản", "co_quan_quyet_dinh": "Trường Đại học Sư phạm Hà Nội"}]
    biography["ky_luat"] = [{"thang_nam": "2021-03", "ly_do_hinh_thuc": "Khiển trách (đã hết thời hạn)",
                             "cap_quyet_dinh": "Hiệu trưởng"}]
    assert len(biography["cong_tac"]) == 10 and len(biography["gia_dinh"]) == 12
    return dossier


def timed(function: Any, rounds: int) -> list[float]:
    """Milliseconds per call, *rounds* times."""
    found = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        found.append((time.perf_counter() - start) * 1000)
    return found


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000)
    rounds = parser.parse_args().rounds
    library = load_library(ROOT / "rules")
    dossier = full_dossier()
    findings = validate(library, copy.deepcopy(dossier), ngay_xet="2026-11-20").findings
    prepared = prepare(dossier, ngay_xet="2026-11-20")
    for _ in range(50):  # warm caches (address table, regexes)
        validate(library, dossier, ngay_xet="2026-11-20")
    whole = timed(lambda: validate(library, dossier, ngay_xet="2026-11-20"), rounds)
    shape = timed(lambda: library.shape.check(prepared), rounds)
    print(f"full dossier: {len(findings)} findings ({', '.join(sorted({f.rule for f in findings})) or 'none'})")
    print(f"{'what':34} {'median ms':>10} {'p95 ms':>8}  (rounds: {rounds})")
    for name, values in (("validate (prepare+shape+rules)", whole), ("shape check alone", shape)):
        p95 = statistics.quantiles(values, n=20)[-1]
        print(f"{name:34} {statistics.median(values):10.3f} {p95:8.3f}")


if __name__ == "__main__":
    main()
