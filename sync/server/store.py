"""The data layer: every database read and write of the server, as keyword-only functions.

Callers pass a Connection inside a transaction; nothing here commits.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pydantic_core
from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    tuple_,
    update,
)

from sync.server import atrest
from sync.server import models as m
from sync.server.db import json_dumps
from sync.server.policy import CaseInfo, CaseScope, RowView

Key = tuple[str, str]  # (record_type, record_id)

# Large IN lists are split so no database hits its bound-parameter limit.
_CHUNK = 500


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---------------------------------------------------------------- records


@dataclass(slots=True)
class Row:
    record_type: str
    record_id: str
    case_id: str | None
    parent_id: str | None
    values: dict[str, Any]
    clocks: dict[str, str]
    deleted: bool
    seq: int | None  # None until stored
    owner_team: str | None
    created_by: str
    created_at_ms: int
    updated_at_ms: int
    stored: bool = True  # False for a record this transaction creates

    @property
    def key(self) -> Key:
        return (self.record_type, self.record_id)

    def view(self) -> RowView:
        return RowView(
            record_type=self.record_type,
            record_id=self.record_id,
            case_id=self.case_id,
            parent_id=self.parent_id,
            owner_team=self.owner_team,
            created_by=self.created_by,
            values=self.values,
            deleted=self.deleted,
        )


_ROW_COLS = (
    m.records.c.record_type, m.records.c.record_id, m.records.c.case_id, m.records.c.parent_id,
    m.records.c["values"], m.records.c.clocks, m.records.c.deleted, m.records.c.seq,
    m.records.c.owner_team, m.records.c.created_by, m.records.c.created_at_ms,
    m.records.c.updated_at_ms,
)


def _row(r: Any, cipher: atrest.FieldCipher) -> Row:
    return Row(
        record_type=r[0], record_id=r[1], case_id=r[2], parent_id=r[3],
        values=cipher.open(r[0], r[1], r[4] or {}),
        clocks=r[5] or {}, deleted=bool(r[6]), seq=r[7], owner_team=r[8], created_by=r[9],
        created_at_ms=r[10], updated_at_ms=r[11],
    )


def _raw(conn: Connection) -> psycopg.Connection[Any]:
    """The psycopg connection of this transaction (PostgreSQL only): for the hot statements,
    with array parameters instead of SQLAlchemy's expanded IN lists, which cost more to compile
    and quote than the query costs to run."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    return raw


_COLS_SQL = (
    'record_type, record_id, case_id, parent_id, "values", clocks, deleted, seq, owner_team, '
    "created_by, created_at_ms, updated_at_ms"
)
_SQL_LOAD_ROWS = (
    f"SELECT {_COLS_SQL} FROM records "
    "WHERE (record_type, record_id) IN "
    "(SELECT * FROM unnest(%(t)b::varchar[], %(i)b::varchar[]))"
)
_SQL_LOCK_ROWS = (
    "SELECT 1 FROM records WHERE (record_type, record_id) IN "
    "(SELECT * FROM unnest(%(t)b::varchar[], %(i)b::varchar[])) "
    "ORDER BY record_type, record_id FOR UPDATE"
)
_SQL_LOAD_APPLIED = (
    "SELECT op_id, user_id, result FROM applied_ops WHERE op_id = ANY(%(o)b::varchar[])"
)
_SQL_CASE_INDEX = (
    "SELECT case_id, team, consultant, citizen_id, company_id FROM case_index "
    "WHERE case_id = ANY(%(c)b::varchar[])"
)
_SQL_CASE_MENTORS = (
    "SELECT case_id, username FROM case_mentors WHERE case_id = ANY(%(c)b::varchar[])"
)


@dataclass
class PushReads:
    """What a push reads before it merges, in one round trip on PostgreSQL."""

    stored: dict[str, StoredResult]
    rows: dict[Key, Row]
    case_rows: list[tuple[str, str | None, str | None, str | None, str | None]]
    mentor_rows: list[tuple[str, str]]
    case_ids: list[str]  # the cases asked for (those not in case_rows have no index row)


def read_for_push(
    conn: Connection, *, op_ids: Iterable[str], keys: Iterable[Key], case_ids: Iterable[str],
    with_mentors: bool,
) -> PushReads:
    """The stored results of `op_ids`, the rows `keys` and the case index rows of `case_ids`."""
    ops = sorted(set(op_ids))
    wanted = sorted(set(keys))
    cases = sorted(set(case_ids))
    if conn.dialect.name != "postgresql":
        ci = m.case_index.c
        case_rows: list[Any] = []
        mentor_rows: list[Any] = []
        for chunk in _chunks(cases):
            case_rows += conn.execute(
                select(ci.case_id, ci.team, ci.consultant, ci.citizen_id, ci.company_id)
                .where(ci.case_id.in_(chunk))
            ).all()
            if with_mentors:
                mentor_rows += conn.execute(
                    select(m.case_mentors.c.case_id, m.case_mentors.c.username)
                    .where(m.case_mentors.c.case_id.in_(chunk))
                ).all()
        return PushReads(
            stored=load_applied(conn, op_ids=ops), rows=load_rows(conn, keys=wanted),
            case_rows=[tuple(r) for r in case_rows], mentor_rows=[tuple(r) for r in mentor_rows],
            case_ids=cases,
        )
    raw = _raw(conn)
    cipher = atrest.cipher_for(conn)
    with raw.pipeline() as pipeline, raw.cursor() as c_ops, raw.cursor() as c_rows, \
            raw.cursor() as c_cases, raw.cursor() as c_mentors:
        if ops:
            c_ops.execute(_SQL_LOAD_APPLIED, {"o": ops})
        if wanted:
            c_rows.execute(
                _SQL_LOAD_ROWS, {"t": [k[0] for k in wanted], "i": [k[1] for k in wanted]}
            )
        if cases:
            c_cases.execute(_SQL_CASE_INDEX, {"c": cases})
            if with_mentors:
                c_mentors.execute(_SQL_CASE_MENTORS, {"c": cases})
        pipeline.sync()
        stored = {
            op_id: StoredResult(user_id=user_id, result=result)
            for op_id, user_id, result in (c_ops.fetchall() if ops else ())
        }
        rows = {}
        for r in c_rows.fetchall() if wanted else ():
            row = _row(r, cipher)
            rows[row.key] = row
        found_cases = c_cases.fetchall() if cases else []
        mentors = c_mentors.fetchall() if cases and with_mentors else []
    return PushReads(
        stored=stored, rows=rows, case_rows=found_cases, mentor_rows=mentors, case_ids=cases
    )


