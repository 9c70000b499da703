"""The Skånehensyn tab: the agreement's form, signing on the spot, freezing and versions.

`DocumentEditor` is shared with the Trepartsplan tab (plan_editor.py): it loads the versions of
one case's agreement (or plan), shows the current one (the draft, else the valid signed one),
lets the three parties sign it, locks every input once it is signed, offers "Ændr aftale" for a
new version, lists the history and previews or prints the PDF (archived bytes once signed).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
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
from desktop.ui.documents.document_editor import DocumentEditor, ListProblems, party_label
from desktop.ui.kit.fields import (
    ChoiceBox,
    DateEdit,
    LineEdit,
    ProblemLabel,
    TextArea,
)
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import enum_choices
from desktop.ui.kit.widgets import Muted
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

log = logging.getLogger(__name__)
AGREEMENT = CATALOGUE["agreement"]
PARTIES = (v.Party.CITIZEN.value, v.Party.COMPANY.value, v.Party.JOBCENTER.value)
WEEKDAYS = ("man", "tir", "ons", "tor", "fre", "loer", "soen")




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
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.set_number(number)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 2)
        grid.addWidget(self.category, 0, 0)
        grid.addWidget(self.description, 0, 1)
        grid.addWidget(self.when, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 2)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.category.currentIndexChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)
        self.when.textChanged.connect(self.changed)

    def set_number(self, number: int) -> None:
        n = str(number)
        self.category.setAccessibleName(self.tr("Skånehensyn %1: kategori").replace("%1", n))
        self.description.setAccessibleName(self.tr("Skånehensyn %1: beskrivelse").replace("%1", n))
        self.when.setAccessibleName(self.tr("Skånehensyn %1: hvornår").replace("%1", n))
        self.remove.setAccessibleName(self.tr("Fjern skånehensyn %1").replace("%1", n))
        self.remove.setToolTip(self.remove.accessibleName())

    def value(self) -> Accommodation:
        return Accommodation(
            category=self.category.value() or v.AccommodationCategory.OTHER.value,
            description=self.description.text().strip(),
            when=self.when.text().strip(),
        )


def field_text(name: str) -> str:
    return vocab(AGREEMENT.field(name).label) + ":"


class AgreementEditor(DocumentEditor):
    kind = "agreement"

    def build_form(self, layout: QVBoxLayout) -> None:
        self._rows: list[AccommodationRow] = []
        w = self.form_widget

        parties = QGroupBox(vocab(AGREEMENT.field("parties").label), w)
        grid = QGridLayout(parties)
        self.party_name: dict[str, LineEdit] = {}
        self.party_contact: dict[str, LineEdit] = {}
        grid.addWidget(Muted(self.tr("Navn"), parties), 0, 1)
        grid.addWidget(Muted(self.tr("Kontaktperson"), parties), 0, 2)
        for row, party in enumerate(PARTIES, start=1):
            name, contact = LineEdit(parties), LineEdit(parties)
            name.setAccessibleName(self.tr("%1: navn").replace("%1", party_label(party)))
            contact.setAccessibleName(
                self.tr("%1: kontaktperson").replace("%1", party_label(party))
            )
            grid.addWidget(QLabel(party_label(party) + ":", parties), row, 0)
            grid.addWidget(name, row, 1)
            if party != v.Party.CITIZEN.value:
                grid.addWidget(contact, row, 2)
            else:
                contact.setVisible(False)  # a citizen has no contact person
            self.party_name[party] = name
            self.party_contact[party] = contact
            self.watch(name)
            self.watch(contact)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(parties)

        basis = QGroupBox(self.tr("Ordning og periode"), w)
        form = QFormLayout(basis)
        self.scheme = ChoiceBox(enum_choices(v.Scheme), parent=basis)
        self.legal_basis = LineEdit(basis)
        self.valid_from = DateEdit(basis)
        self.valid_to = DateEdit(basis)
        self.review_date = DateEdit(basis)
        for name, editor in (
            ("scheme", self.scheme),
            ("legal_basis", self.legal_basis),
            ("valid_from", self.valid_from),
            ("valid_to", self.valid_to),
            ("review_date", self.review_date),
        ):
            b = self.box(name, field_text(name), editor)
            form.addRow(b.label, b)
            self.watch(editor)
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        layout.addWidget(basis)

        hours = QGroupBox(self.tr("Timer"), w)
        form = QFormLayout(hours)
        self.hours_per_week = LineEdit(hours)
        self.hours_per_week.setPlaceholderText(self.tr("fx 12"))
        self.hours_per_week.setMaximumWidth(120)
        b = self.box("hours_per_week", field_text("hours_per_week"), self.hours_per_week)
        form.addRow(b.label, b)
        self.watch(self.hours_per_week)
        spread = QWidget(hours)
        spread_grid = QGridLayout(spread)
        spread_grid.setContentsMargins(0, 0, 0, 0)
        self.weekday: dict[str, LineEdit] = {}
        for col, (key, day_name) in enumerate(fmt.WEEKDAYS):
            edit = LineEdit(spread)
            edit.setMaximumWidth(64)
            edit.setAccessibleName(self.tr("Timer %1").replace("%1", vocab(day_name).lower()))
            spread_grid.addWidget(QLabel(vocab(day_name)[:3], spread), 0, col)
            spread_grid.addWidget(edit, 1, col)
            self.weekday[key] = edit
            self.watch(edit)
        spread_grid.setColumnStretch(len(fmt.WEEKDAYS), 1)
        spread.setAccessibleName(self.tr("Timer fordelt på ugedage"))
        self.spread_problems = ProblemLabel(hours)
        spread_column = QVBoxLayout()
        spread_column.setSpacing(2)
        spread_column.addWidget(spread)
        spread_column.addWidget(self.spread_problems)
        form.addRow(QLabel(field_text("weekday_hours"), hours), spread_column)
        self.router.add("weekday_hours", ListProblems(self.spread_problems, self.weekday["man"]))
        self.personal_assistance_hours = LineEdit(hours)
        self.mentor_hours = LineEdit(hours)
        for name, editor in (
            ("personal_assistance_hours", self.personal_assistance_hours),
            ("mentor_hours", self.mentor_hours),
        ):
            editor.setMaximumWidth(120)
            b = self.box(name, field_text(name), editor)
            form.addRow(b.label, b)
            self.watch(editor)
        layout.addWidget(hours)

        accs = QGroupBox(vocab(AGREEMENT.field("accommodations").label), w)
        accs_layout = QVBoxLayout(accs)
        accs_layout.addWidget(
            Muted(
                self.tr(
                    "Beskriv hvad hensynet betyder i arbejdet (funktionelt), ikke en diagnose."
                ),
                accs,
            )
        )
        header = QHBoxLayout()
        for text, stretch in (
            (self.tr("Kategori"), 2),
            (self.tr("Beskrivelse"), 5),
            (self.tr("Hvornår"), 2),
        ):
            header.addWidget(Muted(text, accs), stretch)
        header.addSpacing(30)
        accs_layout.addLayout(header)
        self.rows_layout = QVBoxLayout()
        accs_layout.addLayout(self.rows_layout)
        self.accommodation_problems = ProblemLabel(accs)
        accs_layout.addWidget(self.accommodation_problems)
        add = QHBoxLayout()
        self.catalogue = QComboBox(accs)
        self.catalogue.setAccessibleName(self.tr("Vælg skånehensyn fra kataloget"))
        for code, description, _when in agreements.ACCOMMODATION_CATALOGUE:
            self.catalogue.addItem(vocab(v.AccommodationCategory(code).label), code)
            self.catalogue.setItemData(
                self.catalogue.count() - 1, description, Qt.ItemDataRole.ToolTipRole
            )
        self.add_catalogue = QPushButton(self.tr("Tilføj fra katalog"), accs)
        self.add_catalogue.clicked.connect(self.add_from_catalogue)
        self.add_free = QPushButton(self.tr("Tilføj andet"), accs)
        self.add_free.clicked.connect(lambda: self.add_accommodation(Accommodation(), focus=True))
        add.addWidget(self.catalogue, 2)
        add.addWidget(self.add_catalogue)
        add.addWidget(self.add_free)
        add.addStretch(1)
        accs_layout.addLayout(add)
        layout.addWidget(accs)
        # problems of the list go to the label under it
        self.router.add("accommodations", ListProblems(self.accommodation_problems, self.catalogue))

        tasks = QGroupBox(self.tr("Opgaver og støtte"), w)
        form = QFormLayout(tasks)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tasks_included = TextArea(tasks, lines=2)
        self.tasks_excluded = TextArea(tasks, lines=2)
        self.aids = TextArea(tasks, lines=2)
        for name, editor in (
            ("tasks_included", self.tasks_included),
            ("tasks_excluded", self.tasks_excluded),
            ("aids", self.aids),
        ):
            b = self.box(name, field_text(name), editor)
            form.addRow(b.label, b)
            self.watch(editor)
        layout.addWidget(tasks)

        bad = QGroupBox(self.tr("Dårlige dage og samtykke"), w)
        form = QFormLayout(bad)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bad_day_plan = TextArea(bad, lines=3)
        self.bad_day_contact = LineEdit(bad)
        self.consent_to_share = QCheckBox(
            self.tr("Borgeren giver samtykke til, at aftalen deles med virksomheden og mentor"),
            bad,
        )
        for name, editor in (
            ("bad_day_plan", self.bad_day_plan),
            ("bad_day_contact", self.bad_day_contact),
        ):
            b = self.box(name, field_text(name), editor)
            form.addRow(b.label, b)
            self.watch(editor)
        consent = self.box(
            "consent_to_share", field_text("consent_to_share"), self.consent_to_share
        )
        form.addRow(consent.label, consent)
        self.watch(self.consent_to_share)
        layout.addWidget(bad)

    # -- accommodations --------------------------------------------------------------------
    def add_from_catalogue(self, category: str | None = None) -> AccommodationRow:
        code = category or self.catalogue.currentData()
        return self.add_accommodation(agreements.accommodation_from_catalogue(code), focus=True)

    def add_accommodation(self, acc: Accommodation, *, focus: bool = False) -> AccommodationRow:
        row = AccommodationRow(len(self._rows) + 1, acc, self.form_widget)
        row.removed.connect(self._remove_row)
        row.changed.connect(self.edited)
        self._rows.append(row)
        self.rows_layout.addWidget(row)
        row.setEnabled(True)
        if focus:
            row.description.setFocus()
        self.edited()
        return row

    def _remove_row(self, row: AccommodationRow) -> None:
        self._rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        for i, other in enumerate(self._rows, start=1):
            other.set_number(i)
        self.edited()

    @property
    def accommodation_rows(self) -> list[AccommodationRow]:
        return list(self._rows)

    def _scheme_changed(self) -> None:
        if self._filling:
            return
        old = {agreements.LEGAL_BASIS.get(code) for code, _ in choices(v.Scheme)}
        if not self.legal_basis.text() or self.legal_basis.text() in old:
            self.legal_basis.set_value(agreements.LEGAL_BASIS.get(self.scheme.value() or ""))

    # -- fill and read ---------------------------------------------------------------------
    def fill(self, a: Agreement) -> None:
        parties = a.parties or {}
        for party in PARTIES:
            info = parties.get(party) or {}
            self.party_name[party].set_value(info.get("name"))
            self.party_contact[party].set_value(info.get("contact"))
        self.scheme.set_value(a.scheme)
        self.legal_basis.set_value(a.legal_basis)
        self.valid_from.set_value(a.valid_from)
        self.valid_to.set_value(a.valid_to)
        self.review_date.set_value(a.review_date)
        self.hours_per_week.set_value(fmt.number(a.hours_per_week) or None)
        spread = {fmt.weekday_key(k): h for k, h in (a.weekday_hours or {}).items()}
        for key, edit in self.weekday.items():
            edit.set_value(fmt.number(spread.get(key)) or None)
        self.personal_assistance_hours.set_value(fmt.number(a.personal_assistance_hours) or None)
        self.mentor_hours.set_value(fmt.number(a.mentor_hours) or None)
        for row in list(self._rows):
            self._rows.remove(row)
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        for acc in a.accommodations:
            self.add_accommodation(acc)
        self.tasks_included.set_value(a.tasks_included)
        self.tasks_excluded.set_value(a.tasks_excluded)
        self.aids.set_value(a.aids)
        self.bad_day_plan.set_value(a.bad_day_plan)
        self.bad_day_contact.set_value(a.bad_day_contact)
        self.consent_to_share.setChecked(bool(a.consent_to_share))

    def _hours(self, editor: LineEdit, name: str, label: str) -> tuple[float | None, list[Problem]]:
        try:
            return fmt.parse_hours(editor.text()), []
        except ValueError:
            return None, [
                Problem(
                    f"{name}.format",
                    name,
                    self.tr("%1: skriv et tal, fx 12,5.").replace("%1", label),
                )
            ]

    def read(self) -> tuple[Agreement, list[Problem]]:
        a: Agreement = self.document
        problems: list[Problem] = []
        dates = {}
        for name, editor in (
            ("valid_from", self.valid_from),
            ("valid_to", self.valid_to),
            ("review_date", self.review_date),
        ):
            problem = editor.parse_problem(name, vocab(AGREEMENT.field(name).label))
            if problem:
                problems.append(problem)
                dates[name] = getattr(a, name) if self.frozen else None
            else:
                dates[name] = editor.value()
        values = {}
        for name, editor in (
            ("hours_per_week", self.hours_per_week),
            ("personal_assistance_hours", self.personal_assistance_hours),
            ("mentor_hours", self.mentor_hours),
        ):
            value, found = self._hours(editor, name, vocab(AGREEMENT.field(name).label))
            values[name] = value
            problems += found
        spread: dict[str, float] = {}
        for key, edit in self.weekday.items():
            try:
                hours = fmt.parse_hours(edit.text())
            except ValueError:
                problems.append(
                    Problem(
                        "weekday_hours.format",
                        "weekday_hours",
                        self.tr("Timer pr. ugedag skal være tal, fx 4 eller 3,5."),
                    )
                )
                continue
            if hours:
                spread[key] = hours
        parties = dict(a.parties or {})
        for party in PARTIES:
            info = dict(parties.get(party) or {})
            info["name"] = self.party_name[party].text().strip()
            contact = self.party_contact[party].text().strip()
            if contact or "contact" in info:
                info["contact"] = contact
            parties[party] = info
        document = a.replace(
            parties=parties,
            scheme=self.scheme.value() or a.scheme,
            legal_basis=self.legal_basis.value(),
            hours_per_week=values["hours_per_week"],
            weekday_hours=spread,
            accommodations=[row.value() for row in self._rows],
            personal_assistance_hours=values["personal_assistance_hours"],
            mentor_hours=values["mentor_hours"],
            tasks_included=self.tasks_included.value(),
            tasks_excluded=self.tasks_excluded.value(),
            aids=self.aids.value(),
            bad_day_plan=self.bad_day_plan.value(),
            bad_day_contact=self.bad_day_contact.value(),
            consent_to_share=self.consent_to_share.isChecked(),
            **dates,
        )
        return document, problems
