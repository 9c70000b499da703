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
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.records import Company
from desktop.services import people as people_service
from desktop.ui.kit.fields import (
    FieldBox,
    LineEdit,
    TextArea,
)
from desktop.ui.kit.form import EditorDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import catalogue_label
from desktop.ui.kit.models import CaseListModel
from desktop.ui.kit.widgets import Muted, Table
from sync.protocol.catalogue import CATALOGUE

log = logging.getLogger(__name__)




class ContactRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, number: int, contact: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs = {}
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
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Fjern kontaktperson %1").replace("%1", str(number)))
        remove.setToolTip(remove.accessibleName())
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(remove)

    def value(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.inputs.items()}


class CompanyDialog(EditorDialog):
    open_case = Signal(str)

    NAMES = {
        "name": "n",
        "cvr": "c",
        "p_number": "p",
        "address": "a",
        "phone": "t",
        "email": "e",
        "notes": "o",
    }

    def __init__(
        self,
        context: Any,
        company: Company,
        *,
        cases: tuple[Any, ...],
        can_edit: bool,
        is_new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("companyEditor")
        self.company = company
        self.is_new = is_new
        self.setWindowTitle(self.tr("Ny virksomhed") if is_new else self.tr("Virksomhed"))
        self.widgets: dict[str, Any] = {}
        form = QFormLayout()
        for name, key in self.NAMES.items():
            widget: Any = TextArea(self, lines=3) if name == "notes" else LineEdit(self)
            if name == "cvr":
                widget.setMaxLength(8)
                widget.setPlaceholderText(self.tr("8 cifre"))
            if name == "p_number":
                widget.setMaxLength(10)
                widget.setPlaceholderText(self.tr("10 cifre"))
            widget.set_value(getattr(company, name))
            if isinstance(widget, LineEdit | TextArea):
                widget.setReadOnly(not can_edit)
            self.widgets[name] = widget
            b = self.box(name, catalogue_label("company", name, key), widget)
            form.addRow(b.label, b)
            self.watch(widget)
        self.contacts_layout = QVBoxLayout()
        self._contacts: list[ContactRow] = []
        for contact in company.contacts or []:
            self._add_contact(contact, mark=False)
        add = QPushButton(self.tr("Tilføj &kontaktperson"), self)
        add.clicked.connect(lambda: self._add_contact({}, mark=True))
        add.setVisible(can_edit)
        contacts = QGroupBox(vocab(CATALOGUE["company"].field("contacts").label), self)
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.addLayout(self.contacts_layout)
        contacts_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.router.add("contacts", FieldBox("", QWidget(contacts), parent=contacts))
        contacts_layout.addWidget(self.router.boxes["contacts"])
        self.save_button.setVisible(can_edit)
        self.case_model = CaseListModel(self)
        self.case_model.set_rows(cases)
        self.case_table = Table(self.case_model, self.tr("Virksomhedens forløb"), self)
        self.case_table.opened.connect(self._open_case)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(contacts)
        if not is_new:
            layout.addWidget(Muted(self.tr("Forløb:"), self))
            layout.addWidget(self.case_table, 1)
        else:
            self.case_table.setVisible(False)
        layout.addLayout(self.buttons_row())
        self._dirty = False
        self._draft_dirty = False
        self.resize(720, 760)

    def _add_contact(self, contact: dict[str, str], *, mark: bool) -> None:
        row = ContactRow(len(self._contacts) + 1, contact, self)
        row.removed.connect(self._remove_contact)
        row.changed.connect(self._edited)
        self._contacts.append(row)
        self.contacts_layout.addWidget(row)
        if mark:
            self._edited()
            row.inputs["name"].setFocus()

    def _remove_contact(self, row: ContactRow) -> None:
        self._contacts.remove(row)
        self.contacts_layout.removeWidget(row)
        row.deleteLater()
        self._edited()

    def _open_case(self, index: Any) -> None:
        row = self.case_model.row_at(index)
        if row is not None:
            self.open_case.emit(row.id)

    def read(self) -> tuple[Company, list[Problem]]:
        values = {name: w.value() for name, w in self.widgets.items()}
        values["name"] = values.get("name") or ""
        values["contacts"] = [c.value() for c in self._contacts]
        return self.company.replace(**values), []

    def validate_value(self, value: Company) -> list[Problem]:
        return people_service.validate_company(value)

    def save_job(self, value: Company) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_company(store, viewer=viewer, company=value)

    def draft(self, value: Company) -> dict[str, Any]:
        return {
            "key": f"company:{value.id}",
            "record_type": "company",
            "record_id": value.id,
            "case_id": None,
            "payload": people_service.record_payload(value, is_new=self.is_new),
        }
