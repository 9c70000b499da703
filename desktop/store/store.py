"""The case store: records, outbox, audit log and search in one encrypted SQLCipher file.

Every local write puts the row change, its outbox operation (for sync) and, where it is a user's
act, its audit entry in ONE transaction: a crash leaves all three or none.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from desktop.domain.lifecycle import FrozenDocumentError
from desktop.domain.records import RECORD_CLASSES, AuditEntry, Record
from desktop.store import clocks as clock_column
from desktop.store import migrate, tombstones
from desktop.store.engine import STATEMENT_CACHE, make_engine
from desktop.store.errors import DatabaseDamaged, DiskFull, StoreError
from desktop.store.schema import RECORD_TABLES, draft, outbox, sync_state
from desktop.store.search import fts_query
from sync.protocol import audit_chain
from sync.protocol.catalogue import CATALOGUE, FieldType, MergeKind, RecordType
from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.merge import is_signed
from sync.protocol.vocabulary import AuditAction, Role

log = logging.getLogger(__name__)
R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who works in this vault: set at creation or login; stamps audit entries."""

    username: str
    role: str
    team: str | None
    device_id: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    record_type: str
    record_id: str
    case_id: str | None
    snippet: str


@dataclass(frozen=True, slots=True)
class OutboxOp:
    seq: int
    op_id: str
    record_type: str
    record_id: str
    fields: dict[str, dict[str, Any]]
    attempts: int


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def encode_column(rt: RecordType, name: str, value: Any) -> Any:
    """Wire value -> SQLite column value."""
    if value is None or not rt.has_field(name):
        return value
    spec = rt.field(name)
    if spec.type is FieldType.JSON:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if spec.type is FieldType.BOOL:
        return int(bool(value))
    return value


def decode_column(rt: RecordType, name: str, value: Any) -> Any:
    if value is None:
        return None
    spec = rt.field(name)
    if spec.type is FieldType.JSON:
        return json.loads(value)
    if spec.type is FieldType.BOOL:
        return bool(value)
    return value


# Statements built once: SQLAlchemy then compiles each shape once and reuses it, which keeps
# a save at a handful of microseconds of Python on top of SQLite.
_BY_ID = {n: select(t).where(t.c.id == bindparam("rid")) for n, t in RECORD_TABLES.items()}
_INSERT = {n: insert(t) for n, t in RECORD_TABLES.items()}
_UPDATE = {n: update(t).where(t.c.id == bindparam("rid")) for n, t in RECORD_TABLES.items()}
_INSERT_OP = insert(outbox)
# A push body must stay below the server's limit (wire.MAX_BODY_BYTES, 8 MiB): a batch of
# operations holds at most this much of their stored JSON (an attached file's chunk is 1 MiB).
PUSH_BUDGET_BYTES = 5 * 1024 * 1024
# Must match the table codes of migration 0002 (a row's search rowid = code << 40 | rowid).
SEARCH_CODES = {"citizen": 1, "company": 2, "case": 3, "meeting": 4, "action_item": 5}
_SEARCH = text(
    "SELECT record_type, record_id, case_id, snippet(search_index, 3, '[', ']', '…', 8) "
    "FROM search_index WHERE search_index MATCH :q AND rowid BETWEEN :lo AND :hi "
    "AND trepart_contains(body, :w) ORDER BY rowid DESC LIMIT :n"
)
_STATE = select(sync_state.c.value).where(sync_state.c.key == bindparam("k"))
_ROLES = frozenset(Role.codes())
# The hash of the newest audit entry this device wrote: the head of its chain.
AUDIT_CHAIN_HEAD = "audit.chain_head"
_PUT_STATE = text(
    "INSERT INTO sync_state(key, value) VALUES (:k, :v) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)

# The write path of a small transaction (save, its audit entry, outbox, state) runs on the raw
# DB-API connection inside the SQLAlchemy transaction: SQLAlchemy Core cost ~3x the statement
# itself there (issue 16). The SQL text of each shape is built once and kept.
_COLUMNS = {n: tuple(c.name for c in t.c) for n, t in RECORD_TABLES.items()}
_RAW_BY_ID = {
    n: f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in cols)} FROM "{RECORD_TABLES[n].name}" '
    "WHERE id = ?"
    for n, cols in _COLUMNS.items()
}
_RAW_SQL: dict[tuple[str, str, tuple[str, ...]], str] = {}
_RAW_INSERT_OP = (
    "INSERT INTO outbox(op_id, record_type, record_id, fields, created_at, attempts) "
    "VALUES (?, ?, ?, ?, ?, 0)"
)
_RAW_STATE = "SELECT value FROM sync_state WHERE key = ?"


