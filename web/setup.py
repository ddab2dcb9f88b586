"""Wire the web application's services into Flask: database, file stores, job queue, accounts, CSRF, language."""

from __future__ import annotations

import os
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flask import Flask, request, session
from flask_babel import Babel, get_locale
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from jobs.queue import make_queue, start_embedded_consumer
from jobs.reading import ReadingServices, read_upload
from store.database import Database
from store.files import FileStore
from store.migrate import upgrade
from store.models import User
from validators.report import VIETNAM

LANGUAGES = ("vi", "en")
csrf = CSRFProtect()


def web_defaults(instance: Path) -> dict[str, Any]:
    """The embedded defaults: everything under instance/, nothing but this process needed."""
    return {
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{instance / 'dossiers.db'}",
        "QUEUE_URL": os.environ.get("QUEUE_URL") or f"sqlite:///{instance / 'jobs.db'}",
        "EMBEDDED_WORKER": True,
        "EMBEDDED_WORKER_THREADS": 1,
        "AUTO_MIGRATE": True,
        "UPLOAD_DIR": str(instance / "uploads"),
        "SCRATCH_DIR": str(instance / "scratch"),
        "RETENTION": "90d",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,  # set DOSSIER_SESSION_COOKIE_SECURE=true behind HTTPS
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=8),
        "WTF_CSRF_TIME_LIMIT": 8 * 3600,
        "BABEL_DEFAULT_LOCALE": "vi",
        "BABEL_TRANSLATION_DIRECTORIES": str(Path(__file__).resolve().parent / "translations"),
    }


def secret_key(instance: Path) -> str:
    """The configured key, else one generated once and kept in instance/secret_key (sessions survive restarts)."""
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


def pick_language() -> str:
    """The language chosen on the page (kept in the session), else the browser's, Vietnamese first."""
    chosen = session.get("lang")
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(LANGUAGES, default="vi") if request else "vi"


def install_web(app: Flask) -> None:
    """Database (migrated), stores, queue and its embedded worker, login, CSRF and translations."""
    instance = Path(app.instance_path)
    for key, value in web_defaults(instance).items():
        app.config.setdefault(key, value)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret_key(instance)
    if app.config["AUTO_MIGRATE"]:
        upgrade(app.config["DATABASE_URL"])
    database = Database(app.config["DATABASE_URL"])
    reading = ReadingServices(
        database=database,
        files=FileStore(Path(app.config["UPLOAD_DIR"])),
        scratch=FileStore(Path(app.config["SCRATCH_DIR"])),
        library=app.extensions["rule_library"],
        limits=app.config["EXTRACT_LIMITS"],
        default_profile=app.config["DEFAULT_PROFILE"],
    )
    queue = make_queue(app.config["QUEUE_URL"])
    task = queue.task(name="read_upload")(lambda job_id: read_upload(reading, job_id))
    app.extensions |= {"database": database, "reading": reading, "queue": queue, "read_upload": task}
    app.extensions.setdefault("readiness_checks", []).append(database.ping)
    if app.config["EMBEDDED_WORKER"]:
        app.extensions["consumer"] = start_embedded_consumer(queue, app.config["EMBEDDED_WORKER_THREADS"])
    _install_accounts(app, database)
    csrf.init_app(app)
    Babel(app, locale_selector=pick_language)
    app.context_processor(lambda: {"language": str(get_locale() or "vi")})
    app.add_template_filter(local_time, "local_time")


def local_time(moment: datetime | None) -> str:
    """A stored instant as Vietnam's wall-clock time (the database keeps UTC)."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M")


def _install_accounts(app: Flask, database: Database) -> None:
    manager = LoginManager(app)
    manager.login_view = "auth.login"
    manager.login_message = None

    @manager.user_loader
    def load_user(user_id: str) -> User | None:
        with database.session() as db:
            user = db.get(User, int(user_id)) if user_id.isdigit() else None
            return user if user is not None and user.active else None
