"""What changed between two revisions: fields edited, findings fixed and findings that appeared."""

from __future__ import annotations

from typing import Any


def leaves(value: Any, prefix: str = "") -> dict[str, Any]:
    """Every leaf value by its dossier path (dots and [index])."""
    if isinstance(value, dict):
        found: dict[str, Any] = {}
        for key, child in value.items():
            found |= leaves(child, f"{prefix}.{key}" if prefix else str(key))
        return found
    if isinstance(value, list):
        found = {}
        for index, child in enumerate(value):
            found |= leaves(child, f"{prefix}[{index}]")
        return found
    return {prefix: value}


def field_changes(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Each leaf added, removed or edited, in path order: {"field", "before", "after"}."""
    old, new = leaves(before), leaves(after)
    return [
        {"field": path, "before": old.get(path), "after": new.get(path)}
        for path in sorted(old.keys() | new.keys())
        if old.get(path) != new.get(path)
    ]


def _finding_key(finding: dict[str, Any]) -> tuple[str, str, str]:
    return finding["rule"], finding.get("field") or "", finding.get("message", "")


def finding_changes(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Findings of the older revision no longer raised ("fixed") and new ones ("appeared")."""
    old = {_finding_key(finding): finding for finding in before}
    new = {_finding_key(finding): finding for finding in after}
    return {
        "fixed": [finding for key, finding in old.items() if key not in new],
        "appeared": [finding for key, finding in new.items() if key not in old],
    }
