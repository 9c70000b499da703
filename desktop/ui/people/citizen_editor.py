"""Editors for a case with its citizen, for a citizen and for a company.

Each shows the domain's validation next to its field in Danish, saves nothing while something
blocks, and keeps what was typed: as an autosaved draft, and on screen after a failed save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.records import Citizen
from desktop.services import people as people_service
from desktop.ui.kit.citizen_fields import CitizenFields
from desktop.ui.kit.fields import (
    LineEdit,
    TextArea,
)
from desktop.ui.kit.form import EditorDialog
from desktop.ui.kit.models import CaseListModel
from desktop.ui.kit.widgets import Muted, Table

log = logging.getLogger(__name__)




class CitizenDialog(EditorDialog):
    """A citizen's details and cases; editable for jobcenter staff."""

    new_case_requested = Signal(str)
    open_case = Signal(str)

    def __init__(
        self,
        context: Any,
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
        self.fields = CitizenFields(self, hidden)
        form = QFormLayout()
        self.fields.add_to(form)
        self.fields.load(citizen)
        for widget in self.fields.widgets.values():
            if isinstance(widget, LineEdit | TextArea):
                widget.setReadOnly(not can_edit)
            else:
                widget.setEnabled(can_edit)
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
        self._dirty = False
        self._draft_dirty = False
        self.resize(640, 720)

    def _open_case(self, index: Any) -> None:
        row = self.case_model.row_at(index)
        if row is not None:
            self.open_case.emit(row.id)

    def read(self) -> tuple[Citizen, list[Problem]]:
        return self.fields.read(self.citizen), []

    def validate_value(self, value: Citizen) -> list[Problem]:
        return people_service.validate_citizen(value)

    def save_job(self, value: Citizen) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_citizen(store, viewer=viewer, citizen=value)

    def draft(self, value: Citizen) -> dict[str, Any]:
        return {
            "key": f"citizen:{value.id}",
            "record_type": "citizen",
            "record_id": value.id,
            "case_id": None,
            "payload": people_service.record_payload(value, is_new=self.is_new),
        }
