"""Applying a pushed batch: validation, idempotency, access policy, field merge, change log.

A batch runs in one transaction. It reads what its operations touch and merges in memory
(sync.protocol.merge), without any lock. It then writes the merged rows only if they are still
as it read them (an optimistic check on each row's seq; otherwise it starts over), with seq NULL,
and as its last statement gives them their seqs from the change counter, whose row lock is held
to commit. So concurrent pushes overlap everything but that last statement, and seq order is
commit order. SQLite holds its write lock for the whole transaction, so it never starts over.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from sync.evaluation.reference import PROJECT_ONLY_TYPES, reference_refusal
from sync.protocol import ids, validation
from sync.protocol.catalogue import CATALOGUE, MergeKind, RecordType
from sync.protocol.codec import same_value
from sync.protocol.hlc import HLC, HybridClock, too_far_ahead
from sync.protocol.merge import apply_writes, is_signed
from sync.protocol.retention import KEPT_TYPES
from sync.protocol.vocabulary import Role
from sync.protocol.wire import Operation, OpResult, OpStatus, PushResponse
from sync.server import audit_chain, policy, store, tombstones
from sync.server import errors as e
from sync.server.db import write_transaction
from sync.server.policy import CaseInfo, Principal
from sync.server.store import DbFacts, Key, Row

Writes = dict[str, tuple[Any, str, Any]]

# Test hook: called after the seqs are assigned and before commit, so a test can widen the
# window in which a commit-order bug would let a reader skip a change. None in production.
before_commit: Callable[[], None] | None = None

# How often a batch starts over after losing a race for the same rows before giving up (the
# device then sends it again later; it is idempotent).
MAX_ATTEMPTS = 8


def now_ms() -> int:
    return int(time.time() * 1000)


# ---------------------------------------------------------------- static checks


@dataclass(slots=True)
class Checked:
    """An operation that passed every check that needs no database."""

    index: int
    op: Operation
    rt: RecordType
    writes: Writes
    newest: HLC


def _refused(op_id: str, code: str, message: str) -> OpResult:
    return OpResult(op_id=op_id, status=OpStatus.REFUSED, code=code, message=message)


canonical_uuid = validation.canonical_uuid
storable_text = validation.storable_text


def _op_storable(op: Operation) -> bool:
    # Field values are checked field by field (validation.field_problem); these are the rest.
    # Checked as one string: it holds a NUL or a lone surrogate exactly when one of its parts
    # does (Python never pairs surrogates from two strings into one character).
    texts = [op.op_id, op.record_type, op.record_id]
    for name, w in op.fields.items():
        texts.extend((name, w.hlc, w.base or ""))
    return storable_text("".join(texts))


# Record type -> its fields merged as text (whose writes carry the editor's base).
_TEXT_FIELDS: dict[str, frozenset[str]] = {
    rt.name: frozenset(f.name for f in rt.fields if f.merge is MergeKind.TEXT)
    for rt in CATALOGUE.values()
}


def check_operation(
    p: Principal, op: Operation, *, index: int, server_now_ms: int
) -> Checked | OpResult:
    """Shape, types, clocks and role limits of one operation; the database is not consulted,
    so nothing here can depend on whether the record exists."""
    if not _op_storable(op):
        return _refused(op.op_id, e.INVALID, e.MSG_BAD_TEXT)
    if not canonical_uuid(op.op_id) or not canonical_uuid(op.record_id):
        return _refused(op.op_id, e.INVALID, e.msg_bad_id())
    rt = CATALOGUE.get(op.record_type)
    if rt is None:
        return _refused(op.op_id, e.INVALID, e.msg_unknown_type(op.record_type))
    writes: Writes = {}
    newest: HLC | None = None
    text_fields = _TEXT_FIELDS[rt.name]
    for name, w in op.fields.items():
        # The one validator the devices also apply pulled records with (sync.protocol).
        problem = validation.field_problem(rt, name, w.value)
        if problem is not None:
            if name == "deleted":
                return _refused(op.op_id, e.INVALID, e.msg_bad_deleted(rt))
            if not rt.has_field(name):
                return _refused(op.op_id, e.INVALID, e.msg_unknown_field(rt, name))
            return _refused(op.op_id, e.INVALID, problem.message(rt))
        try:
            stamp = HLC.parse(w.hlc)
        except ValueError:
            return _refused(op.op_id, e.INVALID, e.msg_bad_clock(name))
        if newest is None or stamp > newest:
            newest = stamp
        writes[name] = (w.value, w.hlc, w.base if name in text_fields else None)
    if newest is not None and too_far_ahead(newest, server_now_ms=server_now_ms):
        return _refused(op.op_id, e.CLOCK_AHEAD, e.MSG_CLOCK_AHEAD)
    refusal = policy.check_static(p, rt, set(writes))
    if refusal is not None:
        if refusal.field is not None:
            return _refused(op.op_id, refusal.code, e.msg_hidden_field(rt, rt.field(refusal.field)))
        return _refused(op.op_id, refusal.code, e.MSG_OUT_OF_SCOPE)
    foreign = rt.name == "audit_entry" and writes.get("username", (p.username,))[0] != p.username
    if foreign and not p.is_system:
        return _refused(op.op_id, e.INVALID, e.msg_foreign_audit())
    return Checked(index=index, op=op, rt=rt, writes=writes, newest=newest or HLC(0, 0, "0"))


# ---------------------------------------------------------------- the plan


def case_of(rt: RecordType, record_id: str, values: dict[str, Any]) -> str | None:
    if rt.case_field is None:
        return None
    if rt.case_field == "id":
        return record_id
    value = values.get(rt.case_field)
    return value if isinstance(value, str) else None


def parent_of(rt: RecordType, values: dict[str, Any]) -> str | None:
    """The record a case-less record hangs off (for the policy and for re-stamping)."""
    name = {
        "consent": "citizen_id", "screening": "citizen_id", "conflict": "record_id",
        "audit_entry": "record_id",
    }.get(
        rt.name
    )
    value = values.get(name) if name else None
    return value if isinstance(value, str) and canonical_uuid(value) else None


@dataclass
class Plan:
    principal: Principal
    at_ms: int
    clock: HybridClock
    facts: DbFacts
    rows: dict[Key, Row | None]  # as read (None: absent)
    state: dict[Key, Row] = field(default_factory=dict)  # as this batch leaves them
    dirty: dict[Key, None] = field(default_factory=dict)  # ordered set of rows to write
    new_cases: dict[str, CaseInfo] = field(default_factory=dict)
    restamp_cases: set[str] = field(default_factory=set)
    restamp_parties: set[str] = field(default_factory=set)
    # Unchanged records whose pushed write lost to a newer one: sent again to the pusher.
    restamp_records: set[Key] = field(default_factory=set)
    results: dict[int, OpResult] = field(default_factory=dict)
    to_store: list[OpResult] = field(default_factory=list)
    # Records deleted by this batch: their conflict records (which hold texts) go with them.
    deleted_ids: set[str] = field(default_factory=set)
    # Results stored by earlier pushes of these op ids (retries).
    stored: dict[str, store.StoredResult] = field(default_factory=dict)

    def current(self, key: Key) -> Row | None:
        if key in self.state:
            return self.state[key]
        return self.rows.get(key)


def _wanted_keys(checked: Sequence[Checked]) -> set[Key]:
    keys: set[Key] = set()
    for c in checked:
        keys.add((c.rt.name, c.op.record_id))
        for name in ("citizen_id", "company_id"):
            value = c.writes.get(name, (None,))[0]
            if isinstance(value, str):
                keys.add((name.removesuffix("_id"), value))
        case_id = c.writes.get("case_id", (None,))[0]
        if isinstance(case_id, str) and c.rt.name != "case":
            keys.add(("case", case_id))  # to see whether the case is purged
    return keys


def _case_candidates(checked: Sequence[Checked]) -> set[str]:
    """The cases the pushed writes name (read with the rows, before anything is merged)."""
    out: set[str] = set()
    for c in checked:
        if c.rt.name == "case":
            out.add(c.op.record_id)
        else:
            case_id = c.writes.get("case_id", (None,))[0]
            if isinstance(case_id, str):
                out.add(case_id)
    return out


def build_plan(
    conn: Connection,
    p: Principal,
    pending: Sequence[Checked | OpResult],
    *,
    ops: Sequence[Operation],
    op_ids: Sequence[str],
    at_ms: int,
    clock: HybridClock,
) -> Plan:
    """Decide every operation's result and the rows to write, reading but not writing."""
    checked = [c for c in pending if isinstance(c, Checked)]
    keys = _wanted_keys(checked)
    # One round trip on PostgreSQL: stored results, the rows, the cases they name.
    reads = store.read_for_push(
        conn, op_ids=op_ids, keys=keys, case_ids=_case_candidates(checked),
        with_mentors=p.role is Role.MENTOR,
    )
    stored, rows = reads.stored, reads.rows
    facts = DbFacts(conn, with_mentors=p.role is Role.MENTOR)
    facts.put_loaded_cases(reads)
    plan = Plan(
        principal=p, at_ms=at_ms, clock=clock, facts=facts,
        rows={k: rows.get(k) for k in keys},
    )
    # Load what the policy will ask about in a few queries rather than one per operation.
    case_ids: set[str | None] = set()
    citizens: set[str | None] = set()
    companies: set[str | None] = set()
    for c in checked:
        row = rows.get((c.rt.name, c.op.record_id))
        values = {**(row.values if row else {}), **{k: w[0] for k, w in c.writes.items()}}
        case_ids.add(case_of(c.rt, c.op.record_id, values))
        if row is not None:
            case_ids.add(row.case_id)
        if c.rt.name == "case":
            citizens.add(values.get("citizen_id"))
            companies.add(values.get("company_id"))
            if row is not None:
                citizens.add(row.values.get("citizen_id"))
                companies.add(row.values.get("company_id"))
        elif c.rt.name in policy.PARTY_TYPES:
            (citizens if c.rt.name == "citizen" else companies).add(c.op.record_id)
        elif c.rt.name in policy.CITIZEN_OWNED:
            citizens.add(values.get("citizen_id"))
            if row is not None:
                citizens.add(row.parent_id)
    facts.preload_cases(case_ids)
    facts.preload_refs("citizen", citizens)
    facts.preload_refs("company", companies)
    for k, r in rows.items():
        if k[0] in policy.PARTY_TYPES:
            facts.put_party(r.view())
    facts.preload_parties(
        [("citizen", c) for c in citizens if c] + [("company", c) for c in companies if c]
    )
    plan.stored = stored

    first_index: dict[str, int] = {}
    for index, item in enumerate(pending):
        op_id = ops[index].op_id
        prior = stored.get(op_id)
        if prior is not None:
            # A retry: the stored result, and nothing changes.
            if prior.user_id != p.user_id:
                plan.results[index] = _refused(op_id, e.INVALID, e.msg_op_reused())
            else:
                plan.results[index] = OpResult.model_validate(prior.result)
            continue
        if op_id in first_index:  # the same op twice in one batch: applied once
            plan.results[index] = plan.results[first_index[op_id]]
            continue
        first_index[op_id] = index
        result = _apply(plan, item) if isinstance(item, Checked) else item
        plan.results[index] = result
        # A clock_ahead refusal is not final: the device re-stamps and sends the same op again.
        # An op id that is no UUID cannot be retried meaningfully, nor always stored.
        if result.code != e.CLOCK_AHEAD and canonical_uuid(op_id):
            plan.to_store.append(result)
    return plan


