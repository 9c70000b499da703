"""'Forhåndsvis / udskriv': first ask whose copy, then show, print and save exactly that copy.

Every recipient gets the copy meant for them: the company's copy is the default (the consultant
usually prints at the company), the jobcenter's copy carries the CPR number and needs one
deliberate extra tick, and a mentor is never asked: a mentor only ever gets the mentor's copy.
Printing and "Gem som PDF" are audited with the recipient.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents import CopyFor
from desktop.services import documents
from desktop.ui.kit.pdf_preview import DocumentPreviewDialog
from desktop.ui.kit.widgets import Heading, Muted

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)




class CopyChooser(QDialog):
    """Whose copy to preview and print. Starts on the company's copy."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        copies: tuple[CopyFor, ...] = documents.STAFF_COPIES,
        default: CopyFor = documents.DEFAULT_COPY,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("copyChooser")
        self.setWindowTitle(self.tr("Forhåndsvis / udskriv"))
        self.buttons: dict[CopyFor, QRadioButton] = {}
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Hvem skal have eksemplaret?"), self, size=1.2))
        layout.addWidget(Muted(title, self))
        for copy_for in copies:
            button = QRadioButton(self._text(copy_for), self)
            button.setObjectName(f"copy_{copy_for.value}")
            self.buttons[copy_for] = button
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self._update)
        self.confirm_cpr = QCheckBox(
            self.tr("Jeg udskriver jobcentrets eksemplar med CPR-nummer"), self
        )
        self.confirm_cpr.setObjectName("confirmCpr")
        self.cpr_warning = QLabel(
            self.tr(
                "Jobcentrets eksemplar er til sagen og viser borgerens CPR-nummer. "
                "Giv det aldrig til virksomheden eller mentoren."
            ),
            self,
        )
        self.cpr_warning.setWordWrap(True)
        self.cpr_warning.setStyleSheet("color: #8a1c12;")
        layout.addSpacing(6)
        layout.addWidget(self.cpr_warning)
        layout.addWidget(self.confirm_cpr)
        self.confirm_cpr.toggled.connect(self._update)
        self.box = QDialogButtonBox(self)
        self.show_button = self.box.addButton(
            self.tr("Vis eksemplaret"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.box.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.box)
        self.select(default if default in self.buttons else copies[0])

    def _text(self, copy_for: CopyFor) -> str:
        texts = {
            CopyFor.COMPANY: self.tr("Virksomhedens eksemplar (uden CPR-nummer)"),
            CopyFor.CITIZEN: self.tr("Borgerens eksemplar (uden CPR-nummer)"),
            CopyFor.JOBCENTER: self.tr("Jobcentrets eksemplar (med CPR-nummer, til sagen)"),
            CopyFor.MENTOR: self.tr("Mentorens eksemplar (kun det, en mentor må se)"),
        }
        return texts[copy_for]

    def select(self, copy_for: CopyFor) -> None:
        self.buttons[copy_for].setChecked(True)
        self._update()

    def chosen(self) -> CopyFor:
        for copy_for, button in self.buttons.items():
            if button.isChecked():
                return copy_for
        return documents.DEFAULT_COPY

    @property
    def may_show(self) -> bool:
        """The jobcenter's copy (with CPR) only after the deliberate extra tick."""
        return self.chosen() is not CopyFor.JOBCENTER or self.confirm_cpr.isChecked()

    def _update(self, *_args: Any) -> None:
        jobcenter = self.chosen() is CopyFor.JOBCENTER
        self.confirm_cpr.setVisible(jobcenter)
        self.cpr_warning.setVisible(jobcenter)
        if not jobcenter and self.confirm_cpr.isChecked():
            self.confirm_cpr.setChecked(False)  # the tick is for one decision, not a setting
        self.show_button.setEnabled(self.may_show)

    def accept(self) -> None:
        if self.may_show:
            super().accept()


class CopyPrintFlow(QObject):
    """Chooser, then the chosen copy's preview; audits printing and saving with the recipient.

    `chooser` and `dialog` are kept for the caller (and its tests) while they are open.
    """

    shown = Signal(object)  # the DocumentCopy on screen
    audited = Signal(str)  # "print" or "export", once the audit entry is written

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        *,
        document_type: str,
        document_id: str,
        title: str,
        note: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self.document_type = document_type
        self.document_id = document_id
        self.title = title
        self.note = note
        self.chooser: CopyChooser | None = None
        self.dialog: DocumentPreviewDialog | None = None
        self.copy: documents.DocumentCopy | None = None

    def start(self) -> None:
        copies = documents.copies_for(self._context.viewer)
        if len(copies) == 1:
            self.load(copies[0])
            return
        chooser = CopyChooser(self._parent, title=self.title, copies=copies)
        self.chooser = chooser
        chooser.accepted.connect(lambda: self.load(chooser.chosen()))
        chooser.finished.connect(lambda _r: chooser.deleteLater())
        chooser.open()

    def load(self, copy_for: CopyFor) -> None:
        viewer = self._context.viewer
        kind, doc_id = self.document_type, self.document_id

        def fetch(store: Any) -> documents.DocumentCopy:
            return documents.document_copy(
                store, viewer=viewer, document_type=kind, document_id=doc_id, copy_for=copy_for
            )

        self._context.op(self._parent, fetch).success(self.show).failure(
            self._context.report_error
        ).run()

    def show(self, copy: documents.DocumentCopy) -> None:
        self.copy = copy
        notes = [self.note] if self.note else []
        if copy.draft:
            notes.append(
                self.tr(
                    "Kladde: ikke underskrevet af alle parter. Udskriften er mærket KLADDE og "
                    "har ingen kontrolkode."
                )
            )
        elif copy.note:
            notes.append(
                self.tr("Ikke forseglet endnu (%1). Viser en uforseglet udgave.").replace(
                    "%1", copy.note
                )
            )
        dialog = DocumentPreviewDialog(
            self._parent, title=self.title, copy_label=copy_label(copy.copy_for), notes=notes
        )
        dialog.preview.set_pdf(copy.pdf, suggested_name=copy.suggested_name)
        dialog.preview.printed.connect(self._printed)
        dialog.preview.saved.connect(self._saved)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.shown.emit(copy)

    def _printed(self, pages: int) -> None:
        copy = self.copy
        assert copy is not None

        def audit(store: Any) -> None:
            documents.record_print(
                store,
                document_type=copy.document_type,
                document_id=copy.document_id,
                copy_for=copy.copy_for,
                pages=pages,
            )

        self._context.op(self, audit).success(lambda _r: self.audited.emit("print")).run()

    def _saved(self, path: Path) -> None:
        copy = self.copy
        assert copy is not None

        def audit(store: Any) -> None:
            documents.record_export(
                store,
                path=path,
                document_type=copy.document_type,
                document_id=copy.document_id,
                copy_for=copy.copy_for,
            )

        self._context.op(self, audit).success(lambda _r: self.audited.emit("export")).run()


def copy_label(copy_for: CopyFor) -> str:
    """Whose copy, in the UI language (the paper always says it in Danish)."""
    labels = {
        CopyFor.COMPANY: QCoreApplication.translate("CopyChooser", "Virksomhedens eksemplar"),
        CopyFor.CITIZEN: QCoreApplication.translate("CopyChooser", "Borgerens eksemplar"),
        CopyFor.JOBCENTER: QCoreApplication.translate("CopyChooser", "Jobcentrets eksemplar"),
        CopyFor.MENTOR: QCoreApplication.translate("CopyChooser", "Mentorens eksemplar"),
    }
    return labels[copy_for]


def minutes_flow(
    parent: QWidget, context: AppContext, *, form: Any, dirty: bool
) -> CopyPrintFlow | None:
    """Print a meeting's minutes from the meeting form: the saved record, copy by recipient.

    Not in hand-over (the laptop is in someone else's hands) and not before the meeting is
    saved; unsaved edits are left out, and the preview says so.
    """
    if context.handover:
        return None
    if form.is_new:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            parent,
            QCoreApplication.translate("CopyChooser", "Referat"),
            QCoreApplication.translate(
                "CopyChooser", "Gem mødet først; derefter kan referatet udskrives."
            ),
        )
        return None
    note = (
        QCoreApplication.translate(
            "CopyChooser", "Viser det gemte referat; ændringer, der ikke er gemt, er ikke med."
        )
        if dirty
        else None
    )
    flow = CopyPrintFlow(
        parent,
        context,
        document_type="meeting",
        document_id=form.meeting.id,
        title=QCoreApplication.translate("CopyChooser", "Referat: %1").replace(
            "%1", form.context.title
        ),
        note=note,
    )
    flow.start()
    return flow
