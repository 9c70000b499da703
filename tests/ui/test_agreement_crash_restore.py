"""A real killed process: the agreement typed and never saved is offered at the next start and
restored into the case page's Skånehensyn tab."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.domain.records import Agreement
from desktop.services import drafts as draft_service
from desktop.services.session import open_session
from tests.ui.agreement_crash_child import BAD_DAY
from tests.ui.conftest import PASSWORD, start_app, stop_app
from tests.ui.crash import draft_of_killed_child
from tests.ui.test_agreements_ui import _new_case

CHILD = Path(__file__).with_name("agreement_crash_child.py")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_process_agreement_draft_is_offered_and_restored(qtbot, vault_dir: Path) -> None:
    with open_session(vault_dir, PASSWORD) as session:
        case_id = _new_case(session.store).id  # no agreement yet: the child makes a new one
    agreement_id = draft_of_killed_child(CHILD, vault_dir, PASSWORD, case_id)

    running = start_app(qtbot, vault_dir, offer_drafts=True)
    try:
        from PySide6.QtWidgets import QApplication

        from desktop.ui.shell.drafts_dialog import DraftRestoreDialog

        def dialog():
            return next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, DraftRestoreDialog) and w.isVisible()), None)

        running.wait(dialog)
        offer = dialog()
        rows = offer.model.rows
        assert [r.record_id for r in rows] == [agreement_id]
        assert rows[0].kind_label == "Aftale" and rows[0].case_id == case_id
        key = rows[0].key
        offer.reject()

        # What the main window's restore does for an agreement draft: open its case, then hand
        # the draft to the case page.
        payload = draft_service.load_draft(running.store, key=key)
        window = running.window
        window.open_case(case_id)
        view = window.case_view
        view.restore_document_draft("agreement", payload)
        editor = view.agreement_editor
        running.wait(lambda: editor.dirty)
        assert view.tabs.currentWidget() is editor
        assert editor.document.id == agreement_id and editor.is_new
        assert editor.bad_day_plan.toPlainText() == BAD_DAY
        assert editor.hours_per_week.text() == "12"
        assert "Gendannet fra kladde" in editor.state.text()
        editor.add_from_catalogue("ekstra_pauser")
        for day in ("man", "tir", "tor"):
            editor.weekday[day].setText("4")
        editor.save()
        running.wait(lambda: not editor.dirty and not editor.busy)
        running.idle()
        saved = running.store.get(Agreement, agreement_id)
        assert saved is not None and saved.bad_day_plan == BAD_DAY
        assert draft_service.load_draft(running.store, key=key) is None
    finally:
        stop_app(running)
