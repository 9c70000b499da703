"""Repositories: each write with its outbox operation and audit entry, atomically."""

import datetime as dt

import pytest
from sqlalchemy import text

from desktop.domain.lifecycle import FrozenDocumentError
from desktop.domain.records import (
    ActionItem,
    Agreement,
    AuditEntry,
    Case,
    Citizen,
    Company,
    Meeting,
    Signature,
)
from desktop.store import DiskFull
from sync.protocol.ids import uuid7


def _case(store):
    citizen = store.save(
        Citizen(
            id=uuid7(),
            name="Åse Bæk Sørensen",
            cpr="010190-1234",
            health_notes="Diskret helbredsnote",
        )
    )
    company = store.save(Company(id=uuid7(), name="Frølunds Lager ApS", cvr="13748136"))
    case = store.save(
        Case(
            id=uuid7(),
            citizen_id=citizen.id,
            company_id=company.id,
            scheme="fleksjob",
            status="aktiv",
            team="Team Test",
        )
    )
    return citizen, company, case


def _counts(store):
    with store.engine.connect() as conn:
        return {
            t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar()
            for t in ("meeting", "outbox", "audit_entry")
        }


def test_save_get_round_trip_with_every_type(store):
    citizen, company, case = _case(store)
    meeting = Meeting(
        id=uuid7(),
        case_id=case.id,
        kind="opfoelgning",
        starts_at=dt.datetime(2026, 11, 23, 10, 0),
        planned_hours=10.0,
        participants=[{"name": "Åse", "role": "borger"}],
        notes="Godt i gang",
    )
    store.save(meeting)
    assert store.get(Meeting, meeting.id) == meeting
    assert store.get(Citizen, citizen.id) == citizen
    assert store.list(Case, where={"citizen_id": citizen.id}) == [case]


def test_each_save_writes_one_outbox_op_with_only_changed_fields(store):
    _, _, case = _case(store)
    m = store.save(
        Meeting(
            id=uuid7(),
            case_id=case.id,
            kind="opfoelgning",
            starts_at=dt.datetime(2026, 1, 1, 10),
            notes="Første udkast",
        )
    )
    before = store.outbox_count()
    store.save(m.replace(notes="Første udkast\nTilføjelse", place="Lageret"))
    ops = store.pending_ops()
    assert store.outbox_count() == before + 2  # the change and its audit entry
    change = [op for op in ops if op.record_type == "meeting"][-1]
    assert set(change.fields) == {"notes", "place"}
    assert change.fields["notes"]["base"] == "Første udkast"  # text fields carry their base
    assert "base" not in change.fields["place"]
    # Unchanged save writes nothing at all.
    store.save(store.get(Meeting, m.id))
    assert store.outbox_count() == before + 2


def test_row_outbox_and_audit_commit_together_or_not_at_all(store, monkeypatch):
    _, _, case = _case(store)
    before = _counts(store)

    def boom(*args, **kwargs):
        raise RuntimeError("crash between row and outbox")

    monkeypatch.setattr(store, "_enqueue", boom)
    with pytest.raises(RuntimeError):
        store.save(
            Meeting(
                id=uuid7(),
                case_id=case.id,
                kind="opfoelgning",
                starts_at=dt.datetime(2026, 1, 1, 10),
            )
        )
    assert _counts(store) == before