def _apply(plan: Plan, c: Checked) -> OpResult:
    p, rt, op = plan.principal, c.rt, c.op
    key = (rt.name, op.record_id)
    current = plan.current(key)
    incoming = {name: w[0] for name, w in c.writes.items()}
    after_values = {**(current.values if current else {}), **incoming}
    after = Row(
        record_type=rt.name, record_id=op.record_id,
        case_id=case_of(rt, op.record_id, after_values), parent_id=parent_of(rt, after_values),
        values=after_values, clocks={}, deleted=False, seq=None,
        owner_team=current.owner_team if current else p.team,
        created_by=current.created_by if current else p.username,
        created_at_ms=current.created_at_ms if current else plan.at_ms,
        updated_at_ms=plan.at_ms,
    )
    refusal = policy.check_write(
        p, rt, current.view() if current else None, after.view(), plan.facts
    )
    if refusal is not None:
        return _refused(op.op_id, refusal.code, e.MSG_OUT_OF_SCOPE)
    reference = _reference_refusal(plan, rt, after)
    if reference is not None:
        return _refused(op.op_id, e.INVALID, reference)

    if current is not None and current.deleted:
        # A tombstone is final: its content is gone, so no write can bring the record back
        # or fill it again. The pusher is sent the tombstone again and drops what it had.
        if any(name != "deleted" or w[0] is not True for name, w in c.writes.items()):
            plan.restamp_records.add(key)
        return OpResult(op_id=op.op_id, status=OpStatus.APPLIED)
    if current is None and incoming.get("deleted") is True:
        pass  # deleted before it ever got here: stored as a bare tombstone
    elif current is None:
        for spec in rt.fields:
            if spec.required and incoming.get(spec.name) is None:
                return _refused(op.op_id, e.INVALID, e.msg_missing(rt, spec))
    elif (current.case_id, current.parent_id) != (after.case_id, after.parent_id) and (
        rt.name not in ("case", "conflict", "audit_entry")
    ):
        return _refused(op.op_id, e.INVALID, e.msg_moved(rt))
    if (
        current is not None
        and rt.signable
        and is_signed(current.values)
        and incoming.get("deleted") is True
        and not current.deleted
    ):
        return _refused(op.op_id, e.FROZEN, e.msg_frozen(rt))

    writes = c.writes
    if rt.name == "audit_entry" and not p.is_system:
        trusted = _audit_truth(plan, c, current)
        if isinstance(trusted, OpResult):
            return trusted
        writes = trusted
    outcome = apply_writes(
        rt, current.values if current else None, current.clocks if current else None, writes
    )
    if rt.name == "audit_entry" and outcome.changed and not p.is_system:
        outcome.values.update(_audit_claims(c))
    if outcome.refusal is not None:
        message = e.msg_frozen(rt) if outcome.refusal == e.FROZEN else e.msg_append_only(rt)
        if outcome.refusal not in (e.FROZEN, e.APPEND_ONLY):
            message = e.MSG_BAD_REQUEST
        return _refused(op.op_id, outcome.refusal, message)

    # Observed now, so a conflict record stamped below sorts after the write that caused it.
    plan.clock.observe(c.newest)
    if outcome.changed:
        values = outcome.values
        rule = tombstones.RULE_PERSON if values.get("deleted") is True else None
        if rule is None and _in_purged_case(plan, rt, op.record_id, values):
            # Written offline into a case that has since been purged or deleted: kept as a
            # tombstone only, so the case's content does not come back one record at a time.
            rule = tombstones.RULE_IN_PURGED_CASE
            outcome.clocks["deleted"] = str(plan.clock.now())
        if rule is not None:
            values, outcome.clocks = tombstones.strip(
                rt, values, outcome.clocks, by=p.username, rule=rule
            )
            plan.deleted_ids.add(op.record_id)
        new_row = Row(
            record_type=rt.name, record_id=op.record_id,
            case_id=case_of(rt, op.record_id, values), parent_id=parent_of(rt, values),
            values=values, clocks=outcome.clocks, deleted=values.get("deleted") is True,
            seq=current.seq if current else None, owner_team=after.owner_team,
            created_by=after.created_by, created_at_ms=after.created_at_ms,
            updated_at_ms=plan.at_ms, stored=current.stored if current else False,
        )
        plan.state[key] = new_row
        plan.dirty[key] = None
        if rt.name in policy.PARTY_TYPES:
            plan.facts.put_party(new_row.view())
        if rt.name == "case" and not new_row.deleted:
            # A case's tombstone keeps its index row (team, consultant, mentors, parties: ids
            # and names of staff, no citizen data), so whoever held the case hears of it.
            _case_changed(plan, current, new_row)
        if (
            rt.name == "agreement" and current is not None and new_row.case_id
            and policy.consent_given(current.values, values)
        ):
            # The mentors now receive the agreement, and its plans and signatures held back.
            plan.restamp_cases.add(new_row.case_id)
        if rt.name == "consent" and new_row.parent_id:
            plan.facts.put_consent(new_row.view())
            if policy.consent_changes_mentor_sharing(current.values if current else None, values):
                # Given or withdrawn: the mentors receive the citizen's agreements again, or
                # removals for them (sync.server.pull).
                plan.restamp_cases.update(
                    info.case_id
                    for info in plan.facts.cases_referencing("citizen", new_row.parent_id)
                )
    elif current is not None and _a_write_lost(rt, writes, outcome.values):
        # The device holds a value that lost to a newer write it may already have pulled past:
        # without a fresh seq it would keep its losing value for ever (devices would diverge).
        plan.restamp_records.add(key)
    latest = plan.current(key)
    if latest is not None and latest.deleted:
        outcome.conflicts = []  # a deleted record's texts are not kept as a conflict either
    for conflict in outcome.conflicts:
        _add_conflict(plan, rt, key, conflict.field, conflict.base, conflict.kept, conflict.other)
    return OpResult(
        op_id=op.op_id,
        status=OpStatus.APPLIED,
        conflicts=[conflict.field for conflict in outcome.conflicts],
    )


