"""'Forhåndsvis / udskriv' asks whose copy, starts on the company's, makes the jobcenter's copy
(with CPR) a deliberate extra step, shows whose copy it is in big letters, and audits printing and
saving with the recipient. A mentor is never asked and only ever sees the sealed mentor copy;
minutes print from the meeting form."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.documents import CopyFor
from desktop.domain.records import Agreement, AuditEntry, Case, Citizen, Meeting, Signature
from desktop.services import documents
from desktop.ui.kit.copy_chooser import CopyChooser
from sync.protocol.vocabulary import AuditAction, DocumentStatus


def _text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages
    )


def _cpr_pattern(cpr: str) -> re.Pattern[str]:
    digits = cpr.replace("-", "")
    return re.compile(rf"{digits[:6]}-?{digits[6:]}")


def _signed_case(store, *, mentor: str | None = None) -> tuple[Case, Agreement]:
    for agreement in store.list(Agreement):
        if agreement.status != DocumentStatus.SIGNED.value:
            continue
        case = store.get(Case, agreement.case_id)
        ours = mentor is None or mentor in (case.mentors or [])
        if ours and len(store.list(Signature, where={"document_id": agreement.id})) == 3:
            return case, agreement
    raise AssertionError("the demo data has a signed agreement")


def _open_agreement(app, case_id: str):
    window = app.window
    window.open_case(case_id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    view = window.case_view
    app.wait(lambda: view.agreement_editor.has_loaded)
    view.tabs.setCurrentWidget(view.agreement_editor)
    app.idle()
    return view.agreement_editor


def _file_printer(path: Path):
    def make() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return make


def _audits(store, action: AuditAction, record_id: str) -> list[AuditEntry]:
    return [
        e
        for e in store.list(AuditEntry, where={"action": action.value})
        if e.record_id == record_id
    ]


# -- the chooser on its own ----------------------------------------------------------------
def test_the_chooser_starts_on_the_company_copy(qtbot):
    chooser = CopyChooser(None, title="Aftale om skånehensyn, version 1")
    qtbot.addWidget(chooser)
    chooser.show()
    assert chooser.chosen() is CopyFor.COMPANY
    assert chooser.buttons[CopyFor.COMPANY].isChecked()
    assert set(chooser.buttons) == set(CopyFor)
    assert chooser.show_button.isEnabled()
    assert not chooser.confirm_cpr.isVisible()


def test_the_jobcenter_copy_needs_the_extra_tick(qtbot):
    chooser = CopyChooser(None, title="Aftale")
    qtbot.addWidget(chooser)
    chooser.show()
    chooser.buttons[CopyFor.JOBCENTER].click()
    assert chooser.chosen() is CopyFor.JOBCENTER
    assert chooser.confirm_cpr.isVisible() and chooser.cpr_warning.isVisible()
    assert chooser.confirm_cpr.text() == "Jeg udskriver jobcentrets eksemplar med CPR-nummer"
    assert not chooser.show_button.isEnabled()
    chooser.accept()  # Enter or a click on a disabled button must not get past the tick
    assert chooser.isVisible() and chooser.result() != CopyChooser.DialogCode.Accepted
    chooser.confirm_cpr.click()
    assert chooser.show_button.isEnabled()
    # The tick is for this one decision: choosing another copy and coming back clears it.
    chooser.buttons[CopyFor.CITIZEN].click()
    chooser.buttons[CopyFor.JOBCENTER].click()
    assert not chooser.confirm_cpr.isChecked() and not chooser.show_button.isEnabled()
    chooser.confirm_cpr.click()
    chooser.show_button.click()
    assert chooser.result() == CopyChooser.DialogCode.Accepted


# -- a consultant prints at the company ----------------------------------------------------
def test_preview_prints_the_company_copy_without_cpr_and_audits_it(app, tmp_path, monkeypatch):
    documents.setup_demo_organisation(app.store, directory=tmp_path / "org")
    case, agreement = _signed_case(app.store)
    citizen = app.store.get(Citizen, case.citizen_id)
    assert citizen.cpr
    editor = _open_agreement(app, case.id)
    editor.preview_button.click()
    flow = editor.copy_flow
    app.wait(lambda: flow.chooser is not None and flow.chooser.isVisible())
    assert flow.chooser.chosen() is CopyFor.COMPANY
    flow.chooser.show_button.click()
    app.wait(lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog.copy_banner.text() == "Virksomhedens eksemplar"
    assert dialog.copy_banner.font().pointSizeF() >= 18 or "22pt" in dialog.copy_banner.styleSheet()
    pdf = dialog.preview.pdf_bytes()
    text = _text(pdf)
    assert not _cpr_pattern(citizen.cpr).search(text)
    assert "Virksomhedens eksemplar" in text and "Jobcentrets eksemplar" not in text
    assert documents.verify(pdf, store=app.store).valid  # the archived sealed copy

    out = tmp_path / "printer.pdf"
    monkeypatch.setattr(dialog.preview, "_ask_printer", _file_printer(out))
    with app.qtbot.waitSignal(flow.audited, timeout=10_000):
        dialog.preview.print_button.click()
    assert out.exists()
    printed = _audits(app.store, AuditAction.PRINT, agreement.id)
    assert [e.detail for e in printed] == [
        f"udskrevet: virksomhedens eksemplar, {dialog.preview.page_count()} sider"
    ]
    target = tmp_path / "aftale-til-virksomheden.pdf"
    monkeypatch.setattr(dialog.preview, "_ask_save_path", lambda: target)
    with app.qtbot.waitSignal(flow.audited, timeout=10_000):
        dialog.preview.save_button.click()
    assert target.read_bytes() == pdf
    saved = _audits(app.store, AuditAction.EXPORT, agreement.id)
    assert [e.detail for e in saved] == [
        "PDF gemt: aftale-til-virksomheden.pdf, virksomhedens eksemplar"
    ]


def test_the_jobcenter_copy_with_cpr_only_after_the_tick(app, tmp_path):
    documents.setup_demo_organisation(app.store, directory=tmp_path / "org")
    case, _agreement = _signed_case(app.store)
    citizen = app.store.get(Citizen, case.citizen_id)
    editor = _open_agreement(app, case.id)
    editor.preview_button.click()
    flow = editor.copy_flow
    app.wait(lambda: flow.chooser is not None and flow.chooser.isVisible())
    flow.chooser.buttons[CopyFor.JOBCENTER].click()
    assert not flow.chooser.show_button.isEnabled()
    flow.chooser.confirm_cpr.click()
    flow.chooser.show_button.click()
    app.wait(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.dialog.copy_banner.text() == "Jobcentrets eksemplar"
    assert _cpr_pattern(citizen.cpr).search(_text(flow.dialog.preview.pdf_bytes()))


def test_a_draft_previews_as_kladde(app, tmp_path):
    for agreement in app.store.list(Agreement):
        if agreement.status == DocumentStatus.DRAFT.value:
            break
    else:  # pragma: no cover - the demo data has drafts
        pytest.fail("no draft agreement in the demo data")
    editor = _open_agreement(app, agreement.case_id)
    editor.preview_button.click()
    flow = editor.copy_flow
    app.wait(lambda: flow.chooser is not None and flow.chooser.isVisible())
    flow.chooser.show_button.click()
    app.wait(lambda: flow.dialog is not None and flow.dialog.isVisible())
    text = _text(flow.dialog.preview.pdf_bytes())
    assert "KLADDE" in text and "Kontrolkode" not in text
    assert any("KLADDE" in note for note in flow.dialog.note_texts())


# -- a mentor --------------------------------------------------------------------------------
def _mentor_preview(app, tmp_path, *, with_certificate: bool):
    if with_certificate:
        documents.setup_demo_organisation(app.store, directory=tmp_path / "org")
    else:
        documents.save_organisation_settings(app.store, name="Jobcenter Demo Kommune")
    case, agreement = _signed_case(app.store, mentor="demo.mentor")
    editor = _open_agreement(app, case.id)
    assert editor.preview_button.isVisible()
    editor.preview_button.click()
    flow = editor.copy_flow
    app.wait(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.chooser is None  # a mentor is never asked: there is only the mentor's copy
    return editor, flow.dialog


def test_a_mentor_sees_the_sealed_mentor_copy_with_the_municipality(
    app_factory, mentor_vault_dir, tmp_path
):
    app = app_factory(mentor_vault_dir)
    editor, dialog = _mentor_preview(app, tmp_path, with_certificate=True)
    pdf = dialog.preview.pdf_bytes()
    text = _text(pdf)
    assert dialog.copy_banner.text() == "Mentorens eksemplar"
    assert "Mentorens eksemplar" in text and "Jobcentrets eksemplar" not in text
    assert "Jobcenter Demo Kommune" in text
    first_page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [
        x for x in first_page["/Resources"]["/XObject"].values()
        if x.get_object().get("/Subtype") == "/Image"
    ]
    assert images, "the municipality's logo is in the header"
    assert documents.verify(pdf, store=app.store).intact
    assert dialog.note_texts() == []
    assert "Ændr" not in editor.frozen_banner.text()
    assert not editor.change_button.isVisible()


def test_a_mentor_without_a_certificate_gets_no_certificate_note(
    app_factory, mentor_vault_dir, tmp_path
):
    app = app_factory(mentor_vault_dir)
    _editor, dialog = _mentor_preview(app, tmp_path, with_certificate=False)
    assert dialog.copy_banner.text() == "Mentorens eksemplar"
    assert "Jobcentrets eksemplar" not in _text(dialog.preview.pdf_bytes())
    assert not any("certifikat" in note.lower() for note in dialog.note_texts())


# -- minutes from the meeting form ---------------------------------------------------------
def test_minutes_print_from_the_meeting_and_are_audited(app, tmp_path, monkeypatch):
    documents.setup_demo_organisation(app.store, directory=tmp_path / "org")
    meeting = next(m for m in app.store.list(Meeting) if m.health_notes or m.notes)
    case = app.store.get(Case, meeting.case_id)
    citizen = app.store.get(Citizen, case.citizen_id)
    window = app.window
    window.open_meeting(meeting.id)
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    app.idle()
    assert editor.print_button.isVisible()
    editor.print_button.click()
    flow = editor.copy_flow
    app.wait(lambda: flow.chooser is not None and flow.chooser.isVisible())
    assert flow.chooser.chosen() is CopyFor.COMPANY
    flow.chooser.show_button.click()
    app.wait(lambda: flow.dialog is not None and flow.dialog.isVisible())
    pdf = flow.dialog.preview.pdf_bytes()
    text = _text(pdf)
    assert "Referat" in text and "Virksomhedens eksemplar" in text
    assert not _cpr_pattern(citizen.cpr).search(text)
    if meeting.health_notes:
        assert " ".join(meeting.health_notes.split()) not in text
    out = tmp_path / "referat-printer.pdf"
    monkeypatch.setattr(flow.dialog.preview, "_ask_printer", _file_printer(out))
    with app.qtbot.waitSignal(flow.audited, timeout=10_000):
        flow.dialog.preview.print_button.click()
    assert len(PdfReader(out).pages) == flow.dialog.preview.page_count() >= 1
    printed = _audits(app.store, AuditAction.PRINT, meeting.id)
    assert len(printed) == 1 and printed[0].record_type == "meeting"
    assert printed[0].case_id == meeting.case_id
    assert "virksomhedens eksemplar" in printed[0].detail


def test_minutes_are_not_printed_while_the_screen_is_handed_over(app):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.handover import HandOverDialog

    meeting = app.store.list(Meeting)[0]
    window = app.window
    window.open_meeting(meeting.id)
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    app.idle()
    assert editor.print_button.isVisible()
    editor.handover_button.click()

    def handover_dialog():
        return next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, HandOverDialog) and w.isVisible()),
            None,
        )

    app.wait(handover_dialog)
    handover_dialog().accept()
    assert app.context.handover
    assert not editor.print_button.isVisible()
    editor.print_minutes()  # e.g. a shortcut: still nothing is printed
    assert editor.copy_flow is None
