"""SQLAlchemy engines on SQLCipher 4 with a raw 256-bit key (no second KDF runs)."""

from __future__ import annotations

import logging
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop.store.errors import DatabaseDamaged, DatabaseMissing
from desktop.store.search import contains_all
from desktop.vault.files import ensure_private

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
# SQLCipher decrypts a page on every cache miss: a cache near the working set keeps lookups
# close to plain SQLite (see ARCHITECTURE.md). Negative = KiB.
DEFAULT_CACHE_KIB = 128 * 1024
# Prepared statements kept per connection by sqlcipher3 (its default is 100). Its cache puts a
# new statement at the tail and evicts the tail when full, so once ~100 statements that ran once
# (a new vault's migrations, issue 16) fill it, the hot statements evict each other and are
# parsed again on nearly every call. The store's hot set (a few statements per record type and
# table) fits well inside this, and migrations run on a connection of their own (Store.open).
STATEMENT_CACHE = 1024

# sqlcipher3 binds a str, int or float at once, but looks every other value up in its adapter
# registry first, and for None and bytes that lookup fails the slow way (an attribute error
# built and thrown away per value): ~1 us a value, 10x an int, and a pulled row is a quarter
# NULLs (issue 16: ~5 % of an initial sync's apply). Registered as adapting to themselves, they
# are found at once and bound exactly as before (NULL, BLOB). A process-wide registry: every
# sqlcipher3 connection gets it, with the same values bound.
sqlcipher3.register_adapter(type(None), {}.get)  # {}.get(None) is None, in C
sqlcipher3.register_adapter(bytes, bytes)  # bytes(b) is b for a bytes object


def _damaged_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "not a database" in text:
        return "filen kan ikke dekrypteres: den er ændret, afkortet eller hører til en anden nøgle"
    if "malformed" in text:
        return "filens indhold er afkortet eller ændret"
    return str(exc)


def quiet_cipher_log() -> None:
    """Stop SQLCipher printing its own English error lines to stderr (a process-wide setting).

    For `trepart vault check`: every HMAC failure is also returned by cipher_integrity_check,
    which the command reports in Danish, so the raw lines only bury that report.
    """
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


def connect_raw(
    path: Path,
    key: bytes | None,
    *,
    create: bool = False,
    read_only: bool = False,
    cache_kib: int = DEFAULT_CACHE_KIB,
    cached_statements: int = STATEMENT_CACHE,
) -> sqlcipher3.Connection:
    """Open one DB-API connection, keyed and checked. Never creates a file unless `create`.

    `read_only` is for inspection (`trepart vault check`): a damaged file stays byte-for-byte
    as it was, which IT needs for forensics and recovery.
    """
    if not create and (not path.exists() or path.stat().st_size == 0):
        raise DatabaseMissing(path)
    mode = "rwc" if create else "ro" if read_only else "rw"
    if not read_only:
        # Made (or tightened) 0600 before SQLite opens it; -wal and -shm inherit its mode.
        ensure_private(path, create=create)
        for suffix in ("-wal", "-shm"):
            ensure_private(path.with_name(path.name + suffix))
    conn = sqlcipher3.connect(
        f"file:{path.as_posix()}?mode={mode}",
        uri=True,
        check_same_thread=False,
        isolation_level=None,
        cached_statements=cached_statements,
    )
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA cipher_memory_security = OFF")
        if create:
            # Before the first table exists (a no-op on a file that has tables): freed pages can
            # then be handed back in small steps (Store.reclaim_space) after a drained outbox,
            # never with a blocking full VACUUM (issue 16).
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        # The first read proves the key opens the file (HMAC-checked page 1).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # no temp files in clear
        # Freed bytes are overwritten, so a deleted record's text is not left in a free page
        # or a page's free space (issue 18: deletion means gone).
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.create_function("trepart_contains", 2, contains_all, deterministic=True)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged(path, _damaged_reason(exc)) from exc
    if not create and path.stat().st_size % PAGE_SIZE:
        conn.close()
        raise DatabaseDamaged(path, "filen er afkortet")
    return conn


def make_engine(
    path: Path,
    key: bytes | None,
    *,
    create: bool = False,
    read_only: bool = False,
    cache_kib: int = DEFAULT_CACHE_KIB,
    cached_statements: int = STATEMENT_CACHE,
) -> Engine:
    """An engine whose every connection is keyed. `key=None` is plain SQLite (benchmarks only)."""
    first = [create]

    def creator() -> sqlcipher3.Connection:
        conn = connect_raw(path, key, create=first[0], read_only=read_only, cache_kib=cache_kib,
                           cached_statements=cached_statements)
        first[0] = False
        return conn

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        # The DB-API module's own transaction handling is off (isolation_level=None); SQLAlchemy
        # decides, so DDL in migrations is transactional too. Writers take the write lock up
        # front so a read transaction never has to upgrade (and fail busy) halfway.
        immediate = conn.get_execution_options().get("trepart_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    return engine
