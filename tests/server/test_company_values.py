"""The server checks every field of the company side at push (SQLite and PostgreSQL): profile
shapes (workplaces, interests, marks), a need's hours, demands, accommodations and postcode, a
contact's action items, a network's targets and a meeting's attendance. One bad record is
refused with a reason and never blocks the good ones beside it."""

from __future__ import annotations

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from tests.server.helpers import World

NEED = {"team": "nord", "title": "Lager", "kind": "saeson", "status": "aaben"}
CONTACT = {"team": "nord", "kind": "opkald", "contacted_on": "2026-12-01"}


def test_company_side_values_are_checked_at_push(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    tina = world.device("tina", Role.TEAMLEAD, "nord")
    company, network = uuid7(), uuid7()
    good = [uuid7() for _ in range(4)]
    bad = [uuid7() for _ in range(14)]
    results = kim.push(
        kim.op("company", company, name="Lager A/S", cvr="13748136", industry="Lager",
               employees=40, interests=["kandidater_nu", "fleksjob"], marks=["cirkulaer"],
               workplaces=[{"name": "Havnen", "p_number": "1234567890", "postcode": "8000"}]),
        kim.op("company", bad[0], name="X", employees=-1),
        kim.op("company", bad[1], name="X", interests=["gratis_arbejdskraft"]),
        kim.op("company", bad[2], name="X", workplaces=[{"name": "A", "p_number": "12345"}]),
        kim.op("company", bad[3], name="X", workplaces=[{"name": "A", "evil": 1}]),
        kim.op("company_need", good[0], company_id=company, **NEED, hours_per_week=37.0,
               demands=["loeft", "tempo"], accommodations=["ekstra_pauser"], postcode="8000"),
        kim.op("company_need", bad[4], company_id=company, **NEED, hours_per_week=38.0),
        kim.op("company_need", bad[5], company_id=company, **NEED, demands=["flyve"]),
        kim.op("company_need", bad[6], company_id=company, **NEED, accommodations=["massage"]),
        kim.op("company_need", bad[7], company_id=company, **NEED, postcode="80000"),
        kim.op("company_need", bad[8], company_id=company, **NEED, postcode="8ooo"),
        kim.op("company_contact", good[1], company_id=company, **CONTACT,
               actions=[{"what": "Ring", "owner": "virksomhed", "deadline": "2026-12-08"}]),
        kim.op("company_contact", bad[9], company_id=company, **CONTACT,
               actions=[{"what": "", "owner": "virksomhed"}]),
        kim.op("company_contact", bad[10], company_id=company, **CONTACT,
               actions=[{"what": "Ring", "owner": "naboen"}]),
        kim.op("network", network, name="Dialogforum", team="nord", target_companies=20,
               target_circular_pct=20.0),
        kim.op("network", bad[11], name="Dialogforum", team="nord", target_circular_pct=120.0),
        kim.op("network_meeting", good[2], network_id=network, team="nord",
               held_at="2026-12-01T14:00:00+01:00",
               attendance=[{"name": "3F", "present": False}]),
        kim.op("network_meeting", bad[12], network_id=network, team="nord",
               held_at="2026-12-01T14:00:00+01:00", attendance=[{"present": True}]),
        kim.op("network_member", good[3], network_id=network, team="nord", kind="handicapraad",
               name="Handicaprådet", joined_on="2026-01-05"),
        kim.op("network_member", bad[13], network_id=network, team="nord", kind="naboen",
               name="X"),
    )
    statuses = [(r["status"], r["code"]) for r in results]
    ok, refused = ("applied", None), ("refused", "invalid")
    assert statuses == [
        ok, refused, refused, refused, refused,
        ok, refused, refused, refused, refused, refused,
        ok, refused, refused,
        ok, refused,
        ok, refused,
        ok, refused,
    ], results
    assert all(r.get("reason") or r.get("message") for r in results if r["status"] != "applied")
    pulled = {c["record_id"]: c for c in tina.pull()}
    assert not set(bad) & set(pulled)
    assert set(good) | {company, network} <= set(pulled)
    assert pulled[good[0]]["values"]["demands"] == ["loeft", "tempo"]
    assert pulled[company]["values"]["workplaces"][0]["p_number"] == "1234567890"


def test_another_team_never_receives_a_teams_needs_or_contacts(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    sid = world.device("sid", Role.CONSULTANT, "syd")
    company = uuid7()
    kim.push_ok(
        kim.op("company", company, name="Lager A/S"),
        kim.op("company_need", uuid7(), company_id=company, **NEED),
        kim.op("company_contact", uuid7(), company_id=company, **CONTACT),
    )
    assert [c for c in sid.pull() if c["record_type"].startswith("company")] == []
    # Nor may another team write into them.
    [result] = sid.push(sid.op("company_need", uuid7(), company_id=company, **NEED))
    assert result["status"] == "refused"