def _raw(conn: Connection) -> Any:
    """The DB-API connection under `conn` (same transaction)."""
    return conn.connection.dbapi_connection


def _raw_sql(kind: str, table: str, columns: tuple[str, ...]) -> str:
    key = (kind, table, columns)
    sql = _RAW_SQL.get(key)
    if sql is None:
        quoted = [f'"{c}"' for c in columns]
        if kind == "insert":
            sql = (f'INSERT INTO "{table}" ({", ".join(quoted)}) '
                   f'VALUES ({", ".join("?" * len(columns))})')
        else:
            sql = f'UPDATE "{table}" SET {", ".join(q + " = ?" for q in quoted)} WHERE id = ?'
        _RAW_SQL[key] = sql
    return sql


def _raw_insert(db: Any, table: str, values: dict[str, Any]) -> None:
    db.execute(_raw_sql("insert", table, tuple(values)), tuple(values.values()))


def _raw_update(db: Any, table: str, record_id: str, values: dict[str, Any]) -> None:
    db.execute(_raw_sql("update", table, tuple(values)), (*values.values(), record_id))


def _raw_row(db: Any, record_type: str, record_id: str) -> dict[str, Any] | None:
    row = db.execute(_RAW_BY_ID[record_type], (record_id,)).fetchone()
    return None if row is None else dict(zip(_COLUMNS[record_type], row, strict=True))


