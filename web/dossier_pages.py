"""Staff pages: the dossier list and its export, a stored dossier's review, revisions, files, forms and report."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy.orm import Session

from errors import ServiceError
from forms import check_format, fill, fill_all, lookup
from store.changes import field_changes, finding_changes
from store.dossiers import dossier_files, find_dossier, list_dossiers, revision_pair, save_revision
from store.models import Dossier, DossierFile, Revision
from web.api import service_error
from web.exports import EXPORT_TYPES, export_rows
from web.forms_api import attachment, converter, forms_archive, sponsor_number
from web.review import fresh_report, review_context

dossier_pages = Blueprint("dossier_pages", __name__, url_prefix="/ho-so")
dossier_pages.register_error_handler(ServiceError, service_error)


@dossier_pages.before_request
@login_required
def staff_only() -> None:
    """Every page here needs a signed-in staff member."""


def _database() -> Any:
    return current_app.extensions["database"]


def _dossier(db: Session, public_id: str) -> Dossier:
    """The dossier when this user may see it; 404 for another organisation's, exactly as for one that does not exist."""
    dossier = find_dossier(db, current_user, public_id)
    if dossier is None:
        abort(404)
    return dossier


def _latest(db: Session, public_id: str) -> tuple[Dossier, Revision]:
    dossier = _dossier(db, public_id)
    latest, _ = revision_pair(db, dossier)
    if latest is None:
        abort(404)
    return dossier, latest


def _ready_filter() -> bool | None:
    return {"yes": True, "no": False}.get(request.args.get("ready", ""))


@dossier_pages.get("")
def list_dossiers_page() -> str:
    """The dossiers this user may see, with status and counts; search by name (marks respected when typed)."""
    query = request.args.get("q", "")
    with _database().session() as db:
        dossiers = list_dossiers(db, current_user, query=query, ready=_ready_filter())
    return render_template("list.html", dossiers=dossiers, query=query, ready=request.args.get("ready", ""))


@dossier_pages.get("/xuat.<kind>")
def export_list(kind: str) -> Response:
    """The filtered list as XLSX or CSV, for reports."""
    if kind not in EXPORT_TYPES:
        abort(404)
    with _database().session() as db:
        dossiers = list_dossiers(db, current_user, query=request.args.get("q", ""), ready=_ready_filter())
    content, media_type = export_rows(dossiers, kind)
    return attachment(content, f"danh-sach-ho-so.{kind}", media_type)


@dossier_pages.get("/<public_id>")
def review(public_id: str) -> str:
    """The stored dossier: its newest revision beside its findings, and what changed since the revision before."""
    with _database().session() as db:
        dossier = _dossier(db, public_id)
        latest, previous = revision_pair(db, dossier)
        files = dossier_files(db, dossier)
    if latest is None:
        return render_template("processing.html", dossier=dossier)
    report = fresh_report(latest.data, latest.documents, dossier.title or None)
    changes = None
    if previous is not None:
        changes = {
            "number": previous.number,
            "fields": field_changes(previous.data, latest.data),
            **finding_changes(previous.findings, latest.findings),
        }
    return render_template(
        "review.html",
        mode="stored",
        dossier=dossier,
        revision=latest,
        changes=changes,
        files=files,
        documents=latest.documents,
        **review_context(latest.data, report, mode="stored", public_id=public_id),
    )


@dossier_pages.post("/<public_id>/luu")
def save(public_id: str) -> tuple[Response, int]:
    """Save the edited dossier (JSON {"dossier": …}) as a new revision; the answer says which."""
    body = request.get_json(silent=True)
    data = body.get("dossier") if isinstance(body, dict) else None
    if not isinstance(data, dict):
        return jsonify(
            {
                "error": {
                    "code": "not_an_object",
                    "message": "Cần gửi hồ sơ (đối tượng JSON).",
                    "message_en": "Send the dossier (a JSON object).",
                }
            }
        ), 400

    def save_edit(db: Session) -> tuple[int, dict[str, Any]]:
        dossier = _dossier(db, public_id)
        latest, _ = revision_pair(db, dossier)
        report = fresh_report(data, latest.documents if latest else [], dossier.title or None)
        return save_revision(db, dossier, report, data, author_id=current_user.id).number, report

    number, report = _database().transaction(save_edit)
    return jsonify(
        {"revision": number, "url": url_for("dossier_pages.review", public_id=public_id), "summary": report["summary"]}
    ), 201


@dossier_pages.get("/<public_id>/mau/<form>")
def download_form(public_id: str, form: str) -> Response:
    """One form filled from the newest revision; `?format=docx|pdf`, `?sponsor=N`."""
    spec = lookup(form)
    output = check_format(request.args.get("format"))
    with _database().session() as db:
        _, latest = _latest(db, public_id)
    sponsor = sponsor_number()
    filled = fill(
        spec.form_id,
        latest.data,
        output=output,
        converter=converter() if output == "pdf" else None,
        sponsor=sponsor,
        default_profile=current_app.config["DEFAULT_PROFILE"],
    )
    return attachment(filled.content, filled.file_name, filled.media_type)


@dossier_pages.get("/<public_id>/mau.zip")
def download_all_forms(public_id: str) -> Response:
    """Every form the newest revision has data for, as one ZIP."""
    output = check_format(request.args.get("format"))
    with _database().session() as db:
        _, latest = _latest(db, public_id)
    filled = fill_all(
        latest.data,
        output=output,
        converter=converter() if output == "pdf" else None,
        default_profile=current_app.config["DEFAULT_PROFILE"],
    )
    return forms_archive(filled, latest.data)


@dossier_pages.get("/<public_id>/bao-cao.json")
def report_json(public_id: str) -> Response:
    """The report of the newest revision, as JSON."""
    with _database().session() as db:
        dossier, latest = _latest(db, public_id)
    response = jsonify(fresh_report(latest.data, latest.documents, dossier.title or None))
    response.headers["Cache-Control"] = "no-store"
    return response


@dossier_pages.get("/<public_id>/bao-cao")
def report_page(public_id: str) -> str:
    """The report of the newest revision as a printable page."""
    with _database().session() as db:
        dossier, latest = _latest(db, public_id)
    report = fresh_report(latest.data, latest.documents, dossier.title or None)
    return render_template("report_print.html", dossier=dossier, **review_context(latest.data, report))


@dossier_pages.get("/<public_id>/tep/<int:file_id>")
def download_file(public_id: str, file_id: int) -> Response:
    """An uploaded file, to its owner's organisation only, always as a download of opaque bytes."""
    with _database().session() as db:
        dossier = _dossier(db, public_id)
        record = db.get(DossierFile, file_id)
    if record is None or record.dossier_id != dossier.id or record.purged_at is not None:
        abort(404)
    try:
        content = current_app.extensions["reading"].files.get(record.sha256)
    except FileNotFoundError:
        abort(404)
    return attachment(content, record.name, "application/octet-stream")
