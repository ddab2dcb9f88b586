"""The report object every interface returns (../shared/spec/interfaces.md), built from a validation."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from validators.engine import Validation, validate

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def summarise(findings: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts by severity, and `ready` when there is no error."""
    counts = {
        severity: sum(1 for finding in findings if finding["severity"] == severity)
        for severity in ("error", "warning", "info")
    }
    return {**counts, "ready": counts["error"] == 0}


def build_report(
    validation: Validation,
    *,
    name: str | None = None,
    documents: list[dict[str, Any]] | None = None,
    checked_at: datetime | None = None,
) -> dict[str, Any]:
    """The report; `documents` is left out when none were given (a JSON dossier was validated)."""
    dossier = validation.dossier
    findings = [finding.as_json() for finding in validation.findings]
    report: dict[str, Any] = {
        "dossier": name or dossier["ho_so"].get("ten") or "ho-so",
        "rules_version": validation.rules_version,
        "checked_at": (checked_at or datetime.now(VIETNAM)).isoformat(timespec="seconds"),
        "ngay_xet": dossier["ho_so"]["ngay_xet"],
    }
    if documents is not None:
        report["documents"] = [public_document(document) for document in documents]
    report |= {"dossier_data": dossier, "findings": findings, "summary": summarise(findings)}
    return report


def public_document(document: dict[str, Any]) -> dict[str, Any]:
    """A document entry as the report shows it (internal keys such as `unreadable` folded into warnings)."""
    shown = {key: value for key, value in document.items() if key != "unreadable"}
    shown.setdefault("warnings", [])
    if problem := document.get("unreadable"):
        shown["warnings"] = [*shown["warnings"], problem.get("message", "")]
    return shown


def check_report(
    library: Any,
    data: Any,
    *,
    ngay_xet: str | None = None,
    default_profile: str | None = None,
    name: str | None = None,
    documents: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Validate *data* with *library* and return the report (the one call every interface makes)."""
    validation = validate(library, data, ngay_xet=ngay_xet, default_profile=default_profile, documents=documents)
    return build_report(validation, name=name, documents=documents)
