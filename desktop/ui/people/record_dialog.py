"""What the citizen and the company forms share: the record's fields from its table, its cases
as a list that opens a case, and the draft kept under the record's own key."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from desktop.domain.problems import Problem
from desktop.services import people as people_service
from desktop.services.drafts import Draft
from desktop.ui.kit.field_table import FormFields, FormTable
from desktop.ui.kit.form import FormDialog
from desktop.ui.kit.models import CaseListModel
from desktop.ui.kit.widgets import Table

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext


class RecordDialog(FormDialog):
    open_case = Signal(str)

    def __init__(
        self,
        context: AppContext,
        record: Any,
        table: FormTable,
        *,
        cases: tuple[Any, ...],
        can_edit: bool,
        is_new: bool,
        hidden: frozenset[str] = frozenset(),
        factories: Mapping[str, Callable[[QWidget], QWidget]] | None = None,
        lay_out: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.record = record
        self.is_new = is_new
        self.fields = FormFields(
            self, table, router=self.router, watch=self.watch, hidden=hidden, factories=factories
        )
        self.form = QFormLayout()
        if lay_out:  # else the subclass lays out the fields itself (by section)
            self.fields.add_to(self.form)
        self.fields.load(record)
        self.fields.set_read_only(not can_edit)
        self.save_button.setVisible(can_edit)
        self.case_model = CaseListModel(self)
        self.case_model.set_rows(cases)
        self.case_table = Table(self.case_model, "", self)  # named by the subclass
        self.case_table.opened.connect(self._open_case)

    def name_cases(self, title: str) -> None:
        self.case_table.setAccessibleName(title)
        self.case_table.setObjectName(title)

    def _open_case(self, index: Any) -> None:
        row = self.case_model.row_at(index)
        if row is not None:
            self.open_case.emit(row.id)

    # FormHooks shared by both -------------------------------------------------------------
    def read(self) -> tuple[Any, list[Problem]]:
        record, problems = self.fields.read(self.record)
        return record.replace(name=record.name or ""), problems

    def draft(self, value: Any) -> Draft:
        return Draft(
            key=f"{value.RECORD_TYPE}:{value.id}",
            record_type=value.RECORD_TYPE,
            record_id=value.id,
            case_id=None,
            payload=people_service.record_payload(value, is_new=self.is_new),
        )
