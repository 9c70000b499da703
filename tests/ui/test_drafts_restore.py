"""Drafts of forms open when the window closed are offered, and restored, at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.domain.records import Case
from desktop.ui.cases.case_editor import CaseEditorDialog
from desktop.ui.shell.drafts_dialog import DraftRestoreDialog


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


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
    app.window.close()
    question = app.window.close_question
    assert question is not None and question.isVisible() and "kladde" in question.text()
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
