"""Staff accounts from the command line: `flask --app app users add NAME --role chi_bo --org "Chi bộ …"`."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from dossier.text import nfc
from store.models import ROLES, Organisation, User

MIN_PASSWORD = 10


@click.group("users")
def users_group() -> None:
    """Staff accounts (chi bộ, ban tổ chức) and their organisations."""


def organisation_path(session: Session, path: str, kind: str) -> Organisation:
    """The organisation named by “Parent > Child” (created where missing), the last one of *kind*."""
    parent: Organisation | None = None
    names = [nfc(part.strip()) for part in path.split(">") if part.strip()]
    if not names:
        raise click.BadParameter("tên tổ chức trống (empty organisation name)")
    for depth, name in enumerate(names):
        parent_id = parent.id if parent else None
        found = session.scalar(
            select(Organisation).where(Organisation.name == name, Organisation.parent_id == parent_id)
        )
        if found is None:
            found = Organisation(name=name, parent_id=parent_id, kind=kind if depth == len(names) - 1 else "dang_bo")
            session.add(found)
            session.flush()
        parent = found
    assert parent is not None
    return parent


@users_group.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), required=True, help="chi_bo hoặc ban_to_chuc")
@click.option("--org", "org_path", required=True, help='Tổ chức, cấp trên trước: "Đảng ủy xã A > Chi bộ thôn B"')
@click.option("--name", "display_name", default="", help="Tên hiển thị")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, help="Mật khẩu (hỏi nếu bỏ trống)")
@with_appcontext
def add_user(username: str, role: str, org_path: str, display_name: str, password: str) -> None:
    """Create a staff account in an organisation (created if new)."""
    if len(password) < MIN_PASSWORD:
        raise click.ClickException(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự (at least {MIN_PASSWORD} characters).")
    with current_app.extensions["database"].session() as session:
        if session.scalar(select(User).where(User.username == username)) is not None:
            raise click.ClickException(f"Đã có tài khoản “{username}” (account exists).")
        kind = "chi_bo" if role == "chi_bo" else "dang_bo"
        organisation = organisation_path(session, org_path, kind)
        session.add(
            User(
                username=username,
                password_hash=generate_password_hash(password),
                display_name=nfc(display_name),
                role=role,
                organisation_id=organisation.id,
            )
        )
    click.echo(f"Đã tạo tài khoản {username} ({role}) (account created).")


@users_group.command("list")
@with_appcontext
def list_users() -> None:
    """Every account with its role and organisation."""
    with current_app.extensions["database"].session() as session:
        for user in session.scalars(select(User).order_by(User.username)):
            state = "" if user.active else " [khóa]"
            click.echo(f"{user.username}\t{user.role}\t{user.organisation.name}{state}")


@users_group.command("disable")
@click.argument("username")
@with_appcontext
def disable_user(username: str) -> None:
    """Lock an account (its sessions end at the next request)."""
    with current_app.extensions["database"].session() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise click.ClickException(f"Không có tài khoản “{username}” (no such account).")
        user.active = False
    click.echo(f"Đã khóa {username} (account disabled).")


@users_group.command("token")
@click.argument("username")
@click.option("--label", default="dòng lệnh", help="Tên công cụ dùng mã")
@click.option("--rate", default="600/minute", help="Giới hạn tần suất, ví dụ 600/minute")
@with_appcontext
def create_token(username: str, label: str, rate: str) -> None:
    """Issue an API token for an account and print it (once; only its hash is kept)."""
    from store.tokens import issue_token

    with current_app.extensions["database"].session() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise click.ClickException(f"Không có tài khoản “{username}” (no such account).")
        try:
            _, plain = issue_token(session, user, label, rate)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--rate") from error
    click.echo(plain)
