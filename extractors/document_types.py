"""Document types in YAML (extractors/types/*.yaml), keyed by keywords the way invoice2data keys templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dossier.text import name_key

TYPES_DIR = Path(__file__).resolve().parent / "types"
_HEAD = 2500  # characters of a document's start that recognition looks at


@dataclass(frozen=True)
class Layout:
    """One generation of a form: how to recognise it and the items it holds, in order."""

    name: str | None
    keywords: tuple[tuple[str, ...], ...]
    not_keywords: tuple[str, ...]
    items: tuple[dict[str, Any], ...]
    any_order: bool = False


@dataclass(frozen=True)
class DocumentType:
    """A document of the dossier: its keywords, layouts, and document-wide values."""

    type: str
    title: str
    keywords: tuple[tuple[str, ...], ...]
    not_keywords: tuple[str, ...]
    layouts: tuple[Layout, ...]
    place_date: dict[str, str] = field(default_factory=dict)
    flags: dict[str, dict[str, list[str]]] = field(default_factory=dict)


def _groups(raw: list[Any]) -> tuple[tuple[str, ...], ...]:
    """Keywords as groups: every group must match, any word of a group will do (all compared by name key)."""
    return tuple(tuple(name_key(word) for word in (group if isinstance(group, list) else [group])) for group in raw)


def _matches(text: str, groups: tuple[tuple[str, ...], ...], excluded: tuple[str, ...]) -> bool:
    return all(any(word in text for word in group) for group in groups) and not any(word in text for word in excluded)


@lru_cache(maxsize=1)
def document_types() -> tuple[DocumentType, ...]:
    """Every document type, in file order (more specific types are tried first)."""
    found = []
    for path in sorted(TYPES_DIR.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        layouts = tuple(
            Layout(
                layout.get("name"),
                _groups(layout.get("keywords", [])),
                tuple(name_key(word) for word in layout.get("not_keywords", [])),
                tuple(_item(entry) for entry in layout.get("items", [])),
                bool(layout.get("any_order")),
            )
            for layout in raw["layouts"]
        )
        found.append(
            DocumentType(
                raw["type"],
                raw["title"],
                _groups(raw["keywords"]),
                tuple(name_key(word) for word in raw.get("not_keywords", [])),
                layouts,
                raw.get("place_date", {}),
                raw.get("flags", {}),
            )
        )
    return tuple(found)


def _item(entry: dict[str, Any]) -> dict[str, Any]:
    labels = entry.get("label", [])
    return {
        **entry,
        "label": tuple(labels if isinstance(labels, list) else [labels]),
        "number": str(entry["number"]) if entry.get("number") is not None else None,
    }


def recognise(text: str) -> tuple[DocumentType, Layout] | None:
    """The document type and layout of a text, or None when no type's keywords are all there."""
    head = name_key(text[:_HEAD])
    candidates = [kind for kind in document_types() if _matches(head, kind.keywords, kind.not_keywords)]
    if not candidates:
        return None
    kind = min(candidates, key=lambda candidate: _title_distance(head, candidate))
    whole = name_key(text)
    layout = next(
        (layout for layout in kind.layouts if _matches(whole, layout.keywords, layout.not_keywords)),
        kind.layouts[-1] if len(kind.layouts) > 1 else kind.layouts[0],
    )
    return kind, layout


def _title_distance(head: str, kind: DocumentType) -> int:
    """How far down the type's keywords first appear: a title at the top wins over mentions in the body."""
    return sum(min(head.find(word) for word in group if word in head) for group in kind.keywords)