def load_rows(conn: Connection, *, keys: Iterable[Key]) -> dict[Key, Row]:
    wanted = sorted(set(keys))
    out: dict[Key, Row] = {}
    if not wanted:
        return out
    if conn.dialect.name == "postgresql":
        cipher = atrest.cipher_for(conn)
        with _raw(conn).cursor() as cur:
            for chunk in _chunks(wanted, 5000):
                cur.execute(
                    _SQL_LOAD_ROWS, {"t": [k[0] for k in chunk], "i": [k[1] for k in chunk]}
                )
                for r in cur:
                    row = _row(r, cipher)
                    out[row.key] = row
        return out
    pk = tuple_(m.records.c.record_type, m.records.c.record_id)
    cipher = atrest.cipher_for(conn)
    for chunk in _chunks(wanted):
        for r in conn.execute(select(*_ROW_COLS).where(pk.in_(chunk))):
            row = _row(r, cipher)
            out[row.key] = row
    return out


def lock_rows(conn: Connection, *, keys: Iterable[Key]) -> None:
    """PostgreSQL: lock the rows of `keys` until this transaction ends, in key order (the order
    update_rows writes in, so two lockers wait for each other rather than deadlock). A push that
    then writes one of them waits, and finds it changed (StaleWrite: it reads again). SQLite
    needs none: a write transaction holds the whole database's write lock."""
    if conn.dialect.name != "postgresql":
        return
    wanted = sorted(set(keys))
    with _raw(conn).cursor() as cur:
        for chunk in _chunks(wanted, 5000):
            cur.execute(_SQL_LOCK_ROWS, {"t": [k[0] for k in chunk], "i": [k[1] for k in chunk]})


def last_committed_seq(conn: Connection) -> int:
    """The highest seq of a committed change: every row up to it is committed and visible."""
    if conn.dialect.name == "postgresql":  # once per pull: on the driver's cursor
        with _raw(conn).cursor() as cur:
            found = cur.execute("SELECT value FROM change_counter WHERE id = 1").fetchone()
        assert found is not None
        return int(found[0])
    stmt = select(m.change_counter.c.value).where(m.change_counter.c.id == 1)
    return int(conn.execute(stmt).scalar_one())


