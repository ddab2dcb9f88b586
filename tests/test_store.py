"""Stored dossiers without Flask: visibility by organisation, revisions and their changes, search, retention."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from werkzeug.security import generate_password_hash

from store.changes import field_changes, finding_changes
from store.database import Database
from store.dossiers import find_dossier, has_marks, list_dossiers, plain_letters, revision_pair, save_revision
from store.files import FileStore
from store.models import Base, Dossier, DossierFile, Organisation, User, now
from store.retention import parse_age, purge
from tests.store_support import BACKENDS, fresh_database


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path):
    yield from fresh_database(request.param, tmp_path)


def report(errors: int = 0, findings: list | None = None) -> dict:
    found = findings if findings is not None else [{"rule": "x.y", "severity": "error", "message": "m"}] * errors
    return {"findings": found, "summary": {"error": errors, "warning": 0, "info": 0, "ready": errors == 0},
            "ngay_xet": "2026-11-20"}


def seed(database: Database) -> dict[str, int]:
    """A commune committee with two cells, one account in each cell and one at the committee."""
    with database.session() as session:
        commune = Organisation(name="Đảng ủy xã Tân Lập", kind="dang_bo")
        session.add(commune)
        session.flush()
        cells = [Organisation(name=f"Chi bộ thôn {n}", parent_id=commune.id) for n in ("Đông", "Tây")]
        session.add_all(cells)
        session.flush()
        users = [
            User(username=name, password_hash=generate_password_hash("x"), role=role, organisation_id=org)
            for name, role, org in (("dong", "chi_bo", cells[0].id), ("tay", "chi_bo", cells[1].id),
                                    ("xa", "ban_to_chuc", commune.id))
        ]
        session.add_all(users)
        session.flush()
        return {"dong": users[0].id, "tay": users[1].id, "xa": users[2].id, "cell_dong": cells[0].id,
                "cell_tay": cells[1].id}


def add_dossier(database: Database, organisation: int, name: str, errors: int = 0) -> str:
    with database.session() as session:
        dossier = Dossier(organisation_id=organisation)
        session.add(dossier)
        session.flush()
        save_revision(session, dossier, report(errors), {"ly_lich": {"ho_ten_khai_sinh": name}})
        return dossier.public_id


def test_migrations_create_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_chi_bo_sees_only_its_own_dossiers_and_the_committee_sees_all(database: Database) -> None:
    ids = seed(database)
    east = add_dossier(database, ids["cell_dong"], "NGUYỄN VĂN AN")
    west = add_dossier(database, ids["cell_tay"], "TRẦN THỊ BÌNH")
    with database.session() as session:
        dong, xa = session.get(User, ids["dong"]), session.get(User, ids["xa"])
        assert find_dossier(session, dong, east) is not None
        assert find_dossier(session, dong, west) is None
        assert find_dossier(session, dong, "no-such-id") is None
        assert {d.public_id for d in list_dossiers(session, dong)} == {east}
        assert {d.public_id for d in list_dossiers(session, xa)} == {east, west}


def test_search_respects_marks_when_typed_and_finds_names_typed_without_them(database: Database) -> None:
    ids = seed(database)
    for name in ("NGUYỄN VĂN AN", "NGUYÊN VĂN AN", "LÊ THỊ HOA"):
        add_dossier(database, ids["cell_dong"], name)
    with database.session() as session:
        xa = session.get(User, ids["xa"])
        titles = lambda query: sorted(d.title for d in list_dossiers(session, xa, query=query))  # noqa: E731
        assert titles("Nguyễn") == ["NGUYỄN VĂN AN"]
        assert titles("nguyên") == ["NGUYÊN VĂN AN"]
        assert titles("nguyen an") == ["NGUYÊN VĂN AN", "NGUYỄN VĂN AN"]
        assert titles("thị hoa") == ["LÊ THỊ HOA"]
        assert titles("Hòa") == []  # "Hòa" is not "Hoa"


def test_ready_filter_and_counts_follow_the_newest_revision(database: Database) -> None:
    ids = seed(database)
    public_id = add_dossier(database, ids["cell_dong"], "PHẠM VĂN C", errors=2)
    with database.session() as session:
        xa = session.get(User, ids["xa"])
        assert [d.errors for d in list_dossiers(session, xa, ready=False)] == [2]
        dossier = find_dossier(session, xa, public_id)
        save_revision(session, dossier, report(0), {"ly_lich": {"ho_ten_khai_sinh": "PHẠM VĂN C"}}, author_id=xa.id)
    with database.session() as session:
        xa = session.get(User, ids["xa"])
        assert list_dossiers(session, xa, ready=False) == []
        [ready] = list_dossiers(session, xa, ready=True)
        latest, previous = revision_pair(session, ready)
        assert (latest.number, previous.number, ready.revision_count) == (2, 1, 2)


def test_changes_between_revisions_name_fields_and_findings() -> None:
    before = {"ly_lich": {"ho_ten_khai_sinh": "Nguyễn Văn A", "cong_tac": [{"tu": "2019-01"}]}}
    after = {"ly_lich": {"ho_ten_khai_sinh": "NGUYỄN VĂN A", "cong_tac": [{"tu": "2019-02"}], "dan_toc": "Kinh"}}
    assert field_changes(before, after) == [
        {"field": "ly_lich.cong_tac[0].tu", "before": "2019-01", "after": "2019-02"},
        {"field": "ly_lich.dan_toc", "before": None, "after": "Kinh"},
        {"field": "ly_lich.ho_ten_khai_sinh", "before": "Nguyễn Văn A", "after": "NGUYỄN VĂN A"},
    ]
    old = [{"rule": "ly_lich.ho_ten_in_hoa", "field": "ly_lich.ho_ten_khai_sinh", "message": "a"}]
    new = [{"rule": "ly_lich.dan_toc", "field": "ly_lich.dan_toc", "message": "b"}]
    assert finding_changes(old, new) == {"fixed": old, "appeared": new}


def test_file_store_keeps_one_read_only_copy_per_content(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    digest = store.put(b"PK\x03\x04 ly lich")
    assert store.put(b"PK\x03\x04 ly lich") == digest
    assert store.get(digest) == b"PK\x03\x04 ly lich"
    assert store.path(digest).stat().st_mode & 0o777 == 0o400
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")
    assert store.delete(digest) and not store.delete(digest)


def test_purge_removes_old_uploads_but_keeps_content_still_used(database: Database, tmp_path: Path) -> None:
    ids = seed(database)
    files = FileStore(tmp_path / "files")
    public_id = add_dossier(database, ids["cell_dong"], "A")
    old_only, shared = files.put(b"old"), files.put(b"shared")
    with database.session() as session:
        dossier = session.query(Dossier).filter_by(public_id=public_id).one()
        long_ago = now() - timedelta(days=100)
        session.add_all([
            DossierFile(dossier_id=dossier.id, sha256=old_only, name="a.pdf", size=3, uploaded_at=long_ago),
            DossierFile(dossier_id=dossier.id, sha256=shared, name="b.pdf", size=6, uploaded_at=long_ago),
            DossierFile(dossier_id=dossier.id, sha256=shared, name="c.pdf", size=6),
        ])
    with database.session() as session:
        purged = purge(session, files, parse_age("90d"))
    assert (purged.files, purged.blobs) == (2, 1)
    with pytest.raises(FileNotFoundError):
        files.get(old_only)
    assert files.get(shared) == b"shared"


@pytest.mark.parametrize("text", ["90", "d90", "9 0d", "", "90y"])
def test_an_age_must_be_a_number_and_a_unit(text: str) -> None:
    with pytest.raises(ValueError):
        parse_age(text)


def test_mark_detection_for_search() -> None:
    assert plain_letters("Đặng Thị Ánh") == "dang thi anh"
    assert has_marks("Đặng") and has_marks("ánh") and not has_marks("Dang Thi")


def test_workers_starting_together_migrate_one_after_the_other(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'together.db'}"
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r}); " \
           f"from store.migrate import upgrade; upgrade({url!r})"
    runs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(3)]
    assert [(run.wait(timeout=120), run.stderr.read()) for run in runs] == [(0, b"")] * 3
