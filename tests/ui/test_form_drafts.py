"""The form controller's drafts, as the citizen, company and case dialogs use them: a changed
form is written as a draft by the timer, a failed write is retried by the timer (no key press
needed), and closing with "Behold som kladde" keeps it."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.domain.records import Case, Company
from desktop.services import drafts as draft_service
from desktop.ui.cases.case_editor import CaseEditorDialog
from desktop.ui.kit.form import Choice
from desktop.ui.people.company_editor import CompanyDialog
from tests.ui.helpers import visible as _visible


def _open_company(app: Any) -> CompanyDialog:
    company = app.store.list(Company)[0]
    app.window.open_company(company.id)
    app.wait(lambda: _visible(CompanyDialog))
    return _visible(CompanyDialog)


def _failing_once(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = draft_service.save_drafts

    def flaky(store: Any, *, drafts: Any) -> Any:
        calls.append(len(drafts))
        if len(calls) == 1:
            raise OSError("disk full")
        return real(store, drafts=drafts)

    monkeypatch.setattr(draft_service, "save_drafts", flaky)
    return calls


def test_a_failed_draft_write_is_retried_without_a_key_press(app, monkeypatch) -> None:
    app.context.report_error = lambda exc: None  # the error dialog is not what is tested
    dialog = _open_company(app)
    calls = _failing_once(monkeypatch)
    dialog.fields["notes"].setPlainText("Ringer tilbage i morgen")
    dialog.controller.autosave()  # the timer's first tick: the write fails
    app.wait(lambda: len(calls) == 1)
    app.idle()
    assert "prøver igen" in dialog.state.text() or "try" in dialog.state.text()
    assert app.store.drafts() == []
    dialog.controller.autosave()  # the next tick, nothing typed in between
    app.wait(lambda: len(app.store.drafts()) == 1)
    draft = app.store.drafts()[0]
    assert draft["key"] == f"company:{dialog.company.id}"
    assert draft["payload"]["record"]["notes"] == "Ringer tilbage i morgen"


def test_the_autosave_timer_itself_retries(app, monkeypatch) -> None:
    app.context.report_error = lambda exc: None
    dialog = _open_company(app)
    dialog.controller._timer.setInterval(50)
    calls = _failing_once(monkeypatch)
    dialog.fields["phone"].setText("70 10 20 30")
    app.wait(lambda: len(app.store.drafts()) == 1, timeout=10_000)
    assert len(calls) >= 2


def test_keep_as_draft_closes_and_keeps_the_case_form(app) -> None:
    case = app.store.list(Case)[0]
    app.window.edit_case(case.id)
    app.wait(lambda: _visible(CaseEditorDialog))
    dialog = _visible(CaseEditorDialog)
    dialog.case_fields["purpose"].setPlainText("Afklaring af timer")
    assert dialog.dirty and dialog.collect_draft() is not None
    assert dialog.collect_draft().record_type == "case"
    closed: list[bool] = []
    dialog.controller.closed.connect(lambda: closed.append(True))
    dialog.controller.keep_as_draft(dialog.controller.close_now)
    app.wait(lambda: closed == [True])
    assert [d["record_type"] for d in app.store.drafts()] == ["case"]


def test_the_close_question_keeps_the_draft(app, monkeypatch) -> None:
    """Closing a changed form asks once; "Behold som kladde" keeps it as a draft."""
    import desktop.ui.kit.form as form_module

    asked: list[str] = []

    def answer_keep(parent, text, answered, **_kw):
        asked.append(text)
        answered(Choice.KEEP)

    monkeypatch.setattr(form_module, "ask_unsaved", answer_keep)
    dialog = _open_company(app)
    dialog.fields["email"].setText("info@example.invalid")
    closed: list[bool] = []
    dialog.controller.closed.connect(lambda: closed.append(True))
    dialog.request_close()
    app.wait(lambda: closed == [True])
    assert len(asked) == 1
    assert [d["record_type"] for d in app.store.drafts()] == ["company"]
