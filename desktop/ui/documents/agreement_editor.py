"""The Skånehensyn tab: the agreement's form (AGREEMENT_FORM) on the shared DocumentEditor.

The simple fields are declared once in the table; the composite ones (parties, weekday hours,
accommodations, consent) are small widgets with value()/set_value()/changed, and read(key) where
typed text can fail to parse, so the table's loops build, load, read and watch them all.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.labels import choices
from desktop.domain.problems import Problem
from desktop.domain.records import Accommodation, Agreement
from desktop.services import agreements
from desktop.ui.documents.document_editor import PARTIES, DocumentEditor, party_label
from desktop.ui.kit.field_table import FormField, FormTable, Kind
from desktop.ui.kit.fields import ChoiceBox, LineEdit
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import enum_choices
from desktop.ui.kit.row_list import RowList
from desktop.ui.kit.widgets import Muted
from sync.protocol import vocabulary as v

log = logging.getLogger(__name__)

AGREEMENT_FORM = FormTable(
    "agreement",
    (
        FormField("parties", Kind.CUSTOM, section="parties"),
        FormField("scheme", Kind.CHOICE, enum=v.Scheme, section="basis"),
        FormField("legal_basis", section="basis"),
        FormField("valid_from", Kind.DATE, section="basis"),
        FormField("valid_to", Kind.DATE, section="basis"),
        FormField("review_date", Kind.DATE, section="basis"),
        FormField(
            "hours_per_week",
            Kind.HOURS,
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 12"),
            width=120,
            section="hours",
        ),
        FormField("weekday_hours", Kind.CUSTOM, section="hours"),
        FormField("personal_assistance_hours", Kind.HOURS, width=120, section="hours"),
        FormField("mentor_hours", Kind.HOURS, width=120, section="hours"),
        FormField("accommodations", Kind.CUSTOM, section="accommodations"),
        FormField("tasks_included", Kind.TEXT, lines=2, section="tasks"),
        FormField("tasks_excluded", Kind.TEXT, lines=2, section="tasks"),
        FormField("aids", Kind.TEXT, lines=2, section="tasks"),
        FormField("bad_day_plan", Kind.TEXT, lines=3, section="bad_day"),
        FormField("bad_day_contact", section="bad_day"),
        FormField("consent_to_share", Kind.CUSTOM, section="bad_day"),
    ),
    not_on_form={
        "case_id": "document head: the case whose tab this is",
        "version": "document head: shown in the heading, counted by the signing service",
        "supersedes_id": "document head: set by 'Ændr aftale' (signing.change_document)",
        "status": "document head: shown as the state and banner, changed only by signing",
        "health_notes": (
            "not edited in the agreement: health notes are kept on the citizen and the "
            "meetings, and an agreement is printed for the company"
        ),
    },
)


# The composite inputs below keep the translation context ("AgreementEditor") their words had
# when they were part of the editor.


class PartiesInput(QWidget):
    """The three parties: a name each, and a contact person for the company and the jobcenter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dict[str, Any] = {}
        self.names: dict[str, LineEdit] = {}
        self.contacts: dict[str, LineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(Muted(QCoreApplication.translate("AgreementEditor", "Navn"), self), 0, 1)
        grid.addWidget(
            Muted(QCoreApplication.translate("AgreementEditor", "Kontaktperson"), self), 0, 2
        )
        for row, party in enumerate(PARTIES, start=1):
            name, contact = LineEdit(self), LineEdit(self)
            name.setAccessibleName(
                QCoreApplication.translate("AgreementEditor", "%1: navn").replace(
                    "%1", party_label(party)
                )
            )
            contact.setAccessibleName(
                QCoreApplication.translate("AgreementEditor", "%1: kontaktperson").replace(
                    "%1", party_label(party)
                )
            )
            grid.addWidget(QLabel(party_label(party) + ":", self), row, 0)
            grid.addWidget(name, row, 1)
            if party != v.Party.CITIZEN.value:
                grid.addWidget(contact, row, 2)
            else:
                contact.setVisible(False)  # a citizen has no contact person
            name.textChanged.connect(self.changed)
            contact.textChanged.connect(self.changed)
            self.names[party] = name
            self.contacts[party] = contact
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.setFocusProxy(self.names[PARTIES[0]])

    def set_value(self, parties: dict[str, Any] | None) -> None:
        self._value = dict(parties or {})
        for party in PARTIES:
            info = self._value.get(party) or {}
            self.names[party].set_value(info.get("name"))
            self.contacts[party].set_value(info.get("contact"))

    def value(self) -> dict[str, Any]:
        """The parties as loaded, with the names and contacts typed (other keys kept)."""
        parties = dict(self._value)
        for party in PARTIES:
            info = dict(parties.get(party) or {})
            info["name"] = self.names[party].text().strip()
            contact = self.contacts[party].text().strip()
            if contact or "contact" in info:
                info["contact"] = contact
            parties[party] = info
        return parties


class WeekdayHours(QWidget):
    """Hours on each day of the week, Danish decimal comma; empty days are left out."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, LineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, (key, day_name) in enumerate(fmt.WEEKDAYS):
            edit = LineEdit(self)
            edit.setMaximumWidth(64)
            edit.setAccessibleName(
                QCoreApplication.translate("AgreementEditor", "Timer %1").replace(
                    "%1", vocab(day_name).lower()
                )
            )
            grid.addWidget(QLabel(vocab(day_name)[:3], self), 0, col)
            grid.addWidget(edit, 1, col)
            edit.textChanged.connect(self.changed)
            self.edits[key] = edit
        grid.setColumnStretch(len(fmt.WEEKDAYS), 1)
        self.setFocusProxy(self.edits[fmt.WEEKDAYS[0][0]])

    def set_value(self, spread: dict[str, float] | None) -> None:
        by_day = {fmt.weekday_key(k): h for k, h in (spread or {}).items()}
        for key, edit in self.edits.items():
            edit.set_value(fmt.number(by_day.get(key)) or None)

    def read(self, key: str) -> tuple[dict[str, float], list[Problem]]:
        spread: dict[str, float] = {}
        bad = False
        for day, edit in self.edits.items():
            try:
                hours = fmt.parse_hours(edit.text())
            except ValueError:
                bad = True
                continue
            if hours:
                spread[day] = hours
        problems = (
            [
                Problem(
                    "weekday_hours.format",
                    key,
                    QCoreApplication.translate(
                        "AgreementEditor", "Timer pr. ugedag skal være tal, fx 4 eller 3,5."
                    ),
                )
            ]
            if bad
            else []
        )
        return spread, problems

    def value(self) -> dict[str, float]:
        return self.read("weekday_hours")[0]


class AccommodationRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, number: int, acc: Accommodation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = ChoiceBox(enum_choices(v.AccommodationCategory), parent=self)
        self.category.set_value(acc.category)
        self.description = LineEdit(self)
        self.description.setText(acc.description)
        self.description.setPlaceholderText(self.tr("Hvad betyder det i arbejdet?"))
        self.when = LineEdit(self)
        self.when.setText(acc.when)
        self.when.setPlaceholderText(self.tr("Hvornår / hvor ofte"))
        # The compensation scheme that pays for it (the case's fast track), if any.
        self.scheme = ChoiceBox(
            enum_choices(v.CompensationScheme), empty=self.tr("(ingen ordning)"), parent=self
        )
        self.scheme.set_value(acc.scheme)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.set_number(number)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 2)
        grid.addWidget(self.category, 0, 0)
        grid.addWidget(self.description, 0, 1)
        grid.addWidget(self.when, 0, 2)
        grid.addWidget(self.scheme, 0, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.category.currentIndexChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)
        self.when.textChanged.connect(self.changed)
        self.scheme.currentIndexChanged.connect(self.changed)

    def set_number(self, number: int) -> None:
        n = str(number)
        self.category.setAccessibleName(self.tr("Skånehensyn %1: kategori").replace("%1", n))
        self.description.setAccessibleName(self.tr("Skånehensyn %1: beskrivelse").replace("%1", n))
        self.when.setAccessibleName(self.tr("Skånehensyn %1: hvornår").replace("%1", n))
        self.scheme.setAccessibleName(
            self.tr("Skånehensyn %1: ordning der betaler").replace("%1", n)
        )
        self.remove.setAccessibleName(self.tr("Fjern skånehensyn %1").replace("%1", n))
        self.remove.setToolTip(self.remove.accessibleName())

    def value(self) -> Accommodation:
        return Accommodation(
            category=self.category.value() or v.AccommodationCategory.OTHER.value,
            description=self.description.text().strip(),
            when=self.when.text().strip(),
            scheme=self.scheme.value(),
        )


class AccommodationList(RowList):
    """The accommodations as rows (category, description, when), added from the catalogue or
    free, removed in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            Muted(
                QCoreApplication.translate(
                    "AgreementEditor",
                    "Beskriv hvad hensynet betyder i arbejdet (funktionelt), ikke en diagnose.",
                ),
                self,
            )
        )
        header = QHBoxLayout()
        for text, stretch in (
            (QCoreApplication.translate("AgreementEditor", "Kategori"), 2),
            (QCoreApplication.translate("AgreementEditor", "Beskrivelse"), 5),
            (QCoreApplication.translate("AgreementEditor", "Hvornår"), 2),
            (QCoreApplication.translate("AgreementEditor", "Betales af ordning"), 2),
        ):
            header.addWidget(Muted(text, self), stretch)
        header.addSpacing(30)
        layout.addLayout(header)
        layout.addLayout(self.rows_layout)
        add = QHBoxLayout()
        self.catalogue = QComboBox(self)
        self.catalogue.setAccessibleName(
            QCoreApplication.translate("AgreementEditor", "Vælg skånehensyn fra kataloget")
        )
        for code, description, _when in agreements.ACCOMMODATION_CATALOGUE:
            self.catalogue.addItem(vocab(v.AccommodationCategory(code).label), code)
            self.catalogue.setItemData(
                self.catalogue.count() - 1, description, Qt.ItemDataRole.ToolTipRole
            )
        self.add_catalogue = QPushButton(
            QCoreApplication.translate("AgreementEditor", "Tilføj fra katalog"), self
        )
        self.add_catalogue.clicked.connect(lambda: self.add_from_catalogue())
        self.add_free = QPushButton(
            QCoreApplication.translate("AgreementEditor", "Tilføj andet"), self
        )
        self.add_free.clicked.connect(lambda: self.add(Accommodation(), focus=True))
        add.addWidget(self.catalogue, 2)
        add.addWidget(self.add_catalogue)
        add.addWidget(self.add_free)
        add.addStretch(1)
        layout.addLayout(add)
        self.setFocusProxy(self.catalogue)

    def add_from_catalogue(self, category: str | None = None) -> AccommodationRow:
        code = category or self.catalogue.currentData()
        return self.add(agreements.accommodation_from_catalogue(code), focus=True)

    def add(self, acc: Accommodation, *, focus: bool = False) -> AccommodationRow:
        row = AccommodationRow(len(self.rows) + 1, acc, self)
        return self.append_row(row, focus=row.description if focus else None)

    def set_value(self, accommodations: list[Accommodation] | None) -> None:
        self.clear_rows()
        for acc in accommodations or []:
            self.add(acc)

    def value(self) -> list[Accommodation]:
        return list(self.row_values())


