"""Mentor mode: no CPR numbers and no health notes anywhere on screen."""

from __future__ import annotations

from PySide6.QtTest import QTest

from desktop.domain.records import Case, Citizen, Meeting
from tests.ui.widget_text import all_widget_text


def test_mentor_mode_never_shows_cpr_or_health_notes(app_factory, mentor_vault_dir) -> None:
    app = app_factory(mentor_vault_dir)
    store = app.store
    secrets = set()
    for citizen in store.list(Citizen):
        secrets.add(citizen.cpr)
        secrets.add(citizen.cpr.replace("-", ""))
        if citizen.health_notes:
            secrets.add(citizen.health_notes)
    for meeting in store.list(Meeting):
        if meeting.health_notes:
            secrets.add(meeting.health_notes)
    # Health notes the demo does not make: put one on every meeting of a mentored case.
    mine = [c for c in store.list(Case) if "demo.mentor" in (c.mentors or [])]
    not_mine = [c for c in store.list(Case) if "demo.mentor" not in (c.mentors or [])]
    assert mine and not_mine
    for meeting in store.list(Meeting, where={"case_id": mine[0].id}):
        store.save(meeting.replace(health_notes="HEMMELIG-HELBRED-42"))
    secrets.add("HEMMELIG-HELBRED-42")
    secrets.discard(None)

    window = app.window
    texts: list[str] = []
    window.show_page(1)
    app.wait(lambda: window.cases_page.model.total == len(mine))
    texts += all_widget_text()
    for page in (0, 2, 3, 4):
        window.show_page(page)
        app.idle()
        texts += all_widget_text()
    window.open_case(mine[0].id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    for tab in range(window.case_view.tabs.count()):
        window.case_view.tabs.setCurrentIndex(tab)
        texts += all_widget_text()
    meeting_id = window.case_view.meeting_model.row_at(0).id
    window.open_meeting(meeting_id)
    app.wait(lambda: window.meeting_editor is not None)
    assert "health_notes" not in window.meeting_editor.fields
    texts += all_widget_text()
    window.open_citizen(mine[0].citizen_id)
    app.idle()
    texts += all_widget_text()
    # Search by CPR finds nothing for a mentor.
    window.meeting_editor.close_now()
    window.show_page(1)
    app.wait(lambda: app.context.search_is_ready)
    QTest.keyClicks(window.cases_page.search, next(iter(s for s in secrets if "-" in s))[:6])
    app.idle()
    assert window.cases_page.model.rowCount() == 0
    texts += all_widget_text()

    blob = "\n".join(texts)
    leaked = [s for s in secrets if s in blob]
    assert leaked == []
    assert "Henrik" in blob or window.cases_page.model.total > 0  # the walk saw real content
    # The mentor's list holds only the mentor's cases.
    assert {r.id for r in window.cases_page.model._all} == {c.id for c in mine}
