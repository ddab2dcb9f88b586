"""Prepare a canonical dossier for checking: NFC text, absent blanks, and the documented defaults."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

DEFAULT_RULE_SET = "HD38-2025"
STAGE_DECLARATION = "ke_khai"
STAGE_ADMISSION = "xet_ket_nap"
# Items written by the committees, whose presence means the chi bộ is deciding the case.
_ADMISSION_ITEMS = ("tham_tra", "nhan_xet_chi_bo", "chung_nhan_cap_uy")
MAX_NESTING = 16  # containers inside containers: the deepest dossier item is far shallower


def nesting_depth(value: Any) -> int:
    """How deeply containers nest in *value*, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def normalise(value: Any) -> Any:
    """A copy of *value* with text in NFC and trimmed, and blank text, nulls and empty containers left out."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    if isinstance(value, dict):
        cleaned = {unicodedata.normalize("NFC", str(key)): normalise(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if not _is_blank(item)}
    if isinstance(value, list):
        return [item for item in map(normalise, value) if not _is_blank(item)]
    return value


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == {} or value == []


def default_stage(dossier: dict[str, Any]) -> str:
    """ "xet_ket_nap" when a chi bộ resolution or any of items (24)–(26) is present, else "ke_khai"."""
    biography = dossier.get("ly_lich")
    if dossier.get("nghi_quyet_chi_bo"):
        return STAGE_ADMISSION
    if isinstance(biography, dict) and any(biography.get(key) for key in _ADMISSION_ITEMS):
        return STAGE_ADMISSION
    return STAGE_DECLARATION


def prepare(data: Any, *, ngay_xet: date | str | None = None, today: date | None = None) -> dict[str, Any]:
    """The dossier as the rules read it; *ngay_xet* (if given) wins over the dossier's own.

    A value that is not a JSON object is returned as an empty dossier wrapper so that the
    shape check can say what is wrong instead of crashing.
    """
    dossier = normalise(data) if isinstance(data, dict) else {}
    case = dossier.get("ho_so")
    case = dict(case) if isinstance(case, dict) else {}
    if ngay_xet is not None:
        case["ngay_xet"] = ngay_xet.isoformat() if isinstance(ngay_xet, date) else str(ngay_xet)
    case.setdefault("ngay_xet", (today or date.today()).isoformat())
    case.setdefault("quy_dinh", DEFAULT_RULE_SET)
    case.setdefault("giai_doan", default_stage(dossier))
    dossier["ho_so"] = case
    return dossier
