"""The access policy: every role against every record type, for pull and for push."""

from __future__ import annotations

import json

import pytest

from sync.protocol.catalogue import CATALOGUE, hidden_from_mentors
from sync.protocol.ids import uuid7
from sync.server import admin
from tests.server.helpers import (
    CPR,
    HEALTH,
    SECRET_ADDRESS,
    UPDATE_VALUES,
    Scenario,
    create_values,
)

ALL_TYPES = set(CATALOGUE)
# A project belongs to its team, not to a case: it stays when a case moves to another team.
# So do the company side's needs, contact history and network (team-wide, issue 14).
TEAM_WIDE = {"project", "company_need", "company_contact", "network", "network_member",
             "network_meeting"}
CASE_CONTENT = ALL_TYPES - {"audit_entry"} - TEAM_WIDE

# What each user pulls of team nord's case A (by record type).
EXPECTED_PULL: dict[str, set[str]] = {
    "kim": ALL_TYPES,
    "tina": ALL_TYPES,
    "mo": ALL_TYPES
    - {
        "audit_entry", "consent", "screening", "scheme_application", "questionnaire",
        "retention_check", "project", "case_transfer",
        # The company side: a mentor sees the company of their mentee, none of this.
        "company_need", "company_contact", "network", "network_member", "network_meeting",
    },
    "mia": set(),
    "sid": set(),
    "ada": {"audit_entry"},
}

# Which record types each user may create / change in case A.
EXPECTED_PUSH: dict[str, set[str]] = {
    "kim": ALL_TYPES,
    "tina": ALL_TYPES,
    "mo": {"meeting", "action_item", "audit_entry", "conflict"},
    "mia": set(),
    "sid": set(),
    "ada": set(),
}


@pytest.mark.parametrize("user", sorted(EXPECTED_PULL))
def test_pull_matrix(scenario: Scenario, user: str) -> None:
    device = scenario.devices[user]
    device.cursor = 0
    changes = device.pull()
    got = {(c["record_type"], c["record_id"]) for c in changes}
    expected_types = EXPECTED_PULL[user]
    for rtype, rid in scenario.ids.items():
        assert ((rtype, rid) in got) == (rtype in expected_types), (user, rtype)
    conflicts = {rid for t, rid in got if t == "conflict"}
    if "conflict" in expected_types:
        assert scenario.conflict_visible in conflicts
    if user == "mo":
        # Mentors never receive conflicts over fields they may not read.
        assert not conflicts & set(scenario.conflict_hidden)
    elif "conflict" in expected_types:
        assert set(scenario.conflict_hidden) <= conflicts
    if user == "ada":
        # The case-less audit entry of another user is not the administrator's... but case
        # content never is: only audit entries reach an administrator's device.
        assert {t for t, _ in got} <= {"audit_entry"}


def test_mentor_never_receives_hidden_fields(scenario: Scenario) -> None:
    mo = scenario.devices["mo"]
    r = mo.client.get("/v1/pull", params={"cursor": 0, "limit": 1000}, headers=mo.headers)
    raw = r.text
    for secret in (CPR, SECRET_ADDRESS, HEALTH, "h0", "h1", "h2"):
        assert secret not in raw, secret
    hidden = hidden_from_mentors()
    changes = json.loads(raw)["changes"]
    assert changes
    for ch in changes:
        leaked = set(hidden[ch["record_type"]]) & (set(ch["values"]) | set(ch["clocks"]))
        assert not leaked, (ch["record_type"], leaked)
    citizen = next(c for c in changes if c["record_type"] == "citizen")
    assert citizen["values"]["name"] == "Anna Andersen"
    assert not {"cpr", "address", "target_group", "health_notes"} & set(citizen["values"])


def _push_attempts(scenario: Scenario, user: str) -> dict[tuple[str, str], dict[str, object]]:
    """Create one record of every type in case A, and change the existing one of every type."""
    device = scenario.devices[user]
    device.pull()
    ops = {}
    for rtype in sorted(ALL_TYPES):
        values = create_values(
            rtype, case_id=scenario.case_id, citizen_id=scenario.citizen_id, username=user,
            ref_id=scenario.ids["meeting"],
        )
        if rtype == "case":
            values = {**values, "team": "nord"}
        if user == "mo" and rtype in ("citizen", "audit_entry"):
            values = {k: v for k, v in values.items() if k not in ("cpr", "health_notes")}
        if user == "ada" and rtype == "audit_entry":
            values = {k: v for k, v in values.items() if k != "case_id"}
        if rtype != "conflict":  # conflicts are made by the server, only resolved by people
            ops[("create", rtype)] = device.op(rtype, **values)
        existing = scenario.conflict_visible if rtype == "conflict" else scenario.ids[rtype]
        if rtype not in ("signature", "audit_entry"):  # append-only: covered by create
            ops[("update", rtype)] = device.op(rtype, existing, **UPDATE_VALUES[rtype])
    results = device.push(*ops.values())
    return dict(zip(ops, results, strict=True))


