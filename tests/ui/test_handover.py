"""Hand-over: the window shows only the one meeting form; leaving needs the password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.domain.records import Case, Meeting
from desktop.ui.kit.password import PasswordCheckDialog
from desktop.ui.shell.handover import HandOverDialog
from tests.ui.conftest import PASSWORD
from tests.ui.widget_text import all_visible_text


def _visible(cls):
    from PySide6.QtWidgets import QApplication

    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None
    )


def test_handover_shows_only_the_form_and_needs_the_password(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    editor.fields["health_notes"].setPlainText("Kun jobcentret: helbredsnote 7781")
    editor.fields["notes"].setPlainText("Konsulentens start")
    editor.handover_button.click()
    app.wait(lambda: _visible(HandOverDialog))
    _visible(HandOverDialog).accept()
    assert app.context.handover
    assert not window.nav.isVisible() and not window.menuBar().isVisible()
    assert window.content.currentWidget() is editor
    visible = "\n".join(all_visible_text())
    assert "helbredsnote 7781" not in visible
    assert "Skærmen er overdraget til borgeren" in visible
    # Navigation, other cases and closing are out of reach.
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.content.currentWidget() is editor
    editor.request_close()
    assert window.meeting_editor is editor
    window.close()
    app.wait(lambda: _visible(PasswordCheckDialog))
    _visible(PasswordCheckDialog).reject()
    assert window.isVisible() and app.context.handover

    # The citizen writes their own words and saves; the consultant's referat and the hidden
    # health note are saved too, untouched.
    editor.fields["party_comments"].setPlainText("Borgerens egne ord om ugen")
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    saved = app.store.get(Meeting, editor.form.meeting.id)
    assert saved.party_comments == "Borgerens egne ord om ugen"
    assert saved.notes == "Konsulentens start"
    assert saved.health_notes == "Kun jobcentret: helbredsnote 7781"

    window.end_handover()
    app.wait(lambda: _visible(PasswordCheckDialog))
    check = _visible(PasswordCheckDialog)
    check.password.setText("forkert")
    check.check()
    app.idle()
    assert app.context.handover and "Forkert" in check.message.text()
    check.password.setText(PASSWORD)
    check.check()
    app.wait(lambda: not app.context.handover)
    assert window.nav.isVisible()
    assert editor.fields["health_notes"].toPlainText() == "Kun jobcentret: helbredsnote 7781"
