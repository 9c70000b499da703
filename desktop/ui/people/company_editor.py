"""The company form: details, contact persons and the company's cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.records import Company
from desktop.services import people as people_service
from desktop.ui.kit.code_checks import CodeChecks
from desktop.ui.kit.field_table import FormField, FormTable, Kind
from desktop.ui.kit.fields import LineEdit
from desktop.ui.kit.labels import enum_choices
from desktop.ui.kit.row_list import RowList
from desktop.ui.people.record_dialog import RecordDialog
from sync.protocol import vocabulary as v

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
        FormField("notes", Kind.TEXT, mnemonic="o", lines=2),
        FormField("industry", mnemonic="b", section="profile"),
        FormField(
            "employees",
            Kind.CUSTOM,
            section="profile",
            hint=QT_TRANSLATE_NOOP(
                "FormField",
                "Giver løntilskuddets rimelighedskrav (1 under 5 ansatte, 1 pr. 5"
                " op til 50, derefter 1 pr. 10).",
            ),
        ),
        FormField("workplaces", Kind.CUSTOM, section="profile"),
        FormField("interests", Kind.CUSTOM, mnemonic="i", section="profile"),
        FormField("marks", Kind.CUSTOM, mnemonic="m", section="profile"),
    ),
)


def _count_edit(parent: QWidget) -> CountEdit:
    edit = CountEdit(parent)
    edit.setMaxLength(7)
    edit.setMaximumWidth(120)
    edit.setPlaceholderText(edit.tr("fx 12"))
    return edit


class CountEdit(LineEdit):
    """A whole number (the number of employees), read with a Danish message when it is not."""

    def value(self) -> Any:  # type: ignore[override]
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:  # type: ignore[override]
        super().set_value(None if value is None else str(value))

    def read(self, key: str) -> tuple[int | None, list[Problem]]:
        text = self.text().strip().replace(".", "")
        if not text:
            return None, []
        if text.isdigit():
            return int(text), []
        return None, [
            Problem("employees.format", key, self.tr("Antal ansatte: skriv et helt tal, fx 12."))
        ]


class _PartRow(QWidget):
    """One row of text fields on the company (a contact person, a workplace) with its remove
    button; the subclass gives the fields and the words, translated in its own context."""

    removed = Signal(object)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, LineEdit] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(
        self,
        number: int,
        values: dict[str, str],
        fields: dict[str, tuple[str, int, int | None]],  # key -> placeholder, stretch, length
        *,
        accessible: str,  # "… %1: %2": the row's number and the field's placeholder
        remove_name: str,
    ) -> None:
        for key, (placeholder, stretch, length) in fields.items():
            edit = LineEdit(self)
            edit.setPlaceholderText(placeholder)
            if length is not None:
                edit.setMaxLength(length)
            edit.setText(values.get(key, "") or "")
            edit.setAccessibleName(
                accessible.replace("%1", str(number)).replace("%2", placeholder.lower())
            )
            edit.textChanged.connect(self.changed)
            self.inputs[key] = edit
            self._layout.addWidget(edit, stretch)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAccessibleName(remove_name)
        self.remove.setToolTip(remove_name)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._layout.addWidget(self.remove)

    def value(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.inputs.items()}


class _PartList(RowList):
    """The rows of one kind of part, added and removed in place; the subclass names its rows
    (`row_class`) and sets the add button's text."""

    row_class: type[_PartRow]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add({}, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self, values: dict[str, str], *, focus: bool = False) -> _PartRow:
        row = self.row_class(len(self.rows) + 1, values, self)  # type: ignore[call-arg]
        return self.append_row(row, focus=row.inputs["name"] if focus else None, mark=focus)

    def set_value(self, parts: list[dict[str, str]] | None) -> None:
        self.clear_rows()
        for part in parts or []:
            self.add(part)

    def set_read_only(self, read_only: bool) -> bool:
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.remove.setVisible(not read_only)
            for edit in row.inputs.values():
                edit.setReadOnly(read_only)
        return True


class ContactRow(_PartRow):
    def __init__(self, number: int, contact: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build(
            number, contact,
            {
                "name": (self.tr("Navn"), 2, None),
                "role": (self.tr("Rolle"), 1, None),
                "phone": (self.tr("Telefon"), 1, None),
                "email": (self.tr("E-mail"), 2, None),
            },
            accessible=self.tr("Kontaktperson %1: %2"),
            remove_name=self.tr("Fjern kontaktperson %1").replace("%1", str(number)),
        )


class ContactList(_PartList):
    """The company's contact persons: one row each, added and removed in place."""

    row_class = ContactRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button.setText(self.tr("Tilføj &kontaktperson"))

    def value(self) -> list[dict[str, str]]:
        return list(self.row_values())


class WorkplaceRow(_PartRow):
    def __init__(self, number: int, place: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build(
            number, place,
            {
                "name": (self.tr("Arbejdssted"), 2, 200),
                "p_number": (self.tr("P-nummer (10 cifre)"), 2, 10),
                "address": (self.tr("Adresse"), 3, 200),
                "postcode": (self.tr("Postnr."), 1, 4),
            },
            accessible=self.tr("Arbejdssted %1: %2"),
            remove_name=self.tr("Fjern arbejdssted %1").replace("%1", str(number)),
        )


class WorkplaceList(_PartList):
    """The company's workplaces with P-number and postcode (a need's place comes from here)."""

    row_class = WorkplaceRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button.setText(self.tr("Tilføj arbej&dssted"))

    def value(self) -> list[dict[str, str]]:
        return [p for p in self.row_values() if any(p.values())]


COMPANY_FACTORIES: dict[str, Callable[[QWidget], QWidget]] = {
    "contacts": ContactList,
    "employees": _count_edit,
    "workplaces": WorkplaceList,
    "interests": lambda parent: CodeChecks(enum_choices(v.CompanyInterest), parent=parent),
    "marks": lambda parent: CodeChecks(enum_choices(v.CompanyMark), parent=parent),
}


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
            context,
            company,
            COMPANY_FORM,
            cases=cases,
            can_edit=can_edit,
            is_new=is_new,
            factories=COMPANY_FACTORIES,
            lay_out=False,
            parent=parent,
        )
        self.setObjectName("companyEditor")
        self.name_cases(self.tr("Virksomhedens forløb"))
        self.company = company
        self.company_side: Any = None  # the company side's tabs, added by the shell
        self.setWindowTitle(self.tr("Ny virksomhed") if is_new else self.tr("Virksomhed"))
        self.contacts: ContactList = self.fields.widgets["contacts"]
        # Two columns on the profile tab, so the whole profile fits a 1366x768 screen.
        main, profile = QFormLayout(), QFormLayout()
        self.fields.add_to(main, "main")
        self.fields.add_to(profile, "profile")
        profile_page = QWidget(self)
        columns = QHBoxLayout(profile_page)
        columns.addLayout(main, 1)
        columns.addLayout(profile, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(profile_page)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Pro&fil"))
        if not is_new:
            self.tabs.addTab(self.case_table, self.tr("Forl&øb"))
        else:
            self.case_table.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.buttons_row())
        self.controller.mark_clean("")
        self.resize(1100, 660)

    def add_page(self, page: QWidget, title: str) -> None:
        """A further tab (the company side: needs, contact history, agreements)."""
        self.tabs.addTab(page, title)

    def validate(self, value: Company) -> list[Problem]:
        return people_service.validate_company(value)

    def save_job(self, value: Company) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_company(store, viewer=viewer, company=value)
