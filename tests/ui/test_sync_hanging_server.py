"""A server that takes the connection and never answers (issue 12, item 3): the app keeps
working while the sync waits, the status says what is true (Forbinder …, then Offline siden kl.
HH.MM after the timeout), the failure is said once in plain Danish, and Cancel in the status bar
or on the sync page stops the sync at once and loses nothing."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.records import Meeting
from desktop.services import sync as sync_service

TIMEOUT_S = 3


class SilentServer:
    """Accepts every TCP connection, reads nothing, answers nothing, until closed."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return  # closed
            self.accepted.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def _hanging(app: Any, server: SilentServer) -> Any:
    """The app logged in to the silent server, with a change waiting and a short timeout."""
    store = app.store
    store.set_state(sync_service.SERVER_URL_KEY, f"http://127.0.0.1:{server.port}")
    store.set_state(sync_service.TOKEN_KEY, "token-for-a-server-that-never-answers")
    meeting = store.list(Meeting, limit=1)[0]
    store.save(meeting.replace(notes="Skrevet mens serveren hang."))
    context = app.context
    context.settings = dataclasses.replace(context.settings, network_timeout_seconds=TIMEOUT_S)
    window = app.window
    window.sync.http_transport = None  # the real network, to the silent socket
    window.sync.timer.stop()
    context.sync_status.refresh()
    app.idle()
    assert context.sync_status.status.configured
    return window


def _dialogs() -> list[Any]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_app_keeps_working_while_the_server_hangs_then_says_offline_once(
    app, silent_server
) -> None:
    window = _hanging(app, silent_server)
    status = window.status
    waiting = app.store.outbox_count()
    assert waiting > 0
    failures: list[str] = []
    window.sync.failed.connect(failures.append)

    started = time.monotonic()
    window.refresh_action.trigger()  # F5
    assert window.sync.running
    assert status.connection.text() == "Forbinder …"  # not "Online": nothing has answered yet
    assert status.cancel_button.isVisible()
    app.wait(lambda: silent_server.accepted, timeout=5_000)

    # While the sync waits on the server, a page loads from the database.
    today = window.today_page
    today.overview = None
    today.reload()
    app.wait(lambda: today.overview is not None, timeout=TIMEOUT_S * 1000 - 500)
    assert window.sync.running, "the page loaded only after the sync gave up"
    assert status.connection.text() == "Forbinder …"

    # The timeout ends the attempt in seconds, not minutes: offline since when, said once.
    app.wait(lambda: not window.sync.running, timeout=(TIMEOUT_S + 5) * 1000)
    assert time.monotonic() - started < TIMEOUT_S + 5
    app.idle()
    assert status.connection.text().startswith("Offline siden kl. ")
    assert not status.cancel_button.isVisible()
    assert len(failures) == 1
    message = failures[0]
    assert message.startswith("Serveren svarer ikke.")
    for name in ("Timeout", "Error", "Exception", "httpx", "("):
        assert name not in message
    assert window.sync_page.error.text() == message
    assert status.activity.text() == status.connection.text()
    assert not _dialogs()
    assert app.store.outbox_count() == waiting  # everything still waits to be sent

    # The next attempt keeps "since" at the first failure: the same text, no new message box.
    since = app.context.sync_status.status.offline_since
    window.sync.sync_now()
    app.wait(lambda: not window.sync.running, timeout=(TIMEOUT_S + 5) * 1000)
    app.idle()
    assert app.context.sync_status.status.offline_since == since
    assert not _dialogs()


def test_cancel_in_the_status_bar_stops_at_once_and_loses_nothing(app, silent_server) -> None:
    window = _hanging(app, silent_server)
    status = window.status
    waiting = app.store.outbox_count()
    failures: list[str] = []
    window.sync.failed.connect(failures.append)

    window.refresh_action.trigger()
    app.wait(lambda: silent_server.accepted, timeout=5_000)
    assert status.cancel_button.isVisible()
    clicked = time.monotonic()
    status.cancel_button.click()
    assert time.monotonic() - clicked < 0.5
    assert not window.sync.running
    assert not status.cancel_button.isVisible()
    assert status.connection.text() != "Forbinder …"
    assert status.activity.text() == "Synkronisering annulleret"

    # The abandoned request ends with the timeout; it says nothing and drops nothing.
    app.wait(lambda: window.sync.network.idle, timeout=(TIMEOUT_S + 5) * 1000)
    app.idle()
    assert failures == []
    assert not _dialogs()
    assert app.store.outbox_count() == waiting
    assert app.context.sync_status.status.pending == waiting


def test_cancel_on_the_sync_page(app, silent_server) -> None:
    window = _hanging(app, silent_server)
    page = window.sync_page
    waiting = app.store.outbox_count()
    window.show_page(4)
    assert not page.cancel_button.isVisible()
    page.button.click()
    assert window.sync.running
    assert page.cancel_button.isVisible() and not page.button.isEnabled()
    assert page.connection.text() == "Forbinder …"
    app.wait(lambda: silent_server.accepted, timeout=5_000)
    page.cancel_button.click()
    assert not window.sync.running
    assert not page.cancel_button.isVisible() and page.button.isEnabled()
    assert "Intet er tabt" in page.notice.text() and page.notice.isVisible()
    # A new sync can start straight away (it waits its turn behind the abandoned request).
    assert window.sync.sync_now()
    assert page.connection.text() == "Forbinder …"
    assert not page.notice.isVisible()
    page.cancel_button.click()
    app.wait(lambda: window.sync.network.idle, timeout=2 * (TIMEOUT_S + 5) * 1000)
    app.idle()
    assert app.store.outbox_count() == waiting
