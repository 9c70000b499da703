"""The outbox names fields; push reads their values and clocks from the row (issue 16, item 3)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text

from desktop.domain.records import Case, Citizen, Meeting
from desktop.store import syncing
from sync.protocol.hlc import HLC
from sync.protocol.ids import uuid7


def _stored(store, record_id: str) -> list[dict]:
    with store.read() as conn:
        rows = conn.execute(
            text("SELECT fields FROM outbox WHERE record_id = :i ORDER BY seq"), {"i": record_id}
        ).scalars().all()
    return [json.loads(f) for f in rows]


def _meeting(store) -> Meeting:
    citizen = store.save(Citizen(id=uuid7(), name="Mette Bæk"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, title="Praktik på lageret"))
    return store.save(
        Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                starts_at=dt.datetime(2026, 1, 1, 10), notes="Første udkast")
    )


def test_a_save_stores_field_names_and_bases_but_no_values(store):
    m = _meeting(store)
    store.save(m.replace(notes="Første udkast\nTilføjelse", planned_hours=12.0))
    create, change = _stored(store, m.id)
    assert set(create) >= {"case_id", "kind", "starts_at", "notes"}
    assert all("value" not in w and "hlc" not in w for w in create.values())
    assert change == {"notes": {"base": "Første udkast"}, "planned_hours": {}}
    audit = [json.loads(f) for f in _all_fields(store, "audit_entry")]
    assert audit and all("value" not in w for op in audit for w in op.values())


def _all_fields(store, record_type: str) -> list[str]:
    with store.read() as conn:
        return conn.execute(
            text("SELECT fields FROM outbox WHERE record_type = :t"), {"t": record_type}
        ).scalars().all()


def test_push_sends_the_rows_values_and_clocks(store):
    m = _meeting(store)
    store.save(m.replace(notes="Første udkast\nTilføjelse", planned_hours=12.0))
    _, clocks = store.raw_state("meeting", m.id)
    ops = [op for op in syncing.pending_operations(store, 500) if op.record_id == m.id]
    create, change = ops
    assert change.fields["notes"].value == "Første udkast\nTilføjelse"
    assert change.fields["notes"].base == "Første udkast"
    assert change.fields["planned_hours"].value == 12.0
    assert change.fields["planned_hours"].hlc == clocks["planned_hours"]
    # The creation is sent with what the row holds now: its later edit's clock comes with it.
    assert create.fields["notes"].value == "Første udkast\nTilføjelse"
    assert create.fields["notes"].hlc == clocks["notes"]
    assert create.fields["kind"].value == "opfoelgning" and create.fields["kind"].hlc
    # Every audit entry goes with all its values.
    entries = [op for op in syncing.pending_operations(store, 500)
               if op.record_type == "audit_entry"]
    assert entries and all(op.fields["action"].value and op.fields["hash"].value for op in entries)


def test_operations_written_with_values_before_issue_16_still_push_as_written(store):
    m = _meeting(store)
    legacy = {"place": {"value": "Kantinen", "hlc": "0000019a00000000-0000-legacydevice"}}
    with store.write() as conn:
        conn.execute(
            text("INSERT INTO outbox(op_id, record_type, record_id, fields, created_at) "
                 "VALUES (:o, 'meeting', :r, :f, 'x')"),
            {"o": uuid7(), "r": m.id, "f": json.dumps(legacy)},
        )
    op = [op for op in syncing.pending_operations(store, 500) if op.record_id == m.id][-1]
    assert op.fields["place"].value == "Kantinen"
    assert op.fields["place"].hlc == legacy["place"]["hlc"]


def test_an_undelete_sends_deleted_false_with_its_clock(store):
    m = _meeting(store)
    with store.write() as conn:
        conn.execute(text("UPDATE meeting SET deleted = 1 WHERE id = :i"), {"i": m.id})
        conn.execute(text("DELETE FROM outbox"))
    store.save(m)
    op = [op for op in syncing.pending_operations(store, 500) if op.record_id == m.id][-1]
    _, clocks = store.raw_state("meeting", m.id)
    assert op.fields["deleted"].value is False and op.fields["deleted"].hlc == clocks["deleted"]


def test_restamp_gives_by_reference_ops_their_values_and_a_fresh_stamp(store):
    m = _meeting(store)
    store.save(m.replace(planned_hours=20.0))
    ops = [op for op in syncing.pending_operations(store, 500) if op.record_id == m.id]
    old = ops[-1].fields["planned_hours"].hlc
    server_ms = int(dt.datetime(2020, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
    syncing.restamp_operations(store, [op.op_id for op in ops], server_ms)
    again = [op for op in syncing.pending_operations(store, 500) if op.record_id == m.id]
    assert again[-1].fields["planned_hours"].value == 20.0
    # Stamped from the server's (earlier) time now, not the row's clock.
    assert HLC.parse(again[-1].fields["planned_hours"].hlc) < HLC.parse(old)
    stored = _stored(store, m.id)[-1]
    assert stored["planned_hours"]["value"] == 20.0


def test_an_operation_whose_record_is_gone_is_dropped_not_sent(store):
    m = _meeting(store)
    with store.write() as conn:  # as a mentor's device losing the case does, minus its ops
        conn.execute(text("DELETE FROM meeting WHERE id = :i"), {"i": m.id})
    before = store.outbox_count()
    assert all(op.record_id != m.id for op in syncing.pending_operations(store, 500))
    assert store.outbox_count() == before - 1


def test_the_byte_budget_counts_the_values_sent_not_the_names_stored(store):
    m = _meeting(store)
    store.save(m.replace(notes="x" * 50_000))
    ops = store.pending_ops(500, max_bytes=10_000)
    # The meeting's two operations each send 50,000 characters read from the row.
    assert ops and all(op.record_type != "meeting" for op in ops)
    assert sum(len(json.dumps(op.fields)) for op in ops[1:]) <= 10_000
