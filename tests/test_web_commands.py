"""The web application's commands: staff accounts, retention purge, database upgrade."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from store.models import DossierFile, User, now
from tests.web_support import PASSWORD, login, seed_staff, upload, web_app


def test_users_add_creates_the_organisation_path_and_a_hashed_password(tmp_path: Path) -> None:
    app = web_app(tmp_path)
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "add", "bt", "--role", "ban_to_chuc", "--org", "Tỉnh ủy X > Đảng ủy xã Y"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    with app.extensions["database"].session() as session:
        user = session.scalar(select(User).where(User.username == "bt"))
        assert user.organisation.name == "Đảng ủy xã Y" and PASSWORD not in user.password_hash
    assert login(app.test_client(), "bt").status_code == 302
    short = runner.invoke(args=["users", "add", "x", "--role", "chi_bo", "--org", "C", "--password", "ngan"])
    assert short.exit_code != 0 and "ít nhất" in short.output
    assert "bt\tban_to_chuc\tĐảng ủy xã Y" in runner.invoke(args=["users", "list"]).output


def test_a_disabled_account_is_signed_out_and_cannot_sign_in(tmp_path: Path) -> None:
    app = web_app(tmp_path)
    seed_staff(app)
    client = app.test_client()
    login(client, "dong")
    assert app.test_cli_runner().invoke(args=["users", "disable", "dong"]).exit_code == 0
    assert client.get("/ho-so").status_code == 302
    assert login(app.test_client(), "dong").status_code == 401


def test_purge_deletes_old_uploads_and_the_page_stops_offering_them(tmp_path: Path) -> None:
    app = web_app(tmp_path)
    seed_staff(app)
    client = app.test_client()
    login(client, "dong")
    public_id = upload(client, "don.docx")["next"].rsplit("/", 1)[-1]
    with app.extensions["database"].session() as session:
        for record in session.scalars(select(DossierFile)):
            record.uploaded_at = now() - timedelta(days=91)
    result = app.test_cli_runner().invoke(args=["purge", "--older-than", "90d"])
    assert result.exit_code == 0 and "Đã xoá 1 tệp" in result.output
    assert "/tep/" not in client.get(f"/ho-so/{public_id}").get_data(as_text=True)
    assert not [path for path in Path(app.config["UPLOAD_DIR"]).rglob("*") if path.is_file()]
    bad = app.test_cli_runner().invoke(args=["purge", "--older-than", "ba tháng"])
    assert bad.exit_code == 2 and "90d" in bad.output


def test_db_upgrade_is_idempotent(tmp_path: Path) -> None:
    result = web_app(tmp_path).test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0 and "mới nhất" in result.output
