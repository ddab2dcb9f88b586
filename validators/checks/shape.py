"""Checks fed by earlier stages: shape defects found by Cerberus, and files extraction could not read."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from dossier.dates import display
from validators.checks import check
from validators.context import Context, Hit


@check("shape_errors", params={}, placeholders=("label", "value", "expected", "field"))
def shape_errors(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Shape defects that rules/schema/dossier.yaml assigns to this rule's id."""
    for error in context.shape_errors:
        if error.rule == params["rule_id"]:
            value = "" if isinstance(error.value, dict | list) or error.value is None else display(error.value)
            yield Hit(
                error.path, {"label": error.label, "value": value, "expected": error.expected, "field": error.path}
            )


@check("unreadable_documents", params={}, placeholders=("file", "reason", "reason_en"))
def unreadable_documents(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Every uploaded file that could not be read (corrupt, encrypted, unsupported)."""
    for document in context.documents:
        problem = document.get("unreadable")
        if problem:
            yield Hit(
                None,
                {
                    "file": document.get("file", ""),
                    "reason": problem.get("message", ""),
                    "reason_en": problem.get("message_en", ""),
                },
                document=document.get("file"),
            )