def page_query(
    conn: Connection, *, cursor: int, upto: int, limit: int, scope: CaseScope
) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters of `changes_after` (on the dialect's driver paramstyle)."""
    pg = conn.dialect.name == "postgresql"
    mark = (lambda name: f"%({name})s") if pg else (lambda name: f":{name}")
    where = [f"seq > {mark('cursor')}", f"seq <= {mark('upto')}"]
    params: dict[str, Any] = {"cursor": cursor, "upto": upto, "limit": limit}

    def listed(prefix: str, items: frozenset[str]) -> str:
        names = sorted(items)
        if pg:
            params[prefix] = names
            return f"ANY({mark(prefix)}::varchar[])"
        marks = []
        for n, name in enumerate(names):
            params[f"{prefix}{n}"] = name
            marks.append(mark(f"{prefix}{n}"))
        return f"({', '.join(marks)})" if marks else "(NULL)"

    if scope.only_types is not None:
        where.append(
            f"record_type = {listed('only', scope.only_types)}" if pg
            else f"record_type IN {listed('only', scope.only_types)}"
        )
    if scope.never_types:
        where.append(
            f"NOT (record_type = {listed('never', scope.never_types)})" if pg
            else f"record_type NOT IN {listed('never', scope.never_types)}"
        )
    if not scope.everything:
        if scope.case_mentor is not None:  # a mentor's few cases: through the case_id index
            cases = f"SELECT case_id FROM case_mentors WHERE username = {mark('who')}"
            params["who"] = scope.case_mentor
            where.append(f"(case_id IS NULL OR case_id IN ({cases}))")
        else:
            cases = f"SELECT case_id FROM case_index WHERE team = {mark('who')}"
            params["who"] = scope.case_team
            # A team's share of the records is large: walk them in seq order and stop at the
            # limit. Without the unary + SQLite gathers ALL the team's rows through the case_id
            # index and sorts them, for every page (0.26 s a page at 10,000 cases: an initial
            # sync quadratic in the team's size, every incremental pull as costly as the
            # whole). PostgreSQL plans the seq walk itself.
            col = "case_id" if pg else "+case_id"
            where.append(f"({col} IS NULL OR {col} IN ({cases}))")
    sql = (
        f"SELECT {_COLS_SQL} FROM records WHERE {' AND '.join(where)} "
        f"ORDER BY seq LIMIT {mark('limit')}"
    )
    return sql, params


def changes_after(
    conn: Connection, *, cursor: int, upto: int, limit: int, scope: CaseScope
) -> list[Row]:
    """Changed rows with cursor < seq <= upto, in seq order, pre-filtered by `scope`.

    On the driver's own cursor (the pull's hot loop: a page is a thousand rows, and a result
    row through SQLAlchemy costs more than the database takes to produce it)."""
    pg = conn.dialect.name == "postgresql"
    sql, params = page_query(conn, cursor=cursor, upto=upto, limit=limit, scope=scope)
    cipher = atrest.cipher_for(conn)
    if pg:
        with _raw(conn).cursor() as cur:
            found = cur.execute(sql, params).fetchall()
        return [_row(r, cipher) for r in found]
    raw = conn.connection.driver_connection
    assert raw is not None
    found = raw.execute(sql, params).fetchall()
    loads = pydantic_core.from_json
    # SQLite hands JSON back as text: decoded here, as the column type would.
    return [
        _row((*r[:4], loads(r[4]) if r[4] is not None else None,
              loads(r[5]) if r[5] is not None else None, *r[6:]), cipher)
        for r in found
    ]


# A mentor's count leaves out what may be held back from them inside their own cases (a
# health-marked file, a conflict on a hidden field): the number must not tell them it exists.
_NOT_COUNTED_FOR_MENTORS = frozenset({"attachment", "attachment_chunk", "conflict"})


def remaining_after(conn: Connection, *, scope: CaseScope, username: str, cursor: int) -> int:
    """About how many records after `cursor` the user's device is still to receive, for its
    progress line: two COUNTs, asked for now and then, never per page.

    No upper seq: what commits while the device pulls reaches it in this run too. From cursor 0
    there is no seq condition at all, so the count of an empty device (the one that waits
    longest) reads only the case_id index.

    Only rows tied to the user's own reach are counted: those of the cases in `scope`, and of
    the rows outside a case those of the citizens and companies of those cases, the user's own
    and (consultants, team leads) their team's. So the number is an estimate ("ca.") but never
    says how much exists outside the user's scope; the policy (`can_read`) still decides what is
    sent.
    """
    rc = m.records.c
    base = select(func.count()).select_from(m.records)
    if cursor > 0:
        base = base.where(rc.seq > cursor)
    only = scope.only_types
    never = set(scope.never_types)
    if scope.case_mentor is not None:
        never |= _NOT_COUNTED_FOR_MENTORS
    if only is not None:
        base = base.where(rc.record_type.in_(sorted(only)))
    if never:
        base = base.where(rc.record_type.not_in(sorted(never)))
    if scope.everything:
        return int(conn.execute(base).scalar_one())
    ci = m.case_index.c
    if scope.case_mentor is not None:
        cases = select(m.case_mentors.c.case_id).where(
            m.case_mentors.c.username == scope.case_mentor
        )
        mine = ci.case_id.in_(cases)
    else:
        cases = select(ci.case_id).where(ci.team == scope.case_team)
        mine = ci.team == scope.case_team
    in_cases = int(conn.execute(base.where(rc.case_id.in_(cases))).scalar_one())
    citizens = select(ci.citizen_id).where(mine, ci.citizen_id.is_not(None))
    companies = select(ci.company_id).where(mine, ci.company_id.is_not(None))
    own = [
        rc.record_id.in_(citizens), rc.record_id.in_(companies),
        rc.parent_id.in_(citizens), rc.parent_id.in_(companies),
        rc.created_by == username,
    ]
    if scope.case_team:
        own.append(rc.owner_team == scope.case_team)
    outside = int(conn.execute(base.where(rc.case_id.is_(None), or_(*own))).scalar_one())
    return in_cases + outside


def _sealed(rows: Sequence[Row], cipher: atrest.FieldCipher) -> dict[Key, dict[str, Any]]:
    """Each row's values as stored: CPR and health-marked fields encrypted."""
    return {r.key: cipher.seal(r.record_type, r.record_id, r.values) for r in rows}


def _row_params(row: Row, values: dict[str, Any]) -> dict[str, Any]:
    return {
        "record_type": row.record_type, "record_id": row.record_id, "case_id": row.case_id,
        "parent_id": row.parent_id, "values": values, "clocks": row.clocks,
        "deleted": row.deleted, "seq": None, "owner_team": row.owner_team,
        "created_by": row.created_by, "created_at_ms": row.created_at_ms,
        "updated_at_ms": row.updated_at_ms,
    }


class StaleWrite(Exception):
    """A row changed after this transaction read it: read and merge again."""


# PostgreSQL fast paths: one statement with array parameters instead of one per row, which
# saves most of the per-row driver and SQLAlchemy work on the push path.
_INSERT_PG = text(
    """
    INSERT INTO records (record_type, record_id, case_id, parent_id, "values", clocks, deleted,
                         seq, owner_team, created_by, created_at_ms, updated_at_ms)
    SELECT t, i, c, p, v, k, d, NULL, o, b, ca, ua
    FROM unnest(CAST(:t AS varchar[]), CAST(:i AS varchar[]), CAST(:c AS varchar[]),
                CAST(:p AS varchar[]), CAST(:v AS jsonb[]), CAST(:k AS jsonb[]),
                CAST(:d AS boolean[]), CAST(:o AS varchar[]), CAST(:b AS varchar[]),
                CAST(:ca AS bigint[]), CAST(:ua AS bigint[]))
         AS x(t, i, c, p, v, k, d, o, b, ca, ua)
    """
)

_UPDATE_PG = text(
    """
    UPDATE records AS r
    SET case_id = x.c, parent_id = x.p, "values" = x.v, clocks = x.k, deleted = x.d,
        seq = NULL, updated_at_ms = x.ua
    FROM unnest(CAST(:t AS varchar[]), CAST(:i AS varchar[]), CAST(:s AS bigint[]),
                CAST(:c AS varchar[]), CAST(:p AS varchar[]), CAST(:v AS jsonb[]),
                CAST(:k AS jsonb[]), CAST(:d AS boolean[]), CAST(:ua AS bigint[]))
         AS x(t, i, s, c, p, v, k, d, ua)
    WHERE r.record_type = x.t AND r.record_id = x.i AND r.seq = x.s
    """
)


_dumps = json_dumps


def insert_rows(conn: Connection, *, rows: Sequence[Row]) -> None:
    """Insert new rows with seq NULL: invisible to pull until assign_seqs."""
    if not rows:
        return
    ordered = sorted(rows, key=_key)
    sealed = _sealed(ordered, atrest.cipher_for(conn))
    if conn.dialect.name == "postgresql":
        conn.execute(
            _INSERT_PG,
            {
                "t": [r.record_type for r in ordered], "i": [r.record_id for r in ordered],
                "c": [r.case_id for r in ordered], "p": [r.parent_id for r in ordered],
                "v": [_dumps(sealed[r.key]) for r in ordered],
                "k": [_dumps(r.clocks) for r in ordered], "d": [r.deleted for r in ordered],
                "o": [r.owner_team for r in ordered], "b": [r.created_by for r in ordered],
                "ca": [r.created_at_ms for r in ordered],
                "ua": [r.updated_at_ms for r in ordered],
            },
        )
        return
    conn.execute(insert(m.records), [_row_params(r, sealed[r.key]) for r in ordered])


def _key(row: Row) -> Key:
    return row.key


_UPDATE_ROW = (
    update(m.records)
    .where(
        m.records.c.record_type == bindparam("k_type"),
        m.records.c.record_id == bindparam("k_id"),
        # Optimistic check: only if nobody committed a change since we read the row. A writer
        # that is still open holds the row lock, so this waits for it and then sees its seq.
        m.records.c.seq == bindparam("k_seq"),
    )
    .values(
        case_id=bindparam("case_id"), parent_id=bindparam("parent_id"),
        values=bindparam("values", type_=m.JsonType),
        clocks=bindparam("clocks", type_=m.JsonType), deleted=bindparam("deleted"),
        seq=None, updated_at_ms=bindparam("updated_at_ms"),
    )
)


def update_rows(conn: Connection, *, rows: Sequence[Row]) -> None:
    """Write merged rows this transaction read, with seq NULL until assign_seqs.

    Raises StaleWrite when any of them changed since it was read (the caller starts over).
    """
    if not rows:
        return
    ordered = sorted(rows, key=_key)  # one lock order for every writer: no deadlocks
    sealed = _sealed(ordered, atrest.cipher_for(conn))
    if conn.dialect.name == "postgresql":
        result = conn.execute(
            _UPDATE_PG,
            {
                "t": [r.record_type for r in ordered], "i": [r.record_id for r in ordered],
                "s": [r.seq for r in ordered], "c": [r.case_id for r in ordered],
                "p": [r.parent_id for r in ordered],
                "v": [_dumps(sealed[r.key]) for r in ordered],
                "k": [_dumps(r.clocks) for r in ordered], "d": [r.deleted for r in ordered],
                "ua": [r.updated_at_ms for r in ordered],
            },
        )
        if result.rowcount != len(ordered):
            raise StaleWrite()
        return
    params = [
        {
            "k_type": r.record_type, "k_id": r.record_id, "k_seq": r.seq, "case_id": r.case_id,
            "parent_id": r.parent_id, "values": sealed[r.key], "clocks": r.clocks,
            "deleted": r.deleted, "updated_at_ms": r.updated_at_ms,
        }
        for r in ordered
    ]
    if conn.execute(_UPDATE_ROW, params).rowcount != len(params):
        raise StaleWrite()


_CLEAR_SEQ = (
    update(m.records)
    .where(
        m.records.c.record_type == bindparam("k_type"),
        m.records.c.record_id == bindparam("k_id"),
    )
    .values(seq=None)
)


def clear_seqs(conn: Connection, *, keys: Sequence[Key]) -> None:
    """Mark unchanged rows to be sent again: assign_seqs gives them a new seq."""
    if keys:
        conn.execute(_CLEAR_SEQ, [{"k_type": t, "k_id": i} for t, i in sorted(keys)])


_ASSIGN_PG = text(
    """
    WITH c AS (
        UPDATE change_counter SET value = value + :n WHERE id = 1 RETURNING value - :n AS base
    )
    UPDATE records AS r SET seq = c.base + v.ord
    FROM c, unnest(CAST(:types AS varchar[]), CAST(:ids AS varchar[]), CAST(:ords AS bigint[]))
         AS v(t, i, ord)
    WHERE r.record_type = v.t AND r.record_id = v.i
    """
)

_SET_SEQ = (
    update(m.records)
    .where(
        m.records.c.record_type == bindparam("k_type"),
        m.records.c.record_id == bindparam("k_id"),
    )
    .values(seq=bindparam("seq"))
)


def assign_seqs(conn: Connection, *, keys: Sequence[Key]) -> None:
    """Give the rows `keys`, in this order, the next seqs.

    Must be the transaction's last statement: it takes the change counter's row lock, held
    until commit, so a later transaction only gets its seqs after this one has committed. Seq
    order is then commit order, and a reader's cursor never passes a change still to commit.
    The lock is held only from here to commit, never while merging. (SQLite: the transaction
    holds the database write lock from its start anyway.)
    """
    if not keys:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(
            _ASSIGN_PG,
            {
                "n": len(keys), "types": [k[0] for k in keys], "ids": [k[1] for k in keys],
                "ords": list(range(1, len(keys) + 1)),
            },
        )
        return
    counter = m.change_counter.c
    base = int(conn.execute(select(counter.value).where(counter.id == 1)).scalar_one())
    conn.execute(update(m.change_counter).where(counter.id == 1).values(value=base + len(keys)))
    conn.execute(
        _SET_SEQ, [{"k_type": t, "k_id": i, "seq": base + n} for n, (t, i) in enumerate(keys, 1)]
    )


# Re-stamped records go out parties first, then the case, then the rest, so a device that is
# newly entitled receives a record's references before the record.
_RESTAMP_ORDER = {"citizen": 0, "company": 1, "consent": 2, "screening": 2, "case": 3}


def keys_to_restamp(
    conn: Connection, *, case_ids: Iterable[str], party_ids: Iterable[str]
) -> list[Key]:
    """Every record of the given cases, the given citizens/companies and what hangs off them."""
    cases = sorted(set(case_ids))
    parties = sorted(set(party_ids))
    found: dict[Key, int] = {}
    rc = m.records.c
    for chunk in _chunks(cases):
        for rtype, rid, seq in conn.execute(
            select(rc.record_type, rc.record_id, rc.seq).where(rc.case_id.in_(chunk))
        ):
            found[(rtype, rid)] = seq
    for chunk in _chunks(parties):
        cond = or_(
            and_(rc.record_type.in_(("citizen", "company")), rc.record_id.in_(chunk)),
            rc.parent_id.in_(chunk),
        )
        for rtype, rid, seq in conn.execute(
            select(rc.record_type, rc.record_id, rc.seq).where(cond)
        ):
            found[(rtype, rid)] = seq
    return sorted(found, key=lambda k: (_RESTAMP_ORDER.get(k[0], 9), found[k]))


# ---------------------------------------------------------------- case index and facts


def write_case_index(conn: Connection, *, infos: Sequence[CaseInfo]) -> None:
    if not infos:
        return
    ids = [i.case_id for i in infos]
    for chunk in _chunks(ids):
        conn.execute(delete(m.case_index).where(m.case_index.c.case_id.in_(chunk)))
        conn.execute(delete(m.case_mentors).where(m.case_mentors.c.case_id.in_(chunk)))
    conn.execute(
        insert(m.case_index),
        [
            {
                "case_id": i.case_id, "team": i.team, "consultant": i.consultant,
                "citizen_id": i.citizen_id, "company_id": i.company_id,
            }
            for i in infos
        ],
    )
    mentors = [{"case_id": i.case_id, "username": u} for i in infos for u in sorted(i.mentors)]
    if mentors:
        conn.execute(insert(m.case_mentors), mentors)


@dataclass
class DbFacts:
    """The policy's view of the database, loaded in batches and overlaid with this
    transaction's own changes so later operations in a batch see earlier ones."""

    conn: Connection
    # Only the policy's mentor rules read a case's mentors; other readers skip that query.
    with_mentors: bool = True
    _cases: dict[str, CaseInfo | None] = field(default_factory=dict)
    _refs: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    _parties: dict[Key, RowView | None] = field(default_factory=dict)
    _changed_cases: set[str] = field(default_factory=set)
    _consents: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)
    # policy.can_read_party's answers for this request; forgotten when a case or party changes.
    party_decisions: dict[Any, bool] = field(default_factory=dict)

    # -- loading
    def preload_cases(self, case_ids: Iterable[str | None]) -> None:
        missing = sorted({c for c in case_ids if c and c not in self._cases})
        if not missing:
            return
        for chunk in _chunks(missing):
            self._load_case_rows(m.case_index.c.case_id.in_(chunk))
        for cid in missing:
            self._cases.setdefault(cid, None)

    def preload_refs(self, kind: str, party_ids: Iterable[str | None]) -> None:
        missing = sorted({p for p in party_ids if p and (kind, p) not in self._refs})
        if not missing:
            return
        col = m.case_index.c.citizen_id if kind == "citizen" else m.case_index.c.company_id
        for pid in missing:
            self._refs[(kind, pid)] = set()
        for chunk in _chunks(missing):
            for info in self._load_case_rows(col.in_(chunk)):
                ref = info.citizen_id if kind == "citizen" else info.company_id
                if ref is not None:
                    self._refs[(kind, ref)].add(info.case_id)

    def preload_parties(self, keys: Iterable[Key]) -> None:
        missing = sorted({k for k in keys if k[1] and k not in self._parties})
        if not missing:
            return
        for k in missing:
            self._parties[k] = None
        for row in load_rows(self.conn, keys=missing).values():
            self._parties[row.key] = row.view()

    def put_loaded_cases(self, reads: PushReads) -> None:
        """The case index rows read_for_push read (cases it asked for without a row: None)."""
        mentors: dict[str, set[str]] = {}
        for cid, username in reads.mentor_rows:
            mentors.setdefault(cid, set()).add(username)
        for case_id, team, consultant, citizen_id, company_id in reads.case_rows:
            if case_id not in self._cases:
                self._cases[case_id] = CaseInfo(
                    case_id=case_id, team=team, consultant=consultant, citizen_id=citizen_id,
                    company_id=company_id, mentors=frozenset(mentors.get(case_id, ())),
                )
        for cid in reads.case_ids:
            self._cases.setdefault(cid, None)

    def _load_case_rows(self, cond: Any) -> list[CaseInfo]:
        ci = m.case_index.c
        rows = self.conn.execute(
            select(ci.case_id, ci.team, ci.consultant, ci.citizen_id, ci.company_id).where(cond)
        ).all()
        fresh = [r for r in rows if r.case_id not in self._cases]
        mentors: dict[str, set[str]] = {r.case_id: set() for r in fresh}
        for chunk in _chunks(sorted(mentors) if self.with_mentors else []):
            stmt = select(m.case_mentors.c.case_id, m.case_mentors.c.username).where(
                m.case_mentors.c.case_id.in_(chunk)
            )
            for cid, username in self.conn.execute(stmt):
                mentors[cid].add(username)
        for r in fresh:
            self._cases[r.case_id] = CaseInfo(
                case_id=r.case_id, team=r.team, consultant=r.consultant,
                citizen_id=r.citizen_id, company_id=r.company_id,
                mentors=frozenset(mentors[r.case_id]),
            )
        return [info for r in rows if (info := self._cases.get(r.case_id)) is not None]

    # -- policy.Facts
    def case(self, case_id: str) -> CaseInfo | None:
        if case_id not in self._cases:
            self.preload_cases([case_id])
        return self._cases.get(case_id)

    def cases_referencing(self, kind: str, party_id: str) -> list[CaseInfo]:
        if (kind, party_id) not in self._refs:
            self.preload_refs(kind, [party_id])
        ids = self._refs[(kind, party_id)] | self._changed_cases
        out = []
        for cid in sorted(ids):
            info = self._cases.get(cid)
            if info is None:
                continue
            pid = info.citizen_id if kind == "citizen" else info.company_id
            if pid == party_id:
                out.append(info)
        return out

    def party(self, kind: str, party_id: str) -> RowView | None:
        if (kind, party_id) not in self._parties:
            self.preload_parties([(kind, party_id)])
        return self._parties.get((kind, party_id))

    def document(self, kind: str, doc_id: str) -> RowView | None:
        """An agreement or plan, for the mentor consent rule (cached like the parties)."""
        return self.party(kind, doc_id)

    def consents(self, citizen_id: str) -> list[tuple[str, dict[str, Any]]]:
        """The citizen's consent records (id, values with `deleted`), cached per citizen."""
        if citizen_id not in self._consents:
            r = m.records.c
            rows = self.conn.execute(
                select(r.record_id, r["values"], r.deleted).where(
                    r.record_type == "consent", r.parent_id == citizen_id
                )
            ).all()
            self._consents[citizen_id] = [
                (row.record_id, {**row[1], "deleted": bool(row.deleted)}) for row in rows
            ]
        return self._consents[citizen_id]

    def put_consent(self, view: RowView) -> None:
        if view.parent_id is None:
            return
        kept = [c for c in self.consents(view.parent_id) if c[0] != view.record_id]
        self._consents[view.parent_id] = [*kept, (view.record_id, dict(view.values))]

    # -- overlay of this transaction's own writes
    def put_case(self, info: CaseInfo) -> None:
        self._cases[info.case_id] = info
        self._changed_cases.add(info.case_id)
        self.party_decisions.clear()

    def put_party(self, view: RowView) -> None:
        self._parties[(view.record_type, view.record_id)] = view
        self.party_decisions.clear()


