"""Sustained load: POST /api/v1/validate against gunicorn (2 workers, loopback) for N seconds; req/s, p50, p99.

Run: .venv/bin/python bench/load_validate.py [--seconds 10] [--concurrency 6] [--kill-worker]. The body is the full
dossier of bench/validate_bench.py. With --kill-worker one worker is SIGKILLed half-way through (gunicorn starts a
new one) and the run reports how many requests failed. Target: >= 300 req/s with p99 < 100 ms on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.http_load import LoadResult, gunicorn, run_load, workers_of
from bench.validate_bench import full_dossier

TARGET_RATE, TARGET_P99_MS = 300.0, 100.0


def validate_body() -> bytes:
    """The request body: the full dossier and its ngay_xet."""
    return json.dumps({**full_dossier(), "ngay_xet": "2026-11-20"}, ensure_ascii=False).encode()


def describe(result: LoadResult) -> str:
    """One line of figures."""
    return (f"{result.rate:7.1f} req/s  p50 {result.percentile(0.5):6.1f} ms  p99 {result.percentile(0.99):6.1f} ms  "
            f"ok {len(result.latencies)}  failed {result.failures}  statuses {dict(sorted(result.statuses.items()))}")


def main() -> None:
    """Start gunicorn, load it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-worker", action="store_true", help="SIGKILL one worker half-way through")
    options = parser.parse_args()
    killed: list[int] = []
    with gunicorn(options.workers) as (port, process):

        def kill_one() -> None:
            victims = workers_of(process.pid)
            if victims:
                os.kill(victims[0], signal.SIGKILL)
                killed.append(victims[0])

        before = workers_of(process.pid)
        result = run_load(port, "/api/v1/validate", validate_body(), "application/json", seconds=options.seconds,
                          concurrency=options.concurrency, midway=kill_one if options.kill_worker else None)
        after = workers_of(process.pid)
    print(f"POST /api/v1/validate, gunicorn -w {options.workers}, {options.concurrency} client threads, "
          f"{options.seconds:.0f} s")
    print(describe(result))
    if options.kill_worker:
        print(f"killed worker {killed} (workers before {before}, after {after}); failed requests: {result.failures}")
    met = result.rate >= TARGET_RATE and result.percentile(0.99) < TARGET_P99_MS
    print(f"target >= {TARGET_RATE:.0f} req/s and p99 < {TARGET_P99_MS:.0f} ms: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
