"""The meeting form shows problems next to the fields and saves nothing while one blocks."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import Case, Meeting


def test_meeting_validation_shows_next_to_the_fields_and_saves_nothing(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    editor.fields["starts_at"].date.line.setText("32.13.2026")
    editor.fields["planned_hours"].setText("mange")
    editor.fields["next_meeting_at"].date.line.setText("01.01.2020")
    row = editor.add_action_row()
    row.deadline.line.setText("i morgen")
    editor.save()
    app.idle()
    assert app.store.get(Meeting, editor.form.meeting.id) is None
    boxes = editor.router.boxes
    assert "gyldig dato" in boxes["starts_at"].problems.text()
    assert "skriv et tal" in boxes["planned_hours"].problems.text()
    assert "dd.mm.åååå" in row.problems.text()
    assert editor.fields["starts_at"].date.line.hasFocus() or boxes["starts_at"].hasFocus() \
        or editor.fields["starts_at"].hasFocus()
    editor.fields["starts_at"].date.line.setText(dt.date.today().strftime("%d.%m.%Y"))
    editor.fields["planned_hours"].setText("12,5")
    row.deadline.line.setText("")
    editor.save()
    app.idle()
    assert "efter dette møde" in boxes["next_meeting_at"].problems.text()
    editor.fields["next_meeting_at"].date.line.setText("")
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    assert app.store.get(Meeting, editor.form.meeting.id).planned_hours == 12.5
