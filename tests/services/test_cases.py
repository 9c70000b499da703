"""Cases: the list, the overview, the case + citizen editor, efterværn."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError, blocking
from desktop.domain.records import AuditEntry, Case, Citizen, FollowUp
from desktop.services import cases
from desktop.services.access import AccessDenied


def test_list_cases_joins_names_and_mentor_sees_only_theirs(world, consultant, mentor) -> None:
    rows = cases.list_cases(world.store, viewer=consultant)
    assert {r.citizen_name for r in rows} == {"Anne Sørensen", "Bo Hansen"}
    assert all(r.company_name == "Bageriet Kornblomsten ApS" for r in rows)
    assert rows[0].status_label == "Aktiv"
    mine = cases.list_cases(world.store, viewer=mentor)
    assert [r.id for r in mine] == [world.mentored.id]


def test_open_case_audits_the_view(world, consultant) -> None:
    before = world.store.outbox_count()
    overview, changes = cases.open_case(world.store, viewer=consultant, case_id=world.mentored.id)
    assert overview.citizen.cpr == "010190-1239"
    assert changes.outbox
    assert world.store.outbox_count() == before + 1
    log = world.store.list(AuditEntry, where={"case_id": world.mentored.id})
    assert any(e.action == "view" for e in log)


def test_overview_for_mentor_has_no_hidden_values(world, mentor) -> None:
    overview = cases.case_overview(world.store, viewer=mentor, case_id=world.mentored.id)
    assert overview.citizen.cpr is None
    assert overview.citizen.health_notes is None
    assert overview.citizen.address is None
    assert "cpr" in overview.hidden_citizen_fields
    assert not overview.can_edit
    with pytest.raises(AccessDenied):
        cases.case_overview(world.store, viewer=mentor, case_id=world.other.id)


def test_invalid_cpr_blocks_saving_then_valid_saves(store, consultant) -> None:
    form = cases.new_case_form(store, viewer=consultant)
    form = cases.CaseForm(case=form.case, citizen=form.citizen.replace(name="Carl Berg",
                                                                      cpr="311399-1234"),
                          is_new=True, new_citizen=True)
    problems = cases.validate_case_form(form)
    assert [p.field for p in blocking(problems)] == ["citizen.cpr"]
    assert "dato" in blocking(problems)[0].message
    with pytest.raises(ValidationError):
        cases.save_case_form(store, viewer=consultant, form=form)
    assert store.count(Case) == 0
    fixed = cases.CaseForm(case=form.case, citizen=form.citizen.replace(cpr="0101901239"),
                           is_new=True, new_citizen=True)
    changes = cases.save_case_form(store, viewer=consultant, form=fixed)
    assert changes.touches("case") and form.case.id in changes.case_ids
    saved = store.get(Citizen, form.citizen.id)
    assert saved.cpr == "010190-1239"  # normalised with the hyphen
    assert store.get(Case, form.case.id).citizen_id == saved.id


def test_modulus11_failure_is_a_notice_not_a_block(store, consultant) -> None:
    form = cases.new_case_form(store, viewer=consultant)
    form = cases.CaseForm(case=form.case, citizen=form.citizen.replace(name="Dea",
                                                                      cpr="010190-1234"),
                          is_new=True, new_citizen=True)
    problems = cases.validate_case_form(form)
    assert problems and not blocking(problems)
    cases.save_case_form(store, viewer=consultant, form=form)
    assert store.count(Case) == 1


def test_mentor_cannot_edit_cases(world, mentor) -> None:
    with pytest.raises(AccessDenied):
        cases.new_case_form(world.store, viewer=mentor)
    with pytest.raises(AccessDenied):
        cases.load_case_form(world.store, viewer=mentor, case_id=world.mentored.id)


def test_case_draft_payload_round_trip(store, consultant) -> None:
    form = cases.new_case_form(store, viewer=consultant)
    form = cases.CaseForm(case=form.case.replace(purpose="Afklaring"),
                          citizen=form.citizen.replace(name="Eva"), is_new=True,
                          new_citizen=True)
    cases.save_case_draft(store, form=form)
    payload = store.drafts()[0]["payload"]
    back = cases.case_form_from_payload(store, viewer=consultant, payload=payload)
    assert back == form


def test_plan_aftercare_adds_cadence_once(world, consultant) -> None:
    start = dt.date(2026, 1, 5)
    cases.plan_aftercare(world.store, viewer=consultant, case_id=world.mentored.id,
                         job_start=start)
    cases.plan_aftercare(world.store, viewer=consultant, case_id=world.mentored.id,
                         job_start=start)
    follow_ups = world.store.list(FollowUp, where={"case_id": world.mentored.id})
    assert sorted(f.due_date for f in follow_ups) == [
        start + dt.timedelta(days=d) for d in (14, 30, 91, 182, 365)]
    assert {f.label for f in follow_ups} >= {"Efterværn (2 uger)", "Efterværn (12 måneder)"}


def test_outcome_employment_starts_efterværn_that_shows_in_i_dag(world, consultant) -> None:
    from desktop.services import today as today_service

    form = cases.load_case_form(world.store, viewer=consultant, case_id=world.mentored.id)
    # After the case's start (the fixture starts it 30 days before today): a fixed date here
    # fell before the start once today passed 2026-12-02.
    job_start = form.case.start_date + dt.timedelta(days=2)
    form = form.__class__(**{**{f: getattr(form, f) for f in form.__dataclass_fields__},
                             "case": form.case.replace(outcome="ansat", status="afsluttet",
                                                       end_date=job_start)})
    cases.save_case_form(world.store, viewer=consultant, form=form)
    due = [f.due_date for f in world.store.list(FollowUp, where={"case_id": world.mentored.id})
           if f.kind == "eftervaern"]
    assert sorted(due) == [job_start + dt.timedelta(days=d) for d in (14, 30, 91, 182, 365)]
    shown = today_service.follow_ups_due(world.store, viewer=consultant,
                                         today=job_start + dt.timedelta(days=18))
    assert any(item.case_id == world.mentored.id for item in shown)
    # Saving again does not add the cadence twice.
    cases.save_case_form(world.store, viewer=consultant, form=form)
    assert len([f for f in world.store.list(FollowUp, where={"case_id": world.mentored.id})
                if f.kind == "eftervaern"]) == 5
