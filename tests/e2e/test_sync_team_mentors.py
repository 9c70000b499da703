"""A sync brings the team's user list into the vault (encrypted, usable offline), and the case
form offers the team's mentors to pick from; SQLite and PostgreSQL."""

from __future__ import annotations

from desktop.services import sync as sync_service
from sync.protocol.vocabulary import Role
from tests.e2e.conftest import server_db  # noqa: F401  (the parametrised server fixture)


def test_a_sync_keeps_the_teams_mentors_in_the_vault(server, make_device) -> None:
    anne = make_device("anne")
    server.add_user("mona.mentor", Role.MENTOR)
    server.add_user("syd.mentor", Role.MENTOR, team="Team Syd")
    assert sync_service.team_members(anne.session.store) == []  # never synced: no list
    sync_service.run(anne.session, http_transport=anne.transport, sleep=lambda s: None)
    members = sync_service.team_members(anne.session.store)
    assert {"username": "mona.mentor", "role": "mentor"} in members
    assert all(m["username"] != "syd.mentor" for m in members)  # another team
    # Each sync refreshes the list.
    server.add_user("nils.mentor", Role.MENTOR)
    sync_service.run(anne.session, http_transport=anne.transport, sleep=lambda s: None)
    assert {"username": "nils.mentor", "role": "mentor"} in sync_service.team_members(
        anne.session.store)
