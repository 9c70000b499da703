"""I dag: "Markér som udført" can be undone."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import ActionItem, Case
from desktop.services.changes import Changes
from sync.protocol.ids import uuid7


def test_marking_an_action_done_can_be_undone(app) -> None:
    page = app.window.today_page
    case = app.store.list(Case)[0]
    app.store.save(case.replace(status="aktiv", consultant=app.context.viewer.username))
    action = ActionItem(id=uuid7(), case_id=case.id, what="Sende referatet til lederen",
                        owner="jobcenter", deadline=dt.date.today() - dt.timedelta(days=2),
                        done=False)
    app.store.save(action)
    app.context.broadcast(Changes.of("action_item", "case", case_ids=[case.id]))
    app.wait(lambda: action.id in {r.id for r in page.action_model.rows})
    row = next(i for i, r in enumerate(page.action_model.rows) if r.id == action.id)
    page.action_table.setCurrentIndex(page.action_model.index(row, 0))
    page.done_button.click()
    app.wait(lambda: app.store.get(ActionItem, action.id).done is True)
    assert page.undo_button.isVisibleTo(page)
    assert "Sende referatet til lederen" in page.undo_text.text()
    page.undo_button.click()
    app.wait(lambda: app.store.get(ActionItem, action.id).done is False)
    app.wait(lambda: action.id in {r.id for r in page.action_model.rows})
    assert not page.undo_button.isVisibleTo(page)
