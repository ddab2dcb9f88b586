"""Fault test: saves of revisions under load while a gunicorn worker is killed (and, on PostgreSQL, the database
restarts); afterwards every revision the service accepted (201) must be in the database.

Run: .venv/bin/python bench/load_revisions.py [--seconds 20] [--threads 8] [--database-url postgresql+psycopg://…]
[--restart-db]. Loopback only; bounded in time. Exit code 1 when an accepted revision is missing.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def service_env(folder: Path, database_url: str | None) -> dict[str, str]:
    return {
        **os.environ,
        "DOSSIER_DATABASE_URL": database_url or f"sqlite:///{folder / 'load.db'}",
        "DOSSIER_QUEUE_URL": f"sqlite:///{folder / 'jobs.db'}",
        "DOSSIER_EMBEDDED_WORKER": "false",
        "DOSSIER_UPLOAD_DIR": str(folder / "uploads"),
        "DOSSIER_SCRATCH_DIR": str(folder / "scratch"),
        "DOSSIER_SECRET_KEY": "load-test",
        "DOSSIER_API_RATE_ANONYMOUS": "1000000/minute",
    }


def prepare(env: dict[str, str]) -> str:
    """Migrate, create an account in a chi bộ and return an API token without a practical rate limit."""
    os.environ.update(env)
    from app import create_app
    from commands.accounts import organisation_path
    from store.models import User
    from store.tokens import issue_token

    app = create_app()
    with app.extensions["database"].session() as session:
        organisation = organisation_path(session, "Đảng ủy xã Thử > Chi bộ Tải", "chi_bo")
        user = User(
            username=f"tai-{os.getpid()}-{int(time.time())}",
            password_hash="!",
            role="chi_bo",
            organisation_id=organisation.id,
        )
        session.add(user)
        session.flush()
        token = issue_token(session, user, "tải", "1000000/minute")[1]
    app.extensions["database"].dispose()
    return token


def call(port: int, method: str, path: str, token: str, body: dict | None = None) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        connection.request(method, path, body=payload, headers=headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        connection.close()


def wait_ready(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def workers_of(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--database-url")
    parser.add_argument("--restart-db", action="store_true", help="restart PostgreSQL half-way (pg_ctlcluster)")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="load-revisions-"))
    env = service_env(folder, options.database_url)
    token = prepare(env)
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--graceful-timeout",
            "5",
            "--log-level",
            "warning",
            "app:create_app()",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_ready(port, time.monotonic() + 60)
        status, created = call(
            port, "POST", "/api/v1/dossiers", token, {"ly_lich": {"ho_ten_khai_sinh": "NGUYỄN VĂN TẢI"}}
        )
        assert status == 201, created
        public_id = created["id"]
        accepted: list[int] = []
        outcomes: Counter[str] = Counter()
        lock = threading.Lock()
        stop = time.monotonic() + options.seconds

        def worker(index: int) -> None:
            sequence = 0
            while time.monotonic() < stop:
                sequence += 1
                body = {"ly_lich": {"ho_ten_khai_sinh": "NGUYỄN VĂN TẢI", "ten_goi_khac": f"t{index}-{sequence}"}}
                try:
                    status, answer = call(port, "POST", f"/api/v1/dossiers/{public_id}/revisions", token, body)
                except (OSError, http.client.HTTPException) as error:
                    with lock:
                        outcomes[f"connection: {type(error).__name__}"] += 1
                    time.sleep(0.05)  # the client retries with its next save
                    continue
                with lock:
                    outcomes[str(status)] += 1
                    if status == 201:
                        accepted.append(answer["revision"])

        threads = [threading.Thread(target=worker, args=(index,)) for index in range(options.threads)]
        for thread in threads:
            thread.start()
        time.sleep(options.seconds / 3)
        killed = workers_of(server.pid)[:1]
        for pid in killed:
            os.kill(pid, signal.SIGKILL)
        if options.restart_db:
            time.sleep(options.seconds / 6)
            subprocess.run(["pg_ctlcluster", "15", "main", "restart"], check=False)
        for thread in threads:
            thread.join()
        status, final = call(port, "GET", f"/api/v1/dossiers/{public_id}", token)
        print(f"final read: {status}, newest revision {final.get('revision')}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    os.environ.update(env)
    from sqlalchemy import select

    from store.database import Database
    from store.models import Dossier, Revision

    database = Database(env["DOSSIER_DATABASE_URL"])
    with database.session() as session:
        dossier_id = session.scalar(select(Dossier.id).where(Dossier.public_id == public_id))
        stored = set(session.scalars(select(Revision.number).where(Revision.dossier_id == dossier_id)))
    lost = sorted(set(accepted) - stored)
    print(
        f"{options.seconds:.0f} s, {options.threads} clients, worker killed: {killed}, "
        f"db restarted: {options.restart_db}"
    )
    print(f"answers: {dict(outcomes)}")
    print(
        f"accepted revisions: {len(accepted)} (distinct {len(set(accepted))}); in the database: {len(stored) - 1} "
        f"besides revision 1; lost: {len(lost)}; throughput {len(accepted) / options.seconds:.0f} saves/s"
    )
    return 1 if lost or len(set(accepted)) != len(accepted) else 0


if __name__ == "__main__":
    sys.exit(main())
