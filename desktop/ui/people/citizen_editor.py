"""The citizen form: details and cases; editable for jobcenter staff, read-only for the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain.problems import Problem
from desktop.domain.records import Citizen
from desktop.services import access_log as access_log_service
from desktop.services import people as people_service
from desktop.ui.kit.citizen_form import CITIZEN_FORM
from desktop.ui.kit.pdf_preview import DocumentPreviewDialog
from desktop.ui.kit.widgets import Muted, Table
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.record_dialog import RecordDialog

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext


class CitizenDialog(RecordDialog):
    """A citizen's details and cases."""

    new_case_requested = Signal(str)
    match_requested = Signal(str)  # the citizen's id: open needs ranked for them
    screening_requested = Signal(str)
    screening_opened = Signal(str)  # a screening's id

    def __init__(
        self,
        context: AppContext,
        citizen: Citizen,
        *,
        hidden: frozenset[str],
        cases: tuple[Any, ...],
        can_edit: bool,
        is_new: bool = False,
        screenings: Sequence[Any] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context, citizen, CITIZEN_FORM, cases=cases, can_edit=can_edit, is_new=is_new,
            hidden=hidden, parent=parent,
        )
        self.setObjectName("citizenEditor")
        self.name_cases(self.tr("Borgerens forløb"))
        self.citizen = citizen
        self.setWindowTitle(self.tr("Borger"))
        self.new_case_button = QPushButton(self.tr("Nyt &forløb for borgeren …"), self)
        self.new_case_button.setVisible(can_edit and not is_new)
        self.new_case_button.clicked.connect(lambda: self.new_case_requested.emit(self.citizen.id))
        # Consents and the access log: jobcenter staff only; the log for a team lead.
        self.consent_button = QPushButton(self.tr("Sa&mtykker …"), self)
        self.consent_button.setVisible(can_edit and not is_new)
        self.consent_button.clicked.connect(self.open_consents)
        self.access_log_button = QPushButton(self.tr("A&dgangslog …"), self)
        self.access_log_button.setVisible(
            not is_new and access_log_service.may_make(context.viewer)
        )
        self.access_log_button.clicked.connect(self.open_access_log)
        self.consent_dialog: ConsentDialog | None = None
        self.access_log_dialog: DocumentPreviewDialog | None = None
        self.match_button = QPushButton(self.tr("Find &job og behov …"), self)
        self.match_button.setToolTip(self.tr("Virksomhedernes åbne behov rangeret for borgeren"))
        self.match_button.setVisible(can_edit and not is_new)
        self.match_button.clicked.connect(lambda: self.match_requested.emit(self.citizen.id))
        # Screening at first contact (health data: jobcenter staff only).
        self.screening_button = QPushButton(self.tr("Ny &screening …"), self)
        self.screening_button.setVisible(can_edit and not is_new)
        self.screening_button.clicked.connect(
            lambda: self.screening_requested.emit(self.citizen.id)
        )
        # The citizen's screenings (health data: never for a mentor, so never loaded for one).
        from desktop.ui.people.screening_dialog import ScreeningModel

        self.screening_model = ScreeningModel(self)
        self.screening_model.set_rows(screenings)
        self.screening_table = Table(self.screening_model, self.tr("Borgerens screeninger"), self)
        # Small: the window must still fit a 1280x720 screen at 125 %.
        self.screening_table.setMinimumHeight(48)
        self.screening_table.setMaximumHeight(80)
        self.screening_table.opened.connect(self._open_screening)
        self.screening_table.setVisible(bool(screenings))
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        layout.addWidget(Muted(self.tr("Forløb:"), self))
        layout.addWidget(self.case_table, 1)
        layout.addWidget(self.screening_table)
        people_row = QHBoxLayout()
        people_row.addWidget(self.new_case_button)
        people_row.addWidget(self.screening_button)
        people_row.addWidget(self.match_button)
        people_row.addWidget(self.consent_button)
        people_row.addWidget(self.access_log_button)
        people_row.addStretch(1)
        layout.addLayout(people_row)
        layout.addLayout(self.buttons_row())
        self.controller.mark_clean("")
        self.resize(640, 720)

    def open_consents(self) -> None:
        dialog = ConsentDialog(
            self._context, citizen_id=self.citizen.id, citizen_name=self.citizen.name, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.consent_dialog = dialog
        dialog.show()

    def open_access_log(self) -> None:
        viewer, citizen_id = self._context.viewer, self.citizen.id

        def show(pdf: bytes) -> None:
            dialog = DocumentPreviewDialog(
                self, title=self.tr("Adgangslog"), copy_label=self.tr("Borgerens adgangslog")
            )
            dialog.preview.set_pdf(pdf, suggested_name="adgangslog.pdf")
            dialog.preview.printed.connect(lambda _pages: self._log_output(printed=True))
            dialog.preview.saved.connect(lambda path: self._log_output(printed=False, path=path))
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            self.access_log_dialog = dialog
            dialog.open()

        self._context.op(
            self,
            lambda store: access_log_service.citizen_access_log(
                store, viewer=viewer, citizen_id=citizen_id
            ),
        ).success(show).failure(self._context.report_error).run()

    def _log_output(self, *, printed: bool, path: Any = None) -> None:
        citizen_id = self.citizen.id
        self._context.op(
            self,
            lambda store: access_log_service.record_output(
                store, citizen_id=citizen_id, printed=printed, path=path
            ),
        ).run()

    def _open_screening(self, index: Any) -> None:
        row = self.screening_model.row_at(index)
        if row is not None:
            self.screening_opened.emit(row.id)

    def validate(self, value: Citizen) -> list[Problem]:
        return people_service.validate_citizen(value)

    def save_job(self, value: Citizen) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_citizen(store, viewer=viewer, citizen=value)
