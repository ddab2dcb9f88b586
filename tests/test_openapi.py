"""The OpenAPI document: valid OpenAPI 3.1, the same operations as the Flask routes, and a readable docs page."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from openapi_spec_validator import validate

from web.docs import openapi_document

IGNORED_METHODS = {"HEAD", "OPTIONS"}


def flask_operations(app: Flask, prefix: str = "/api/v1") -> set[tuple[str, str]]:
    """(METHOD, /path/{param}) of every route under *prefix*."""
    found = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(prefix):
            path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
            found |= {(method, path) for method in rule.methods - IGNORED_METHODS}
    return found


def documented_operations() -> set[tuple[str, str]]:
    paths = openapi_document()["paths"]
    return {(method.upper(), path) for path, item in paths.items() for method in item if method != "parameters"}


def test_document_is_valid_openapi_31() -> None:
    document = openapi_document()
    assert document["openapi"].startswith("3.1")
    validate(document)  # raises OpenAPIValidationError on any defect


def test_every_api_route_is_documented_and_vice_versa(app: Flask) -> None:
    routes = flask_operations(app)
    documented = documented_operations()
    assert routes == {operation for operation in documented if operation[1].startswith("/api/v1")}
    every_route = flask_operations(app, prefix="/")
    assert documented - every_route == set(), "documented operations the service does not have"
    assert {("POST", "/api/v1/validate"), ("GET", "/healthz"), ("GET", "/readyz")} <= documented


def test_served_json_is_the_document(client: FlaskClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    served = response.get_json()
    assert served["paths"].keys() == openapi_document()["paths"].keys()
    assert "Hồ sơ kết nạp Đảng" in served["info"]["title"]  # UTF-8, not \\u escapes
    assert "Hồ sơ".encode() in response.data


def test_error_responses_share_the_error_shape() -> None:
    document = openapi_document()
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")) and "$ref" in response:
                    assert response["$ref"].startswith("#/components/responses/"), (method, path, status)
    for name, response in document["components"]["responses"].items():
        assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}, name


def test_docs_page_lists_every_operation_with_curl(client: FlaskClient) -> None:
    response = client.get("/api/docs")
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    for method, path in documented_operations():
        assert f"{method} {path}" in page
    assert page.count("curl ") >= len(documented_operations())
    assert "-F &#39;files=@ly-lich.docx&#39;" in page
    assert "--data-binary @ho-so.json" in page
    assert "<script" not in page and "style=" not in page and "http://cdn" not in page and "https://" not in page
    assert 'lang="vi"' in page