# ---------------------------------------------------------------- idempotency


@dataclass(frozen=True, slots=True)
class StoredResult:
    user_id: str
    result: dict[str, Any]


def load_applied(conn: Connection, *, op_ids: Iterable[str]) -> dict[str, StoredResult]:
    wanted = sorted(set(op_ids))
    out: dict[str, StoredResult] = {}
    if wanted and conn.dialect.name == "postgresql":
        with _raw(conn).cursor() as cur:
            for op_id, user_id, result in cur.execute(_SQL_LOAD_APPLIED, {"o": wanted}):
                out[op_id] = StoredResult(user_id=user_id, result=result)
        return out
    a = m.applied_ops.c
    for chunk in _chunks(wanted):
        for op_id, user_id, result in conn.execute(
            select(a.op_id, a.user_id, a.result).where(a.op_id.in_(chunk))
        ):
            out[op_id] = StoredResult(user_id=user_id, result=result)
    return out


_APPLIED_PG = text(
    """
    INSERT INTO applied_ops (op_id, user_id, device_id, result, applied_at_ms)
    SELECT o, :u, :d, r, :a FROM unnest(CAST(:o AS varchar[]), CAST(:r AS jsonb[])) AS x(o, r)
    """
)


def store_applied(
    conn: Connection,
    *,
    user_id: str,
    device_id: str | None,
    results: Sequence[dict[str, Any]],
    at_ms: int,
) -> None:
    if results and conn.dialect.name == "postgresql":
        conn.execute(
            _APPLIED_PG,
            {
                "o": [r["op_id"] for r in results], "u": user_id, "d": device_id,
                "r": [_dumps(r) for r in results], "a": at_ms,
            },
        )
    elif results:
        conn.execute(
            insert(m.applied_ops),
            [
                {
                    "op_id": r["op_id"], "user_id": user_id, "device_id": device_id,
                    "result": r, "applied_at_ms": at_ms,
                }
                for r in results
            ],
        )


