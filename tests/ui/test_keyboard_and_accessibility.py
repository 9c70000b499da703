"""Keyboard only, and every input named for a screen reader with a labelled buddy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from desktop.domain.records import Case


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
