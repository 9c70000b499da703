"""I dag: register a follow-up meeting and mark actions done from the lists."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import ActionItem, Case, FollowUp


def test_today_buttons_register_follow_up_and_mark_actions_done(app) -> None:
    from desktop.services.changes import Changes
    from sync.protocol.ids import uuid7

    window = app.window
    page = window.today_page
    case = app.store.list(Case)[0]
    app.store.save(case.replace(status="aktiv"))
    yesterday = dt.date.today() - dt.timedelta(days=1)
    app.store.save(ActionItem(id=uuid7(), case_id=case.id, what="Ringe til lederen",
                              owner="jobcenter", deadline=yesterday, done=False))
    app.store.save(FollowUp(id=uuid7(), case_id=case.id, kind="midtvej",
                            due_date=dt.date.today(), label="Midtvejsopfølgning"))
    app.context.broadcast(Changes.of("action_item", "follow_up", "case", case_ids=[case.id]))
    app.idle()
    assert page.action_model.rowCount() > 0
    overdue = page.action_model.row_at(0)
    page.action_table.setCurrentIndex(page.action_model.index(0, 0))
    page.done_button.click()
    app.wait(lambda: overdue.id not in {r.id for r in page.action_model.rows})
    assert app.store.get(ActionItem, overdue.id).done is True

    assert page.follow_up_model.rowCount() > 0
    follow_up = page.follow_up_model.row_at(0)
    page.follow_up_table.setCurrentIndex(page.follow_up_model.index(0, 0))
    page.register_button.click()
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    assert editor.fields["kind"].value() == follow_up.meeting_kind
    assert editor.form.meeting.case_id == follow_up.case_id
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    assert app.store.get(FollowUp, follow_up.id).meeting_id == editor.form.meeting.id
    window.show_page(0)
    app.idle()
    assert follow_up.id not in {r.id for r in page.follow_up_model.rows}
