"""Retention and erasure on the server: `trepart-server retention run` and `erase --citizen`.

Both plan what goes (sync.protocol.retention decides when a case has expired, the same rule the
devices apply on their own), then turn every record of it into a tombstone (sync.server.
tombstones.purge) and give the tombstones fresh seqs in the same transaction, so the devices
receive them by their normal pull and empty their copies, sealed PDFs included. Each run leaves
one line in the server's audit log: kind, counts per record type, the rule and when, never a
value. A dry run plans and lists, and writes nothing.

What is kept: the audit log (the devices' entries and the server's own lines). It holds who did
what and when, with record ids but no field values, and is what the citizen's own access log
and the municipality's security logging are made from (docs/DATA-PROTECTION.md).
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from sync.protocol import retention
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.hlc import HLC, HybridClock
from sync.server import models as m
from sync.server import store, tombstones
from sync.server.db import read_transaction, write_transaction
from sync.server.store import Key

MAX_ATTEMPTS = 8


@dataclass
class PurgePlan:
    kind: str  # "retention" | "erasure"
    keys: dict[Key, str] = field(default_factory=dict)  # record -> rule
    kept: Counter[str] = field(default_factory=Counter)  # record type -> count kept by law
    # record -> its health-marked fields to empty (the record itself stays)
    clear: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    cases: list[str] = field(default_factory=list)
    citizens: list[str] = field(default_factory=list)
    written: int = 0  # after a run: records turned into tombstones or emptied of health notes

    def counts(self) -> list[tuple[str, str, int]]:
        """(rule, record type, count), sorted."""
        c = Counter((rule, key[0]) for key, rule in self.keys.items())
        c.update((retention.RULE_HEALTH, key[0]) for key in self.clear)
        return sorted((rule, rtype, n) for (rule, rtype), n in c.items())


def _live(conn: Connection, record_type: str) -> list[tuple[str, dict]]:
    rc = m.records.c
    stmt = select(rc.record_id, rc["values"]).where(
        rc.record_type == record_type, rc.deleted.is_(False)
    )
    return [(r[0], r[1] or {}) for r in conn.execute(stmt)]


def _add(plan: PurgePlan, conn: Connection, *, cases: list[str], parties: list[str],
         rule: str) -> None:
    for key in store.keys_to_restamp(conn, case_ids=cases, party_ids=parties):
        if key[0] in retention.KEPT_TYPES:
            plan.kept[key[0]] += 1
            continue
        plan.keys.setdefault(key, rule)


def _drop_bare(plan: PurgePlan, conn: Connection) -> None:
    """Records that are bare tombstones already need nothing (and are not counted)."""
    rows = store.load_rows(conn, keys=list(plan.keys))
    for key in list(plan.keys):
        row = rows.get(key)
        if row is None or tombstones.is_bare(row):
            del plan.keys[key]


def plan_retention(conn: Connection, *, periods: retention.Periods, today: dt.date) -> PurgePlan:
    plan = PurgePlan(kind="retention")
    cases = _live(conn, "case")
    expired = sorted(
        cid for cid, values in cases if retention.case_expired(values, periods=periods, today=today)
    )
    gone = set(expired)
    by_citizen: dict[str, list[dict]] = {}
    for cid, values in cases:
        citizen = values.get("citizen_id")
        if isinstance(citizen, str) and cid not in gone:
            by_citizen.setdefault(citizen, []).append(values)
    expired_citizens = {
        values.get("citizen_id") for cid, values in cases if cid in gone
    }
    # A citizen goes with their last case; one with a case still kept stays.
    citizens = sorted(
        c for c in expired_citizens if isinstance(c, str) and c not in by_citizen
    )
    plan.cases, plan.citizens = expired, citizens
    _add(plan, conn, cases=expired, parties=citizens, rule=retention.RULE_CLOSED_CASE)
    purged_citizens = set(citizens)
    for sid, values in _live(conn, "screening"):
        citizen = values.get("citizen_id")
        if not isinstance(citizen, str) or citizen in purged_citizens:
            continue
        facts = retention.citizen_case_facts(by_citizen.get(citizen, []))
        if retention.screening_expired(values, facts, periods=periods, today=today):
            plan.keys.setdefault(("screening", sid), retention.RULE_SCREENING)
    _plan_health(plan, conn, cases=cases, by_citizen=by_citizen, periods=periods, today=today)
    for key in _live_in_deleted_cases(conn):
        plan.keys.setdefault(key, tombstones.RULE_IN_PURGED_CASE)
    _drop_bare(plan, conn)
    return plan


def _live_in_deleted_cases(conn: Connection) -> list[Key]:
    """Records still live in a case already purged or deleted: a push that raced the purge
    (it read the case before the purge committed) wrote them; this run takes them."""
    rc = m.records.c
    cases = m.records.alias("c")
    deleted_cases = select(cases.c.record_id).where(
        cases.c.record_type == "case", cases.c.deleted.is_(True)
    )
    stmt = select(rc.record_type, rc.record_id).where(
        rc.deleted.is_(False), rc.record_type != "case",
        rc.record_type.not_in(sorted(retention.KEPT_TYPES)), rc.case_id.in_(deleted_cases),
    )
    return [(r[0], r[1]) for r in conn.execute(stmt)]


def _plan_health(
    plan: PurgePlan, conn: Connection, *, cases: list[tuple[str, dict]],
    by_citizen: dict[str, list[dict]], periods: retention.Periods, today: dt.date,
) -> None:
    """Health notes of cases that ended `health_notes_months` ago, and of citizens all of whose
    cases did; conflict records about such a field go as a whole (they hold its texts)."""
    gone = set(plan.cases)
    ended = sorted(
        cid for cid, values in cases
        if cid not in gone and retention.case_health_expired(values, periods=periods, today=today)
    )
    keys = [k for k in store.keys_to_restamp(conn, case_ids=ended, party_ids=[])
            if k[0] in _HEALTH_TYPES or k[0] == "conflict"]
    keys += [
        ("citizen", c) for c, values in by_citizen.items()
        if c not in plan.citizens and retention.citizen_health_expired(
            retention.citizen_case_facts(values), periods=periods, today=today
        )
    ]
    for key, row in store.load_rows(conn, keys=keys).items():
        if row.deleted or key in plan.keys:
            continue
        if key[0] == "conflict":
            about = CATALOGUE.get(str(row.values.get("record_type")))
            if about is not None and row.values.get("field") in retention.health_fields(about):
                plan.keys[key] = retention.RULE_HEALTH
            continue
        names = retention.health_fields(CATALOGUE[key[0]])
        if any(row.values.get(n) is not None for n in names):
            plan.clear[key] = names


_HEALTH_TYPES = frozenset(t for t, rt in CATALOGUE.items() if retention.health_fields(rt))


def _clear(
    conn: Connection, *, clear: dict[Key, tuple[str, ...]], clock: HybridClock, at_ms: int
) -> list[store.Row]:
    rows = store.load_rows(conn, keys=list(clear))
    written = []
    for key, names in clear.items():
        row = rows.get(key)
        if row is None or row.deleted:
            continue
        stamp = str(clock.now())
        for name in names:
            row.values[name] = None
            row.clocks[name] = stamp
        row.updated_at_ms = at_ms
        written.append(row)
    store.update_rows(conn, rows=written)
    return written


def plan_erasure(conn: Connection, *, citizen_id: str) -> PurgePlan:
    plan = PurgePlan(kind="erasure")
    cases = sorted(store.cases_of_citizen(conn, citizen_id=citizen_id))
    plan.cases, plan.citizens = cases, [citizen_id]
    _add(plan, conn, cases=cases, parties=[citizen_id], rule=retention.RULE_ERASURE)
    _drop_bare(plan, conn)
    return plan


def citizen_exists(engine: Engine, *, citizen_id: str) -> bool:
    with read_transaction(engine) as conn:
        return bool(store.load_rows(conn, keys=[("citizen", citizen_id)]))


def run(
    engine: Engine,
    *,
    planner: Callable[[Connection], PurgePlan],
    dry_run: bool,
    by: str = "server",
) -> PurgePlan:
    """Plan, and unless `dry_run` purge, in one transaction (started over if a push wrote one
    of the rows meanwhile, so a record written while the purge ran is never half-purged)."""
    if dry_run:
        with read_transaction(engine) as conn:
            return planner(conn)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return _run_once(engine, planner=planner, by=by)
        except (store.StaleWrite, DBAPIError) as exc:
            if isinstance(exc, DBAPIError) and not _is_race(exc):
                raise
            if attempt == MAX_ATTEMPTS:
                raise
            time.sleep(0.005 * attempt)
    raise AssertionError("unreachable")


def _is_race(exc: DBAPIError) -> bool:
    if getattr(exc.orig, "sqlstate", None) in ("23505", "40001", "40P01"):
        return True
    return "database is locked" in str(exc.orig)


LOCK_ROUNDS = 4


def _plan_under_lock(conn: Connection, planner: Callable[[Connection], PurgePlan]) -> PurgePlan:
    """The plan, made again once the rows it writes are locked (PostgreSQL).

    A purge writes many rows; checked optimistically alone it lost to every push into one of
    them and, with devices pushing into the case, gave up after its attempts. Locked, those
    pushes wait for the purge and read again instead. The plan is made again under the locks so
    it decides on what is now committed; rows it adds that were not locked yet (written
    meanwhile) are locked in the next round. Should rounds run out, the optimistic check in
    update_rows still guards the write."""
    plan = planner(conn)
    if conn.dialect.name != "postgresql":
        return plan  # the write transaction already holds SQLite's write lock
    locked: set[Key] = set()
    for _ in range(LOCK_ROUNDS):
        wanted = (set(plan.keys) | set(plan.clear)) - locked
        if not wanted:
            break
        store.lock_rows(conn, keys=wanted)
        locked |= wanted
        plan = planner(conn)
    return plan


def _run_once(engine: Engine, *, planner: Callable[[Connection], PurgePlan], by: str) -> PurgePlan:
    at_ms = int(time.time() * 1000)
    with write_transaction(engine) as conn:
        plan = _plan_under_lock(conn, planner)
        clock = HybridClock("server")
        rows = store.load_rows(conn, keys=[*plan.keys, *plan.clear])
        for row in rows.values():
            for stamp in row.clocks.values():
                clock.observe(HLC.parse(stamp))
        written: list[store.Row] = []
        for rule in sorted(set(plan.keys.values())):
            keys = [k for k, r in plan.keys.items() if r == rule]
            written += tombstones.purge(conn, keys=keys, by=by, rule=rule, clock=clock,
                                        at_ms=at_ms)
        written += _clear(conn, clear=plan.clear, clock=clock, at_ms=at_ms)
        plan.written = len(written)
        counts = ", ".join(f"{rtype} {n} ({rule})" for rule, rtype, n in plan.counts())
        kept = ", ".join(f"{rtype} {n}" for rtype, n in sorted(plan.kept.items()))
        store.add_audit(
            conn, at_ms=at_ms, username=by, device_id=None, action=plan.kind,
            record_count=len(written), records=[f"{r.record_type}:{r.record_id}" for r in written],
            subjects=[*plan.cases, *plan.citizens],
            detail=f"{plan.kind}: {counts or 'intet'}; beholdt: {kept or 'intet'}",
        )
        store.assign_seqs(conn, keys=[r.key for r in written])
    return plan
