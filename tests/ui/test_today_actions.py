"""I dag lists action items due this week beside the overdue ones, with who holds the ball."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.today_data import action, company_contact, refresh, two_cases


def cells(model, row_id: str) -> list[str]:
    row = next(i for i, r in enumerate(model.rows) if r.id == row_id)
    return [model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole)
            for c in range(model.columnCount())]


def test_due_this_week_and_overdue_with_the_person_holding_the_ball(app) -> None:
    mine, _ = two_cases(app)
    late = action(app, mine, what="Ringe til lederen", days=-2, owner="jobcenter")
    soon = action(app, mine, what="Sende skånehensyn", days=3, owner="virksomhed")
    later = action(app, mine, what="Ikke endnu", days=12, owner="borger")
    refresh(app)
    page = app.window.today_page
    ids = {r.id for r in page.action_model.rows}
    assert {late.id, soon.id} <= ids and later.id not in ids

    soon_cells = cells(page.action_model, soon.id)
    assert f"Virksomhed ({company_contact(app, mine)})" in soon_cells
    # Without the Danish translator (tests) the plural reads "dag(e)"; the app says "dage".
    assert soon_cells[-1].startswith("Om 3 dag")
    late_cells = cells(page.action_model, late.id)
    assert "Jobcenter (demo.konsulent)" in late_cells
    assert late_cells[-1].startswith("2 dag") and late_cells[-1].endswith("over frist")
    assert "over frist" in page.action_heading.text() and "denne uge" in page.action_heading.text()
