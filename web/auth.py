"""Staff sign-in and sign-out; passwords hashed (scrypt), sessions signed and expiring, every form CSRF-protected."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import login_required, login_user, logout_user
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from store.models import User

auth = Blueprint("auth", __name__)
# Compared against when the user does not exist, so that timing does not tell which usernames exist.
_DUMMY_HASH = generate_password_hash("không-phải-mật-khẩu")


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host): never an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or urlsplit(target).netloc:
        return url_for("dossier_pages.list_dossiers_page")
    return target


@auth.route("/dang-nhap", methods=["GET", "POST"])
def login() -> str | Response:
    """The sign-in form; a wrong name or password gets one message that does not say which was wrong."""
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""))
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    with current_app.extensions["database"].session() as db:
        user = db.scalar(select(User).where(func.lower(User.username) == username.lower()))
    if user is None or not user.active:
        check_password_hash(_DUMMY_HASH, password)
        user = None
    elif not check_password_hash(user.password_hash, password):
        user = None
    if user is None:
        flash(_("Sai tên đăng nhập hoặc mật khẩu."), "error")
        return render_template("login.html", next=request.form.get("next", ""), username=username), 401
    session.clear()
    session.permanent = True
    login_user(user)
    return redirect(_safe_next(request.form.get("next")))


@auth.post("/dang-xuat")
@login_required
def logout() -> Response:
    """Sign out (a POST with the CSRF token, so no other site can sign a user out)."""
    logout_user()
    session.clear()
    return redirect(url_for("pages.upload"))


@auth.get("/ngon-ngu/<code>")
def choose_language(code: str) -> Response:
    """Switch the page language (vi/en) and go back where the user was."""
    if code in ("vi", "en"):
        session["lang"] = code
    return redirect(_safe_next(request.args.get("next")) if request.args.get("next") else url_for("pages.upload"))
