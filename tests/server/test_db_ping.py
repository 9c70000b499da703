"""Pooled PostgreSQL connections that died while idle are replaced when next used, without a
ping (a round trip) on every checkout of a connection in steady use (sync.server.db)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from sync.server import db
from sync.server.db import make_engine
from tests.serverdb import fast_settings


def _kill_backends(url: str, pids: list[int]) -> None:
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        for pid in pids:
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))


def _pid(engine: object) -> int:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


@pytest.fixture
def pg_url(backend: tuple[str, str]) -> str:
    if backend[0] != "postgres":
        pytest.skip("PostgreSQL connection pool")
    return backend[1]


def test_a_connection_killed_while_idle_is_replaced(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(fast_settings(pg_url, tmp_path))
    try:
        old = _pid(engine)
        _kill_backends(pg_url, [old])
        monkeypatch.setattr(db, "PING_IDLE_S", 0.0)  # idle "long enough" at once
        assert _pid(engine) != old  # pinged, found dead, replaced
    finally:
        engine.dispose()


def test_a_connection_in_steady_use_is_not_pinged(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(fast_settings(pg_url, tmp_path))
    try:
        old = _pid(engine)
        _kill_backends(pg_url, [old])
        monkeypatch.setattr(db, "PING_IDLE_S", 3600.0)
        # Just used: handed out unchecked, so the dead connection fails this once (the pool
        # then invalidates it) and the next checkout gets a new one.
        with pytest.raises(OperationalError):
            _pid(engine)
        assert _pid(engine) != old
    finally:
        engine.dispose()
