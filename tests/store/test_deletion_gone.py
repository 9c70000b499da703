"""Deletion means gone: after a delete, no byte of the text is left in the vault file or WAL.

Every page of the file and of its WAL is decrypted (tests/vault_pages.py), free pages
included, and the plaintext searched for strings that only the deleted record held. The same
search finds them before the delete, so it can fail.
"""

from __future__ import annotations

import json

from sqlalchemy import text

from desktop.domain.records import ActionItem, Case, Citizen, Meeting
from sync.protocol.ids import uuid7
from tests.vault_pages import assert_decrypts, found_in_vault

NAME = "Xylofonia Qwertyborg"
CPR = "311299-7731"
NOTE = "Zyzzyvahelbredsnote gentaget " * 40
MEETING_NOTE = "Quokkamødenote om arbejdstid " * 60
ITEM = "Bestil wombatskærm"


def _fill(store):
    citizen = store.save(Citizen(id=uuid7(), name=NAME, cpr=CPR, health_notes=NOTE,
                                 functional_limitations="Tåler ikke Xylofonia-løft"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, scheme="fleksjob",
                           status="aktiv", purpose="Formål for Xylofonia"))
    meeting = store.save(Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                                 starts_at="2026-03-02T10:00:00+01:00", notes=MEETING_NOTE))
    item = store.save(ActionItem(id=uuid7(), case_id=case.id, what=ITEM, owner="borger"))
    return citizen, case, meeting, item


NEEDLES = [NAME, CPR, "Zyzzyvahelbredsnote", "Quokkamødenote", "wombatskærm", "xylofonia",
           "quokkamødenote"[:7]]


def test_deleted_records_leave_no_byte_in_file_or_wal(store, key):
    citizen, case, meeting, item = _fill(store)
    store.checkpoint()
    assert_decrypts(store.path, key)
    # The search can fail: before the delete every string is there (rows, index, outbox).
    assert set(found_in_vault(store.path, key, [NAME, CPR, "Quokkamødenote"])) == {
        NAME, CPR, "Quokkamødenote"
    }
    # Sync has sent the records: the outbox is empty, as on a laptop that synced.
    with store.write() as conn:
        conn.execute(text("DELETE FROM outbox"))
    for cls, record in ((ActionItem, item), (Meeting, meeting), (Case, case),
                        (Citizen, citizen)):
        store.delete(cls, record.id)
    left = found_in_vault(store.path, key, NEEDLES)
    assert left == [], left
    # The tombstones are there, with their case, and nothing else.
    with store.read() as conn:
        row = conn.execute(text("SELECT * FROM meeting WHERE id = :i"), {"i": meeting.id}).one()
        ops = conn.execute(
            text("SELECT fields FROM outbox WHERE record_type != 'audit_entry'")
        ).scalars().all()
    assert row.deleted == 1 and row.case_id == case.id
    assert row.notes is None and row.kind is None and row.starts_at is None
    assert len(ops) == 4 and all(set(json.loads(f)) <= {"deleted", "case_id"} for f in ops)
    assert store.search("Quokkamødenote") == [] and store.search("Xylofonia") == []


def test_delete_before_sync_drops_the_pending_text(store, key):
    """A record deleted before it was ever sent: the operations that held its text go."""
    _citizen, case, meeting, _item = _fill(store)
    store.delete(Meeting, meeting.id)
    with store.read() as conn:
        ops = conn.execute(
            text("SELECT fields FROM outbox WHERE record_id = :i"), {"i": meeting.id}
        ).scalars().all()
    assert [sorted(json.loads(f)) for f in ops] == [["case_id", "deleted"]]
    assert found_in_vault(store.path, key, ["Quokkamødenote"]) == []
