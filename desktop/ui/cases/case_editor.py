"""Editors for a case with its citizen, for a citizen and for a company.

Each shows the domain's validation next to its field in Danish, saves nothing while something
blocks, and keeps what was typed: as an autosaved draft, and on screen after a failed save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.services import cases as case_service
from desktop.services.cases import CaseForm
from desktop.ui.kit.citizen_fields import CitizenFields
from desktop.ui.kit.fields import (
    ChoiceBox,
    DateEdit,
    LineEdit,
    TextArea,
)
from desktop.ui.kit.form import EditorDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import catalogue_label, enum_choices
from desktop.ui.kit.widgets import Muted
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

log = logging.getLogger(__name__)




class CaseEditorDialog(EditorDialog):
    """A case and its citizen: new or existing, validated together, saved in one transaction."""

    def __init__(
        self,
        context: Any,
        form: CaseForm,
        companies: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("caseEditor")
        self.form = form
        self.setWindowTitle(self.tr("Nyt forløb") if form.is_new else self.tr("Rediger forløb"))
        self.citizen_fields = CitizenFields(self, frozenset(), prefix="citizen.")

        self.title = LineEdit(self)
        self.company = ChoiceBox(
            sorted(companies, key=lambda c: c[1].casefold()),
            empty=self.tr("(ingen virksomhed)"),
            parent=self,
        )
        self.scheme = ChoiceBox(enum_choices(v.Scheme), parent=self)
        self.status = ChoiceBox(enum_choices(v.CaseStatus), parent=self)
        self.start_date = DateEdit(self)
        self.end_date = DateEdit(self)
        self.consultant = LineEdit(self)
        self.mentors = LineEdit(self)
        self.mentors.setPlaceholderText(self.tr("brugernavne adskilt af komma"))
        self.purpose = TextArea(self, lines=3)
        self.outcome = ChoiceBox(
            enum_choices(v.Outcome), empty=self.tr("(intet endnu)"), parent=self
        )
        case_widgets = {
            "title": (self.title, "i"),
            "company_id": (self.company, "v"),
            "scheme": (self.scheme, "o"),
            "status": (self.status, "s"),
            "start_date": (self.start_date, "d"),
            "end_date": (self.end_date, "u"),
            "consultant": (self.consultant, "k"),
            "mentors": (self.mentors, "m"),
            "purpose": (self.purpose, "f"),
            "outcome": (self.outcome, "r"),
        }
        case_form = QFormLayout()
        for name, (widget, key) in case_widgets.items():
            b = self.box(f"case.{name}", catalogue_label("case", name, key), widget)
            case_form.addRow(b.label, b)
            self.watch(widget)

        citizen_box = QGroupBox(self.tr("Borger"), self)
        citizen_form = QFormLayout(citizen_box)
        if not form.new_citizen and form.is_new:
            citizen_form.addRow(
                Muted(
                    self.tr(
                        "Forløbet oprettes for en eksisterende borger; "
                        "ændringer her gemmes på borgeren."
                    ),
                    citizen_box,
                )
            )
        self.citizen_fields.add_to(citizen_form)
        case_box = QGroupBox(self.tr("Forløb"), self)
        case_box.setLayout(case_form)

        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.addWidget(citizen_box, 1)
        columns.addWidget(case_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.buttons_row())
        self._load(form)
        self.resize(980, 680)
        self.citizen_fields.widgets["name"].setFocus()

    def _load(self, form: CaseForm) -> None:
        self.citizen_fields.load(form.citizen)
        c = form.case
        self.title.set_value(c.title)
        self.company.set_value(c.company_id)
        self.scheme.set_value(c.scheme)
        self.status.set_value(c.status)
        self.start_date.set_value(c.start_date)
        self.end_date.set_value(c.end_date)
        self.consultant.set_value(c.consultant)
        self.mentors.set_value(", ".join(c.mentors or []))
        self.purpose.set_value(c.purpose)
        self.outcome.set_value(c.outcome)
        self._dirty = False
        self._draft_dirty = False

    def read(self) -> tuple[CaseForm, list[Problem]]:
        problems: list[Problem] = []
        dates = {}
        for name, widget in (("start_date", self.start_date), ("end_date", self.end_date)):
            problem = widget.parse_problem(
                f"case.{name}", vocab(CATALOGUE["case"].field(name).label)
            )
            if problem:
                problems.append(problem)
                dates[name] = None
            else:
                dates[name] = widget.value()
        mentors = [m.strip().lower() for m in (self.mentors.text() or "").split(",") if m.strip()]
        case = self.form.case.replace(
            title=self.title.value(),
            company_id=self.company.value(),
            scheme=self.scheme.value() or v.Scheme.VIRKSOMHEDSPRAKTIK.value,
            status=self.status.value() or v.CaseStatus.PLANNED.value,
            start_date=dates["start_date"],
            end_date=dates["end_date"],
            consultant=self.consultant.value(),
            mentors=mentors,
            purpose=self.purpose.value(),
            outcome=self.outcome.value(),
        )
        citizen = self.citizen_fields.read(self.form.citizen)
        return CaseForm(
            case=case, citizen=citizen, is_new=self.form.is_new, new_citizen=self.form.new_citizen
        ), problems

    def validate_value(self, value: CaseForm) -> list[Problem]:
        return case_service.validate_case_form(value)

    def save_job(self, value: CaseForm) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: case_service.save_case_form(store, viewer=viewer, form=value)

    def draft(self, value: CaseForm) -> dict[str, Any]:
        return {
            "key": case_service.draft_key_for_case(value.case.id),
            "record_type": "case",
            "record_id": value.case.id,
            "case_id": None if value.is_new else value.case.id,
            "payload": case_service.case_form_payload(value),
        }
