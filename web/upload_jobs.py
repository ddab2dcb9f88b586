"""Accept an upload from a page or the jobs API: check the form, keep the files, create and queue the reading job."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_login import current_user
from sqlalchemy.orm import Session
from werkzeug.datastructures import FileStorage

from dossier.dates import parse_day
from errors import InputError
from jobs.reading import STEPS_PER_FILE
from store.dossiers import visible_organisations
from store.models import Dossier, DossierFile, Job, User
from web.uploads import upload_name

MAX_FILES = 40


def upload_params(form: Any) -> dict[str, Any]:
    """The consideration date and profile chosen with the upload; InputError (400) when they are not valid."""
    ngay_xet = (form.get("ngay_xet") or "").strip()
    if ngay_xet and parse_day(ngay_xet) is None:
        raise InputError(
            f"Ngày xét “{ngay_xet}” không phải ngày dạng YYYY-MM-DD.",
            f"The consideration date “{ngay_xet}” is not a YYYY-MM-DD date.",
            code="invalid_ngay_xet",
        )
    profile = (form.get("profile") or "").strip()
    if profile and profile not in current_app.extensions["rule_library"].profiles:
        raise InputError(f"Không có hồ sơ địa phương “{profile}”.", f"No province profile “{profile}”.", code="profile")
    return {"ngay_xet": ngay_xet or None, "profile": profile or None}


def uploaded_files(files: list[FileStorage]) -> list[tuple[str, bytes]]:
    """The chosen files' names and bytes; InputError when none was chosen or too many were."""
    chosen = [(upload_name(item.filename), item.read()) for item in files if item and item.filename]
    if not chosen:
        raise InputError("Chưa chọn tệp nào.", "No file was chosen.", code="no_files")
    if len(chosen) > MAX_FILES:
        raise InputError(
            f"Mỗi lần tải lên tối đa {MAX_FILES} tệp.", f"At most {MAX_FILES} files per upload.", code="too_many_files"
        )
    return chosen


def organisation_for(session: Session, user: User, requested: str | None) -> int:
    """The organisation a new dossier belongs to: the one chosen if the user may see it, else the user's own."""
    if requested and requested.isdigit() and int(requested) in visible_organisations(session, user):
        return int(requested)
    return user.organisation_id


def start_reading(files: list[tuple[str, bytes]], params: dict[str, Any], organisation: str | None = None) -> Job:
    """Keep the files (staff: in the dossier's store; anyone else: scratch, deleted after reading) and queue the job."""
    reading = current_app.extensions["reading"]
    staff = bool(current_user.is_authenticated)
    store = reading.files if staff else reading.scratch
    entries = [{"name": name, "sha256": store.put(content)} for name, content in files]
    with reading.database.session() as session:
        job = Job(
            params={**params, "files": entries, "anonymous": not staff},
            total=len(entries) * STEPS_PER_FILE,
            owner_id=current_user.id if staff else None,
        )
        if staff:
            dossier = Dossier(
                organisation_id=organisation_for(session, current_user, organisation),
                created_by=current_user.id,
                title=files[0][0],
            )
            session.add(dossier)
            session.flush()
            session.add_all(
                DossierFile(dossier_id=dossier.id, sha256=entry["sha256"], name=entry["name"], size=len(content))
                for entry, (_, content) in zip(entries, files, strict=True)
            )
            job.dossier_id = dossier.id
        session.add(job)
        session.flush()
        job_id = job.id
    current_app.extensions["read_upload"](job_id)
    with reading.database.session() as session:
        return session.get(Job, job_id)