# ---------------------------------------------------------------- a push's writes, together


def write_batch(
    conn: Connection,
    *,
    inserts: Sequence[Row],
    updates: Sequence[Row],
    restamp: Sequence[Key],
    user_id: str,
    device_id: str | None,
    results: Sequence[dict[str, Any]],
    audit: dict[str, Any],
    seq_keys: Sequence[Key],
    at_ms: int,
) -> None:
    """Every write of a push, with the seqs last (see assign_seqs). Raises StaleWrite when a row
    changed since it was read or another push wrote the same new ids first."""
    if conn.dialect.name == "postgresql":
        _write_batch_pg(
            conn, inserts=inserts, updates=updates, restamp=restamp, user_id=user_id,
            device_id=device_id, results=results, audit=audit, seq_keys=seq_keys, at_ms=at_ms,
        )
        return
    _write_batch_sqlite(
        conn, inserts=inserts, updates=updates, restamp=restamp, user_id=user_id,
        device_id=device_id, results=results, audit=audit, seq_keys=seq_keys, at_ms=at_ms,
    )


_SQLITE_INSERT = (
    f"INSERT INTO records ({_COLS_SQL}) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)"
)
_SQLITE_UPDATE = (
    'UPDATE records SET case_id = ?, parent_id = ?, "values" = ?, clocks = ?, deleted = ?, '
    "seq = NULL, updated_at_ms = ? WHERE record_type = ? AND record_id = ? AND seq = ?"
)
_SQLITE_CLEAR = "UPDATE records SET seq = NULL WHERE record_type = ? AND record_id = ?"
_SQLITE_APPLIED = (
    "INSERT INTO applied_ops (op_id, user_id, device_id, result, applied_at_ms) "
    "VALUES (?, ?, ?, ?, ?)"
)
_SQLITE_AUDIT = (
    "INSERT INTO server_audit (at_ms, username, device_id, action, record_count, "
    "refused_count, records, subjects, detail) VALUES "
    "(:at_ms, :username, :device_id, :action, :record_count, :refused_count, :records, "
    ":subjects, :detail)"
)
_SQLITE_SET_SEQ = "UPDATE records SET seq = ? WHERE record_type = ? AND record_id = ?"


