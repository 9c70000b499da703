"""The form of one company contact (a call, visit, e-mail or meeting): when, who, purpose and
outcome, the action items with who holds the ball, and the next contact (I dag lists it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.records import CompanyContact
from desktop.services import companies as company_service
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.fields import ChoiceBox, DateEdit, LineEdit
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.labels import enum_choices
from desktop.ui.kit.row_list import RowList
from sync.protocol import vocabulary as v

CONTACT_FORM = FormTable(
    "company_contact",
    (
        FormField("kind", Kind.CHOICE, mnemonic="k", enum=v.ContactKind),
        FormField("contacted_on", Kind.DATE, mnemonic="d"),
        FormField("company_person", mnemonic="v", max_length=200),
        FormField("consultant", mnemonic="j", max_length=100),
        FormField("purpose", Kind.TEXT, mnemonic="f", lines=2),
        FormField("outcome", Kind.TEXT, mnemonic="r", lines=3),
        FormField("actions", Kind.CUSTOM),
        FormField("next_contact", Kind.DATE, mnemonic="n"),
    ),
    not_on_form={
        "company_id": "the company whose page the contact was opened from",
        "team": "the team of the consultant who records it",
    },
)


class ActionRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, number: int, action: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.what = LineEdit(self)
        self.what.setPlaceholderText(self.tr("Hvad skal gøres"))
        self.what.setMaxLength(2000)
        self.what.setText(str(action.get("what") or ""))
        self.owner = ChoiceBox(enum_choices(v.BallHolder), parent=self)
        self.owner.set_value(str(action.get("owner") or v.BallHolder.JOBCENTER.value))
        self.owner.setToolTip(self.tr("Hvem har bolden"))
        self.deadline = DateEdit(self)
        deadline = action.get("deadline") or ""
        self.deadline.set_value(dt.date.fromisoformat(deadline) if deadline else None)
        self.done = QCheckBox(self.tr("Udført"), self)
        self.done.setChecked(bool(action.get("done")))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.set_number(number)
        for w in (self.what.textChanged, self.owner.currentIndexChanged, self.done.toggled):
            w.connect(self.changed)
        self.deadline.changed.connect(self.changed)
        layout.addWidget(self.what, 3)
        layout.addWidget(self.owner, 1)
        layout.addWidget(self.deadline, 1)
        layout.addWidget(self.done)
        layout.addWidget(self.remove)

    def set_number(self, n: int) -> None:
        self.what.setAccessibleName(self.tr("Handling %1: hvad").replace("%1", str(n)))
        self.owner.setAccessibleName(self.tr("Handling %1: hvem har bolden").replace("%1", str(n)))
        self.deadline.setAccessibleName(self.tr("Handling %1: frist").replace("%1", str(n)))
        self.remove.setAccessibleName(self.tr("Fjern handling %1").replace("%1", str(n)))
        self.remove.setToolTip(self.remove.accessibleName())

    def value(self) -> dict[str, Any]:
        day = self.deadline.value() if not self.deadline.parse_problem("", "") else None
        return {
            "what": self.what.text().strip(),
            "owner": self.owner.value() or v.BallHolder.JOBCENTER.value,
            "deadline": day.isoformat() if day else "",
            "done": self.done.isChecked(),
        }


class ActionList(RowList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Tilføj &handling"), self)
        self.add_button.clicked.connect(lambda: self.add({}, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self, action: dict[str, Any], *, focus: bool = False) -> ActionRow:
        row = ActionRow(len(self.rows) + 1, action, self)
        return self.append_row(row, focus=row.what if focus else None, mark=focus)

    def value(self) -> list[dict[str, Any]]:
        return list(self.row_values())

    def read(self, key: str) -> tuple[list[dict[str, Any]], list[Problem]]:
        """The action items, and a problem for each deadline that is no date (the form is then
        not saved, so no typed deadline is lost)."""
        problems = [
            Problem(
                "actions.deadline",
                key,
                self.tr("Handling %1: skriv fristen som dd.mm.åååå.").replace("%1", str(i)),
            )
            for i, row in enumerate(self.rows, start=1)
            if row.deadline.parse_problem(key, "")
        ]
        return self.value(), problems

    def set_value(self, actions: list[dict[str, Any]] | None) -> None:
        self.clear_rows()
        for action in actions or []:
            self.add(action)

    def set_read_only(self, read_only: bool) -> bool:
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.remove.setVisible(not read_only)
            row.what.setReadOnly(read_only)
            for w in (row.owner, row.deadline, row.done):
                w.setEnabled(not read_only)
        return True


class ContactDialog(RecordFormDialog):
    def __init__(
        self,
        context: Any,
        contact: CompanyContact,
        *,
        is_new: bool,
        company_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("companyContactEditor")
        self.contact = contact
        self.is_new = is_new
        title = self.tr("Ny kontakt") if is_new else self.tr("Kontakt")
        self.setWindowTitle(f"{title} – {company_name}")
        self.fields = FormFields(
            self,
            CONTACT_FORM,
            router=self.router,
            watch=self.watch,
            factories={"actions": ActionList},
        )
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form, 1)
        layout.addLayout(self.buttons_row())
        self.fields.load(contact)
        self.controller.mark_clean("")
        self.resize(860, 600)
        self.fields.widgets["kind"].setFocus()

    def read(self) -> tuple[CompanyContact, list[Problem]]:
        return self.fields.read(self.contact)

    def validate(self, value: CompanyContact) -> list[Problem]:
        return company_service.validate_contact(value)

    def save_job(self, value: CompanyContact) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: company_service.save_contact(store, viewer=viewer, contact=value)


