"""Worker processes on other machines: `huey_consumer jobs.worker.queue -w 2` (same QUEUE_URL as the web)."""

from __future__ import annotations

from app import create_app

application = create_app({"EMBEDDED_WORKER": False})
queue = application.extensions["queue"]