def _write_batch_sqlite(
    conn: Connection,
    *,
    inserts: Sequence[Row],
    updates: Sequence[Row],
    restamp: Sequence[Key],
    user_id: str,
    device_id: str | None,
    results: Sequence[dict[str, Any]],
    audit: dict[str, Any],
    seq_keys: Sequence[Key],
    at_ms: int,
) -> None:
    """SQLite: the same statements as insert_rows ... assign_seqs, as driver SQL (executemany
    of plain tuples: no per-row parameter processing; errors still wrapped as DBAPIError). JSON
    as the columns' type writes it: the same text, NULL for None."""
    ins = sorted(inserts, key=_key)
    upd = sorted(updates, key=_key)
    sealed = _sealed([*ins, *upd], atrest.cipher_for(conn))
    run = conn.exec_driver_sql
    if ins:
        run(_SQLITE_INSERT, [
            (r.record_type, r.record_id, r.case_id, r.parent_id, _json_or_null(sealed[r.key]),
             _json_or_null(r.clocks), r.deleted, r.owner_team, r.created_by, r.created_at_ms,
             r.updated_at_ms)
            for r in ins
        ])
    if upd:
        changed = run(_SQLITE_UPDATE, [
            (r.case_id, r.parent_id, _json_or_null(sealed[r.key]), _json_or_null(r.clocks),
             r.deleted, r.updated_at_ms, r.record_type, r.record_id, r.seq)
            for r in upd
        ]).rowcount
        if changed != len(upd):
            raise StaleWrite()
    if restamp:
        run(_SQLITE_CLEAR, sorted(restamp))
    if results:
        run(_SQLITE_APPLIED, [
            (r["op_id"], user_id, device_id, _json_or_null(r), at_ms) for r in results
        ])
    run(_SQLITE_AUDIT, audit)
    if seq_keys:
        base = int(run("SELECT value FROM change_counter WHERE id = 1").scalar_one())
        run("UPDATE change_counter SET value = ? WHERE id = 1", (base + len(seq_keys),))
        run(_SQLITE_SET_SEQ, [(base + n, t, i) for n, (t, i) in enumerate(seq_keys, 1)])


def _json_or_null(value: Any) -> str | None:
    return None if value is None else _dumps(value)


def _pg(sql: str, *, binary: bool = True) -> str:
    """`:name` placeholders (as in text()) to psycopg's `%(name)b`, leaving `::` casts alone.

    `%b` sends the parameter in binary (issue 16): `binary=True` on execute sets only the
    result format, and array parameters went as text through psycopg's quoting otherwise.
    `binary=False` gives `%(name)s` (the driver picks the format)."""
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)b" if binary else r"%(\1)s", sql)


_RACES = (
    psycopg.errors.UniqueViolation,
    psycopg.errors.DeadlockDetected,
    psycopg.errors.SerializationFailure,
)


def _write_batch_pg(
    conn: Connection,
    *,
    inserts: Sequence[Row],
    updates: Sequence[Row],
    restamp: Sequence[Key],
    user_id: str,
    device_id: str | None,
    results: Sequence[dict[str, Any]],
    audit: dict[str, Any],
    seq_keys: Sequence[Key],
    at_ms: int,
) -> None:
    # One pipeline on the driver connection of this transaction: the statements go out
    # together and PostgreSQL answers once, instead of one round trip and one SQLAlchemy
    # statement per write. Arrays go in binary, which also spares the driver quoting them.
    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    ins = sorted(inserts, key=_key)
    upd = sorted(updates, key=_key)  # one lock order for every writer: no deadlocks
    sealed = _sealed([*ins, *upd], atrest.cipher_for(conn))
    try:
        with raw.pipeline() as pipeline, raw.cursor() as cur, raw.cursor() as cur_upd:
            if ins:
                cur.execute(_SQL_INSERT, _insert_arrays(ins, sealed), binary=True)
            if upd:
                cur_upd.execute(_SQL_UPDATE, _update_arrays(upd, sealed), binary=True)
            if restamp:
                cur.execute(
                    _SQL_CLEAR, {"t": [k[0] for k in restamp], "i": [k[1] for k in restamp]},
                    binary=True,
                )
            if results:
                cur.execute(
                    _SQL_APPLIED,
                    {
                        "o": [r["op_id"] for r in results], "u": user_id, "d": device_id,
                        "r": [_dumps(r) for r in results], "a": at_ms,
                    },
                    binary=True,
                )
            cur.execute(_SQL_AUDIT, audit)
            if seq_keys:
                cur.execute(_SQL_ASSIGN, _assign_arrays(seq_keys), binary=True)
            pipeline.sync()
            if upd and cur_upd.rowcount != len(upd):
                raise StaleWrite()
    except _RACES as exc:
        raise StaleWrite() from exc


