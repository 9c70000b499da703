"""Resolving a text conflict writes the chosen text and marks the conflict, in one batch."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.records import Conflict, Meeting
from desktop.services import conflicts
from sync.protocol.ids import uuid7
from tests.services.conftest import add_meeting


def _conflict(store, world) -> tuple[Meeting, Conflict]:
    case = world.mentored
    meeting = add_meeting(store, case, when=dt.datetime(2026, 3, 2, 10, 0), notes="Anne skrev.")
    conflict = store.save(Conflict(
        id=uuid7(), case_id=case.id, record_type="meeting", record_id=meeting.id,
        field="notes", base="Fælles.", kept="Anne skrev.", other="Bo skrev noget andet."))
    return meeting, conflict


def test_unresolved_lists_both_versions_with_what_they_concern(store, world) -> None:
    meeting, conflict = _conflict(store, world)
    [view] = conflicts.unresolved(store)
    assert view.id == conflict.id
    assert view.what.startswith("Møde · ")
    assert (view.base, view.kept, view.other, view.current) == (
        "Fælles.", "Anne skrev.", "Bo skrev noget andet.", "Anne skrev.")
    assert view.case_id == world.mentored.id
    assert conflicts.count_unresolved(store) == 1


def test_resolve_writes_the_text_and_marks_resolved_in_one_batch(store, world) -> None:
    meeting, conflict = _conflict(store, world)
    before = store.outbox_count()
    changes = conflicts.resolve(store, conflict.id, text="Bo skrev noget andet.")
    assert store.get(Meeting, meeting.id).notes == "Bo skrev noget andet."
    assert store.get(Conflict, conflict.id).resolved is True
    assert store.outbox_count() > before  # both travel to the others
    assert changes.touches("meeting", "conflict") and meeting.case_id in changes.case_ids
    assert conflicts.unresolved(store) == []
    with pytest.raises(conflicts.ConflictError):
        conflicts.resolve(store, conflict.id, text="igen")


def test_a_failed_resolve_changes_nothing(store, world, monkeypatch) -> None:
    meeting, conflict = _conflict(store, world)
    real_save = store.save

    def save(record, **kw):
        if isinstance(record, Conflict):
            raise RuntimeError("disk full")
        return real_save(record, **kw)

    monkeypatch.setattr(store, "save", save)
    with pytest.raises(RuntimeError):
        conflicts.resolve(store, conflict.id, text="Flettet tekst.")
    monkeypatch.undo()
    assert store.get(Meeting, meeting.id).notes == "Anne skrev."  # rolled back with the batch
    assert store.get(Conflict, conflict.id).resolved is False
