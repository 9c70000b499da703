"""After unlocking (and at start) a quiet notice lists today's meetings; nothing without any."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.domain.records import Meeting
from tests.ui.conftest import PASSWORD
from tests.ui.today_data import meeting_today, two_cases


def lock_and_unlock(app) -> None:
    window = app.window
    window.lock.lock()
    app.wait(lambda: app.context.session is None)
    panel = window.lock_panel
    panel.password.setText(PASSWORD)
    panel.submit()
    app.wait(lambda: not window.is_locked)
    app.idle()


def test_unlocking_shows_todays_meetings_with_time_and_place(app) -> None:
    mine, _ = two_cases(app)
    meeting_today(app, mine, hour=23, place="Kantinen på lageret")
    lock_and_unlock(app)
    reminder = app.window.today_page.reminder
    app.wait(lambda: reminder.isVisible())
    assert "23:00" in reminder.lines.text() and "Kantinen på lageret" in reminder.lines.text()
    # Quiet: it does not take the focus or block the window.
    assert not reminder.isWindow()
    assert QApplication.activeModalWidget() is None
    assert not reminder.isAncestorOf(QApplication.focusWidget())

    app.window.lock.lock()
    app.wait(lambda: app.context.session is None)
    assert not reminder.isVisible()  # never over the lock screen


def test_the_notice_is_shown_at_start_too(app_factory, vault_dir: Path) -> None:
    from tests.ui.conftest import stop_app

    first = app_factory(vault_dir)
    mine, _ = two_cases(first)
    meeting_today(first, mine, hour=23, place="Kontoret")
    stop_app(first)
    app = app_factory(vault_dir)
    reminder = app.window.today_page.reminder
    app.wait(lambda: reminder is not None and reminder.isVisible())
    assert "Kontoret" in reminder.lines.text()
    reminder.close_button.click()
    assert not reminder.isVisible()


def test_nothing_on_a_day_without_meetings(app) -> None:
    import datetime as dt

    today = dt.date.today()
    for meeting in app.store.list(Meeting):
        if meeting.starts_at and meeting.starts_at.date() == today:
            app.store.delete(Meeting, meeting.id)
        elif meeting.next_meeting_at and meeting.next_meeting_at.date() == today:
            app.store.save(meeting.replace(next_meeting_at=None))
    lock_and_unlock(app)
    reminder = app.window.today_page.reminder
    assert reminder is not None and not reminder.isVisible()
