"""The job that reads an upload: files → dossier → report, with progress; saved as a revision or kept for pickup."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from extractors import Intake, Limits, read_file
from store.database import Database
from store.dossiers import save_revision
from store.files import FileStore
from store.models import Dossier, Job, now
from validators.report import check_report
from validators.rulebook import RuleLibrary

log = logging.getLogger(__name__)
STEPS_PER_FILE = 100


@dataclass(frozen=True)
class ReadingServices:
    """What reading an upload needs, none of it Flask."""

    database: Database
    files: FileStore
    scratch: FileStore
    library: RuleLibrary
    limits: Limits
    default_profile: str | None = None


def with_case_details(data: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    """The consideration date and province profile chosen at upload, written into `ho_so` unless the files set them."""
    case = data.setdefault("ho_so", {})
    if params.get("ngay_xet"):
        case["ngay_xet"] = params["ngay_xet"]
    if params.get("profile") and not case.get("ho_so_dia_phuong"):
        case["ho_so_dia_phuong"] = params["profile"]
    if not case:
        data.pop("ho_so")
    return data


def read_upload(services: ReadingServices, job_id: str) -> None:
    """Run one reading job to its end; a failure is recorded on the job, never raised into the queue."""
    with services.database.session() as session:
        job = session.get(Job, job_id)
        if job is None or job.status != "queued":
            return
        job.status, job.updated_at = "running", now()
        params = dict(job.params)
    try:
        intake = _read(services, job_id, params)
        _finish(services, job_id, params, intake)
    except Exception as error:  # the job records it; the worker keeps serving
        # Where it failed, never the exception's text or locals: those may hold the dossier's values.
        where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
        log.error(
            "reading job %s failed: %s at %s:%s",
            job_id,
            type(error).__name__,
            where.filename if where else "?",
            where.lineno if where else "?",
        )
        _fail(services, job_id)
    finally:
        if params.get("anonymous"):
            for item in params.get("files", []):
                services.scratch.delete(item["sha256"])


def _read(services: ReadingServices, job_id: str, params: dict[str, Any]) -> Intake:
    files = params.get("files", [])
    intake = Intake(name=params.get("name") or "ho-so")
    store = services.scratch if params.get("anonymous") else services.files
    for index, item in enumerate(files):
        _progress(services, job_id, index * STEPS_PER_FILE, item["name"])

        def pages(done: int, total: int, index: int = index, name: str = item["name"]) -> None:
            step = index * STEPS_PER_FILE + (done * STEPS_PER_FILE) // max(total, 1)
            _progress(services, job_id, step, name, f"{done}/{total}")

        read_file(item["name"], store.get(item["sha256"]), intake, limits=services.limits, progress=pages)
    return intake


def _progress(services: ReadingServices, job_id: str, done: int, name: str, pages: str = "") -> None:
    with services.database.session() as session:
        job = session.get(Job, job_id)
        if job is not None:
            job.done, job.current, job.updated_at = done, f"{name} {pages}".strip(), now()


def _finish(services: ReadingServices, job_id: str, params: dict[str, Any], intake: Intake) -> None:
    data = with_case_details(intake.data, params)
    report = check_report(
        services.library,
        data,
        default_profile=services.default_profile,
        name=intake.name,
        documents=intake.documents,
    )
    with services.database.session() as session:
        job = session.get(Job, job_id)
        if job is None:
            return
        if params.get("anonymous"):
            job.result = {"data": data, "documents": report.get("documents", []), "report": report}
        else:
            dossier = session.scalar(select(Dossier).where(Dossier.id == job.dossier_id))
            if dossier is not None:
                save_revision(
                    session,
                    dossier,
                    report,
                    data,
                    documents=report["documents"],
                    author_id=job.owner_id,
                    source="upload",
                )
            job.result = {"dossier": dossier.public_id if dossier else None}
        job.status, job.done, job.current, job.updated_at = "done", job.total, "", now()


def _fail(services: ReadingServices, job_id: str) -> None:
    with services.database.session() as session:
        job = session.get(Job, job_id)
        if job is None:
            return
        job.status, job.updated_at = "failed", now()
        job.error = "Không đọc được hồ sơ do lỗi hệ thống; hãy thử lại. (The dossier could not be read; please retry.)"
        if job.dossier_id is not None and (dossier := session.get(Dossier, job.dossier_id)) is not None:
            dossier.status = "failed"