def _insert_arrays(rows: Sequence[Row], sealed: dict[Key, dict[str, Any]]) -> dict[str, Any]:
    return {
        "t": [r.record_type for r in rows], "i": [r.record_id for r in rows],
        "c": [r.case_id for r in rows], "p": [r.parent_id for r in rows],
        "v": [_dumps(sealed[r.key]) for r in rows], "k": [_dumps(r.clocks) for r in rows],
        "d": [r.deleted for r in rows], "o": [r.owner_team for r in rows],
        "b": [r.created_by for r in rows], "ca": [r.created_at_ms for r in rows],
        "ua": [r.updated_at_ms for r in rows],
    }


def _update_arrays(rows: Sequence[Row], sealed: dict[Key, dict[str, Any]]) -> dict[str, Any]:
    return {
        "t": [r.record_type for r in rows], "i": [r.record_id for r in rows],
        "s": [r.seq for r in rows], "c": [r.case_id for r in rows],
        "p": [r.parent_id for r in rows], "v": [_dumps(sealed[r.key]) for r in rows],
        "k": [_dumps(r.clocks) for r in rows], "d": [r.deleted for r in rows],
        "ua": [r.updated_at_ms for r in rows],
    }


def _assign_arrays(keys: Sequence[Key]) -> dict[str, Any]:
    return {
        "n": len(keys), "types": [k[0] for k in keys], "ids": [k[1] for k in keys],
        "ords": list(range(1, len(keys) + 1)),
    }


_SQL_INSERT = _pg(_INSERT_PG.text)
_SQL_UPDATE = _pg(_UPDATE_PG.text)
_SQL_ASSIGN = _pg(_ASSIGN_PG.text)
_SQL_CLEAR = _pg(
    """
    UPDATE records AS r SET seq = NULL
    FROM unnest(CAST(:t AS varchar[]), CAST(:i AS varchar[])) AS x(t, i)
    WHERE r.record_type = x.t AND r.record_id = x.i
    """
)
_SQL_APPLIED = _pg(_APPLIED_PG.text)
_SQL_AUDIT = _pg(
    """
    INSERT INTO server_audit (at_ms, username, device_id, action, record_count, refused_count,
                              records, subjects, detail)
    VALUES (:at_ms, :username, :device_id, :action, :record_count, :refused_count, :records,
            :subjects, :detail)
    """,
    binary=False,
)


# ---------------------------------------------------------------- users and devices


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    username: str
    password_hash: str
    role: str
    team: str | None
    disabled: bool
    created_at_ms: int


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: str
    user_id: str
    name: str
    created_at_ms: int
    last_seen_ms: int | None
    revoked_at_ms: int | None
    wipe: bool


_USER_COLS = (
    m.users.c.id, m.users.c.username, m.users.c.password_hash, m.users.c.role, m.users.c.team,
    m.users.c.disabled, m.users.c.created_at_ms,
)
_DEVICE_COLS = (
    m.devices.c.id, m.devices.c.user_id, m.devices.c.name, m.devices.c.created_at_ms,
    m.devices.c.last_seen_ms, m.devices.c.revoked_at_ms, m.devices.c.wipe,
)


def _user(r: Any) -> UserRow:
    return UserRow(
        id=r[0], username=r[1], password_hash=r[2], role=r[3], team=r[4], disabled=bool(r[5]),
        created_at_ms=r[6],
    )


def _device(r: Any) -> DeviceRow:
    return DeviceRow(
        id=r[0], user_id=r[1], name=r[2], created_at_ms=r[3], last_seen_ms=r[4],
        revoked_at_ms=r[5], wipe=bool(r[6]),
    )


def create_user(
    conn: Connection,
    *,
    user_id: str,
    username: str,
    password_hash: str,
    role: str,
    team: str | None,
    at_ms: int,
) -> None:
    conn.execute(
        insert(m.users).values(
            id=user_id, username=username, password_hash=password_hash, role=role, team=team,
            disabled=False, created_at_ms=at_ms,
        )
    )


def user_by_name(conn: Connection, *, username: str) -> UserRow | None:
    r = conn.execute(select(*_USER_COLS).where(m.users.c.username == username)).first()
    return _user(r) if r else None


def set_password_hash(conn: Connection, *, user_id: str, password_hash: str) -> None:
    stmt = update(m.users).where(m.users.c.id == user_id).values(password_hash=password_hash)
    conn.execute(stmt)


def list_users(conn: Connection) -> list[UserRow]:
    return [_user(r) for r in conn.execute(select(*_USER_COLS).order_by(m.users.c.username))]


def set_user_disabled(conn: Connection, *, username: str, disabled: bool) -> bool:
    res = conn.execute(
        update(m.users).where(m.users.c.username == username).values(disabled=disabled)
    )
    return res.rowcount > 0


def create_device(
    conn: Connection, *, device_id: str, user_id: str, name: str, token_hash: str, at_ms: int
) -> None:
    conn.execute(
        insert(m.devices).values(
            id=device_id, user_id=user_id, name=name, token_hash=token_hash, created_at_ms=at_ms,
            last_seen_ms=at_ms, revoked_at_ms=None, wipe=False,
        )
    )


def device_by_token(conn: Connection, *, token_hash: str) -> tuple[DeviceRow, UserRow] | None:
    stmt = (
        select(*_DEVICE_COLS, *_USER_COLS)
        .join(m.users, m.users.c.id == m.devices.c.user_id)
        .where(m.devices.c.token_hash == token_hash)
    )
    r = conn.execute(stmt).first()
    if r is None:
        return None
    n = len(_DEVICE_COLS)
    return _device(r[:n]), _user(r[n:])


