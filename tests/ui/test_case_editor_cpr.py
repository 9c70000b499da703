"""The case form with a CPR number: an invalid one is refused in Danish next to the field, a valid
one saves and opens the case."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.domain.records import Case, Citizen
from desktop.ui.cases.case_editor import CaseEditorDialog


def _type(widget: Any, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    QTest.keyClicks(widget, text)


def _case_editor() -> CaseEditorDialog:
    editors = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, CaseEditorDialog) and w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_create_case_with_invalid_then_valid_cpr(app) -> None:
    cases_before = app.store.count(Case)
    app.window.show_page(1)
    QTest.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    app.wait(lambda: any(isinstance(w, CaseEditorDialog) and w.isVisible()
                         for w in QApplication.topLevelWidgets()))
    editor = _case_editor()
    fields = editor.citizen_fields.widgets
    _type(fields["name"], "Karin Testesen")
    _type(fields["cpr"], "310299-1234")  # 31 February
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    box = editor.router.boxes["citizen.cpr"]
    assert box.problems.isVisible()
    assert "gyldig dato" in box.problems.text()
    assert "gyldig dato" in fields["cpr"].accessibleDescription()
    app.idle()
    assert app.store.count(Case) == cases_before  # nothing saved while invalid
    assert fields["name"].text() == "Karin Testesen"  # nothing lost either

    _type(fields["cpr"], "0101901239")
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    app.wait(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
    app.idle()
    assert app.store.count(Case) == cases_before + 1
    citizens = [c for c in app.store.list(Citizen) if c.name == "Karin Testesen"]
    assert [c.cpr for c in citizens] == ["010190-1239"]
    # The new case opens.
    app.wait(lambda: app.window.case_view is not None and app.window.case_view.overview)
    assert app.window.case_view.overview.citizen.name == "Karin Testesen"
