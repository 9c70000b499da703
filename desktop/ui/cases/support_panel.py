"""The case page's "Støtte og overdragelse" tab: the support budget (job coach, mentor,
klippekort) against the support hours recorded at the case's meetings, and the case transfers to
and from other units (what was shared, on which of the citizen's consents)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.domain.records import CaseTransfer
from desktop.domain.validation import validate
from desktop.services import projects as project_service
from desktop.services.changes import Changes
from desktop.services.projects import SupportUsage, TransferRow
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table
from sync.protocol import vocabulary as v

TRANSFER_FORM = FormTable(
    "case_transfer",
    (
        FormField(
            "direction",
            Kind.CHOICE,
            mnemonic="r",
            enum=v.TransferDirection,
            default=v.TransferDirection.TO.value,
        ),
        FormField(
            "unit",
            mnemonic="e",
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx Social- og handicapområdet"),
            max_length=200,
        ),
        FormField("transferred_on", Kind.DATE, mnemonic="d"),
        FormField("what_shared", Kind.TEXT, mnemonic="h"),
        FormField(
            "consent_id",
            Kind.REF,
            mnemonic="s",
            empty=QT_TRANSLATE_NOOP("FormField", "(intet samtykke valgt)"),
            hint=QT_TRANSLATE_NOOP(
                "FormField", "Det af borgerens samtykker, oplysningerne blev delt på."
            ),
        ),
    ),
    not_on_form={"case_id": "the case the tab belongs to"},
)


class TransferModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Dato"),
                    lambda r: fmt.date(r.transferred_on),
                    lambda r: r.transferred_on or dt.date.min,
                ),
                Column(self.tr("Retning"), lambda r: vocab(r.direction_label)),
                Column(self.tr("Anden enhed"), lambda r: r.unit),
                Column(self.tr("Hvad blev delt"), lambda r: r.what_shared.replace("\n", " ")),
                Column(self.tr("På samtykke"), lambda r: r.consent_label),
            ],
            parent,
        )


class TransferDialog(RecordFormDialog):
    def __init__(
        self,
        context: Any,
        transfer: CaseTransfer,
        consents: Sequence[tuple[str, str]],
        *,
        is_new: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("transferDialog")
        self.transfer = transfer
        self.is_new = is_new
        self.setWindowTitle(
            self.tr("Ny overdragelse") if is_new else self.tr("Rediger overdragelse")
        )
        self.fields = FormFields(
            self, TRANSFER_FORM, router=self.router, watch=self.watch,
            choices={"consent_id": consents},
        )
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        if not consents:
            layout.addWidget(
                Muted(self.tr("Borgeren har ingen registrerede samtykker."), self)
            )
        layout.addLayout(form)
        layout.addLayout(self.buttons_row())
        self.fields.load(transfer)
        self.controller.mark_clean("")
        self.resize(620, 460)
        self.fields.widgets["unit"].setFocus()

    def read(self) -> tuple[CaseTransfer, list[Problem]]:
        transfer, problems = self.fields.read(self.transfer)
        return transfer.replace(unit=transfer.unit or ""), problems

    def validate(self, value: CaseTransfer) -> list[Problem]:
        return validate(value.replace(unit=value.unit.strip()))

    def save_job(self, value: CaseTransfer) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: project_service.save_transfer(store, viewer=viewer, transfer=value)


class SupportPanel(QWidget):
    def __init__(self, context: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportPanel")
        self._context = context
        self.case_id = case_id
        self.usage: SupportUsage | None = None
        self.dialog: TransferDialog | None = None

        budget_box = QGroupBox(self.tr("Støttetimer"), self)
        budget_layout = QVBoxLayout(budget_box)
        budget_layout.addWidget(
            Muted(
                self.tr(
                    "Budgettet sættes under Rediger forløb; hvert møde kan registrere de "
                    "brugte støttetimer (jobcoach, mentor, klippekort)."
                ),
                budget_box,
            )
        )
        self.budget_form = QFormLayout()
        self.kind_value = QLabel(budget_box)
        self.budget_value = QLabel(budget_box)
        self.used_value = QLabel(budget_box)
        self.remaining_value = QLabel(budget_box)
        self.remaining_value.setObjectName("supportRemaining")
        self.budget_form.addRow(self.tr("Støtteform:"), self.kind_value)
        self.budget_form.addRow(self.tr("Budget:"), self.budget_value)
        self.budget_form.addRow(self.tr("Brugt (fra møderne):"), self.used_value)
        self.budget_form.addRow(self.tr("Tilbage:"), self.remaining_value)
        budget_layout.addLayout(self.budget_form)
        self.over_notice = QLabel(budget_box)
        self.over_notice.setObjectName("supportOverBudget")
        self.over_notice.setWordWrap(True)
        self.over_notice.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.over_notice.setVisible(False)
        budget_layout.addWidget(self.over_notice)

        transfer_box = QGroupBox(self.tr("Overdragelser til og fra andre enheder"), self)
        transfer_layout = QVBoxLayout(transfer_box)
        self.transfer_model = TransferModel(self)
        self.transfer_table = Table(self.transfer_model, self.tr("Overdragelser"), transfer_box)
        self.transfer_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.transfer_table.opened.connect(lambda _i: self.edit_transfer())
        transfer_layout.addWidget(self.transfer_table, 1)
        buttons = QHBoxLayout()
        self.add_transfer_button = QPushButton(self.tr("Ny o&verdragelse …"), transfer_box)
        self.add_transfer_button.clicked.connect(self.add_transfer)
        self.delete_transfer_button = QPushButton(self.tr("Slet overdragelse"), transfer_box)
        self.delete_transfer_button.clicked.connect(self.delete_transfer)
        buttons.addWidget(self.add_transfer_button)
        buttons.addWidget(self.delete_transfer_button)
        buttons.addStretch(1)
        transfer_layout.addLayout(buttons)
        may_edit = bool(context.viewer.may_edit_people)
        self.add_transfer_button.setVisible(may_edit)
        self.delete_transfer_button.setVisible(may_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(budget_box)
        layout.addWidget(transfer_box, 1)
        context.changed.connect(self.on_changes)

    def load(self) -> None:
        viewer = self._context.viewer
        case_id = self.case_id

        def fetch(store: Any) -> Any:
            return (
                project_service.support_usage(store, viewer=viewer, case_id=case_id),
                project_service.list_transfers(store, viewer=viewer, case_id=case_id),
            )

        self._context.op(self, fetch).success(lambda r: self.show_data(*r)).run()

    def show_data(self, usage: SupportUsage, transfers: list[TransferRow]) -> None:
        self.usage = usage
        self.kind_value.setText(vocab(usage.kind_label) or "–")
        self.budget_value.setText(
            self.tr("%1 timer").replace("%1", fmt.number(usage.budget))
            if usage.budget is not None
            else self.tr("intet budget")
        )
        self.used_value.setText(
            self.tr("%1 timer ved %2 møder")
            .replace("%1", fmt.number(usage.used))
            .replace("%2", str(usage.meetings))
        )
        remaining = usage.remaining
        self.remaining_value.setText(
            "–" if remaining is None else self.tr("%1 timer").replace("%1", fmt.number(remaining))
        )
        if usage.over_budget and remaining is not None:
            self.over_notice.setText(
                self.tr("Budgettet er overskredet med %1 timer.").replace(
                    "%1", fmt.number(-remaining)
                )
            )
        self.over_notice.setVisible(usage.over_budget)
        self.transfer_model.set_rows(transfers)
        self.transfer_table.resizeColumnsToContents()

    def on_changes(self, changes: Changes) -> None:
        if not self._context.unlocked:
            return
        if changes.everything or (
            changes.touches("case_transfer", "case", "meeting", "consent")
            and changes.touches_case(self.case_id)
        ):
            self.load()

    # -- transfers -------------------------------------------------------------------------
    def add_transfer(self) -> None:
        self._open(project_service.new_transfer(self.case_id), is_new=True)

    def edit_transfer(self) -> None:
        row = self.transfer_table.current_row()
        if row is None or not self._context.viewer.may_edit_people:
            return
        viewer = self._context.viewer
        self._context.op(
            self,
            lambda store: project_service.load_transfer(store, viewer=viewer, transfer_id=row.id),
        ).success(lambda t: self._open(t, is_new=False)).run()

    def _open(self, transfer: CaseTransfer, *, is_new: bool) -> None:
        viewer = self._context.viewer
        case_id = self.case_id

        def show(consents: list[tuple[str, str]]) -> None:
            self.dialog = TransferDialog(
                self._context, transfer, consents, is_new=is_new, parent=self
            )
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.show()

        self._context.op(
            self,
            lambda store: project_service.consent_choices(store, viewer=viewer, case_id=case_id),
        ).success(show).run()

    def delete_transfer(self) -> None:
        row = self.transfer_table.current_row()
        if row is None:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Slet overdragelse"),
            self.tr("Slet overdragelsen til/fra %1?").replace("%1", row.unit),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        viewer = self._context.viewer
        self._context.mutate(
            self,
            lambda store: project_service.delete_transfer(
                store, viewer=viewer, transfer_id=row.id
            ),
        )