def touch_device(conn: Connection, *, device_id: str, at_ms: int) -> None:
    conn.execute(update(m.devices).where(m.devices.c.id == device_id).values(last_seen_ms=at_ms))


def list_devices(conn: Connection, *, username: str | None = None) -> list[tuple[DeviceRow, str]]:
    stmt = (
        select(*_DEVICE_COLS, m.users.c.username)
        .join(m.users, m.users.c.id == m.devices.c.user_id)
        .order_by(m.users.c.username, m.devices.c.created_at_ms)
    )
    if username is not None:
        stmt = stmt.where(m.users.c.username == username)
    return [(_device(r[:-1]), r[-1]) for r in conn.execute(stmt)]


def revoke_device(conn: Connection, *, device_id: str, wipe: bool, at_ms: int) -> bool:
    current = conn.execute(
        select(m.devices.c.revoked_at_ms).where(m.devices.c.id == device_id)
    ).first()
    if current is None:
        return False
    conn.execute(
        update(m.devices)
        .where(m.devices.c.id == device_id)
        .values(revoked_at_ms=current[0] or at_ms, wipe=wipe)
    )
    return True


# ---------------------------------------------------------------- login attempts


def count_failures(conn: Connection, *, kind: str, key: str, since_ms: int) -> int:
    la = m.login_attempts.c
    stmt = select(func.count()).where(la.kind == kind, la.key == key, la.at_ms >= since_ms)
    return int(conn.execute(stmt).scalar_one())


def add_failures(
    conn: Connection, *, keys: Sequence[tuple[str, str]], at_ms: int
) -> list[int]:
    """Counts an attempt (as failed until the caller removes it again); returns the row ids."""
    result = conn.execute(
        insert(m.login_attempts).returning(m.login_attempts.c.id),
        [{"kind": k, "key": v, "at_ms": at_ms} for k, v in keys],
    )
    return [int(r[0]) for r in result]


def remove_failures(conn: Connection, *, ids: Sequence[int]) -> None:
    if ids:
        conn.execute(delete(m.login_attempts).where(m.login_attempts.c.id.in_(list(ids))))


def clear_failures(conn: Connection, *, kind: str, key: str) -> None:
    la = m.login_attempts.c
    conn.execute(delete(m.login_attempts).where(la.kind == kind, la.key == key))


def prune_failures(conn: Connection, *, before_ms: int) -> None:
    conn.execute(delete(m.login_attempts).where(m.login_attempts.c.at_ms < before_ms))


# ---------------------------------------------------------------- server audit


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at_ms: int
    username: str | None
    device_id: str | None
    action: str
    record_count: int
    refused_count: int
    records: list[str]
    detail: str | None


def audit_params(
    *,
    at_ms: int,
    username: str | None,
    device_id: str | None,
    action: str,
    record_count: int = 0,
    refused_count: int = 0,
    records: Sequence[str] = (),
    subjects: Iterable[str] = (),
    detail: str | None = None,
) -> dict[str, Any]:
    """One server_audit row, ready to insert (add_audit, or write_batch)."""
    return {
        "at_ms": at_ms, "username": username, "device_id": device_id, "action": action,
        "record_count": record_count, "refused_count": refused_count,
        "records": json_dumps(list(records)), "subjects": json_dumps(sorted(set(subjects))),
        "detail": detail[:500] if detail else None,
    }


def add_audit(
    conn: Connection,
    *,
    at_ms: int,
    username: str | None,
    device_id: str | None,
    action: str,
    record_count: int = 0,
    refused_count: int = 0,
    records: Sequence[str] = (),
    subjects: Iterable[str] = (),
    detail: str | None = None,
) -> None:
    conn.execute(
        insert(m.server_audit).values(
            **audit_params(
                at_ms=at_ms, username=username, device_id=device_id, action=action,
                record_count=record_count, refused_count=refused_count, records=records,
                subjects=subjects, detail=detail,
            )
        )
    )


def query_audit(
    conn: Connection,
    *,
    username: str | None = None,
    subjects: Sequence[str] = (),
    limit: int = 200,
) -> list[AuditRow]:
    a = m.server_audit.c
    stmt = select(
        a.id, a.at_ms, a.username, a.device_id, a.action, a.record_count, a.refused_count,
        a.records, a.detail,
    )
    if username is not None:
        stmt = stmt.where(a.username == username)
    if subjects:
        # Ids are UUIDs in a JSON list, so a quoted substring match is exact enough.
        stmt = stmt.where(or_(*(a.subjects.contains(f'"{s}"') for s in subjects)))
    stmt = stmt.order_by(a.id.desc()).limit(limit)
    return [
        AuditRow(
            id=r[0], at_ms=r[1], username=r[2], device_id=r[3], action=r[4], record_count=r[5],
            refused_count=r[6], records=json.loads(r[7] or "[]"), detail=r[8],
        )
        for r in conn.execute(stmt)
    ]


def cases_of_citizen(conn: Connection, *, citizen_id: str) -> list[str]:
    stmt = select(m.case_index.c.case_id).where(m.case_index.c.citizen_id == citizen_id)
    return [r[0] for r in conn.execute(stmt)]


def device_audit_entries(
    conn: Connection, *, username: str | None, case_ids: Sequence[str], record_ids: Sequence[str],
    limit: int = 200,
) -> list[Row]:
    """Audit entries the devices sent up (views, prints, exports), newest first."""
    rc = m.records.c
    stmt = select(*_ROW_COLS).where(rc.record_type == "audit_entry")
    conds = []
    if case_ids:
        conds.append(rc.case_id.in_(list(case_ids)))
    if record_ids:
        conds.append(rc.parent_id.in_(list(record_ids)))
    if conds:
        stmt = stmt.where(or_(*conds))
    if username is not None:
        stmt = stmt.where(rc.created_by == username)
    stmt = stmt.order_by(rc.seq.desc()).limit(limit)
    cipher = atrest.cipher_for(conn)
    return [_row(r, cipher) for r in conn.execute(stmt)]


def conflicts_of(conn: Connection, *, record_ids: Sequence[str]) -> list[Row]:
    """The conflict records about the given records."""
    rc = m.records.c
    cipher = atrest.cipher_for(conn)
    out: list[Row] = []
    for chunk in _chunks(list(record_ids)):
        stmt = select(*_ROW_COLS).where(rc.record_type == "conflict", rc.parent_id.in_(chunk))
        out += [_row(r, cipher) for r in conn.execute(stmt)]
    return out
