"""A mentor's laptop never stores a record of a type no mentor may hold (screening answers,
questionnaires, scheme applications, retention follow-ups, projects, transfers, consents),
whatever a server sends; a consultant's laptop keeps them."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from desktop.domain.records import Case, Citizen
from desktop.store import syncing
from desktop.store.schema import RECORD_TABLES
from sync.protocol.catalogue import mentor_unreadable
from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.wire import RecordChange
from tests.server.helpers import create_values

CLOCK = HybridClock("server")


def _changes(case_id: str, citizen_id: str) -> list[RecordChange]:
    out = []
    for rtype in sorted(mentor_unreadable() - {"audit_entry"}):
        values: dict[str, Any] = create_values(
            rtype, case_id=case_id, citizen_id=citizen_id, username="kim", ref_id=uuid7()
        )
        stamp = str(CLOCK.now())
        out.append(RecordChange(seq=0, record_type=rtype, record_id=uuid7(), values=values,
                                clocks={k: stamp for k in values}))
    return out


def _raw_counts(store, types: set[str]) -> dict[str, int]:
    with store.read() as conn:
        return {
            t: conn.execute(sa.select(sa.func.count()).select_from(RECORD_TABLES[t])).scalar_one()
            for t in types
        }


def test_a_mentor_laptop_stores_no_record_of_a_type_mentors_never_read(store) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test",
                           mentors=["test.mentor"]))
    store.set_identity(username="test.mentor", role="mentor", team=None)
    changes = _changes(case.id, citizen.id)
    assert {"screening", "questionnaire", "scheme_application", "consent"} <= {
        c.record_type for c in changes
    }
    syncing.apply_changes(store, changes, new_cursor=10)
    assert set(_raw_counts(store, {c.record_type for c in changes}).values()) == {0}


def test_a_consultant_laptop_keeps_them(store) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test"))
    changes = _changes(case.id, citizen.id)
    syncing.apply_changes(store, changes, new_cursor=10)
    assert set(_raw_counts(store, {c.record_type for c in changes}).values()) == {1}
