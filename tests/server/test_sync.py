"""Push and pull: roundtrip, idempotency, merge rules, refusals, paging."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, Table, func, select

from sync.protocol.catalogue import FROZEN_FIELDS
from sync.protocol.hlc import HLC, MAX_DRIFT_MS
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.protocol.wire import PullResponse
from sync.server import models as m
from tests.server.helpers import Device, World


def _team(world: World) -> tuple[Device, Device, str, str]:
    """Two consultants' laptops in team nord and a case with a citizen."""
    kim = world.device("kim", Role.CONSULTANT, "nord")
    tina = world.device("tina", Role.TEAMLEAD, "nord")
    citizen, case = uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Anna"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="fleksjob", status="aktiv"),
    )
    return kim, tina, citizen, case


def _count(engine: Engine, table: Table) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_push_pull_roundtrip(world: World) -> None:
    kim, tina, citizen, case = _team(world)
    meeting = uuid7()
    kim.push_ok(kim.op("meeting", meeting, case_id=case, kind="indledende",
                       starts_at="2026-02-01T09:00:00+01:00", notes="Første møde",
                       planned_hours=6.5))
    changes = tina.pull()
    assert [(c["record_type"], c["record_id"]) for c in changes] == [
        ("citizen", citizen), ("case", case), ("meeting", meeting)
    ]
    assert [c["seq"] for c in changes] == sorted(c["seq"] for c in changes)
    m_change = changes[-1]
    assert m_change["values"]["notes"] == "Første møde"
    assert m_change["values"]["planned_hours"] == 6.5
    assert set(m_change["clocks"]) == set(m_change["values"])
    assert m_change["deleted"] is False
    assert tina.pull() == []  # nothing new after the cursor


def test_same_batch_three_times_applies_once(world: World, engine: Engine) -> None:
    kim, tina, _, case = _team(world)
    ops = [kim.op("action_item", case_id=case, what=f"Opgave {i}", owner="borger")
           for i in range(5)]
    ops.append(kim.op("meeting", "x" * 36, case_id=case))  # refused, and stored as refused
    first = kim.push(*ops)
    records_after_first = _count(engine, m.records)
    counter_after_first = tina.pull_page()["cursor"]
    for _ in range(2):
        assert kim.push(*ops) == first
    assert _count(engine, m.records) == records_after_first
    assert tina.pull_page()["cursor"] == counter_after_first
    assert [r["status"] for r in first] == ["applied"] * 5 + ["refused"]
    assert _count(engine, m.applied_ops) >= 6


def test_op_repeated_within_batch_applies_once(world: World) -> None:
    kim, tina, _, case = _team(world)
    op = kim.op("action_item", case_id=case, what="Én gang", owner="borger")
    results = kim.push(op, op)
    assert results[0] == results[1]
    assert [c["record_id"] for c in tina.pull()].count(op["record_id"]) == 1


def test_lww_converges_whatever_the_order(world: World) -> None:
    kim, tina, _, case = _team(world)
    meeting = uuid7()
    kim.push_ok(kim.op("meeting", meeting, case_id=case, kind="opfoelgning",
                       starts_at="2026-02-01T09:00:00+01:00"))
    early = kim.op("meeting", meeting, place="Kontoret")
    time.sleep(0.002)
    late = tina.op("meeting", meeting, place="Kantinen")
    # The later stamp arrives first; the earlier one must not overwrite it.
    tina.push_ok(late)
    kim.push_ok(early)
    kim.push_ok(early)  # and a repeat changes nothing
    a = {c["record_id"]: c for c in kim.pull()}
    b = {c["record_id"]: c for c in tina.pull()}
    assert a[meeting]["values"]["place"] == b[meeting]["values"]["place"] == "Kantinen"
    assert a[meeting]["clocks"]["place"] == late["fields"]["place"]["hlc"]