def _reference_refusal(plan: Plan, rt: RecordType, after: Row) -> str | None:
    """Project data on a reference-group case (sync.evaluation.reference), refused like the app
    refuses it at save. Only record types that can carry project data look the case up."""
    if rt.name not in ("case", "meeting", *PROJECT_ONLY_TYPES):
        return None
    case_values: dict[str, Any] | None = None
    if rt.name != "case" and after.case_id:
        case_row = plan.current(("case", after.case_id))
        if case_row is not None:
            case_values = case_row.values
        else:
            view = plan.facts.party("case", after.case_id)
            case_values = dict(view.values) if view is not None else None
    return reference_refusal(rt.name, after.values, case_values)


def _in_purged_case(plan: Plan, rt: RecordType, record_id: str, values: dict[str, Any]) -> bool:
    if rt.name in ("case", *KEPT_TYPES):
        return False
    case_id = case_of(rt, record_id, values)
    case = plan.current(("case", case_id)) if case_id else None
    return case is not None and case.deleted


# An audit entry's time and device as the device claimed them, kept beside the values the
# server vouches for (never sent to devices: pull sends catalogue fields only).
CLAIMED_AT = "claimed_at"
CLAIMED_DEVICE_ID = "claimed_device_id"


def _audit_claims(c: Checked) -> dict[str, Any]:
    return {
        CLAIMED_AT: c.writes.get("at", (None,))[0],
        CLAIMED_DEVICE_ID: c.writes.get("device_id", (None,))[0],
    }


