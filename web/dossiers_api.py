"""Stored dossiers for other tools (Bearer token): list, create, read the newest report, save a revision."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, g, jsonify, url_for
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException

from errors import InputError, ServiceError
from store.dossiers import find_dossier, list_dossiers, revision_pair, save_revision
from store.models import Dossier, User
from web.api import _json_body, http_error, service_error
from web.review import fresh_report

dossiers_api = Blueprint("dossiers_api", __name__, url_prefix="/api/v1/dossiers")
dossiers_api.register_error_handler(ServiceError, service_error)
dossiers_api.register_error_handler(HTTPException, http_error)


@dossiers_api.before_request
def token_required() -> None:
    """Stored dossiers are personal data: only a staff member's token opens them."""
    if g.get("api_caller") is None:
        raise InputError(
            "Cần mã truy cập API (Authorization: Bearer …).",
            "An API token is required (Authorization: Bearer …).",
            status=401,
            code="token_required",
        )


def _caller(session: Session) -> User:
    return session.get(User, g.api_caller.user_id)


def _not_found() -> InputError:
    return InputError("Không có hồ sơ này.", "No such dossier.", status=404, code="no_such_dossier")


def _summary(dossier: Dossier) -> dict[str, Any]:
    return {
        "id": dossier.public_id,
        "title": dossier.title,
        "organisation": dossier.organisation.name,
        "status": dossier.status,
        "ready": dossier.ready,
        "errors": dossier.errors,
        "warnings": dossier.warnings,
        "revision": dossier.revision_count,
        "updated_at": dossier.updated_at.isoformat(timespec="seconds"),
        "url": url_for("dossiers_api.read_dossier", public_id=dossier.public_id),
    }


def _dossier_body() -> dict[str, Any]:
    body = _json_body()
    return body["dossier"] if isinstance(body.get("dossier"), dict) else body


@dossiers_api.get("")
def list_all() -> Response:
    """The dossiers the token's account may see, newest first."""
    with current_app.extensions["database"].session() as session:
        return jsonify({"dossiers": [_summary(item) for item in list_dossiers(session, _caller(session))]})


@dossiers_api.post("")
def create() -> tuple[Response, int]:
    """Store a dossier sent as canonical JSON (revision 1) in the account's organisation; answers its report."""
    data = _dossier_body()
    report = fresh_report(data, None)
    with current_app.extensions["database"].session() as session:
        user = _caller(session)
        dossier = Dossier(organisation_id=user.organisation_id, created_by=user.id)
        session.add(dossier)
        session.flush()
        save_revision(session, dossier, report, data, author_id=user.id, source="api")
        answer = {**_summary(dossier), "report": report}
    return jsonify(answer), 201


@dossiers_api.get("/<public_id>")
def read_dossier(public_id: str) -> Response:
    """The newest revision's data and its report as the rules stand now."""
    with current_app.extensions["database"].session() as session:
        dossier = find_dossier(session, _caller(session), public_id)
        latest = revision_pair(session, dossier)[0] if dossier is not None else None
        if dossier is None or latest is None:
            raise _not_found()
        answer = {**_summary(dossier), "report": fresh_report(latest.data, latest.documents, dossier.title or None)}
    return jsonify(answer)


@dossiers_api.post("/<public_id>/revisions")
def add_revision(public_id: str) -> tuple[Response, int]:
    """Save the dossier sent as JSON as the next revision; answers the revision number and the report."""
    data = _dossier_body()

    def save(session: Session) -> dict[str, Any]:
        user = _caller(session)
        dossier = find_dossier(session, user, public_id)
        if dossier is None:
            raise _not_found()
        latest = revision_pair(session, dossier)[0]
        report = fresh_report(data, latest.documents if latest else None, dossier.title or None)
        revision = save_revision(session, dossier, report, data, author_id=user.id, source="api")
        return {"id": public_id, "revision": revision.number, "summary": report["summary"]}

    return jsonify(current_app.extensions["database"].transaction(save)), 201