def test_a_losing_write_sends_the_winner_back_to_its_device(world: World) -> None:
    """A device that pulled past the winning write and then pushes an older-stamped one (a clock
    re-stamped behind) must get the winner again, or it keeps its losing value for ever."""
    kim, tina, _, case = _team(world)
    meeting = uuid7()
    kim.push_ok(kim.op("meeting", meeting, case_id=case, kind="opfoelgning",
                       starts_at="2026-02-01T09:00:00+01:00"))
    early = kim.op("meeting", meeting, planned_hours=11.0)
    time.sleep(0.002)
    tina.push_ok(tina.op("meeting", meeting, planned_hours=14.0))
    assert {c["record_id"]: c for c in kim.pull()}[meeting]["values"]["planned_hours"] == 14.0
    kim.push_ok(early)  # loses: its stamp is below tina's
    again = {c["record_id"]: c for c in kim.pull()}
    assert meeting in again, "the losing device was never told the winning value"
    assert again[meeting]["values"]["planned_hours"] == 14.0


def test_text_merge_and_conflict_record(world: World) -> None:
    kim, tina, _, case = _team(world)
    meeting = uuid7()
    base = "linje 1\nlinje 2\nlinje 3\n"
    kim.push_ok(kim.op("meeting", meeting, case_id=case, kind="opfoelgning",
                       starts_at="2026-02-01T09:00:00+01:00", notes=base))
    # Different lines: merged, no conflict.
    kim.push_ok(kim.op("meeting", meeting, notes="LINJE 1\nlinje 2\nlinje 3\n",
                       bases={"notes": base}))
    r = tina.push_ok(tina.op("meeting", meeting, notes="linje 1\nlinje 2\nLINJE 3\n",
                             bases={"notes": base}))
    assert r[0]["conflicts"] == []
    state = {c["record_id"]: c for c in tina.pull()}
    merged = state[meeting]["values"]["notes"]
    assert merged == "LINJE 1\nlinje 2\nLINJE 3\n"
    # The same line on both: one text is kept, the other survives in a conflict record.
    kim.push_ok(kim.op("meeting", meeting, notes=merged.replace("linje 2", "Kim 2"),
                       bases={"notes": merged}))
    r = tina.push(tina.op("meeting", meeting, notes=merged.replace("linje 2", "Tina 2"),
                          bases={"notes": merged}))
    assert r[0]["status"] == "applied" and r[0]["conflicts"] == ["notes"]
    changes = kim.pull()
    conflicts = [c for c in changes if c["record_type"] == "conflict"]
    assert len(conflicts) == 1
    values = conflicts[0]["values"]
    assert values["record_type"] == "meeting" and values["record_id"] == meeting
    assert values["field"] == "notes" and values["case_id"] == case
    assert values["resolved"] is False and values["base"] == merged
    assert {values["kept"], values["other"]} == {
        merged.replace("linje 2", "Kim 2"), merged.replace("linje 2", "Tina 2")
    }
    final = next(c for c in changes if c["record_id"] == meeting)["values"]["notes"]
    assert final == values["kept"]
    # A person resolves it from any device of the team.
    tina.pull()
    tina.push_ok(tina.op("conflict", conflicts[0]["record_id"], resolved=True))
    assert kim.pull()[0]["values"]["resolved"] is True


def test_signed_agreement_refuses_frozen_changes(world: World) -> None:
    kim, tina, _, case = _team(world)
    agreement = uuid7()
    kim.push_ok(kim.op("agreement", agreement, case_id=case, version=1, status="kladde",
                       scheme="fleksjob", valid_from="2026-03-01", hours_per_week=10.0))
    kim.push_ok(kim.op("agreement", agreement, hours_per_week=12.0))  # a draft may change
    kim.push_ok(kim.op("agreement", agreement, status="underskrevet"))
    for op in (
        tina.op("agreement", agreement, hours_per_week=20.0),
        tina.op("agreement", agreement, status="kladde"),
        tina.op("agreement", agreement, deleted=True),
    ):
        result = tina.push(op)[0]
        assert result["status"] == "refused" and result["code"] == "frozen", result
        assert "underskrevet" in result["message"] and "ny version" in result["message"]
    # Superseding keeps the signed content; a new version is a new record.
    tina.push_ok(tina.op("agreement", agreement, status="erstattet"))
    state = {c["record_id"]: c for c in kim.pull()}
    assert state[agreement]["values"]["hours_per_week"] == 12.0
    assert state[agreement]["values"]["status"] == "erstattet"


