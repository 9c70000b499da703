"""Locking: by hand (Ctrl+L) or after idle time. Every window's content disappears at once;
open forms are saved as drafts first, then the worker closes the database and forgets the key.
Unlocking brings everything back as it was, including unsaved forms."""

from __future__ import annotations

import logging
import time
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}




class IdleWatcher(QObject):
    """Emits `idle` when nobody has touched keyboard or mouse for `timeout_seconds`."""

    idle = Signal()

    def __init__(self, timeout_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_seconds = timeout_seconds
        self.last_activity = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.last_activity = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY_EVENTS:
            self.last_activity = time.monotonic()
        return False

    def _check(self) -> None:
        if time.monotonic() - self.last_activity >= self.timeout_seconds:
            self.last_activity = time.monotonic()
            self.idle.emit()


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, context: AppContext, window: Any) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._hidden: list[weakref.ref[QWidget]] = []
        self._locking = False
        self.idle = IdleWatcher(context.settings.idle_lock_minutes * 60, self)
        self.idle.idle.connect(self.lock)

    @property
    def is_locked(self) -> bool:
        return self._locking or not self._context.unlocked

    def apply_settings(self) -> None:
        self.idle.timeout_seconds = self._context.settings.idle_lock_minutes * 60

    def lock(self) -> None:
        if self.is_locked:
            return
        self._locking = True
        drafts = self._context.collect_drafts()
        # The content goes first, before any database work.
        self._hide_other_windows()
        self._window.show_locked()
        self.idle.stop()
        session = self._context.session
        store = session.store
        # From here on new jobs find no store; those already queued run first.
        self._context.begin_lock()

        def save_and_lock() -> int:
            from desktop.services import drafts as draft_service

            try:
                draft_service.save_drafts(store, drafts=drafts)
            finally:
                session.lock()
            return len(drafts)

        def done(count: int) -> None:
            log.info("Locked (%d open form(s) kept as drafts)", count)
            self._finish_lock()

        def failed(exc: BaseException) -> None:
            log.error("Saving drafts before locking failed: %s", type(exc).__name__)
            self._finish_lock()
            self._context.report_error(exc)

        self._context.op(self, save_and_lock, needs_store=False).success(done).failure(failed).run()

    def _finish_lock(self) -> None:
        self._locking = False
        self._context.end_session()
        self.locked.emit()

    def _hide_other_windows(self) -> None:
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            self._hidden.append(weakref.ref(widget))
            widget.hide()

    def after_unlock(self) -> None:
        for ref in self._hidden:
            widget = ref()
            if widget is not None:
                widget.show()
        self._hidden = []
        self.idle.start()
        self.unlocked.emit()
