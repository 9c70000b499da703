"""Sync status for the status bar and the Synkronisering page, and the status bar itself.

SyncStatusSource is the small interface the sync engine plugs into later: it calls
`publish(SyncStatus(...))` whenever it knows more (online, last sync, errors). Until then the
source reads what the store knows (the outbox and whether a server is configured) and says
"Ikke forbundet til en server" rather than pretending.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.services.sync_status import SyncStatus
from desktop.ui.formatting import fmt_datetime


class SyncStatusSource(QObject):
    changed = Signal(object)  # SyncStatus

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self._context = context
        self.status = SyncStatus()
        self._engine_status: SyncStatus | None = None

    def publish(self, status: SyncStatus) -> None:
        """For the sync engine: the latest it knows (the outbox count is refreshed here too)."""
        self._engine_status = status
        self.status = status
        self.changed.emit(status)

    def refresh(self) -> None:
        if not self._context.unlocked:
            return
        from desktop.services.sync_status import read_sync_status

        self._context.op(self, read_sync_status).success(self._read).run()

    def _read(self, stored: SyncStatus) -> None:
        engine = self._engine_status
        if engine is not None:
            stored = dataclasses.replace(
                engine, pending=stored.pending, configured=engine.configured or stored.configured
            )
        self.status = stored
        self.changed.emit(stored)


def describe_connection(status: SyncStatus) -> str:
    if not status.configured:
        return QCoreApplication.translate("SyncStatus", "Ikke forbundet til en server")
    if status.online is None:
        # Logged in; whether the server answers is known only when a sync runs.
        return QCoreApplication.translate("SyncStatus", "Logget ind på %1").replace(
            "%1", status.server or ""
        )
    if status.online:
        return QCoreApplication.translate("SyncStatus", "Online")
    return QCoreApplication.translate("SyncStatus", "Offline")


def describe_pending(status: SyncStatus) -> str:
    return QCoreApplication.translate(
        "SyncStatus", "%n ændring(er) venter på synkronisering", "", status.pending
    )


def describe_last_sync(status: SyncStatus) -> str:
    if status.last_sync is None:
        return QCoreApplication.translate("SyncStatus", "Senest synkroniseret: aldrig")
    when = status.last_sync
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return QCoreApplication.translate("SyncStatus", "Senest synkroniseret: %1").replace(
        "%1", fmt_datetime(when)
    )


class StatusBar(QStatusBar):
    """Online/offline, operations waiting to sync, last sync, lock state, who is working."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.connection = QLabel(self)
        self.pending = QLabel(self)
        self.last_sync = QLabel(self)
        self.lock_state = QLabel(self)
        self.user = QLabel(self)
        self.activity = QLabel(self)
        for label, name in (
            (self.connection, self.tr("Forbindelse")),
            (self.pending, self.tr("Ændringer der venter")),
            (self.last_sync, self.tr("Seneste synkronisering")),
            (self.lock_state, self.tr("Låsestatus")),
            (self.user, self.tr("Bruger")),
            (self.activity, self.tr("Aktivitet")),
        ):
            label.setAccessibleName(name)
        self.addWidget(self.activity, 1)
        for label in (self.connection, self.pending, self.last_sync, self.lock_state, self.user):
            # Narrow windows clip the texts instead of refusing to shrink; tooltips keep them.
            label.setMinimumWidth(40)
            label.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(label)
        context.sync_status.changed.connect(self.show_sync)
        context.locked_changed.connect(self.show_lock)
        context.handover_changed.connect(lambda _on: self.show_lock(not context.unlocked))
        self._context = context
        self.show_sync(context.sync_status.status)
        self.show_lock(not context.unlocked)

    def show_sync(self, status: SyncStatus) -> None:
        for label, text in ((self.connection, describe_connection(status)),
                            (self.pending, describe_pending(status)),
                            (self.last_sync, describe_last_sync(status))):
            label.setText(text)
            label.setToolTip(text)
        if status.error:
            self.connection.setToolTip(status.error)

    def show_lock(self, locked: bool) -> None:
        if locked:
            self.lock_state.setText(self.tr("Låst"))
            self.user.setText("")
            return
        if self._context.handover:
            self.lock_state.setText(self.tr("Overdraget – kun ét referat vises"))
        else:
            self.lock_state.setText(self.tr("Ulåst (Ctrl+L låser)"))
        viewer = self._context.base_viewer
        if viewer is not None:
            from desktop.ui.i18n import vocab

            self.user.setText(f"{viewer.username} · {vocab(viewer.role_label)}")

    def show_activity(self, text: str, timeout_ms: int = 0) -> None:
        self.activity.setText(text)
        if timeout_ms:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(
                timeout_ms, lambda: self.activity.text() == text and self.activity.setText("")
            )


def now_text() -> str:
    return fmt_datetime(dt.datetime.now())
