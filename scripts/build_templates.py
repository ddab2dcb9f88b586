"""Build templates/*.docx, the form templates (Mẫu 1…9-KNĐ, CN-NTVĐ), from scripts/formgen/: same input, same bytes.

Run: .venv/bin/python scripts/build_templates.py [--out DIR] [--check]
`--check` builds into a scratch folder and exits 1 when templates/ differs (templates not regenerated).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from formgen import BUILDERS  # noqa: E402
from formgen.kit import save_reproducibly  # noqa: E402


def build(out: Path) -> list[Path]:
    """Write every template into *out*; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, builder in BUILDERS.items():
        path = out / name
        save_reproducibly(builder(), path)
        written.append(path)
    return written


def stale(target: Path) -> list[str]:
    """The template files in *target* that differ from a fresh build (or are missing)."""
    with tempfile.TemporaryDirectory() as scratch:
        return [
            path.name
            for path in build(Path(scratch))
            if not (target / path.name).is_file() or (target / path.name).read_bytes() != path.read_bytes()
        ]


def main() -> int:
    """Build, or check that templates/ is up to date."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "templates")
    parser.add_argument("--check", action="store_true", help="exit 1 when the templates are not up to date")
    options = parser.parse_args()
    if options.check:
        differing = stale(options.out)
        for name in differing:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if differing else 0
    for path in build(options.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
