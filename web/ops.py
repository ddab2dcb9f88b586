"""Health and readiness for process managers and load balancers: GET /healthz and GET /readyz."""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Blueprint, Response, current_app, jsonify

ops = Blueprint("ops", __name__)
log = logging.getLogger(__name__)
ReadinessCheck = Callable[[], object]


@ops.get("/healthz")
def healthz() -> Response:
    """The process is up and answering."""
    return jsonify({"status": "ok"})


def _rules_loaded() -> None:
    library = current_app.extensions.get("rule_library")
    if library is None or not library.rule_sets:
        raise RuntimeError("no rule set loaded")


def check_name(check: ReadinessCheck) -> str:
    """A readiness check's name: its `name` attribute, else its function name."""
    return str(getattr(check, "name", None) or getattr(check, "__name__", None) or type(check).__name__)


@ops.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Ready when the rules are loaded and every callable in app.extensions["readiness_checks"] returns."""
    checks: list[ReadinessCheck] = [_rules_loaded, *current_app.extensions.get("readiness_checks", [])]
    passed = []
    for check in checks:
        name = "rules_loaded" if check is _rules_loaded else check_name(check)
        try:
            check()
        except Exception as error:  # any failure of a check means "not ready", never a 500
            log.warning("readiness check %s failed: %s", name, type(error).__name__)
            body = {
                "status": "unavailable",
                "failed": name,
                "checks": passed,
                "error": {
                    "code": "not_ready",
                    "message": f"Dịch vụ chưa sẵn sàng: kiểm tra “{name}” không đạt.",
                    "message_en": f"The service is not ready: check “{name}” failed.",
                },
            }
            return jsonify(body), 503
        passed.append(name)
    return jsonify({"status": "ok", "checks": passed}), 200
