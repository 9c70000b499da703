"""GET /v1/team: a case's mentors are picked from the team's users, which the server lists for
jobcenter staff of that team only (user name and role, nothing else)."""

from __future__ import annotations

from sync.protocol.vocabulary import Role
from sync.server import admin
from tests.server.helpers import World


def _team(world: World, device) -> dict:
    r = world.client.get("/v1/team", headers=device.headers)
    assert r.status_code == 200, r.text
    return r.json()


def test_staff_see_their_own_teams_active_users_only(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    world.user("mona.mentor", Role.MENTOR, "nord")
    world.user("lars.leder", Role.TEAMLEAD, "nord")
    world.user("syd.mentor", Role.MENTOR, "syd")
    world.user("gammel.mentor", Role.MENTOR, "nord")
    admin.set_user_disabled(engine=world.engine, username="gammel.mentor", disabled=True)
    body = _team(world, kim)
    assert body["team"] == "nord"
    assert body["members"] == [
        {"username": "kim", "role": "consultant"},
        {"username": "lars.leder", "role": "teamlead"},
        {"username": "mona.mentor", "role": "mentor"},
    ]
    assert all(set(m) == {"username", "role"} for m in body["members"])


def test_a_mentor_sees_no_team_list(world: World) -> None:
    world.user("kim", Role.CONSULTANT, "nord")
    mona = world.device("mona.mentor", Role.MENTOR, "nord")
    assert _team(world, mona)["members"] == []


def test_the_team_list_needs_a_device_token(world: World) -> None:
    assert world.client.get("/v1/team").status_code == 401
