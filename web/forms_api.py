"""Form filling API: POST /api/v1/forms/{form}?format=docx|pdf (one form), POST /api/v1/forms (all, as a ZIP)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import HTTPException

from errors import InputError, ServiceError, UnknownRuleSetError
from forms import ZIP_TYPE, FilledForm, PdfConverter, ascii_file_name, check_format, fill, fill_all, lookup, zip_forms
from forms.catalog import active_profile, applicant_name, safe_file_name
from web.api import _json_body, http_error, service_error

forms_api = Blueprint("forms_api", __name__, url_prefix="/api/v1")
forms_api.register_error_handler(ServiceError, service_error)
forms_api.register_error_handler(HTTPException, http_error)


def converter() -> PdfConverter:
    """The app's LibreOffice converter (config PDF_MAX_PARALLEL, PDF_TIMEOUT, SOFFICE; env DOSSIER_…)."""
    found = current_app.extensions.get("pdf_converter")
    if found is None:
        config = current_app.config
        found = PdfConverter(
            max_parallel=int(config.get("PDF_MAX_PARALLEL", 2)),
            timeout=float(config.get("PDF_TIMEOUT", 60)),
            soffice=config.get("SOFFICE"),
        )
        current_app.extensions["pdf_converter"] = found
    return found


def attachment(content: bytes, name: str, media_type: str) -> Response:
    """A download: the bytes, and a Content-Disposition naming the file in UTF-8 (RFC 5987) with an ASCII twin."""
    response = Response(content, mimetype=media_type)
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{ascii_file_name(name)}"; filename*=UTF-8\'\'{quote(name, safe="")}'
    )
    response.headers["Cache-Control"] = "no-store"  # a dossier is personal data
    return response


def _dossier() -> dict[str, Any]:
    body = _json_body()
    return body["dossier"] if isinstance(body.get("dossier"), dict) else body


def sponsor_number() -> int | None:
    """`?sponsor=N` (which Mẫu 3-KNĐ letter), None when absent; 400 when it is not a number."""
    value = request.args.get("sponsor")
    if value in (None, ""):
        return None
    if not value.isdigit():
        raise InputError(
            f"sponsor “{value}” phải là số thứ tự người giới thiệu (1, 2 …).",
            f"sponsor “{value}” must be the sponsor's number (1, 2 …).",
            code="invalid_sponsor",
        )
    return int(value)


def _profile(dossier: dict[str, Any]) -> str | None:
    """The profile in force (query `profile`, the dossier's, else the service default); it must be installed."""
    profile = active_profile(dossier, request.args.get("profile"), current_app.config.get("DEFAULT_PROFILE"))
    if profile and profile not in current_app.extensions["rule_library"].profiles:
        raise UnknownRuleSetError(
            f"Không có hồ sơ địa phương “{profile}”.", f"No province profile “{profile}” is installed."
        )
    return profile


@forms_api.post("/forms/<form>")
def fill_form(form: str) -> Response:
    """Fill one form from the dossier sent as JSON; `?format=docx|pdf`, `?sponsor=N` for Mẫu 3-KNĐ."""
    spec = lookup(form)  # 404 before reading the body
    output = check_format(request.args.get("format"))
    sponsor = sponsor_number()
    dossier = _dossier()
    filled = fill(
        spec.form_id, dossier, output=output, converter=converter() if output == "pdf" else None,
        sponsor=sponsor, profile=_profile(dossier),
    )
    return attachment(filled.content, filled.file_name, filled.media_type)


@forms_api.post("/forms")
def fill_every_form() -> Response:
    """Every form the dossier has data for (Mẫu 3-KNĐ once per sponsor), as one ZIP; `?format=docx|pdf`."""
    output = check_format(request.args.get("format"))
    dossier = _dossier()
    filled = fill_all(dossier, output=output, converter=converter() if output == "pdf" else None,
                      profile=_profile(dossier))
    return forms_archive(filled, dossier)


def forms_archive(filled: list[FilledForm], dossier: dict[str, Any]) -> Response:
    """The filled forms as one ZIP named after the applicant; 400 when the dossier holds data for no form."""
    if not filled:
        raise InputError(
            "Hồ sơ chưa có dữ liệu cho mẫu biểu nào.", "The dossier holds data for no form.", code="no_form_data"
        )
    name = applicant_name(dossier)
    archive = safe_file_name(f"Hồ sơ kết nạp Đảng - {name}.zip" if name else "Hồ sơ kết nạp Đảng.zip")
    return attachment(zip_forms(filled), archive, ZIP_TYPE)
