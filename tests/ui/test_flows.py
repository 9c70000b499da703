"""Everyday flows through the real widgets: mentors recording notes, I dag's buttons, efterværn,
validation next to the fields, companies, settings, and drafts left by a closed window."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.records import ActionItem, Case, Company, FollowUp, Meeting
from desktop.ui.cases.case_editor import CaseEditorDialog
from desktop.ui.people.company_editor import CompanyDialog
from desktop.ui.shell.case_page import AftercareDialog
from desktop.ui.shell.drafts_dialog import DraftRestoreDialog
from desktop.ui.shell.settings_dialog import SettingsDialog


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def test_mentor_records_notes_and_actions_but_cannot_edit_cases(app_factory,
                                                                 mentor_vault_dir) -> None:
    app = app_factory(mentor_vault_dir)
    window = app.window
    assert not window.cases_page.new_button.isVisible()
    assert not window.new_case_action.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    app.idle()
    assert _visible(CaseEditorDialog) is None
    mine = [c for c in app.store.list(Case) if "demo.mentor" in (c.mentors or [])]
    window.open_case(mine[0].id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    assert not window.case_view.edit_button.isVisible()
    window.case_view.meeting_button.click()
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    editor.fields["notes"].setPlainText("Mentoren: god uge, fast makker ved pakkebordet.")
    row = editor.add_action_row()
    row.what.setText("Aftale fast makker")
    row.owner.set_value("mentor")
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    saved = app.store.get(Meeting, editor.form.meeting.id)
    assert saved.notes.startswith("Mentoren")
    assert [a.what for a in app.store.list(ActionItem, where={"meeting_id": saved.id})] == [
        "Aftale fast makker"]


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


def test_plan_aftercare_from_the_case(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    before = len(app.store.list(FollowUp, where={"case_id": case.id}))
    window.open_case(case.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    view = window.case_view
    view.tabs.setCurrentIndex(4)
    view.plan_aftercare_button.click()
    app.wait(lambda: _visible(AftercareDialog))
    dialog = _visible(AftercareDialog)
    dialog.date.line.setText("31.02.2026")
    dialog._check()
    assert dialog.isVisible() and dialog.box.problems.isVisible()
    dialog.date.line.setText("02.03.2026")
    dialog._check()
    app.wait(lambda: len(app.store.list(FollowUp, where={"case_id": case.id})) == before + 5)
    app.wait(lambda: view.follow_up_model.rowCount() == before + 5)


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


def test_company_editor_validates_cvr(app) -> None:
    window = app.window
    window.show_page(2)
    page = window.companies_page
    app.wait(lambda: page.model.rowCount() > 0)
    QTest.keyClicks(page.filter, page.model.row_at(0).name.split()[0])
    assert page.model.rowCount() >= 1
    company_row = page.model.row_at(0)
    window.open_company(company_row.id)
    app.wait(lambda: _visible(CompanyDialog))
    dialog = _visible(CompanyDialog)
    dialog.fields["cvr"].setText("12345678")
    dialog.save()
    assert "kontrolcifferet" in dialog.router.boxes["cvr"].problems.text()
    dialog.fields["cvr"].setText("13748136")
    dialog.fields["name"].setText("Omdøbt Testvirksomhed ApS")
    dialog.save()
    app.wait(lambda: app.store.get(Company, company_row.id).name == "Omdøbt Testvirksomhed ApS")
    app.wait(lambda: any(r.name == "Omdøbt Testvirksomhed ApS" for r in page.model._all))


def test_settings_are_saved_and_applied(app, vault_dir: Path) -> None:
    window = app.window
    window.show_settings()
    app.wait(lambda: _visible(SettingsDialog))
    dialog = _visible(SettingsDialog)
    dialog.idle.setValue(12)
    dialog.language.set_value("en")
    dialog.accept()
    app.idle()
    saved = json.loads((vault_dir / "settings.json").read_text())
    assert saved["idle_lock_minutes"] == 12 and saved["language"] == "en"
    assert window.lock.idle.timeout_seconds == 12 * 60
    box = _visible(__import__("PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox)
    assert box is not None and "næste gang" in box.text()
    box.close()


def test_drafts_of_a_closed_window_are_offered_at_next_start(app_factory, vault_dir) -> None:
    from tests.ui.conftest import stop_app

    app = app_factory(vault_dir)
    case = app.store.list(Case)[0]
    app.window.edit_case(case.id)
    app.wait(lambda: _visible(CaseEditorDialog))
    editor = _visible(CaseEditorDialog)
    editor.case_fields.widgets["purpose"].setPlainText("Nyt formål, endnu ikke gemt")
    assert editor.dirty
    # Closing the main window keeps every open form as a draft (the dialog is not saved).
    stop_app(app)

    again = app_factory(vault_dir, offer_drafts=True)
    again.wait(lambda: _visible(DraftRestoreDialog))
    offer = _visible(DraftRestoreDialog)
    assert [r.record_type for r in offer.model.rows] == ["case"]
    offer.restore_button.click()
    again.wait(lambda: _visible(CaseEditorDialog))
    restored = _visible(CaseEditorDialog)
    assert restored.case_fields.widgets["purpose"].toPlainText() == "Nyt formål, endnu ikke gemt"
    restored.save()
    again.wait(lambda: again.store.get(Case, case.id).purpose == "Nyt formål, endnu ikke gemt")
    again.idle()
    assert again.store.drafts() == []


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
