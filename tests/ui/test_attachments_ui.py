"""Attachments in the app: attach to a meeting from a file, preview it from memory, the health
mark hides it from a mentor's screen, a refused file says why in Danish and loses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from desktop.domain.records import Attachment, AuditEntry, Case, Meeting
from desktop.services import attachments as att
from desktop.services.settings import AppSettings
from desktop.ui.attachments.panel import AttachmentsPanel
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.shell.settings_dialog import SettingsDialog
from tests.attachment_files import EXE_BYTES, big_pdf, pdf_bytes, png_bytes


def _meeting_editor(app: Any) -> tuple[MeetingEditor, Meeting]:
    meeting = app.store.list(Meeting)[0]
    app.window.open_meeting(meeting.id)
    app.wait(lambda: app.window.meeting_editor is not None
             and app.window.meeting_editor.form.meeting.id == meeting.id)
    editor = app.window.meeting_editor
    app.idle()
    return editor, meeting


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_file_is_attached_to_the_meeting_and_previewed_from_memory(app, tmp_path) -> None:
    editor, meeting = _meeting_editor(app)
    panel = editor.attachments
    assert panel.attach_button.isEnabled() and panel.model.rowCount() == 0
    pdf = pdf_bytes()
    panel.description.setText("Underskrevet praktikaftale")
    panel.attach_path(_write(tmp_path, "aftale.pdf", pdf))
    app.wait(lambda: panel.model.rowCount() == 1)
    row = panel.model.rows[0]
    assert (row.filename, row.media_type, row.meeting_id) == ("aftale.pdf", "pdf", meeting.id)
    assert panel.description.text() == ""  # ready for the next file

    panel.select(row.id)
    panel.open_selected()
    app.wait(lambda: panel.viewer_dialog is not None)
    dialog = panel.viewer_dialog
    assert dialog.pdf is not None and dialog.shows_content
    assert not dialog.pdf.save_button.isVisible() and not dialog.pdf.print_button.isVisible()
    assert "Underskrevet praktikaftale" in [w.text() for w in dialog.findChildren(QLabel)]
    views = [e for e in app.store.list(AuditEntry, where={"record_id": row.id})
             if e.action == "view"]
    assert len(views) == 1
    dialog.close()

    png = png_bytes()
    panel.attach_path(_write(tmp_path, "foto.png", png))
    app.wait(lambda: panel.model.rowCount() == 2)
    image = next(r for r in panel.model.rows if r.media_type == "png")
    panel.open_attachment(image.id)
    app.wait(lambda: panel.viewer_dialog is not None and panel.viewer_dialog.image is not None)
    assert panel.viewer_dialog.shows_content


def test_a_refused_file_says_why_in_danish_and_nothing_is_lost(app, tmp_path) -> None:
    editor, _meeting = _meeting_editor(app)
    panel = editor.attachments
    editor.fields.widgets["place"].setText("Lageret, 1. sal")
    panel.health.setChecked(True)
    panel.description.setText("Lægeerklæring fra egen læge")
    refused: list[str] = []
    panel.refused.connect(refused.append)

    limit = AppSettings().attachment_max_bytes
    panel.attach_path(_write(tmp_path, "stor.pdf", big_pdf(limit + 1)))
    app.wait(lambda: refused)
    assert "Den største fil, der kan vedhæftes, er 50,0 MB" in refused[-1]
    assert panel.problem.isVisible() and "stor.pdf" in panel.problem.text()

    panel.attach_path(_write(tmp_path, "erklaering.pdf", EXE_BYTES))
    app.wait(lambda: len(refused) == 2)
    assert "ikke en PDF, JPEG eller PNG" in refused[-1]

    # What the user set up is still there, the meeting form is untouched, nothing stored.
    assert panel.health.isChecked()
    assert panel.description.text() == "Lægeerklæring fra egen læge"
    assert editor.fields.widgets["place"].text() == "Lageret, 1. sal" and editor.dirty
    assert app.store.count(Attachment) == 0
    panel.attach_path(_write(tmp_path, "erklaering.pdf", pdf_bytes()))
    app.wait(lambda: panel.model.rowCount() == 1)
    assert panel.model.rows[0].health and not panel.problem.isVisible()


def test_a_new_meeting_takes_files_once_it_is_saved(app) -> None:
    case = app.store.list(Case)[0]
    app.window.meetings.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: app.window.meeting_editor is not None
             and app.window.meeting_editor.form.is_new)
    editor = app.window.meeting_editor
    panel = editor.attachments
    assert not panel.attach_button.isEnabled() and panel.note.isVisibleTo(editor)
    editor.fields.widgets["place"].setText("Kontoret")
    editor.save()
    app.wait(lambda: not editor.form.is_new)
    app.idle()
    assert panel.attach_button.isEnabled() and not panel.note.isVisibleTo(editor)
    assert panel.meeting_id == editor.form.meeting.id


def test_a_mentor_sees_no_health_marked_file_and_cannot_attach(app_factory, mentor_vault_dir,
                                                               qtbot) -> None:
    app = app_factory(mentor_vault_dir)
    case = next(c for c in app.store.list(Case) if "demo.mentor" in (c.mentors or []))
    # Files as a consultant attached them (a mentor's laptop receives them by sync).
    from desktop.services.access import Viewer

    consultant = Viewer(username="demo.konsulent", role="consultant", team="Team Vest")
    infos = {}
    for name, data, health in (("blanket.png", png_bytes(), False),
                               ("laegeerklaering.pdf", pdf_bytes(), True)):
        infos[name], _ = att.attach(app.store, viewer=consultant, case_id=case.id,
                                    filename=name, data=data, health=health,
                                    max_bytes=AppSettings().attachment_max_bytes)
    panel = AttachmentsPanel(app.context, case.id)
    qtbot.addWidget(panel)
    panel.show()
    app.wait(lambda: panel.model.rowCount() == 1)
    assert panel.model.rows[0].filename == "blanket.png"
    assert not panel.attach_button.isVisible() and not panel.health.isVisible()
    assert not panel.delete_button.isVisible()
    assert panel.open_button.isVisible()


def test_the_settings_dialog_sets_the_attachment_limit(app) -> None:
    dialog = SettingsDialog(app.context, app.window)
    assert dialog.attachment_max.value() == 50
    dialog.attachment_max.setValue(20)
    assert dialog.chosen().attachment_max_mb == 20
    assert dialog.chosen().attachment_max_bytes == 20 * 1024 * 1024
    dialog.reject()

