"""The meeting form: kind, time, place, participants, notes, hours, skånehensyn, barriers,
decisions, action items and the next meeting; autosaved as a draft every few seconds.

Fields the viewer may not read (a mentor, or hand-over mode) are not built at all, so their
values never reach a widget.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.services import drafts as draft_service
from desktop.services import meetings as meeting_service
from desktop.services.meetings import ActionEntry, MeetingForm
from desktop.ui.kit.fields import (
    ChoiceBox,
    DateTimeEdit,
    FieldBox,
    LineEdit,
    ProblemLabel,
    ProblemRouter,
    TextArea,
)
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import enum_choices
from desktop.ui.kit.rows import ActionRow, ParticipantRow
from desktop.ui.kit.widgets import Heading, Muted
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

log = logging.getLogger(__name__)
MEETING = CATALOGUE["meeting"]
ACTION = CATALOGUE["action_item"]




def label_of(name: str, mnemonic: str = "") -> str:
    text = vocab(MEETING.field(name).label)
    if mnemonic and mnemonic.lower() in text.lower():
        i = text.lower().index(mnemonic.lower())
        text = text[:i] + "&" + text[i:]
    return text + ":"


class MeetingEditor(QWidget):
    """One meeting's form. `closed` when the user is done; `saved(meeting_id)` after a save."""

    closed = Signal()
    saved = Signal(str)
    handover_requested = Signal()
    draft_saved = Signal()

    def __init__(self, context: Any, form: MeetingForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self._context = context
        self.form = form
        self.hidden = set(form.hidden)
        self._dirty = False  # differs from the saved record
        self._draft_dirty = False  # differs from the last autosaved draft
        self._saving = False
        self._stashed_health: str | None = None
        self._participants: list[ParticipantRow] = []
        self._locked: list[QWidget] = []  # made read-only for a hand-over
        self._actions: list[ActionRow] = []

        self.general = ProblemLabel(self)
        self.router = ProblemRouter(self.general)
        self._build()
        self._load(form)
        context.register_draft_source(self)
        self._autosave = QTimer(self)
        self._autosave.setInterval(max(1, context.settings.autosave_seconds) * 1000)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()

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

        self.kind = ChoiceBox(enum_choices(v.MeetingKind), parent=self)
        self.starts_at = DateTimeEdit(self)
        self.place = LineEdit(self)
        self.status_against_goals = TextArea(self, lines=3)
        self.planned_hours = LineEdit(self)
        self.actual_hours = LineEdit(self)
        for hours in (self.planned_hours, self.actual_hours):
            hours.setPlaceholderText(self.tr("fx 12,5"))
            hours.setMaximumWidth(120)
        self.accommodations_working = ChoiceBox(enum_choices(v.AccommodationsWorking), parent=self)
        self.barriers = TextArea(self, lines=3)
        self.notes = TextArea(self, lines=8)
        self.decisions = TextArea(self, lines=3)
        # The citizen's or company's own words: the only fields they edit in hand-over.
        self.party_comments = TextArea(self, lines=3)
        self.party_accommodations_view = TextArea(self, lines=3)
        self.next_meeting_at = DateTimeEdit(self)
        self.health_notes: TextArea | None = None

        boxes: dict[str, FieldBox] = {}

        def box(
            name: str, editor: QWidget, mnemonic: str = "", hint: str | None = None
        ) -> FieldBox:
            b = FieldBox(label_of(name, mnemonic), editor, parent=self, hint=hint)
            boxes[name] = self.router.add(name, b)
            return b

        head_form = QFormLayout()
        for name, editor, key in (
            ("kind", self.kind, "y"),
            ("starts_at", self.starts_at, "i"),
            ("place", self.place, "s"),
        ):
            b = box(name, editor, key)
            head_form.addRow(b.label, b)

        self.participant_box = QVBoxLayout()
        self.add_participant = QPushButton(self.tr("Tilføj &deltager"), self)
        self.add_participant.clicked.connect(lambda: self._add_participant(focus=True))
        participants = QGroupBox(vocab(MEETING.field("participants").label), self)
        participants_layout = QVBoxLayout(participants)
        participants_layout.addLayout(self.participant_box)
        participants_layout.addWidget(self.add_participant, 0, Qt.AlignmentFlag.AlignLeft)

        body_form = QFormLayout()
        body_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        b = box("status_against_goals", self.status_against_goals, "m")
        body_form.addRow(b.label, b)
        hours_row = QHBoxLayout()
        planned = box("planned_hours", self.planned_hours, "p")
        actual = box("actual_hours", self.actual_hours, "a")
        hours_row.addWidget(planned)
        hours_row.addWidget(actual.label)
        hours_row.addWidget(actual)
        hours_row.addStretch(1)
        body_form.addRow(planned.label, hours_row)
        b = box("accommodations_working", self.accommodations_working, "k")
        body_form.addRow(b.label, b)
        b = box("barriers", self.barriers, "b")
        body_form.addRow(b.label, b)
        b = box("notes", self.notes, "r")
        body_form.addRow(b.label, b)
        b = box("decisions", self.decisions, "u")
        body_form.addRow(b.label, b)
        b = box(
            "party_comments",
            self.party_comments,
            hint=self.tr("Borgerens eller virksomhedens egne ord; skrives ved overdragelse."),
        )
        body_form.addRow(b.label, b)
        b = box("party_accommodations_view", self.party_accommodations_view)
        body_form.addRow(b.label, b)

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
        b = box(
            "next_meeting_at",
            self.next_meeting_at,
            "n",
            hint=self.tr("Næste møde vises under I dag."),
        )
        tail_form.addRow(b.label, b)
        if "health_notes" not in self.hidden:
            self.health_notes = TextArea(self, lines=3)
            self.health_box = box(
                "health_notes",
                self.health_notes,
                "o",
                hint=self.tr(
                    "Kun for jobcentret. Vises aldrig for mentorer "
                    "og kommer aldrig med på udskrifter."
                ),
            )
            tail_form.addRow(self.health_box.label, self.health_box)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.general)
        content_layout.addLayout(head_form)
        content_layout.addWidget(participants)
        content_layout.addLayout(body_form)
        content_layout.addWidget(actions)
        content_layout.addLayout(tail_form)
        content_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles, 1)
        top.addWidget(self.state)
        top.addWidget(self.handover_button)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

        for widget in (self.place, self.planned_hours, self.actual_hours):
            widget.textChanged.connect(self._edited)
        for text in (
            self.status_against_goals,
            self.barriers,
            self.notes,
            self.decisions,
            self.party_comments,
            self.party_accommodations_view,
        ):
            text.textChanged.connect(self._edited)
        for combo in (self.kind, self.accommodations_working):
            combo.currentIndexChanged.connect(self._edited)
        self.starts_at.changed.connect(self._edited)
        self.next_meeting_at.changed.connect(self._edited)
        if self.health_notes is not None:
            self.health_notes.textChanged.connect(self._edited)

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.request_close)
        add = QShortcut(QKeySequence("Ctrl+Shift+H"), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(lambda: self._context.handover or self._add_action(focus=True))
        self.setFocusProxy(self.kind)

    # -- loading and reading ---------------------------------------------------------------
    def _load(self, form: MeetingForm) -> None:
        m = form.meeting
        self.kind.set_value(m.kind)
        self.starts_at.set_value(m.starts_at)
        self.place.set_value(m.place)
        self.status_against_goals.set_value(m.status_against_goals)
        self.planned_hours.set_value(fmt.number(m.planned_hours) or None)
        self.actual_hours.set_value(fmt.number(m.actual_hours) or None)
        self.accommodations_working.set_value(
            m.accommodations_working or v.AccommodationsWorking.UNKNOWN.value
        )
        self.barriers.set_value(m.barriers)
        self.notes.set_value(m.notes)
        self.decisions.set_value(m.decisions)
        self.party_comments.set_value(m.party_comments)
        self.party_accommodations_view.set_value(m.party_accommodations_view)
        self.next_meeting_at.set_value(m.next_meeting_at)
        if self.health_notes is not None:
            self.health_notes.set_value(m.health_notes)
        for row in list(self._participants):
            self._remove_participant(row, mark=False)
        for p in m.participants or []:
            self._add_participant(p.get("name", ""), p.get("role"), mark=False)
        for row in list(self._actions):
            self._remove_action(row, mark=False)
        for entry in form.action_items:
            self._add_action(entry=entry, mark=False)
        self._show_heading()
        self._dirty = False
        self._draft_dirty = False
        self.state.setText(self.tr("Ingen ændringer"))

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

    def _parse_hours(self, editor: LineEdit, name: str) -> tuple[float | None, Problem | None]:
        try:
            return fmt.parse_hours(editor.text()), None
        except ValueError:
            return None, Problem(
                f"{name}.format",
                name,
                self.tr("%1: skriv et tal, fx 12,5.").replace(
                    "%1", vocab(MEETING.field(name).label)
                ),
            )

    def read_form(self) -> tuple[MeetingForm, list[Problem]]:
        """The form as the widgets hold it, plus problems of text that could not be read."""
        problems: list[Problem] = []
        starts_problems = self.starts_at.parse_problems(
            "starts_at", vocab(MEETING.field("starts_at").label)
        )
        next_problems = self.next_meeting_at.parse_problems(
            "next_meeting_at", vocab(MEETING.field("next_meeting_at").label)
        )
        problems += starts_problems + next_problems
        starts_at = None if starts_problems else self.starts_at.value()
        next_at = None if next_problems else self.next_meeting_at.value()
        planned, p1 = self._parse_hours(self.planned_hours, "planned_hours")
        actual, p2 = self._parse_hours(self.actual_hours, "actual_hours")
        problems += [p for p in (p1, p2) if p]
        entries = []
        for row in self._actions:
            entry, row_problems = row.entry()
            entries.append(entry)
            problems += row_problems
        health = self.health_notes.value() if self.health_notes is not None else None
        if self._stashed_health is not None:
            health = self._stashed_health
        meeting = self.form.meeting.replace(
            kind=self.kind.value() or v.MeetingKind.FOLLOW_UP.value,
            starts_at=starts_at,
            place=self.place.value(),
            participants=[p for p in (row.value() for row in self._participants) if p],
            status_against_goals=self.status_against_goals.value(),
            planned_hours=planned,
            actual_hours=actual,
            accommodations_working=self.accommodations_working.value(),
            barriers=self.barriers.value(),
            notes=self.notes.value(),
            decisions=self.decisions.value(),
            party_comments=self.party_comments.value(),
            party_accommodations_view=self.party_accommodations_view.value(),
            next_meeting_at=next_at,
            health_notes=health if "health_notes" not in self.hidden else None,
        )
        return self.form.with_values(meeting=meeting, action_items=tuple(entries)), problems

    def problems(self) -> tuple[MeetingForm, list[Problem]]:
        form, parse_problems = self.read_form()
        parsed_fields = {p.field for p in parse_problems}
        domain = [
            p for p in meeting_service.validate_meeting_form(form) if p.field not in parsed_fields
        ]
        return form, parse_problems + domain

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

    # -- rows ------------------------------------------------------------------------------
    def _add_participant(
        self, name: str = "", role: str | None = None, *, focus: bool = False, mark: bool = True
    ) -> None:
        row = ParticipantRow(len(self._participants) + 1, name, role, self)
        row.removed.connect(self._remove_participant)
        row.changed.connect(self._edited)
        self._participants.append(row)
        self.participant_box.addWidget(row)
        if focus:
            row.name.setFocus()
        if mark:
            self._edited()

    def _remove_participant(self, row: ParticipantRow, mark: bool = True) -> None:
        self._participants.remove(row)
        self.participant_box.removeWidget(row)
        row.deleteLater()
        for i, other in enumerate(self._participants, start=1):
            other.set_number(i)
        if mark:
            self._edited()

    def _add_action(
        self, entry: ActionEntry | None = None, *, focus: bool = False, mark: bool = True
    ) -> ActionRow:
        row = ActionRow(len(self._actions) + 1, entry or ActionEntry.new(), self)
        row.removed.connect(self._remove_action)
        row.changed.connect(self._edited)
        self._actions.append(row)
        self.action_box.addWidget(row)
        if focus:
            row.what.setFocus()
            self.scroll.ensureWidgetVisible(row)
        if mark:
            self._edited()
        return row

    def _remove_action(self, row: ActionRow, mark: bool = True) -> None:
        self._actions.remove(row)
        self.action_box.removeWidget(row)
        row.deleteLater()
        for i, other in enumerate(self._actions, start=1):
            other.set_number(i)
        if mark:
            self._edited()

    @property
    def action_rows(self) -> list[ActionRow]:
        return list(self._actions)

    def add_action_row(self) -> ActionRow:
        return self._add_action(focus=True)

    # -- state -----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _edited(self, *_args: Any) -> None:
        self._dirty = True
        self._draft_dirty = True
        self.state.setText(self.tr("Ændringer er ikke gemt"))

    def collect_draft(self) -> dict[str, Any] | None:
        """For locking: the form as a draft if it has unsaved changes."""
        if not self._dirty:
            return None
        form, _ = self.read_form()
        return {
            "key": form.draft_key,
            "record_type": "meeting",
            "record_id": form.meeting.id,
            "case_id": form.meeting.case_id,
            "payload": meeting_service.form_payload(form),
        }

    def autosave(self) -> None:
        if not self._draft_dirty or self._saving or not self._context.unlocked:
            return
        draft = self.collect_draft()
        if draft is None:
            return
        self._draft_dirty = False

        def save(store: Any) -> Any:
            return draft_service.save_draft(
                store,
                key=draft["key"],
                record_type="meeting",
                record_id=draft["record_id"],
                case_id=draft["case_id"],
                payload=draft["payload"],
            )

        def done(_changes: Any) -> None:
            if self._dirty:
                self.state.setText(
                    self.tr("Kladde gemt kl. %1").replace("%1", fmt.clock(dt.datetime.now()))
                )
            self.draft_saved.emit()

        def failed(exc: BaseException) -> None:
            self._draft_dirty = True
            self._context.report_error(exc)

        self._context.op(self, save).success(done).failure(failed).run()

    def _show_print_button(self, handover: bool) -> None:
        self.print_button.setVisible(not handover)

    def print_minutes(self) -> None:
        """The saved minutes, copy by recipient (desktop.ui.copy_chooser does the rest)."""
        from desktop.ui.kit.copy_chooser import minutes_flow

        self.copy_flow = minutes_flow(self, self._context, form=self.form, dirty=self._dirty)

    # -- saving and closing ----------------------------------------------------------------
    def save(self, *, then_close: bool = False) -> None:
        if self._saving:
            return
        form, problems = self.problems()
        self.show_problems(problems)
        if blocking(problems):
            first = self.router.first_blocking(problems)
            if first is not None:
                first.setFocus()
                self.scroll.ensureWidgetVisible(first)
            else:
                for row in self._actions:
                    if row.problems.problems:
                        row.what.setFocus()
                        self.scroll.ensureWidgetVisible(row)
                        break
            self.state.setText(self.tr("Ikke gemt: ret de markerede felter"))
            return
        self._saving = True
        self.save_button.setEnabled(False)
        # The form was built for the person who opened it; in hand-over the screen is
        # restricted, but the stashed jobcenter-only fields are still theirs to save.
        viewer = self._context.base_viewer

        def done(_changes: Any) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.form = form.with_values(is_new=False)
            self._dirty = False
            self._draft_dirty = False
            self._show_heading()
            self.state.setText(self.tr("Gemt kl. %1").replace("%1", fmt.clock(dt.datetime.now())))
            self.saved.emit(form.meeting.id)
            if then_close:
                self._close_now()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_problems(exc.problems)
                self.state.setText(self.tr("Ikke gemt: ret de markerede felter"))
                return
            self.state.setText(self.tr("Ikke gemt – formularen er bevaret som kladde"))
            self._draft_dirty = True
            self._context.report_error(exc)

        self._context.mutate(
            self,
            lambda store: meeting_service.save_meeting_form(store, viewer=viewer, form=form),
            done,
            failed,
        )

    def request_close(self) -> None:
        if self._context.handover:
            return  # leaving the form in hand-over needs the consultant's password
        if not self._dirty:
            self._close_now()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ændringer er ikke gemt"))
        box.setText(self.tr("Vil du gemme ændringerne i mødet?"))
        save = box.addButton(self.tr("&Gem"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Behold som &kladde"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(self.tr("&Kassér"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is save:
                self.save(then_close=True)
            elif clicked is keep:
                draft = self.collect_draft()
                if draft is not None:
                    self._context.op(
                        self, lambda store: draft_service.save_drafts(store, drafts=[draft])
                    ).success(lambda _c: self._close_now()).run()
                else:
                    self._close_now()
            elif clicked is discard:
                key = self.form.draft_key
                self._context.op(
                    self, lambda store: draft_service.discard_draft(store, key=key)
                ).success(lambda _c: self._close_now()).run()

        box.finished.connect(answered)
        box.open()

    def _close_now(self) -> None:
        self._autosave.stop()
        self._dirty = False
        self._context.unregister_draft_source(self)
        self.closed.emit()

    # -- hand-over -------------------------------------------------------------------------
    def enter_handover(self) -> None:
        """The citizen or company contact takes over: jobcenter-only fields leave the screen."""
        if self.health_notes is not None:
            self._stashed_health = self.health_notes.value()
            self.health_notes.blockSignals(True)
            self.health_notes.clear()
            self.health_notes.blockSignals(False)
            self.health_box.setVisible(False)
            self.health_box.label.setVisible(False)
        self._lock_all_but_party_words()
        self.handover_button.setVisible(False)
        self.close_button.setVisible(False)

    def party_widgets(self) -> tuple[QWidget, ...]:
        """What the citizen or company writes in hand-over: their own words, nothing else."""
        return (self.party_comments, self.party_accommodations_view)

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
        self.party_comments.setFocus()
        self.scroll.ensureWidgetVisible(self.party_comments)

    def _unlock(self) -> None:
        for w in self._locked:
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(False)
            else:
                w.setEnabled(True)
        self._locked = []

    def leave_handover(self) -> None:
        if self.health_notes is not None:
            self.health_notes.blockSignals(True)
            self.health_notes.set_value(self._stashed_health)
            self.health_notes.blockSignals(False)
            self._stashed_health = None
            self.health_box.setVisible(True)
            self.health_box.label.setVisible(True)
        self._unlock()
        self.handover_button.setVisible(True)
        self.close_button.setVisible(True)
