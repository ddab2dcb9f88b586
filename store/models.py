"""The tables: organisations, staff accounts, dossiers with their revisions and files, and background jobs."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

JSONValue = JSON().with_variant(JSONB(), "postgresql")
ROLES = ("chi_bo", "ban_to_chuc")


def now() -> datetime:
    """The current instant, timezone-aware (UTC in the database)."""
    return datetime.now(UTC)


def public_id() -> str:
    """An unguessable identifier for URLs."""
    return secrets.token_urlsafe(12)


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Organisation(Base):
    """A chi bộ, or a committee above it (đảng ủy xã, ban tổ chức tỉnh); a tree through `parent_id`."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="chi_bo")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)


class User(Base):
    """A staff account: a chi bộ sees its own organisation's dossiers, a ban tổ chức its whole subtree."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    organisation: Mapped[Organisation] = relationship(lazy="joined")

    # What a login manager asks of a user (Flask-Login's protocol, without importing Flask here).
    is_authenticated = True
    is_anonymous = False

    @property
    def is_active(self) -> bool:
        """A disabled account cannot sign in, and its open sessions end."""
        return bool(self.active)

    def get_id(self) -> str:
        """The session's reference to this account."""
        return str(self.id)


class Dossier(Base):
    """One candidate's case; its content lives in numbered revisions, the newest summarised here for lists."""

    __tablename__ = "dossiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=public_id)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    search_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    search_plain: Mapped[str] = mapped_column(String(300), default="", index=True)
    status: Mapped[str] = mapped_column(String(20), default="processing")
    ready: Mapped[bool] = mapped_column(Boolean, default=False)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    infos: Mapped[int] = mapped_column(Integer, default=0)
    ngay_xet: Mapped[str | None] = mapped_column(String(10))
    revision_count: Mapped[int] = mapped_column(Integer, default=0)
    organisation: Mapped[Organisation] = relationship(lazy="joined")


class Revision(Base):
    """One saved state of a dossier: its data, its documents, and the findings it had then."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("dossier_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    source: Mapped[str] = mapped_column(String(20), default="edit")
    data: Mapped[dict[str, Any]] = mapped_column(JSONValue)
    documents: Mapped[list[dict[str, Any]]] = mapped_column(JSONValue, default=list)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONValue, default=list)


class DossierFile(Base):
    """An uploaded file of a dossier; its bytes are stored once by SHA-256 (see store.files)."""

    __tablename__ = "dossier_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Job(Base):
    """Background reading of an upload (OCR, conversion): progress while it runs, the outcome when done."""

    __tablename__ = "jobs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=public_id)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default="queued")
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    current: Mapped[str] = mapped_column(String(255), default="")
    params: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONValue)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)

    @property
    def percent(self) -> int:
        """How far the reading has got, 0–100."""
        return round(100 * self.done / self.total) if self.total else 0


class ApiToken(Base):
    """A key another tool uses for the API on behalf of a staff account; only its SHA-256 is kept."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    label: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    rate: Mapped[str] = mapped_column(String(40), default="600/minute")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    user: Mapped[User] = relationship(lazy="joined")
