"""One case: overview, citizen, company, participants; tabs for meetings, skånehensyn, the
three-party plan, efterværn and the audit log."""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.labels import label
from desktop.services import cases as case_service
from desktop.services.changes import Changes
from desktop.ui.attachments.panel import AttachmentsPanel
from desktop.ui.cases.fast_track_panel import FastTrackPanel
from desktop.ui.cases.questionnaire_panel import QuestionnairePanel
from desktop.ui.cases.retention_panel import RetentionPanel
from desktop.ui.cases.support_panel import SupportPanel
from desktop.ui.cases.wishes_panel import WishesPanel
from desktop.ui.documents.agreement_editor import AgreementEditor
from desktop.ui.documents.plan_editor import PlanEditor
from desktop.ui.kit.fields import DateEdit, FieldBox, ProblemLabel
from desktop.ui.kit.formatting import datetime_text
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import AuditModel, CaseActionModel, CaseFollowUpModel, CaseMeetingModel
from desktop.ui.kit.widgets import Heading, Muted, Table
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

RELEVANT = (
    "case",
    "citizen",
    "company",
    "meeting",
    "action_item",
    "follow_up",
    "agreement",
    "plan",
    "signature",
    "audit_entry",
)




def _value_label(text: str, parent: QWidget) -> QLabel:
    value = QLabel(text or "–", parent)
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.PlainText)
    value.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return value


def contact_link(kind: str, value: str) -> str:
    """A phone number (tel:) or an e-mail address (mailto:) as a link, HTML-escaped."""
    target = re.sub(r"[^0-9+]", "", value) if kind == "tel" else value.strip()
    return f'<a href="{kind}:{html.escape(target, quote=True)}">{html.escape(value)}</a>'


