"""From files on disk or uploaded to one canonical dossier plus the report's document entries.

Readers are chosen by file type. Until the DOCX/PDF/scan readers land, a canonical dossier
written as JSON is read, and any other file is listed as not readable yet, so that the rest of
the dossier is still checked.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.model import normalise

SKIPPED_SUFFIXES = (".expected.json",)


@dataclass
class Intake:
    """What was read from one dossier's files."""

    name: str
    data: dict[str, Any] = field(default_factory=dict)
    documents: list[dict[str, Any]] = field(default_factory=list)


def _unreadable(message: str, message_en: str) -> dict[str, str]:
    return {"message": message, "message_en": message_en}


def read_file(name: str, content: bytes, intake: Intake) -> None:
    """Add one file's data to *intake*, or list it as unreadable (never raises for bad content)."""
    document: dict[str, Any] = {
        "file": name,
        "sha256": hashlib.sha256(content).hexdigest(),
        "type": None,
        "layout": None,
        "pages": None,
        "ocr": False,
        "warnings": [],
    }
    if name.lower().endswith(".json"):
        try:
            data = json.loads(content.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            document["unreadable"] = _unreadable(f"Tệp JSON hỏng ({error}).", f"Corrupt JSON file ({error}).")
        else:
            if isinstance(data, dict):
                document["type"] = "ho_so"
                intake.data.update(normalise(data))
            else:
                document["unreadable"] = _unreadable(
                    "Tệp JSON không chứa một hồ sơ (đối tượng JSON).", "The JSON file does not hold a dossier object."
                )
    else:
        document["unreadable"] = _unreadable("Loại tệp này chưa được hỗ trợ.", "This file type is not supported yet.")
    intake.documents.append(document)


def read_path(path: Path) -> Intake:
    """Read a dossier from a file or a folder of files; OSError when the path cannot be read."""
    if path.is_dir():
        intake = Intake(path.name)
        for child in sorted(path.iterdir()):
            if child.is_file() and not child.name.startswith(".") and not child.name.endswith(SKIPPED_SUFFIXES):
                read_file(child.name, child.read_bytes(), intake)
        return intake
    intake = Intake(path.stem)
    read_file(path.name, path.read_bytes(), intake)
    return intake