def test_full_disk_rolls_back_and_says_so_in_danish(store):
    _, _, case = _case(store)
    before = _counts(store)
    # Cap the database at its current size so the next page allocation fails like a full disk.
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    pool = store.engine.pool

    def cap(dbapi_conn, record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    from sqlalchemy import event

    store.engine.dispose()
    event.listen(pool, "connect", cap)
    event.listen(store.engine, "connect", cap)
    big = "x" * 200_000
    with pytest.raises(DiskFull) as err:
        store.save(
            Meeting(
                id=uuid7(),
                case_id=case.id,
                kind="opfoelgning",
                starts_at=dt.datetime(2026, 1, 1, 10),
                notes=big,
            )
        )
    assert "Disken er fuld" in str(err.value)
    event.remove(store.engine, "connect", cap)
    store.engine.dispose()
    assert _counts(store) == before


def test_signed_agreement_is_frozen_in_the_store_and_in_the_database(store):
    _, _, case = _case(store)
    a = store.save(
        Agreement(
            id=uuid7(),
            case_id=case.id,
            status="underskrevet",
            valid_from=dt.date(2026, 1, 1),
            aids="Hæve-sænkebord",
        )
    )
    with pytest.raises(FrozenDocumentError) as err:
        store.save(a.replace(aids="Ny stol"))
    assert "underskrevet" in str(err.value)
    with pytest.raises(FrozenDocumentError):
        store.save(a.replace(status="kladde"))
    with pytest.raises(FrozenDocumentError), store.write() as conn:
        conn.execute(text("UPDATE agreement SET aids = 'Ny stol'"))
    with pytest.raises(FrozenDocumentError), store.write() as conn:
        conn.execute(text("DELETE FROM agreement"))
    assert store.get(Agreement, a.id).aids == "Hæve-sænkebord"
    # Superseding is the one allowed change.
    store.save(a.replace(status="erstattet"))
    assert store.get(Agreement, a.id).status == "erstattet"


def test_signatures_and_audit_entries_are_append_only(store):
    _, _, case = _case(store)
    sig = store.save(
        Signature(
            id=uuid7(),
            case_id=case.id,
            document_id="d",
            content_hash="0" * 64,
            signer_name="Åse",
            signed_at=dt.datetime.now(dt.UTC),
            strokes=[[[0, 0], [1, 1]]],
        )
    )
    assert store.get(Signature, sig.id) == sig
    for sql in ("UPDATE signature SET signer_name = 'X'", "DELETE FROM audit_entry"):
        with pytest.raises(Exception, match="append-only"), store.write() as conn:
            conn.execute(text(sql))


def test_delete_is_a_synced_tombstone(store):
    _, _, case = _case(store)
    item = store.save(
        ActionItem(id=uuid7(), case_id=case.id, what="Bestil høreværn", owner="virksomhed")
    )
    store.delete(ActionItem, item.id)
    assert store.get(ActionItem, item.id) is None
    assert store.search("høreværn") == []
    tombstone = [op for op in store.pending_ops() if op.record_id == item.id][-1]
    # The tombstone carries its case (so a server that never saw the item can place it) and
    # nothing of the content; the item's earlier operation, which held the text, is gone.
    assert sorted(tombstone.fields) == ["case_id", "deleted"]
    assert tombstone.fields["deleted"]["value"] is True
    assert tombstone.fields["case_id"]["value"] == case.id
    assert [op for op in store.pending_ops() if op.record_id == item.id] == [tombstone]


def test_audit_log_records_who_did_what_without_values(store):
    citizen, _, case = _case(store)
    store.save(store.get(Citizen, citizen.id).replace(phone="12345678"))
    from sync.protocol.vocabulary import AuditAction

    store.audit(AuditAction.VIEW, record_type="case", record_id=case.id, case_id=case.id)
    entries = store.list(AuditEntry, order_by=("at",))
    actions = [(e.action, e.record_type) for e in entries]
    assert ("create", "citizen") in actions and ("change", "citizen") in actions
    assert ("view", "case") in actions
    assert all(e.username == "test.konsulent" for e in entries)
    change = next(e for e in entries if e.action == "change")
    assert change.detail == "phone"  # the field's name, never its value
    assert all("12345678" not in (e.detail or "") for e in entries)


def test_search_finds_citizens_companies_and_meeting_notes_by_prefix(store):
    citizen, company, case = _case(store)
    store.save(
        Meeting(
            id=uuid7(),
            case_id=case.id,
            kind="opfoelgning",
            starts_at=dt.datetime(2026, 1, 1, 10),
            notes="Vi drøftede truckcertifikat og høreværn",
            health_notes="hemmeligdiagnose",
        )
    )
    assert {h.record_type for h in store.search("åse")} == {"citizen"}
    assert {h.record_type for h in store.search("frølund")} == {"company"}
    (hit,) = store.search("truckcert")
    assert hit.case_id == case.id and "[truckcertifikat]" in hit.snippet
    assert store.search("hemmeligdiagnose") == []  # health notes are never indexed
    assert store.search("diskret") == []
    assert store.search('"; DROP TABLE meeting; --') == []
    assert store.search("   ") == []


def test_search_long_words_beyond_the_prefix_index(store):
    _, _, case = _case(store)
    store.save(
        Meeting(
            id=uuid7(),
            case_id=case.id,
            kind="opfoelgning",
            starts_at=dt.datetime(2026, 1, 1, 10),
            notes="Arbejdskollegerne hjælper; truckcertifikatet er bestilt",
        )
    )
    assert len(store.search("truckcertifikat")) == 1
    assert len(store.search("TRUCKCERTIFIKATET")) == 1
    assert store.search("truckcertifikatx") == []
    # "kollegerne" only occurs inside a longer word: a prefix search must not find it.
    assert store.search("kollegerne") == []
    assert len(store.search("arbejdskollegerne")) == 1


def _signed_agreement(store):
    _, _, case = _case(store)
    return store.save(
        Agreement(
            id=uuid7(),
            case_id=case.id,
            status="underskrevet",
            valid_from=dt.date(2026, 1, 1),
            aids="Hæve-sænkebord",
        )
    )


def test_store_refuses_to_delete_a_signed_agreement_in_danish(store):
    a = _signed_agreement(store)
    ops_before = len(store.pending_ops())
    with pytest.raises(FrozenDocumentError) as err:
        store.delete(Agreement, a.id)
    assert "underskrevet" in str(err.value)
    assert store.get(Agreement, a.id) == a
    assert len(store.pending_ops()) == ops_before  # no tombstone queued for the server


def test_database_trigger_refuses_a_tombstone_on_a_signed_agreement(store):
    # Behind the store's own check: a raw UPDATE setting deleted = 1 is refused by the trigger.
    a = _signed_agreement(store)
    with pytest.raises(FrozenDocumentError), store.write() as conn:
        conn.execute(text("UPDATE agreement SET deleted = 1 WHERE id = :id"), {"id": a.id})
    assert store.get(Agreement, a.id) == a


def test_audit_entries_cannot_be_updated(store):
    _case(store)
    with store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT id, action, detail FROM audit_entry").fetchall()
    assert before
    with pytest.raises(Exception, match="append-only"), store.write() as conn:
        conn.execute(text("UPDATE audit_entry SET detail = 'omskrevet', action = 'unlock'"))
    with store.engine.connect() as conn:
        after = conn.exec_driver_sql("SELECT id, action, detail FROM audit_entry").fetchall()
    assert after == before


def test_store_check_alone_refuses_deleting_a_signed_agreement(store):
    # The store's check must hold by itself, not only because the trigger is there behind it.
    a = _signed_agreement(store)
    with store.write() as conn:
        conn.execute(text('DROP TRIGGER "agreement_frozen"'))
    with pytest.raises(FrozenDocumentError):
        store.delete(Agreement, a.id)
    assert store.get(Agreement, a.id) == a
