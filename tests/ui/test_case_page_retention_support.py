"""The case page's retention tab (list, add, the return-to-benefits flag) and its support and
transfer tab (hours used from the meetings against the budget, transfers recorded)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from desktop.domain.records import Case, CaseTransfer, Consent, Meeting, RetentionCheck
from desktop.ui.cases.retention_panel import RetentionDialog
from desktop.ui.cases.support_panel import TransferDialog
from sync.protocol.ids import uuid7


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def _open(app, case):
    window = app.window
    window.open_case(case.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    view = window.case_view
    app.wait(lambda: view.retention_panel.overview is not None)
    return view


def test_a_return_to_benefits_is_listed_and_flagged_on_the_case(app) -> None:
    case = app.store.list(Case)[0]
    start = dt.date.today() - dt.timedelta(days=100)
    case = case.replace(job_start_date=start, start_date=start - dt.timedelta(days=60))
    app.store.save(case)
    app.store.save(RetentionCheck(id=uuid7(), case_id=case.id,
                                  checked_on=start + dt.timedelta(days=30),
                                  job_status="samme_job", hours_per_week=20.0,
                                  on_benefits=False))
    view = _open(app, case)
    panel = view.retention_panel
    assert panel.model.rowCount() == 1 and not panel.flag.isVisibleTo(panel)
    assert not view.benefit_flag.isVisibleTo(view)

    view.tabs.setCurrentWidget(panel)
    panel.add_button.click()
    app.wait(lambda: _visible(RetentionDialog))
    dialog = _visible(RetentionDialog)
    dialog.fields["hours_per_week"].setText("mange")
    dialog.save()
    app.idle()
    assert "skriv et tal" in dialog.router.boxes["hours_per_week"].problems.text()
    dialog.fields["hours_per_week"].setText("")
    dialog.fields["job_status"].set_value("sygemeldt")
    dialog.fields["on_benefits"].set_value(True)
    dialog.save()
    app.wait(lambda: len(app.store.list(RetentionCheck, where={"case_id": case.id})) == 2)
    app.wait(lambda: panel.model.rowCount() == 2)
    assert panel.flag.isVisibleTo(panel) and "tilbage til offentlig forsørgelse" in \
        panel.flag.text()
    app.wait(lambda: view.benefit_flag.isVisibleTo(view))


def test_support_hours_used_against_the_budget_and_a_transfer(app) -> None:
    case = app.store.list(Case)[0]
    case = case.replace(group="projekt", support_kind="jobcoach", support_budget=5.0)
    app.store.save(case)
    for m in app.store.list(Meeting, where={"case_id": case.id}):  # the demo's support hours
        app.store.save(m.replace(support_hours=None))
    for hours in (2.0, 4.0):
        app.store.save(Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                               starts_at=dt.datetime.now().astimezone(), support_hours=hours))
    consent = Consent(id=uuid7(), citizen_id=case.citizen_id, what="Plan og skånehensyn",
                      shared_with="Socialområdet", valid_from=dt.date.today() - dt.timedelta(30))
    app.store.save(consent)
    view = _open(app, case)
    panel = view.support_panel
    app.wait(lambda: panel.usage is not None)
    assert panel.usage.used == 6.0
    assert panel.over_notice.isVisibleTo(panel)
    assert "overskredet med 1 timer" in panel.over_notice.text()
    assert panel.remaining_value.text() == "-1 timer"

    view.tabs.setCurrentWidget(panel)
    panel.add_transfer_button.click()
    app.wait(lambda: _visible(TransferDialog))
    dialog = _visible(TransferDialog)
    dialog.save()
    app.idle()
    assert app.store.list(CaseTransfer, where={"case_id": case.id}) == []  # unit missing
    dialog.fields["unit"].setText("Social- og handicapområdet")
    dialog.fields["consent_id"].set_value(consent.id)
    dialog.fields["what_shared"].set_value("Plan og skånehensyn")
    dialog.save()
    app.wait(lambda: len(app.store.list(CaseTransfer, where={"case_id": case.id})) == 1)
    app.wait(lambda: panel.transfer_model.rowCount() == 1)
    row = panel.transfer_model.row_at(0)
    assert row.consent_label.startswith("Plan og skånehensyn")


def test_i_dag_flags_a_return_to_benefits_and_opens_the_case(app) -> None:
    case = app.store.list(Case)[0]
    start = dt.date.today() - dt.timedelta(days=90)
    app.store.save(case.replace(job_start_date=start, start_date=start - dt.timedelta(days=30)))
    app.store.save(RetentionCheck(id=uuid7(), case_id=case.id, checked_on=dt.date.today(),
                                  job_status="ledig", on_benefits=True))
    window = app.window
    page = window.today_page
    page.team_button.setChecked(True)
    page.reload()
    app.wait(lambda: page.returns.isVisibleTo(page))
    assert [i.case_id for i in page.returns.items] == [case.id]
    page.returns.linkActivated.emit(f"case:{case.id}")
    app.wait(lambda: window.case_view is not None and window.case_view.case_id == case.id)


def test_a_retention_check_typed_and_left_open_is_offered_and_restored(app_factory,
                                                                       vault_dir) -> None:
    from desktop.ui.shell.drafts_dialog import DraftRestoreDialog
    from tests.ui.conftest import stop_app

    app = app_factory(vault_dir)
    case = app.store.list(Case)[0]
    view = _open(app, case)
    view.retention_panel.add()
    app.wait(lambda: _visible(RetentionDialog))
    dialog = _visible(RetentionDialog)
    dialog.fields["job_status"].set_value("midlertidigt_job")
    dialog.fields["note"].set_value("Vikariat til sommer")
    assert dialog.dirty
    app.window.close()
    stop_app(app)

    again = app_factory(vault_dir, offer_drafts=True)
    again.wait(lambda: _visible(DraftRestoreDialog))
    offer = _visible(DraftRestoreDialog)
    assert [r.record_type for r in offer.model.rows] == ["retention_check"]
    offer.restore_button.click()
    again.wait(lambda: _visible(RetentionDialog))
    restored = _visible(RetentionDialog)
    assert restored.fields["job_status"].value() == "midlertidigt_job"
    restored.save()
    again.wait(lambda: any(c.note == "Vikariat til sommer"
                           for c in again.store.list(RetentionCheck)))
    again.idle()
    assert again.store.drafts() == []
