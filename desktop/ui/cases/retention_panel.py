"""The case page's retention tab: the efterværn follow-ups' job status after job start (list, add,
edit, delete) and the flag when the citizen has returned to benefits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.domain.records import RetentionCheck
from desktop.services import retention as retention_service
from desktop.services.changes import Changes
from desktop.services.retention import BenefitReturn, RetentionOverview, RetentionRow
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table
from desktop.ui.kit.yes_no import YesNoBox
from sync.protocol import vocabulary as v

RETURNED = QBrush(QColor("#a61b1b"))

RETENTION_FORM = FormTable(
    "retention_check",
    (
        FormField("checked_on", Kind.DATE, mnemonic="d"),
        FormField(
            "job_status",
            Kind.CHOICE,
            mnemonic="j",
            enum=v.JobStatus,
            empty=QT_TRANSLATE_NOOP("FormField", "(ikke oplyst)"),
            hint=QT_TRANSLATE_NOOP(
                "FormField", "Uden jobstatus tælles opfølgningen som ukendt, aldrig som i job."
            ),
        ),
        FormField(
            "hours_per_week",
            Kind.HOURS,
            mnemonic="t",
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 12,5"),
            width=120,
        ),
        FormField("on_benefits", Kind.CUSTOM, mnemonic="f"),
        FormField("note", Kind.TEXT, mnemonic="n"),
    ),
    not_on_form={
        "case_id": "the case the tab belongs to",
        "meeting_id": "set when the check is recorded at an efterværn meeting",
    },
)


def flag_text(flag: BenefitReturn | None) -> str:
    """The case's return-to-benefits flag in words ("" when there is none)."""
    if flag is None:
        return ""
    if flag.current:
        return QCoreApplication.translate(
            "RetentionPanel", "Borgeren er vendt tilbage til offentlig forsørgelse (opfølgning %1)."
        ).replace("%1", fmt.date(flag.latest_on))
    return QCoreApplication.translate(
        "RetentionPanel", "Borgeren var tilbage på offentlig forsørgelse %1, men er i job igen."
    ).replace("%1", fmt.date(flag.first_on))


class RetentionModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Dato"),
                    lambda r: fmt.date(r.checked_on),
                    lambda r: r.checked_on or dt.date.min,
                ),
                Column(
                    self.tr("Måneder efter jobstart"),
                    lambda r: "" if r.months_after_start is None else str(r.months_after_start),
                    lambda r: -1 if r.months_after_start is None else r.months_after_start,
                    align_right=True,
                ),
                Column(
                    self.tr("Jobstatus"),
                    lambda r: vocab(r.job_status_label) if r.job_status else self.tr("Ukendt"),
                ),
                Column(
                    self.tr("Timer pr. uge"),
                    lambda r: fmt.number(r.hours_per_week),
                    lambda r: -1.0 if r.hours_per_week is None else r.hours_per_week,
                    align_right=True,
                ),
                Column(self.tr("Offentlig forsørgelse"), lambda r: self._yes_no(r.on_benefits)),
                Column(
                    self.tr("Fra møde"), lambda r: self.tr("Ja") if r.meeting_id else ""
                ),
                Column(self.tr("Note"), lambda r: (r.note or "").replace("\n", " ")),
            ],
            parent,
        )

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.tr("Ved ikke")
        return self.tr("Ja") if value else self.tr("Nej")

    def foreground(self, row: RetentionRow) -> QBrush | None:
        return RETURNED if row.returned else None