def test_signatures_and_audit_entries_are_append_only(world: World) -> None:
    kim, _, _, case = _team(world)
    sig = uuid7()
    values: dict[str, Any] = {
        "case_id": case, "document_type": "agreement", "document_id": uuid7(),
        "document_version": 1, "content_hash": "ab" * 32, "party": "borger",
        "signer_name": "Anna", "signed_at": "2026-03-01T10:00:00+01:00", "method": "skaerm",
    }
    kim.push_ok(kim.op("signature", sig, **values))
    kim.push_ok(kim.op("signature", sig, **values))  # the same again (new op id): harmless
    r = kim.push(kim.op("signature", sig, signer_name="Bent"))[0]
    assert (r["status"], r["code"]) == ("refused", "append_only")
    entry = uuid7()
    kim.push_ok(kim.op("audit_entry", entry, at="2026-03-01T10:00:00+01:00", username="kim",
                       action="print", case_id=case, detail="aftale.pdf"))
    r = kim.push(kim.op("audit_entry", entry, detail="noget andet"))[0]
    assert (r["status"], r["code"]) == ("refused", "append_only")
    r = kim.push(kim.op("audit_entry", at="2026-03-01T10:00:00+01:00", username="tina",
                        action="print"))[0]
    assert r["code"] == "invalid"  # nobody logs in someone else's name


def test_clock_ahead_is_refused_then_restamped(world: World, engine: Engine) -> None:
    kim, tina, _, case = _team(world)
    ahead = HLC(int(time.time() * 1000) + MAX_DRIFT_MS + 60_000, 0, "fast")
    op = kim.op("action_item", case_id=case, what="Fra fremtiden", owner="borger")
    op["fields"] = {k: {**v, "hlc": str(ahead)} for k, v in op["fields"].items()}
    r = kim.push_raw([op]).json()
    assert r["results"][0]["code"] == "clock_ahead"
    assert "ur" in r["results"][0]["message"]
    assert abs(r["server_time_ms"] - time.time() * 1000) < 10_000
    # Not stored: the device re-stamps and sends the same op id again.
    kim.clock = type(kim.clock)("dev-fixed")
    op["fields"] = {k: {**v, "hlc": str(kim.clock.now())} for k, v in op["fields"].items()}
    assert kim.push(op)[0]["status"] == "applied"
    assert any(c["record_id"] == op["record_id"] for c in tina.pull())


def test_invalid_operations_are_refused_with_reasons(world: World) -> None:
    kim, _, citizen, case = _team(world)
    cases = [
        kim.op("nonsense", name="x"),
        kim.op("meeting", case_id=case, kind="opfoelgning", starts_at="2026-01-01T10:00:00",
               colour="blå"),
        kim.op("meeting", case_id=case, kind="kaffe", starts_at="2026-01-01T10:00:00"),
        kim.op("meeting", case_id=case, kind="opfoelgning", starts_at="i morgen"),
        kim.op("meeting", case_id=case, kind="opfoelgning"),  # starts_at is required
        kim.op("meeting", case_id="ikke-et-id", kind="opfoelgning", starts_at="2026-01-01"),
        kim.op("case", citizen_id=citizen, team="nord", scheme="fleksjob", status="aktiv",
               mentors="mo"),
        kim.op("citizen", citizen, deleted="ja"),
        kim.op("citizen", citizen, name=None),  # a required field cannot be emptied
    ]
    bad_clock = kim.op("citizen", citizen, phone="1")
    bad_clock["fields"]["phone"]["hlc"] = "x" * 30
    results = kim.push(*cases, bad_clock)
    for r in results:
        assert (r["status"], r["code"]) == ("refused", "invalid"), r
        assert r["message"]
    assert "Ukendt posttype" in results[0]["message"]
    assert "skal udfyldes" in results[4]["message"]


