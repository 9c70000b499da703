"""Praktik evaluation on the meeting form, the job status recorded at an efterværn meeting,
retention checks and the return-to-benefits flag, and the reference group's refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError, blocking
from desktop.domain.records import Case, Plan, RetentionCheck
from desktop.services import meetings, retention
from desktop.services.access import AccessDenied
from desktop.services.cases import load_case_form, save_case_form, validate_case_form
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7


def _fill(form: meetings.MeetingForm, **values) -> meetings.MeetingForm:
    return form.with_values(meeting=form.meeting.replace(**values))


def _reference(store, case: Case) -> Case:
    case = case.replace(group=v.CaseGroup.REFERENCE.value)
    store.save(case)
    return case


def test_hire_needs_hours_0_to_37_with_a_danish_message(world, consultant) -> None:
    form = meetings.new_meeting_form(
        world.store, viewer=consultant, case_id=world.mentored.id, kind="midtvejsevaluering"
    )
    assert form.evaluates
    form = _fill(form, manages_tasks="ja", company_benefit="delvist", next_step="ansaettelse")
    problems = blocking(meetings.validate_meeting_form(form))
    assert [p.field for p in problems] == ["hire_hours_per_week"]
    assert "timer pr. uge" in problems[0].message
    with pytest.raises(ValidationError):
        meetings.save_meeting_form(world.store, viewer=consultant, form=form)
    over = _fill(form, hire_hours_per_week=40.0)
    assert [p.field for p in blocking(meetings.validate_meeting_form(over))] == [
        "hire_hours_per_week"
    ]
    ok = _fill(form, hire_hours_per_week=15.0)
    meetings.save_meeting_form(world.store, viewer=consultant, form=ok)
    again = meetings.load_meeting_form(world.store, viewer=consultant, meeting_id=ok.meeting.id)
    assert (again.meeting.next_step, again.meeting.hire_hours_per_week) == ("ansaettelse", 15.0)


def test_the_evaluation_offers_the_current_plans_consequence(world, consultant) -> None:
    store = world.store
    store.save(Plan(id=uuid7(), case_id=world.mentored.id, version=1, status="erstattet",
                    goal="g", consequence="Gammel konsekvens"))
    store.save(Plan(id=uuid7(), case_id=world.mentored.id, version=2, status="underskrevet",
                    goal="g", consequence="Ansættelse i 15 timer, hvis målene nås"))
    store.save(Plan(id=uuid7(), case_id=world.mentored.id, version=3, status="kladde",
                    goal="g", consequence="Udkast"))
    form = meetings.new_meeting_form(
        store, viewer=consultant, case_id=world.mentored.id, kind="slutevaluering"
    )
    assert form.context.plan_consequence == "Ansættelse i 15 timer, hvis målene nås"


def test_an_aftercare_meeting_records_the_job_status(world, consultant) -> None:
    store = world.store
    case = world.mentored.replace(job_start_date=dt.date.today() - dt.timedelta(days=60))
    store.save(case)
    form = meetings.new_meeting_form(
        store, viewer=consultant, case_id=case.id, kind="eftervaern",
        starts_at=dt.datetime.now().astimezone() - dt.timedelta(hours=1),
    )
    assert form.records_retention and form.retention is not None and form.retention.blank
    entry = form.retention.__class__(form.retention.id, "ledig", None, True)
    changes = meetings.save_meeting_form(
        store, viewer=consultant, form=form.with_values(retention=entry)
    )
    assert changes.touches("retention_check")
    [check] = store.list(RetentionCheck, where={"case_id": case.id})
    assert (check.meeting_id, check.job_status, check.on_benefits) == (
        form.meeting.id, "ledig", True)
    assert check.checked_on == form.meeting.starts_at.date()

    # A note added on the case's retention tab survives saving the meeting again.
    retention.save_retention_check(store, viewer=consultant,
                                   check=check.replace(note="Ringede selv"))
    loaded = meetings.load_meeting_form(store, viewer=consultant, meeting_id=form.meeting.id)
    assert loaded.retention == entry
    meetings.save_meeting_form(store, viewer=consultant, form=loaded)
    assert store.get(RetentionCheck, check.id).note == "Ringede selv"
    overview = retention.retention_overview(store, viewer=consultant, case_id=case.id)
    assert overview.flag is not None and overview.flag.current
    assert overview.rows[0].returned

    # Clearing the status on the form removes the check (nothing stays half-recorded).
    cleared = loaded.with_values(retention=entry.__class__(entry.id))
    meetings.save_meeting_form(store, viewer=consultant, form=cleared)
    assert store.list(RetentionCheck, where={"case_id": case.id}) == []


def test_a_mentor_never_gets_the_retention_part_of_a_meeting(world, mentor) -> None:
    form = meetings.new_meeting_form(
        world.store, viewer=mentor, case_id=world.mentored.id, kind="eftervaern"
    )
    assert form.retention is None


def test_return_to_benefits_after_job_start_and_unknown_status() -> None:
    start = dt.date(2026, 1, 5)
    case = Case(id="c", job_start_date=start)

    def check(day: int, status: str | None, benefits: bool | None = None) -> RetentionCheck:
        return RetentionCheck(id=f"r{day}", case_id="c", checked_on=start + dt.timedelta(days=day),
                              job_status=status, on_benefits=benefits)

    # Before job start: not a return. Unknown status: not a return, never success either.
    assert retention.benefit_return(case, [check(-10, "ledig"), check(30, None)]) is None
    assert retention.benefit_return(case, [check(30, "samme_job", True)]) is not None
    flag = retention.benefit_return(case, [check(30, "samme_job"), check(90, "sygemeldt"),
                                           check(180, "andet_job", False)])
    assert flag is not None and flag.first_on == start + dt.timedelta(days=90)
    assert not flag.current  # back in work at the latest check
    # No job start: nothing is after it.
    assert retention.benefit_return(Case(id="c"), [check(30, "ledig")]) is None


def test_retention_check_validation_and_save(world, consultant, mentor) -> None:
    store = world.store
    check = retention.new_retention_check(world.mentored.id).replace(
        hours_per_week=200.0, checked_on=None
    )
    problems = blocking(retention.validate_retention_check(check))
    assert {p.field for p in problems} == {"checked_on", "hours_per_week"}
    with pytest.raises(ValidationError):
        retention.save_retention_check(store, viewer=consultant, check=check)
    good = check.replace(checked_on=dt.date.today(), hours_per_week=20.0, job_status="smaajob")
    retention.save_retention_check(store, viewer=consultant, check=good)
    assert store.get(RetentionCheck, good.id).job_status == "smaajob"
    with pytest.raises(AccessDenied):
        retention.save_retention_check(store, viewer=mentor, check=good)
    retention.delete_retention_check(store, viewer=consultant, check_id=good.id)
    assert store.get(RetentionCheck, good.id) is None


def test_a_reference_case_refuses_evaluation_and_support_but_keeps_outcomes(
    world, consultant
) -> None:
    store = world.store
    case = _reference(store, world.mentored)
    form = meetings.new_meeting_form(
        store, viewer=consultant, case_id=case.id, kind="slutevaluering"
    )
    form = _fill(form, next_step="stop", support_hours=2.0)
    problems = blocking(meetings.validate_meeting_form(form))
    assert {p.code for p in problems} == {"reference.evaluation", "reference.support_hours"}
    assert all("referencegruppen" in p.message for p in problems)
    with pytest.raises(ValidationError):
        meetings.save_meeting_form(store, viewer=consultant, form=form)
    # Outcome data is fine on a reference case: a meeting and a retention check.
    meetings.save_meeting_form(store, viewer=consultant, form=_fill(form, next_step=None,
                                                                    support_hours=None))
    retention.save_retention_check(
        store, viewer=consultant,
        check=retention.new_retention_check(case.id).replace(job_status="samme_job"),
    )

    case_form = load_case_form(store, viewer=consultant, case_id=case.id)
    budget = case_form.__class__(case=case_form.case.replace(support_kind="jobcoach",
                                                             support_budget=20.0),
                                 citizen=case_form.citizen, is_new=False, new_citizen=False)
    problems = blocking(validate_case_form(budget))
    assert [p.code for p in problems] == ["reference.support"]
    with pytest.raises(ValidationError):
        save_case_form(store, viewer=consultant, form=budget)
    # The same budget on a project case saves.
    project_case = budget.__class__(
        case=budget.case.replace(group="projekt"), citizen=budget.citizen, is_new=False,
        new_citizen=False,
    )
    save_case_form(store, viewer=consultant, form=project_case)
    assert store.get(Case, case.id).support_budget == 20.0


def test_job_start_before_case_start_is_refused(world, consultant) -> None:
    form = load_case_form(world.store, viewer=consultant, case_id=world.mentored.id)
    start = form.case.start_date or dt.date.today()
    bad = form.__class__(case=form.case.replace(start_date=start,
                                                job_start_date=start - dt.timedelta(days=3)),
                         citizen=form.citizen, is_new=False, new_citizen=False)
    assert "case.job_start_date" in {p.field for p in blocking(validate_case_form(bad))}


def test_i_dag_lists_cases_whose_latest_check_is_a_return_to_benefits(
    world, consultant, mentor
) -> None:
    from desktop.services.today import Scope
    from desktop.services.today_returns import benefit_returns

    store = world.store
    start = dt.date.today() - dt.timedelta(days=200)
    back = world.mentored.replace(job_start_date=start)
    recovered = world.other.replace(job_start_date=start)
    store.save(back)
    store.save(recovered)
    for case, statuses in ((back, ("samme_job", "ledig")), (recovered, ("sygemeldt", "andet_job"))):
        for i, status in enumerate(statuses):
            store.save(RetentionCheck(id=uuid7(), case_id=case.id,
                                      checked_on=start + dt.timedelta(days=30 + 60 * i),
                                      job_status=status))
    items = benefit_returns(store, viewer=consultant, scope=Scope.TEAM)
    assert [i.case_id for i in items] == [back.id]
    assert items[0].citizen_name == "Anne Sørensen"
    assert items[0].since == start + dt.timedelta(days=90)
    assert benefit_returns(store, viewer=mentor, scope=Scope.TEAM) == ()


def test_a_case_with_project_data_cannot_move_into_the_reference_group(world, consultant) -> None:
    """Issue 13, bad input: a reference case with project data is refused in Danish, also when
    a project case that already has a questionnaire is moved into the reference group."""
    from desktop.domain.records import Questionnaire

    store = world.store
    case = world.mentored
    store.save(case.replace(group="projekt"))
    store.save(Questionnaire(id=uuid7(), case_id=case.id, kind="start",
                             answered_on=dt.date.today(), filled_by="konsulent", wellbeing=3,
                             confidence=3, hours_managed=3, own_assessment=3))
    form = load_case_form(store, viewer=consultant, case_id=case.id)
    moved = form.__class__(case=form.case.replace(group="reference"), citizen=form.citizen,
                           is_new=False, new_citizen=False)
    with pytest.raises(ValidationError) as refused:
        save_case_form(store, viewer=consultant, form=moved)
    message = refused.value.problems[0].message
    assert message.startswith("Forløbet kan ikke flyttes til referencegruppen")
    assert store.get(Case, case.id).group == "projekt"  # nothing saved, nothing lost
