"""The case form: a case and its citizen, new or existing, validated together, saved in one
transaction. Each problem shows next to its field in Danish; nothing is saved while one blocks,
and what was typed is kept (as an autosaved draft, and on screen after a failed save)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.problems import Problem
from desktop.services import cases as case_service
from desktop.services.cases import CaseForm
from desktop.services.drafts import Draft
from desktop.ui.cases.mentor_picker import MentorPicker
from desktop.ui.kit.citizen_form import CITIZEN_FORM
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import FormDialog
from desktop.ui.kit.widgets import Muted
from sync.protocol import vocabulary as v

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

CASE_FORM = FormTable(
    "case",
    (
        FormField("title", mnemonic="i"),
        FormField(
            "company_id",
            Kind.REF,
            mnemonic="v",
            empty=QT_TRANSLATE_NOOP("FormField", "(ingen virksomhed)"),
        ),
        FormField(
            "scheme",
            Kind.CHOICE,
            mnemonic="o",
            enum=v.Scheme,
            default=v.Scheme.VIRKSOMHEDSPRAKTIK.value,
        ),
        FormField(
            "status",
            Kind.CHOICE,
            mnemonic="s",
            enum=v.CaseStatus,
            default=v.CaseStatus.PLANNED.value,
        ),
        FormField("start_date", Kind.DATE, mnemonic="d"),
        FormField("end_date", Kind.DATE, mnemonic="u"),
        FormField("consultant", mnemonic="k"),
        FormField("mentors", Kind.CUSTOM, mnemonic="m"),
        FormField("purpose", Kind.TEXT, mnemonic="f"),
        FormField(
            "outcome",
            Kind.CHOICE,
            mnemonic="r",
            enum=v.Outcome,
            empty=QT_TRANSLATE_NOOP("FormField", "(intet endnu)"),
        ),
        # The project's method: group, project, job start and the support budget.
        FormField(
            "group",
            Kind.CHOICE,
            enum=v.CaseGroup,
            default=v.CaseGroup.PROJECT.value,
            section="project",
            hint=QT_TRANSLATE_NOOP(
                "FormField",
                "Referencegruppen får den sædvanlige indsats; for den registreres kun "
                "resultatdata (opfølgninger, jobstart, resultat).",
            ),
        ),
        FormField(
            "project_id",
            Kind.REF,
            mnemonic="p",
            empty=QT_TRANSLATE_NOOP("FormField", "(intet projekt)"),
            section="project",
        ),
        FormField(
            "job_start_date",
            Kind.DATE,
            mnemonic="j",
            section="project",
            hint=QT_TRANSLATE_NOOP(
                "FormField", "Fastholdelse efter 3, 6 og 12 måneder regnes fra jobstarten."
            ),
        ),
        FormField(
            "support_kind",
            Kind.CHOICE,
            mnemonic="ø",
            enum=v.SupportKind,
            empty=QT_TRANSLATE_NOOP("FormField", "(ingen støtte)"),
            section="project",
        ),
        FormField(
            "support_budget",
            Kind.HOURS,
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 40"),
            width=120,
            section="project",
            hint=QT_TRANSLATE_NOOP(
                "FormField", "Timer i alt; møderne trækker de brugte støttetimer fra."
            ),
        ),
    ),
    not_on_form={
        "citizen_id": "the citizen is the form's other half (CITIZEN_FORM)",
        "team": "the team of the consultant who creates the case, set by the service",
        "aftercare_cadence": "edited on the case page's efterværn, not in this form",
        "screening_id": "set by the screening that opened the case (the screening form)",
        "wishes": "the citizen's own list is edited on its own tab of the case page",
        "wishes_on_citizen_copy": "edited with the citizen's own list on its tab",
    },
    prefix="case.",
)
CASE_CITIZEN_FORM = FormTable(
    CITIZEN_FORM.record_type, CITIZEN_FORM.fields, CITIZEN_FORM.not_on_form, prefix="citizen."
)


class CaseEditorDialog(FormDialog):
    """A case and its citizen in two columns."""

    def __init__(
        self,
        context: AppContext,
        form: CaseForm,
        companies: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        team_mentors: Sequence[str] = (),
        projects: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("caseEditor")
        self.form = form
        self.setWindowTitle(self.tr("Nyt forløb") if form.is_new else self.tr("Rediger forløb"))
        self.citizen_fields = FormFields(
            self, CASE_CITIZEN_FORM, router=self.router, watch=self.watch
        )
        self.case_fields = FormFields(
            self,
            CASE_FORM,
            router=self.router,
            watch=self.watch,
            choices={"company_id": companies, "project_id": projects},
            factories={"mentors": lambda owner: MentorPicker(team_mentors, owner)},
        )
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
        self.case_fields.add_to(QFormLayout(case_box), "main")
        project_box = QGroupBox(self.tr("Projekt, jobstart og støttetimer"), self)
        project_box.setObjectName("caseProjectBox")
        self.case_fields.add_to(QFormLayout(project_box), "project")
        case_column = QVBoxLayout()
        case_column.addWidget(case_box)
        # The citizen's own list beside the company choice: planning company contact starts
        # from the companies and the work the citizen named, the dream first.
        self.own_list = Muted(self._own_list_text(form, companies), self)
        self.own_list.setObjectName("caseOwnList")
        self.own_list.setVisible(bool(self.own_list.text()))
        case_column.addWidget(self.own_list)
        case_column.addWidget(project_box)

        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.addWidget(citizen_box, 1)
        columns.addLayout(case_column, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.buttons_row())
        self.citizen_fields.load(form.citizen)
        self.case_fields.load(form.case)
        self.controller.mark_clean("")
        self.resize(980, 680)
        self.citizen_fields.widgets["name"].setFocus()

    def _own_list_text(self, form: CaseForm, companies: list[tuple[str, str]]) -> str:
        from desktop.services.wishes import to_lines
        from desktop.ui.kit.i18n import vocab

        if not form.case.wishes or self._context.viewer.restricted:
            return ""
        lines = to_lines(list(form.case.wishes), dict(companies))
        parts = [
            (self.tr("Drøm: %1") if line.dream else "%1").replace("%1", line.what or "–")
            + f" ({vocab(line.status_label).lower()})"
            for line in lines
        ]
        return self.tr("Borgerens egen liste: %1").replace("%1", " · ".join(parts))

    # FormHooks ---------------------------------------------------------------------------
    def read(self) -> tuple[CaseForm, list[Problem]]:
        case, case_problems = self.case_fields.read(self.form.case)
        citizen, citizen_problems = self.citizen_fields.read(self.form.citizen)
        citizen = citizen.replace(name=citizen.name or "")
        value = CaseForm(
            case=case, citizen=citizen, is_new=self.form.is_new, new_citizen=self.form.new_citizen,
            subsidy=self.form.subsidy,
        )
        return value, citizen_problems + case_problems

    def validate(self, value: CaseForm) -> list[Problem]:
        return case_service.validate_case_form(value)

    def save_job(self, value: CaseForm) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: case_service.save_case_form(store, viewer=viewer, form=value)

    def draft(self, value: CaseForm) -> Draft:
        return Draft(
            key=case_service.draft_key_for_case(value.case.id),
            record_type="case",
            record_id=value.case.id,
            case_id=None if value.is_new else value.case.id,
            payload=case_service.case_form_payload(value),
        )
