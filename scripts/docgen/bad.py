"""Bad inputs for the robustness tests: empty, truncated, disguised, encrypted, broken and hostile files."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path
from typing import Any

from docgen import convert
from docgen.wordml import FIXED_TIME

BOMB_BYTES = 200 * 1024 * 1024


def _zip_info(name: str, method: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = method
    return info


def _fake_exe(rng: random.Random) -> bytes:
    """A DOS/PE-looking binary: "MZ", a DOS stub message, a "PE\\0\\0" signature, then noise."""
    header = bytearray(b"MZ" + bytes(58) + (128).to_bytes(4, "little"))
    stub = b"This program cannot be run in DOS mode.\r\r\n$"
    body = bytes(rng.getrandbits(8) for _ in range(3000))
    return bytes(header) + stub.ljust(64, b"\0") + b"PE\0\0\x4c\x01" + body


def _broken_xref(pdf: bytes) -> bytes:
    """*pdf* with every xref offset shifted and a startxref that points past the end of the file."""
    shifted = re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m.group(1)) + 7, m.group(2)), pdf)
    return re.sub(rb"startxref\s+\d+", b"startxref\n" + str(len(pdf) * 3).encode(), shifted)


def write(folder: Path, docx: Path, pdf: Path | None, rng: random.Random) -> list[dict[str, Any]]:
    """Write the bad inputs into *folder*, built from a good *docx* and *pdf*; return the manifest entries."""
    folder.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []

    def add(name: str, data: bytes | None, problem: str, expect: str) -> None:
        if data is not None:
            (folder / name).write_bytes(data)
        entries.append({"file": name, "problem": problem, "expect": expect})

    good = docx.read_bytes()
    add("empty.docx", b"", "empty file (0 bytes)", "tai_lieu.khong_doc_duoc")
    add("truncated.docx", good[: len(good) * 3 // 5], "DOCX cut at 60% of its bytes (ZIP central directory missing)",
        "tai_lieu.khong_doc_duoc")
    add("exe-renamed.docx", _fake_exe(rng), "a Windows executable renamed .docx (starts with MZ)",
        "tai_lieu.khong_doc_duoc; never executed")
    if pdf is not None:
        add("broken-xref.pdf", _broken_xref(pdf.read_bytes()), "PDF whose xref offsets and startxref are wrong",
            "read after xref repair (text layer intact) or tai_lieu.khong_doc_duoc; never a crash")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_zip_info("ho-so/don.docx"), good)
        archive.writestr(_zip_info("../../tmp/evil.txt"), b"written outside the extraction folder\n")
        archive.writestr(_zip_info("ho-so/../../../evil.docx"), good)
    add("path-traversal.zip", buffer.getvalue(), "ZIP with members named ../../tmp/evil.txt and "
        "ho-so/../../../evil.docx (path traversal) beside a good ho-so/don.docx",
        "the traversing members are refused, never written outside; ho-so/don.docx may be read")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        member_info = _zip_info("ly-lich.docx", zipfile.ZIP_BZIP2)
        with archive.open(member_info, "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(BOMB_BYTES // len(chunk)):
                member.write(chunk)
    add("zip-bomb.zip", buffer.getvalue(), f"ZIP bomb: one bzip2 member of {BOMB_BYTES // 2**20} MiB of zeros "
        "in a few hundred bytes", "refused by the size limits before inflating; tai_lieu.khong_doc_duoc or HTTP 413")
    if convert.available("soffice"):
        convert.soffice([docx], folder, 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                        '"DocumentOpenPassword":{"type":"string","value":"matkhau"}}')
        (folder / f"{docx.stem}.pdf").rename(folder / "encrypted.pdf")
        add("encrypted.pdf", None, "PDF encrypted with an open password (matkhau), by LibreOffice",
            "tai_lieu.khong_doc_duoc (encrypted); no password guessing")
    else:
        print("skip: soffice not found, no encrypted PDF in bad/")
    return entries
