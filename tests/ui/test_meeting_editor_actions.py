"""The meeting form with action items: two actions saved, the meeting found by a word from its
notes, its next meeting in I dag."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from desktop.domain.records import ActionItem, Meeting


def _type(widget: Any, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    QTest.keyClicks(widget, text)


def _new_case(app: Any, name: str) -> str:
    from desktop.services import cases

    viewer = app.context.viewer
    form = cases.new_case_form(app.store, viewer=viewer)
    form = cases.CaseForm(case=form.case.replace(status="aktiv"),
                          citizen=form.citizen.replace(name=name), is_new=True,
                          new_citizen=True)
    app.context.broadcast(cases.save_case_form(app.store, viewer=viewer, form=form))
    app.idle()
    return form.case.id


def test_meeting_with_two_actions_found_by_notes_and_next_meeting_in_today(app) -> None:
    case_id = _new_case(app, "Svend Søgbar")
    window = app.window
    window.open_case(case_id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    QTest.keyClick(window.case_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    assert editor.isVisible()

    _type(editor.fields["notes"], "Vi afprøvede kaffemaskinen i kantinen og talte om høreværn.")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    _type(editor.fields["next_meeting_at"].date.line, tomorrow.strftime("%d.%m.%Y"))
    _type(editor.fields["next_meeting_at"].time, "13:30")
    for what, owner_index in (("Bestille høreværn", 1), ("Sende tidsplan til mentor", 3)):
        QTest.keyClick(editor, Qt.Key.Key_H,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        row = editor.action_rows[-1]
        assert row.what.hasFocus()
        QTest.keyClicks(row.what, what)
        row.owner.setCurrentIndex(owner_index)
        _type(row.deadline.line, (dt.date.today() + dt.timedelta(days=7)).strftime("%d.%m.%Y"))
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    app.wait(lambda: not editor.dirty)
    app.idle()

    meeting = app.store.get(Meeting, editor.form.meeting.id)
    assert meeting is not None and "kaffemaskinen" in meeting.notes
    items = app.store.list(ActionItem, where={"meeting_id": meeting.id})
    assert sorted((i.what, i.owner) for i in items) == [
        ("Bestille høreværn", "virksomhed"), ("Sende tidsplan til mentor", "mentor")]

    # Found by a word from its notes, typed into the case list's search.
    window.show_page(1)
    page = window.cases_page
    app.wait(lambda: app.context.search_is_ready)
    page.search.clear()
    QTest.keyClicks(page.search, "kaffemask")
    app.wait(lambda: page.model.search_ids is not None and page.model.rowCount() == 1)
    assert page.model.row_at(0).id == case_id
    QTest.keyClicks(page.search, "xyz")
    app.wait(lambda: page.model.rowCount() == 0)

    # Its next meeting is on I dag's week list, as a planned meeting.
    window.show_page(0)
    app.idle()
    week = window.today_page.week_model.rows
    planned = [r for r in week if r.case_id == case_id]
    assert len(planned) == 1 and planned[0].planned_only
    assert planned[0].when == dt.datetime.combine(tomorrow, dt.time(13, 30))
    assert "Næste møde" in window.today_page.week_model.data(
        window.today_page.week_model.index(week.index(planned[0]), 1))
