"""A real killed process: the draft typed into a meeting form is offered back at the next start."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.domain.records import Case, Meeting
from desktop.services.session import open_session
from tests.ui.conftest import PASSWORD, start_app, stop_app
from tests.ui.crash import draft_of_killed_child

CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_process_draft_is_restored(qtbot, vault_dir: Path) -> None:
    with open_session(vault_dir, PASSWORD) as session:
        case_id = session.store.list(Case)[0].id
    meeting_id = draft_of_killed_child(CHILD, vault_dir, PASSWORD, case_id)

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
        assert [r.record_id for r in rows] == [meeting_id]
        assert rows[0].kind_label == "Møde"
        offer.restore_button.click()
        running.wait(lambda: running.window.meeting_editor is not None)
        editor = running.window.meeting_editor
        assert editor.form.meeting.id == meeting_id
        assert "faste morgenopgaver" in editor.fields["notes"].toPlainText()
        assert editor.fields["place"].text() == "Kantinen"
        assert editor.dirty  # restored, not yet saved
        editor.save()
        running.wait(lambda: not editor.dirty)
        running.idle()
        saved = running.store.get(Meeting, meeting_id)
        assert saved is not None and "faste morgenopgaver" in saved.notes
        assert running.store.drafts() == []
    finally:
        stop_app(running)
