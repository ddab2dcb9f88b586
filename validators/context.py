"""What a check sees: the prepared dossier, the consideration date, and per-dossier caches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dossier import paths
from dossier.dates import parse_day


@dataclass
class Hit:
    """One place where a check's expectation fails: the field, message values, and a proposed fix."""

    field: str | None
    values: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    document: str | None = None


class Context:
    """A dossier being checked; values are read by path and derived data is computed once."""

    def __init__(
        self,
        dossier: dict[str, Any],
        shape_errors: list[Any] | None = None,
        documents: list[dict[str, Any]] | None = None,
    ) -> None:
        self.dossier = dossier
        self.ngay_xet: date = parse_day(dossier["ho_so"].get("ngay_xet")) or date.today()
        self.shape_errors = shape_errors or []
        self.documents = documents or []
        self.cache: dict[Any, Any] = {}

    def value(self, path: str) -> Any:
        """The value at a concrete path, or paths.MISSING."""
        return paths.get(self.dossier, path)

    def values(self, pattern: str) -> list[tuple[str, Any]]:
        """Every present (path, value) a pattern names; blank values are left out."""
        return [(path, value) for path, value in paths.expand(self.dossier, pattern) if paths.is_present(value)]

    def first(self, pattern: str) -> tuple[str, Any] | None:
        """The first present (path, value) a pattern names, or None."""
        found = self.values(pattern)
        return found[0] if found else None

    def day(self, path: str) -> date | None:
        """The date at a path ("ho_so.ngay_xet" always resolves), or None when absent or malformed."""
        if path == "ho_so.ngay_xet":
            return self.ngay_xet
        return parse_day(self.value(path))

    def items(self, pattern: str) -> list[tuple[str, dict[str, Any]]]:
        """The (path, item) pairs of a list of objects, skipping items that are not objects."""
        listed = self.value(pattern) if "[*]" not in pattern else None
        if isinstance(listed, list):
            return [(f"{pattern}[{index}]", item) for index, item in enumerate(listed) if isinstance(item, dict)]
        return [(path, item) for path, item in self.values(pattern) if isinstance(item, dict)]
