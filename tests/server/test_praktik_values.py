"""The server checks the praktik, retention and support values at push like every other field
(SQLite and PostgreSQL): plan periods with paid hours, a hiring's hours, retention checks."""

from __future__ import annotations

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from tests.server.helpers import World

PERIOD = {"from_week": 1, "to_week": 4, "days_per_week": 3, "hours_per_day": 3.0}


def _case(world: World):
    kim = world.device("kim", Role.CONSULTANT, "nord")
    tina = world.device("tina", Role.TEAMLEAD, "nord")
    citizen, case = uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Anna"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="virksomhedspraktik",
               status="aktiv", group="projekt", support_kind="jobcoach", support_budget=20.0),
    )
    return kim, tina, case


def test_praktik_and_retention_values_are_checked_at_push(world: World) -> None:
    kim, tina, case = _case(world)
    old_plan, paid_plan = uuid7(), uuid7()
    plan = {"case_id": case, "version": 1, "status": "kladde", "goal": "Job",
            "start_date": "2026-03-01", "end_date": "2026-09-01"}
    good_check, good_meeting = uuid7(), uuid7()
    bad = [uuid7() for _ in range(5)]
    results = kim.push(
        kim.op("plan", old_plan, **plan, periods=[PERIOD]),
        kim.op("plan", paid_plan, **plan, periods=[{**PERIOD, "paid_hours_per_week": 12.5}]),
        kim.op("plan", bad[0], **plan, periods=[{**PERIOD, "paid_hours_per_week": 38.0}]),
        kim.op("meeting", good_meeting, case_id=case, kind="slutevaluering",
               starts_at="2026-03-01T10:00:00+01:00", next_step="ansaettelse",
               hire_hours_per_week=15.0, support_hours=2.0),
        kim.op("meeting", bad[1], case_id=case, kind="slutevaluering",
               starts_at="2026-03-01T10:00:00+01:00", hire_hours_per_week=40.0),
        kim.op("meeting", bad[2], case_id=case, kind="opfoelgning",
               starts_at="2026-03-01T10:00:00+01:00", next_step="ansaet"),
        kim.op("retention_check", good_check, case_id=case, checked_on="2026-06-01",
               job_status="smaajob", hours_per_week=12.0, on_benefits=False),
        kim.op("retention_check", bad[3], case_id=case, checked_on="2026-06-01",
               job_status="arbejdsløs"),
        kim.op("retention_check", bad[4], case_id=case, checked_on="2026-06-01",
               hours_per_week=200.0),
    )
    statuses = [(r["status"], r["code"]) for r in results]
    assert statuses == [
        ("applied", None), ("applied", None), ("refused", "invalid"),
        ("applied", None), ("refused", "invalid"), ("refused", "invalid"),
        ("applied", None), ("refused", "invalid"), ("refused", "invalid"),
    ], results
    pulled = {c["record_id"]: c for c in tina.pull()}
    assert not set(bad) & set(pulled)
    assert "paid_hours_per_week" not in pulled[old_plan]["values"]["periods"][0]
    assert pulled[paid_plan]["values"]["periods"][0]["paid_hours_per_week"] == 12.5
    assert pulled[good_meeting]["values"]["hire_hours_per_week"] == 15.0
    assert pulled[good_check]["values"]["job_status"] == "smaajob"