@pytest.mark.parametrize("user", sorted(EXPECTED_PUSH))
def test_push_matrix(scenario: Scenario, user: str) -> None:
    outcomes = _push_attempts(scenario, user)
    for (action, rtype), result in outcomes.items():
        allowed = rtype in EXPECTED_PUSH[user]
        if user == "ada" and rtype == "audit_entry" and action == "create":
            allowed = True  # an administrator's own, case-less log
        if user == "mo" and rtype == "audit_entry" and action == "create":
            allowed = True
        if user == "sid" and rtype in ("citizen", "company") and action == "create":
            allowed = True  # a new citizen or company of one's own team
        if allowed:
            assert result["status"] == "applied", (user, action, rtype, result)
        else:
            assert (result["status"], result["code"]) == ("refused", "out_of_scope"), (
                user, action, rtype, result,
            )


def test_mentor_cannot_write_hidden_fields_or_resolve_hidden_conflicts(
    scenario: Scenario,
) -> None:
    mo = scenario.devices["mo"]
    meeting = scenario.ids["meeting"]
    results = mo.push(
        mo.op("meeting", meeting, health_notes="skrevet af mentor"),
        mo.op("meeting", meeting, notes="Mentorens referat", bases={"notes": None}),
        mo.op("conflict", scenario.conflict_hidden[0], resolved=True),
        mo.op("conflict", scenario.conflict_visible, kept="noget andet"),
    )
    assert results[0]["code"] == "out_of_scope" and "Helbredsnoter" in results[0]["message"]
    assert results[1]["status"] == "applied"
    assert results[2]["code"] == "out_of_scope"
    assert results[3]["code"] == "out_of_scope"


def test_out_of_scope_message_does_not_reveal_existence(scenario: Scenario) -> None:
    sid = scenario.devices["sid"]
    mia = scenario.devices["mia"]
    for device in (sid, mia):
        existing = device.op("meeting", scenario.ids["meeting"], place="x")
        absent = device.op("meeting", uuid7(), place="x")
        absent_case = device.op(
            "meeting", uuid7(), case_id=uuid7(), kind="opfoelgning", starts_at="2026-01-01"
        )
        other_case = device.op(
            "meeting", uuid7(), case_id=scenario.case_id, kind="opfoelgning",
            starts_at="2026-01-01",
        )
        citizen = device.op("citizen", scenario.citizen_id, phone="1")
        results = device.push(existing, absent, absent_case, other_case, citizen)
        shapes = {json.dumps({k: v for k, v in r.items() if k != "op_id"}) for r in results}
        assert len(shapes) == 1, shapes
        assert results[0]["code"] == "out_of_scope"


def test_citizen_cannot_be_pulled_into_another_teams_case(scenario: Scenario) -> None:
    sid = scenario.devices["sid"]
    r = sid.push(sid.op("case", citizen_id=scenario.citizen_id, team="syd", scheme="fleksjob",
                        status="aktiv"))[0]
    assert r["code"] == "out_of_scope"
    # Nor can a consultant move a case to a team that is not theirs.
    kim = scenario.devices["kim"]
    r = kim.push(kim.op("case", scenario.case_id, team="syd"))[0]
    assert r["code"] == "out_of_scope"
    assert sid.pull() == []


def test_unreferenced_citizen_stays_with_the_team_that_created_it(scenario: Scenario) -> None:
    kim, tina, sid = (scenario.devices[u] for u in ("kim", "tina", "sid"))
    tina.pull()
    citizen = uuid7()
    kim.push_ok(kim.op("citizen", citizen, name="Bo"))
    assert any(c["record_id"] == citizen for c in tina.pull())
    assert sid.pull() == []
    r = sid.push(sid.op("citizen", citizen, phone="1"))[0]
    assert r["code"] == "out_of_scope"


@pytest.mark.parametrize("how", ["push", "cli"])
def test_new_mentor_receives_the_whole_case(scenario: Scenario, how: str) -> None:
    mia, kim = scenario.devices["mia"], scenario.devices["kim"]
    assert mia.pull() == []
    if how == "push":
        kim.pull()
        kim.push_ok(kim.op("case", scenario.case_id, mentors=["mo", "mia"]))
    else:
        admin.assign_case(engine=scenario.world.engine, case_id=scenario.case_id,
                          mentors=["mo", "mia"])
    got = {(c["record_type"], c["record_id"]) for c in mia.pull()}
    for rtype in EXPECTED_PULL["mo"] - {"conflict"}:
        assert (rtype, scenario.ids[rtype]) in got, rtype
    assert ("conflict", scenario.conflict_visible) in got
    # And a mentor taken off the case stops receiving its changes.
    admin.assign_case(engine=scenario.world.engine, case_id=scenario.case_id, mentors=["mia"])
    mo = scenario.devices["mo"]
    mo.pull()
    # Nobody gained anything, so only the case itself is sent again.
    assert [c["record_type"] for c in mia.pull()] == ["case"]
    kim.push_ok(kim.op("meeting", scenario.ids["meeting"], place="Nyt sted"))
    assert mo.pull() == []
    assert [c["record_id"] for c in mia.pull()] == [scenario.ids["meeting"]]


def test_team_reassignment_moves_the_case(scenario: Scenario) -> None:
    sid, kim = scenario.devices["sid"], scenario.devices["kim"]
    kim.pull()
    admin.assign_case(engine=scenario.world.engine, case_id=scenario.case_id, team="syd",
                      consultant="sid")
    got = {(c["record_type"], c["record_id"]) for c in sid.pull()}
    assert {(t, scenario.ids[t]) for t in CASE_CONTENT - {"conflict"}} <= got
    assert kim.pull() == []
    r = kim.push(kim.op("meeting", scenario.ids["meeting"], place="x"))[0]
    assert r["code"] == "out_of_scope"
