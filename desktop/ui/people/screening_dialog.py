"""The screening at first contact, filled in with the citizen: consent to record, does an
impairment affect which jobs or hours they can take, which functions, what helped before.

Health data: the form is for jobcenter staff only (never a mentor, never in hand-over) and nothing
of it is printed. For a first contact the jobcenter does not know yet, the form asks for the
citizen's name (and CPR number if given) and saves the citizen with the screening. A positive
screening offers to open a case with the consultant as the citizen's personal job broker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QVBoxLayout, QWidget

from desktop.domain.problems import Problem
from desktop.domain.records import Citizen, Screening
from desktop.services import screening as screening_service
from desktop.services.cases import local_naive
from desktop.services.drafts import Draft
from desktop.ui.kit.citizen_form import CITIZEN_FORM
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import FormDialog
from desktop.ui.kit.formatting import datetime_text
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import enum_choices
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Heading, Muted
from sync.protocol import vocabulary as v

SCREENING_FORM = FormTable(
    "screening",
    (
        FormField("screened_at", Kind.DATETIME, mnemonic="r"),
        FormField("screened_by", Kind.LINE, mnemonic="f", width=240),
        FormField("consent_to_record", Kind.CUSTOM, mnemonic="m"),
        FormField(
            "impairment",
            Kind.CHOICE,
            mnemonic="p",
            enum=v.ScreeningAnswer,
            empty=QT_TRANSLATE_NOOP("FormField", "(ikke besvaret)"),
        ),
        FormField(
            "functions",
            Kind.CUSTOM,
            mnemonic="u",
            hint=QT_TRANSLATE_NOOP(
                "FormField", "Sæt kryds ved det, der er svært. Skriv funktion, ikke diagnose."
            ),
        ),
        FormField("what_helped", Kind.TEXT, mnemonic="h", lines=3),
    ),
    not_on_form={
        "citizen_id": "the citizen the form was opened for (or the first contact typed in it)",
        "opened_case_id": "set when a positive screening opens a case",
    },
)
# A first contact: the citizen's name and, if the citizen gives it, the CPR number.
NEW_CITIZEN_FORM = FormTable(
    "citizen",
    tuple(f for f in CITIZEN_FORM.fields if f.name in ("name", "cpr", "phone")),
    not_on_form={
        name: "added later in the citizen form"
        for name in ("address", "email", "target_group", "functional_limitations",
                     "health_notes")
    },
    prefix="citizen.",
)


class ConsentBox(QCheckBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ja, borgeren giver samtykke til, at svarene registreres"),
                         parent)
        self.toggled.connect(lambda _c: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class FunctionChecks(QWidget):
    """The work functions an impairment can affect, as check boxes in two columns."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for i, (code, text) in enumerate(enum_choices(v.WorkFunction)):
            box = QCheckBox(text, self)
            box.toggled.connect(lambda _c: self.changed.emit())
            self.boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: list[str] | None) -> None:
        chosen = set(value or [])
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in chosen)
            box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> bool:
        changed = self.isEnabled() == read_only
        self.setEnabled(not read_only)
        return changed


class ScreeningDialog(FormDialog):
    """One screening; `positive_saved(screening_id)` after saving a positive one."""

    positive_saved = Signal(str)

    def __init__(self, context: Any, screening: Screening, *, citizen_name: str,
                 is_new: bool, new_citizen: Citizen | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("screeningDialog")
        self.screening = screening
        self.is_new = is_new
        self.new_citizen = new_citizen
        self.setWindowTitle(self.tr("Screening ved første kontakt"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            Heading(citizen_name or self.tr("Ny borger (første kontakt)"), self, size=1.2)
        )
        layout.addWidget(
            Muted(
                self.tr(
                    "Spørg borgeren, om en fysisk eller psykisk funktionsnedsættelse påvirker, "
                    "hvilke job eller timer de kan tage. Svarene er helbredsoplysninger: de "
                    "vises aldrig for mentorer og kommer aldrig på papir."
                ),
                self,
            )
        )
        layout.addWidget(self.general)
        form = QFormLayout()  # one form: the first contact's name and the answers align
        self.citizen_fields: FormFields | None = None
        if new_citizen is not None:
            self.citizen_fields = FormFields(
                self, NEW_CITIZEN_FORM, router=self.router, watch=self.watch
            )
            self.citizen_fields.add_to(form)
            self.citizen_fields.load(new_citizen)
        self.fields = FormFields(
            self, SCREENING_FORM, router=self.router, watch=self.watch,
            factories={"consent_to_record": ConsentBox, "functions": FunctionChecks},
        )
        self.fields["screened_by"].setReadOnly(True)
        self.fields.add_to(form)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.buttons_row())
        self.fields.load(screening)
        self.fields["consent_to_record"].changed.connect(self._consent_changed)
        self._consent_changed()
        self.controller.mark_clean("")
        self.resize(820, 640)
        if self.citizen_fields is not None:
            self.citizen_fields["name"].setFocus()
        else:
            self.fields["consent_to_record"].setFocus()

    def _consent_changed(self) -> None:
        consent = bool(self.fields["consent_to_record"].value())
        for name in screening_service.ANSWERS:
            self.fields[name].setEnabled(consent)

    # FormHooks ---------------------------------------------------------------------------
    def read(self) -> tuple[Any, list[Problem]]:
        screening, problems = self.fields.read(self.screening)
        citizen = self.new_citizen
        if self.citizen_fields is not None and citizen is not None:
            citizen, more = self.citizen_fields.read(citizen)
            problems += more
            screening = screening.replace(citizen_id=citizen.id)
        return (screening, citizen), problems

    def validate(self, value: Any) -> list[Problem]:
        screening, citizen = value
        problems = screening_service.validate_screening(screening)
        if citizen is not None:
            problems += screening_service.new_citizen_problems(citizen)
        return problems

    def save_job(self, value: Any) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        screening, citizen = value
        self._saving = screening_service.tidy_screening(screening)
        return lambda store: screening_service.save_screening(
            store, viewer=viewer, screening=screening, new_citizen=citizen
        )

    def draft(self, value: Any) -> Draft:
        screening, citizen = value
        return Draft(
            key=screening_service.draft_key(screening.id),
            record_type="screening",
            record_id=screening.id,
            case_id=None,
            payload={
                "form": "screening", "id": screening.id, "is_new": self.is_new,
                "values": screening.to_values(),
                "citizen": None if citizen is None else {"id": citizen.id,
                                                         **citizen.to_values()},
            },
        )

    def save_refused(self, exc: BaseException) -> bool:
        problems = list(getattr(exc, "problems", []))
        if not problems:
            return False
        self.show_problems(problems)
        return True

    def _saved(self, value: Any, changes: Any) -> None:
        saved = getattr(self, "_saving", None)
        super()._saved(value, changes)
        if saved is not None and saved.positive and not saved.opened_case_id:
            self.positive_saved.emit(saved.id)


class ScreeningModel(RowTableModel):
    """A citizen's screenings (desktop.services.screening.ScreeningRow), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Screenet"), lambda r: datetime_text(local_naive(r.screened_at)),
                       lambda r: r.screened_at or dt.datetime.min.replace(tzinfo=dt.UTC)),
                Column(self.tr("Af"), lambda r: r.screened_by),
                Column(self.tr("Påvirker job eller timer"),
                       lambda r: vocab(r.answer_label) if r.answer_label
                       else self.tr("(ikke registreret)")),
                Column(self.tr("Forløb"), lambda r: self.tr("Oprettet") if r.opened_case_id
                       else ""),
            ],
            parent,
        )
