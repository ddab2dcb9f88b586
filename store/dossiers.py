"""Dossiers as staff see them: who may see which, saving a revision, listing, and what changed between revisions."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dossier.text import name_key
from store.models import Dossier, DossierFile, Organisation, Revision, User, now


def visible_organisations(session: Session, user: User) -> set[int]:
    """A chi bộ's own organisation; for a ban tổ chức, its organisation and every one below it."""
    allowed = {user.organisation_id}
    if user.role != "ban_to_chuc":
        return allowed
    children: dict[int | None, list[int]] = {}
    for organisation_id, parent_id in session.execute(select(Organisation.id, Organisation.parent_id)):
        children.setdefault(parent_id, []).append(organisation_id)
    frontier = [user.organisation_id]
    while frontier:
        below = children.get(frontier.pop(), [])
        frontier.extend(child for child in below if child not in allowed)
        allowed.update(below)
    return allowed


def find_dossier(session: Session, user: User, public_id: str) -> Dossier | None:
    """The dossier if *user* may see it; None otherwise (the caller answers 404 either way)."""
    dossier = session.scalar(select(Dossier).where(Dossier.public_id == public_id))
    if dossier is None or dossier.organisation_id not in visible_organisations(session, user):
        return None
    return dossier


def plain_letters(value: str) -> str:
    """Lower-case letters without tone or vowel marks: matched only by a query typed without any of them."""
    decomposed = unicodedata.normalize("NFD", value.casefold().replace("đ", "d"))
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


def has_marks(value: str) -> bool:
    """True when the text carries any Vietnamese mark (then the search respects the marks)."""
    return plain_letters(value) != " ".join(value.casefold().split())


def list_dossiers(session: Session, user: User, *, query: str = "", ready: bool | None = None) -> list[Dossier]:
    """Dossiers *user* may see, newest first; *query* searches the applicant's name, marks respected when typed."""
    statement = select(Dossier).where(Dossier.organisation_id.in_(visible_organisations(session, user)))
    if query.strip():
        words = query.split()
        column, keyed = (Dossier.search_key, name_key) if has_marks(query) else (Dossier.search_plain, plain_letters)
        statement = statement.where(*(column.contains(keyed(word)) for word in words))
    if ready is not None:
        statement = statement.where(Dossier.ready.is_(ready), Dossier.status == "saved")
    return list(session.scalars(statement.order_by(Dossier.updated_at.desc(), Dossier.id.desc())))


def applicant_name(data: dict[str, Any]) -> str:
    """The applicant's name as the dossier writes it (biography first)."""
    for section, key in (("ly_lich", "ho_ten_khai_sinh"), ("don", "ho_ten"), ("chung_nhan", "ho_ten")):
        value = (data.get(section) or {}).get(key) if isinstance(data.get(section), dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def save_revision(
    session: Session,
    dossier: Dossier,
    report: dict[str, Any],
    data: dict[str, Any],
    *,
    documents: list[dict[str, Any]] | None = None,
    author_id: int | None = None,
    source: str = "edit",
) -> Revision:
    """Add the next revision (data as edited, findings as checked) and refresh the dossier's list summary.

    The dossier row is locked first (PostgreSQL), so concurrent saves queue instead of taking one number twice;
    on SQLite a race ends in IntegrityError, which `Database.transaction` retries."""
    session.execute(select(Dossier.id).where(Dossier.id == dossier.id).with_for_update())
    number = (session.scalar(select(func.max(Revision.number)).where(Revision.dossier_id == dossier.id)) or 0) + 1
    if documents is None:
        previous = revision_pair(session, dossier)[0]
        documents = previous.documents if previous else []
    revision = Revision(
        dossier_id=dossier.id,
        number=number,
        author_id=author_id,
        source=source,
        data=data,
        documents=documents,
        findings=report["findings"],
    )
    session.add(revision)
    name = applicant_name(data)
    summary = report["summary"]
    dossier.title = name or dossier.title
    dossier.search_key, dossier.search_plain = name_key(name), plain_letters(name)
    dossier.status, dossier.ready = "saved", bool(summary["ready"])
    dossier.errors, dossier.warnings, dossier.infos = summary["error"], summary["warning"], summary["info"]
    dossier.ngay_xet = report.get("ngay_xet")
    dossier.revision_count, dossier.updated_at = number, now()
    session.flush()
    return revision


def revision_pair(session: Session, dossier: Dossier) -> tuple[Revision | None, Revision | None]:
    """The newest revision and the one before it."""
    rows = list(
        session.scalars(
            select(Revision).where(Revision.dossier_id == dossier.id).order_by(Revision.number.desc()).limit(2)
        )
    )
    return (rows[0] if rows else None), (rows[1] if len(rows) > 1 else None)


def dossier_files(session: Session, dossier: Dossier) -> list[DossierFile]:
    """The files uploaded for a dossier, oldest first."""
    return list(
        session.scalars(select(DossierFile).where(DossierFile.dossier_id == dossier.id).order_by(DossierFile.id))
    )
