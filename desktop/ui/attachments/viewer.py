"""An attached file shown from memory: a PDF page by page, an image scaled to the window.

Nothing is written to disk. There is no save or print here: taking a file out of the vault
would be an export, which is not part of viewing it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.attachments import AttachmentContent
from desktop.ui.kit.pdf_preview import PdfPreview
from desktop.ui.kit.widgets import Muted


class AttachmentViewer(QDialog):
    def __init__(self, content: AttachmentContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = content.info
        self.setWindowTitle(self.tr("Bilag: %1").replace("%1", info.filename))
        self.resize(QSize(760, 640))
        self.pdf: PdfPreview | None = None
        self.image: QLabel | None = None
        self._pixmap = QPixmap()
        layout = QVBoxLayout(self)
        if info.description:
            layout.addWidget(Muted(info.description, self))
        if info.media_type == "pdf":
            self.pdf = PdfPreview(self, show_errors=False)
            # Viewing only: saving or printing a file out of the vault is not offered here.
            self.pdf.save_button.setVisible(False)
            self.pdf.print_button.setVisible(False)
            self.pdf.set_pdf(content.data, suggested_name=info.filename)
            layout.addWidget(self.pdf, 1)
        else:
            self._pixmap.loadFromData(content.data)
            self.image = QLabel(self)
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image.setAccessibleName(self.tr("Billede: %1").replace("%1", info.filename))
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.image)
            layout.addWidget(scroll, 1)
            self._scale()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def shows_content(self) -> bool:
        if self.pdf is not None:
            return self.pdf.page_count() > 0
        return not self._pixmap.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.image is None or self._pixmap.isNull():
            return
        holder = self.image.parentWidget()
        room = holder.size() if holder is not None else self.size()
        if self._pixmap.width() <= room.width() and self._pixmap.height() <= room.height():
            self.image.setPixmap(self._pixmap)
        else:
            self.image.setPixmap(
                self._pixmap.scaled(
                    room, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
