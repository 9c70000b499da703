"""The meeting form: kind, time, place, participants, notes, hours, skånehensyn, barriers,
decisions, action items and the next meeting; autosaved as a draft every few seconds.

The fields are declared once in MEETING_FORM; the form controller (kit.form) does dirty state,
drafts, saving and the close question. Fields the viewer may not read (a mentor) are not built at
all, so their values never reach a widget; in hand-over the catalogue decides what leaves the
screen (unprintable fields) and what the citizen or company may write (party_written fields).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.records import RetentionCheck
from desktop.services import meetings as meeting_service
from desktop.services.drafts import Draft
from desktop.services.meetings import ActionEntry, MeetingForm
from desktop.services.projects import EVALUATION_KINDS
from desktop.services.retention import RetentionEntry
from desktop.ui.attachments.panel import AttachmentsPanel
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.fields import ProblemLabel, ProblemRouter
from desktop.ui.kit.form import FormController
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.row_list import RowList
from desktop.ui.kit.rows import ActionRow, ParticipantRow
from desktop.ui.kit.widgets import Heading, Muted
from desktop.ui.meetings.verdict import (
    RETENTION_AT_MEETING,
    RETENTION_FACTORIES,
    VERDICT_FIELDS,
    RetentionBox,
    VerdictBox,
)
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)
ACTION = CATALOGUE["action_item"]
_HOURS_HINT = QT_TRANSLATE_NOOP("FormField", "fx 12,5")

MEETING_FORM = FormTable(
    "meeting",
    (
        FormField(
            "kind",
            Kind.CHOICE,
            mnemonic="y",
            enum=v.MeetingKind,
            section="head",
            default=v.MeetingKind.FOLLOW_UP.value,
        ),
        FormField("starts_at", Kind.DATETIME, mnemonic="i", section="head"),
        FormField("place", mnemonic="s", section="head"),
        FormField("participants", Kind.CUSTOM, section="head"),
        FormField("status_against_goals", Kind.TEXT, mnemonic="m"),
        FormField("planned_hours", Kind.HOURS, mnemonic="p", placeholder=_HOURS_HINT, width=120),
        FormField("actual_hours", Kind.HOURS, mnemonic="a", placeholder=_HOURS_HINT, width=120),
        FormField(
            "support_hours",
            Kind.HOURS,
            placeholder=_HOURS_HINT,
            width=120,
            hint=QT_TRANSLATE_NOOP(
                "FormField",
                "Jobcoach-, mentor- eller klippekorttimer brugt siden sidste møde; trækkes fra "
                "forløbets budget.",
            ),
        ),
        FormField(
            "accommodations_working",
            Kind.CHOICE,
            mnemonic="k",
            enum=v.AccommodationsWorking,
            default=v.AccommodationsWorking.UNKNOWN.value,
        ),
        FormField("barriers", Kind.TEXT, mnemonic="b"),
        FormField("notes", Kind.TEXT, mnemonic="r", lines=8),
        FormField("decisions", Kind.TEXT, mnemonic="u"),
        FormField(
            "party_comments",
            Kind.TEXT,
            hint=QT_TRANSLATE_NOOP(
                "FormField", "Borgerens eller virksomhedens egne ord; skrives ved overdragelse."
            ),
        ),
        FormField("party_accommodations_view", Kind.TEXT),
        *VERDICT_FIELDS,
        FormField(
            "next_meeting_at",
            Kind.DATETIME,
            mnemonic="n",
            section="tail",
            hint=QT_TRANSLATE_NOOP("FormField", "Næste møde vises under I dag."),
        ),
        FormField(
            "health_notes",
            Kind.TEXT,
            mnemonic="o",
            section="tail",
            hint=QT_TRANSLATE_NOOP(
                "FormField",
                "Kun for jobcentret. Vises aldrig for mentorer og kommer aldrig med på udskrifter.",
            ),
        ),
    ),
    not_on_form={"case_id": "the meeting belongs to the case it was opened from"},
)


def _as_check(form: MeetingForm, entry: RetentionEntry) -> RetentionCheck:
    return RetentionCheck(
        id=entry.id,
        case_id=form.meeting.case_id,
        job_status=entry.job_status,
        hours_per_week=entry.hours_per_week,
        on_benefits=entry.on_benefits,
        meeting_id=form.meeting.id,
    )


class ParticipantList(RowList):
    """The meeting's participants: a name and a role per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Tilføj &deltager"), self)
        self.add_button.clicked.connect(lambda: self.add(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(
        self, name: str = "", role: str | None = None, *, focus: bool = False
    ) -> ParticipantRow:
        row = ParticipantRow(len(self.rows) + 1, name, role, self)
        return self.append_row(row, focus=row.name if focus else None, mark=focus)

    def value(self) -> list[dict[str, str]]:
        return [p for p in self.row_values() if p]

    def set_value(self, participants: list[dict[str, str]] | None) -> None:
        self.clear_rows()
        for p in participants or []:
            self.add(p.get("name", ""), p.get("role"))


class MeetingEditor(QWidget):
    """One meeting's form. `closed` when the user is done; `saved(meeting_id)` after a save."""

    closed = Signal()
    saved = Signal(str)
    handover_requested = Signal()
    draft_saved = Signal()

    def __init__(
        self, context: AppContext, form: MeetingForm, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self._context = context
        self.form = form
        self._locked: list[QWidget] = []  # made read-only for a hand-over
        self._actions: list[ActionRow] = []
        self.general = ProblemLabel(self)
        self.router = ProblemRouter(self.general)
        self.controller = FormController(
            self, context, self, close_question=self.tr("Vil du gemme ændringerne i mødet?")
        )
        self._build()
        self.controller.state_changed.connect(self.state.setText)
        self.controller.saved.connect(self._saved)
        self.controller.closed.connect(self.closed)
        self.controller.draft_saved.connect(self.draft_saved)
        self._load(form)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = Heading("", self, size=1.4)
        self.subheading = Muted("", self)
        self.state = Muted(self.tr("Ingen ændringer"), self)
        self.state.setAccessibleName(self.tr("Gemt-status"))
        self.save_button = QPushButton(self.tr("G&em"), self)
        self.save_button.setToolTip(self.tr("Gem mødet (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Luk"), self)
        self.close_button.setToolTip(self.tr("Luk formularen (Esc)"))
        self.close_button.clicked.connect(self.request_close)
        self.handover_button = QPushButton(self.tr("O&verdrag skærmen …"), self)
        self.handover_button.setToolTip(
            self.tr("Giv computeren til borgeren eller virksomheden til dette referat")
        )
        self.handover_button.clicked.connect(self.handover_requested)
        self.print_button = QPushButton(self.tr("Forhåndsvis / udskriv referat …"), self)
        self.print_button.clicked.connect(self.print_minutes)
        # Not while the citizen or company holds the laptop: printing is the consultant's act.
        self._context.handover_changed.connect(self._show_print_button)
        self.copy_flow: Any = None

        self.fields = FormFields(
            self,
            MEETING_FORM,
            router=self.router,
            watch=self.controller.watch,
            hidden=self.form.hidden,
            factories={"participants": ParticipantList},
        )
        self.participants: ParticipantList = self.fields.widgets["participants"]
        self.add_participant = self.participants.add_button

        # One form for head and body, so the labels line up in one column.
        body_form = QFormLayout()
        body_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.add_to(body_form, "head")
        self.fields.add_to(body_form, "main")

        # A praktik's halfway or end evaluation: the verdict, with the plan's consequence.
        self.verdict = VerdictBox(self.form.context.plan_consequence, self)
        self.fields.add_to(self.verdict.form, "evaluation")
        self.verdict.use_consequence.connect(self._use_consequence)
        if "next_step" in self.fields:
            self.fields.widgets["next_step"].currentIndexChanged.connect(self._next_step_changed)
        # An efterværn meeting records the job status (a retention check); never for a mentor.
        self.retention_box = RetentionBox(self)
        self.retention_fields: FormFields | None = None
        if self.form.retention is not None:
            self.retention_fields = FormFields(
                self,
                RETENTION_AT_MEETING,
                router=self.router,
                watch=self.controller.watch,
                factories=RETENTION_FACTORIES,
            )
            self.retention_fields.add_to(self.retention_box.form)
        self.fields.widgets["kind"].currentIndexChanged.connect(self._kind_changed)

        self.action_box = QVBoxLayout()
        self.add_action = QPushButton(self.tr("Tilføj handling"), self)
        self.add_action.setToolTip(self.tr("Tilføj en handling (Ctrl+Shift+H)"))
        self.add_action.clicked.connect(lambda: self._add_action(focus=True))
        actions = QGroupBox(self.tr("Handlinger – hvem har bolden?"), self)
        actions_layout = QVBoxLayout(actions)
        header = QHBoxLayout()
        for text, stretch in (
            (vocab(ACTION.field("what").label), 4),
            (vocab(ACTION.field("owner").label), 1),
            (vocab(ACTION.field("deadline").label), 1),
        ):
            header.addWidget(Muted(text, actions), stretch)
        header.addSpacing(120)
        actions_layout.addLayout(header)
        actions_layout.addLayout(self.action_box)
        actions_layout.addWidget(self.add_action, 0, Qt.AlignmentFlag.AlignLeft)

        tail_form = QFormLayout()
        self.fields.add_to(tail_form, "tail")

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.general)
        content_layout.addLayout(body_form)
        content_layout.addWidget(self.verdict)
        content_layout.addWidget(self.retention_box)
        content_layout.addWidget(actions)
        content_layout.addLayout(tail_form)
        # The meeting's files (a signed form photographed at the visit); once it is saved.
        self.attachments = AttachmentsPanel(
            self._context, self.form.meeting.case_id, self.form.meeting.id, content,
            pending=self.form.is_new,
        )
        content_layout.addWidget(self.attachments)
        content_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # Title above, buttons below: the form fits a 1024-pixel-wide screen.
        top = QVBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.subheading)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.handover_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Save), self.save),
            (QKeySequence(Qt.Key.Key_Escape), self.request_close),
            (
                QKeySequence("Ctrl+Shift+H"),
                lambda: self._context.handover or self._add_action(focus=True),
            ),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.fields.widgets["kind"])

    # -- loading and reading ---------------------------------------------------------------
    def _load(self, form: MeetingForm) -> None:
        self.fields.load(form.meeting)
        if self.retention_fields is not None and form.retention is not None:
            self.retention_fields.load(_as_check(form, form.retention))
        self._kind_changed()
        self._next_step_changed()
        for row in list(self._actions):
            self._remove_action(row, mark=False)
        for entry in form.action_items:
            self._add_action(entry=entry, mark=False)
        self._show_heading()
        self.controller.mark_clean()

    def _show_heading(self) -> None:
        kind = vocab(
            v.MeetingKind(self.form.meeting.kind).label
            if self.form.meeting.kind in v.MeetingKind.codes()
            else ""
        )
        self.heading.setText(
            (self.tr("Nyt møde: %1") if self.form.is_new else self.tr("Møde: %1")).replace(
                "%1", kind
            )
        )
        self.subheading.setText(self.form.context.title)

    def read_form(self) -> tuple[MeetingForm, list[Problem]]:
        """The form as the widgets hold it, plus problems of text that could not be read."""
        meeting, problems = self.fields.read(self.form.meeting)
        retention = self.form.retention
        if self.retention_fields is not None and retention is not None:
            check, found = self.retention_fields.read(_as_check(self.form, retention))
            problems += found
            retention = RetentionEntry(
                retention.id, check.job_status, check.hours_per_week, check.on_benefits
            )
        entries = []
        for row in self._actions:
            entry, row_problems = row.entry()
            entries.append(entry)
            problems += row_problems
        return (
            self.form.with_values(
                meeting=meeting, action_items=tuple(entries), retention=retention
            ),
            problems,
        )

    # -- evaluation and efterværn ----------------------------------------------------------
    def _kind_changed(self, *_args: Any) -> None:
        """The verdict for halfway and end evaluations, the job status for efterværn; a part
        that already holds values stays visible whatever the kind (nothing hidden unsaved)."""
        kind = self.fields.widgets["kind"].value()
        evaluation = kind in EVALUATION_KINDS or any(
            self._has_value(n) for n in ("manages_tasks", "company_benefit", "next_step",
                                         "hire_hours_per_week")
        )
        self.verdict.setVisible(evaluation and bool(self.fields.in_section("evaluation")))
        self.retention_box.setVisible(
            self.retention_fields is not None
            and (kind == v.MeetingKind.AFTERCARE.value or self._retention_has_values())
        )

    def _retention_has_values(self) -> bool:
        if self.retention_fields is None:
            return False
        w = self.retention_fields.widgets
        return (
            w["job_status"].value() is not None
            or bool(w["hours_per_week"].text().strip())
            or w["on_benefits"].value() is not None
        )

    def _has_value(self, name: str) -> bool:
        widget = self.fields.widgets.get(name)
        if widget is None:
            return False
        if MEETING_FORM.get(name).kind is Kind.HOURS:
            return bool(widget.text().strip())
        return widget.value() is not None

    def _next_step_changed(self, *_args: Any) -> None:
        if "next_step" not in self.fields or "hire_hours_per_week" not in self.fields:
            return
        hire = self.fields.widgets["next_step"].value() == v.NextStep.HIRE.value
        self.fields.widgets["hire_hours_per_week"].setEnabled(
            hire or bool(self.fields.widgets["hire_hours_per_week"].text().strip())
        )

    def _use_consequence(self, consequence: str) -> None:
        """Put the plan's agreed consequence into the decisions (once)."""
        decisions = self.fields.widgets.get("decisions")
        if decisions is None or not consequence:
            return
        text = decisions.value() or ""
        if consequence in text:
            return
        line = self.tr("Planens aftalte konsekvens: %1").replace("%1", consequence)
        decisions.set_value(f"{text.rstrip()}\n{line}" if text.strip() else line)
        self.controller.edited()
        decisions.setFocus()

    # FormHooks ---------------------------------------------------------------------------
    def read(self) -> tuple[MeetingForm, list[Problem]]:
        return self.read_form()

    def validate(self, value: MeetingForm) -> list[Problem]:
        return meeting_service.validate_meeting_form(value)

    def save_job(self, value: MeetingForm) -> Callable[[Any], Any]:
        # The form was built for the person who opened it; in hand-over the screen is
        # restricted, but the stashed jobcenter-only fields are still theirs to save.
        viewer = self._context.base_viewer
        return lambda store: meeting_service.save_meeting_form(store, viewer=viewer, form=value)

    def draft(self, value: MeetingForm) -> Draft:
        return Draft(
            key=value.draft_key,
            record_type="meeting",
            record_id=value.meeting.id,
            case_id=value.meeting.case_id,
            payload=meeting_service.form_payload(value),
        )

    def show_problems(self, problems: list[Problem]) -> None:
        self.router.show(problems)
        for row in self._actions:
            prefix = f"action_items[{row.number - 1}]."
            row.problems.show_problems([p for p in problems if p.field.startswith(prefix)])
        self.general.show_problems(
            [
                p
                for p in problems
                if p.field not in self.router.boxes and not p.field.startswith("action_items[")
            ]
        )

    def focus_problem(self, problems: list[Problem]) -> None:
        first = self.router.first_blocking(problems)
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)
            return
        for row in self._actions:
            if row.problems.problems:
                row.what.setFocus()
                self.scroll.ensureWidgetVisible(row)
                return

    # -- action rows -----------------------------------------------------------------------
    def _add_action(
        self, entry: ActionEntry | None = None, *, focus: bool = False, mark: bool = True
    ) -> ActionRow:
        row = ActionRow(len(self._actions) + 1, entry or ActionEntry.new(), self)
        row.removed.connect(self._remove_action)
        row.changed.connect(self.controller.edited)
        self._actions.append(row)
        self.action_box.addWidget(row)
        if focus:
            row.what.setFocus()
            self.scroll.ensureWidgetVisible(row)
        if mark:
            self.controller.edited()
        return row

    def _remove_action(self, row: ActionRow, mark: bool = True) -> None:
        self._actions.remove(row)
        self.action_box.removeWidget(row)
        row.deleteLater()
        for i, other in enumerate(self._actions, start=1):
            other.set_number(i)
        if mark:
            self.controller.edited()

    @property
    def action_rows(self) -> list[ActionRow]:
        return list(self._actions)

    def add_action_row(self) -> ActionRow:
        return self._add_action(focus=True)

    def add_participant_row(self, name: str = "", role: str | None = None) -> ParticipantRow:
        row = self.participants.add(name, role)
        self.controller.edited()
        return row

    # -- state -----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.controller.dirty

    def edited(self) -> None:
        self.controller.edited()

    def collect_draft(self) -> Draft | None:
        return self.controller.collect_draft()


    def _show_print_button(self, handover: bool) -> None:
        self.print_button.setVisible(not handover)

    def print_minutes(self) -> None:
        """The saved minutes, copy by recipient (kit.copy_chooser does the rest)."""
        from desktop.ui.kit.copy_chooser import minutes_flow

        self.copy_flow = minutes_flow(self, self._context, form=self.form, dirty=self.dirty)

    # -- saving and closing ----------------------------------------------------------------
    def save(self, *, then_close: bool = False) -> None:
        self.controller.save(then=self.controller.close_now if then_close else None)

    def _saved(self, form: MeetingForm, _changes: Any) -> None:
        self.form = form.with_values(is_new=False)
        self._show_heading()
        self.attachments.set_meeting(form.meeting.id)
        self.saved.emit(form.meeting.id)

    def request_close(self) -> None:
        if self._context.handover:
            return  # leaving the form in hand-over needs the consultant's password
        self.controller.request_close()

    def close_now(self) -> None:
        self.controller.close_now()

    # -- hand-over -------------------------------------------------------------------------
    def enter_handover(self) -> None:
        """The citizen or company contact takes over: what the catalogue marks unprintable
        (health data) leaves the screen, and only their own words stay editable."""
        self.fields.enter_handover()
        self._lock_all_but_party_words()
        self.handover_button.setVisible(False)
        self.close_button.setVisible(False)

    def party_widgets(self) -> tuple[QWidget, ...]:
        """What the citizen or company writes in hand-over: their own words, nothing else."""
        return self.fields.party_widgets()

    def _lock_all_but_party_words(self) -> None:
        """Everything the consultant recorded is read-only: participants, hours, decisions,
        action items (no adding, no deleting); the party's own fields stay editable."""
        own = self.party_widgets()
        content = self.scroll.widget()
        self._locked = []
        for w in content.findChildren(QLineEdit) + content.findChildren(QPlainTextEdit):
            if w not in own and not w.isReadOnly():
                w.setReadOnly(True)
                self._locked.append(w)
        for w in content.findChildren(QComboBox) + content.findChildren(QAbstractButton):
            if w.isEnabled():
                w.setEnabled(False)
                self._locked.append(w)
        if own:
            own[0].setFocus()
            self.scroll.ensureWidgetVisible(own[0])

    def leave_handover(self) -> None:
        for w in self._locked:
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(False)
            else:
                w.setEnabled(True)
        self._locked = []
        self.fields.leave_handover()
        self.handover_button.setVisible(True)
        self.close_button.setVisible(True)
