"""HTTP load on loopback: gunicorn started as a subprocess, and a threaded client that posts for a bounded time."""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def gunicorn_command(port: int, workers: int = 2) -> list[str]:
    """The production command of the README, on loopback."""
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return [str(gunicorn), "-w", str(workers), "-b", f"{HOST}:{port}", "--log-level", "warning", "app:create_app()"]


def load_env() -> dict[str, str]:
    """The service's environment for a load run: its own throw-away storage, no job worker inside the web
    workers, and no per-address rate limit (every request of the load comes from one address)."""
    folder = Path(tempfile.mkdtemp(prefix="http-load-"))
    defaults = {
        "DOSSIER_DATABASE_URL": f"sqlite:///{folder / 'load.db'}",
        "DOSSIER_QUEUE_URL": f"sqlite:///{folder / 'jobs.db'}",
        "DOSSIER_UPLOAD_DIR": str(folder / "uploads"),
        "DOSSIER_SCRATCH_DIR": str(folder / "scratch"),
        "DOSSIER_SECRET_KEY": "load-test",
    }
    return {**defaults, **os.environ, "DOSSIER_EMBEDDED_WORKER": "false",
            "DOSSIER_API_RATE_ANONYMOUS": "1000000/minute"}


@contextlib.contextmanager
def gunicorn(workers: int = 2, ready_seconds: float = 60.0) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """Run gunicorn with *workers* on a free loopback port until the block ends; yields (port, process)."""
    port = free_port()
    process = subprocess.Popen(gunicorn_command(port, workers), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=load_env())
    try:
        deadline = time.monotonic() + ready_seconds
        while len(workers_of(process.pid)) < workers or not _answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
        yield port, process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _answers(port: int) -> bool:
    try:
        return request(port, "GET", "/readyz", b"", {})[0] == 200
    except OSError:
        return False


def workers_of(master: int) -> list[int]:
    """The worker process ids of a gunicorn master (its children)."""
    try:
        return [int(pid) for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
    except OSError:
        return []


def request(port: int, method: str, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    """One request on a new connection (gunicorn's sync workers close each one)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass
class LoadResult:
    """What a load run saw: latencies of successes (ms), failures, wall time."""

    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Successful requests a second."""
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        """Latency (ms) below which *share* of the successful requests fall."""
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else float("nan")
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[round(share * 100) - 1]


def run_load(port: int, path: str, body: bytes, content_type: str, *, seconds: float, concurrency: int,
             midway: Callable[[], None] | None = None) -> LoadResult:
    """POST *body* to *path* from *concurrency* threads for *seconds*; *midway* is called once, half-way through."""
    result, lock = LoadResult(), threading.Lock()
    headers = {"Content-Type": content_type, "Content-Length": str(len(body))}
    start = time.perf_counter()
    stop_at = start + seconds

    def client() -> None:
        while time.perf_counter() < stop_at:
            began = time.perf_counter()
            try:
                status, _ = request(port, "POST", path, body, headers)
            except (OSError, http.client.HTTPException):  # reset or cut short (a killed worker)
                status = 0
            elapsed = (time.perf_counter() - began) * 1000
            with lock:
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status == 200:
                    result.latencies.append(elapsed)
                else:
                    result.failures += 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    if midway is not None:
        time.sleep(seconds / 2)
        midway()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - start
    return result


def multipart(field_name: str, files: list[tuple[str, bytes]], fields: dict[str, str] | None = None
              ) -> tuple[bytes, str]:
    """A multipart/form-data body with *files* under one field and some text fields; (body, content type)."""
    boundary = f"bench{os.getpid()}"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
             for name, value in (fields or {}).items()]
    parts += [f'--{boundary}\r\nContent-Disposition: form-data; name="{field_name}"; filename="{file_name}"\r\n'
              "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n"
              for file_name, content in files]
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"
