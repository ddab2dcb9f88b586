"""From a document's lines to its type, layout and canonical data (no file formats here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import extractors.parsers_lists  # noqa: F401 - registers the list parsers
from dossier.text import name_key
from extractors.blocks import DocumentText, Line
from extractors.document_types import DocumentType, Layout, recognise
from extractors.parsers import PARSERS, place_and_date
from extractors.regions import FlatText, Region, find_anchors


@dataclass
class Extraction:
    """One document's recognised type and layout, its data, and anything a person should confirm."""

    type: str | None
    layout: str | None
    data: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for key in parents:
        data = data.setdefault(key, {})
    data[last] = value


def extract_fields(text: DocumentText, kind: DocumentType, layout: Layout) -> dict[str, Any]:
    """Every item of *layout* found in *text*, parsed to canonical values."""
    flat = FlatText(text.lines)
    items = [(str(index), item["label"], item["number"]) for index, item in enumerate(layout.items) if item["label"]]
    # items with a `regex` instead of a label are looked for anywhere in the document
    anchors = find_anchors(flat, items, any_order=layout.any_order)
    data: dict[str, Any] = {}
    for index, anchor in enumerate(anchors):
        item = layout.items[int(anchor.key)]
        if not item.get("key") or not item.get("parse"):
            continue
        stop = anchors[index + 1].start if index + 1 < len(anchors) else len(flat.text)
        region = flat.region(anchor.start if item.get("keep_label") else anchor.end, stop)
        for path, value in PARSERS[item["parse"]](region, item).items():
            _set(data, path, value)
    for item in layout.items:
        if item.get("regex"):
            for path, value in _first_regex_value(flat.text, item).items():
                _set(data, path, value)
    _document_wide(flat.text, kind, data)
    return data


def _first_regex_value(text: str, item: dict[str, Any]) -> dict[str, Any]:
    """The first match of an item's `regex` that parses (a name must start with a capital letter)."""
    for match in re.finditer(item["regex"], text, re.IGNORECASE | re.MULTILINE):
        found = PARSERS[item["parse"]](Region([Line(match[1])]), item)
        value = found.get(item["key"])
        if value and not (item["parse"] == "name" and not str(value)[:1].isupper()):
            return found
    return {}


def _document_wide(text: str, kind: DocumentType, data: dict[str, Any]) -> None:
    if kind.place_date:
        place, day = place_and_date(text)
        if place and "place" in kind.place_date:
            data.setdefault(kind.place_date["place"], place)
        if day:
            data.setdefault(kind.place_date["date"], day)
    head = name_key(text[:1500])
    for key, options in kind.flags.items():
        for value, words in options.items():
            if any(name_key(word) in head for word in words):
                data.setdefault(key, value)
                break


def extract_document(text: DocumentText) -> Extraction:
    """Recognise and extract one document; an unrecognised one has type None and a warning."""
    found = recognise(text.plain())
    if found is None:
        return Extraction(None, None, warnings=["Không nhận ra loại tài liệu (Unrecognised document type)."])
    kind, layout = found
    data = extract_fields(text, kind, layout)
    if kind.type == "ly_lich" and layout.name:
        data["mau"] = layout.name
    return Extraction(kind.type, layout.name, data)
