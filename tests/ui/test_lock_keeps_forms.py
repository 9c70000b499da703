"""Locking: every window leaves the screen, unsaved forms are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.domain.records import Case, Citizen
from tests.ui.widget_text import all_visible_text


def _type(widget: Any, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    QTest.keyClicks(widget, text)


def test_lock_hides_every_window_and_keeps_unsaved_forms(app) -> None:
    window = app.window
    case_row = app.store.list(Case)[0]
    citizen = app.store.get(Citizen, case_row.citizen_id)
    window.open_case(case_row.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    window.new_meeting(case_row.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    _type(editor.fields["notes"], "Ikke gemt endnu: låsen må ikke tabe dette.")
    window.open_citizen(citizen.id)
    app.wait(lambda: any(w.objectName() == "citizenEditor" and w.isVisible()
                         for w in QApplication.topLevelWidgets()))
    assert citizen.name in "\n".join(all_visible_text())

    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked  # at once, before any database work
    visible = "\n".join(all_visible_text())
    assert citizen.name not in visible
    assert "låsen må ikke tabe" not in visible
    assert not any(w.objectName() == "citizenEditor" and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    app.wait(lambda: app.context.session is None)
    app.idle()

    # The unsaved form became a draft in the encrypted store before the key was dropped.
    from desktop.services.session import open_session  # noqa: F401  (same process holds it)

    panel = window.lock_panel
    panel.password.setText("forkert")
    panel.submit()
    app.idle()
    assert "Forkert adgangskode" in panel.message.text()
    assert window.is_locked
    from tests.ui.conftest import PASSWORD

    panel.password.setText(PASSWORD)
    panel.submit()
    app.wait(lambda: not window.is_locked)
    app.idle()
    assert editor.fields["notes"].toPlainText() == "Ikke gemt endnu: låsen må ikke tabe dette."
    assert any(w.objectName() == "citizenEditor" and w.isVisible()
               for w in QApplication.topLevelWidgets())
    drafts = app.store.drafts()
    assert any(d["key"] == editor.form.draft_key
               and "låsen må ikke tabe" in d["payload"]["meeting"]["notes"] for d in drafts)
