"""The sync page, logging in with an account that does not fit the vault, and the problem list
grouped by cause (issue 12, item 4)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from desktop.domain.records import Meeting
from desktop.services import sync as sync_service
from sync.protocol.vocabulary import Role
from sync.server import models
from tests.e2e.conftest import (  # noqa: F401  (fixtures)
    SERVER_PASSWORD,
    SERVER_URL,
    server,
    server_db,
)

USER = "demo.konsulent"  # the vault's user (tests/ui/conftest.py), of Team Vest


def _log_in_from_the_page(app: Any, server: Any) -> Any:  # noqa: F811
    window = app.window
    window.sync.http_transport = server.transport()
    window.sync.sleep = lambda s: None
    window.show_page(4)
    page = window.sync_page
    page.url_edit.setText(SERVER_URL)
    page.username_edit.setText(USER)
    page.password_edit.setText(SERVER_PASSWORD)
    page.login_button.click()
    return page


def _server_records(server: Any) -> int:  # noqa: F811
    with server.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(models.records)).scalar_one()


def test_an_account_of_another_team_is_explained_and_nothing_is_pushed(app, server) -> None:  # noqa: F811
    server.add_user(USER, Role.CONSULTANT, team="Team Øst")
    waiting = app.store.outbox_count()
    assert waiting > 0
    page = _log_in_from_the_page(app, server)
    app.wait(lambda: page.login_error.isVisible())
    app.idle()
    text = page.login_error.text()
    assert "Team Øst" in text and "Team Vest" in text and "intet er sendt" in text
    assert page.login_box.isVisible() and page.login_button.isEnabled()
    assert not app.context.sync_status.status.configured
    assert app.store.get_state(sync_service.TOKEN_KEY) is None
    assert app.store.outbox_count() == waiting
    assert _server_records(server) == 0
    assert page.problem_list.count() == 1  # only "Serveren har ikke afvist noget."


def test_refusals_are_grouped_by_cause_with_a_count(app, server) -> None:  # noqa: F811
    server.add_user(USER, Role.CONSULTANT)
    page = _log_in_from_the_page(app, server)
    window = app.window
    app.wait(lambda: app.context.sync_status.status.configured)
    app.wait(lambda: not window.sync.running and app.context.sync_status.status.online)
    app.idle()
    assert app.store.outbox_count() == 0
    # The administrator moves the account to another team; the laptop's edits are now refused.
    with server.engine.begin() as conn:
        conn.execute(update(models.users).where(models.users.c.username == USER)
                     .values(team="Team Øst"))
    meetings = app.store.list(Meeting)
    assert len(meetings) >= 6
    for i, meeting in enumerate(meetings):
        app.store.save(meeting.replace(notes=f"Rettet efter flytningen {i}."))
    window.refresh_action.trigger()
    app.wait(lambda: not window.sync.running)
    app.idle()
    # Each edit is refused twice: the meeting and the log entry that goes with it.
    refused = 2 * len(meetings)
    app.wait(lambda: app.context.sync_status.status.problems == refused)
    page.reload()
    app.idle()
    items = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
    # One line per kind of record and cause, not one per refusal.
    assert [t.splitlines()[0] for t in items] == [
        f"{len(meetings)} møder afvist: ikke dit team eller din adgang",
        f"{len(meetings)} logposter afvist: ikke dit team eller din adgang",
    ]
    assert items[0].splitlines()[1].startswith("Senest ")
    assert items[0].endswith(f", {len(meetings) - 3} til")
    tooltip = page.problem_list.item(0).toolTip()
    assert tooltip.count("\n") == len(meetings) - 1  # every refused meeting, one line each
    assert page.tabs.tabText(1) == f"Afvist af serveren ({refused})"
