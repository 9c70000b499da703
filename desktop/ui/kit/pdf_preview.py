"""Preview of a PDF's exact bytes (QtPdf), with "Udskriv" and "Gem som PDF".

The bytes stay in memory (a QBuffer); nothing is written to disk unless the user saves. What
the preview shows is what prints and what is saved: the archived, sealed bytes of a signed
version. Auditing is the caller's job: connect `printed` and `saved` (or pass `save_handler`)
to the documents service.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300




class PdfPreview(QWidget):
    """Shows PDF bytes page by page; prints them and saves them where the user chooses."""

    printed = Signal(int)  # number of pages sent to the printer
    saved = Signal(Path)
    failed = Signal(str)  # a Danish message, also shown to the user

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save_handler: Callable[[Path, bytes], None] | None = None,
        show_errors: bool = True,
    ) -> None:
        super().__init__(parent)
        self._data = QByteArray()
        self._buffer = QBuffer(self)
        self._suggested_name = "dokument.pdf"
        self._save_handler = save_handler
        self._show_errors = show_errors

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.print_button = QPushButton(self.tr("Udskriv"), self)
        self.save_button = QPushButton(self.tr("Gem som PDF"), self)
        self.pages_label = QLabel(self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_actions()

    # -- content -------------------------------------------------------------------------------
    def set_pdf(self, data: bytes, *, suggested_name: str = "dokument.pdf") -> bool:
        """Show these bytes; False (and `failed`) when they are not a readable PDF."""
        self.document.close()
        self._buffer.close()
        self._data = QByteArray(data)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._suggested_name = suggested_name
        self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        if not ok:
            self._fail(self.tr("Dokumentet kan ikke vises: filen er ikke en gyldig PDF."))
        self._update_actions()
        return ok

    def pdf_bytes(self) -> bytes:
        return bytes(self._data.data())

    def page_count(self) -> int:
        return self.document.pageCount()

    def _update_actions(self) -> None:
        pages = self.page_count() if self.document.status() == QPdfDocument.Status.Ready else 0
        self.print_button.setEnabled(pages > 0)
        self.save_button.setEnabled(pages > 0)
        self.pages_label.setText(self.tr("%n side(r)", "", pages) if pages else "")

    # -- saving --------------------------------------------------------------------------------
    def _ask_save_path(self) -> Path | None:
        """The save dialog (replaced in tests)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem som PDF"), self._suggested_name, self.tr("PDF-filer (*.pdf)")
        )
        return Path(name) if name else None

    def save_as(self) -> Path | None:
        path = self._ask_save_path()
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            if self._save_handler is not None:
                self._save_handler(path, self.pdf_bytes())
            else:
                path.write_bytes(self.pdf_bytes())
        except Exception as exc:  # the handler may raise the service's own errors
            log.warning("PDF kunne ikke gemmes: %s", type(exc).__name__)
            self._fail(self.tr("Filen kunne ikke gemmes: %1").replace("%1", str(exc)))
            return None
        self.saved.emit(path)
        return path

    # -- printing ------------------------------------------------------------------------------
    def _ask_printer(self) -> QPrinter | None:
        """The print dialog (replaced in tests); None when the user cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv"))
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_document(self) -> int:
        """Ask for a printer and print; returns the number of pages printed."""
        printer = self._ask_printer()
        if printer is None:
            return 0
        pages = self.print_to(printer)
        if pages:
            self.printed.emit(pages)
        return pages

    def print_to(self, printer: QPrinter) -> int:
        """Render each page at the printer's resolution (at most 300 dpi) and paint it."""
        count = self.page_count()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(count - 1, printer.toPage() - 1)
        painter = QPainter()
        if not painter.begin(printer):
            self._fail(self.tr("Printeren kunne ikke startes."))
            return 0
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        printed = 0
        try:
            for page in range(first, last + 1):
                if printed:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                image = self.document.render(page, pixels)
                target = _fit(painter.viewport(), pixels)
                painter.setViewport(target)
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                printed += 1
        finally:
            painter.end()
        return printed

    def _fail(self, message: str) -> None:
        self.failed.emit(message)
        if self._show_errors:
            QMessageBox.warning(self, self.tr("Dokument"), message)


class DocumentPreviewDialog(QDialog):
    """A preview window that says in large letters whose copy is on screen."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        copy_label: str,
        notes: list[str] | tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(f"{title} · {copy_label}")
        layout = QVBoxLayout(self)
        self.copy_banner = QLabel(copy_label, self)
        self.copy_banner.setObjectName("copyBanner")
        self.copy_banner.setAccessibleName(self.tr("Eksemplar"))
        self.copy_banner.setStyleSheet(
            "font-size: 22pt; font-weight: 700; color: #1d4e89; padding: 4px 0;"
        )
        layout.addWidget(self.copy_banner)
        self.notes: list[QLabel] = []
        for text in notes:
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setStyleSheet("color: #5f6b7a;")
            self.notes.append(label)
            layout.addWidget(label)
        self.preview = PdfPreview(self)
        layout.addWidget(self.preview, 1)
        self.resize(820, 740)

    def note_texts(self) -> list[str]:
        return [label.text() for label in self.notes]


def _fit(area: QRect, size: QSize) -> QRect:
    """The largest rectangle of size's aspect ratio centred in area."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - scaled.width()) // 2
    y = area.y() + (area.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())
