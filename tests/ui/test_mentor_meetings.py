"""A mentor writes meeting notes and actions but cannot edit cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.records import ActionItem, Case, Meeting
from desktop.ui.cases.case_editor import CaseEditorDialog


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def test_mentor_records_notes_and_actions_but_cannot_edit_cases(app_factory,
                                                                 mentor_vault_dir) -> None:
    app = app_factory(mentor_vault_dir)
    window = app.window
    assert not window.cases_page.new_button.isVisible()
    assert not window.new_case_action.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    app.idle()
    assert _visible(CaseEditorDialog) is None
    mine = [c for c in app.store.list(Case) if "demo.mentor" in (c.mentors or [])]
    window.open_case(mine[0].id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    assert not window.case_view.edit_button.isVisible()
    window.case_view.meeting_button.click()
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    editor.fields["notes"].setPlainText("Mentoren: god uge, fast makker ved pakkebordet.")
    row = editor.add_action_row()
    row.what.setText("Aftale fast makker")
    row.owner.set_value("mentor")
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    saved = app.store.get(Meeting, editor.form.meeting.id)
    assert saved.notes.startswith("Mentoren")
    assert [a.what for a in app.store.list(ActionItem, where={"meeting_id": saved.id})] == [
        "Aftale fast makker"]
