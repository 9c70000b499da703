"""The company form: details, contact persons and the company's cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.records import Company
from desktop.services import people as people_service
from desktop.ui.kit.field_table import FormField, FormTable, Kind
from desktop.ui.kit.fields import LineEdit
from desktop.ui.kit.row_list import RowList
from desktop.ui.kit.widgets import Muted
from desktop.ui.people.record_dialog import RecordDialog

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

COMPANY_FORM = FormTable(
    "company",
    (
        FormField("name", mnemonic="n"),
        FormField(
            "cvr", mnemonic="c", max_length=8, placeholder=QT_TRANSLATE_NOOP("FormField", "8 cifre")
        ),
        FormField(
            "p_number",
            mnemonic="p",
            max_length=10,
            placeholder=QT_TRANSLATE_NOOP("FormField", "10 cifre"),
        ),
        FormField("address", mnemonic="a"),
        FormField("phone", mnemonic="t"),
        FormField("email", mnemonic="e"),
        FormField("contacts", Kind.CUSTOM),
        FormField("notes", Kind.TEXT, mnemonic="o"),
    ),
)


class ContactRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, number: int, contact: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, LineEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        placeholders = {
            "name": self.tr("Navn"),
            "role": self.tr("Rolle"),
            "phone": self.tr("Telefon"),
            "email": self.tr("E-mail"),
        }
        for key, placeholder in placeholders.items():
            edit = LineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setText(contact.get(key, "") or "")
            edit.setAccessibleName(
                self.tr("Kontaktperson %1: %2")
                .replace("%1", str(number))
                .replace("%2", placeholder.lower())
            )
            edit.textChanged.connect(self.changed)
            self.inputs[key] = edit
            layout.addWidget(edit, 2 if key in ("name", "email") else 1)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAccessibleName(self.tr("Fjern kontaktperson %1").replace("%1", str(number)))
        self.remove.setToolTip(self.remove.accessibleName())
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(self.remove)

    def value(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.inputs.items()}


class ContactList(RowList):
    """The company's contact persons: one row each, added and removed in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Tilføj &kontaktperson"), self)
        self.add_button.clicked.connect(lambda: self.add({}, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self, contact: dict[str, str], *, focus: bool = False) -> ContactRow:
        row = ContactRow(len(self.rows) + 1, contact, self)
        return self.append_row(row, focus=row.inputs["name"] if focus else None, mark=focus)

    def value(self) -> list[dict[str, str]]:
        return list(self.row_values())

    def set_value(self, contacts: list[dict[str, str]] | None) -> None:
        self.clear_rows()
        for contact in contacts or []:
            self.add(contact)

    def set_read_only(self, read_only: bool) -> bool:
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.remove.setVisible(not read_only)
            for edit in row.inputs.values():
                edit.setReadOnly(read_only)
        return True


class CompanyDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        company: Company,
        *,
        cases: tuple[Any, ...],
        can_edit: bool,
        is_new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context, company, COMPANY_FORM, cases=cases, can_edit=can_edit, is_new=is_new,
            factories={"contacts": ContactList},
            parent=parent,
        )
        self.setObjectName("companyEditor")
        self.name_cases(self.tr("Virksomhedens forløb"))
        self.company = company
        self.setWindowTitle(self.tr("Ny virksomhed") if is_new else self.tr("Virksomhed"))
        self.contacts: ContactList = self.fields.widgets["contacts"]
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        if not is_new:
            layout.addWidget(Muted(self.tr("Forløb:"), self))
            layout.addWidget(self.case_table, 1)
        else:
            self.case_table.setVisible(False)
        layout.addLayout(self.buttons_row())
        self.controller.mark_clean("")
        self.resize(720, 700)

    def validate(self, value: Company) -> list[Problem]:
        return people_service.validate_company(value)

    def save_job(self, value: Company) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_company(store, viewer=viewer, company=value)
