"""Alt+letter is never ambiguous: on every screen each mnemonic letter means one thing, and
form fields are reached by theirs (also where a menu starts with another letter)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from desktop.domain.records import Case

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def mnemonics(window: QWidget) -> Counter[str]:
    letters: list[str] = []
    if window.menuBar().isVisible():
        letters += [_letter(a.text()) for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        named = isinstance(widget, QLabel) and widget.buddy() is not None
        if named or isinstance(widget, QAbstractButton):
            letters.append(_letter(widget.text()))
        elif isinstance(widget, QTabWidget):
            letters += [_letter(widget.tabText(i)) for i in range(widget.count())]
    return Counter(x for x in letters if x)


def _assert_unique(window: QWidget, where: str) -> None:
    counts = mnemonics(window)
    clashes = {k: n for k, n in counts.items() if n > 1}
    assert not clashes, f"{where}: {clashes}"


def test_no_mnemonic_clashes_on_any_screen(app) -> None:
    window = app.window
    for page in range(5):
        window.show_page(page)
        app.idle()
        _assert_unique(window, f"page {page}")
    case = app.store.list(Case)[0]
    window.open_case(case.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    _assert_unique(window, "case")
    tabs = window.case_view.tabs
    for index in range(tabs.count()):  # every tab of the case page, with the tab bar's letters
        tabs.setCurrentIndex(index)
        app.idle()
        _assert_unique(window, f"case tab {tabs.tabText(index)}")
    tabs.setCurrentIndex(0)
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    window.meeting_editor.add_action_row()
    _assert_unique(window, "meeting")
    window.edit_case(case.id)
    app.idle()
    editor = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "caseEditor" and w.isVisible())
    counts = Counter(x for x in (
        [_letter(w.text()) for w in editor.findChildren(QLabel) if w.buddy() is not None]
        + [_letter(w.text()) for w in editor.findChildren(QAbstractButton) if w.isVisible()])
        if x)
    assert not {k: n for k, n in counts.items() if n > 1}


def test_form_mnemonics_reach_their_fields(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    editor.fields["place"].setFocus()
    app.qtbot.waitUntil(editor.fields["place"].hasFocus)
    f = editor.fields
    for key, target in ((Qt.Key.Key_R, f["notes"]), (Qt.Key.Key_B, f["barriers"]),
                        (Qt.Key.Key_Y, f["kind"]), (Qt.Key.Key_A, f["actual_hours"]),
                        (Qt.Key.Key_U, f["decisions"])):
        QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        app.qtbot.waitUntil(target.hasFocus, timeout=2000)
