"""The store's side of sync: outbox as wire operations, applying pulled pages, refusals.

Pulled changes are written straight to the tables (no outbox, no audit entry: they are not this
user's acts) and a page plus its cursor commit together, so a crash mid-pull repeats the page.

Nothing pulled is trusted: each record is checked with the same validator the server uses at
push (sync.protocol.validation) and applied in its own savepoint. A record that fails either is
quarantined: listed in the problem list (record type, id, field names and a Danish reason, never
a value) and skipped, so it never blocks the page, the cursor or the page's other records.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, bindparam, delete, select, text, update
from sqlalchemy.exc import DBAPIError

from desktop.store import clocks as clock_column
from desktop.store import tombstones
from desktop.store.schema import RECORD_TABLES, outbox, sync_state
from desktop.store.store import (
    Store,
    _raw,
    _rows_by_id,
    decode_column,
    encode_column,
    now_iso,
    resolve_writes,
)
from sync.protocol import hlc, retention, validation
from sync.protocol.catalogue import CATALOGUE, FieldType, RecordType
from sync.protocol.codec import canonical_json, same_value
from sync.protocol.merge import is_signed
from sync.protocol.wire import FieldWrite, Operation, RecordChange

log = logging.getLogger(__name__)

CURSOR_KEY = "sync.cursor"
PROBLEMS_KEY = "sync.problems"
HISTORY_KEY = "sync.history"
BULK_LOAD_KEY = "sync.bulk_load"  # set while an initial sync loads in bulk (bulkload.py)
MAX_KEPT = 200
# Problem codes of records a device received but could not take in.
QUARANTINED_INVALID = "quarantined_invalid"
QUARANTINED_FAILED = "quarantined_failed"
MSG_APPLY_FAILED = (
    "Posten kunne ikke gemmes på denne enhed og er sat til side. Den hentes igen, når den ændres "
    "på serveren."
)

_STATE = select(sync_state.c.value).where(sync_state.c.key == bindparam("k"))
_PENDING_FIELDS = select(outbox.c.fields).where(
    outbox.c.record_type == bindparam("rt"), outbox.c.record_id == bindparam("rid")
)


def pending_operations(store: Store, limit: int) -> list[Operation]:
    return [
        Operation(
            op_id=op.op_id,
            record_type=op.record_type,
            record_id=op.record_id,
            fields={name: FieldWrite(**write) for name, write in op.fields.items()},
        )
        for op in store.pending_ops(limit)
    ]


def drop_operations(store: Store, op_ids: Sequence[str]) -> None:
    store.remove_ops(op_ids)


def restamp_operations(store: Store, op_ids: Sequence[str], server_time_ms: int) -> None:
    """Fresh stamps from the server's time for ops the server found too far ahead.

    A write by reference (issue 16) is first read from its row, so the operation then carries
    its value with the fresh stamp, as every operation did before (the row's own clock stays,
    as it always has: an append-only row cannot change)."""
    store.adopt_server_time(server_time_ms)
    wanted = set(op_ids)
    with store.write() as conn:
        rows = conn.execute(
            select(outbox.c.op_id, outbox.c.record_type, outbox.c.record_id, outbox.c.fields)
            .order_by(outbox.c.seq)
        ).all()
        for op_id, record_type, record_id, fields_json in rows:
            if op_id not in wanted:
                continue
            fields = json.loads(fields_json)
            if any("value" not in write for write in fields.values()):
                row = _rows_by_id(_raw(conn), {record_type: {record_id}}).get(
                    (record_type, record_id)
                )
                fields = resolve_writes(record_type, fields, row)
            stamp = str(store.clock.now())
            for write in fields.values():
                write["hlc"] = stamp
            conn.execute(
                update(outbox)
                .where(outbox.c.op_id == op_id)
                .values(fields=json.dumps(fields, ensure_ascii=False))
            )


def _json_list(store: Store, key: str) -> list[dict[str, Any]]:
    raw = store.get_state(key)
    return json.loads(raw) if raw else []


def _merged_problems(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> str:
    # A record quarantined again replaces its older entry rather than filling the list.
    again = {_quarantine_key(p) for p in new if _quarantine_key(p)}
    kept = [p for p in old if _quarantine_key(p) not in again or not _quarantine_key(p)] + new
    return json.dumps(kept[-MAX_KEPT:], ensure_ascii=False)


def _quarantine_key(p: dict[str, Any]) -> tuple[str, str] | None:
    if p.get("code") in (QUARANTINED_INVALID, QUARANTINED_FAILED):
        return (str(p.get("record_type")), str(p.get("record_id")))
    return None


def record_problems(store: Store, problems: list[dict[str, Any]]) -> None:
    if problems:
        store.set_state(PROBLEMS_KEY, _merged_problems(_json_list(store, PROBLEMS_KEY), problems))


def problems(store: Store) -> list[dict[str, Any]]:
    return _json_list(store, PROBLEMS_KEY)


def clear_problems(store: Store) -> None:
    store.set_state(PROBLEMS_KEY, None)


def record_history(store: Store, entry: dict[str, Any]) -> None:
    kept = (_json_list(store, HISTORY_KEY) + [entry])[-MAX_KEPT:]
    store.set_state(HISTORY_KEY, json.dumps(kept, ensure_ascii=False))


def history(store: Store) -> list[dict[str, Any]]:
    return _json_list(store, HISTORY_KEY)


def cursor(store: Store) -> int:
    return int(store.get_state(CURSOR_KEY) or 0)


@dataclass(frozen=True, slots=True)
class PageApplied:
    applied: int  # records written
    conflicts: int  # new conflict records among them
    quarantined: int  # records set aside as problems
    removed: int = 0  # records this device may no longer hold, deleted (sync.server.pull)


def apply_changes(store: Store, changes: Sequence[RecordChange], new_cursor: int) -> PageApplied:
    """Apply pulled record states and move the cursor, in one transaction.

    A field with a local edit still waiting in the outbox keeps the local value: the edit will
    reach the server, be merged there and come back. Signed documents are the exception: the
    server's frozen content wins, and the waiting edit will be refused (and shown) at next push.
    A record that is invalid or cannot be written is quarantined (see the module docstring).
    """
    applied = conflicts = removed = 0
    emptied = False  # a tombstone emptied a record: its old pages must leave the WAL
    quarantine: list[dict[str, Any]] = []
    taken: set[tuple[str, str]] = set()  # records this page applied (or found unchanged)
    stamps: list[str] = []  # the clocks of the records written (all validated)
    now = now_iso()  # the bulk load's rows of one page share their time of arrival
    with store.write() as conn, _dbapi_errors_wrapped():
        mentor = conn.execute(_STATE, {"k": "role"}).scalar() == "mentor"
        withheld = _withheld_from_mentor(conn, changes) if mentor else set()
        # Bulk load (initial sync, see desktop.store.bulkload): records new to this device go
        # in with one existence check and one executemany per record type.
        fresh = _absent(conn, changes) if _bulk_loading(conn) else set()
        pending: dict[str, list[tuple[RecordChange, list[Any]]]] = {}

        def flush(type_name: str) -> None:
            nonlocal applied, conflicts
            done, bad = _insert_fresh(conn, CATALOGUE[type_name], pending.pop(type_name))
            quarantine.extend(bad)
            for change in done:
                applied += 1
                taken.add((type_name, change.record_id))
                conflicts += type_name == "conflict"
                stamps.extend(_distinct(change.clocks.values()))

        for change in changes:
            rt = CATALOGUE.get(change.record_type)
            if rt is None:
                continue  # a newer server's record type; a newer app will fetch it again
            if change.removed or change.record_id in withheld or (
                mentor and not rt.mentor_readable
            ):
                # No consent to share (any more), or a type no mentor may hold (screening
                # answers, questionnaires, consents): never kept on a mentor's laptop, and
                # what it had of it goes now.
                if mentor or change.removed:
                    removed += _remove_one(conn, rt, change.record_id)
                continue
            problems = incoming_problems(rt, change)
            if problems:
                quarantine.append(quarantine_entry(rt, change, problems))
                continue
            if change.record_id in fresh and not change.deleted:
                pending.setdefault(rt.name, []).append((change, _fresh_row(rt, change, now)))
                continue
            if rt.name in pending:  # the table's rows keep the order (rowids) of the page
                flush(rt.name)
            try:
                with _savepoint(conn):  # a failure undoes this record only
                    wrote, is_new = _apply_one(conn, rt, change)
            except Exception as exc:  # noqa: BLE001 - a failure of this record quarantines it
                _raise_unless_of_the_record(conn, exc)
                # The exception's text may quote values; only its type is logged.
                log.warning(
                    "sync: pulled %s %s set aside (%s)",
                    rt.name, change.record_id[:36], type(exc).__name__,
                )
                quarantine.append(quarantine_entry(rt, change, None))
                continue
            applied += wrote
            emptied = emptied or (change.deleted and bool(wrote))
            taken.add((rt.name, change.record_id))
            if is_new and rt.name == "conflict":
                conflicts += 1
            stamps.extend(_distinct(change.clocks.values()))
        for type_name in list(pending):
            flush(type_name)
        store._put_state(conn, CURSOR_KEY, str(new_cursor))
        raw = conn.execute(_STATE, {"k": PROBLEMS_KEY}).scalar()
        old = json.loads(raw) if raw else []
        # A record set aside earlier that has now come in fine is no longer a problem.
        kept = [p for p in old if _quarantine_key(p) not in taken]
        if quarantine or len(kept) != len(old):
            store._put_state(conn, PROBLEMS_KEY, _merged_problems(kept, quarantine))
        latest = hlc.latest(stamps)  # validated above
        if latest is not None:
            # Persisted with the page: after a restart on a laptop whose wall clock is behind,
            # the next local edit must still sort after everything this device has seen, or
            # the server would keep the older value and this device would never hear of it.
            store._put_state(conn, "hlc", str(store.clock.observe(latest)))
    if emptied:
        store.checkpoint()
    if removed:
        log.info("sync: %d record(s) no longer shared with this device removed", removed)
    return PageApplied(applied, conflicts, len(quarantine), removed)


def incoming_problems(rt: RecordType, change: RecordChange) -> list[validation.FieldProblem]:
    """What is wrong with a pulled record: its id, its clocks and every value it carries."""
    problems: list[validation.FieldProblem] = []
    if not validation.canonical_uuid(change.record_id):
        problems.append(validation.FieldProblem("id", "id", "skal være et gyldigt id"))
    # Checked once per distinct stamp: a record's fields mostly share one.
    if not all(hlc.valid(stamp) for stamp in _distinct(change.clocks.values())):
        name = next(n for n, stamp in change.clocks.items() if not hlc.valid(stamp))
        problems.append(validation.FieldProblem(name, name, "har et ugyldigt tidsstempel"))
    problems += validation.compiled_record_problems(rt, change.values, ignore_unknown=True)
    return problems


@contextlib.contextmanager
def _dbapi_errors_wrapped() -> Iterator[None]:
    """Errors of the statements run on the DB-API connection as SQLAlchemy's wrappers, as
    every other statement's are: Store.write turns those into the store's own errors (a full
    disk, a damaged file), whichever way the failing statement was sent."""
    try:
        yield
    except sqlcipher3.dbapi2.DatabaseError as exc:
        raise DBAPIError.instance(None, None, exc, sqlcipher3.dbapi2.Error) from exc


def _raise_unless_of_the_record(conn: Connection, exc: Exception) -> None:
    """Re-raise a failure that is not this record's: a full disk, an I/O error, a damaged or
    locked file, or one after which SQLite has ended the page's transaction. Setting the
    record aside then would move the cursor past records never written; failing the page
    rolls it back, and it comes again. A record's own failures (a constraint or trigger that
    refuses it, a value the driver cannot bind) are set aside as before."""
    orig = getattr(exc, "orig", exc)
    dbapi = sqlcipher3.dbapi2
    raw = conn.connection.driver_connection
    if (
        isinstance(orig, dbapi.OperationalError | dbapi.InternalError)
        or type(orig) is dbapi.DatabaseError
        or (raw is not None and not raw.in_transaction)
    ):
        raise exc


@contextlib.contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    """A savepoint on the DB-API connection, inside the page's transaction: what
    `conn.begin_nested()` does, without SQLAlchemy compiling two statements per record."""
    raw = conn.connection.driver_connection
    assert raw is not None
    if not raw.in_transaction:
        # SQLite ended the page's transaction (it may, on a full disk): a savepoint now would
        # begin a new one, and releasing it would commit what follows piecemeal.
        raise sqlcipher3.dbapi2.OperationalError("the page's transaction has ended")
    raw.execute("SAVEPOINT pulled_record")
    try:
        yield
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK TO pulled_record")
            raw.execute("RELEASE pulled_record")
        raise
    raw.execute("RELEASE pulled_record")


def _distinct(stamps: Any) -> Any:
    try:
        return set(stamps)
    except TypeError:  # not text (an unvalidated change): each is looked at, and refused
        return list(stamps)


def quarantine_entry(
    rt: RecordType, change: RecordChange, problems: list[validation.FieldProblem] | None
) -> dict[str, Any]:
    """A problem-list entry for a pulled record set aside: what and why, never a value."""
    if problems:
        reasons = "; ".join(f"«{p.label}» {p.reason}" for p in problems[:5])
        message = f"Modtaget {rt.label.lower()} er sat til side, fordi {reasons}."
        code = QUARANTINED_INVALID
    else:
        message, code = MSG_APPLY_FAILED, QUARANTINED_FAILED
    return {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "record_type": rt.name,
        "record_id": _storable(change.record_id[:36]),
        "fields": sorted({_storable(p.field) for p in problems or ()})[:20],
        "code": code,
        "message": message,
    }


def _storable(name: str) -> str:
    """An id or field name from the network as the problem list can store it: a lone
    surrogate (which no database can encode) shown as its escape, so that the record is set
    aside rather than the page failing."""
    if validation.storable_text(name):
        return name
    return name.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")


def _column(rt: RecordType, name: str, value: Any) -> Any:
    """A pulled value as its column value; JSON in its one canonical text."""
    if value is not None and rt.has_field(name) and rt.field(name).type is FieldType.JSON:
        return canonical_json(value)
    return encode_column(rt, name, value)


_AGREEMENT_CONSENT = select(RECORD_TABLES["agreement"].c.consent_to_share).where(
    RECORD_TABLES["agreement"].c.id == bindparam("rid")
)


def _withheld_from_mentor(conn: Connection, changes: Sequence[RecordChange]) -> set[str]:
    """Ids of agreements, plans and signatures in a page that a mentor's laptop must not keep:
    the server's consent rule (sync.server.policy), enforced again here. An agreement needs its
    own consent to share; a plan, that of the agreement it refers to; a signature, its document's.
    """
    shared: dict[str, bool] = {}
    for c in changes:
        if c.record_type == "agreement":
            shared[c.record_id] = c.values.get("consent_to_share") is True

    def agreement_shared(agreement_id: Any) -> bool:
        if not isinstance(agreement_id, str):
            return False
        if agreement_id not in shared:
            held = conn.execute(_AGREEMENT_CONSENT, {"rid": agreement_id}).scalar()
            shared[agreement_id] = bool(held)
        return shared[agreement_id]

    plans: dict[str, bool] = {}
    for c in changes:
        if c.record_type == "plan":
            plans[c.record_id] = agreement_shared(c.values.get("agreement_id"))
    withheld = {rid for rid, ok in {**shared, **plans}.items() if not ok}
    for c in changes:
        if c.record_type == "signature" and c.values.get("document_id") in withheld:
            withheld.add(c.record_id)
    withheld |= _health_withheld(conn, changes)
    # A tombstone only takes content away (it carries none), so it is never withheld: a mentor's
    # laptop must forget a deleted file or document as every other device does.
    return {c.record_id for c in changes if c.record_id in withheld and not c.deleted}


_ATTACHMENT_FOR_MENTOR = select(
    RECORD_TABLES["attachment"].c.case_id, RECORD_TABLES["attachment"].c.health
).where(RECORD_TABLES["attachment"].c.id == bindparam("rid"))


def _health_withheld(conn: Connection, changes: Sequence[RecordChange]) -> set[str]:
    """Ids of attachments and chunks a mentor's laptop must not keep: a health-marked file
    (the server's rule, sync.server.policy, enforced again here), and a chunk unless the
    attachment it belongs to, in its case, is known here as not health-marked."""
    cleared: dict[str, str | None] = {}  # attachment id -> its case, if not health-marked
    withheld: set[str] = set()
    for c in changes:
        if c.record_type == "attachment":
            ok = c.values.get("health") is False
            cleared[c.record_id] = c.values.get("case_id") if ok else None
            if not ok:
                withheld.add(c.record_id)
    for c in changes:
        if c.record_type != "attachment_chunk":
            continue
        ref = c.values.get("attachment_id")
        if not isinstance(ref, str):
            withheld.add(c.record_id)
            continue
        if ref not in cleared:
            held = conn.execute(_ATTACHMENT_FOR_MENTOR, {"rid": ref}).first()
            cleared[ref] = held.case_id if held is not None and held.health == 0 else None
        if cleared[ref] is None or cleared[ref] != c.values.get("case_id"):
            withheld.add(c.record_id)
    return withheld


_DELETE_GUARDS = text(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t "
    "AND sql LIKE '%BEFORE DELETE%' AND sql LIKE '%RAISE(ABORT%'"
)


def _remove_one(conn: Connection, rt: RecordType, record_id: str) -> int:
    """Delete a record this device may no longer hold, row and all: a signed agreement or a
    signature too, whose tables refuse deletes (triggers against an accidental one). The guard
    triggers are dropped and created again inside this transaction, so they are never missing
    from the committed database. Waiting local edits of it go with it."""
    table = RECORD_TABLES[rt.name]
    if conn.execute(select(table.c.id).where(table.c.id == record_id)).first() is None:
        return 0
    _guarded_delete(conn, rt.table, "id = :rid", record_id)
    if rt.signable:
        # The sealed PDFs printed here of it (the mentor's copy) go with it.
        _guarded_delete(conn, "sealed_document", "document_id = :rid", record_id)
    conn.execute(
        delete(outbox).where(outbox.c.record_type == rt.name, outbox.c.record_id == record_id)
    )
    return 1


def _guarded_delete(conn: Connection, table: str, where: str, record_id: str) -> None:
    guards = conn.execute(_DELETE_GUARDS, {"t": table}).all()
    for name, _ in guards:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    conn.execute(text(f'DELETE FROM "{table}" WHERE {where}'), {"rid": record_id})
    for _, sql in guards:
        conn.exec_driver_sql(sql)


def _bulk_loading(conn: Connection) -> bool:
    return conn.execute(_STATE, {"k": BULK_LOAD_KEY}).scalar() is not None


def _absent(conn: Connection, changes: Sequence[RecordChange]) -> set[str]:
    """Ids of the page's records this device does not hold, one query per record type; a
    record the page names twice is left to the record-by-record path."""
    seen: dict[str, int] = {}
    for c in changes:
        seen[c.record_id] = seen.get(c.record_id, 0) + 1
    by_type: dict[str, list[str]] = {}
    for c in changes:
        if (
            seen[c.record_id] == 1
            and c.record_type in CATALOGUE
            and not c.deleted
            and validation.canonical_uuid(c.record_id)  # any other id is set aside unread
        ):
            by_type.setdefault(c.record_type, []).append(c.record_id)
    absent: set[str] = set()
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for type_name, ids in by_type.items():
            # The ids as one JSON parameter: one prepared statement per table, whatever the
            # page's size, where an IN list would be a new statement for every length.
            cursor.execute(
                f'SELECT id FROM "{CATALOGUE[type_name].table}" '
                "WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
            held = {row[0] for row in cursor.fetchall()}
            absent.update(i for i in ids if i not in held)
    finally:
        cursor.close()
    return absent


def _insert_fresh(
    conn: Connection, rt: RecordType, group: list[tuple[RecordChange, list[Any]]]
) -> tuple[list[RecordChange], list[dict[str, Any]]]:
    """Insert records new to this device in page order with one executemany of full rows on
    the DB-API cursor (inside the page's transaction); if it fails, each row goes in alone and
    the bad one is set aside. Returns the changes written and the problem entries of those set
    aside."""
    sql = _row_plan(rt).insert_sql
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        try:
            with _savepoint(conn):
                cursor.executemany(sql, [row for _change, row in group])
            return [change for change, _row in group], []
        except Exception as exc:  # noqa: BLE001 - one bad record: each goes in alone, as normally
            _raise_unless_of_the_record(conn, exc)
        done: list[RecordChange] = []
        bad: list[dict[str, Any]] = []
        for change, row in group:
            try:
                with _savepoint(conn):
                    cursor.execute(sql, row)
            except Exception as exc:  # noqa: BLE001 - quarantined, as in apply_changes
                _raise_unless_of_the_record(conn, exc)
                log.warning(
                    "sync: pulled %s %s set aside (%s)",
                    rt.name, change.record_id[:36], type(exc).__name__,
                )
                bad.append(quarantine_entry(rt, change, None))
                continue
            done.append(change)
        return done, bad
    finally:
        cursor.close()


@dataclass(frozen=True, slots=True)
class _RowPlan:
    """How a pulled record of one type becomes a full table row, built once per type: the
    system columns, then every catalogue field in order (a field the change does not carry is
    NULL, as the columns have no other default)."""

    insert_sql: str
    select_sql: str  # the row by id
    names: tuple[str, ...]  # the columns of both, in order
    width: int
    slots: dict[str, tuple[int, Any]]  # field -> (position, encoder or None)


_SYSTEM = ("id", "created_at", "updated_at", "deleted", "clocks")
_PLANS: dict[str, _RowPlan] = {}


def _bool_column(value: Any) -> int:
    return int(bool(value))


def _row_plan(rt: RecordType) -> _RowPlan:
    plan = _PLANS.get(rt.name)
    if plan is None:
        names = [*_SYSTEM, *rt.field_names]
        encoders = {FieldType.JSON: canonical_json, FieldType.BOOL: _bool_column}
        slots = {
            f.name: (len(_SYSTEM) + i, encoders.get(f.type)) for i, f in enumerate(rt.fields)
        }
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        plan = _PLANS[rt.name] = _RowPlan(
            f'INSERT INTO "{rt.table}" ({columns}) VALUES ({marks})',
            f'SELECT {columns} FROM "{rt.table}" WHERE id = ?',
            tuple(names),
            len(names),
            slots,
        )
    return plan


def _fresh_row(rt: RecordType, change: RecordChange, now: str) -> list[Any]:
    """The full row of a record new to this device, in `_row_plan(rt)` column order: the same
    columns `_apply_one` writes for it."""
    plan = _row_plan(rt)
    row: list[Any] = [None] * plan.width
    row[0:5] = change.record_id, now, now, 0, clock_column.encode(change.clocks)
    slots = plan.slots
    for name, value in change.values.items():
        slot = slots.get(name)
        if slot is None:
            continue  # a newer server's field
        at, encoder = slot
        row[at] = value if value is None or encoder is None else encoder(value)
    return row


def _insert_row(rt: RecordType, change: RecordChange) -> dict[str, Any]:
    """`_fresh_row` as a column -> value mapping, without the fields it leaves NULL (the
    scale bench's raw executemany baseline)."""
    now = now_iso()
    return {
        "id": change.record_id,
        "created_at": now,
        "updated_at": now,
        "deleted": 0,
        "clocks": clock_column.encode(change.clocks),
        **{k: _column(rt, k, v) for k, v in change.values.items() if rt.has_field(k)},
    }


def _pending_fields(conn: Connection, record_type: str, record_id: str) -> set[str]:
    names: set[str] = set()
    for (fields_json,) in conn.execute(_PENDING_FIELDS, {"rt": record_type, "rid": record_id}):
        names.update(json.loads(fields_json))
    return names


def _apply_one(conn: Connection, rt: RecordType, change: RecordChange) -> tuple[int, bool]:
    table = RECORD_TABLES[rt.name]
    # The row read and a new one written on the DB-API connection: one prepared statement per
    # table each, where SQLAlchemy costs more per record than SQLite's own work.
    raw = conn.connection.driver_connection
    assert raw is not None
    plan = _row_plan(rt)
    held = raw.execute(plan.select_sql, (change.record_id,)).fetchone()
    row = None if held is None else dict(zip(plan.names, held, strict=True))
    values = {k: v for k, v in change.values.items() if rt.has_field(k)}
    now = now_iso()
    if change.deleted:
        return _apply_tombstone(conn, rt, change, row, now)
    if row is None:
        raw.execute(plan.insert_sql, _fresh_row(rt, change, now))  # as a bulk load writes it
        return 1, True
    if rt.append_only:
        return 0, False  # written once; nothing can change it
    pending = _pending_fields(conn, rt.name, change.record_id)
    if rt.signable and is_signed(change.values):
        pending -= {*rt.sealed_fields, "status"}
    stored = clock_column.decode(row["clocks"])
    clocks = dict(stored)
    columns: dict[str, Any] = {}
    for name, value in values.items():
        if name in pending:
            continue
        # Values are compared, not their texts: PostgreSQL's jsonb hands back objects with their
        # keys in another order, and a signed document's frozen trigger refuses any new text.
        current = decode_column(rt, name, row[name])
        if not same_value(rt.field(name), current, value):
            columns[name] = _column(rt, name, value)
        if name in change.clocks:
            clocks[name] = change.clocks[name]
    if "deleted" not in pending and bool(row["deleted"]) != change.deleted:
        columns["deleted"] = int(change.deleted)
        if "deleted" in change.clocks:
            clocks["deleted"] = change.clocks["deleted"]
    if not columns and clocks == stored:
        return 0, False
    # The health-notes retention period empties a signed document's health note on the
    # server: the one change to sealed content a device applies (the frozen trigger set aside).
    health_only = rt.signable and bool(columns) and all(
        v is None and k in retention.health_fields(rt) for k, v in columns.items()
        if k in rt.sealed_fields
    ) and any(k in rt.sealed_fields for k in columns)
    with tombstones.guards_lifted(conn, [rt.table] if health_only else []):
        conn.execute(
            update(table)
            .where(table.c.id == change.record_id)
            .values(updated_at=now, clocks=clock_column.encode(clocks), **columns)
        )
    return 1, False


def _apply_tombstone(
    conn: Connection, rt: RecordType, change: RecordChange, row: Any, now: str
) -> tuple[int, bool]:
    """The server deleted or purged the record: its content goes here too, whatever was
    waiting to be sent (a tombstone is final), signed or append-only as it may be."""
    guarded = row is not None and (rt.signable or rt.append_only)
    with tombstones.guards_lifted(conn, [rt.table] if guarded else []):
        wrote = tombstones.tombstone(
            conn, rt, change.record_id, at=now, clocks=dict(change.clocks)
        )
    if row is not None and wrote:
        _note_purged(conn, rt, change.record_id)
    return int(wrote), row is None


def _note_purged(conn: Connection, rt: RecordType, record_id: str) -> None:
    """A purged case takes its sealed PDFs with it (the archive is not synced)."""
    if rt.name == "case":
        with tombstones.guards_lifted(conn, [tombstones.SEALED_TABLE]):
            tombstones.purge_sealed(conn, case_ids=[record_id])


def refusal_entry(*, op: Operation, code: str, message: str) -> dict[str, Any]:
    return {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "op_id": op.op_id,
        "record_type": op.record_type,
        "record_id": op.record_id,
        "fields": sorted(op.fields),
        "code": code,
        "message": message,
    }