def test_tombstone_is_lww(world: World) -> None:
    kim, tina, _, case = _team(world)
    item = uuid7()
    kim.push_ok(kim.op("action_item", item, case_id=case, what="Slet mig", owner="borger"))
    tina.pull()
    kim.push_ok(kim.op("action_item", item, deleted=True))
    change = next(c for c in tina.pull() if c["record_id"] == item)
    assert change["deleted"] is True and "deleted" not in change["values"]
    assert "deleted" in change["clocks"]


def test_pull_pages(world: World) -> None:
    kim, tina, _, case = _team(world)
    kim.push_ok(*[kim.op("follow_up", case_id=case, kind="eftervaern", due_date="2026-05-01")
                  for _ in range(25)])
    page = tina.pull_page(limit=10)
    assert len(page["changes"]) == 10 and page["more"] is True
    everything = tina.pull(limit=7)
    assert len(everything) == 27
    assert len({c["seq"] for c in everything}) == 27


def test_pull_skips_what_the_user_may_not_read_and_moves_on(world: World) -> None:
    kim, _, _, case = _team(world)
    sid = world.device("sid", Role.CONSULTANT, "syd")
    kim.push_ok(*[kim.op("follow_up", case_id=case, kind="eftervaern", due_date="2026-05-01")
                  for _ in range(30)])
    page = sid.pull_page(limit=5)
    assert page["changes"] == [] and page["more"] is False and page["cursor"] == 32


def test_pull_body_matches_the_wire_model(world: World) -> None:
    kim, tina, _, case = _team(world)
    kim.push_ok(kim.op("meeting", case_id=case, kind="opfoelgning",
                       starts_at="2026-02-01T09:00:00+01:00", participants=[{"name": "Bo"}]))
    r = tina.client.get("/v1/pull", headers=tina.headers)
    page = PullResponse.model_validate_json(r.content)  # extra="forbid": exact shape
    assert len(page.changes) == 3 and page.changes[-1].values["participants"] == [{"name": "Bo"}]


def _meeting(case: str, **values: Any) -> dict[str, Any]:
    return {"case_id": case, "kind": "opfoelgning", "starts_at": "2026-03-01T10:00:00+01:00",
            **values}


def test_poisoned_values_are_refused_at_push_and_the_rest_applies(world: World) -> None:
    kim, tina, _, case = _team(world)
    mo = world.device("mo", Role.MENTOR, "nord")
    kim.push_ok(kim.op("case", case, mentors=["mo"]))
    good, bad = uuid7(), [uuid7() for _ in range(6)]
    results = mo.push(
        mo.op("meeting", bad[0], **_meeting(case, actual_hours=10**400)),
        mo.op("meeting", bad[1], **_meeting(case, participants={"evil": 1})),
        mo.op("meeting", bad[2], **_meeting(case, participants=[1, 2, 3])),
        mo.op("meeting", good, **_meeting(case, actual_hours=7.5,
                                          participants=[{"name": "Bo", "role": "mentor"}])),
        mo.op("meeting", bad[3], **_meeting(case, planned_hours=-1)),
        mo.op("meeting", bad[4], **_meeting(case, participants=[{"name": "Bo", "role": "chef"}])),
        mo.op("meeting", bad[5], **_meeting(case, place="x" * 201)),
    )
    statuses = [(r["status"], r["code"]) for r in results]
    assert statuses[3] == ("applied", None)
    assert [s for i, s in enumerate(statuses) if i != 3] == [("refused", "invalid")] * 6
    assert "«Faktiske timer pr. uge»" in results[0]["message"]
    assert "mellem 0 og 168" in results[0]["message"]
    assert "«Deltagere»" in results[1]["message"] and "«Deltagere»" in results[2]["message"]
    assert "højst 200 tegn" in results[6]["message"]
    for r in results:
        assert "evil" not in (r["message"] or "") and "0" * 20 not in (r["message"] or "")
    pulled = {c["record_id"] for c in tina.pull()}
    assert good in pulled and not pulled & set(bad)


