"""The citizen form: details and cases; editable for jobcenter staff, read-only for the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain.problems import Problem
from desktop.domain.records import Citizen
from desktop.services import people as people_service
from desktop.services.drafts import Draft
from desktop.ui.kit.citizen_form import CITIZEN_FORM
from desktop.ui.kit.field_table import FormFields
from desktop.ui.kit.form import FormDialog
from desktop.ui.kit.models import CaseListModel
from desktop.ui.kit.widgets import Muted, Table

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext


class CitizenDialog(FormDialog):
    """A citizen's details and cases."""

    new_case_requested = Signal(str)
    open_case = Signal(str)

    def __init__(
        self,
        context: AppContext,
        citizen: Citizen,
        *,
        hidden: frozenset[str],
        cases: tuple[Any, ...],
        can_edit: bool,
        is_new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("citizenEditor")
        self.citizen = citizen
        self.is_new = is_new
        self.setWindowTitle(self.tr("Borger"))
        self.fields = FormFields(
            self, CITIZEN_FORM, router=self.router, watch=self.watch, hidden=hidden
        )
        form = QFormLayout()
        self.fields.add_to(form)
        self.fields.load(citizen)
        self.fields.set_read_only(not can_edit)
        self.save_button.setVisible(can_edit)
        self.case_model = CaseListModel(self)
        self.case_model.set_rows(cases)
        self.case_table = Table(self.case_model, self.tr("Borgerens forløb"), self)
        self.case_table.opened.connect(self._open_case)
        self.new_case_button = QPushButton(self.tr("Nyt &forløb for borgeren …"), self)
        self.new_case_button.setVisible(can_edit and not is_new)
        self.new_case_button.clicked.connect(lambda: self.new_case_requested.emit(self.citizen.id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(Muted(self.tr("Forløb:"), self))
        layout.addWidget(self.case_table, 1)
        layout.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.buttons_row())
        self.controller.mark_clean("")
        self.resize(640, 720)

    def _open_case(self, index: Any) -> None:
        row = self.case_model.row_at(index)
        if row is not None:
            self.open_case.emit(row.id)

    # FormHooks ---------------------------------------------------------------------------
    def read(self) -> tuple[Citizen, list[Problem]]:
        citizen, problems = self.fields.read(self.citizen)
        return citizen.replace(name=citizen.name or ""), problems

    def validate(self, value: Citizen) -> list[Problem]:
        return people_service.validate_citizen(value)

    def save_job(self, value: Citizen) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_citizen(store, viewer=viewer, citizen=value)

    def draft(self, value: Citizen) -> Draft:
        return Draft(
            key=f"citizen:{value.id}",
            record_type="citizen",
            record_id=value.id,
            case_id=None,
            payload=people_service.record_payload(value, is_new=self.is_new),
        )
