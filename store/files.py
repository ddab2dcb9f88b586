"""Uploaded files kept content-addressed on disk: one copy per SHA-256, never executable, never served raw."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


class FileStore:
    """Bytes by SHA-256 under *root*/ab/cdef…; writing the same content twice stores it once."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        """Where the content with this digest lives (ValueError for anything but a hex digest)."""
        if len(sha256) != 64 or any(char not in "0123456789abcdef" for char in sha256):
            raise ValueError("not a SHA-256 digest")
        return self.root / sha256[:2] / sha256[2:]

    def put(self, content: bytes) -> str:
        """Store *content* (atomically, read-only) and return its SHA-256."""
        digest = hashlib.sha256(content).hexdigest()
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(content)
        temporary.chmod(0o400)
        temporary.replace(target)
        return digest

    def get(self, sha256: str) -> bytes:
        """The stored bytes; FileNotFoundError once purged."""
        return self.path(sha256).read_bytes()

    def delete(self, sha256: str) -> bool:
        """Remove the content; True when there was something to remove."""
        target = self.path(sha256)
        if not target.exists():
            return False
        target.chmod(0o600)
        target.unlink()
        return True
