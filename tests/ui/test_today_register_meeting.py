"""I dag's "Registrér møde" on a colleague's follow-up names the colleague as the jobcenter
participant, not the user who registers it."""

from __future__ import annotations

from tests.ui.today_data import COLLEAGUE, follow_up, refresh, two_cases


def test_a_colleagues_follow_up_names_the_colleague(app) -> None:
    _, theirs = two_cases(app)
    due = follow_up(app, theirs)
    refresh(app)
    window = app.window
    page = window.today_page
    page.team_button.click()
    app.idle()
    row = next(i for i, r in enumerate(page.follow_up_model.rows) if r.id == due.id)
    page.follow_up_table.setCurrentIndex(page.follow_up_model.index(row, 0))
    page.register_button.click()
    app.wait(lambda: window.meeting_editor is not None)
    participants = window.meeting_editor.participants.value()
    jobcenter = [p["name"] for p in participants if p["role"] == "jobcenter"]
    assert jobcenter == [COLLEAGUE]
