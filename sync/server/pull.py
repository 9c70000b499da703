"""Pull: the changes after a cursor that the user may read, in seq order, redacted for mentors."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

import pydantic_core
from sqlalchemy import Connection, Engine

from sync.protocol.catalogue import CATALOGUE, wire_weight
from sync.protocol.vocabulary import Role
from sync.protocol.wire import PullResponse
from sync.server import policy, store
from sync.server.db import is_postgres, read_transaction, write_transaction
from sync.server.policy import Principal
from sync.server.push import now_ms
from sync.server.store import DbFacts, Row

log = logging.getLogger(__name__)

# Record type -> its catalogue field names.
_FIELDS: dict[str, frozenset[str]] = {
    name: frozenset(rt.field_names) for name, rt in CATALOGUE.items()
}


@dataclass(frozen=True, slots=True)
class PullPage:
    """A PullResponse as plain data: a page can hold a thousand records, and building a model
    per record only to serialise it again costs more than the rest of the request."""

    changes: list[dict[str, Any]]
    cursor: int
    more: bool
    server_time_ms: int
    # About how many records are still to come after this page (PullResponse.remaining): only
    # when the device asked for it, so a device that does not know the field never sees it.
    remaining: int | None = None

    def to_json(self) -> bytes:
        body: dict[str, Any] = {
            "changes": self.changes, "cursor": self.cursor, "more": self.more,
            "server_time_ms": self.server_time_ms,
        }
        if self.remaining is not None:
            body["remaining"] = self.remaining
        return pydantic_core.to_json(body)

    def to_response(self) -> PullResponse:
        return PullResponse.model_validate_json(self.to_json())


@dataclass(frozen=True, slots=True)
class PullOutcome:
    response: PullPage
    rows: list[Row]


def pull(
    *, engine: Engine, principal: Principal, cursor: int, limit: int, max_scan: int,
    count: bool = False,
) -> PullPage:
    """`count`: also say about how many records are still to come (the device asks on the
    first page of a run and now and then after, never on every page)."""
    if is_postgres(engine):
        # Page and audit row in one transaction: one commit per pull.
        with write_transaction(engine) as conn:
            outcome = read_page(
                conn=conn, principal=principal, cursor=cursor, limit=limit, max_scan=max_scan
            )
            if count:
                outcome = _counted(conn, principal, cursor, outcome)
            _audit(conn, principal, cursor, outcome)
        return outcome.response
    with read_transaction(engine) as conn:
        outcome = read_page(
            conn=conn, principal=principal, cursor=cursor, limit=limit, max_scan=max_scan
        )
        if count:
            outcome = _counted(conn, principal, cursor, outcome)
    # SQLite: audited in its own short transaction so the read never waits for the write lock.
    with write_transaction(engine) as conn:
        _audit(conn, principal, cursor, outcome)
    return outcome.response


def _counted(
    conn: Connection, principal: Principal, cursor: int, outcome: PullOutcome
) -> PullOutcome:
    """The page with `remaining`: counted from the request's cursor (from 0, an empty device's
    first page, the count needs no seq at all), less what this page carries."""
    page = outcome.response
    remaining = 0
    if page.more:
        counted = store.remaining_after(
            conn, scope=policy.case_scope(principal), username=principal.username, cursor=cursor
        )
        remaining = max(counted - len(page.changes), 0)
    return PullOutcome(response=replace(page, remaining=remaining), rows=outcome.rows)


def _audit(conn: Connection, principal: Principal, cursor: int, outcome: PullOutcome) -> None:
    rows = outcome.rows
    subjects: set[str] = set()
    for r in rows:
        subjects.update(x for x in (r.case_id, r.parent_id) if x)
        if r.record_type in policy.PARTY_TYPES:
            subjects.add(r.record_id)
    store.add_audit(
        conn,
        at_ms=outcome.response.server_time_ms,
        username=principal.username,
        device_id=principal.device_id,
        action="pull",
        record_count=len(rows),
        records=[f"{r.record_type}:{r.record_id}" for r in rows],
        subjects=subjects,
        detail=f"cursor {cursor} -> {outcome.response.cursor}",
    )


# A page stops early once it carries this much file content (attachment chunks of 1 MiB,
# scanned signatures), so a page of a case with attached files stays a few MiB.
PAGE_BUDGET_BYTES = 6 * 1024 * 1024


def read_page(
    *, conn: Connection, principal: Principal, cursor: int, limit: int, max_scan: int
) -> PullOutcome:
    """One page: the changes after `cursor` that `principal` may read.

    The returned cursor moves past rows the user may not read, so they are never scanned
    again: to the last row scanned when the page is full or the scan limit is hit, otherwise to
    the last committed seq. At most `max_scan` rows are read per request.
    """
    high = store.last_committed_seq(conn)
    if cursor > high:
        # The device has seen changes this database does not have: the database was restored
        # from a backup taken before them. Its changes from now on get seqs the device's cursor
        # has already passed, so it must start again from the beginning (applying what it
        # already holds again changes nothing); otherwise it would never receive them.
        log.warning("pull: a device's cursor is ahead of the database (restored?); from 0")
        cursor = 0
    scope = policy.case_scope(principal)
    facts = DbFacts(conn, with_mentors=principal.role is Role.MENTOR)
    visible: list[Row] = []
    # Held-back records of the mentor's own cases (consent withdrawn): sent as removals.
    removals: list[Row] = []
    weight = 0  # bytes of file contents in the page (see PAGE_BUDGET_BYTES)
    last = cursor
    scanned = 0
    exhausted = False
    while (
        len(visible) < limit and weight < PAGE_BUDGET_BYTES and scanned < max_scan
        and not exhausted
    ):
        want = min(limit, max_scan - scanned)
        chunk = store.changes_after(conn, cursor=last, upto=high, limit=want, scope=scope)
        exhausted = len(chunk) < want
        _preload(facts, chunk)
        if principal.role is Role.MENTOR:
            _preload_documents(facts, chunk)
        for i, row in enumerate(chunk):
            scanned += 1
            last = row.seq if row.seq is not None else last
            view = row.view()
            if policy.can_read(principal, view, facts):
                visible.append(row)
                weight += wire_weight(row.record_type, row.values)
                if len(visible) == limit or weight >= PAGE_BUDGET_BYTES:
                    exhausted = exhausted and i == len(chunk) - 1
                    break
            elif policy.mentor_removal(principal, view, facts):
                removals.append(row)
    if exhausted:
        last = max(last, high)
    more = last < high
    changes: list[dict[str, Any]] = []
    for row in visible:
        rt = CATALOGUE.get(row.record_type)
        clocks = row.clocks
        values = row.values
        if rt is None:
            values = {k: v for k, v in values.items() if k != "deleted"}
        else:
            # Catalogue fields only: the server keeps notes of its own beside them (an audit
            # entry's claimed time and device, a tombstone's `deleted`), which are not the
            # devices' business. Most rows have none: checked as a set, not key by key.
            if not values.keys() <= _FIELDS[rt.name]:
                values = {k: v for k, v in values.items() if rt.has_field(k)}
            values, clocks = policy.redact(principal, rt, values, clocks)
        # The shape of RecordChange; the rows were validated when they were pushed.
        changes.append(
            {
                "seq": row.seq, "record_type": row.record_type, "record_id": row.record_id,
                "values": values, "clocks": clocks, "deleted": row.deleted,
            }
        )
    for row in removals:
        # Only what to remove: no values, no clocks.
        changes.append(
            {
                "seq": row.seq, "record_type": row.record_type, "record_id": row.record_id,
                "values": {}, "clocks": {}, "deleted": True, "removed": True,
            }
        )
    changes.sort(key=lambda c: c["seq"] or 0)
    response = PullPage(changes=changes, cursor=last, more=more, server_time_ms=now_ms())
    return PullOutcome(response=response, rows=visible)


def _preload_documents(facts: DbFacts, rows: list[Row]) -> None:
    """The agreements and plans the mentor consent rule asks about, two levels deep (a
    signature's plan, and that plan's agreement), and the attachments of file chunks."""
    wanted: list[tuple[str, str]] = []
    for r in rows:
        if r.record_type == "plan" and isinstance(r.values.get("agreement_id"), str):
            wanted.append(("agreement", r.values["agreement_id"]))
        elif r.record_type == "signature":
            kind = r.values.get("document_type")
            if kind in ("agreement", "plan"):
                wanted.append((str(kind), str(r.values.get("document_id"))))
        elif r.record_type == "attachment_chunk" and isinstance(r.values.get("attachment_id"), str):
            wanted.append(("attachment", r.values["attachment_id"]))
    facts.preload_parties(wanted)
    second = [
        ("agreement", str(doc.values["agreement_id"]))
        for kind, doc_id in wanted
        if kind == "plan" and (doc := facts.document(kind, doc_id)) is not None
        and isinstance(doc.values.get("agreement_id"), str)
    ]
    facts.preload_parties(second)


def _preload(facts: DbFacts, rows: list[Row]) -> None:
    facts.preload_cases(r.case_id for r in rows)
    citizens = [r.record_id for r in rows if r.record_type == "citizen"]
    citizens += [
        r.parent_id for r in rows if r.record_type in policy.CITIZEN_OWNED and r.parent_id
    ]
    companies = [r.record_id for r in rows if r.record_type == "company"]
    for r in rows:
        if r.record_type == "conflict" and r.case_id is None and r.parent_id:
            kind = r.values.get("record_type")
            if kind == "citizen":
                citizens.append(r.parent_id)
            elif kind == "company":
                companies.append(r.parent_id)
    for r in rows:
        if r.record_type in policy.PARTY_TYPES:
            facts.put_party(r.view())
    facts.preload_parties([("citizen", c) for c in citizens] + [("company", c) for c in companies])
    facts.preload_refs("citizen", citizens)
    facts.preload_refs("company", companies)
