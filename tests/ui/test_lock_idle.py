"""Idle time locks the window."""

from __future__ import annotations

from tests.ui.conftest import PASSWORD


def test_idle_time_locks(app) -> None:
    window = app.window
    window.lock.idle.timeout_seconds = 0.2
    window.lock.idle.start()
    app.wait(lambda: window.is_locked, timeout=5000)
    app.wait(lambda: app.context.session is None)
    panel = window.lock_panel
    panel.password.setText(PASSWORD)
    panel.submit()
    app.wait(lambda: not window.is_locked)
    window.lock.idle.timeout_seconds = 3600
