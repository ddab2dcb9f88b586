"""Which reader a file needs, by its content (magic bytes) before its name; old .doc through LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from extractors.errors import UnreadableFile, corrupt

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*")


def kind_of(name: str, content: bytes) -> str:
    """ "json", "docx", "doc", "pdf", "zip", "image" or "unknown"."""
    lower = name.lower()
    if content.startswith(b"%PDF"):
        return "pdf"
    if content.startswith(b"PK"):
        try:
            names = zipfile.ZipFile(io.BytesIO(content)).namelist()
        except zipfile.BadZipFile:
            return "docx" if lower.endswith(".docx") else "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if content.startswith(OLE_MAGIC):
        return "docx" if lower.endswith(".docx") else "doc"  # an encrypted .docx is an OLE container
    if content.startswith(IMAGE_MAGIC):
        return "image"
    if lower.endswith(".json"):
        return "json"
    if lower.endswith((".docx", ".pdf", ".zip", ".doc")):
        return lower.rsplit(".", 1)[1]  # named like one, but not one: its reader reports it as corrupt
    return "unknown"


def doc_to_docx(content: bytes, *, timeout: float) -> bytes:
    """Convert a legacy Word .doc to .docx with LibreOffice headless (its own profile, bounded in time)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise UnreadableFile(
            "Tệp Word cũ (.doc) cần LibreOffice để đọc nhưng máy chủ chưa cài; hãy lưu lại thành .docx.",
            "Legacy .doc files need LibreOffice, which is not installed; save the file as .docx.",
            status=422,
            code="doc_unsupported",
        )
    with tempfile.TemporaryDirectory(prefix="doc2docx-") as work:
        source = Path(work) / "input.doc"
        source.write_bytes(content)
        command = [
            office,
            f"-env:UserInstallation=file://{work}/profile",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            work,
            str(source),
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=timeout)
        except (subprocess.TimeoutExpired, subprocess.CalledProcessError) as error:
            raise corrupt("DOC", type(error).__name__) from error
        target = Path(work) / "input.docx"
        if not target.exists():
            raise corrupt("DOC")
        return target.read_bytes()
