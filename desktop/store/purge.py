"""The device's own retention purge: what has expired goes, even on a laptop that is offline.

The rules are the server's (sync.protocol.retention), so a device that never syncs again still
empties a case N years after it ended, with its sealed PDFs and, once the citizen has no case
left, the citizen. Nothing is sent: the server purges the same by its own run, and a device
that syncs later simply receives tombstones for what it already emptied. The audit log stays;
the purge adds one entry to it with the counts and the rule, never a value. Health notes are
emptied in place after their shorter period (the record stays).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, or_, select, update

from desktop.store import tombstones
from desktop.store.schema import RECORD_TABLES, outbox
from desktop.store.store import Store, decode_column, now_iso
from sync.protocol import retention
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.vocabulary import AuditAction

Key = tuple[str, str]


@dataclass
class LocalPurge:
    keys: dict[Key, str] = field(default_factory=dict)  # record -> rule
    clear: dict[Key, tuple[str, ...]] = field(default_factory=dict)  # health notes to empty
    cases: list[str] = field(default_factory=list)
    sealed: int = 0

    def counts(self) -> list[tuple[str, str, int]]:
        c = Counter((rule, key[0]) for key, rule in self.keys.items())
        c.update((retention.RULE_HEALTH, key[0]) for key in self.clear)
        return sorted((rule, rtype, n) for (rule, rtype), n in c.items())

    @property
    def empty(self) -> bool:
        return not self.keys and not self.clear


def _live(conn: Connection, record_type: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    rt = CATALOGUE[record_type]
    table = RECORD_TABLES[record_type]
    rows = conn.execute(
        select(table.c.id, *(table.c[n] for n in names)).where(table.c.deleted == 0)
    ).all()
    return [
        (r[0], {n: decode_column(rt, n, r[i + 1]) for i, n in enumerate(names)}) for r in rows
    ]


def plan(conn: Connection, *, periods: retention.Periods, today: dt.date) -> LocalPurge:
    out = LocalPurge()
    cases = _live(conn, "case", ("status", "end_date", "citizen_id"))
    expired = {
        cid for cid, v in cases if retention.case_expired(v, periods=periods, today=today)
    }
    remaining: dict[str, list[dict]] = {}
    for cid, v in cases:
        if cid not in expired and isinstance(v.get("citizen_id"), str):
            remaining.setdefault(v["citizen_id"], []).append(v)
    citizens = {
        v["citizen_id"] for cid, v in cases
        if cid in expired and isinstance(v.get("citizen_id"), str)
        and v["citizen_id"] not in remaining
    }
    out.cases = sorted(expired)
    rule = retention.RULE_CLOSED_CASE
    ids = sorted(expired)
    for rt in CATALOGUE.values():
        if rt.name in retention.KEPT_TYPES:
            continue
        table = RECORD_TABLES[rt.name]
        conds = []
        if rt.case_field == "case_id" and ids:
            conds.append(table.c.case_id.in_(ids))
        if rt.name == "case" and ids:
            conds.append(table.c.id.in_(ids))
        if rt.name == "citizen" and citizens:
            conds.append(table.c.id.in_(sorted(citizens)))
        parent = retention.PARENT_FIELDS.get(rt.name)
        if parent == "citizen_id" and citizens:
            conds.append(table.c.citizen_id.in_(sorted(citizens)))
        for cond in conds:
            for (rid,) in conn.execute(select(table.c.id).where(table.c.deleted == 0, cond)):
                out.keys.setdefault((rt.name, rid), rule)
    for sid, v in _live(conn, "screening", ("citizen_id", "screened_at")):
        citizen = v.get("citizen_id")
        if ("screening", sid) in out.keys or not isinstance(citizen, str):
            continue
        facts = retention.citizen_case_facts(remaining.get(citizen, []))
        if retention.screening_expired(v, facts, periods=periods, today=today):
            out.keys[("screening", sid)] = retention.RULE_SCREENING
    _plan_health(conn, out, cases=cases, remaining=remaining, periods=periods, today=today)
    # Records still live in a case emptied before (pulled while the server's purge raced
    # the push that wrote them): they go too.
    gone = select(RECORD_TABLES["case"].c.id).where(RECORD_TABLES["case"].c.deleted == 1)
    for rt in CATALOGUE.values():
        if rt.case_field != "case_id" or rt.name in retention.KEPT_TYPES:
            continue
        table = RECORD_TABLES[rt.name]
        for (rid,) in conn.execute(
            select(table.c.id).where(table.c.deleted == 0, table.c.case_id.in_(gone))
        ):
            out.keys.setdefault((rt.name, rid), retention.RULE_CLOSED_CASE)
    return out


def _plan_health(
    conn: Connection, out: LocalPurge, *, cases: list[tuple[str, dict]],
    remaining: dict[str, list[dict]], periods: retention.Periods, today: dt.date,
) -> None:
    """The same health-notes rule as the server's (sync.server.purging._plan_health)."""
    ended = sorted(
        cid for cid, v in cases
        if cid not in out.cases and retention.case_health_expired(v, periods=periods, today=today)
    )
    citizens = sorted(
        c for c, values in remaining.items()
        if retention.citizen_health_expired(
            retention.citizen_case_facts(values), periods=periods, today=today
        )
    )
    for rt in CATALOGUE.values():
        names = retention.health_fields(rt)
        table = RECORD_TABLES[rt.name]
        if rt.name == "conflict" and ended:
            rows = conn.execute(
                select(table.c.id, table.c.record_type, table.c.field)
                .where(table.c.deleted == 0, table.c.case_id.in_(ended))
            ).all()
            for rid, rtype, name in rows:
                about = CATALOGUE.get(rtype)
                if about is not None and name in retention.health_fields(about):
                    out.keys.setdefault(("conflict", rid), retention.RULE_HEALTH)
            continue
        if not names:
            continue
        conds = []
        if rt.case_field == "case_id" and ended:
            conds.append(table.c.case_id.in_(ended))
        if rt.name == "citizen" and citizens:
            conds.append(table.c.id.in_(citizens))
        filled = or_(*(table.c[n].is_not(None) for n in names))
        for cond in conds:
            for (rid,) in conn.execute(
                select(table.c.id).where(table.c.deleted == 0, cond, filled)
            ):
                if (rt.name, rid) not in out.keys:
                    out.clear[(rt.name, rid)] = names


