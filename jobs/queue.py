"""Make the huey queue the configuration names, and run its consumer inside the web process when embedded."""

from __future__ import annotations

import logging
from pathlib import Path

from huey import MemoryHuey, RedisHuey, SqliteHuey
from huey.api import Huey
from huey.consumer import Consumer

log = logging.getLogger(__name__)


def make_queue(url: str, name: str = "dossiers") -> Huey:
    """`sqlite:///path` (the embedded default), `redis://host:port/db`, or `immediate` (tasks run at once, tests)."""
    if url == "immediate":
        return MemoryHuey(name, immediate=True)
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey(name, url=url)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey(name, filename=str(path))
    raise ValueError(f"QUEUE_URL must be sqlite:///…, redis://… or immediate, not {url!r}")


class EmbeddedConsumer(Consumer):
    """huey's consumer on threads inside the web process: no signal handlers (they belong to the main thread)."""

    def _set_signal_handlers(self) -> None:
        return None


def start_embedded_consumer(queue: Huey, workers: int = 1) -> Consumer | None:
    """Start workers that poll often (a user is waiting); None when the queue runs tasks immediately."""
    if queue.immediate:
        return None
    consumer = EmbeddedConsumer(queue, workers=workers, worker_type="thread", periodic=False, max_delay=0.5)
    consumer.start()
    log.info("embedded job worker started (%d thread(s))", workers)
    return consumer
