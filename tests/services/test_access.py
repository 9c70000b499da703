"""Visibility comes from the catalogue: mentors and hand-over never get hidden fields."""

from __future__ import annotations

import pytest

from desktop.domain.records import Citizen, Meeting
from desktop.services.access import (
    AccessDenied,
    Viewer,
    hidden_fields,
    keep_hidden,
    redact,
    require_case,
)
from sync.protocol.catalogue import CATALOGUE, hidden_from_mentors


def test_hidden_fields_are_the_catalogues(mentor: Viewer, consultant: Viewer) -> None:
    for name in CATALOGUE:
        assert hidden_fields(name, viewer=mentor) == frozenset(hidden_from_mentors()[name])
        assert hidden_fields(name, viewer=consultant) == frozenset()
    assert {"cpr", "health_notes"} <= hidden_fields("citizen", viewer=mentor)


def test_handover_restricts_like_a_mentor(consultant: Viewer) -> None:
    handover = consultant.in_handover()
    assert handover.restricted and not handover.is_mentor
    assert "health_notes" in hidden_fields("meeting", viewer=handover)


def test_redact_and_keep_hidden(mentor: Viewer) -> None:
    stored = Meeting(id="m", case_id="c", notes="Referat", health_notes="Hemmelig")
    shown = redact(stored, viewer=mentor)
    assert shown.health_notes is None and shown.notes == "Referat"
    edited = shown.replace(notes="Nyt referat")
    merged = keep_hidden(edited, stored, viewer=mentor)
    assert merged.health_notes == "Hemmelig" and merged.notes == "Nyt referat"
    citizen = redact(Citizen(id="x", name="A", cpr="010190-1239", health_notes="h"),
                     viewer=mentor)
    assert citizen.cpr is None and citizen.health_notes is None and citizen.name == "A"


def test_mentor_cannot_open_other_mentors_case(world, mentor: Viewer) -> None:
    assert require_case(world.store, world.mentored.id, viewer=mentor).id == world.mentored.id
    with pytest.raises(AccessDenied) as info:
        require_case(world.store, world.other.id, viewer=mentor)
    assert "adgang" in str(info.value)
