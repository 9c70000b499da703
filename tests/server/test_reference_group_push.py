"""A reference-group case gets the usual service: the server refuses project data on one at push
with a Danish message (SQLite and PostgreSQL), and lets its outcome data through."""

from __future__ import annotations

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from tests.server.helpers import World


def test_project_data_on_a_reference_case_is_refused(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    tina = world.device("tina", Role.TEAMLEAD, "nord")
    citizen, case, project_case = uuid7(), uuid7(), uuid7()
    base = {"citizen_id": citizen, "team": "nord", "scheme": "virksomhedspraktik",
            "status": "aktiv"}
    kim.push_ok(
        kim.op("citizen", citizen, name="Anna"),
        kim.op("case", case, **base, group="reference", job_start_date="2026-01-05",
               outcome="ansat"),
        kim.op("case", project_case, **base, group="projekt"),
    )
    check, questionnaire, application, meeting = uuid7(), uuid7(), uuid7(), uuid7()
    budget_op = kim.op("case", case, support_kind="jobcoach", support_budget=20.0)
    results = kim.push(
        kim.op("retention_check", check, case_id=case, checked_on="2026-04-05",
               job_status="samme_job", hours_per_week=20.0),
        kim.op("questionnaire", questionnaire, case_id=case, kind="start",
               answered_on="2026-01-05", confidence=3),
        kim.op("scheme_application", application, case_id=case, scheme="hjaelpemidler",
               status="soegt", need_date="2026-01-10"),
        kim.op("meeting", meeting, case_id=case, kind="opfoelgning",
               starts_at="2026-02-01T10:00:00+01:00", support_hours=2.0),
        budget_op,
        # The same project data on the project-group case is fine.
        kim.op("questionnaire", uuid7(), case_id=project_case, kind="start",
               answered_on="2026-01-05", confidence=3),
    )
    statuses = [(r["status"], r["code"]) for r in results]
    assert statuses == [
        ("applied", None), ("refused", "invalid"), ("refused", "invalid"),
        ("refused", "invalid"), ("refused", "invalid"), ("applied", None),
    ], results
    assert "referencegruppen" in results[1]["message"]
    assert "spørgeskemaer" in results[1]["message"]
    pulled = {c["record_id"] for c in tina.pull()}
    assert check in pulled and not {questionnaire, application, meeting} & pulled


def test_moving_a_case_into_the_reference_group_in_the_same_batch_counts(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    citizen, case = uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Bo"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="fleksjob",
               status="aktiv", group="projekt"),
    )
    results = kim.push(
        kim.op("case", case, group="reference"),
        kim.op("scheme_application", uuid7(), case_id=case, scheme="fleksjob", status="soegt"),
    )
    assert [r["status"] for r in results] == ["applied", "refused"]