def _clear(conn: Connection, clear: dict[Key, tuple[str, ...]], at: str) -> None:
    for (rtype, rid), names in clear.items():
        table = RECORD_TABLES[rtype]
        conn.execute(
            update(table).where(table.c.id == rid).values(updated_at=at, **dict.fromkeys(names))
        )
        # A waiting edit of such a note would send it again: it goes, the rest stays.
        for seq, fields_json in conn.execute(
            select(outbox.c.seq, outbox.c.fields).where(
                outbox.c.record_type == rtype, outbox.c.record_id == rid
            )
        ).all():
            fields = {k: v for k, v in json.loads(fields_json).items() if k not in names}
            if not fields:
                conn.execute(delete(outbox).where(outbox.c.seq == seq))
            else:
                conn.execute(
                    update(outbox).where(outbox.c.seq == seq)
                    .values(fields=json.dumps(fields, ensure_ascii=False))
                )


def run(store: Store, *, periods: retention.Periods, today: dt.date) -> LocalPurge:
    """Purge what has expired, in one transaction with its audit entry; then checkpoint."""
    with store.write() as conn:
        found = plan(conn, periods=periods, today=today)
        if found.empty:
            return found
        at = now_iso()
        guarded = {
            CATALOGUE[t].table for t, _ in [*found.keys, *found.clear]
            if CATALOGUE[t].signable or CATALOGUE[t].append_only
        }
        with tombstones.guards_lifted(conn, [*guarded, tombstones.SEALED_TABLE]):
            for rtype, rid in found.keys:
                tombstones.tombstone(conn, CATALOGUE[rtype], rid, at=at, clocks=None)
            _clear(conn, found.clear, at)
            found.sealed = tombstones.purge_sealed(conn, case_ids=found.cases)
        counts = ", ".join(f"{t} {n} ({r})" for r, t, n in found.counts())
        store._audit(
            conn, AuditAction.DELETE, None, None,
            detail=f"opbevaring på enheden: {counts}; arkiverede PDF'er {found.sealed}",
        )
    store.checkpoint()
    return found