def _audit_truth(plan: Plan, c: Checked, current: Row | None) -> Writes | OpResult:
    """The writes of a pushed audit entry with the pushing device and the server's receive
    time in place of what the device claims: a device can say anything about itself."""
    if current is None:
        at = dt.datetime.fromtimestamp(plan.at_ms / 1000, dt.UTC).isoformat(
            timespec="milliseconds"
        )
        device_id = plan.principal.device_id
    else:
        # A re-sent entry is the same entry only if it makes the same claims.
        stored = {k: current.values.get(k) for k in (CLAIMED_AT, CLAIMED_DEVICE_ID)}
        if stored != _audit_claims(c):
            return _refused(c.op.op_id, e.APPEND_ONLY, e.msg_append_only(c.rt))
        at, device_id = current.values.get("at"), current.values.get("device_id")
    stamp = str(c.newest)
    role = plan.principal.role.value if plan.principal.role is not None else None
    if current is not None:
        role = current.values.get("role")
    return {
        **c.writes, "at": (at, stamp, None), "device_id": (device_id, stamp, None),
        "role": (role, stamp, None),
    }


def _case_changed(plan: Plan, before: Row | None, after: Row) -> None:
    info = CaseInfo.from_values(after.record_id, after.values)
    plan.facts.put_case(info)
    plan.new_cases[info.case_id] = info
    if before is None:
        # A new case can give its mentors a citizen and company they did not have.
        gains = bool(info.mentors)
    else:
        old = CaseInfo.from_values(before.record_id, before.values)
        gains = (
            (old.team, old.citizen_id, old.company_id)
            != (info.team, info.citizen_id, info.company_id)
            or not info.mentors <= old.mentors
        )
    if not gains:
        return
    # Whoever gains the case must receive all of it, not only what changes from now on.
    if before is not None:
        plan.restamp_cases.add(info.case_id)
    for pid in (info.citizen_id, info.company_id):
        if pid:
            plan.restamp_parties.add(pid)


