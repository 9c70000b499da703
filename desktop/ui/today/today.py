"""I dag: today's and the coming week's meetings, follow-ups due, overdue action items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.services import meetings as meeting_service
from desktop.services import today as today_service
from desktop.services.changes import Changes
from desktop.ui.kit.formatting import weekday_names
from desktop.ui.kit.models import AgendaModel, FollowUpDueModel, OverdueActionModel
from desktop.ui.kit.widgets import Heading, Muted, Table

RELEVANT = ("meeting", "action_item", "follow_up", "case", "citizen", "company")




class TodayPage(QWidget):
    open_case = Signal(str)
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

        self.title = Heading(self.tr("I dag"), self, size=1.5)
        self.refresh_button = QPushButton(self.tr("&Opdatér"), self)
        self.refresh_button.setToolTip(self.tr("Hent listerne igen (F5)"))
        self.refresh_button.clicked.connect(self.reload)

        self.today_model = AgendaModel(with_date=False, parent=self)
        self.week_model = AgendaModel(with_date=True, parent=self)
        self.follow_up_model = FollowUpDueModel(self)
        self.action_model = OverdueActionModel(self)
        self.today_table = Table(self.today_model, self.tr("Møder i dag"), self)
        self.week_table = Table(self.week_model, self.tr("Møder de næste 7 dage"), self)
        self.follow_up_table = Table(self.follow_up_model, self.tr("Opfølgninger"), self)
        self.action_table = Table(self.action_model, self.tr("Handlinger over frist"), self)
        self.today_heading = Heading("", self)
        self.week_heading = Heading("", self)
        self.follow_up_heading = Heading("", self)
        self.action_heading = Heading("", self)
        self.today_empty = Muted(self.tr("Ingen møder i dag."), self)

        self.register_button = QPushButton(self.tr("&Registrér møde"), self)
        self.register_button.setToolTip(
            self.tr("Opret mødet, der registrerer den valgte opfølgning")
        )
        self.register_button.clicked.connect(self._register_follow_up)
        self.done_button = QPushButton(self.tr("Markér som &udført"), self)
        self.done_button.clicked.connect(self._mark_done)

        for table in (self.today_table, self.week_table):
            table.opened.connect(self._open_agenda)
        self.follow_up_table.opened.connect(
            lambda index: self._open_case_of(self.follow_up_model, index)
        )
        self.action_table.opened.connect(lambda index: self._open_case_of(self.action_model, index))
        self.today_heading.setBuddy(self.today_table)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
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
        layout.addLayout(grid, 1)
        self.setTabOrder(self.refresh_button, self.today_table)
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
        day = dt.date.today()
        self._parts: dict[str, Any] = {}
        heading = fmt.weekday_date(day, names=weekday_names())
        self.title.setText(self.tr("I dag – %1").replace("%1", heading))
        jobs = (
            ("agenda", lambda store: today_service.agenda(store, viewer=viewer, today=day)),
            ("actions", lambda store: today_service.overdue_actions(store, viewer=viewer,
                                                                     today=day)),
            ("follow_ups", lambda store: today_service.follow_ups_due(store, viewer=viewer,
                                                                      today=day)),
        )
        generation = object()
        self._generation = generation
        for name, job in jobs:
            self._context.op(self, job).success(
                lambda result, name=name: self._part_loaded(generation, name, result)).run()

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
                today=dt.date.today(), meetings_today=meetings_today,
                meetings_week=meetings_week, follow_ups=self._parts["follow_ups"],
                overdue_actions=self._parts["actions"])
            self.loaded.emit()

    def show_overview(self, overview: today_service.TodayOverview) -> None:
        self.overview = overview
        heading = fmt.weekday_date(overview.today, names=weekday_names())
        self.title.setText(self.tr("I dag – %1").replace("%1", heading))
        self.today_model.set_rows(overview.meetings_today)
        self.week_model.set_rows(overview.meetings_week)
        self.follow_up_model.set_rows(overview.follow_ups)
        self.action_model.set_rows(overview.overdue_actions)
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
        self.action_heading.setText(
            self.tr("Handlinger over frist (%1)").replace("%1", str(self.action_model.rowCount()))
        )

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
        viewer = self._context.viewer
        self._context.mutate(
            self,
            lambda store: meeting_service.set_action_done(
                store, viewer=viewer, action_item_id=row.id, done=True
            ),
        )
