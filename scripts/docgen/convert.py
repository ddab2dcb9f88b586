"""External converters: LibreOffice (DOCX → PDF, .doc, encrypted PDF) and poppler's pdftoppm, each optional."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

FIXED_PDF_DATE = b"D:20260101000000"


def available(tool: str) -> bool:
    """True when *tool* is on PATH."""
    return shutil.which(tool) is not None


def soffice(files: list[Path], outdir: Path, target: str = "pdf") -> None:
    """Convert *files* with LibreOffice headless into *outdir* (*target*: "pdf", "doc", or a filter spec),
    with a throw-away profile so that a running LibreOffice or another conversion does not interfere."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-docgen-"))
    try:
        command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                   "--outdir", str(outdir), *map(str, files)]
        subprocess.run(command, check=True, capture_output=True, timeout=900)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def stable_pdf(path: Path) -> None:
    """Replace the dates, the file ID and LibreOffice's checksum of a PDF by fixed values of the same length,
    so that regenerating gives the same bytes (offsets, hence the xref table, stay valid)."""
    data = path.read_bytes()

    def date(match: re.Match[bytes]) -> bytes:
        stamp = match.group(2)
        return match.group(1) + (FIXED_PDF_DATE + stamp[len(FIXED_PDF_DATE):])[: len(stamp)]

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)", date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def rasterise(pdf: Path, dpi: int, last_page: int | None = None) -> list[Image.Image]:
    """The pages of *pdf* as grayscale images (pdftoppm -gray)."""
    with tempfile.TemporaryDirectory(prefix="docgen-raster-") as folder:
        command = ["pdftoppm", "-gray", "-r", str(dpi)]
        if last_page:
            command += ["-l", str(last_page)]
        subprocess.run([*command, str(pdf), f"{folder}/page"], check=True, capture_output=True, timeout=600)
        pages = []
        for page in sorted(Path(folder).glob("page-*.pgm")):
            with Image.open(page) as image:
                pages.append(image.copy())
        return pages