def _links_label(parts: list[str], parent: QWidget) -> QLabel:
    """Rich text built only from escaped parts and contact_link(); links open the phone or mail
    program (Tab reaches them, Enter opens)."""
    value = QLabel(" · ".join(parts) or "–", parent)
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.RichText)
    value.setOpenExternalLinks(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return value


def _contact_parts(name: str | None, role: str | None, phone: str | None,
                   email: str | None) -> list[str]:
    parts = [html.escape(x) for x in (name, role) if x]
    if phone:
        parts.append(contact_link("tel", phone))
    if email:
        parts.append(contact_link("mailto", email))
    return parts


def field_label(record_type: str, name: str) -> str:
    rt = CATALOGUE[record_type]
    return vocab(rt.field(name).label)


class CaseView(QWidget):
    back = Signal()
    edit_case = Signal(str)
    new_meeting = Signal(str, str)  # case id, kind
    open_meeting = Signal(str)
    loaded = Signal(str)

    def __init__(self, context: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._context = context
        self.case_id = case_id
        self.overview: case_service.CaseOverview | None = None
        self._stale = False

        self.back_button = QPushButton(self.tr("← Tilb&age"), self)
        self.back_button.setToolTip(self.tr("Tilbage (Alt+Venstre)"))
        self.back_button.clicked.connect(self.back)
        self.title = Heading(self.tr("Henter forløb …"), self, size=1.5)
        self.subtitle = Muted("", self)
        self.edit_button = QPushButton(self.tr("&Rediger forløb …"), self)
        self.edit_button.setToolTip(self.tr("Rediger forløb og borger (Ctrl+E)"))
        self.edit_button.clicked.connect(lambda: self.edit_case.emit(self.case_id))
        self.meeting_button = QPushButton(self.tr("Nyt &møde"), self)
        self.meeting_button.setToolTip(self.tr("Registrér et nyt møde (Ctrl+M)"))
        self.meeting_button.clicked.connect(
            lambda: self.new_meeting.emit(self.case_id, v.MeetingKind.FOLLOW_UP.value)
        )

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.overview_tab = QScrollArea(self.tabs)
        self.overview_tab.setWidgetResizable(True)
        self.overview_tab.setWidget(QWidget())
        self.meeting_model = CaseMeetingModel(self)
        self.meeting_table = Table(self.meeting_model, self.tr("Møder"), self)
        self.meeting_table.opened.connect(self._open_meeting)
        self.meeting_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.action_model = CaseActionModel(self)
        self.agreement_editor = AgreementEditor(context, case_id, self)
        self.agreement_editor.setObjectName("agreementEditor")
        self.plan_editor = PlanEditor(context, case_id, self)
        self.plan_editor.setObjectName("planEditor")
        self.attachments = AttachmentsPanel(context, case_id, parent=self)
        self.follow_up_model = CaseFollowUpModel(self)
        self.follow_up_table = Table(
            self.follow_up_model, self.tr("Efterværn og opfølgninger"), self
        )
        self.follow_up_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.audit_model = AuditModel(self)
        self.audit_table = Table(self.audit_model, self.tr("Log"), self)
        self.audit_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        meetings = QWidget(self)
        meetings_layout = QVBoxLayout(meetings)
        meetings_layout.addWidget(self.meeting_table)
        aftercare = QWidget(self)
        aftercare_layout = QVBoxLayout(aftercare)
        aftercare_layout.addWidget(
            Muted(
                self.tr(
                    "Efter ansættelse følges der op med faste mellemrum (2 uger, 1, 3, 6 og 12 "
                    "måneder), så borgeren ikke vender tilbage til ledighed."
                ),
                aftercare,
            )
        )
        aftercare_layout.addWidget(self.follow_up_table, 1)
        buttons = QHBoxLayout()
        self.plan_aftercare_button = QPushButton(self.tr("Planlæg efter&værn …"), aftercare)
        self.plan_aftercare_button.clicked.connect(self._plan_aftercare)
        self.register_button = QPushButton(self.tr("N&yt opfølgningsmøde"), aftercare)
        self.register_button.clicked.connect(self._register_follow_up)
        buttons.addWidget(self.plan_aftercare_button)
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        aftercare_layout.addLayout(buttons)

        self.tabs.addTab(self.overview_tab, self.tr("&Overblik"))
        self.tabs.addTab(meetings, self.tr("Mø&der"))
        self.tabs.addTab(self.agreement_editor, self.tr("&Skånehensyn"))
        self.tabs.addTab(self.plan_editor, self.tr("Tre&partsplan"))
        self.tabs.addTab(aftercare, self.tr("&Efterværn"))
        # Retention after job start; support budget and transfers (the method, issue 13).
        self.retention_panel = RetentionPanel(context, case_id, self)
        self.support_panel = SupportPanel(context, case_id, self)
        self._method_loaded = False
        if not context.viewer.is_mentor:
            self.tabs.addTab(self.retention_panel, self.tr("Fastholdelse i &job"))
            self.tabs.addTab(self.support_panel, self.tr("St&øtte og overdragelse"))
        # The method's fast track, the citizen's own list, the questionnaires (never a mentor's).
        self.fast_track_panel = FastTrackPanel(context, case_id, self)
        self.wishes_panel = WishesPanel(context, case_id, self)
        self.questionnaire_panel = QuestionnairePanel(context, case_id, self)
        for panel in (self.fast_track_panel, self.wishes_panel, self.questionnaire_panel):
            panel.setVisible(False)  # until a tab shows it
        if not context.viewer.is_mentor:
            self.tabs.addTab(self.fast_track_panel, self.tr("Ordni&nger"))
            self.tabs.addTab(self.wishes_panel, self.tr("Egen l&iste"))
            self.tabs.addTab(self.questionnaire_panel, self.tr("Spørges&kemaer"))
        self.tabs.addTab(self.attachments, self.tr("&Bilag"))
        self.tabs.addTab(self.audit_table, self.tr("&Log"))

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self.benefit_flag = QLabel(self)
        self.benefit_flag.setObjectName("caseBenefitFlag")
        self.benefit_flag.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.benefit_flag.setVisible(False)
        self.retention_panel.flag_changed.connect(self._show_benefit_flag)
        titles.addWidget(self.benefit_flag)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.meeting_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        context.changed.connect(self.on_changes)
        self.edit_button.setVisible(False)
        self.plan_aftercare_button.setVisible(False)

    # -- loading ---------------------------------------------------------------------------
    def load(self, *, audit: bool = True) -> None:
        viewer = self._context.viewer
        case_id = self.case_id
        if audit:

            def fetch(store: Any) -> Any:
                overview, changes = case_service.open_case(store, viewer=viewer, case_id=case_id)
                return overview, changes
        else:

            def fetch(store: Any) -> Any:
                return case_service.case_overview(store, viewer=viewer, case_id=case_id), None

        self._context.op(self, fetch).success(self._loaded).run()

    def _loaded(self, result: Any) -> None:
        overview, changes = result
        self.show_overview(overview)
        if changes is not None:
            self._context.sync_status.refresh()

    def on_changes(self, changes: Changes) -> None:
        if not self._context.unlocked:
            return
        if changes.everything or (
            changes.touches(*RELEVANT)
            and (changes.touches_case(self.case_id) or changes.touches("citizen", "company"))
        ):
            if changes.record_types == frozenset({"audit_entry"}):
                return
            self.load(audit=False)

    def show_overview(self, overview: case_service.CaseOverview) -> None:
        self.overview = overview
        case = overview.case
        self.title.setText(overview.title)
        period = " – ".join(x for x in (fmt.date(case.start_date), fmt.date(case.end_date)) if x)
        self.subtitle.setText(
            " · ".join(
                x for x in (vocab(overview.scheme_label), vocab(overview.status_label), period) if x
            )
        )
        self.edit_button.setVisible(overview.can_edit)
        self.plan_aftercare_button.setVisible(overview.can_edit)
        self.meeting_button.setVisible(overview.can_record_meetings)
        self._fill_overview(overview)
        self.meeting_model.set_rows(overview.meetings)
        self.action_model.set_rows([a for a in overview.action_items if not a.done])
        self.follow_up_model.set_rows(overview.follow_ups)
        self.audit_model.set_rows(overview.audit)
        for editor in (self.agreement_editor, self.plan_editor):
            if not editor.has_loaded:
                editor.load()  # afterwards each editor follows its own changes
        if not self._method_loaded and not self._context.viewer.is_mentor:
            self._method_loaded = True  # afterwards each panel follows its own changes
            self.retention_panel.load()
            self.support_panel.load()
            self.fast_track_panel.load()
            self.wishes_panel.load()
            self.questionnaire_panel.load()
        self.meeting_table.resizeColumnsToContents()
        self.follow_up_table.resizeColumnsToContents()
        self.audit_table.resizeColumnsToContents()
        self.loaded.emit(self.case_id)

    def _fill_overview(self, overview: case_service.CaseOverview) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        case = overview.case

        case_box = QGroupBox(self.tr("Forløb"), page)
        form = QFormLayout(case_box)
        rows = [
            (field_label("case", "scheme"), vocab(overview.scheme_label)),
            (field_label("case", "status"), vocab(overview.status_label)),
            (
                self.tr("Periode"),
                " – ".join(x for x in (fmt.date(case.start_date), fmt.date(case.end_date)) if x),
            ),
            (field_label("case", "consultant"), case.consultant or ""),
            (field_label("case", "mentors"), ", ".join(case.mentors or [])),
            (field_label("case", "purpose"), case.purpose or ""),
            (field_label("case", "outcome"), vocab(overview.outcome_label)),
            (self.tr("Næste møde"), datetime_text(overview.next_meeting)),
        ]
        if not self._context.viewer.is_mentor:
            rows += [
                (field_label("case", "group"), vocab(label(v.CaseGroup, case.group))),
                (field_label("case", "job_start_date"), fmt.date(case.job_start_date)),
            ]
            if overview.screened_at is not None:
                rows.append(
                    (
                        field_label("case", "screening_id"),
                        self.tr("Screenet %1 · %2 er personlig jobformidler")
                        .replace("%1", datetime_text(overview.screened_at))
                        .replace("%2", case.consultant or "–"),
                    )
                )
        for name, value in rows:
            form.addRow(name + ":", _value_label(value, case_box))

        citizen_box = QGroupBox(self.tr("Borger"), page)
        form = QFormLayout(citizen_box)
        citizen = overview.citizen
        hidden = overview.hidden_citizen_fields
        if citizen is not None:
            for name in (
                "name",
                "cpr",
                "address",
                "phone",
                "email",
                "target_group",
                "functional_limitations",
                "health_notes",
            ):
                if name in hidden:
                    continue  # never even put an empty widget where a hidden value would go
                value = getattr(citizen, name)
                if name == "target_group":
                    value = vocab(label(v.TargetGroup, value))
                shown = (
                    _links_label(_contact_parts(None, None, value if name == "phone" else None,
                                                value if name == "email" else None), citizen_box)
                    if name in ("phone", "email") and value
                    else _value_label(value or "", citizen_box)
                )
                form.addRow(field_label("citizen", name) + ":", shown)
        if hidden:
            form.addRow(
                Muted(
                    self.tr(
                        "CPR-nummer, adresse, målgruppe og helbredsnoter vises kun for jobcentret."
                    ),
                    citizen_box,
                )
            )

        company_box = QGroupBox(self.tr("Virksomhed"), page)
        form = QFormLayout(company_box)
        company = overview.company
        if company is None:
            form.addRow(Muted(self.tr("Ingen virksomhed knyttet til forløbet."), company_box))
        else:
            for name in ("name", "cvr", "address"):
                form.addRow(
                    field_label("company", name) + ":",
                    _value_label(getattr(company, name) or "", company_box),
                )
            for name in ("phone", "email"):
                value = getattr(company, name)
                form.addRow(
                    field_label("company", name) + ":",
                    _links_label(
                        _contact_parts(None, None, value if name == "phone" else None,
                                       value if name == "email" else None),
                        company_box,
                    ),
                )
            contacts = company.contact_persons()
            label_text = field_label("company", "contacts") + ":"
            if not contacts:
                form.addRow(label_text, _value_label("", company_box))
            for i, c in enumerate(contacts):
                form.addRow(
                    label_text if i == 0 else "",
                    _links_label(_contact_parts(c.name, c.role, c.phone, c.email), company_box),
                )

        people_box = QGroupBox(self.tr("Deltagere"), page)
        form = QFormLayout(people_box)
        for participant in overview.participants:
            form.addRow(vocab(participant.role) + ":", _value_label(participant.name, people_box))

        actions_box = QGroupBox(self.tr("Åbne handlinger"), page)
        actions_layout = QVBoxLayout(actions_box)
        actions_table = Table(self.action_model, self.tr("Åbne handlinger"), actions_box)
        actions_table.setMinimumHeight(140)
        actions_table.setColumnWidth(0, 380)
        actions_table.setColumnWidth(1, 140)
        actions_table.setColumnWidth(2, 110)
        actions_layout.addWidget(actions_table)

        grid.addWidget(case_box, 0, 0)
        grid.addWidget(citizen_box, 0, 1)
        grid.addWidget(company_box, 1, 0)
        grid.addWidget(people_box, 1, 1)
        grid.addWidget(actions_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        old = self.overview_tab.takeWidget()
        if old is not None:
            old.deleteLater()
        self.overview_tab.setWidget(page)

    def _show_benefit_flag(self, text: str) -> None:
        self.benefit_flag.setText(text)
        self.benefit_flag.setVisible(bool(text))

    # -- drafts ----------------------------------------------------------------------------
    def restore_document_draft(self, record_type: str, payload: dict[str, Any]) -> None:
        """Show an autosaved agreement or plan draft (record_type "agreement" or "plan") in its
        tab, once the editor has loaded the stored versions (so the draft is not overwritten
        by them and is matched to the version it was typed over)."""
        editors = {"agreement": self.agreement_editor, "plan": self.plan_editor}
        editor = editors[record_type]
        self.tabs.setCurrentWidget(editor)
        if editor.has_loaded:
            editor.restore_draft(payload)
            return

        def loaded() -> None:
            editor.loaded.disconnect(loaded)
            editor.restore_draft(payload)

        editor.loaded.connect(loaded)

    # -- actions ---------------------------------------------------------------------------
    def _open_meeting(self, index: QModelIndex) -> None:
        row = self.meeting_model.row_at(index)
        if row is not None:
            self.open_meeting.emit(row.id)

    def _register_follow_up(self) -> None:
        from desktop.services.meetings import KIND_FOR_FOLLOW_UP

        row = self.follow_up_table.current_row()
        kind = KIND_FOR_FOLLOW_UP.get(row.kind) if row is not None else None
        self.new_meeting.emit(self.case_id, kind or v.MeetingKind.AFTERCARE.value)

    def _plan_aftercare(self) -> None:
        if self.overview is None:
            return
        dialog = AftercareDialog(self.overview.case.end_date or dt.date.today(), self)
        viewer = self._context.viewer
        case_id = self.case_id

        def accepted() -> None:
            start = dialog.start_date()
            if start is None:
                return
            self._context.mutate(
                self,
                lambda store: case_service.plan_aftercare(
                    store, viewer=viewer, case_id=case_id, job_start=start
                ),
            )

        dialog.accepted.connect(accepted)
        dialog.open()


class AftercareDialog(QDialog):
    """Asks for the date the job started; efterværn follow-ups count from it."""

    def __init__(self, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planlæg efterværn"))
        self.date = DateEdit(self)
        self.date.set_value(default)
        self.box = FieldBox(self.tr("&Ansættelsen startede:"), self.date, parent=self)
        self.general = ProblemLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.box.label, self.box)
        layout = QVBoxLayout(self)
        layout.addWidget(
            Muted(
                self.tr(
                    "Der oprettes opfølgninger efter 2 uger og 1, 3, 6 og 12 "
                    "måneder (eller forløbets egen kadence)."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def _check(self) -> None:
        problem = self.date.parse_problem("start", self.tr("Startdato"))
        if problem is None and self.start_date() is None:
            from desktop.domain.problems import Problem

            problem = Problem("start.required", "start", self.tr("Skriv en dato."))
        self.box.show_problems([problem] if problem else [])
        if problem is None:
            self.accept()

    def start_date(self) -> dt.date | None:
        try:
            return self.date.value()
        except ValueError:
            return None
