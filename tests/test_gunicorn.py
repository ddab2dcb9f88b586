"""The production command (gunicorn, 2 workers, loopback) serves the API and survives a worker being killed."""

from __future__ import annotations

import json
import os
import signal
import time

from bench.http_load import gunicorn, request, run_load, workers_of
from tests.conftest import SAMPLES


def test_gunicorn_serves_and_replaces_a_killed_worker() -> None:
    body = (SAMPLES / "ho-so-sach.json").read_bytes()
    with gunicorn(2) as (port, process):
        status, answer = request(port, "GET", "/healthz", b"", {})
        assert status == 200 and json.loads(answer) == {"status": "ok"}
        before = workers_of(process.pid)
        assert len(before) == 2
        result = run_load(port, "/api/v1/validate", body, "application/json", seconds=3.0, concurrency=2,
                          midway=lambda: os.kill(before[0], signal.SIGKILL))
        assert len(result.latencies) > 20 and result.failures <= 2  # at most the requests the dead worker held
        deadline = time.monotonic() + 30
        while not (len(after := workers_of(process.pid)) == 2 and before[0] not in after):
            assert time.monotonic() < deadline, "gunicorn did not replace the killed worker"
            time.sleep(0.2)
        status, answer = request(port, "POST", "/api/v1/validate", body, {"Content-Type": "application/json"})
        assert status == 200 and json.loads(answer)["summary"]["ready"] is True