def _add_conflict(
    plan: Plan, rt: RecordType, key: Key, name: str, base: Any, kept: Any, other: Any
) -> None:
    record = plan.current(key)
    stamp = str(plan.clock.now())
    values: dict[str, Any] = {
        "case_id": record.case_id if record else None,
        "record_type": rt.name, "record_id": key[1], "field": name,
        "base": base, "kept": kept, "other": other, "resolved": False,
    }
    conflict_id = ids.uuid7()
    row = Row(
        record_type="conflict", record_id=conflict_id, case_id=values["case_id"],
        parent_id=key[1], values=values, clocks={k: stamp for k in values}, deleted=False,
        seq=None, owner_team=record.owner_team if record else None, created_by="server",
        created_at_ms=plan.at_ms, updated_at_ms=plan.at_ms, stored=False,
    )
    plan.state[("conflict", conflict_id)] = row
    plan.dirty[("conflict", conflict_id)] = None


# ---------------------------------------------------------------- commit


def _a_write_lost(rt: RecordType, writes: Writes, values: dict[str, Any]) -> bool:
    return any(
        not same_value(rt.field(name) if rt.has_field(name) else None, value, values.get(name))
        for name, (value, _stamp, _base) in writes.items()
    )


def _restamp_keys(conn: Connection, plan: Plan) -> list[Key]:
    """Unchanged rows to send again: someone gained the case (see _case_changed), or a pushed
    write lost to a newer one (see _apply)."""
    keys = list(plan.restamp_records)
    if plan.restamp_cases or plan.restamp_parties:
        keys += store.keys_to_restamp(
            conn, case_ids=plan.restamp_cases, party_ids=plan.restamp_parties
        )
    return list(dict.fromkeys(k for k in keys if k not in plan.dirty))


