"""Upkeep commands: `flask --app app purge --older-than 90d` (retention) and `flask --app app db upgrade`."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from store.migrate import upgrade
from store.retention import parse_age, purge


@click.command("purge")
@click.option("--older-than", "age", default=None, help="Tuổi tối đa của tệp tải lên, ví dụ 90d, 12h, 2w")
@with_appcontext
def purge_command(age: str | None) -> None:
    """Delete uploaded files older than the given age (default: the RETENTION setting) and old jobs."""
    text = age or current_app.config["RETENTION"]
    try:
        older_than = parse_age(text)
    except ValueError as error:
        raise click.BadParameter(f"cần dạng 90d, 12h hoặc 2w ({error})", param_hint="--older-than") from error
    reading = current_app.extensions["reading"]
    with reading.database.session() as session:
        purged = purge(session, reading.files, older_than)
    click.echo(
        f"Đã xoá {purged.files} tệp tải lên ({purged.blobs} bản lưu) và {purged.jobs} công việc cũ hơn {text}. "
        f"(Purged {purged.files} uploads, {purged.blobs} stored copies, {purged.jobs} jobs.)"
    )


@click.group("db")
def db_group() -> None:
    """The database schema (Alembic migrations in migrations/)."""


@db_group.command("upgrade")
@with_appcontext
def db_upgrade() -> None:
    """Bring the database at DATABASE_URL to the newest schema."""
    upgrade(current_app.config["DATABASE_URL"])
    click.echo("Cơ sở dữ liệu đã ở phiên bản mới nhất (database is up to date).")
