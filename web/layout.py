"""The review page's fields, in the order of the forms' items, built from the dossier schema and web/labels.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from validators.ruleyaml import load_yaml

LABELS = Path(__file__).resolve().parent / "labels.yaml"
LONG_TEXT = frozenset(
    {
        "lich_su_ban_than",
        "dac_diem_lich_su",
        "tu_nhan_xet",
        "nhan_thuc",
        "noi_dung",
        "loi_cam_doan",
        "uu_khuyet_diem",
        "dac_diem_ly_lich",
        "lich_su_chinh_tri",
        "ghi_chu",
    }
)
FORMAT_HINTS = {
    "day": "YYYY-MM-DD",
    "month": "YYYY-MM",
    "month_or_present": "YYYY-MM | nay",
    "month_or_day": "YYYY-MM | YYYY-MM-DD",
    "year": "YYYY",
}


@dataclass
class Node:
    """A field (scalar input), a group (dict), a list of rows (list of dicts) or lines (list of text)."""

    kind: str
    path: str
    key: str
    label: dict[str, str]
    hint: dict[str, str] | None = None
    input: str = "text"
    value_type: str = "string"
    options: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def text(self, language: str) -> str:
        """The label in *language* (Vietnamese when it has none)."""
        return self.label.get(language) or self.label.get("vi") or self.key


@lru_cache(maxsize=4)
def review_layout(schema_path: str) -> tuple[Node, ...]:
    """Every section of the dossier as nodes, in schema (= form item) order."""
    schema = load_yaml(Path(schema_path))["schema"]
    labels = _labels()
    return tuple(_node(key, spec, key, labels) for key, spec in schema.items())


def _labels() -> dict[str, Any]:
    if not LABELS.exists():
        return {"sections": {}, "fields": {}, "hints": {}}
    loaded = yaml.safe_load(LABELS.read_text(encoding="utf-8")) or {}
    return {part: loaded.get(part) or {} for part in ("sections", "fields", "hints")}


def _label(path: str, key: str, spec: dict[str, Any], labels: dict[str, Any]) -> dict[str, str]:
    found = labels["sections"].get(path) or labels["fields"].get(path)
    if found:
        return {language: str(text) for language, text in found.items()}
    meta = spec.get("meta") or {}
    return {"vi": str(meta.get("label") or key.replace("_", " "))}


def _node(key: str, spec: dict[str, Any], path: str, labels: dict[str, Any]) -> Node:
    label = _label(path, key, spec, labels)
    kind = spec.get("type")
    if kind == "dict":
        children = [_node(child, sub, f"{path}.{child}", labels) for child, sub in (spec.get("schema") or {}).items()]
        return Node("group", path, key, label, children=children)
    if kind == "list":
        item = spec.get("schema") or {}
        if item.get("type") == "dict":
            item_label = _label(path, key, item, labels) if path == "gioi_thieu" else label
            children = [
                _node(child, sub, f"{path}.{child}", labels) for child, sub in (item.get("schema") or {}).items()
            ]
            return Node("list", path, key, item_label, children=children)
        return Node("lines", path, key, label, input="textarea", value_type="lines")
    return _scalar(key, spec, path, label, labels)


def _scalar(key: str, spec: dict[str, Any], path: str, label: dict[str, str], labels: dict[str, Any]) -> Node:
    hint = labels["hints"].get(path)
    check = spec.get("check_with")
    if hint is None and check in FORMAT_HINTS:
        hint = {"vi": FORMAT_HINTS[check], "en": FORMAT_HINTS[check]}
    if kind := spec.get("type"):
        if kind == "boolean":
            return Node("field", path, key, label, hint, input="checkbox", value_type="boolean")
        if kind == "integer":
            return Node("field", path, key, label, hint, input="number", value_type="integer")
    if spec.get("allowed"):
        return Node("field", path, key, label, hint, input="select", options=[str(item) for item in spec["allowed"]])
    return Node("field", path, key, label, hint, input="textarea" if key in LONG_TEXT else "text")
