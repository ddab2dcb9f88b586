"""Background checks for API clients: POST /api/v1/jobs (files) → 202 and a job URL to poll for the report."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, request, url_for
from werkzeug.exceptions import HTTPException

from errors import InputError, ServiceError
from store.models import Job
from web.api import http_error, service_error
from web.upload_jobs import start_reading, upload_params, uploaded_files

jobs_api = Blueprint("jobs_api", __name__, url_prefix="/api/v1")
jobs_api.register_error_handler(ServiceError, service_error)
jobs_api.register_error_handler(HTTPException, http_error)


@jobs_api.post("/jobs")
def create_job() -> tuple[Response, int]:
    """Queue the reading and checking of uploaded files (multipart `files`, optional `ngay_xet`, `profile`)."""
    params = upload_params(request.form)
    files = uploaded_files(request.files.getlist("files"))
    job = start_reading(files, params)
    status_url = url_for("jobs_api.job_state", job_id=job.id)
    response = jsonify({"job": job.id, "status": job.status, "status_url": status_url})
    response.headers["Location"] = status_url
    return response, 202


@jobs_api.get("/jobs/<job_id>")
def job_state(job_id: str) -> Response:
    """Progress while the job runs; once done, the report (handed over once, then deleted from the server)."""
    database = current_app.extensions["database"]
    with database.session() as session:
        job = session.get(Job, job_id)
        if job is None or job.owner_id is not None:
            raise InputError(
                "Không có công việc này (hoặc kết quả đã được lấy).",
                "No such job (or its result was already fetched).",
                status=404,
                code="no_such_job",
            )
        answer = {
            "job": job.id,
            "status": job.status,
            "percent": job.percent,
            "current": job.current,
        }
        if job.status == "failed":
            answer["error"] = job.error
        if job.status == "done" and job.result:
            answer["report"] = job.result["report"]
            session.delete(job)
    response = jsonify(answer)
    response.headers["Cache-Control"] = "no-store"
    return response
