"""Issue 16, step 1: a new vault's migrations must not fill the working connection's statement
cache, and the cache must hold the store's hot statements."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import Engine, event

from desktop.domain.records import Company
from desktop.store import Store, engine
from sync.protocol.ids import uuid7


class _Statements:
    """Which DB-API connection ran which statements (every engine, while installed)."""

    def __init__(self) -> None:
        self.by_connection: dict[int, list[str]] = {}
        self._alive: list[object] = []  # a closed connection's id must not be reused


    def __call__(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        dbapi = conn.connection.dbapi_connection
        self._alive.append(dbapi)
        self.by_connection.setdefault(id(dbapi), []).append(statement)


@pytest.fixture
def statements():
    seen = _Statements()
    event.listen(Engine, "before_cursor_execute", seen)
    yield seen
    event.remove(Engine, "before_cursor_execute", seen)


def _save_probe(store: Store) -> None:
    store.set_identity(username="test.konsulent", role="consultant", team="Team Test")
    store.save(Company(id=uuid7(), name="Testfirma ApS"))


def _migrating(statements: _Statements) -> set[int]:
    return {c for c, sqls in statements.by_connection.items()
            if any("CREATE TABLE" in s for s in sqls)}


def _working(statements: _Statements) -> set[int]:
    # The connection the save's write transaction ran on (its INSERT goes to the DB-API cursor
    # directly, unseen by SQLAlchemy's events; the transaction's BEGIN IMMEDIATE is seen).
    return {c for c, sqls in statements.by_connection.items()
            if any(s.lstrip().upper().startswith("BEGIN IMMEDIATE") for s in sqls)}


def test_a_new_vault_works_on_a_connection_the_migrations_never_used(tmp_path: Path, statements):
    store = Store.open(tmp_path / "trepart.db", os.urandom(32), create=True)
    try:
        _save_probe(store)
        migrating, working = _migrating(statements), _working(statements)
        assert migrating and working
        assert not migrating & working
    finally:
        store.close()


def test_the_old_way_reused_the_migrating_connection(tmp_path: Path, statements):
    # The check above can fail: with migrations on the pool, the same connection does both.
    store = Store.open(tmp_path / "trepart.db", os.urandom(32), create=True, migrate_apart=False)
    try:
        _save_probe(store)
        assert _migrating(statements) & _working(statements)
    finally:
        store.close()


def test_an_up_to_date_vault_opens_without_migrating(tmp_path: Path, statements):
    path, key = tmp_path / "trepart.db", os.urandom(32)
    Store.open(path, key, create=True).close()
    statements.by_connection.clear()
    store = Store.open(path, key)
    try:
        _save_probe(store)
        assert not _migrating(statements)
        assert store.list(Company)
    finally:
        store.close()


def test_every_vault_connection_gets_the_larger_statement_cache(tmp_path: Path, monkeypatch):
    asked: list[int] = []
    real = sqlcipher3.connect

    def connect(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs.get("cached_statements", 100))
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlcipher3, "connect", connect)
    store = Store.open(tmp_path / "trepart.db", os.urandom(32), create=True)
    try:
        _save_probe(store)
    finally:
        store.close()
    assert len(asked) >= 2  # the migrating connection and the working one
    assert set(asked) == {engine.STATEMENT_CACHE}
    assert engine.STATEMENT_CACHE >= 512
