"""A mentor's laptop checks attached files it is sent: a health-marked file, or a chunk of a
file it does not hold as not health-marked, is never stored, whatever a server sends."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from desktop.domain.records import Attachment, AttachmentChunk, Case, Citizen
from desktop.store import syncing
from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.wire import RecordChange

CLOCK = HybridClock("server")


def _change(seq: int, record_type: str, record_id: str, values: dict[str, Any]) -> RecordChange:
    stamp = str(CLOCK.now())
    return RecordChange(seq=seq, record_type=record_type, record_id=record_id, values=values,
                        clocks={k: stamp for k in values})


def _file(case_id: str, *, health: bool) -> tuple[str, list[RecordChange]]:
    data = b"%PDF- testdata %%EOF"
    attachment_id = uuid7()
    return attachment_id, [
        _change(0, "attachment", attachment_id, {
            "case_id": case_id, "filename": "fil.pdf", "media_type": "pdf", "size": len(data),
            "chunks": 1, "sha256": hashlib.sha256(data).hexdigest(), "health": health,
        }),
        _change(0, "attachment_chunk", uuid7(), {
            "case_id": case_id, "attachment_id": attachment_id, "seq": 0,
            "data": base64.b64encode(data).decode(),
        }),
    ]


def test_a_mentor_laptop_keeps_no_health_marked_file_and_no_stray_chunk(store) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test",
                           mentors=["test.mentor"]))
    store.set_identity(username="test.mentor", role="mentor", team=None)
    marked, marked_changes = _file(case.id, health=True)
    plain, plain_changes = _file(case.id, health=False)
    stray = _change(0, "attachment_chunk", uuid7(), {
        "case_id": case.id, "attachment_id": uuid7(), "seq": 0,
        "data": base64.b64encode(b"x").decode(),
    })

    syncing.apply_changes(store, [*marked_changes, *plain_changes[:1]], new_cursor=10)
    # The plain file's chunk comes in a later page: its attachment is known by then.
    syncing.apply_changes(store, [plain_changes[1], stray], new_cursor=20)

    assert store.get(Attachment, marked, include_deleted=True) is None
    assert store.get(Attachment, plain) is not None
    assert {c.attachment_id for c in store.list(AttachmentChunk)} == {plain}


def test_a_consultant_laptop_keeps_every_file(store) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test"))
    marked, changes = _file(case.id, health=True)
    syncing.apply_changes(store, changes, new_cursor=10)
    assert store.get(Attachment, marked) is not None
    assert [c.attachment_id for c in store.list(AttachmentChunk)] == [marked]