def push(
    *,
    engine: Engine,
    principal: Principal,
    ops: Sequence[Operation],
    clock: HybridClock,
) -> PushResponse:
    at = now_ms()
    pending = [
        check_operation(principal, op, index=i, server_now_ms=at) for i, op in enumerate(ops)
    ]
    # Only real UUIDs are ever stored, so only they are looked up (and junk never reaches SQL).
    op_ids = [op.op_id for op in ops if canonical_uuid(op.op_id)]
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            plan = _push_once(engine, principal, pending, ops, op_ids, at=at, clock=clock)
            break
        except (store.StaleWrite, DBAPIError) as exc:
            # Another push wrote the same rows (or the same op ids) first: read again.
            if isinstance(exc, DBAPIError) and not _is_race(exc):
                raise
            if attempt == MAX_ATTEMPTS:
                raise e.ApiError(503, "busy", e.MSG_BUSY, headers={"Retry-After": "1"}) from None
            time.sleep(0.002 * attempt)
    return PushResponse(
        results=[plan.results[i] for i in range(len(ops))], server_time_ms=now_ms()
    )


def _is_race(exc: DBAPIError) -> bool:
    """Did we lose a race with another writer (rather than hit a bug)?"""
    # PostgreSQL: unique violation, serialization failure, deadlock detected.
    if getattr(exc.orig, "sqlstate", None) in ("23505", "40001", "40P01"):
        return True
    # SQLite: the write lock was not free within busy_timeout.
    return "database is locked" in str(exc.orig)


