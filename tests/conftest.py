"""Shared fixtures: the rule library, the clean sample dossier, a validation helper, and the Flask app."""

from __future__ import annotations

import copy
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Every app the tests build keeps its database, uploads and queue in a throw-away folder, never in instance/.
TEST_INSTANCE = Path(tempfile.mkdtemp(prefix="dossier-tests-"))
os.environ.update(
    {
        "DOSSIER_DATABASE_URL": f"sqlite:///{TEST_INSTANCE / 'dossiers.db'}",
        "DOSSIER_QUEUE_URL": "immediate",
        "DOSSIER_UPLOAD_DIR": str(TEST_INSTANCE / "uploads"),
        "DOSSIER_SCRATCH_DIR": str(TEST_INSTANCE / "scratch"),
        "DOSSIER_SECRET_KEY": "test-secret-key",
    }
)

from app import create_app  # noqa: E402
from validators.engine import Finding, validate  # noqa: E402
from validators.rulebook import RuleLibrary, load_library  # noqa: E402

SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def library() -> RuleLibrary:
    """The rule library the service ships."""
    return load_library(ROOT / "rules")


@pytest.fixture(scope="session")
def _clean_sample() -> dict[str, Any]:
    return json.loads((SAMPLES / "ho-so-sach.json").read_text(encoding="utf-8"))


@pytest.fixture
def clean(_clean_sample: dict[str, Any]) -> dict[str, Any]:
    """A fresh copy of the clean sample dossier (admission stage, no defect), free to mutate."""
    return copy.deepcopy(_clean_sample)


Check = Callable[..., list[Finding]]


@pytest.fixture
def check(library: RuleLibrary) -> Check:
    """Validate a dossier and return its findings."""

    def run(dossier: dict[str, Any], **options: Any) -> list[Finding]:
        return validate(library, dossier, **options).findings

    return run


def ids(findings: list[Finding]) -> set[str]:
    """The rule ids among *findings*."""
    return {finding.rule for finding in findings}


@pytest.fixture(scope="session")
def app():
    """The service, as `flask --app app run` builds it."""
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    """A test client of the service."""
    return app.test_client()
