"""From files on disk or uploaded to one canonical dossier plus the report's document entries.

Each file goes to the reader its content needs (DOCX, text PDF, scanned PDF or image through OCR,
legacy .doc through LibreOffice, ZIP of them, or a canonical JSON dossier); the document's type and
layout are recognised from its text and its items parsed. A file that cannot be read is listed with
`unreadable` (it becomes a `tai_lieu.khong_doc_duoc` finding) and the rest of the dossier goes on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.model import MAX_NESTING, nesting_depth, normalise
from dossier.text import name_key
from extractors.errors import UnreadableFile

SKIPPED_SUFFIXES = (".expected.json",)
LIST_TYPES = ("gioi_thieu",)


@dataclass(frozen=True)
class Limits:
    """How much one upload may hold; beyond them a file is refused with a clear message."""

    file_bytes: int = 25 * 1024 * 1024
    pdf_pages: int = 120
    ocr_pages: int = 40
    ocr_seconds_per_page: float = 30.0
    zip_entries: int = 60
    zip_bytes: int = 150 * 1024 * 1024
    zip_ratio: int = 200
    convert_seconds: float = 60.0


@dataclass
class Intake:
    """What was read from one dossier's files."""

    name: str
    data: dict[str, Any] = field(default_factory=dict)
    documents: list[dict[str, Any]] = field(default_factory=list)


def document_entry(name: str, content: bytes) -> dict[str, Any]:
    """A report document entry before reading."""
    return {
        "file": name,
        "sha256": hashlib.sha256(content).hexdigest(),
        "type": None,
        "layout": None,
        "pages": None,
        "ocr": False,
        "warnings": [],
    }


def merge(intake: Intake, kind: str | None, data: dict[str, Any], document: dict[str, Any]) -> None:
    """Add one document's data to the dossier (sponsor letters accumulate; a second copy of a document warns)."""
    if kind is None:
        return
    if kind == "ho_so":
        intake.data.update(normalise(data))
    elif kind in LIST_TYPES:
        listed = intake.data.setdefault(kind, [])
        if any(name_key(str(item.get("ho_ten", ""))) == name_key(str(data.get("ho_ten", ""))) for item in listed):
            document["warnings"].append(
                "Trùng với một giấy giới thiệu đã có (cùng người viết); không tính lần nữa "
                "(same sponsor as another letter; not counted twice)."
            )
        else:
            listed.append(data)
    elif kind in intake.data:
        document["warnings"].append(
            "Hồ sơ đã có một tài liệu cùng loại; tài liệu này không được dùng "
            "(a document of this type is already in the dossier; this one was not used)."
        )
    else:
        intake.data[kind] = data


def read_file(name: str, content: bytes, intake: Intake, *, limits: Limits = Limits(), progress: Any = None) -> None:
    """Add one file (a ZIP adds each file inside it) to *intake*; never raises for what the file holds."""
    from extractors.reading import read_any  # the readers import heavy libraries only when needed

    for result in read_any(name, content, limits, progress):
        data = result.pop("data", None)
        intake.documents.append(result)
        if "unreadable" not in result:
            merge(intake, result["type"], data or {}, result)


def read_path(path: Path, *, limits: Limits = Limits(), progress: Any = None) -> Intake:
    """Read a dossier from a file, a ZIP or a folder of files; OSError when the path cannot be read.

    *progress*, if given, is called as progress(file_name, pages_done, pages_total) while scans are OCR'd."""
    files = (
        [path]
        if not path.is_dir()
        else [
            child
            for child in sorted(path.iterdir())
            if child.is_file() and not child.name.startswith(".") and not child.name.endswith(SKIPPED_SUFFIXES)
        ]
    )
    intake = Intake(path.name if path.is_dir() else path.stem)
    for file in files:
        report = (lambda done, total, name=file.name: progress(name, done, total)) if progress else None
        read_file(file.name, file.read_bytes(), intake, limits=limits, progress=report)
    return intake


def json_document(content: bytes) -> dict[str, Any]:
    """A canonical dossier written as JSON; UnreadableFile when it is not one."""
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UnreadableFile(f"Tệp JSON hỏng ({error}).", f"Corrupt JSON file ({error}).") from error
    if not isinstance(data, dict):
        raise UnreadableFile(
            "Tệp JSON không chứa một hồ sơ (đối tượng JSON).", "The JSON file does not hold a dossier object."
        )
    if nesting_depth(data) > MAX_NESTING:
        raise UnreadableFile(
            f"Tệp JSON lồng nhau quá {MAX_NESTING} tầng; hồ sơ không có cấu trúc như vậy.",
            f"The JSON file nests deeper than {MAX_NESTING} levels; no dossier is shaped like that.",
        )
    return data
