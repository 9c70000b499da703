"""Logging in checks the server account against the vault (issue 12, item 4): an account of
another team, another role or another user is refused with a Danish explanation before anything
is pushed, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services import session as sessions
from desktop.services import sync as sync_service
from sync.protocol.vocabulary import Role
from sync.server import models
from tests.e2e.conftest import (
    FAST_KDF,
    SERVER_PASSWORD,
    SERVER_URL,
    TEAM,
    VAULT_PASSWORD,
    new_case,
)

OTHER_TEAM = "Team Øst"


def _vault(tmp_path: Path, *, username: str = "anne", role: str = "consultant",
           with_case: bool = True):
    session = sessions.create_vault(tmp_path / f"vault-{username}-{role}", VAULT_PASSWORD,
                                    username=username, role=role, team=TEAM, kdf=FAST_KDF)
    if with_case:
        new_case(session.store)
    return session


def _log_in(session, server, username: str):
    return sync_service.log_in(
        session.store, server_url=SERVER_URL, username=username, password=SERVER_PASSWORD,
        http_transport=server.transport())


def _server_records(server) -> int:
    with server.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(models.records)).scalar_one()


def _refused(session, server, username: str) -> str:
    store = session.store
    waiting = store.outbox_count()
    with pytest.raises(sync_service.AccountMismatch) as caught:
        _log_in(session, server, username)
    # Nothing kept, so nothing can be pushed: no token, the outbox as it was, the server empty.
    assert store.get_state(sync_service.TOKEN_KEY) is None
    assert not sync_service.status(store).configured
    assert store.outbox_count() == waiting
    assert store.actor.team == TEAM
    assert _server_records(server) == 0
    with pytest.raises(sync_service.SyncError):
        sync_service.run(session, http_transport=server.transport())
    assert _server_records(server) == 0
    return str(caught.value)


def test_an_account_of_another_team_is_refused_before_anything_is_pushed(server, tmp_path):
    server.add_user("anne", Role.CONSULTANT, team=OTHER_TEAM)
    session = _vault(tmp_path)
    try:
        message = _refused(session, server, "anne")
    finally:
        session.close()
    assert OTHER_TEAM in message and TEAM in message
    assert "intet er sendt" in message
    assert "Error" not in message and "Mismatch" not in message


def test_an_account_with_another_role_is_refused_while_changes_wait(server, tmp_path):
    server.add_user("anne", Role.MENTOR)
    session = _vault(tmp_path)
    try:
        message = _refused(session, server, "anne")
    finally:
        session.close()
    assert "virksomhedsmentor" in message and "virksomhedskonsulent" in message


def test_another_user_is_refused_while_the_vault_users_changes_wait(server, tmp_path):
    server.add_user("bo", Role.CONSULTANT)
    session = _vault(tmp_path)
    try:
        message = _refused(session, server, "bo")
    finally:
        session.close()
    assert "anne" in message and "bo" in message


def test_the_matching_account_logs_in_and_pushes(server, tmp_path):
    server.add_user("anne", Role.CONSULTANT)
    session = _vault(tmp_path)
    try:
        _log_in(session, server, "anne")
        report = sync_service.run(session, http_transport=server.transport(), sleep=lambda s: None)
        assert report.pushed > 0 and not report.refusals
        assert session.store.outbox_count() == 0
    finally:
        session.close()


def test_an_empty_vault_takes_the_accounts_team_and_role(server, tmp_path):
    server.add_user("ole", Role.TEAMLEAD, team=OTHER_TEAM)
    session = _vault(tmp_path, username="ny.bruger", with_case=False)
    try:
        assert session.store.outbox_count() == 0
        _log_in(session, server, "ole")
        actor = session.store.actor
        assert (actor.username, actor.role, actor.team) == ("ole", "teamlead", OTHER_TEAM)
        assert sync_service.status(session.store).configured
    finally:
        session.close()
