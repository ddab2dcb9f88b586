"""Databases the storage tests run on: a fresh SQLite file always, PostgreSQL when TEST_DATABASE_URL names one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from store.database import Database
from store.migrate import upgrade

BACKENDS = ["sqlite", "postgresql"]


def fresh_database(backend: str, tmp_path: object) -> Iterator[Database]:
    """A migrated, empty database of *backend*; PostgreSQL gets a schema of its own, dropped afterwards."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path}/store.db"
        upgrade(url)
        database = Database(url)
        yield database
        database.dispose()
        return
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("PostgreSQL not configured: set TEST_DATABASE_URL (CI starts one; apt-get install postgresql)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    upgrade(url)
    database = Database(url)
    try:
        yield database
    finally:
        database.dispose()
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
