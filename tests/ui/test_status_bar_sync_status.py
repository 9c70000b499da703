"""The status bar tells the truth about sync until an engine publishes."""

from __future__ import annotations

import datetime as dt

from desktop.services.sync_status import SyncStatus


def test_sync_status_is_honest_until_an_engine_publishes(app) -> None:
    from desktop.services import sync as sync_service

    status = app.window.status
    assert status.connection.text() == "Ikke forbundet til en server"
    assert status.last_sync.text() == "Senest synkroniseret: aldrig"
    pending = app.store.outbox_count()
    assert str(pending) in status.pending.text()
    app.window.show_page(4)
    page = app.window.sync_page
    assert not page.button.isEnabled()  # nothing to sync with yet: log in first
    assert page.login_box.isVisible()
    assert "ikke sat op" in page.explanation.text()

    # Logged in (as `trepart login` leaves it): the facts come from the store.
    app.store.set_state(sync_service.SERVER_URL_KEY, "https://trepart.example.dk")
    app.store.set_state(sync_service.TOKEN_KEY, "device-token")
    app.store.set_state(sync_service.LAST_SYNC_KEY, "2026-03-02T13:05:00+00:00")
    app.context.sync_status.refresh()
    app.idle()
    assert status.connection.text() == "Logget ind på https://trepart.example.dk"
    assert status.last_sync.text().startswith("Senest synkroniseret: 02.03.2026")
    assert "F5" in page.explanation.text()
    assert page.button.isEnabled() and not page.login_box.isVisible()

    # What a sync attempt learns is shown on top of the stored facts.
    app.context.sync_status.publish(SyncStatus(
        configured=True, online=True, pending=3,
        last_sync=dt.datetime(2026, 3, 2, 14, 5), server="https://trepart.example.dk"))
    assert status.connection.text() == "Online"
    assert status.last_sync.text() == "Senest synkroniseret: 02.03.2026 kl. 14.05"
    assert page.button.isEnabled()
