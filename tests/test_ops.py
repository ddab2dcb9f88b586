"""Health and readiness: /healthz answers while the process runs; /readyz names the check that fails."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app


@pytest.fixture
def fresh_app() -> Flask:
    """An app of its own, free to change its readiness checks."""
    return create_app({"TESTING": True})


def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}


def test_readyz_when_ready(fresh_app: Flask) -> None:
    calls = []
    fresh_app.extensions["readiness_checks"] = [lambda: calls.append(1)]
    response = fresh_app.test_client().get("/readyz")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"
    assert response.get_json()["checks"][0] == "rules_loaded" and calls == [1]


def test_readyz_names_the_failing_check(fresh_app: Flask) -> None:
    def libreoffice_profile() -> None:
        raise OSError("profile folder missing")

    after = []
    fresh_app.extensions["readiness_checks"] = [lambda: None, libreoffice_profile, lambda: after.append(1)]
    response = fresh_app.test_client().get("/readyz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable" and body["failed"] == "libreoffice_profile"
    assert body["error"]["code"] == "not_ready"
    assert "libreoffice_profile" in body["error"]["message"] and body["error"]["message_en"]
    assert "profile folder missing" not in response.get_data(as_text=True)  # no internal detail leaks
    assert after == []  # stops at the first failure


def test_readyz_without_rules(fresh_app: Flask) -> None:
    del fresh_app.extensions["rule_library"]
    response = fresh_app.test_client().get("/readyz")
    assert response.status_code == 503 and response.get_json()["failed"] == "rules_loaded"
    assert fresh_app.test_client().get("/healthz").status_code == 200  # alive, just not ready
