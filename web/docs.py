"""API documentation: the OpenAPI document as JSON (GET /api/v1/openapi.json) and a readable page (GET /api/docs)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml
from flask import Blueprint, Response, render_template, request

OPENAPI_FILE = Path(__file__).resolve().parent / "openapi.yaml"
METHODS = ("get", "post", "put", "patch", "delete")
docs = Blueprint("docs", __name__)


@functools.lru_cache(maxsize=1)
def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document (web/openapi.yaml), read once."""
    return yaml.safe_load(OPENAPI_FILE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _openapi_json() -> bytes:
    return json.dumps(openapi_document(), ensure_ascii=False, default=str).encode("utf-8")


@docs.get("/api/v1/openapi.json")
def openapi_json() -> Response:
    """The OpenAPI document, as JSON."""
    return Response(_openapi_json(), mimetype="application/json")


def resolve(document: dict[str, Any], node: Any) -> Any:
    """*node* with local `$ref`s ("#/components/…") followed (at most 10 in a chain)."""
    for _ in range(10):
        reference = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(reference, str) or not reference.startswith("#/"):
            break
        node = document
        for part in reference[2:].split("/"):
            node = node[part]
    return node


def _schema_fields(document: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    schema = resolve(document, schema)
    required = set(schema.get("required", []))
    fields = []
    for name, field in schema.get("properties", {}).items():
        field = resolve(document, field)
        kind = field.get("type", "object")
        if kind == "array":
            kind = f"{resolve(document, field.get('items', {})).get('format') or 'string'}[]"
        fields.append({"name": name, "type": field.get("format") or kind, "required": name in required,
                       "description": field.get("description", "")})
    return fields


def curl_example(base: str, path: str, operation: dict[str, Any], document: dict[str, Any]) -> str:
    """An example curl command for one operation."""
    url = base.rstrip("/") + path.replace("{form}", "2-KND")
    queries = [resolve(document, parameter) for parameter in operation.get("parameters", [])]
    if any(query.get("name") == "ngay_xet" for query in queries):
        url += "?ngay_xet=2026-11-20"
    elif any(query.get("name") == "format" for query in queries):
        url += "?format=docx"
    content = operation.get("requestBody", {}).get("content", {})
    if "multipart/form-data" in content:
        parts = []
        for field in _schema_fields(document, content["multipart/form-data"]["schema"]):
            if field["type"] == "binary[]":
                parts += [f"-F '{field['name']}=@ly-lich.docx'", f"-F '{field['name']}=@don.pdf'"]
            elif field["type"] == "binary":
                parts.append(f"-F '{field['name']}=@ly-lich.docx'")
        return f"curl -X POST '{url}' " + " ".join(parts)
    if "application/json" in content:
        output = " -o ket-qua.docx" if "/forms" in path else ""
        return f"curl -X POST '{url}' -H 'Content-Type: application/json' --data-binary @ho-so.json{output}"
    return f"curl '{url}'"


def _parameter(document: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    parameter = resolve(document, parameter)
    return {**parameter, "schema": resolve(document, parameter.get("schema", {}))}


def operations(document: dict[str, Any], base: str) -> list[dict[str, Any]]:
    """Every operation of *document*, ready for the page: method, path, parameters, body fields, responses, curl."""
    found = []
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            content = operation.get("requestBody", {}).get("content", {})
            body = [
                {"media_type": media_type, "fields": _schema_fields(document, spec.get("schema", {}))}
                for media_type, spec in content.items()
            ]
            responses = []
            for status, response in operation.get("responses", {}).items():
                response = resolve(document, response)
                responses.append({"status": status, "description": response.get("description", ""),
                                  "media_types": list(response.get("content", {}))})
            found.append(
                {
                    "id": operation.get("operationId", f"{method}-{path}"),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [_parameter(document, parameter) for parameter in operation.get("parameters", [])],
                    "body": body,
                    "responses": responses,
                    "curl": curl_example(base, path, operation, document),
                }
            )
    return found


@docs.get("/api/docs")
def api_docs() -> str:
    """The readable API page: each operation, its parameters, responses and an example curl."""
    document = openapi_document()
    return render_template("api_docs.html", info=document["info"], operations=operations(document, request.host_url))
