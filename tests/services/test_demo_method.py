"""`trepart demo` fills screenings, fast-track checklists, own lists and questionnaires for
project-group cases only, every record valid by the services' own rules, and a mentor's demo
vault gets none of it (raw rows)."""

from __future__ import annotations

import datetime as dt
import os

import sqlalchemy as sa

from desktop.domain.problems import blocking
from desktop.domain.records import Case, Questionnaire, SchemeApplication, Screening
from desktop.services import demo, fast_track, questionnaires, screening, wishes
from desktop.services.access import Viewer
from desktop.services.today import Scope
from desktop.services.today_fast_track import waiting_applications
from desktop.store import Store

TEAMLEAD = Viewer(username="demo.konsulent", role="consultant", team="Team Vest")


def test_demo_has_method_data_on_project_cases_only_and_all_valid(store) -> None:
    today = dt.date(2026, 12, 2)
    counts = demo.generate(store, cases=24, meetings_per_case=6, today=today)
    cases = {c.id: c for c in store.list(Case)}
    project = {cid for cid, c in cases.items() if c.group == "projekt"}
    reference = set(cases) - project
    assert project and reference
    screenings = store.list(Screening)
    apps = store.list(SchemeApplication)
    qs = store.list(Questionnaire)
    assert counts["screening"] == len(screenings) and counts["scheme_application"] == len(apps)
    assert {s.opened_case_id for s in screenings} - {None} == project
    assert all(cases[cid].screening_id for cid in project)
    assert {a.case_id for a in apps} <= project and {q.case_id for q in qs} <= project
    assert not any(cases[cid].wishes or cases[cid].screening_id for cid in reference)
    for s in screenings:
        assert not blocking(screening.validate_screening(s))
    for a in apps:
        assert not blocking(fast_track.validate_application(a)), a
    assert {a.status for a in apps} == set(fast_track.v.ApplicationStatus.codes())
    for q in qs:
        assert not blocking(questionnaires.validate_questionnaire(q)), q
    assert any(not q.complete for q in qs) and any(q.kind == "slut" for q in qs)
    lists = [c for c in cases.values() if c.wishes]
    assert lists and all(
        not blocking(wishes.validate_wishes(wishes.wishes_of(c))) and c.wishes[0]["dream"]
        for c in lists
    )
    assert len({3, 4, 5} & {len(c.wishes) for c in lists}) >= 2
    assert waiting_applications(store, viewer=TEAMLEAD, threshold_days=14, scope=Scope.TEAM,
                                today=today)


def test_a_mentors_demo_vault_gets_no_method_data(tmp_path) -> None:
    s = Store.open(tmp_path / "mentor.db", os.urandom(32), create=True)
    s.set_identity(username="demo.mentor", role="mentor", team=None)
    try:
        demo.generate(s, cases=12, meetings_per_case=3, today=dt.date(2026, 12, 2))
        with s.read() as conn:
            for table in ("screening", "scheme_application", "questionnaire"):
                assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() == 0
            rows = conn.execute(sa.text(
                "SELECT wishes, screening_id FROM case_ WHERE wishes IS NOT NULL "
                "AND wishes NOT IN ('[]', 'null') OR screening_id IS NOT NULL")).all()
        assert rows == []
    finally:
        s.close()
