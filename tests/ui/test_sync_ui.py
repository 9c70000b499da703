"""The Synkronisering view against a real sync server (in process, no sockets): log in, F5,
offline, a conflict resolved side by side, and a device revoked with wipe."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.domain.records import Conflict, Meeting
from desktop.services import sync as sync_service
from sync.protocol.vocabulary import Role
from sync.server import admin
from tests.e2e.conftest import (  # noqa: F401  (fixtures)
    SERVER_PASSWORD,
    SERVER_URL,
    make_device,
    server,
    server_db,
)

USER = "demo.konsulent"


def _items(widget: Any) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _logged_in(app: Any, server: Any) -> Any:  # noqa: F811
    """Log in from the view (the first sync starts by itself) and wait until it is done."""
    server.add_user(USER, Role.CONSULTANT)
    window = app.window
    window.sync.http_transport = server.transport()
    window.sync.sleep = lambda s: None
    window.show_page(4)
    page = window.sync_page
    assert page.login_box.isVisible()
    page.url_edit.setText("http://trepart.example.dk")  # http only for this computer
    page.username_edit.setText(USER)
    page.password_edit.setText(SERVER_PASSWORD)
    page.login_button.click()
    assert "https" in page.login_error.text()
    page.url_edit.setText(SERVER_URL)
    page.login_button.click()
    app.wait(lambda: app.context.sync_status.status.configured)
    app.wait(lambda: not window.sync.running and app.context.sync_status.status.online)
    app.idle()
    assert not page.login_box.isVisible()
    return window


def _press_f5(app: Any) -> None:
    window = app.window
    assert window.refresh_action.shortcut() == QKeySequence("F5")
    window.activateWindow()
    window.refresh_action.trigger()  # what F5 does from any window of the application
    app.wait(lambda: not window.sync.running)
    app.idle()


def _edit_a_meeting(app: Any, notes: str) -> Meeting:
    meeting = app.store.list(Meeting, limit=1)[0]
    return app.store.save(meeting.replace(notes=notes))


def test_log_in_from_the_view_then_f5_sends_everything(app, server) -> None:  # noqa: F811
    window = _logged_in(app, server)
    page, status = window.sync_page, window.status
    assert app.store.outbox_count() == 0
    assert status.connection.text() == "Online"
    assert "0 ændring" in status.pending.text()
    assert "aldrig" not in status.last_sync.text()
    assert any("sendt" in text for text in _items(page.history_list))
    assert sync_service.status(app.store).configured
    assert app.store.get_state(sync_service.TOKEN_KEY)  # the token lives in the vault

    _edit_a_meeting(app, "Referat skrevet offline.")
    app.context.sync_status.refresh()
    app.idle()
    assert app.context.sync_status.status.pending > 0
    progress: list[str] = []
    window.sync.progress.connect(progress.append)
    _press_f5(app)
    assert app.context.sync_status.status.pending == 0
    assert "0 ændring" in status.pending.text()
    assert any(text.startswith("Sender") for text in progress), progress
    assert any(text.startswith("Henter") for text in progress), progress
    assert len([t for t in _items(page.history_list) if "sendt" in t]) == 2


def test_offline_shows_offline_and_keeps_everything(app, server) -> None:  # noqa: F811
    window = _logged_in(app, server)
    meeting = _edit_a_meeting(app, "Skrevet i kælderen uden net.")
    waiting = app.store.outbox_count()
    window.sync.http_transport.fail_next_request = 1_000
    _press_f5(app)
    status = window.status
    # Offline since when (issue 12): the time of the first failed attempt, said once.
    assert status.connection.text().startswith("Offline siden kl. ")
    assert status.activity.text() == status.connection.text()
    assert app.store.outbox_count() == waiting
    assert str(waiting) in status.pending.text()
    assert app.store.get(Meeting, meeting.id).notes == "Skrevet i kælderen uden net."
    assert "kunne ikke nås" in window.sync_page.error.text()
    # The network is back: the next sync sends what waited.
    window.sync.http_transport.fail_next_request = 0
    _press_f5(app)
    assert status.connection.text() == "Online"
    assert app.store.outbox_count() == 0


def test_a_conflict_is_listed_and_resolved_by_picking_a_side(
    app, server, make_device, qtbot  # noqa: F811
) -> None:
    window = _logged_in(app, server)
    bo = make_device("bo")
    bo.sync()
    meeting = app.store.list(Meeting, limit=1)[0]
    assert bo.store.get(Meeting, meeting.id) is not None, "bo must see the meeting"
    app.store.save(meeting.replace(notes="Annes helt egen version af referatet."))
    bo.store.save(bo.store.get(Meeting, meeting.id).replace(notes="Bos anden version."))
    bo.sync()
    _press_f5(app)

    page = window.sync_page
    app.wait(lambda: app.context.sync_status.status.conflicts == 1)
    app.idle()
    assert "⚠1" in window.nav.item(4).text()
    assert "1 uløst(e) konflikt(er)" in window.nav.item(4).toolTip()
    assert page.tabs.tabText(0) == "Konflikter (1)"
    assert page.conflict_list.count() == 1 and "Møde" in page.conflict_list.item(0).text()

    page.conflict_list.setCurrentRow(0)
    page.resolve_button.click()
    app.wait(lambda: window.conflict_dialog is not None and window.conflict_dialog.isVisible())
    dialog = window.conflict_dialog
    texts = {dialog.kept.toPlainText(), dialog.other.toPlainText()}
    assert texts == {"Annes helt egen version af referatet.", "Bos anden version."}
    # Untouched, the result keeps both texts: resolving without choosing drops nothing.
    assert all(t in dialog.result.toPlainText() for t in texts)
    chosen = dialog.other.toPlainText()
    dialog.choose("other")
    dialog.resolve_button.click()
    app.wait(lambda: not dialog.isVisible())
    app.idle()

    assert app.store.get(Meeting, meeting.id).notes == chosen
    assert [c.resolved for c in app.store.list(Conflict)] == [True]
    app.wait(lambda: app.context.sync_status.status.conflicts == 0)
    assert "⚠" not in window.nav.item(4).text()
    # The choice reaches the others at the next sync.
    _press_f5(app)
    bo.sync()
    assert bo.store.get(Meeting, meeting.id).notes == chosen
    assert all(c.resolved for c in bo.store.list(Conflict))


def test_revoked_with_wipe_tells_the_user_and_returns_to_first_run(app, server) -> None:  # noqa: F811
    window = _logged_in(app, server)
    device_id = app.store.get_state(sync_service.SERVER_DEVICE_KEY)
    admin.revoke_device(engine=server.engine, device_id=device_id, wipe=True)
    data_dir = app.context.data_dir
    window.refresh_action.trigger()
    app.wait(lambda: getattr(window, "wiped_message", None) is not None)
    box = window.wiped_message
    assert "slettet" in box.text() and "spærret" in box.text()
    assert not (data_dir / "vault.json").exists()
    assert not (data_dir / "trepart.db").exists()
    assert not window.isVisible()
    box.button(box.StandardButton.Ok).click()
    app.wait(lambda: app.controller.wizard is not None)
    assert app.controller.window is None


def test_revoked_without_wipe_stops_syncing_and_keeps_the_data(app, server) -> None:  # noqa: F811
    window = _logged_in(app, server)
    device_id = app.store.get_state(sync_service.SERVER_DEVICE_KEY)
    admin.revoke_device(engine=server.engine, device_id=device_id, wipe=False)
    meeting = _edit_a_meeting(app, "Stadig her.")
    _press_f5(app)
    app.wait(lambda: app.context.sync_status.status.revoked)
    assert window.status.connection.text() == "Spærret af serveren"
    assert "bevaret" in window.sync_page.explanation.text()
    assert app.store.get(Meeting, meeting.id).notes == "Stadig her."
    assert not window.sync.sync_now()  # stopped
    boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible()
             and w.windowTitle() == "Computeren er spærret"]
    assert boxes


def test_settings_keep_the_server_in_the_vault_and_set_the_interval(app) -> None:
    from desktop.ui.shell.settings_dialog import SettingsDialog

    app.window.show_settings()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SettingsDialog) and w.isVisible())
    dialog.server_url.setText("http://server.example.dk")
    dialog._accept()
    assert "https" in dialog.sync_problem.text() and dialog.isVisible()
    dialog.server_url.setText("https://server.example.dk")
    dialog.sync_interval.setValue(3)
    dialog._accept()
    app.idle()
    assert app.context.settings.sync_interval_minutes == 3
    assert app.window.sync.timer.interval() == 3 * 60_000
    assert app.store.get_state(sync_service.SERVER_URL_KEY) == "https://server.example.dk"
    assert "server.example.dk" not in (app.context.data_dir / "settings.json").read_text()
