"""Retention: uploaded files older than the configured age are deleted; unfinished anonymous work is dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from store.files import FileStore
from store.models import DossierFile, Job, now

_AGE = re.compile(r"^\s*(\d+)\s*([dhw])\s*$")
_UNITS = {"d": "days", "h": "hours", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    """“90d”, “12h”, “2w” → a duration; ValueError for anything else."""
    match = _AGE.match(text)
    if not match:
        raise ValueError(f"not an age like 90d, 12h or 2w: {text!r}")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


@dataclass(frozen=True)
class Purged:
    """What one purge removed."""

    files: int
    blobs: int
    jobs: int


def purge(session: Session, files: FileStore, older_than: timedelta, *, at: datetime | None = None) -> Purged:
    """Delete uploads older than *older_than* (the record stays, marked purged) and jobs of that age."""
    cutoff = (at or now()) - older_than
    old = list(
        session.scalars(select(DossierFile).where(DossierFile.uploaded_at < cutoff, DossierFile.purged_at.is_(None)))
    )
    for record in old:
        record.purged_at = now()
    session.flush()
    digests = {record.sha256 for record in old}
    still_used = set(
        session.scalars(
            select(DossierFile.sha256).where(DossierFile.sha256.in_(digests), DossierFile.purged_at.is_(None))
        )
    )
    blobs = sum(files.delete(digest) for digest in digests - still_used)
    jobs = session.execute(delete(Job).where(Job.created_at < cutoff)).rowcount or 0
    return Purged(len(old), blobs, jobs)
