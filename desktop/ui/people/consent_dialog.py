"""The citizen's consents: the history (newest first, the deciding one of each kind marked), a
new consent with its kind, date and manner, and withdrawal. What a consent gates follows at once
(desktop.services.consents)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.services import consents as consent_service
from desktop.services.changes import Changes
from desktop.services.consents import ConsentRow
from desktop.ui.kit.fields import DateEdit, ProblemLabel
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table
from sync.protocol.vocabulary import ConsentKind, ConsentMethod

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext


def _status(row: ConsentRow) -> str:
    if row.withdrawn:
        when = fmt.date(row.withdrawn_on)
        text = (
            QCoreApplication.translate("ConsentModel", "Tilbagekaldt %1").replace("%1", when)
            if when else QCoreApplication.translate("ConsentModel", "Tilbagekaldt")
        )
    elif row.in_force:
        text = QCoreApplication.translate("ConsentModel", "I kraft")
    else:
        text = QCoreApplication.translate("ConsentModel", "Ikke i kraft (dato)")
    if not row.current:
        text += QCoreApplication.translate("ConsentModel", " (afløst)")
    return text


class ConsentModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Samtykke til"), lambda r: vocab(r.kind_label)),
                Column(self.tr("Givet"), lambda r: vocab(r.given_how_label)),
                Column(self.tr("Fra"), lambda r: fmt.date(r.valid_from),
                       lambda r: r.valid_from),
                Column(self.tr("Til"), lambda r: fmt.date(r.valid_to), lambda r: r.valid_to),
                Column(self.tr("Status"), _status),
                Column(self.tr("Med hvem"), lambda r: r.shared_with),
            ],
            parent,
        )


class ConsentDialog(QDialog):
    """One citizen's consents, for jobcenter staff."""

    def __init__(
        self, context: AppContext, *, citizen_id: str, citizen_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.citizen_id = citizen_id
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Samtykker: %1").replace("%1", citizen_name))
        self.model = ConsentModel(self)
        self.table = Table(self.model, self.tr("Samtykker"), self)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)

        self.kind = QComboBox(self)
        for kind in ConsentKind:
            self.kind.addItem(vocab(kind.label), kind.value)
        self.kind.setAccessibleName(self.tr("Samtykke til"))
        self.given_how = QComboBox(self)
        for method in ConsentMethod:
            self.given_how.addItem(vocab(method.label), method.value)
        self.given_how.setAccessibleName(self.tr("Hvordan er samtykket givet"))
        self.valid_from = DateEdit(self)
        self.valid_from.set_value(dt.date.today())
        self.valid_from.setAccessibleName(self.tr("Fra"))
        self.valid_to = DateEdit(self)
        self.valid_to.setAccessibleName(self.tr("Til (tom: indtil det kaldes tilbage)"))
        self.what = QLineEdit(self)
        self.what.setMaxLength(500)
        self.what.setPlaceholderText(self.tr("Valgfrit: hvad der præcis må deles"))
        self.what.setAccessibleName(self.tr("Hvad må deles"))
        self.problems = ProblemLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("Samtykke &til:"), self.kind)
        form.addRow(self.tr("&Givet:"), self.given_how)
        form.addRow(self.tr("&Fra:"), self.valid_from)
        form.addRow(self.tr("T&il:"), self.valid_to)
        form.addRow(self.tr("&Hvad må deles:"), self.what)
        self.give_button = QPushButton(self.tr("&Registrer samtykke"), self)
        self.give_button.clicked.connect(self.give)
        form.addRow("", self.give_button)
        new_box = QGroupBox(self.tr("Nyt samtykke"), self)
        new_box.setLayout(form)

        self.withdraw_button = QPushButton(self.tr("Til&bagekald det valgte …"), self)
        self.withdraw_button.clicked.connect(self.withdraw_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(Muted(self.tr(
            "Et tilbagekaldt samtykke bliver stående i historikken. Det nyeste samtykke af hver "
            "slags gælder. Tilbagekaldes deling med mentor, får mentor ikke længere aftalen, "
            "og mentors computer sletter den ved næste synkronisering."
        ), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(new_box)
        layout.addWidget(self.problems)
        layout.addLayout(row)
        may_edit = bool(context.viewer.may_edit_people)
        self.give_button.setEnabled(may_edit)
        self.withdraw_button.setEnabled(may_edit)
        self.resize(860, 560)
        context.changed.connect(self.on_changes)
        self.load()

    def load(self) -> None:
        viewer, citizen_id = self._context.viewer, self.citizen_id
        self._context.op(
            self,
            lambda store: consent_service.history(store, viewer=viewer, citizen_id=citizen_id),
        ).success(self._show).failure(self._context.report_error).run()

    def _show(self, rows: list[ConsentRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def on_changes(self, changes: Changes) -> None:
        if self._context.unlocked and changes.touches("consent"):
            self.load()

    def give(self) -> None:
        try:
            valid_from = self.valid_from.value()
            valid_to = self.valid_to.value()
        except ValueError:
            self.problems.show_problems([Problem(
                "consent.date", "valid_from", self.tr("Skriv datoen som dd.mm.åååå.")
            )])
            return
        if valid_from is None:
            self.problems.show_problems([Problem(
                "consent.from", "valid_from", self.tr("Skriv, fra hvilken dato samtykket gælder.")
            )])
            return
        viewer, citizen_id = self._context.viewer, self.citizen_id
        kind, how, what = self.kind.currentData(), self.given_how.currentData(), self.what.text()
        self.problems.show_problems([])

        def job(store: Any) -> Changes:
            return consent_service.give(
                store, viewer=viewer, citizen_id=citizen_id, kind=kind, given_how=how,
                valid_from=valid_from, valid_to=valid_to, what=what,
            )

        self._context.mutate(self, job, on_done=lambda _c: self.what.clear(),
                             on_failure=self._failed)

    def withdraw_current(self) -> None:
        row = self.table.current_row()
        if row is None or row.withdrawn:
            return
        answer = QMessageBox.question(
            self, self.tr("Tilbagekald samtykke"),
            self.tr("Tilbagekald samtykket «%1» fra i dag?").replace("%1", vocab(row.kind_label)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        viewer = self._context.viewer
        self._context.mutate(
            self,
            lambda store: consent_service.withdraw(store, viewer=viewer, consent_id=row.id),
            on_failure=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        problems = list(getattr(exc, "problems", []))
        if problems:
            self.problems.show_problems(problems)
        else:
            self._context.report_error(exc)
