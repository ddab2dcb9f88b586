"""Bring a database to the newest schema with Alembic (the migrations live in migrations/), one process at a time."""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

logging.getLogger("alembic").setLevel(logging.WARNING)  # before alembic logs its plugin set-up at import

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import Connection  # noqa: E402

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
LOCK_KEY = 4_104_2025  # PostgreSQL advisory lock held while migrating


def alembic_config(url: str, connection: Connection | None = None) -> Config:
    """Alembic's configuration for *url* (or an open connection), without an alembic.ini."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@contextmanager
def _file_lock(url: str) -> Iterator[None]:
    """Several web workers starting together on one SQLite file migrate one after the other."""
    database = Path(url.removeprefix("sqlite:///"))
    database.parent.mkdir(parents=True, exist_ok=True)
    with database.with_name(database.name + ".migrate-lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade(url: str, revision: str = "head") -> None:
    """Apply every migration up to *revision*; concurrent callers wait for the first instead of racing it."""
    if url.startswith("sqlite:///"):
        with _file_lock(url):
            command.upgrade(alembic_config(url), revision)
        return
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
            try:
                command.upgrade(alembic_config(url, connection), revision)
                connection.commit()
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                connection.commit()
    finally:
        engine.dispose()
