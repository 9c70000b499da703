"""The server checks the method's values at push like every other field (SQLite and PostgreSQL):
screenings, fast-track schemes, questionnaires, the citizen's own list and the scheme an
accommodation points to; a refused record never reaches another device."""

from __future__ import annotations

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from tests.server.helpers import World

ACC = {"category": "roligt_sted", "description": "Eget rum", "when": ""}


def test_method_values_are_checked_at_push(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    tina = world.device("tina", Role.TEAMLEAD, "nord")
    citizen, case = uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Anna"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="virksomhedspraktik",
               status="aktiv", group="projekt"),
    )
    agreement = {"case_id": case, "version": 1, "status": "kladde",
                 "scheme": "virksomhedspraktik", "valid_from": "2026-03-01"}
    good = [uuid7() for _ in range(6)]
    bad = [uuid7() for _ in range(9)]
    results = kim.push(
        kim.op("screening", good[0], citizen_id=citizen, screened_at="2026-03-01T09:00:00+01:00",
               consent_to_record=True, impairment="ja", functions=["loeft", "tempo"]),
        kim.op("screening", bad[0], citizen_id=citizen, screened_at="2026-03-01T09:00:00+01:00",
               consent_to_record=True, impairment="måske"),
        kim.op("screening", bad[1], citizen_id=citizen, screened_at="2026-03-01T09:00:00+01:00",
               consent_to_record=True, functions=["flyve"]),
        kim.op("scheme_application", good[1], case_id=case, scheme="isbryder", status="soegt",
               need_date="2026-03-01", applied_date="2026-03-05"),
        kim.op("scheme_application", bad[2], case_id=case, scheme="lotto", status="soegt"),
        kim.op("scheme_application", bad[3], case_id=case, scheme="fleksjob", status="venter"),
        kim.op("questionnaire", good[2], case_id=case, kind="start", answered_on="2026-03-01",
               wellbeing=1, confidence=5, hours_managed=3),
        kim.op("questionnaire", bad[4], case_id=case, kind="start", answered_on="2026-03-01",
               wellbeing=6),
        kim.op("questionnaire", bad[5], case_id=case, kind="midt", answered_on="2026-03-01"),
        kim.op("case", good[3], citizen_id=citizen, team="nord", scheme="fleksjob",
               status="aktiv", wishes=[{"work": "Lager", "dream": True, "status": "kontaktet",
                                        "status_date": "2026-03-02"}],
               wishes_on_citizen_copy=True),
        kim.op("case", bad[6], citizen_id=citizen, team="nord", scheme="fleksjob",
               status="aktiv", wishes=[{"work": "Lager", "status": "måske"}]),
        kim.op("agreement", good[4], **agreement,
               accommodations=[{**ACC, "scheme": "arbejdspladsindretning"}]),
        kim.op("agreement", good[5], **agreement, accommodations=[ACC]),
        kim.op("agreement", bad[7], **agreement, accommodations=[{**ACC, "scheme": "lotto"}]),
        kim.op("agreement", bad[8], **agreement, accommodations=[{**ACC, "scheme": 7}]),
    )
    statuses = [r["status"] for r in results]
    assert statuses == [
        "applied", "refused", "refused", "applied", "refused", "refused", "applied", "refused",
        "refused", "applied", "refused", "applied", "applied", "refused", "refused",
    ], results
    assert all(r["code"] == "invalid" for r in results if r["status"] == "refused")
    pulled = {c["record_id"]: c for c in tina.pull()}
    assert set(good) <= set(pulled) and not set(bad) & set(pulled)
    assert pulled[good[4]]["values"]["accommodations"][0]["scheme"] == "arbejdspladsindretning"
    assert "scheme" not in pulled[good[5]]["values"]["accommodations"][0]
    assert pulled[good[2]]["values"]["hours_managed"] == 3
