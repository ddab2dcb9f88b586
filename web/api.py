"""JSON API under /api/v1 (../shared/spec/interfaces.md): validate, check, rules."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from dossier.dates import parse_day
from dossier.model import MAX_NESTING, nesting_depth
from errors import InputError, ServiceError
from extractors import Intake, read_file
from validators.report import check_report
from web.uploads import upload_name

api = Blueprint("api", __name__, url_prefix="/api/v1")


@api.errorhandler(ServiceError)
def service_error(error: ServiceError) -> tuple[Response, int]:
    """Every refusal as JSON {"error": {code, message, message_en}} with a fitting status."""
    return jsonify(error.as_json()), error.status


@api.errorhandler(HTTPException)
def http_error(error: HTTPException) -> tuple[Response, int]:
    """Werkzeug's own refusals (413, 404, 405 …) in the same JSON shape, in both languages."""
    messages = {
        413: ("Dữ liệu gửi lên quá lớn.", "The request is too large."),
        404: ("Không có địa chỉ này.", "No such endpoint."),
        405: ("Phương thức không được hỗ trợ ở địa chỉ này.", "Method not allowed here."),
    }
    status = error.code or 500
    message, message_en = messages.get(status, ("Yêu cầu không hợp lệ.", error.description or "Bad request."))
    return jsonify(
        {"error": {"code": error.name.lower().replace(" ", "_"), "message": message, "message_en": message_en}}
    ), status


def _ngay_xet(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or parse_day(value) is None:
        raise InputError(
            f"ngay_xet “{value}” không phải ngày dạng YYYY-MM-DD.",
            f"ngay_xet “{value}” is not a YYYY-MM-DD date.",
            code="invalid_ngay_xet",
        )
    return value


def _json_body() -> dict[str, Any]:
    if not request.is_json:
        raise InputError(
            "Cần gửi JSON (Content-Type: application/json).",
            "Send JSON (Content-Type: application/json).",
            status=415,
            code="unsupported_media_type",
        )
    limit = current_app.config["JSON_MAX_BYTES"]
    too_large = InputError("Hồ sơ JSON quá lớn.", "The JSON dossier is too large.", status=413, code="too_large")
    if (request.content_length or 0) > limit:
        raise too_large
    raw = request.stream.read(limit + 1)  # a chunked body has no length to check first
    if len(raw) > limit:
        raise too_large
    try:
        body = json.loads(raw or b"null")
    except (ValueError, RecursionError) as error:
        raise InputError("JSON không hợp lệ.", f"Invalid JSON: {error}", code="invalid_json") from error
    if not isinstance(body, dict):
        raise InputError(
            "Nội dung phải là một hồ sơ (đối tượng JSON).",
            "The body must be a dossier (a JSON object).",
            code="not_an_object",
        )
    if nesting_depth(body) > MAX_NESTING:
        raise InputError(
            f"JSON lồng nhau quá {MAX_NESTING} tầng; hồ sơ không có cấu trúc như vậy.",
            f"JSON nested deeper than {MAX_NESTING} levels; no dossier is shaped like that.",
            code="too_deep",
        )
    return body


@api.post("/validate")
def validate_dossier() -> Response:
    """Check a canonical dossier sent as JSON; the report has no `documents`."""
    body = _json_body()
    ngay_xet = _ngay_xet(request.args.get("ngay_xet") or body.pop("ngay_xet", None))
    dossier = body["dossier"] if isinstance(body.get("dossier"), dict) else body
    report = check_report(
        current_app.extensions["rule_library"],
        dossier,
        ngay_xet=ngay_xet,
        default_profile=current_app.config["DEFAULT_PROFILE"],
    )
    return jsonify(report)


@api.post("/check")
def check_files() -> Response:
    """Check a dossier uploaded as files (multipart field `files`); unreadable files become findings."""
    uploads = request.files.getlist("files")
    if not uploads:
        raise InputError("Chưa chọn tệp nào (trường `files`).", "No files were sent (field `files`).", code="no_files")
    intake = Intake(name=request.form.get("ten") or "ho-so")
    for upload in uploads:
        read_file(upload_name(upload.filename), upload.read(), intake, limits=current_app.config["EXTRACT_LIMITS"])
    ngay_xet = _ngay_xet(request.form.get("ngay_xet") or request.args.get("ngay_xet"))
    report = check_report(
        current_app.extensions["rule_library"],
        intake.data,
        ngay_xet=ngay_xet,
        default_profile=current_app.config["DEFAULT_PROFILE"],
        name=intake.name,
        documents=intake.documents,
    )
    return jsonify(report)


@api.post("/extract")
def extract_file() -> Response:
    """Read one uploaded file (multipart field `file`) → {"type", "layout", "data"}; 422/415 when unreadable."""
    upload = request.files.get("file") or next(iter(request.files.values()), None)
    if upload is None:
        raise InputError("Chưa chọn tệp (trường `file`).", "No file was sent (field `file`).", code="no_file")
    from extractors.reading import read_one

    entry = read_one(upload_name(upload.filename), upload.read(), current_app.config["EXTRACT_LIMITS"])
    if problem := entry.get("unreadable"):
        raise InputError(problem["message"], problem["message_en"], status=problem["status"], code=problem["code"])
    return jsonify(
        {
            "type": entry["type"],
            "layout": entry["layout"],
            "data": entry.get("data", {}),
            "pages": entry["pages"],
            "ocr": entry["ocr"],
            "warnings": entry["warnings"],
        }
    )


@api.get("/rules")
def list_rules() -> Response:
    """Every rule of every rule set and profile: id, severity, title, basis, the fields it reads."""
    library = current_app.extensions["rule_library"]
    sets = {
        name: {"title": rule_set.title, "rules": [rule.describe() for rule in rule_set.rules]}
        for name, rule_set in library.rule_sets.items()
    }
    profiles = {
        name: {"title": profile.title, "extends": profile.extends, "rules": [rule.describe() for rule in profile.rules]}
        for name, profile in library.profiles.items()
    }
    default = library.rule_sets.get("HD38-2025") or next(iter(library.rule_sets.values()))
    return jsonify(
        {
            "rules_version": default.name,
            "rules": [rule.describe() for rule in default.rules],
            "rule_sets": sets,
            "profiles": profiles,
        }
    )
