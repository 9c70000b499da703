"""Engine creation and transactions for SQLite (trial) and PostgreSQL (deployment)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pydantic_core
from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import make_url

from sync.server.settings import Settings


def json_dumps(value: Any) -> str:
    return pydantic_core.to_json(value).decode("utf-8")


# Records are JSON values and clocks; pydantic-core's parser is several times faster than the
# standard library's, which matters on the pull path.
_JSON_ARGS: dict[str, Any] = {
    "json_serializer": json_dumps,
    "json_deserializer": pydantic_core.from_json,
}


def make_engine(settings: Settings) -> Engine:
    """The engine, with the field cipher of its key file attached (sync.server.atrest)."""
    from sync.server import atrest

    url = make_url(settings.resolved_database_url())
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url.render_as_string(hide_password=False))
    else:
        engine = create_engine(
            url,
            pool_size=settings.pool_size,
            max_overflow=settings.pool_max_overflow,
            **_JSON_ARGS,
        )
        _ping_when_idle(engine)
    atrest.attach(engine, atrest.FieldCipher(settings.resolved_field_key_file()))
    return engine


# A pooled connection unused for longer than this is checked (a round trip) before it is
# handed out; one in steady use is not. (SQLAlchemy's pool_pre_ping pings on every checkout:
# two round trips per request, as authenticating and the request itself each check one out.)
PING_IDLE_S = 10.0
_LAST_USED = "trepart_last_used"


def _ping_when_idle(engine: Engine) -> None:
    """Connections that died while idle (database restart, idle timeout) are replaced when next
    used: the pool retries the checkout with a new connection on DisconnectionError."""

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        last = record.info.get(_LAST_USED)
        if last is not None and time.monotonic() - last <= PING_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception as error:  # noqa: BLE001 - any failure means: not usable
            raise exc.DisconnectionError() from error
        if not alive:
            raise exc.DisconnectionError()
        record.info[_LAST_USED] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info[_LAST_USED] = time.monotonic()


def _make_private(database: Path) -> None:
    """Create (or tighten) the SQLite file 0600 whatever the umask; -wal/-shm inherit its mode."""
    for path in (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
    ):
        if path is not database and not path.exists():
            continue
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)
        finally:
            os.close(fd)


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        _make_private(Path(database))
    engine = create_engine(
        url, connect_args={"check_same_thread": False, "timeout": 30}, **_JSON_ARGS
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below) so writers can take the write lock up front.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        # A deleted or purged record's bytes are overwritten in the file (issue 18).
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A deferred transaction that reads and then writes fails with SQLITE_BUSY when another
        # writer committed in between; BEGIN IMMEDIATE waits for the write lock instead.
        immediate = conn.get_execution_options().get("trepart_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def is_postgres(conn: Connection | Engine) -> bool:
    return conn.dialect.name == "postgresql"


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: on SQLite it holds the database write lock throughout."""
    with engine.connect() as conn:
        conn = conn.execution_options(trepart_write=True)
        with conn.begin():
            yield conn


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn


@contextmanager
def single_read(engine: Engine) -> Iterator[Connection]:
    """For one SELECT that needs no transaction around it (PostgreSQL: autocommit, which
    spares the BEGIN and ROLLBACK round trips on every authenticated request)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        yield conn
