"""Schemathesis against the served OpenAPI document, in-process (WSGI): no 5xx, every answer as documented.

The checks are the conformance ones. Schemathesis' "positive data accepted" and "negative data rejected" are left
out on purpose: the API answers schema-valid but meaningless uploads with 415/422 (their content, not their shape,
is wrong) and answers wrongly typed dossier items with a 200 report whose findings name them."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app import create_app

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def api_schema() -> schemathesis.BaseSchema:
    """The document as the service serves it, bound to a fresh app instance."""
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", create_app({"TESTING": True}))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_document(case: schemathesis.Case) -> None:
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code < 500
