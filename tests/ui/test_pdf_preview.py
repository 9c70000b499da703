"""The PDF preview shows the exact bytes, prints them and saves them where the user picks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.documents import CopyFor, examples, render_agreement
from desktop.ui.kit.pdf_preview import PdfPreview


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_agreement(examples.agreement_document(), examples.organisation(), CopyFor.COMPANY)


@pytest.fixture
def preview(qtbot) -> PdfPreview:
    widget = PdfPreview(show_errors=False)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def test_shows_every_page_of_the_bytes_it_was_given(preview, pdf):
    assert not preview.print_button.isEnabled()
    assert preview.set_pdf(pdf, suggested_name="aftale.pdf")
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count() == len(PdfReader(io.BytesIO(pdf)).pages) == 2
    assert preview.pdf_bytes() == pdf
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert preview.pages_label.text() == "2 side(r)"


def test_the_preview_renders_the_page(preview, pdf):
    preview.set_pdf(pdf)
    image = preview.document.render(0, preview.document.pagePointSize(0).toSize())
    assert not image.isNull()
    # Not a blank page: some pixels are dark (text, rules, the QR code).
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 100


def test_save_as_pdf_writes_the_exact_bytes(preview, pdf, qtbot, tmp_path, monkeypatch):
    preview.set_pdf(pdf, suggested_name="aftale.pdf")
    target = tmp_path / "valgt-af-brugeren"
    monkeypatch.setattr(preview, "_ask_save_path", lambda: target)
    with qtbot.waitSignal(preview.saved) as blocker:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert blocker.args == [saved]
    assert saved.read_bytes() == pdf


def test_save_goes_through_the_handler_when_one_is_given(qtbot, pdf, tmp_path):
    calls: list[tuple[Path, bytes]] = []
    widget = PdfPreview(
        save_handler=lambda path, data: calls.append((path, data)), show_errors=False
    )
    qtbot.addWidget(widget)
    widget.set_pdf(pdf)
    widget._ask_save_path = lambda: tmp_path / "x.pdf"  # type: ignore[method-assign]
    assert widget.save_as() == tmp_path / "x.pdf"
    assert calls == [(tmp_path / "x.pdf", pdf)]
    assert not (tmp_path / "x.pdf").exists()  # the handler (the service) writes and audits


def test_a_failing_save_is_reported_not_raised(preview, pdf, qtbot, tmp_path, monkeypatch):
    preview.set_pdf(pdf)
    monkeypatch.setattr(preview, "_ask_save_path", lambda: tmp_path / "no" / "such" / "x.pdf")
    with qtbot.waitSignal(preview.failed) as blocker:
        assert preview.save_as() is None
    assert "kunne ikke gemmes" in blocker.args[0]


def test_cancelling_the_dialogs_does_nothing(preview, pdf, monkeypatch, qtbot):
    preview.set_pdf(pdf)
    monkeypatch.setattr(preview, "_ask_save_path", lambda: None)
    monkeypatch.setattr(preview, "_ask_printer", lambda: None)
    with qtbot.assertNotEmitted(preview.saved), qtbot.assertNotEmitted(preview.printed):
        assert preview.save_as() is None
        assert preview.print_document() == 0


def test_print_sends_every_page_to_the_printer(preview, pdf, qtbot, tmp_path, monkeypatch):
    preview.set_pdf(pdf)
    out = tmp_path / "printer-output.pdf"

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(preview, "_ask_printer", printer)
    with qtbot.waitSignal(preview.printed) as blocker:
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    assert len(PdfReader(out).pages) == 2


def test_bytes_that_are_not_a_pdf_are_refused_in_danish(preview, qtbot):
    with qtbot.waitSignal(preview.failed) as blocker:
        assert not preview.set_pdf(b"ikke en pdf")
    assert "ikke en gyldig PDF" in blocker.args[0]
    assert not preview.print_button.isEnabled()
