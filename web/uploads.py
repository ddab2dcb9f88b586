"""Names of uploaded files as the report shows them: base name only, NFC, no control characters, bounded length."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 200
_SEPARATORS = re.compile(r"[/\\]")


def upload_name(raw: str | None, fallback: str = "tep") -> str:
    """The name an upload is reported under; *fallback* when nothing printable is left."""
    name = _SEPARATORS.split(unicodedata.normalize("NFC", raw or ""))[-1]
    name = "".join(char for char in name if not unicodedata.category(char).startswith("C")).strip()
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        suffix = suffix[:16] if dot else ""
        name = (stem if dot else name)[: MAX_NAME - len(suffix) - 1] + (f".{suffix}" if suffix else "")
    return name if name.strip(".") else fallback
