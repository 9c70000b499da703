"""Server databases for tests: a migrated SQLite file or a fresh PostgreSQL database.

The server tests and the end-to-end sync tests both run every test on SQLite and on PostgreSQL.
PostgreSQL gets one randomly named database per test session (dropped afterwards); between tests
every table is emptied, which is much faster than a database per test.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from sync.server import migrate
from sync.server.models import metadata
from sync.server.settings import Settings

BACKENDS = ("sqlite", "postgres")
_TABLES = [t.name for t in metadata.sorted_tables if t.name != "change_counter"]


def fast_settings(url: str, data_dir: Path) -> Settings:
    # Argon2 at its cheapest: the tests check the flow, not the cost.
    return Settings(
        database_url=url, data_dir=data_dir, auto_migrate=False, argon2_memory_kib=8,
        argon2_iterations=1, argon2_lanes=1, log_level="WARNING",
    )


@contextmanager
def migrated_database(kind: str, folder: Path, postgres_url: str | None) -> Iterator[str]:
    """The URL of a migrated, empty server database of `kind`, removed afterwards."""
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'trepart-server.db'}"
        engine = create_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield url
        return
    assert postgres_url is not None
    name = f"trepart_test_{secrets.token_hex(4)}"
    admin_dsn = make_url(postgres_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty(engine: Engine) -> Engine:
    """Every table emptied and the change counter reset, as after a fresh migration."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(_TABLES)} RESTART IDENTITY"))
        else:
            for table in _TABLES:
                conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("UPDATE change_counter SET value = 0 WHERE id = 1"))
    return engine
