"""Craft: keyboard use, accessible names, idle lock, remembered geometry without personal data,
honest sync status, errors with the log path, no field values in the log."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from desktop.domain.records import Case, Citizen
from desktop.services.sync_status import SyncStatus
from desktop.ui.kit import errors
from tests.ui.conftest import PASSWORD


def _inputs(root):
    return [w for w in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit)
            + root.findChildren(QComboBox) + root.findChildren(QCheckBox)
            if not isinstance(w.parent(), QComboBox)]


def test_keyboard_only_flow(app) -> None:
    window = app.window
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = window.cases_page
    assert window.content.currentWidget() is page
    app.wait(lambda: page.model.rowCount() > 0)
    assert page.search.hasFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    expected = page.model.row_at(0).id
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    assert window.case_view.case_id == expected
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.content.currentWidget() is page
    # Tab leaves a table instead of walking its cells.
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()


def test_every_input_has_an_accessible_name_and_labels_have_buddies(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    editor.add_action_row()
    editor.add_action_row()
    window.edit_case(case.id)
    app.idle()
    from PySide6.QtWidgets import QApplication

    case_editor = next(w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "caseEditor" and w.isVisible())
    for root in (editor, case_editor):
        unnamed = [w for w in _inputs(root) if not w.accessibleName()]
        assert unnamed == [], [type(w).__name__ for w in unnamed]
        for label in root.findChildren(QLabel):
            if "&" in label.text() and "&&" not in label.text():
                assert label.buddy() is not None, label.text()
    names = [row.what.accessibleName() for row in editor.action_rows]
    assert names == ["Handling 1: hvad", "Handling 2: hvad"]
    buttons = [b for b in editor.findChildren(QAbstractButton) if b.isVisible()]
    assert all(b.text() or b.accessibleName() for b in buttons)


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


def test_geometry_is_remembered_without_personal_data(app_factory, vault_dir: Path) -> None:
    app = app_factory(vault_dir)
    app.window.resize(795, 533)
    names = [c.name for c in app.store.list(Citizen)]
    app.window.save_geometry()
    ini = (vault_dir / "ui.ini").read_bytes()
    assert ini and not any(n.encode() in ini for n in names)
    from tests.ui.conftest import stop_app

    stop_app(app)
    again = app_factory(vault_dir)
    assert (again.window.width(), again.window.height()) == (795, 533)


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


def test_unexpected_error_dialog_has_details_and_log_path(qtbot, tmp_path: Path) -> None:
    from desktop.app import setup_logging

    root_level = logging.getLogger().level
    path = setup_logging(tmp_path)
    errors.set_log_path(path)
    try:
        value = "-".join(("010190", "1239")) + " Anne Sørensen"  # as data, not as source code
        try:
            raise ValueError(value)
        except ValueError as exc:
            error = exc
        errors.show_error(error)
        box = next(w for w in __import__("PySide6.QtWidgets", fromlist=["QApplication"])
                   .QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                   and w.isVisible())
        assert "uventet fejl" in box.text()
        assert str(path) in box.informativeText()
        assert "ValueError" in box.detailedText()
        box.close()
        for handler in logging.getLogger().handlers:
            if getattr(handler, "baseFilename", "") == str(path):
                handler.flush()
        log = path.read_text(encoding="utf-8")
        assert "ValueError" in log
        assert "010190-1239" not in log and "Anne" not in log  # no field values in the log
    finally:
        errors.set_log_path(None)
        root = logging.getLogger()
        root.setLevel(root_level)
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(path):
                root.removeHandler(handler)
                handler.close()


def test_expected_errors_are_plain_danish(app) -> None:
    from desktop.domain.problems import Problem, ValidationError
    from desktop.vault import UnlockThrottled, WrongPassword

    assert errors.expected_message(WrongPassword()) == "Forkert adgangskode."
    assert "Prøv igen om 5" in errors.expected_message(UnlockThrottled(4.2))
    message = errors.expected_message(ValidationError([Problem("x", "y", "Navn skal udfyldes.")]))
    assert message == "Navn skal udfyldes."
    assert errors.expected_message(RuntimeError("bug")) is None