class RetentionDialog(RecordFormDialog):
    """One retention check: date, job status, hours per week, on benefits, note."""

    def __init__(self, context: Any, check: RetentionCheck, *, is_new: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("retentionDialog")
        self.check = check
        self.is_new = is_new
        self.setWindowTitle(
            self.tr("Ny fastholdelsesopfølgning") if is_new
            else self.tr("Rediger fastholdelsesopfølgning")
        )
        self.fields = FormFields(
            self, RETENTION_FORM, router=self.router, watch=self.watch,
            factories={"on_benefits": YesNoBox},
        )
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addLayout(self.buttons_row())
        self.fields.load(check)
        self.controller.mark_clean("")
        self.resize(560, 420)
        self.fields.widgets["job_status"].setFocus()

    # FormHooks ---------------------------------------------------------------------------
    def read(self) -> tuple[RetentionCheck, list[Problem]]:
        check, problems = self.fields.read(self.check)
        return check, problems

    def validate(self, value: RetentionCheck) -> list[Problem]:
        return retention_service.validate_retention_check(value)

    def save_job(self, value: RetentionCheck) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: retention_service.save_retention_check(
            store, viewer=viewer, check=value
        )


class RetentionPanel(QWidget):
    """The retention tab; `flag_changed(text)` for the case page's header."""

    flag_changed = Signal(str)

    def __init__(self, context: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPanel")
        self._context = context
        self.case_id = case_id
        self.overview: RetentionOverview | None = None
        self.dialog: RetentionDialog | None = None
        self.intro = Muted(
            self.tr(
                "Hvor står borgeren efter jobstart? Samme job, andet job, uddannelse, småjob og "
                "midlertidigt job tæller som fastholdt; ledig og sygemeldt er en tilbagevenden "
                "til forsørgelse."
            ),
            self,
        )
        self.job_start = Muted("", self)
        self.flag = QLabel(self)
        self.flag.setObjectName("benefitReturnFlag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.flag.setVisible(False)
        self.model = RetentionModel(self)
        self.table = Table(self.model, self.tr("Fastholdelsesopfølgninger"), self)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.opened.connect(lambda _i: self.edit_current())
        self.add_button = QPushButton(self.tr("N&y opfølgning …"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Rediger …"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Slet"), self)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.job_start)
        layout.addWidget(self.flag)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        may_edit = bool(context.viewer.may_edit_people)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setVisible(may_edit)
        context.changed.connect(self.on_changes)

    def load(self) -> None:
        viewer = self._context.viewer
        case_id = self.case_id
        self._context.op(
            self,
            lambda store: retention_service.retention_overview(
                store, viewer=viewer, case_id=case_id
            ),
        ).success(self.show_overview).run()

    def show_overview(self, overview: RetentionOverview) -> None:
        self.overview = overview
        self.job_start.setText(
            self.tr("Jobstart: %1").replace("%1", fmt.date(overview.job_start))
            if overview.job_start
            else self.tr(
                "Forløbet har ingen jobstart endnu (Rediger forløb). Fastholdelse regnes fra "
                "jobstarten."
            )
        )
        text = flag_text(overview.flag)
        self.flag.setText(text)
        self.flag.setVisible(bool(text))
        self.model.set_rows(overview.rows)
        self.table.resizeColumnsToContents()
        self.flag_changed.emit(text if overview.flag and overview.flag.current else "")

    def on_changes(self, changes: Changes) -> None:
        if not self._context.unlocked:
            return
        if changes.everything or (
            changes.touches("retention_check", "case", "meeting")
            and changes.touches_case(self.case_id)
        ):
            self.load()

    # -- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        self._open(retention_service.new_retention_check(self.case_id), is_new=True)

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is None or not self._context.viewer.may_edit_people:
            return
        viewer = self._context.viewer
        self._context.op(
            self,
            lambda store: retention_service.load_retention_check(
                store, viewer=viewer, check_id=row.id
            ),
        ).success(lambda check: self._open(check, is_new=False)).run()

    def _open(self, check: RetentionCheck, *, is_new: bool) -> None:
        self.dialog = RetentionDialog(self._context, check, is_new=is_new, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()

    def delete_current(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Slet opfølgning"),
            self.tr("Slet fastholdelsesopfølgningen fra %1?").replace(
                "%1", fmt.date(row.checked_on)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        viewer = self._context.viewer
        self._context.mutate(
            self,
            lambda store: retention_service.delete_retention_check(
                store, viewer=viewer, check_id=row.id
            ),
        )