def _push_once(
    engine: Engine,
    principal: Principal,
    pending: Sequence[Checked | OpResult],
    ops: Sequence[Operation],
    op_ids: list[str],
    *,
    at: int,
    clock: HybridClock,
) -> Plan:
    with write_transaction(engine) as conn:
        plan = build_plan(conn, principal, pending, ops=ops, op_ids=op_ids, at_ms=at, clock=clock)
        stored = plan.stored
        written = [plan.state[k] for k in plan.dirty]
        written += _conflicts_of_deleted(conn, plan, written)
        if plan.new_cases:
            store.write_case_index(conn, infos=list(plan.new_cases.values()))
        restamp = _restamp_keys(conn, plan)
        # The chain covers every entry the device wrote, also one refused here for good (e.g. a
        # mentor's entry about a case it lost access to while offline): skipping it would look
        # like a removed entry. A clock-ahead refusal comes back re-stamped and is checked then.
        refused_entries = {
            op.record_id for i, op in enumerate(ops)
            if op.record_type == "audit_entry" and op.op_id not in stored
            and plan.results[i].status is OpStatus.REFUSED
            and plan.results[i].code != e.CLOCK_AHEAD
        }
        audit_chain.check_pushed(
            conn, principal=principal, ops=ops, at_ms=at,
            new_entries={r.record_id for r in written if r.record_type == "audit_entry"
                         and not r.stored} | refused_entries,
        )
        refused = sum(1 for r in plan.results.values() if r.status is OpStatus.REFUSED)
        store.write_batch(
            conn,
            inserts=[r for r in written if not r.stored],
            updates=[r for r in written if r.stored],
            restamp=restamp,
            user_id=principal.user_id,
            device_id=principal.device_id,
            results=[r.model_dump(mode="json") for r in plan.to_store],
            audit=store.audit_params(
                at_ms=at,
                username=principal.username,
                device_id=principal.device_id,
                action="push",
                record_count=len(written),
                refused_count=refused,
                records=[f"{r.record_type}:{r.record_id}" for r in written],
                subjects=_subjects(written, plan),
                detail=f"{len(ops)} operationer, {refused} afvist",
            ),
            # Re-sent records first: they are what the newly written ones refer to.
            seq_keys=restamp + [r.key for r in written],
            at_ms=at,
        )
        if before_commit is not None:
            before_commit()
    return plan


def _conflicts_of_deleted(conn: Connection, plan: Plan, written: Sequence[Row]) -> list[Row]:
    """The conflict records of records this batch deleted, as tombstones too."""
    if not plan.deleted_ids:
        return []
    seen = {r.key for r in written}
    out = []
    for row in store.conflicts_of(conn, record_ids=sorted(plan.deleted_ids)):
        if row.key in seen or row.deleted:
            continue
        stamp = str(plan.clock.now())
        row.values, row.clocks = tombstones.strip(
            CATALOGUE["conflict"], row.values, {**row.clocks, "deleted": stamp},
            by=plan.principal.username, rule=tombstones.RULE_PERSON,
        )
        row.deleted, row.updated_at_ms = True, plan.at_ms
        out.append(row)
    return out


def _subjects(rows: Sequence[Row], plan: Plan) -> set[str]:
    """Case and citizen ids a change concerns, so `audit --citizen` can find it."""
    out: set[str] = set()
    for r in rows:
        if r.case_id:
            out.add(r.case_id)
            info = plan.facts.case(r.case_id)
            if info is not None and info.citizen_id:
                out.add(info.citizen_id)
        if r.record_type in policy.PARTY_TYPES:
            out.add(r.record_id)
        if r.parent_id:
            out.add(r.parent_id)
    return out