def _rows_by_id(db: Any, wanted: dict[str, set[str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The current rows of the records named, one query per record type (and 500 ids)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for record_type, ids in wanted.items():
        if record_type not in RECORD_TABLES:
            continue
        columns = _COLUMNS[record_type]
        select_ = _RAW_BY_ID[record_type].removesuffix("WHERE id = ?")
        listed = sorted(ids)
        for i in range(0, len(listed), 500):
            chunk = listed[i : i + 500]
            sql = f"{select_}WHERE id IN ({', '.join('?' * len(chunk))})"
            for row in db.execute(sql, chunk):
                values = dict(zip(columns, row, strict=True))
                out[(record_type, values["id"])] = values
    return out


def resolve_writes(
    record_type: str, fields: dict[str, dict[str, Any]], row: dict[str, Any] | None
) -> dict[str, dict[str, Any]]:
    """An outbox operation's writes as they go on the wire: {field: {value, hlc[, base]}}.

    A stored write with a "value" is sent as stored. A write by reference (issue 16: the
    outbox no longer repeats every value and clock) takes the row's current value and the
    row's clock for that field. If that clock is newer than the edit the operation was made
    for, a later operation covers the field too, and sending the current value with its
    clock twice is idempotent (same value, same clock; a text merge of a text with itself).
    A field the row holds no clock for (a record emptied or gone meanwhile) is not sent.
    """
    rt = CATALOGUE.get(record_type)
    clocks: dict[str, str] = clock_column.decode(row["clocks"]) if row is not None else {}
    out: dict[str, dict[str, Any]] = {}
    for name, write in fields.items():
        if "value" in write:
            out[name] = write
            continue
        stamp = clocks.get(name)
        if rt is None or row is None or stamp is None:
            continue
        if name == "deleted":
            out[name] = {"value": bool(row["deleted"]), "hlc": stamp}
            continue
        if not rt.has_field(name):
            continue
        resolved: dict[str, Any] = {"value": decode_column(rt, name, row[name]), "hlc": stamp}
        if rt.field(name).merge is MergeKind.TEXT:
            resolved["base"] = write.get("base")
        out[name] = resolved
    return out


def _put_states(db: Any, states: dict[str, str | None]) -> None:
    """Several sync_state keys in one statement."""
    rows = ", ".join("(?, ?)" for _ in states)
    db.execute(
        f"INSERT INTO sync_state(key, value) VALUES {rows} "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        tuple(x for kv in states.items() for x in kv),
    )


class Store:
    """Repositories for every record type over one encrypted database."""

    def __init__(self, engine: Engine, *, path: Path) -> None:
        self._engine = engine
        self._writer = engine.execution_options(trepart_write=True)
        self.path = path
        self._actor: Actor | None = None
        self._clock: HybridClock | None = None

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        key: bytes | None,
        *,
        create: bool = False,
        read_only: bool = False,
        cache_kib: int | None = None,
        cached_statements: int = STATEMENT_CACHE,
        migrate_apart: bool = True,
    ) -> Store:
        """Open (or create) the database, migrate it to this version's schema, load the actor.

        `read_only` opens for inspection only: no migration, no write of any kind.
        Migrations run on a connection that is closed afterwards (`migrate_apart`), so the
        ~100 statements they run once never sit in the statement cache of the connection the
        store then works on (issue 16). `migrate_apart=False` and `cached_statements=100` give
        the old behaviour, for the side-by-side benchmark only.
        """
        kwargs: dict[str, int] = {"cached_statements": cached_statements}
        if cache_kib:
            kwargs["cache_kib"] = cache_kib
        engine = make_engine(path, key, create=create, read_only=read_only, **kwargs)
        try:
            if read_only:
                migrate.check_known(engine)
            elif migrate.upgrade(engine) and migrate_apart:
                engine.dispose()  # the next checkout opens a fresh connection (file exists now)
        except StoreError:
            engine.dispose()
            raise
        except DatabaseError as exc:
            engine.dispose()
            raise DatabaseDamaged(path, str(exc.orig)) from exc
        store = cls(engine, path=path)
        store._load_identity()
        return store

    def close(self) -> None:
        self._engine.dispose()

    @property
    def engine(self) -> Engine:
        return self._engine

    def _load_identity(self) -> None:
        username = self.get_state("username")
        device_id = self.get_state("device_id")
        if username and device_id:
            self._actor = Actor(
                username=username,
                role=self.get_state("role") or "consultant",
                team=self.get_state("team"),
                device_id=device_id,
            )
            offset_ms = int(self.get_state("sync.clock_offset_ms") or 0)
            self._clock = _clock(device_id, offset_ms)
            last = self.get_state("hlc")
            if last:
                self._clock.reset_to(last)

    def adopt_server_time(self, server_time_ms: int) -> None:
        """The server said our clock runs ahead: stamp from the server's time from now on.

        The persisted last stamp is dropped because it is ahead too; stamps the server never
        accepted carry no meaning elsewhere.
        """
        offset_ms = server_time_ms - int(time.time() * 1000)
        actor = self.actor
        self._clock = _clock(actor.device_id, offset_ms)
        with self._tx() as conn:
            self._put_state(conn, "sync.clock_offset_ms", str(offset_ms))
            self._put_state(conn, "hlc", None)

    def set_identity(
        self, *, username: str, role: str, team: str | None, device_id: str | None = None
    ) -> Actor:
        device_id = device_id or self.get_state("device_id") or uuid7()
        with self._writer.begin() as conn:
            for key, value in (
                ("username", username),
                ("role", role),
                ("team", team),
                ("device_id", device_id),
            ):
                self._put_state(conn, key, value)
        self._load_identity()
        assert self._actor is not None
        return self._actor

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            raise StoreError("Vaulten har ingen bruger endnu.")
        return self._actor

    @property
    def clock(self) -> HybridClock:
        if self._clock is None:
            raise StoreError("Vaulten har ingen bruger endnu.")
        return self._clock

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; SQLite errors become Danish store errors, nothing half-done."""
        # The hot write statements run on the DB-API connection itself, so its own errors
        # (sqlcipher3.*) arrive here unwrapped and are translated the same way.
        try:
            with self._writer.begin() as conn:
                yield conn
        except (OperationalError, sqlcipher3.OperationalError) as exc:
            raise _translate(exc, self.path) from exc
        except (IntegrityError, sqlcipher3.IntegrityError) as exc:
            if "frozen" in str(getattr(exc, "orig", exc)):
                raise FrozenDocumentError() from exc
            raise
        except (DatabaseError, sqlcipher3.DatabaseError) as exc:
            raise _translate(exc, self.path) from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except DatabaseError as exc:
            raise _translate(exc, self.path) from exc

    @contextlib.contextmanager
    def batch(self) -> Iterator[Connection]:
        """Group many saves into one transaction (imports, demo data, sync pages)."""
        with self.write() as conn:
            token = self._batch_conn
            self._batch_conn = conn
            try:
                yield conn
            finally:
                self._batch_conn = token

    _batch_conn: Connection | None = None

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Connection]:
        if self._batch_conn is not None:
            yield self._batch_conn
        else:
            with self.write() as conn:
                yield conn

    # -- state ---------------------------------------------------------------------------
    def get_state(self, key: str) -> str | None:
        with self.read() as conn:
            return conn.execute(select(sync_state.c.value).where(sync_state.c.key == key)).scalar()

    def set_state(self, key: str, value: str | None) -> None:
        with self._tx() as conn:
            self._put_state(conn, key, value)

    @staticmethod
    def _put_state(conn: Connection, key: str, value: str | None) -> None:
        conn.execute(_PUT_STATE, {"k": key, "v": value})

    # -- reading records -----------------------------------------------------------------
    def _row_values(self, rt: RecordType, row: Any) -> dict[str, Any]:
        mapping = row._mapping
        return {f.name: decode_column(rt, f.name, mapping[f.name]) for f in rt.fields}

    @staticmethod
    def _values_of(rt: RecordType, row: dict[str, Any]) -> dict[str, Any]:
        return {f.name: decode_column(rt, f.name, row[f.name]) for f in rt.fields}

    def get(self, cls: type[R], record_id: str, *, include_deleted: bool = False) -> R | None:
        rt = cls.catalogue()
        with self.read() as conn:
            row = conn.execute(_BY_ID[rt.name], {"rid": record_id}).first()
        if row is None or (row.deleted and not include_deleted):
            return None
        return cls.from_values(row.id, self._row_values(rt, row))

    # Named like the builtin: the signatures below this method spell the type builtins.list.
    def list(
        self,
        cls: type[R],
        *,
        where: dict[str, Any] | None = None,
        order_by: Sequence[str] = (),
        limit: int | None = None,
    ) -> builtins.list[R]:
        rt = cls.catalogue()
        table = RECORD_TABLES[rt.name]
        query = select(table).where(table.c.deleted == 0)
        for name, value in (where or {}).items():
            query = query.where(table.c[name] == encode_column(rt, name, value))
        for name in order_by:
            desc = name.startswith("-")
            col = table.c[name.lstrip("-")]
            query = query.order_by(col.desc() if desc else col)
        if limit:
            query = query.limit(limit)
        with self.read() as conn:
            rows = conn.execute(query).all()
        return [cls.from_values(r.id, self._row_values(rt, r)) for r in rows]

    def list_values(self, cls: type[Record]) -> builtins.list[dict[str, Any]]:
        """Every live record of a type as its wire values plus "id", without building record
        objects: what a report over the whole vault reads (sync.evaluation takes wire values)."""
        rt = cls.catalogue()
        table = RECORD_TABLES[rt.name]
        with self.read() as conn:
            rows = conn.execute(select(table).where(table.c.deleted == 0)).all()
        return [{"id": r.id, **self._row_values(rt, r)} for r in rows]

    def count(self, cls: type[Record]) -> int:
        table = RECORD_TABLES[cls.RECORD_TYPE]
        with self.read() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(table).where(table.c.deleted == 0)
                ).scalar()
                or 0
            )

    def raw_state(
        self, record_type: str, record_id: str
    ) -> tuple[dict[str, Any], dict[str, str]] | None:
        """Wire values and field clocks of one record, for sync."""
        rt = CATALOGUE[record_type]
        table = RECORD_TABLES[record_type]
        with self.read() as conn:
            row = conn.execute(select(table).where(table.c.id == record_id)).first()
        if row is None:
            return None
        values = self._row_values(rt, row)
        values["deleted"] = bool(row.deleted)
        return values, clock_column.decode(row.clocks)

    # -- writing records -----------------------------------------------------------------
    def save(self, record: R, *, audit: bool = True) -> R:
        """Create or change a record: row, outbox operation and audit entry in one transaction.

        Only fields that differ from the stored row are stamped and sent, so two people editing
        different fields of one case never overwrite each other.
        """
        rt = record.catalogue()
        if rt.append_only:
            return self.append(record)
        values = record.to_values()
        with self._tx() as conn:
            db = _raw(conn)
            row = _raw_row(db, rt.name, record.id)
            old = self._values_of(rt, row) if row is not None else None
            if old is not None and rt.signable and is_signed(old):
                self._refuse_frozen_change(rt, old, values)
            changed = {
                k: v
                for k, v in values.items()
                if old is None and v is not None or old is not None and old.get(k) != v
            }
            undelete = row is not None and bool(row["deleted"])
            if not changed and not undelete:
                return record
            stamp = str(self.clock.now())
            clocks = clock_column.decode(row["clocks"]) if row is not None else {}
            clocks.update({k: stamp for k in changed})
            now = now_iso()
            columns = {k: encode_column(rt, k, v) for k, v in changed.items()}
            if row is None:
                _raw_insert(
                    db,
                    rt.table,
                    {
                        "id": record.id,
                        "created_at": now,
                        "updated_at": now,
                        "deleted": 0,
                        "clocks": clock_column.encode(clocks),
                        **columns,
                    },
                )
            else:
                if undelete:
                    clocks["deleted"] = stamp
                    columns["deleted"] = 0
                _raw_update(
                    db, rt.table, record.id,
                    {"updated_at": now, "clocks": clock_column.encode(clocks), **columns},
                )
            if rt.signable:
                # A signed document's waiting edit must reach the server as it was made, so the
                # server refuses it (and the device shows that) even after the device took the
                # server's frozen content: these operations keep their values.
                writes = {
                    k: self._field_write(rt, k, v, stamp, None if old is None else old.get(k))
                    for k, v in changed.items()
                }
                if undelete:
                    writes["deleted"] = {"value": False, "hlc": stamp}
            else:
                writes = {
                    k: self._field_ref(rt, k, None if old is None else old.get(k))
                    for k in changed
                }
                if undelete:
                    writes["deleted"] = {}
            self._enqueue(conn, rt.name, record.id, writes)
            if audit:
                action = AuditAction.CREATE if row is None else AuditAction.CHANGE
                # Its stamp comes after this one, and it stores it as the clock's last.
                self._audit(
                    conn,
                    action,
                    rt.name,
                    record.id,
                    case_id=_case_of(rt, record),
                    detail=",".join(sorted(changed)),
                )
            else:
                _put_states(db, {"hlc": stamp})
        return record

    @staticmethod
    def _refuse_frozen_change(rt: RecordType, old: dict[str, Any], new: dict[str, Any]) -> None:
        for name in rt.sealed_fields:  # the catalogue's one frozen list (FROZEN_FIELDS)
            if old.get(name) != new.get(name):
                raise FrozenDocumentError(rt.label.lower())
        if new.get("status") == "kladde":
            raise FrozenDocumentError(rt.label.lower())

    @staticmethod
    def _field_write(
        rt: RecordType, name: str, value: Any, stamp: str, base: Any
    ) -> dict[str, Any]:
        write: dict[str, Any] = {"value": value, "hlc": stamp}
        if rt.has_field(name) and rt.field(name).merge is MergeKind.TEXT:
            write["base"] = base
        return write

    @staticmethod
    def _field_ref(rt: RecordType, name: str, base: Any) -> dict[str, Any]:
        """A write by reference (issue 16): value and clock are read from the row at push time
        (resolve_writes); only a text field's base is kept here."""
        if rt.has_field(name) and rt.field(name).merge is MergeKind.TEXT and base is not None:
            return {"base": base}
        return {}

    def delete(self, cls: type[Record], record_id: str, *, audit: bool = True) -> None:
        """A tombstone (synced), never a physical delete: other devices must learn of it.
        `audit=False` for the parts of an act audited once as a whole (a file's chunks)."""
        rt = cls.catalogue()
        table = RECORD_TABLES[rt.name]
        with self._tx() as conn:
            row = conn.execute(select(table).where(table.c.id == record_id)).first()
            if row is None or row.deleted:
                return
            if rt.signable and is_signed(self._row_values(rt, row)):
                # Checked here and by the database's frozen trigger: a signed version is kept.
                raise FrozenDocumentError(rt.label.lower())
            stamp = str(self.clock.now())
            # Deletion means gone: the row keeps id, case and time; its content, its pending
            # operations (which hold the content too) and drafts go (desktop.store.tombstones).
            tombstones.tombstone(conn, rt, record_id, at=now_iso(), clocks={"deleted": stamp})
            # Its conflict records hold its texts too (the server empties them the same way).
            tombstones.tombstone_conflicts_of(conn, record_id, at=now_iso(), stamp=stamp)
            writes: dict[str, dict[str, Any]] = {"deleted": {"value": True, "hlc": stamp}}
            for name in tombstones.kept_fields(rt):
                # The case travels with the tombstone: the server may never have seen the
                # record (its creation was still waiting here) and must still place it.
                writes[name] = {"value": row._mapping[name], "hlc": stamp}
            self._enqueue(conn, rt.name, record_id, writes)
            if audit:
                self._audit(
                    conn, AuditAction.DELETE, rt.name, record_id,
                    case_id=row._mapping.get("case_id"), detail=tombstones.RULE_PERSON,
                )
            self._put_state(conn, "hlc", stamp)
        if self._batch_conn is None:
            self.checkpoint()

    def checkpoint(self) -> None:
        """Move rewritten pages into the file and truncate the WAL (after a delete or purge)."""
        with self.read() as conn:
            tombstones.checkpoint(conn)

    def reclaim_space(self, max_pages: int = 2048) -> bool:
        """Hand up to `max_pages` free pages back to the file system, in one short write
        (PRAGMA incremental_vacuum; 2048 pages = 8 MiB). Returns whether free pages remain,
        so a caller can go on in further short steps. Vaults made before issue 16 have no
        auto_vacuum and keep their free pages for later writes (nothing happens here)."""
        with self._writer.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA incremental_vacuum({int(max_pages)})")
            left = conn.exec_driver_sql("PRAGMA freelist_count").scalar() or 0
            mode = conn.exec_driver_sql("PRAGMA auto_vacuum").scalar()
        return bool(left) and mode == 2

    def append(self, record: R, *, audit_detail: str = "") -> R:
        """Write an append-only record (signature, audit entry) exactly once.

        `audit_detail` goes on the audit entry of the act (for a signature: who signed, as
        role and printed name; the entry's user is the operator)."""
        rt = record.catalogue()
        table = RECORD_TABLES[rt.name]
        values = record.to_values()
        with self._tx() as conn:
            if conn.execute(select(table.c.id).where(table.c.id == record.id)).first():
                return record
            stamp = self._insert_append(conn, rt, record.id, values)
            if rt.name != "audit_entry":
                self._audit(
                    conn,
                    AuditAction.SIGN if rt.name == "signature" else AuditAction.CREATE,
                    rt.name,
                    record.id,
                    case_id=values.get("case_id"),
                    detail=audit_detail,
                )
            else:
                _put_states(_raw(conn), {"hlc": stamp})
        return record

    def _insert_append(
        self, conn: Connection, rt: RecordType, record_id: str, values: dict[str, Any]
    ) -> str:
        """Insert an append-only row and its operation; returns its stamp (the caller stores
        it as the clock's last). The row never changes, so the operation names its fields
        only and push reads their values from the row."""
        stamp = str(self.clock.now())
        now = now_iso()
        _raw_insert(
            _raw(conn),
            rt.table,
            {
                "id": record_id,
                "created_at": now,
                "updated_at": now,
                "deleted": 0,
                "clocks": clock_column.encode(dict.fromkeys(values, stamp)),
                **{k: encode_column(rt, k, v) for k, v in values.items()},
            },
        )
        self._enqueue(conn, rt.name, record_id, {k: {} for k in values})
        return stamp

    # -- audit ---------------------------------------------------------------------------
    def audit(
        self,
        action: AuditAction,
        *,
        record_type: str | None = None,
        record_id: str | None = None,
        case_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Record a user's act (view, print, export, key...). Never pass field values in detail."""
        with self._tx() as conn:
            self._audit(conn, action, record_type, record_id, case_id=case_id, detail=detail)

    def _audit(
        self,
        conn: Connection,
        action: AuditAction,
        record_type: str | None,
        record_id: str | None,
        *,
        case_id: str | None = None,
        detail: str = "",
    ) -> None:
        actor = self.actor
        entry = AuditEntry(
            id=uuid7(),
            case_id=case_id,
            at=dt.datetime.now(dt.UTC),
            username=actor.username,
            device_id=actor.device_id,
            role=actor.role if actor.role in _ROLES else None,
            action=action.value,
            record_type=record_type,
            record_id=record_id,
            detail=detail[:500] or None,
        )
        # The entry joins this device's hash chain (sync.protocol.audit_chain), in the same
        # transaction as the head it moves: a crash leaves both or neither.
        db = _raw(conn)
        found = db.execute(_RAW_STATE, (AUDIT_CHAIN_HEAD,)).fetchone()
        head = found[0] if found is not None else None
        values = {**entry.to_values(), "prev_hash": head}
        values["hash"] = audit_chain.entry_hash(entry.id, values)
        stamp = self._insert_append(conn, entry.catalogue(), entry.id, values)
        _put_states(db, {AUDIT_CHAIN_HEAD: values["hash"], "hlc": stamp})

    def audit_log(
        self, *, case_id: str | None = None, limit: int = 500
    ) -> builtins.list[AuditEntry]:
        where = {"case_id": case_id} if case_id else None
        return self.list(AuditEntry, where=where, order_by=("-at",), limit=limit)

    # -- outbox --------------------------------------------------------------------------
    def _enqueue(
        self, conn: Connection, record_type: str, record_id: str, fields: dict[str, dict[str, Any]]
    ) -> None:
        """Queue an operation. A write with a "value" carries it (tombstones, signed documents,
        operations written before issue 16); one without is by reference: push reads value and
        clock from the row (resolve_writes)."""
        _raw(conn).execute(
            _RAW_INSERT_OP,
            (
                uuid7(),
                record_type,
                record_id,
                json.dumps(fields, ensure_ascii=False, separators=(",", ":")),
                now_iso(),
            ),
        )

    def pending_ops(
        self, limit: int = 500, *, max_bytes: int = PUSH_BUDGET_BYTES
    ) -> builtins.list[OutboxOp]:
        """The oldest waiting operations: at most `limit`, and no more than about `max_bytes`
        of them (at least one), so a push of attached files stays below the body limit.

        Writes by reference get their value and clock from the row now (resolve_writes); an
        operation whose record has gone meanwhile has nothing left to send and is dropped."""
        ops: builtins.list[OutboxOp] = []
        used = 0
        dead: builtins.list[str] = []
        with self.read() as conn:
            rows = conn.execute(select(outbox).order_by(outbox.c.seq).limit(limit)).all()
            parsed = [(r, json.loads(r.fields)) for r in rows]
            wanted: dict[str, set[str]] = {}
            for r, fields in parsed:
                if any("value" not in w for w in fields.values()):
                    wanted.setdefault(r.record_type, set()).add(r.record_id)
            current = _rows_by_id(_raw(conn), wanted)
        for r, fields in parsed:
            row = current.get((r.record_type, r.record_id))
            writes = resolve_writes(r.record_type, fields, row)
            if not writes:
                dead.append(r.op_id)
                continue
            used += len(json.dumps(writes, ensure_ascii=False, separators=(",", ":")))
            if ops and used > max_bytes:
                break
            ops.append(OutboxOp(r.seq, r.op_id, r.record_type, r.record_id, writes, r.attempts))
        if dead:
            log.info("%d waiting operations named records that are gone; dropped", len(dead))
            self.remove_ops(dead)
        return ops

    def outbox_count(self) -> int:
        with self.read() as conn:
            return int(conn.execute(select(func.count()).select_from(outbox)).scalar() or 0)

    def remove_ops(self, op_ids: Sequence[str]) -> None:
        with self._tx() as conn:
            conn.execute(delete(outbox).where(outbox.c.op_id.in_(list(op_ids))))

    # -- search --------------------------------------------------------------------------
    def search(
        self, user_text: str, *, record_types: Sequence[str] | None = None, limit: int = 50
    ) -> builtins.list[SearchHit]:
        """Full-text search over citizens, companies, cases, meetings and action items.

        Up to `limit` hits per record type, newest first. Each type is its own rowid range, so
        FTS5 stops after `limit` rows instead of scoring every match (a common prefix matches
        100,000 meetings on a large vault) and a citizen is never crowded out by meetings.
        """
        query = fts_query(user_text)
        if query is None:
            return []
        if self.search_index_building():
            from desktop.store import bulkload  # it builds on this module

            scanned = bulkload.scan_search(
                self, user_text, record_types=record_types, limit=limit
            )
            if scanned is not None:
                return [SearchHit(*row) for row in scanned]
        match, confirm = query
        hits: list[SearchHit] = []
        with self.read() as conn:
            for record_type in record_types or SEARCH_CODES:
                code = SEARCH_CODES[record_type]
                params = {
                    "q": match,
                    "w": confirm,
                    "lo": code << 40,
                    "hi": ((code + 1) << 40) - 1,
                    "n": limit,
                }
                hits.extend(SearchHit(*row) for row in conn.execute(_SEARCH, params))
        return hits

    def search_index_building(self) -> bool:
        """An initial sync is loading in bulk: the index is built at its end, and search
        scans the tables meanwhile (slower; the app says so)."""
        return self.get_state("sync.bulk_load") is not None

    # -- drafts --------------------------------------------------------------------------
    def save_draft(
        self,
        key: str,
        *,
        record_type: str,
        record_id: str | None,
        case_id: str | None,
        payload: dict[str, Any],
    ) -> None:
        with self._tx() as conn:
            conn.execute(
                text(
                    "INSERT INTO draft(key, record_type, record_id, case_id, payload, updated_at) "
                    "VALUES (:k, :t, :r, :c, :p, :u) ON CONFLICT(key) DO UPDATE SET "
                    "payload = excluded.payload, updated_at = excluded.updated_at"
                ),
                {
                    "k": key,
                    "t": record_type,
                    "r": record_id,
                    "c": case_id,
                    "p": json.dumps(payload, ensure_ascii=False, default=str),
                    "u": now_iso(),
                },
            )

    def drafts(self) -> builtins.list[dict[str, Any]]:
        with self.read() as conn:
            rows = conn.execute(select(draft).order_by(draft.c.updated_at)).all()
        return [{**r._mapping, "payload": json.loads(r.payload)} for r in rows]

    def discard_draft(self, key: str) -> None:
        with self._tx() as conn:
            conn.execute(delete(draft).where(draft.c.key == key))

    # -- maintenance ---------------------------------------------------------------------
    def integrity_check(self) -> builtins.list[str]:
        """SQLCipher's page HMAC check plus SQLite's structural check; [] means OK."""
        problems: list[str] = []
        with self.read() as conn:
            problems += [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        try:
            with self.read() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        except StoreError as exc:
            # A page that fails its HMAC can stop SQLite's own check halfway ("SQL logic
            # error"); the HMAC findings above are what IT needs, so they are kept.
            log.info("Structural integrity check stopped: %s", type(exc.__cause__).__name__)
            rows = [INTEGRITY_CHECK_STOPPED]
        problems += [r for r in rows if r != "ok"]
        return problems


    def audit_chain_breaks(self) -> builtins.list[audit_chain.ChainBreak]:
        """Check this device's audit chain: walk back from the head through each entry's
        previous hash; every entry on the way must hash to what it claims, the walk must end
        at the chain's first entry, and no entry of this device may stand outside the chain.
        [] means intact."""
        rt = CATALOGUE["audit_entry"]
        table = RECORD_TABLES["audit_entry"]
        with self.read() as conn:
            head = conn.execute(_STATE, {"k": AUDIT_CHAIN_HEAD}).scalar()
            rows = conn.execute(select(table).where(table.c.hash.is_not(None))).all()
        by_hash: dict[str, tuple[str, dict[str, Any]]] = {}
        for row in rows:
            by_hash[row.hash] = (row.id, self._row_values(rt, row))
        mine = self.actor.device_id
        chain: list[tuple[str, dict[str, Any]]] = []
        breaks: list[audit_chain.ChainBreak] = []
        cursor = head
        while True:
            found = by_hash.pop(cursor, None) if cursor is not None else None
            if found is not None:
                chain.append(found)
                cursor = found[1].get("prev_hash")
                continue
            if cursor is not None:
                # The entry `cursor` names is gone (or never was): the chain is cut here.
                name = chain[-1][0] if chain else "kædens hoved"
                breaks.append(audit_chain.ChainBreak(name, audit_chain.MSG_LINK))
            # Entries of this device the walk has not reached: go on from the newest of them
            # that nothing points to, so one cut is reported once, not for every entry before it.
            pointed = {v.get("prev_hash") for _, v in by_hash.values()}
            tips = [
                (v.get("at") or "", h) for h, (_, v) in by_hash.items()
                if v.get("device_id") == mine and h not in pointed
            ]
            if not tips:
                break
            cursor = max(tips)[1]
            if chain:
                chain.append(("", {}))  # a cut: verify() must not link across it
        segments: list[list[tuple[str, dict[str, Any]]]] = [[]]
        for item in chain:
            if item[0]:
                segments[-1].append(item)
            else:
                segments.append([])
        for segment in segments:
            segment.reverse()
            found_breaks, _ = audit_chain.verify(
                segment, head=segment[0][1].get("prev_hash") if segment else None
            )
            breaks += found_breaks
        return breaks


INTEGRITY_CHECK_STOPPED = "integrity_check stopped before the end"


def _clock(device_id: str, offset_ms: int) -> HybridClock:
    if not offset_ms:
        return HybridClock(device_id[-12:])
    return HybridClock(device_id[-12:], wall=lambda: time.time() + offset_ms / 1000)


def _case_of(rt: RecordType, record: Record) -> str | None:
    if rt.case_field == "id":
        return record.id
    if rt.case_field:
        return getattr(record, rt.case_field, None)
    return None


def _translate(exc: Exception, path: Path) -> StoreError:
    orig = getattr(exc, "orig", exc)
    text_ = str(orig).lower()
    # SQLITE_FULL ("database or disk is full"); not any message with "full" in it (FTS5's
    # "detail!=full" is a query the index refuses, not a full disk).
    if getattr(orig, "sqlite_errorcode", None) == sqlcipher3.SQLITE_FULL or "disk is full" in text_:
        return DiskFull()
    if isinstance(orig, sqlcipher3.DatabaseError) and (
        "malformed" in text_ or "not a database" in text_
    ):
        return DatabaseDamaged(path, text_)
    return StoreError(f"Databasefejl: {text_}")


def record_class(record_type: str) -> type[Record]:
    return RECORD_CLASSES[record_type]
