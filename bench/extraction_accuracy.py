"""Benchmark: field-level extraction accuracy per format over samples/documents, and time per document.

Run: .venv/bin/python bench/extraction_accuracy.py. For every generated document with a golden
`<file>.expected.json`, the document is read and its data compared leaf by leaf with the golden data.
"All fields" counts every leaf of the golden data; "key fields" counts the fields the issue names (name,
birth date, sex, hometown, residence, ethnicity, religion, education, Youth Union date, every work
period's from/to, every relative's name and birth year).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import Limits  # noqa: E402
from extractors.reading import read_one  # noqa: E402

DOCUMENTS = ROOT / "samples" / "documents"
KEY_FIELDS = (
    "ho_ten_khai_sinh",
    "ngay_sinh",
    "gioi_tinh",
    "que_quan",
    "noi_thuong_tru",
    "noi_tam_tru",
    "dan_toc",
    "ton_giao",
    "trinh_do.giao_duc_pho_thong",
    "ngay_vao_doan",
    "ho_ten",
    "nam_sinh",
    "tu",
    "den",
)


def leaves(value: Any, prefix: str = "") -> dict[str, Any]:
    """Flatten nested data to {path: leaf}."""
    if isinstance(value, dict):
        return {
            path: leaf
            for key, item in value.items()
            for path, leaf in leaves(item, f"{prefix}.{key}" if prefix else key).items()
        }
    if isinstance(value, list):
        return {
            path: leaf for index, item in enumerate(value) for path, leaf in leaves(item, f"{prefix}[{index}]").items()
        }
    return {prefix: value}


def same(expected: Any, found: Any) -> bool:
    """Equal after NFC and white-space folding (strings), else strictly equal."""
    if isinstance(expected, str) and isinstance(found, str):
        return " ".join(unicodedata.normalize("NFC", expected).split()) == " ".join(
            unicodedata.normalize("NFC", found).split()
        )
    return expected == found


def is_key(path: str) -> bool:
    """Whether a golden path is one of the key fields."""
    last = path.split(".")[-1].split("[")[0]
    return any(path.endswith(field) for field in KEY_FIELDS) or last in KEY_FIELDS


def format_of(path: Path, golden: dict[str, Any]) -> str:
    """docx, pdf, scan, doc, legacy … (how the file was produced)."""
    if golden.get("ocr"):
        return "scan"
    suffix = path.suffix.lower().lstrip(".")
    return {"jpg": "scan", "png": "scan"}.get(suffix, suffix)


def evaluate(limit: int | None = None) -> dict[str, dict[str, Any]]:
    """Per format: documents, fields matched/total, key fields matched/total, times, and the misses."""
    results: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"documents": 0, "fields": [0, 0], "key": [0, 0], "types": [0, 0], "seconds": [], "misses": []}
    )
    goldens = sorted(DOCUMENTS.rglob("*.expected.json"))
    for golden_path in goldens[:limit]:
        document = golden_path.with_name(golden_path.name.removesuffix(".expected.json"))
        if not document.exists() or golden_path.name == "dossier.expected.json":
            continue
        try:
            golden = json.loads(golden_path.read_text(encoding="utf-8"))
        except FileNotFoundError:  # regenerated while we read
            continue
        if "type" not in golden:
            continue
        start = time.perf_counter()
        entry = read_one(document.name, document.read_bytes(), Limits())
        elapsed = time.perf_counter() - start
        result = results[format_of(document, golden)]
        result["documents"] += 1
        result["seconds"].append(elapsed)
        result["types"][0] += entry.get("type") == golden["type"]
        result["types"][1] += 1
        found = leaves(entry.get("data") or {})
        if list(golden["data"]) == [golden["type"]]:  # golden data wrapped in its section
            golden["data"] = golden["data"][golden["type"]]
        for path, value in leaves(golden["data"]).items():
            hit = same(value, found.get(path))
            result["fields"][0] += hit
            result["fields"][1] += 1
            if is_key(path):
                result["key"][0] += hit
                result["key"][1] += 1
            if not hit:
                result["misses"].append(f"{document.relative_to(DOCUMENTS)} {path}: {value!r} ≠ {found.get(path)!r}")
    return dict(results)


def main() -> None:
    """Print the accuracy table (and, with -v, every miss)."""
    results = evaluate()
    print(f"{'format':8} {'docs':>5} {'type ok':>8} {'all fields':>11} {'key fields':>11} {'median s':>9}")
    for name, result in sorted(results.items()):
        fields, key = result["fields"], result["key"]
        print(
            f"{name:8} {result['documents']:5d} {result['types'][0]:4d}/{result['types'][1]:<3d} "
            f"{100 * fields[0] / max(fields[1], 1):10.1f}% {100 * key[0] / max(key[1], 1):10.1f}% "
            f"{statistics.median(result['seconds']):9.3f}"
        )
    if "-v" in sys.argv:
        for name, result in sorted(results.items()):
            for miss in result["misses"]:
                print(f"  [{name}] {miss}")


if __name__ == "__main__":
    main()
