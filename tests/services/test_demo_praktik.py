"""`trepart demo` fills the praktik evaluation, retention, projects and budgets, synthetically,
and every record it writes passes the domain's own validation (a reference case holds no
project data)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.identifiers import validate_cpr
from desktop.domain.problems import blocking
from desktop.domain.records import (
    Case,
    CaseTransfer,
    Citizen,
    Meeting,
    Plan,
    Project,
    RetentionCheck,
)
from desktop.domain.validation import validate
from desktop.services import demo
from desktop.services.projects import reference_case_problems, reference_meeting_problems
from desktop.services.retention import benefit_return


def test_demo_has_the_method_data_and_it_is_all_valid(store) -> None:
    today = dt.date(2026, 12, 2)
    counts = demo.generate(store, cases=24, meetings_per_case=6, today=today)
    assert counts["project"] == 2 and counts["retention_check"] > 20
    projects = store.list(Project)
    assert all(p.target_enrolled and p.target_jobs and p.target_retained_6m for p in projects)
    cases = store.list(Case)
    groups = {c.group for c in cases}
    assert groups == {"projekt", "reference"}
    assert all(c.project_id in {p.id for p in projects} for c in cases)
    for case in cases:
        assert not blocking(validate(case) + reference_case_problems(case)), case.id
    by_id = {c.id: c for c in cases}
    meetings = store.list(Meeting)
    for m in meetings:
        assert not blocking(validate(m) + reference_meeting_problems(m, by_id[m.case_id].group))
    assert any(m.next_step == "ansaettelse" and m.hire_hours_per_week for m in meetings) or any(
        m.next_step for m in meetings
    )
    assert any(m.support_hours for m in meetings)
    assert any(c.support_budget for c in cases)
    assert any(p.paid_hours_per_week for plan in store.list(Plan) for p in plan.periods)

    checks = store.list(RetentionCheck)
    for c in checks:
        assert not blocking(validate(c))
    cohort = [c for c in cases if c.job_start_date and any(r.case_id == c.id for r in checks)]
    assert {c.group for c in cohort} == {"projekt", "reference"}
    # Several followed 12 months, some back on benefits, some checks without a status.
    twelve = [c for c in cohort if any(
        r.case_id == c.id and r.checked_on >= c.job_start_date + dt.timedelta(days=360)
        for r in checks)]
    assert len(twelve) >= 3
    assert sum(
        1 for c in cohort if benefit_return(c, [r for r in checks if r.case_id == c.id])
    ) >= 3
    assert any(r.job_status is None for r in checks)
    assert store.list(CaseTransfer)
    for citizen in store.list(Citizen):
        if citizen.cpr:
            assert not blocking(validate_cpr(citizen.cpr))
