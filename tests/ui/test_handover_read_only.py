"""Hand-over of a meeting: the citizen or company writes only their own words; everything the
consultant recorded (participants, hours, decisions, action items) is read-only, nothing deleted."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

from desktop.domain.records import ActionItem, Case, Meeting
from desktop.ui.kit.password import PasswordCheckDialog
from desktop.ui.shell.handover import HandOverDialog
from tests.ui.conftest import PASSWORD
from tests.ui.test_handover import _visible


def _editable(widget) -> bool:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.isEnabled() and not widget.isReadOnly()
    return widget.isEnabled()


def _inputs(editor):
    content = editor.scroll.widget()
    return [
        w
        for cls in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton)
        for w in content.findChildren(cls)
        if w.isVisibleTo(content)
    ]


def test_in_hand_over_only_the_partys_own_fields_are_editable(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    editor.fields["place"].setText("Lageret")
    editor.add_participant_row("Bo Frølund", "virksomhed")
    editor.fields["planned_hours"].setText("12")
    editor.fields["decisions"].setPlainText("Timerne hæves til 15.")
    row = editor.add_action_row()
    row.what.setText("Bestil hæve-sænkebord")
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    meeting_id = editor.form.meeting.id
    participants = app.store.get(Meeting, meeting_id).participants
    assert "Bo Frølund" in [p["name"] for p in participants]
    assert len(app.store.list(ActionItem, where={"meeting_id": meeting_id})) == 1

    editor.handover_button.click()
    app.wait(lambda: _visible(HandOverDialog))
    _visible(HandOverDialog).accept()
    assert app.context.handover
    app.idle()

    own = set(editor.party_widgets())
    inputs = _inputs(editor)
    assert own <= set(inputs)
    editable = [w for w in inputs if _editable(w)]
    assert set(editable) == own, [type(w).__name__ for w in editable if w not in own]
    assert not editor.add_action.isEnabled() and not editor.add_participant.isEnabled()
    assert all(not r.remove.isEnabled() for r in editor.action_rows)

    window.resize(1280, 900)
    app.idle()
    shot = os.environ.get("TREPART_SHOT_DIR")
    if shot:
        window.grab().save(str(Path(shot) / "meeting-handover.png"))

    editor.fields["party_comments"].setPlainText("Det går fint med de korte dage.")
    editor.fields["party_accommodations_view"].setPlainText(
        "Pauserne hjælper; løft er stadig svært.")
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    saved = app.store.get(Meeting, meeting_id)
    assert saved.party_comments == "Det går fint med de korte dage."
    assert saved.party_accommodations_view == "Pauserne hjælper; løft er stadig svært."
    assert saved.decisions == "Timerne hæves til 15."
    assert saved.planned_hours == 12.0
    assert saved.participants == participants
    assert len(app.store.list(ActionItem, where={"meeting_id": meeting_id})) == 1

    # Back with the consultant: the form is editable again.
    window.end_handover()
    app.wait(lambda: _visible(PasswordCheckDialog))
    check = _visible(PasswordCheckDialog)
    check.password.setText(PASSWORD)
    check.check()
    app.wait(lambda: not app.context.handover)
    assert _editable(editor.fields["decisions"]) and editor.add_action.isEnabled()
    assert all(r.remove.isEnabled() for r in editor.action_rows)
