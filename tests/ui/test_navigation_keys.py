"""Keyboard navigation: from the search field into the results, and Alt+Left as a history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_down_and_enter_from_the_search_reach_the_results(app) -> None:
    window = app.window
    window.show_page(1)
    page = window.cases_page
    app.wait(lambda: page.model.rowCount() > 0)
    first = page.model.row_at(0)
    QTest.keyClicks(page.search, first.citizen_name.split()[0])
    app.wait(lambda: page._results_match_search() and page.model.rowCount() > 0)
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    page.search.setFocus()
    target = page.model.row_at(0)
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    app.wait(lambda: window.case_view is not None and window.case_view.case_id == target.id)


def test_enter_waits_for_the_results_of_what_was_typed(app) -> None:
    window = app.window
    window.show_page(1)
    page = window.cases_page
    app.wait(lambda: page.model.rowCount() > 0)
    page._search_running = True  # a search for the newest text has not answered yet
    page.search.setText("noget helt nyt")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    app.idle()
    assert window.case_view is None
    page._search_running = False


def test_alt_left_goes_back_to_the_page_before_not_the_parent(app) -> None:
    window = app.window
    window.show_page(3)  # Borgere
    window.show_page(1)  # Forløb
    app.wait(lambda: window.cases_page.model.rowCount() > 0)
    case_id = window.cases_page.model.row_at(0).id
    window.show_page(0)  # I dag
    window.open_case(case_id)  # the case, opened from I dag
    app.wait(lambda: window.case_view is not None)
    window.go_back()
    assert window.content.currentWidget() is window.today_page  # where I came from
    window.go_back()
    assert window.content.currentWidget() is window.cases_page
    window.go_back()
    assert window.content.currentWidget() is window.citizens_page
