"""API tokens: issued to a staff account, shown once, kept only as SHA-256, revocable."""

from __future__ import annotations

import hashlib
import re
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import ApiToken, User, now

PREFIX = "hsknd_"
RATE = re.compile(r"^\d+\s*(/|per)\s*(second|minute|hour|day)$")


def digest(token: str) -> str:
    """The stored form of a token (tokens are random, so a fast hash is enough)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(session: Session, user: User, label: str, rate: str = "600/minute") -> tuple[ApiToken, str]:
    """A new token for *user*; the plain token is returned this once and never stored."""
    if not RATE.match(rate.strip()):
        raise ValueError(f"rate must look like 600/minute, not {rate!r}")
    plain = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id, label=label.strip()[:120], token_hash=digest(plain), prefix=plain[:12], rate=rate.strip()
    )
    session.add(token)
    session.flush()
    return token, plain


def find_token(session: Session, plain: str) -> ApiToken | None:
    """The live token (not revoked, its account active) matching *plain*, else None."""
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == digest(plain)))
    if token is None or token.revoked_at is not None or not token.user.active:
        return None
    return token


def revoke_token(session: Session, user: User, token_id: int) -> bool:
    """Revoke one of *user*'s tokens; False when it is not theirs or already revoked."""
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id or token.revoked_at is not None:
        return False
    token.revoked_at = now()
    return True


def user_tokens(session: Session, user: User) -> list[ApiToken]:
    """*user*'s tokens, newest first."""
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())))
