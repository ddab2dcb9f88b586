"""Helpers for the web tests: an app on a fresh database, staff accounts in two cells, sample files to upload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.security import generate_password_hash

from app import create_app
from store.models import Organisation, User

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "documents" / "ho-so-sach"
PASSWORD = "mat-khau-thu-nghiem"


def web_app(tmp_path: Path, **config: Any) -> Flask:
    """The service with its own database, stores and an immediate queue."""
    return create_app(
        {
            "TESTING": True,
            "WTF_CSRF_ENABLED": False,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'web.db'}",
            "QUEUE_URL": "immediate",
            "UPLOAD_DIR": str(tmp_path / "uploads"),
            "SCRATCH_DIR": str(tmp_path / "scratch"),
            **config,
        }
    )


def seed_staff(app: Flask) -> dict[str, int]:
    """Đảng ủy xã with two chi bộ; accounts `dong`, `tay` (chi bộ) and `xa` (ban tổ chức), one password."""
    with app.extensions["database"].session() as session:
        commune = Organisation(name="Đảng ủy xã Tân Lập", kind="dang_bo")
        session.add(commune)
        session.flush()
        east = Organisation(name="Chi bộ thôn Đông", parent_id=commune.id)
        west = Organisation(name="Chi bộ thôn Tây", parent_id=commune.id)
        session.add_all([east, west])
        session.flush()
        for username, role, organisation in (("dong", "chi_bo", east), ("tay", "chi_bo", west),
                                             ("xa", "ban_to_chuc", commune)):
            session.add(User(username=username, password_hash=generate_password_hash(PASSWORD), role=role,
                             organisation_id=organisation.id, display_name=username))
        return {"east": east.id, "west": west.id, "commune": commune.id}


def sample_files(*names: str) -> list[tuple[Any, str]]:
    """Open sample dossier files for a multipart upload."""
    return [((SAMPLE / name).open("rb"), name) for name in names]


def login(client: Any, username: str) -> Any:
    """Sign *client* in as *username*."""
    return client.post("/dang-nhap", data={"username": username, "password": PASSWORD})


def upload(client: Any, *names: str, **fields: str) -> Any:
    """Upload sample files and follow the job to its end; returns the job status JSON."""
    response = client.post("/tai-len", data={"files": sample_files(*names), **fields},
                           content_type="multipart/form-data")
    assert response.status_code == 302, response.data[:500]
    return client.get(response.headers["Location"] + "/trang-thai").get_json()
