"""The case list search: names answer until the word index is ready."""

from __future__ import annotations


def test_names_answer_the_search_until_the_index_is_ready(app) -> None:
    page = app.window.cases_page
    app.window.show_page(1)
    app.wait(lambda: page.model.total > 0)
    row = page.model.row_at(0)
    first_name = row.citizen_name.split()[0]
    found = page._name_matches(first_name[:3].lower())
    assert row.id in found
    assert page._name_matches("zzzqqq") == frozenset()
    page._apply_search(first_name, found, partial=True)
    assert "kun i navne" in page.count.text()
