"""Who calls the API and how often: optional Bearer tokens (401 when wrong or revoked), per-token rate limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from flask import Blueprint, Flask, Response, current_app, g, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import TooManyRequests

from errors import InputError
from store.models import now
from store.tokens import digest, find_token

API_PREFIX = "/api/v1/"
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Caller:
    """The token a request came with: whose it is and its rate."""

    token_id: int
    user_id: int
    rate: str


def _unauthorised() -> InputError:
    return InputError(
        "Mã truy cập API không đúng, đã bị thu hồi, hoặc tài khoản đã bị khóa.",
        "The API token is wrong or revoked, or its account is disabled.",
        status=401,
        code="invalid_token",
    )


def authenticate() -> None:
    """Read `Authorization: Bearer …` on API requests; no header means an anonymous call."""
    g.api_caller = None
    if request.blueprint not in current_app.extensions["api_blueprints"]:
        return
    header = request.headers.get("Authorization")
    if header is None:
        return
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise _unauthorised()
    with current_app.extensions["database"].session() as session:
        token = find_token(session, value.strip())
        if token is None:
            raise _unauthorised()
        if token.last_used_at is None or now() - token.last_used_at.replace(tzinfo=now().tzinfo) > TOUCH_EVERY:
            token.last_used_at = now()
        g.api_caller = Caller(token.id, token.user_id, token.rate)


def rate_key() -> str:
    """Count a token's calls together wherever they come from; anonymous calls by address."""
    caller = g.get("api_caller")
    if caller is not None:
        return f"token:{caller.token_id}"
    header = request.headers.get("Authorization", "")
    return f"bad:{digest(header)[:16]}" if header else f"ip:{get_remote_address()}"


def rate_for_caller() -> str:
    """The token's own rate, else the configured anonymous rate."""
    caller = g.get("api_caller")
    return caller.rate if caller is not None else current_app.config["API_RATE_ANONYMOUS"]


def too_many(error: TooManyRequests) -> Response | TooManyRequests:
    """429 as the API's JSON error, in both languages."""
    if not request.path.startswith(API_PREFIX):
        return error
    response = jsonify(
        {
            "error": {
                "code": "rate_limited",
                "message": f"Gửi quá nhiều yêu cầu ({error.description}); hãy thử lại sau.",
                "message_en": f"Too many requests ({error.description}); retry later.",
            }
        }
    )
    response.status_code = 429
    return response


def install_api_access(app: Flask, *blueprints: Blueprint) -> Limiter:
    """Token check first, then the limiter on every API blueprint (memory://, or Redis by RATELIMIT_STORAGE_URI)."""
    app.config.setdefault("API_RATE_ANONYMOUS", "120/second")
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    app.extensions["api_blueprints"] = {blueprint.name for blueprint in blueprints}
    app.before_request(authenticate)  # registered before the limiter's own hook, so it runs first
    limiter = Limiter(rate_key, app=app, default_limits=[])
    for blueprint in blueprints:
        limiter.limit(rate_for_caller, key_func=rate_key)(blueprint)
    app.register_error_handler(429, too_many)
    app.extensions["limiter"] = limiter
    return limiter
