"""Staff page for API tokens: create one (shown once), see when each was last used, revoke."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required

from store.tokens import issue_token, revoke_token, user_tokens

token_pages = Blueprint("token_pages", __name__, url_prefix="/tai-khoan/ma-api")


@token_pages.before_request
@login_required
def staff_only() -> None:
    """Only a signed-in staff member manages tokens, and only their own."""


def _page(new_token: str | None = None, message: str | None = None) -> str:
    with current_app.extensions["database"].session() as session:
        tokens = user_tokens(session, current_user)
    return render_template("tokens.html", tokens=tokens, new_token=new_token, message=message)


@token_pages.get("")
def tokens_page() -> str:
    """The account's tokens."""
    return _page()


@token_pages.post("")
def create_token() -> str:
    """Issue a token; its value is shown on this page once and never again."""
    label = request.form.get("label", "").strip() or _("Công cụ khác")
    with current_app.extensions["database"].session() as session:
        plain = issue_token(session, current_user, label)[1]
    return _page(new_token=plain)


@token_pages.post("/<int:token_id>/thu-hoi")
def revoke(token_id: int) -> str:
    """Revoke one of the account's tokens (404 for anyone else's)."""
    with current_app.extensions["database"].session() as session:
        if not revoke_token(session, current_user, token_id):
            abort(404)
    return _page(message=_("Đã thu hồi mã truy cập."))
