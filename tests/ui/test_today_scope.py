"""I dag shows my cases by default; Teamet shows the colleagues' too, and the choice is kept."""

from __future__ import annotations

from pathlib import Path

from tests.ui.today_data import follow_up, refresh, two_cases


def case_ids(model) -> set[str]:
    return {row.case_id for row in model.rows}


def test_mine_by_default_and_teamet_on_request(app) -> None:
    mine, theirs = two_cases(app)
    follow_up(app, mine)
    follow_up(app, theirs)
    refresh(app)
    page = app.window.today_page
    assert page.mine_button.isChecked() and page.mine_button.isVisible()
    assert mine.id in case_ids(page.follow_up_model)
    assert theirs.id not in case_ids(page.follow_up_model)

    page.team_button.click()
    app.idle()
    assert {mine.id, theirs.id} <= case_ids(page.follow_up_model)
    consultants = {row.case_id: row.consultant for row in page.follow_up_model.rows}
    assert consultants[theirs.id] == "kari.konsulent"


def test_the_choice_is_remembered(app_factory, vault_dir: Path) -> None:
    from tests.ui.conftest import stop_app

    app = app_factory(vault_dir)
    app.window.today_page.team_button.click()
    app.idle()
    stop_app(app)
    again = app_factory(vault_dir)
    page = again.window.today_page
    assert page.team_button.isChecked() and not page.mine_button.isChecked()


def test_a_mentor_has_no_switch(app_factory, mentor_vault_dir: Path) -> None:
    app = app_factory(mentor_vault_dir)
    page = app.window.today_page
    assert not page.mine_button.isVisible() and not page.team_button.isVisible()
