"""The method's forms on the real application: the screening at first contact (a new contact, the
offer to open a case as personal job broker), the fast track tab and I dag's waiting list, the
citizen's own list, the questionnaires (half filled kept as a draft, the citizen's own answers in
hand-over) and unique mnemonics on each new tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.records import Case, Citizen, Questionnaire, SchemeApplication, Screening
from desktop.ui.cases.fast_track_panel import ApplicationDialog
from desktop.ui.cases.questionnaire_panel import QuestionnaireDialog
from desktop.ui.cases.wishes_panel import WishesDialog
from desktop.ui.people.screening_dialog import ScreeningDialog
from tests.ui.test_mnemonics import _assert_unique, _letter


def _assert_dialog_unique(dialog) -> None:
    from collections import Counter

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters = [_letter(w.text()) for w in dialog.findChildren(QLabel)
               if w.buddy() is not None and w.isVisible()]
    letters += [_letter(w.text()) for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    counts = Counter(x for x in letters if x)
    assert not {k: n for k, n in counts.items() if n > 1}, counts


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def _project_case(app) -> Case:
    case = next(c for c in app.store.list(Case) if c.group != "reference")
    for q in app.store.list(Questionnaire, where={"case_id": case.id}):
        app.store.delete(Questionnaire, q.id)
    for a in app.store.list(SchemeApplication, where={"case_id": case.id}):
        app.store.delete(SchemeApplication, a.id)
    case = case.replace(wishes=[], wishes_on_citizen_copy=False)
    app.store.save(case)
    return case


def _open(app, case):
    window = app.window
    window.open_case(case.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None
             and window.case_view.case_id == case.id)
    view = window.case_view
    app.wait(lambda: view.questionnaire_panel.data is not None
             and view.fast_track_panel.checklist is not None and view.wishes_panel.own is not None)
    return view


def test_a_first_contact_screening_saves_the_citizen_and_opens_a_case(app) -> None:
    window = app.window
    window.screening_action.trigger()
    app.wait(lambda: _visible(ScreeningDialog))
    dialog = _visible(ScreeningDialog)
    assert dialog.citizen_fields is not None
    assert not dialog.fields["impairment"].isEnabled()  # no answers without consent
    dialog.save()
    app.idle()
    assert "citizen.name" in {p for p, b in dialog.router.boxes.items() if b.problems.text()}
    dialog.citizen_fields["name"].setText("Karen Førstegang")
    dialog.fields["consent_to_record"].setChecked(True)
    dialog.fields["impairment"].set_value("ja")
    dialog.fields["functions"].boxes["loeft"].setChecked(True)
    dialog.fields["what_helped"].setPlainText("Korte dage i starten")
    _assert_dialog_unique(dialog)
    dialog.save()
    app.wait(lambda: getattr(window, "screening_offer", None) is not None
             and window.screening_offer.isVisible())
    [citizen] = [c for c in app.store.list(Citizen) if c.name == "Karen Førstegang"]
    [screening] = app.store.list(Screening, where={"citizen_id": citizen.id})
    assert screening.functions == ["loeft"] and screening.screened_by == "demo.konsulent"
    box = window.screening_offer
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    app.wait(lambda: app.store.get(Screening, screening.id).opened_case_id is not None)
    case = app.store.get(Case, app.store.get(Screening, screening.id).opened_case_id)
    assert case.consultant == "demo.konsulent" and case.screening_id == screening.id
    app.wait(lambda: window.case_view is not None and window.case_view.case_id == case.id
             and window.case_view.overview is not None)
    assert window.case_view.overview.screened_at is not None

    # The citizen's window lists the screening; opening it shows the answers again.
    from desktop.ui.people.citizen_editor import CitizenDialog

    window.open_citizen(citizen.id)
    app.wait(lambda: _visible(CitizenDialog))
    citizen_dialog = _visible(CitizenDialog)
    assert citizen_dialog.screening_model.rowCount() == 1
    citizen_dialog.screening_opened.emit(screening.id)
    app.wait(lambda: _visible(ScreeningDialog))
    again = _visible(ScreeningDialog)
    assert again.citizen_fields is None and again.fields["impairment"].value() == "ja"
    assert again.fields["functions"].value() == ["loeft"]


def _row(panel):
    return next(r for r in panel.checklist.rows if r.scheme == "hjaelpemidler")


def test_fast_track_tab_and_the_waiting_list_in_i_dag(app) -> None:
    case = _project_case(app)
    view = _open(app, case)
    panel = view.fast_track_panel
    view.tabs.setCurrentWidget(panel)
    app.idle()
    _assert_unique(app.window, "fast track tab")
    assert panel.model.rowCount() == 10
    panel.table.select_id("hjaelpemidler")
    panel.edit_button.click()
    app.wait(lambda: _visible(ApplicationDialog))
    dialog = _visible(ApplicationDialog)
    dialog.fields["status"].set_value("soegt")
    dialog.fields["need_date"].set_value(dt.date.today() - dt.timedelta(days=40))
    dialog.fields["applied_date"].set_value(dt.date.today() - dt.timedelta(days=50))
    _assert_dialog_unique(dialog)
    dialog.save()
    app.idle()
    assert "før behovet" in dialog.router.boxes["applied_date"].problems.text()
    dialog.fields["applied_date"].set_value(dt.date.today() - dt.timedelta(days=30))
    dialog.save()
    app.wait(lambda: len(app.store.list(SchemeApplication, where={"case_id": case.id})) == 1)
    app.wait(lambda: _row(panel).days_waiting == 30)
    assert _row(panel).overdue  # the default threshold is 14 days

    app.window.show_page(0)
    today = app.window.today_page
    today.team_button.click()
    app.wait(lambda: (case.id, 30) in {(i.case_id, i.days) for i in today.waiting.items})
    assert today.waiting.isVisible() and "30 dage" in today.waiting.text()


def test_the_own_list_and_the_questionnaires_with_a_half_filled_draft_and_hand_over(app) -> None:
    case = _project_case(app)
    view = _open(app, case)
    wishes = view.wishes_panel
    view.tabs.setCurrentWidget(wishes)
    app.idle()
    _assert_unique(app.window, "own list tab")
    wishes.edit_button.click()
    app.wait(lambda: _visible(WishesDialog))
    dialog = _visible(WishesDialog)
    rows = dialog.fields["wishes"]
    for work in ("Dyrepasser", "Lager", "Gartneri"):
        rows.add_button.click()
        rows.rows[-1].work.setText(work)
    rows.rows[2].raised.emit(rows.rows[2])  # Gartneri up above Lager
    dialog.fields["wishes_on_citizen_copy"].setChecked(True)
    dialog.save()
    app.wait(lambda: len(app.store.get(Case, case.id).wishes) == 3)
    stored = app.store.get(Case, case.id)
    assert [w["work"] for w in stored.wishes] == ["Dyrepasser", "Gartneri", "Lager"]
    assert stored.wishes[0]["dream"] and stored.wishes_on_citizen_copy
    app.wait(lambda: wishes.model.rowCount() == 3)

    panel = view.questionnaire_panel
    view.tabs.setCurrentWidget(panel)
    app.idle()
    _assert_unique(app.window, "questionnaire tab")
    panel.start_button.click()
    app.wait(lambda: _visible(QuestionnaireDialog))
    q = _visible(QuestionnaireDialog)
    q.fields["wellbeing"].buttons[1].click()
    q.fields["confidence"].buttons[2].click()
    _assert_dialog_unique(q)
    q.save()
    app.wait(lambda: len(app.store.list(Questionnaire, where={"case_id": case.id})) == 1)
    [start] = app.store.list(Questionnaire, where={"case_id": case.id})
    assert (start.wellbeing, start.confidence, start.hours_managed) == (2, 3, None)
    app.wait(lambda: "kladde" in panel.state.text())

    # The citizen finishes the start questionnaire alone: only the questionnaire on the screen.
    panel.handover_button.click()
    app.wait(lambda: _visible(QuestionnaireDialog))
    q = _visible(QuestionnaireDialog)
    assert q.handover and not app.window.nav.isVisible() and not app.window.menuBar().isVisible()
    assert view.tabs.currentWidget() is panel and q.isModal()
    assert not q.fields["answered_on"].isEnabled() and q.fields["filled_by"].value() == "borger"
    q.fields["hours_managed"].buttons[3].click()
    q.fields["own_assessment"].buttons[4].click()
    q.fields["comment"].setPlainText("Det går bedre")
    q.save()
    app.wait(lambda: app.store.get(Questionnaire, start.id).complete)
    saved = app.store.get(Questionnaire, start.id)
    assert saved.filled_by == "borger" and saved.comment == "Det går bedre"
    app.wait(lambda: app.window.handover.return_dialog is not None)
    assert not app.window.nav.isVisible()  # only the consultant's password gives it back


def test_the_method_tabs_keep_the_case_pages_mnemonics_unique(app) -> None:
    view = _open(app, _project_case(app))
    for panel in (view.fast_track_panel, view.wishes_panel, view.questionnaire_panel):
        view.tabs.setCurrentWidget(panel)
        app.idle()
        _assert_unique(app.window, f"case tab {view.tabs.tabText(view.tabs.currentIndex())}")


def test_the_method_forms_are_field_tables_with_every_catalogue_field_placed() -> None:
    from desktop.ui.cases.fast_track_panel import APPLICATION_FORM
    from desktop.ui.cases.questionnaire_panel import QUESTIONNAIRE_FORM
    from desktop.ui.cases.wishes_panel import WISHES_FORM
    from desktop.ui.people.screening_dialog import NEW_CITIZEN_FORM, SCREENING_FORM

    for table in (APPLICATION_FORM, QUESTIONNAIRE_FORM, WISHES_FORM, SCREENING_FORM,
                  NEW_CITIZEN_FORM):
        assert table.missing() == [], table.record_type
        assert not set(table.names) & set(table.not_on_form)


def test_a_half_typed_questionnaire_left_open_is_offered_and_restored(
    app_factory, vault_dir
) -> None:
    from desktop.ui.shell.drafts_dialog import DraftRestoreDialog
    from tests.ui.conftest import stop_app

    app = app_factory(vault_dir)
    case = _project_case(app)
    view = _open(app, case)
    view.questionnaire_panel.open_kind("start")
    app.wait(lambda: _visible(QuestionnaireDialog))
    q = _visible(QuestionnaireDialog)
    q.fields["confidence"].buttons[3].click()
    assert q.dirty
    app.window.close()
    stop_app(app)

    again = app_factory(vault_dir, offer_drafts=True)
    again.wait(lambda: _visible(DraftRestoreDialog))
    offer = _visible(DraftRestoreDialog)
    assert [r.record_type for r in offer.model.rows] == ["questionnaire"]
    offer.restore_button.click()
    again.wait(lambda: _visible(QuestionnaireDialog))
    restored = _visible(QuestionnaireDialog)
    assert restored.fields["confidence"].value() == 4
    assert restored.fields["wellbeing"].value() is None
    restored.save()  # half filled: saved as it is, a draft for the report
    again.wait(lambda: any(x.confidence == 4 and not x.complete
                           for x in again.store.list(Questionnaire, where={"case_id": case.id})))
    again.idle()
    assert again.store.drafts() == []


def test_a_mentor_gets_no_method_tab_menu_or_screening(app_factory, mentor_vault_dir) -> None:
    app = app_factory(mentor_vault_dir)
    window = app.window
    assert not window.screening_action.isEnabled()
    case = next(c for c in app.store.list(Case) if "demo.mentor" in (c.mentors or []))
    window.open_case(case.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    view = window.case_view
    tabs = {view.tabs.widget(i) for i in range(view.tabs.count())}
    for panel in (view.fast_track_panel, view.wishes_panel, view.questionnaire_panel):
        assert panel not in tabs and not panel.isVisible()
    assert view.overview.screened_at is None
    window.new_screening(case.citizen_id)
    app.idle()
    assert _visible(ScreeningDialog) is None
