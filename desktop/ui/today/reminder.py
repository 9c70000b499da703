"""A quiet notice of today's meetings, shown after unlocking (and at start).

Non-modal and never takes the focus: it sits in the lower right corner of the window's content
(`host`, which the lock screen hides), closes itself after a while or with its button, and
disappears at once when the vault locks or the screen is handed over. Nothing is shown on a day
without meetings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.domain import formatting as fmt
from desktop.services import today as today_service
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.widgets import Heading

SHOW_MS = 30_000
MARGIN = 12


class TodayReminder(QFrame):
    def __init__(self, context: Any, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("todayReminder")
        self._context = context
        self._host = host
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Påmindelse om dagens møder"))
        self.title = Heading("", self)
        self.lines = QLabel(self)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Luk"))
        self.close_button.setToolTip(self.tr("Luk påmindelsen"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOW_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()
        host.installEventFilter(self)
        context.locked_changed.connect(self._gone)
        context.handover_changed.connect(self._gone)

    def remind(self) -> None:
        """Look up today's meetings (mine) off the UI thread; show them if there are any."""
        if not self._context.unlocked or self._context.handover:
            return
        viewer = self._context.viewer
        day = dt.date.today()
        self._context.op(
            self,
            lambda store: today_service.agenda(store, viewer=viewer, today=day)[0],
        ).success(self.show_meetings).run()

    def show_meetings(self, meetings: tuple[today_service.AgendaItem, ...]) -> None:
        if not meetings or not self._context.unlocked or self._context.handover:
            self.hide()
            return
        self.title.setText(self.tr("Dagens møder (%1)").replace("%1", str(len(meetings))))
        self.lines.setText("\n".join(self._line(m) for m in meetings))
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self.timer.start()

    def _line(self, item: today_service.AgendaItem) -> str:
        kind = self.tr("Næste møde (planlagt)") if item.planned_only else vocab(item.kind_label)
        place = item.place or self.tr("sted ikke angivet")
        who = f" ({item.company_name})" if item.company_name else ""
        return f"{fmt.clock(item.when)}  {kind}{who} – {place}"

    def _place(self) -> None:
        host = self._host.rect()
        bottom = host.bottom() - MARGIN
        width = min(self.sizeHint().width(), max(host.width() - 2 * MARGIN, 0))
        self.resize(width, self.sizeHint().height())
        self.move(host.right() - width - MARGIN, bottom - self.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._host and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _gone(self, yes: bool) -> None:
        if yes:
            self.timer.stop()
            self.hide()
