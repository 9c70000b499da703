"""I dag: today's and the coming week's meetings, follow-ups due, action items overdue or due
this week; my cases or the team's (remembered); meetings and follow-ups to the calendar."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.services import calendar as calendar_service
from desktop.services import meetings as meeting_service
from desktop.services import today as today_service
from desktop.services import today_fast_track, today_returns
from desktop.services.changes import Changes
from desktop.ui.kit.formatting import weekday_names
from desktop.ui.kit.models import AgendaModel, DueActionModel, FollowUpDueModel
from desktop.ui.kit.settings import ui_settings
from desktop.ui.kit.widgets import Heading, Muted, Table
from desktop.ui.today.companies_due import CompaniesDueStrip
from desktop.ui.today.reminder import TodayReminder
from desktop.ui.today.returns import BenefitReturnStrip
from desktop.ui.today.waiting import WaitingApplicationStrip

log = logging.getLogger(__name__)

RELEVANT = (
    "meeting", "action_item", "follow_up", "case", "citizen", "company", "retention_check",
    "company_contact", "scheme_application",
)
SCOPE_SETTING = "today/scope"
FEED_FILE_NAME = "trepart-kalender.ics"


class TodayPage(QWidget):
    open_case = Signal(str)
    open_company = Signal(str)
    open_meeting = Signal(str)
    new_meeting = Signal(str, str)  # case id, meeting kind
    loaded = Signal()  # all three lists have their rows

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._context = context
        self._stale = True
        self.overview: today_service.TodayOverview | None = None
        self._parts: dict[str, Any] = {}
        self._generation: object = None
        self._calendar_table: Table | None = None  # the list the calendar button exports from
        self.reminder: TodayReminder | None = None
        stored = ui_settings(context.data_dir).value(SCOPE_SETTING, today_service.Scope.MINE.value)
        self.scope = (
            today_service.Scope.TEAM
            if stored == today_service.Scope.TEAM.value
            else today_service.Scope.MINE
        )

        self.title = Heading(self.tr("I dag"), self, size=1.5)
        self.mine_button = QRadioButton(self.tr("&Mine"), self)
        self.mine_button.setToolTip(self.tr("Forløb, hvor du er konsulent eller mentor"))
        self.team_button = QRadioButton(self.tr("T&eamet"), self)
        self.team_button.setToolTip(self.tr("Alle teamets forløb"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.mine_button)
        self.scope_group.addButton(self.team_button)
        (
            self.team_button if self.scope is today_service.Scope.TEAM else self.mine_button
        ).setChecked(True)
        self.mine_button.toggled.connect(self._scope_toggled)
        self.calendar_button = QPushButton(self.tr("Til &kalender …"), self)
        self.calendar_button.setToolTip(
            self.tr("Gem det valgte møde eller den valgte opfølgning som kalenderfil (.ics)")
        )
        self.calendar_button.clicked.connect(self.export_selected)
        self.feed_button = QPushButton(self.tr("Kalenderfi&l …"), self)
        self.feed_button.setToolTip(
            self.tr("Gem alle dine kommende møder og opfølgninger i én kalenderfil (.ics)")
        )
        self.feed_button.clicked.connect(self.export_feed)
        self.notice = Muted("", self)
        self.notice.setWordWrap(True)  # a long path must not widen the window
        self.refresh_button = QPushButton(self.tr("&Opdatér"), self)
        self.refresh_button.setToolTip(self.tr("Hent listerne igen (F5)"))
        self.refresh_button.clicked.connect(self.reload)

        self.today_model = AgendaModel(with_date=False, parent=self)
        self.week_model = AgendaModel(with_date=True, parent=self)
        self.follow_up_model = FollowUpDueModel(self)
        self.action_model = DueActionModel(self)
        self.today_table = Table(self.today_model, self.tr("Møder i dag"), self)
        self.week_table = Table(self.week_model, self.tr("Møder de næste 7 dage"), self)
        self.follow_up_table = Table(self.follow_up_model, self.tr("Opfølgninger"), self)
        self.action_table = Table(
            self.action_model, self.tr("Handlinger over frist og denne uge"), self
        )
        self.today_heading = Heading("", self)
        self.week_heading = Heading("", self)
        self.follow_up_heading = Heading("", self)
        self.action_heading = Heading("", self)
        self.today_empty = Muted(self.tr("Ingen møder i dag."), self)
        self.returns = BenefitReturnStrip(self)  # citizens back on benefits after job start
        self.returns.open_case.connect(self.open_case)
        self.companies_due = CompaniesDueStrip(self)  # the company side: contacts due
        self.companies_due.open_company.connect(self.open_company)
        self.waiting = WaitingApplicationStrip(self)  # fast-track applications waiting too long
        self.waiting.open_case.connect(self.open_case)

        self.register_button = QPushButton(self.tr("&Registrér møde"), self)
        self.register_button.setToolTip(
            self.tr("Opret mødet, der registrerer den valgte opfølgning")
        )
        self.register_button.clicked.connect(self._register_follow_up)
        self.done_button = QPushButton(self.tr("Markér som &udført"), self)
        self.done_button.clicked.connect(self._mark_done)
        # After "Markér som udført": what was marked, and a way back.
        self.undo_text = Muted("", self)
        self.undo_button = QPushButton(self.tr("&Fortryd"), self)
        self.undo_button.setToolTip(self.tr("Markér handlingen som ikke udført igen"))
        self.undo_button.clicked.connect(self._undo_done)
        self.undo_button.setVisible(False)
        self._undo_id: str | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(15_000)
        self._undo_timer.timeout.connect(self._forget_undo)

        for table in (self.today_table, self.week_table):
            table.opened.connect(self._open_agenda)
        self.follow_up_table.opened.connect(
            lambda index: self._open_case_of(self.follow_up_model, index)
        )
        self.action_table.opened.connect(lambda index: self._open_case_of(self.action_model, index))
        self.today_heading.setBuddy(self.today_table)
        for table in (self.today_table, self.week_table, self.follow_up_table):
            table.selectionModel().currentChanged.connect(
                lambda _current, _previous, table=table: self._calendar_source(table)
            )
        self._update_calendar_button()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mine_button)
        top.addWidget(self.team_button)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)
        # A row of its own, so the page still fits a narrow window (the title row is full).
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.notice, 1)
        calendar_row.addWidget(self.undo_text)
        calendar_row.addWidget(self.undo_button)
        calendar_row.addWidget(self.calendar_button)
        calendar_row.addWidget(self.feed_button)
        grid = QGridLayout()
        grid.addWidget(self.today_heading, 0, 0)
        grid.addWidget(self.today_empty, 1, 0)
        grid.addWidget(self.today_table, 2, 0)
        grid.addWidget(self.week_heading, 3, 0)
        grid.addWidget(self.week_table, 4, 0)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_heading, 1)
        follow_row.addWidget(self.register_button)
        grid.addLayout(follow_row, 0, 1)
        grid.addWidget(self.follow_up_table, 1, 1, 2, 1)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_heading, 1)
        action_row.addWidget(self.done_button)
        grid.addLayout(action_row, 3, 1)
        grid.addWidget(self.action_table, 4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(calendar_row)
        layout.addWidget(self.returns)
        layout.addWidget(self.companies_due)
        layout.addWidget(self.waiting)
        layout.addLayout(grid, 1)
        self.setTabOrder(self.mine_button, self.team_button)
        self.setTabOrder(self.team_button, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.calendar_button)
        self.setTabOrder(self.calendar_button, self.feed_button)
        self.setTabOrder(self.feed_button, self.today_table)
        self.setTabOrder(self.today_table, self.week_table)
        self.setTabOrder(self.week_table, self.register_button)
        self.setTabOrder(self.register_button, self.follow_up_table)
        self.setTabOrder(self.follow_up_table, self.done_button)
        self.setTabOrder(self.done_button, self.action_table)
        self._show_headings()
        context.changed.connect(self.on_changes)

    # -- loading ---------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*RELEVANT):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Three jobs, the agenda first: each list shows as soon as it has its rows."""
        if not self._context.unlocked:
            return
        self._stale = False
        viewer = self._context.viewer
        # A mentor's cases are all theirs: the switch would change nothing.
        self.mine_button.setVisible(not viewer.is_mentor)
        self.team_button.setVisible(not viewer.is_mentor)
        scope = self.scope
        day = dt.date.today()
        self._parts: dict[str, Any] = {}
        heading = fmt.weekday_date(day, names=weekday_names())
        self.title.setText(self.tr("I dag – %1").replace("%1", heading))
        jobs = (
            (
                "agenda",
                lambda store: today_service.agenda(store, viewer=viewer, today=day, scope=scope),
            ),
            (
                "actions",
                lambda store: today_service.due_actions(
                    store, viewer=viewer, today=day, scope=scope
                ),
            ),
            (
                "follow_ups",
                lambda store: today_service.follow_ups_due(
                    store, viewer=viewer, today=day, scope=scope
                ),
            ),
        )
        generation = object()
        self._generation = generation
        self._context.op(
            self,
            lambda store: today_returns.benefit_returns(store, viewer=viewer, scope=scope),
        ).success(
            lambda items: generation is self._generation and self.returns.set_items(items)
        ).run()
        self._context.op(
            self,
            lambda store: today_service.companies_to_contact(store, viewer=viewer, today=day),
        ).success(
            lambda items: generation is self._generation and self.companies_due.set_items(items)
        ).run()
        threshold = int(self._context.settings.fast_track_wait_days)
        self._context.op(
            self,
            lambda store: today_fast_track.waiting_applications(
                store, viewer=viewer, threshold_days=threshold, scope=scope
            ),
        ).success(
            lambda items: generation is self._generation
            and self.waiting.set_items(items, threshold)
        ).run()
        for name, job in jobs:
            self._context.op(self, job).success(
                lambda result, name=name: self._part_loaded(generation, name, result)
            ).run()

    def _part_loaded(self, generation: object, name: str, result: Any) -> None:
        if generation is not self._generation:
            return  # a newer reload is under way
        self._parts[name] = result
        if name == "agenda":
            meetings_today, meetings_week = result
            self.today_model.set_rows(meetings_today)
            self.week_model.set_rows(meetings_week)
            self.today_empty.setVisible(not meetings_today)
            self.today_table.resizeColumnsToContents()
            self.week_table.resizeColumnsToContents()
        elif name == "actions":
            self.action_model.set_rows(result)
            self.action_table.resizeColumnsToContents()
        else:
            self.follow_up_model.set_rows(result)
            self.follow_up_table.resizeColumnsToContents()
        self._show_headings()
        if len(self._parts) == 3:
            meetings_today, meetings_week = self._parts["agenda"]
            self.overview = today_service.TodayOverview(
                today=dt.date.today(),
                meetings_today=meetings_today,
                meetings_week=meetings_week,
                follow_ups=self._parts["follow_ups"],
                actions=self._parts["actions"],
            )
            self.loaded.emit()

    def show_overview(self, overview: today_service.TodayOverview) -> None:
        self.overview = overview
        heading = fmt.weekday_date(overview.today, names=weekday_names())
        self.title.setText(self.tr("I dag – %1").replace("%1", heading))
        self.today_model.set_rows(overview.meetings_today)
        self.week_model.set_rows(overview.meetings_week)
        self.follow_up_model.set_rows(overview.follow_ups)
        self.action_model.set_rows(overview.actions)
        self.today_empty.setVisible(not overview.meetings_today)
        self._show_headings()
        self.loaded.emit()

    def _show_headings(self) -> None:
        self.today_heading.setText(
            self.tr("Møder i dag (%1)").replace("%1", str(self.today_model.rowCount()))
        )
        self.week_heading.setText(
            self.tr("De næste 7 dage (%1)").replace("%1", str(self.week_model.rowCount()))
        )
        self.follow_up_heading.setText(
            self.tr("Opfølgninger der skal holdes (%1)").replace(
                "%1", str(self.follow_up_model.rowCount())
            )
        )
        overdue = sum(1 for row in self.action_model.rows if row.overdue)
        self.action_heading.setText(
            self.tr("Handlinger: %1 over frist, %2 denne uge")
            .replace("%1", str(overdue))
            .replace("%2", str(self.action_model.rowCount() - overdue))
        )
        self._update_calendar_button()

    # -- actions ---------------------------------------------------------------------------
    def _open_agenda(self, index: QModelIndex) -> None:
        model = index.model()
        row = model.row_at(index) if hasattr(model, "row_at") else None
        if row is None:
            return
        if row.meeting_id:
            self.open_meeting.emit(row.meeting_id)
        else:
            self.open_case.emit(row.case_id)

    def _open_case_of(self, model: Any, index: QModelIndex) -> None:
        row = model.row_at(index)
        if row is not None:
            self.open_case.emit(row.case_id)

    def _register_follow_up(self) -> None:
        row = self.follow_up_table.current_row()
        if row is not None:
            self.new_meeting.emit(row.case_id, row.meeting_kind)

    def _mark_done(self) -> None:
        row = self.action_table.current_row()
        if row is None:
            return
        self._set_done(row.id, True)
        self._undo_id = row.id
        self.undo_text.setText(self.tr("Markeret som udført: %1").replace("%1", row.what))
        self.undo_button.setVisible(True)
        self._undo_timer.start()

    def _undo_done(self) -> None:
        if self._undo_id is not None:
            self._set_done(self._undo_id, False)
        self._forget_undo()

    def _forget_undo(self) -> None:
        self._undo_id = None
        self._undo_timer.stop()
        self.undo_text.setText("")
        self.undo_button.setVisible(False)

    def _set_done(self, action_id: str, done: bool) -> None:
        viewer = self._context.viewer
        self._context.mutate(
            self,
            lambda store: meeting_service.set_action_done(
                store, viewer=viewer, action_item_id=action_id, done=done
            ),
        )

    # -- Mine / Teamet -----------------------------------------------------------------------
    def _scope_toggled(self) -> None:
        scope = (
            today_service.Scope.MINE if self.mine_button.isChecked() else today_service.Scope.TEAM
        )
        if scope is self.scope:
            return
        self.scope = scope
        ui_settings(self._context.data_dir).setValue(SCOPE_SETTING, scope.value)
        self.reload()

    # -- reminder ------------------------------------------------------------------------------
    def remind_today_meetings(self, host: QWidget) -> None:
        """After unlocking (and at start): a quiet notice of today's meetings, if there are any.
        `host` is the window's content, which the lock screen hides."""
        if self.reminder is None or self.reminder.parentWidget() is not host:
            self.reminder = TodayReminder(self._context, host)
        self.reminder.remind()

    # -- calendar ------------------------------------------------------------------------------
    def _calendar_source(self, table: Table) -> None:
        self._calendar_table = table
        self._update_calendar_button()

    def _update_calendar_button(self) -> None:
        table = self._calendar_table
        self.calendar_button.setEnabled(table is not None and table.current_row() is not None)

    def _ask_save_path(self, title: str, suggested: str) -> Path | None:
        """The save dialog (replaced in tests)."""
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / suggested), self.tr("Kalenderfiler (*.ics)")
        )
        return Path(name) if name else None

    def _chosen_path(self, title: str, suggested: str) -> Path | None:
        path = self._ask_save_path(title, suggested)
        if path is not None and path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        return path

    def export_selected(self) -> None:
        table = self._calendar_table
        row = table.current_row() if table is not None else None
        if row is None:
            return
        viewer = self._context.viewer
        if isinstance(row, today_service.DueFollowUp):
            suggested = f"opfoelgning-{row.due_date.isoformat()}.ics"
            record_type, record_id, case_id = "follow_up", row.id, row.case_id

            def event(store: Any) -> Any:
                return calendar_service.follow_up_event(store, viewer=viewer, follow_up_id=row.id)
        else:
            suggested = f"moede-{row.when.date().isoformat()}.ics"
            if row.meeting_id:
                record_type, record_id, case_id = "meeting", row.meeting_id, row.case_id

                def event(store: Any) -> Any:
                    return calendar_service.meeting_event(
                        store, viewer=viewer, meeting_id=row.meeting_id
                    )
            else:
                record_type, record_id, case_id = "case", row.case_id, row.case_id

                def event(store: Any) -> Any:
                    return calendar_service.planned_meeting_event(
                        store, viewer=viewer, case_id=row.case_id, when=row.when, place=row.place
                    )

        path = self._chosen_path(self.tr("Gem som kalenderfil"), suggested)
        if path is None:
            return
        self._context.op(
            self,
            lambda store: calendar_service.export_event(
                store,
                event=event(store),
                out=path,
                record_type=record_type,
                record_id=record_id,
                case_id=case_id,
            ),
        ).success(
            lambda written: self._saved(self.tr("Kalenderfilen er gemt: %1"), written)
        ).failure(self._save_failed).run()

    def export_feed(self) -> None:
        path = self._chosen_path(self.tr("Gem dine møder som kalenderfil"), FEED_FILE_NAME)
        if path is None:
            return
        viewer = self._context.viewer
        self._context.op(
            self, lambda store: calendar_service.export_feed(store, viewer=viewer, out=path)
        ).success(
            lambda count: self._saved(
                self.tr("%n møde(r) og opfølgning(er) gemt i %1", "", count), path
            )
        ).failure(self._save_failed).run()

    def _saved(self, text: str, path: Path) -> None:
        self.notice.setText(text.replace("%1", str(path)))

    def _save_failed(self, exc: BaseException) -> None:
        log.warning("Kalenderfilen kunne ikke gemmes: %s", type(exc).__name__)
        self.notice.setText(
            self.tr("Kalenderfilen kunne ikke gemmes. Vælg en anden mappe, og prøv igen.")
        )
