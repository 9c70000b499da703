"""The files attached to a case or a meeting: list, attach, open (preview), delete.

Thin over desktop.services.attachments: a file is read and stored by the service on the
database worker, straight into the encrypted vault; opening shows it from memory (a PDF in
QtPdf, an image in a label), never from a file. Mentors and hand-over see only files without
health data, and cannot attach or delete.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.services import attachments as service
from desktop.services.attachments import AttachmentContent, AttachmentInfo, AttachmentRefused
from desktop.services.changes import Changes
from desktop.ui.attachments.viewer import AttachmentViewer
from desktop.ui.kit.fields import ERROR_STYLE
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table

log = logging.getLogger(__name__)


class AttachmentTableModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        tr = self.tr
        super().__init__(
            [
                Column(tr("Fil"), lambda r: r.filename),
                Column(tr("Type"), lambda r: r.media_label),
                Column(tr("Størrelse"), lambda r: service.size_text(r.size),
                       sort_key=lambda r: r.size, align_right=True),
                Column(tr("Tilføjet"), lambda r: formatting.date(
                    formatting.to_local(r.added_at).date() if r.added_at else None),
                    sort_key=lambda r: r.added_at),
                Column(tr("Helbred"), lambda r: tr("Helbredsoplysninger") if r.health else ""),
                Column(tr("Beskrivelse"), lambda r: r.description),
            ],
            parent,
        )


class AttachmentsPanel(QGroupBox):
    """The files of `case_id`, or of one meeting of it. `pending` (a meeting not saved yet)
    shows the list empty and asks for the meeting to be saved first."""

    loaded = Signal()  # the list shows the store's files
    attached = Signal(str)  # attachment id
    refused = Signal(str)  # the message shown

    def __init__(
        self,
        context: Any,
        case_id: str,
        meeting_id: str | None = None,
        parent: QWidget | None = None,
        *,
        pending: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bilag"))
        self._context = context
        self.case_id = case_id
        self.meeting_id = meeting_id
        self._pending = pending
        self.viewer_dialog: AttachmentViewer | None = None

        self.model = AttachmentTableModel(self)
        self.table = Table(self.model, self.tr("Bilag"), self)
        self.table.setSortingEnabled(False)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.opened.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.health = QCheckBox(self.tr("Helbredsoplysninger (fx lægeerklæring)"), self)
        self.health.setAccessibleName(self.health.text())
        self.health.setToolTip(
            self.tr("Filer med helbredsoplysninger vises aldrig for mentorer og sendes aldrig "
                    "til deres computere. Markeringen kan ikke fjernes igen.")
        )
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("Beskrivelse (valgfri)"))
        self.description.setAccessibleName(self.tr("Beskrivelse af filen"))
        self.description.setMaxLength(500)
        self.attach_button = QPushButton(self.tr("Vedhæft fil …"), self)
        self.attach_button.setToolTip(self.tr("PDF, JPEG eller PNG; højst %1 MB").replace(
            "%1", str(context.settings.attachment_max_mb)))
        self.attach_button.clicked.connect(self.choose_and_attach)
        self.open_button = QPushButton(self.tr("Åbn"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Slet"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(False)
        self.problem.setAccessibleName(self.tr("Problem med filen"))
        self.note = Muted(self.tr("Gem mødet for at vedhæfte filer til det."), self)
        self.note.setVisible(pending)

        new_file = QHBoxLayout()
        new_file.addWidget(self.description, 1)
        new_file.addWidget(self.health)
        new_file.addWidget(self.attach_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(new_file)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)

        context.changed.connect(self._changes)
        context.handover_changed.connect(lambda _on: self.reload())
        self._update_buttons()
        self.reload()

    # -- state -----------------------------------------------------------------------------
    @property
    def may_change(self) -> bool:
        """Attaching and deleting: jobcenter staff, not in hand-over, on a saved meeting."""
        return not self._context.viewer.restricted and not self._pending

    def set_meeting(self, meeting_id: str) -> None:
        """The meeting is saved now: its files can be attached."""
        if not self._pending and meeting_id == self.meeting_id:
            return
        self.meeting_id = meeting_id
        self._pending = False
        self.note.setVisible(False)
        self.reload()

    def _update_buttons(self) -> None:
        restricted = self._context.viewer.restricted
        for widget in (self.health, self.description, self.attach_button, self.delete_button):
            widget.setVisible(not restricted)
        for widget in (self.health, self.description, self.attach_button):
            widget.setEnabled(self.may_change)
        selected = self.selected() is not None
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected and self.may_change)

    def selected(self) -> AttachmentInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_at(index)

    def select(self, attachment_id: str) -> None:
        row = self.model.row_of_id(attachment_id)
        if row >= 0:
            self.table.selectRow(row)
            self._update_buttons()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.refused.emit(text)

    # -- loading ---------------------------------------------------------------------------
    def _changes(self, changes: Changes) -> None:
        if changes.everything or (
            changes.touches("attachment") and changes.touches_case(self.case_id)
        ):
            self.reload()

    def reload(self) -> None:
        self._update_buttons()
        if self._pending:
            self.model.set_rows([])
            self.loaded.emit()
            return
        viewer = self._context.viewer
        case_id, meeting_id = self.case_id, self.meeting_id
        self._context.op(
            self,
            lambda store: service.list_attachments(
                store, viewer=viewer, case_id=case_id, meeting_id=meeting_id
            ),
        ).success(self._show).run()

    def _show(self, rows: list[AttachmentInfo]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        if current is not None:
            self.select(current.id)
        self._update_buttons()
        self.loaded.emit()

    # -- attaching -------------------------------------------------------------------------
    def ask_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Vedhæft fil"), "",
            self.tr("PDF og billeder (%1);;Alle filer (*)").replace(
                "%1", " ".join(service.FILE_PATTERNS)),
        )
        return Path(name) if name else None

    def choose_and_attach(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.attach_path(path)

    def attach_path(self, path: Path) -> None:
        """Attach the file at `path` with the health mark and description as set; the marks
        stay as they are when the file is refused, so nothing typed is lost."""
        if not self.may_change:
            return
        viewer = self._context.viewer
        health, description = self.health.isChecked(), self.description.text()
        max_bytes = self._context.settings.attachment_max_bytes
        case_id, meeting_id = self.case_id, self.meeting_id
        self.show_problem("")
        self.attach_button.setEnabled(False)

        def job(store: Any) -> tuple[AttachmentInfo, Changes]:
            return service.attach_file(
                store, viewer=viewer, case_id=case_id, meeting_id=meeting_id, path=path,
                health=health, description=description, max_bytes=max_bytes,
            )

        def done(result: tuple[AttachmentInfo, Changes]) -> None:
            info, changes = result
            self.health.setChecked(False)
            self.description.clear()
            self._update_buttons()
            self._context.broadcast(changes)
            self.attached.emit(info.id)

        self._context.op(self, job).success(done).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        if isinstance(exc, AttachmentRefused):
            self.show_problem(self.refusal_text(exc))
        elif isinstance(exc, OSError):
            self.show_problem(self.tr("Filen kunne ikke læses (%1).").replace(
                "%1", exc.strerror or type(exc).__name__))
        else:
            self._context.report_error(exc)

    def refusal_text(self, exc: AttachmentRefused) -> str:
        """The refusal in the user's language."""
        name = exc.name
        texts = {
            "empty": self.tr("Filen «%1» er tom og kan ikke vedhæftes.").replace("%1", name),
            "too_large": self.tr(
                "Filen «%1» fylder %2. Den største fil, der kan vedhæftes, er %3 (kan ændres "
                "under Indstillinger)."
            ).replace("%1", name).replace("%2", service.size_text(exc.size)).replace(
                "%3", service.size_text(exc.limit)),
            "wrong_type": self.tr(
                "Filen «%1» er ikke en PDF, JPEG eller PNG (filens indhold er afgørende, ikke "
                "dens navn). Kun de typer kan vedhæftes."
            ).replace("%1", name),
            "no_meeting": self.tr("Mødet findes ikke i dette forløb."),
            "not_found": self.tr("Filen findes ikke, eller du har ikke adgang til den."),
            "incomplete": self.tr(
                "Filen er ikke hentet helt til denne computer endnu. Synkronisér, og prøv igen."
            ),
            "damaged": self.tr(
                "Filen er beskadiget: dens indhold passer ikke med det, der blev vedhæftet."
            ),
        }
        return texts.get(exc.reason, exc.message)

    # -- opening and deleting --------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        info = self.model.row_at(index)
        if info is not None:
            self.open_attachment(info.id)

    def open_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.open_attachment(info.id)

    def open_attachment(self, attachment_id: str) -> None:
        viewer = self._context.viewer
        self.show_problem("")
        self._context.op(
            self,
            lambda store: service.open_attachment(
                store, viewer=viewer, attachment_id=attachment_id
            ),
        ).success(self._preview).failure(self._failed).run()

    def _preview(self, content: AttachmentContent) -> None:
        if self.viewer_dialog is not None:
            self.viewer_dialog.close()
        self.viewer_dialog = AttachmentViewer(content, self.window())
        self.viewer_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer_dialog.destroyed.connect(self._viewer_gone)
        self.viewer_dialog.show()
        # The open is in the audit log now: the outbox grew.
        self._context.broadcast(Changes(outbox=True))

    def _viewer_gone(self) -> None:
        self.viewer_dialog = None

    def confirm_delete(self, info: AttachmentInfo) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Slet fil"),
            self.tr("Slette «%1»? Filen fjernes fra forløbet på alle computere.").replace(
                "%1", info.filename),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        info = self.selected()
        if info is None or not self.may_change or not self.confirm_delete(info):
            return
        viewer = self._context.viewer
        self._context.mutate(
            self,
            lambda store: service.delete_attachment(store, viewer=viewer, attachment_id=info.id),
            on_failure=self._failed,
        )
