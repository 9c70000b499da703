"""A team's projects with targets, a case's support budget against its meetings' support hours,
and case transfers to and from other units on the citizen's consent."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError
from desktop.domain.records import CaseTransfer, Consent, Meeting, Project
from desktop.services import projects
from desktop.services.access import AccessDenied
from sync.protocol.ids import uuid7


def test_projects_with_targets_are_saved_validated_and_counted(world, consultant) -> None:
    store = world.store
    project = projects.new_project(viewer=consultant).replace(
        name="  Rampen  ", target_enrolled=100, target_jobs=40, target_retained_6m=70.0,
        start_date=dt.date(2026, 1, 1), end_date=dt.date(2027, 12, 31),
    )
    projects.save_project(store, viewer=consultant, project=project)
    saved = store.get(Project, project.id)
    assert saved.name == "Rampen" and saved.team == "Team Test"

    for bad, field in (
        (project.replace(name=""), "name"),
        (project.replace(end_date=dt.date(2025, 1, 1)), "end_date"),
        (project.replace(target_jobs=200), "target_jobs"),
        (project.replace(target_retained_6m=120.0), "target_retained_6m"),
    ):
        with pytest.raises(ValidationError) as err:
            projects.save_project(store, viewer=consultant, project=bad)
        assert field in {p.field for p in err.value.problems}

    store.save(world.mentored.replace(project_id=project.id))
    store.save(world.other.replace(project_id=project.id, group="reference"))
    [row] = projects.project_rows(store, viewer=consultant)
    assert (row.enrolled, row.reference) == (1, 1)
    assert projects.project_choices(store, viewer=consultant) == [(project.id, "Rampen")]
    with pytest.raises(ValidationError):  # cases name it
        projects.delete_project(store, viewer=consultant, project_id=project.id)


def test_support_hours_used_are_the_meetings_sum_with_remainder_and_over_budget(
    world, consultant
) -> None:
    store = world.store
    store.save(world.mentored.replace(support_kind="klippekort", support_budget=10.0))
    for hours in (4.0, 3.5, None):
        store.save(Meeting(id=uuid7(), case_id=world.mentored.id, kind="opfoelgning",
                           support_hours=hours))
    usage = projects.support_usage(store, viewer=consultant, case_id=world.mentored.id)
    assert (usage.used, usage.remaining, usage.meetings, usage.over_budget) == (7.5, 2.5, 2, False)
    assert usage.kind_label == "Klippekort"
    store.save(Meeting(id=uuid7(), case_id=world.mentored.id, kind="opfoelgning",
                       support_hours=3.0))
    usage = projects.support_usage(store, viewer=consultant, case_id=world.mentored.id)
    assert usage.over_budget and usage.remaining == -0.5


def test_a_transfer_is_recorded_on_one_of_the_citizens_consents(world, consultant, mentor) -> None:
    store = world.store
    consent = Consent(id=uuid7(), citizen_id=world.mentored.citizen_id, what="Helbredsoplysninger",
                      shared_with="Socialområdet", valid_from=dt.date(2026, 1, 1),
                      valid_to=dt.date(2026, 12, 31))
    other = Consent(id=uuid7(), citizen_id=world.other.citizen_id, what="Andet", shared_with="x")
    store.save(consent)
    store.save(other)
    transfer = projects.new_transfer(world.mentored.id).replace(
        unit="  Social- og handicapområdet ", what_shared="Plan og skånehensyn",
        transferred_on=dt.date(2026, 3, 1), consent_id=consent.id, direction="til",
    )
    projects.save_transfer(store, viewer=consultant, transfer=transfer)
    [row] = projects.list_transfers(store, viewer=consultant, case_id=world.mentored.id)
    assert row.unit == "Social- og handicapområdet" and row.direction_label == "Overdraget til"
    assert row.consent_label.startswith("Helbredsoplysninger")

    for bad, code in (
        (transfer.replace(consent_id=other.id), "transfer.consent"),
        (transfer.replace(transferred_on=dt.date(2027, 2, 1)), "transfer.consent_period"),
        (transfer.replace(unit=" "), "unit.required"),
    ):
        with pytest.raises(ValidationError) as err:
            projects.save_transfer(store, viewer=consultant, transfer=bad)
        assert code in {p.code for p in err.value.problems}
    with pytest.raises(AccessDenied):
        projects.save_transfer(store, viewer=mentor, transfer=transfer)
    projects.delete_transfer(store, viewer=consultant, transfer_id=transfer.id)
    assert store.get(CaseTransfer, transfer.id) is None
