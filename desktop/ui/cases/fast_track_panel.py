"""The case page's fast track tab: every compensation scheme with its status and dates, the days
from need to decision, and the applications that have waited longer than the settings allow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.domain.records import SchemeApplication
from desktop.services import fast_track as fast_track_service
from desktop.services.changes import Changes
from desktop.services.fast_track import Checklist, ChecklistRow
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table
from sync.protocol import vocabulary as v

LATE = QBrush(QColor("#a61b1b"))

APPLICATION_FORM = FormTable(
    "scheme_application",
    (
        FormField("scheme", Kind.CHOICE, mnemonic="o", enum=v.CompensationScheme),
        FormField("status", Kind.CHOICE, mnemonic="s", enum=v.ApplicationStatus),
        FormField(
            "need_date",
            Kind.DATE,
            mnemonic="b",
            hint=QT_TRANSLATE_NOOP("FormField", "Hvornår behovet blev konstateret."),
        ),
        FormField("applied_date", Kind.DATE, mnemonic="ø"),
        FormField(
            "decision_date",
            Kind.DATE,
            mnemonic="a",
            hint=QT_TRANSLATE_NOOP("FormField", "Datoen for bevilling eller afslag."),
        ),
        FormField("note", Kind.TEXT, mnemonic="n"),
    ),
    not_on_form={"case_id": "the case the tab belongs to"},
)


class ChecklistModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Ordning"), lambda r: vocab(r.scheme_label)),
                Column(
                    self.tr("Status"),
                    lambda r: vocab(r.status_label) if r.application else self.tr("Ikke vurderet"),
                ),
                Column(self.tr("Behov"), lambda r: self._date(r, "need_date")),
                Column(self.tr("Søgt"), lambda r: self._date(r, "applied_date")),
                Column(self.tr("Afgjort"), lambda r: self._date(r, "decision_date")),
                Column(
                    self.tr("Dage til afgørelse"),
                    lambda r: "" if r.days_to_decision is None else str(r.days_to_decision),
                    lambda r: -1 if r.days_to_decision is None else r.days_to_decision,
                    align_right=True,
                ),
                Column(
                    self.tr("Venter (dage)"),
                    lambda r: "" if r.days_waiting is None else str(r.days_waiting),
                    lambda r: -1 if r.days_waiting is None else r.days_waiting,
                    align_right=True,
                ),
                Column(
                    self.tr("Note"),
                    lambda r: ((r.application.note or "") if r.application else "").replace(
                        "\n", " "
                    ),
                ),
            ],
            parent,
        )

    @staticmethod
    def _date(row: ChecklistRow, name: str) -> str:
        return fmt.date(getattr(row.application, name)) if row.application else ""

    def foreground(self, row: ChecklistRow) -> QBrush | None:
        return LATE if row.overdue else None


class ApplicationDialog(RecordFormDialog):
    """One scheme of the case's fast track: status, the dates, a note."""

    def __init__(self, context: Any, application: SchemeApplication, *, is_new: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("schemeApplicationDialog")
        self.application = application
        self.is_new = is_new
        self.setWindowTitle(self.tr("Kompenserende ordning"))
        self.fields = FormFields(self, APPLICATION_FORM, router=self.router, watch=self.watch)
        self.fields["scheme"].setEnabled(False)  # one row per scheme: the scheme is fixed
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(
            Muted(
                self.tr(
                    "Skal søges: behovet er konstateret. Søgt: ansøgningen er sendt. Bevilget "
                    "eller afslået: skriv datoen for afgørelsen."
                ),
                self,
            )
        )
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addLayout(self.buttons_row())
        self.fields.load(application)
        self.controller.mark_clean("")
        self.resize(560, 440)
        self.fields["status"].setFocus()

    def read(self) -> tuple[SchemeApplication, list[Problem]]:
        value, problems = self.fields.read(self.application)
        return value.replace(scheme=self.application.scheme), problems

    def validate(self, value: SchemeApplication) -> list[Problem]:
        return fast_track_service.validate_application(value)

    def save_job(self, value: SchemeApplication) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: fast_track_service.save_application(
            store, viewer=viewer, application=value
        )


class FastTrackPanel(QWidget):
    """The fast track tab."""

    def __init__(self, context: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fastTrackPanel")
        self._context = context
        self.case_id = case_id
        self.checklist: Checklist | None = None
        self.may_edit = False
        self.dialog: ApplicationDialog | None = None
        self._intro = self.tr(
            "Hurtigt spor for de handicapkompenserende ordninger: hver ordning med status og "
            "datoer. Rødt: venter længere end %1 dage (Indstillinger)."
        )
        self.intro = Muted(self._intro.replace("%1", str(self.threshold)), self)
        self.reference_notice = Muted(
            self.tr(
                "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et "
                "hurtigt spor."
            ),
            self,
        )
        self.reference_notice.setVisible(False)
        self.model = ChecklistModel(self)
        self.table = Table(self.model, self.tr("Kompenserende ordninger"), self)
        self.table.opened.connect(lambda _i: self.edit_current())
        self.edit_button = QPushButton(self.tr("&Udfyld ordning …"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.clear_button = QPushButton(self.tr("Nulstil"), self)
        self.clear_button.setToolTip(self.tr("Fjern ordningens status og datoer fra forløbet"))
        self.clear_button.clicked.connect(self.clear_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reference_notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        context.changed.connect(self.on_changes)

    @property
    def threshold(self) -> int:
        return int(self._context.settings.fast_track_wait_days)

    def load(self) -> None:
        viewer = self._context.viewer
        case_id, threshold = self.case_id, self.threshold
        self._context.op(
            self,
            lambda store: fast_track_service.checklist(
                store, viewer=viewer, case_id=case_id, threshold_days=threshold
            ),
        ).success(self.show_checklist).run()

    def show_checklist(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self.intro.setText(self._intro.replace("%1", str(checklist.threshold_days)))
        self.reference_notice.setVisible(checklist.reference)
        may_edit = bool(self._context.viewer.may_edit_people) and not checklist.reference
        self.may_edit = may_edit
        self.edit_button.setVisible(may_edit)
        self.clear_button.setVisible(may_edit)
        self.model.set_rows(checklist.rows)
        self.table.resizeColumnsToContents()

    def on_changes(self, changes: Changes) -> None:
        if not self._context.unlocked:
            return
        if changes.everything or (
            changes.touches("scheme_application", "case") and changes.touches_case(self.case_id)
        ):
            self.load()

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is None or not self.may_edit:
            return
        app = row.application
        if app is None:
            self._open(fast_track_service.new_application(self.case_id, row.scheme), True)
        else:
            self._open(app, False)

    def _open(self, application: SchemeApplication, is_new: bool) -> None:
        self.dialog = ApplicationDialog(self._context, application, is_new=is_new, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()

    def clear_current(self) -> None:
        row = self.table.current_row()
        if row is None or row.application is None:
            return
        viewer = self._context.viewer
        app_id = row.application.id
        self._context.mutate(
            self,
            lambda store: fast_track_service.delete_application(
                store, viewer=viewer, application_id=app_id
            ),
        )
