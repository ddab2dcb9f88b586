"""Pages for anyone: upload a dossier, follow its reading, review and correct it; stored only with an account."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user
from sqlalchemy import select

from errors import InputError
from store.dossiers import visible_organisations
from store.models import Job, Organisation
from web.review import fresh_report, review_context
from web.upload_jobs import start_reading, upload_params, uploaded_files

pages = Blueprint("pages", __name__)
REMEMBERED_JOBS = 20


def _upload_page(**extra: Any) -> str:
    """The upload form with the province profiles and, for staff, the organisations a dossier may belong to."""
    organisations: list[Organisation] = []
    if current_user.is_authenticated:
        with current_app.extensions["database"].session() as db:
            allowed = visible_organisations(db, current_user)
            organisations = list(
                db.scalars(select(Organisation).where(Organisation.id.in_(allowed)).order_by(Organisation.id))
            )
    profiles = sorted(current_app.extensions["rule_library"].profiles)
    return render_template("upload.html", profiles=profiles, organisations=organisations, **extra)


@pages.get("/")
def upload() -> str:
    """The upload form: files (or a ZIP), the consideration date, the province profile."""
    return _upload_page()


@pages.post("/tai-len")
def receive_upload() -> Response | tuple[str, int]:
    """Keep the files and queue their reading; the browser then follows the job's progress."""
    try:
        params = upload_params(request.form)
        files = uploaded_files(request.files.getlist("files"))
    except InputError as error:
        if request.accept_mimetypes.best == "application/json":
            return jsonify(error.as_json()), error.status
        return _upload_page(error=error), error.status
    job = start_reading(files, params, request.form.get("organisation"))
    if not current_user.is_authenticated:
        session["jobs"] = [*session.get("jobs", [])[-REMEMBERED_JOBS + 1 :], job.id]
    target = url_for("pages.job_page", job_id=job.id)
    if request.accept_mimetypes.best == "application/json":
        return jsonify({"job": job.id, "url": target, "status_url": url_for("pages.job_status", job_id=job.id)}), 202
    return redirect(target)


def _own_job(job_id: str) -> Job:
    """The job if it is this user's (staff) or this browser's (anyone); 404 otherwise."""
    with current_app.extensions["database"].session() as db:
        job = db.get(Job, job_id)
    if job is None:
        abort(404)
    if job.owner_id is not None:
        if not current_user.is_authenticated or current_user.id != job.owner_id:
            abort(404)
    elif job_id not in session.get("jobs", []):
        abort(404)
    return job


def _next_url(job: Job) -> str | None:
    if job.status != "done" or not job.result:
        return None
    if job.result.get("dossier"):
        return url_for("dossier_pages.review", public_id=job.result["dossier"])
    return url_for("pages.review_result", job_id=job.id)


@pages.get("/cong-viec/<job_id>")
def job_page(job_id: str) -> str:
    """Progress of the reading (the page polls the status below)."""
    job = _own_job(job_id)
    return render_template("job.html", job=job, next_url=_next_url(job))


@pages.get("/cong-viec/<job_id>/trang-thai")
def job_status(job_id: str) -> Response:
    """The job's state as JSON: status, done/total steps, the file being read, where to go when done."""
    job = _own_job(job_id)
    return jsonify(
        {
            "status": job.status,
            "done": job.done,
            "total": job.total,
            "percent": job.percent,
            "current": job.current,
            "error": job.error,
            "next": _next_url(job),
        }
    )


@pages.get("/kiem-tra/<job_id>")
def review_result(job_id: str) -> str:
    """The one-off review of an anonymous upload; the result is handed over once and deleted from the server."""
    job = _own_job(job_id)
    if job.owner_id is not None or job.status != "done" or not job.result:
        abort(404)
    with current_app.extensions["database"].session() as db:
        stored = db.get(Job, job_id)
        if stored is not None:
            db.delete(stored)
    session["jobs"] = [item for item in session.get("jobs", []) if item != job_id]
    result = job.result
    report = fresh_report(result["data"], result.get("documents"), result["report"].get("dossier"))
    return render_template(
        "review.html",
        mode="anonymous",
        documents=result.get("documents", []),
        **review_context(result["data"], report, mode="anonymous"),
    )


@pages.post("/bao-cao/in")
def print_report() -> str:
    """A printable report of the dossier sent from the review page (validated again here; nothing stored)."""
    try:
        data = json.loads(request.form.get("dossier") or "{}")
    except ValueError:
        abort(400)
    if not isinstance(data, dict):
        abort(400)
    documents = json.loads(request.form.get("documents") or "[]")
    report = fresh_report(data, documents if isinstance(documents, list) else None)
    return render_template("report_print.html", **review_context(data, report))