class ConsentBox(QCheckBox):
    """The citizen's consent to share the agreement, as a value of the form."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "AgreementEditor",
                "Borgeren giver samtykke til, at aftalen deles med virksomheden og mentor",
            ),
            parent,
        )
        self.toggled.connect(self.changed)

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))

    def value(self) -> bool:
        return self.isChecked()


class AgreementEditor(DocumentEditor):
    kind = "agreement"
    form_table = AGREEMENT_FORM

    def build_form(self, layout: QVBoxLayout) -> None:
        fields = self.make_fields(
            {
                "parties": PartiesInput,
                "weekday_hours": WeekdayHours,
                "accommodations": AccommodationList,
                "consent_to_share": ConsentBox,
            }
        )
        w = fields.widgets
        self.add_group(layout, "parties")
        self.add_section(layout, self.tr("Ordning og periode"), "basis")
        self.add_section(layout, self.tr("Timer"), "hours")
        self.add_group(layout, "accommodations")
        self.add_section(layout, self.tr("Opgaver og støtte"), "tasks")
        self.add_section(layout, self.tr("Dårlige dage og samtykke"), "bad_day")

        self.parties_input: PartiesInput = w["parties"]
        self.party_name = self.parties_input.names
        self.party_contact = self.parties_input.contacts
        self.scheme: ChoiceBox = w["scheme"]
        self.legal_basis = w["legal_basis"]
        self.valid_from = w["valid_from"]
        self.valid_to = w["valid_to"]
        self.review_date = w["review_date"]
        self.hours_per_week = w["hours_per_week"]
        self.weekday = w["weekday_hours"].edits
        self.spread_problems = fields.boxes["weekday_hours"].problems
        self.personal_assistance_hours = w["personal_assistance_hours"]
        self.mentor_hours = w["mentor_hours"]
        self.accommodations: AccommodationList = w["accommodations"]
        self.accommodation_problems = fields.boxes["accommodations"].problems
        self.catalogue = self.accommodations.catalogue
        self.add_catalogue = self.accommodations.add_catalogue
        self.add_free = self.accommodations.add_free
        self.tasks_included = w["tasks_included"]
        self.tasks_excluded = w["tasks_excluded"]
        self.aids = w["aids"]
        self.bad_day_plan = w["bad_day_plan"]
        self.bad_day_contact = w["bad_day_contact"]
        self.consent_to_share = w["consent_to_share"]
        self.scheme.currentIndexChanged.connect(self._scheme_changed)

    # -- accommodations --------------------------------------------------------------------
    def add_from_catalogue(self, category: str | None = None) -> AccommodationRow:
        return self.accommodations.add_from_catalogue(category)

    def add_accommodation(self, acc: Accommodation, *, focus: bool = False) -> AccommodationRow:
        return self.accommodations.add(acc, focus=focus)

    @property
    def accommodation_rows(self) -> list[AccommodationRow]:
        return list(self.accommodations.rows)

    def _scheme_changed(self) -> None:
        if self._filling:
            return
        old = {agreements.LEGAL_BASIS.get(code) for code, _ in choices(v.Scheme)}
        if not self.legal_basis.text() or self.legal_basis.text() in old:
            self.legal_basis.set_value(agreements.LEGAL_BASIS.get(self.scheme.value() or ""))

    # -- read ------------------------------------------------------------------------------
    def read(self) -> tuple[Agreement, list[Problem]]:
        a: Agreement = self.document
        document, problems = self.fields.read(a)
        return document.replace(scheme=document.scheme or a.scheme), problems
