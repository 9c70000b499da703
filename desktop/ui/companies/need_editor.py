"""The form of a company's need (behov): what the company needs done, its hours, demands, the
accommodations it can offer, the start and the status. Hours over 37 or a new need starting in
the past get a Danish message and nothing is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from desktop.domain.problems import Problem
from desktop.domain.records import CompanyNeed
from desktop.services import companies as company_service
from desktop.ui.kit.code_checks import CodeChecks
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.labels import enum_choices
from sync.protocol import vocabulary as v

NEED_FORM = FormTable(
    "company_need",
    (
        FormField("title", mnemonic="b", max_length=200),
        FormField("kind", Kind.CHOICE, mnemonic="t", enum=v.NeedKind),
        FormField("status", Kind.CHOICE, mnemonic="s", enum=v.NeedStatus),
        FormField(
            "hours_per_week",
            Kind.HOURS,
            mnemonic="u",
            width=120,
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 15"),
            hint=QT_TRANSLATE_NOOP("FormField", "Højst 37 timer om ugen."),
        ),
        FormField("start_date", Kind.DATE, mnemonic="a"),
        FormField(
            "postcode",
            mnemonic="p",
            max_length=4,
            width=120,
            placeholder=QT_TRANSLATE_NOOP("FormField", "4 cifre"),
        ),
        FormField("tasks", Kind.TEXT, mnemonic="o", lines=2),
        FormField("demands", Kind.CUSTOM),
        FormField("accommodations", Kind.CUSTOM),
        FormField("note", Kind.TEXT, mnemonic="n", lines=2),
    ),
    not_on_form={
        "company_id": "the company whose page the need was opened from",
        "team": "the team of the consultant who records it",
    },
)

NEED_FACTORIES: dict[str, Callable[[QWidget], QWidget]] = {
    "demands": lambda parent: CodeChecks(enum_choices(v.WorkFunction), columns=3,
                                         parent=parent),
    "accommodations": lambda parent: CodeChecks(
        enum_choices(v.AccommodationCategory), columns=3, parent=parent
    ),
}


class NeedDialog(RecordFormDialog):
    def __init__(
        self,
        context: Any,
        need: CompanyNeed,
        *,
        is_new: bool,
        company_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("needEditor")
        self.need = need
        self.is_new = is_new
        title = self.tr("Nyt behov") if is_new else self.tr("Behov")
        self.setWindowTitle(f"{title} – {company_name}")
        self.fields = FormFields(
            self, NEED_FORM, router=self.router, watch=self.watch, factories=NEED_FACTORIES
        )
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form, 1)
        layout.addLayout(self.buttons_row())
        self.fields.load(need)
        self.controller.mark_clean("")
        self.resize(960, 720)
        self.fields.widgets["title"].setFocus()

    def read(self) -> tuple[CompanyNeed, list[Problem]]:
        need, problems = self.fields.read(self.need)
        return need.replace(title=need.title or ""), problems

    def validate(self, value: CompanyNeed) -> list[Problem]:
        return company_service.validate_need(value, is_new=self.is_new, today=dt.date.today())

    def save_job(self, value: CompanyNeed) -> Callable[[Any], Any]:
        viewer, is_new = self._context.viewer, self.is_new
        return lambda store: company_service.save_need(
            store, viewer=viewer, need=value, is_new=is_new
        )


