"""The job queue: which backend the configuration names, and a reading job's progress and outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from huey import MemoryHuey, RedisHuey, SqliteHuey

from jobs.queue import make_queue
from jobs.reading import ReadingServices, read_upload
from store.database import Database
from store.files import FileStore
from store.migrate import upgrade
from store.models import Job
from tests.web_support import SAMPLE


def test_the_queue_url_chooses_the_backend(tmp_path: Path) -> None:
    assert isinstance(make_queue(f"sqlite:///{tmp_path / 'q.db'}"), SqliteHuey)
    assert isinstance(make_queue("redis://127.0.0.1:6379/0"), RedisHuey)  # connects only when used
    assert isinstance(make_queue("immediate"), MemoryHuey)
    with pytest.raises(ValueError, match="QUEUE_URL"):
        make_queue("amqp://somewhere")


def test_a_reading_job_reports_progress_per_file_and_keeps_an_anonymous_result(tmp_path: Path, library) -> None:
    from extractors import Limits

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade(url)
    services = ReadingServices(Database(url), FileStore(tmp_path / "f"), FileStore(tmp_path / "s"), library, Limits())
    names = ("don.docx", "chung-nhan.docx")
    entries = [{"name": name, "sha256": services.scratch.put((SAMPLE / name).read_bytes())} for name in names]
    with services.database.session() as session:
        session.add(Job(id="j1", params={"files": entries, "anonymous": True, "ngay_xet": "2026-11-20"}, total=200))
    seen: list[tuple[int, str]] = []
    original = services.database.session

    def watching_session():  # record every progress write the job makes
        with original() as session:
            yield session
            job = session.get(Job, "j1")
            if job is not None and job.status == "running":
                seen.append((job.done, job.current))

    from contextlib import contextmanager

    services.database.session = contextmanager(watching_session)  # type: ignore[method-assign]
    read_upload(services, "j1")
    services.database.session = original  # type: ignore[method-assign]
    assert (0, "don.docx") in seen and (100, "chung-nhan.docx") in seen
    with services.database.session() as session:
        job = session.get(Job, "j1")
        assert job.status == "done" and job.done == job.total == 200
        assert job.result["data"]["ho_so"]["ngay_xet"] == "2026-11-20"
        assert {document["type"] for document in job.result["documents"]} == {"don", "chung_nhan"}
    assert not [path for path in (tmp_path / "s").rglob("*") if path.is_file()]  # scratch copies are gone


def test_a_failed_job_is_recorded_and_logged_without_the_dossier_s_values(
    tmp_path: Path, library, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from extractors import Limits

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade(url)
    services = ReadingServices(Database(url), FileStore(tmp_path / "f"), FileStore(tmp_path / "s"), library, Limits())
    entry = {"name": "don.docx", "sha256": services.scratch.put((SAMPLE / "don.docx").read_bytes())}
    with services.database.session() as session:
        session.add(Job(id="j2", params={"files": [entry], "anonymous": True}, total=100))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("họ tên NGUYỄN VĂN AN sinh 1998-04-15")

    monkeypatch.setattr("jobs.reading.read_file", broken)
    read_upload(services, "j2")
    with services.database.session() as session:
        assert session.get(Job, "j2").status == "failed"
    logged = caplog.text
    assert "ValueError" in logged and "NGUYỄN" not in logged and "1998" not in logged