def test_existing_record_cannot_be_poisoned_either(world: World) -> None:
    kim, tina, _, case = _team(world)
    meeting = uuid7()
    kim.push_ok(kim.op("meeting", meeting, **_meeting(case, actual_hours=7.5)))
    for value in (10**400, 168.5, True, "7"):
        r = kim.push(kim.op("meeting", meeting, actual_hours=value))[0]
        assert (r["status"], r["code"]) == ("refused", "invalid"), (value, r)
    state = {c["record_id"]: c for c in tina.pull()}
    assert state[meeting]["values"]["actual_hours"] == 7.5


def _signed(kim: Device, case: str, record_type: str) -> str:
    record_id = uuid7()
    values: dict[str, Any] = {"case_id": case, "version": 1, "status": "kladde"}
    if record_type == "agreement":
        values |= {"scheme": "fleksjob", "valid_from": "2026-03-01"}
    else:
        values |= {"goal": "Fast job", "start_date": "2026-03-01", "end_date": "2026-09-01"}
    kim.push_ok(kim.op(record_type, record_id, **values))
    kim.push_ok(kim.op(record_type, record_id, status="underskrevet"))
    return record_id


def test_changing_version_of_a_signed_agreement_is_refused(world: World) -> None:
    kim, tina, _, case = _team(world)
    agreement = _signed(kim, case, "agreement")
    for value in (2, 1000):
        r = kim.push(kim.op("agreement", agreement, version=value))[0]
        assert (r["status"], r["code"]) == ("refused", "frozen"), r
    r = kim.push(kim.op("agreement", agreement, supersedes_id=uuid7()))[0]
    assert (r["status"], r["code"]) == ("refused", "frozen"), r
    state = {c["record_id"]: c for c in tina.pull()}
    assert state[agreement]["values"]["version"] == 1


# A valid value, different from the document's, for every field of the frozen list.
_OTHER_VALUES: dict[str, Any] = {
    "version": 2, "supersedes_id": "0190b6b6-0000-7000-8000-000000000001",
    "parties": {"borger": {"name": "Ny"}}, "scheme": "loentilskud", "legal_basis": "Anden lov",
    "valid_from": "2026-04-01", "valid_to": "2026-12-01", "review_date": "2026-06-01",
    "hours_per_week": 9.5, "weekday_hours": {"man": 4.0},
    "accommodations": [{"category": "andet", "description": "Ny", "when": ""}],
    "tasks_included": "Ny", "tasks_excluded": "Ny", "aids": "Ny",
    "personal_assistance_hours": 1.0, "mentor_hours": 1.0, "bad_day_plan": "Ny",
    "bad_day_contact": "Ny", "consent_to_share": True, "health_notes": "Ny",
    "agreement_id": "0190b6b6-0000-7000-8000-000000000002", "goal": "Nyt mål",
    "sub_goals": ["Ny"], "start_date": "2026-04-01", "end_date": "2026-10-01",
    "periods": [{"from_week": 1, "to_week": 4, "days_per_week": 3, "hours_per_day": 3.0}],
    "tasks": "Ny", "support": "Ny", "commitments": {"borger": "Ny"},
    "evaluation_criteria": "Ny", "consequence": "Ny",
}


def test_server_refuses_every_field_of_the_catalogue_frozen_list(world: World) -> None:
    kim, _, _, case = _team(world)
    other_case = uuid7()
    kim.push_ok(kim.op("case", other_case, citizen_id=_team_citizen(kim, world), team="nord",
                       scheme="fleksjob", status="aktiv"))
    for record_type, fields in FROZEN_FIELDS.items():
        record_id = _signed(kim, case, record_type)
        for name in fields:
            value = other_case if name == "case_id" else _OTHER_VALUES[name]
            r = kim.push(kim.op(record_type, record_id, **{name: value}))[0]
            # Moving a record to another case is refused for every record, signed or not.
            expected = "invalid" if name == "case_id" else "frozen"
            assert (r["status"], r["code"]) == ("refused", expected), (record_type, name, r)
        # The status may still move on to superseded: it is not in the list.
        kim.push_ok(kim.op(record_type, record_id, status="erstattet"))


def _team_citizen(kim: Device, world: World) -> str:
    citizen = uuid7()
    kim.push_ok(kim.op("citizen", citizen, name="Bent"))
    return citizen
