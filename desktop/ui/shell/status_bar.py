"""The main window's status bar: the connection (Online / Forbinder … / Offline siden kl.
HH.MM), what waits to be synced, the last sync, the lock state and who is working; while a sync
runs, a button that cancels it (the SyncWiring connects it to the SyncController)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from desktop.services.sync_status import SyncStatus
from desktop.ui.kit.sync_status import describe_connection, describe_last_sync, describe_pending

log = logging.getLogger(__name__)




class StatusBar(QStatusBar):
    """Online/offline, operations waiting to sync, last sync, lock state, who is working; while
    a sync runs, a button that cancels it."""

    cancel_requested = Signal()

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
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setText(self.tr("Annullér synkronisering"))
        self.cancel_button.setToolTip(self.tr(
            "Stop synkroniseringen nu. Intet går tabt: det, der ikke nåede frem, sendes næste "
            "gang."))
        self.cancel_button.setAccessibleName(self.tr("Annullér synkronisering"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.setVisible(False)
        self.addWidget(self.cancel_button)
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

    def set_syncing(self, running: bool) -> None:
        self.cancel_button.setVisible(running)

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
            from desktop.ui.kit.i18n import vocab

            self.user.setText(f"{viewer.username} · {vocab(viewer.role_label)}")

    def show_activity(self, text: str, timeout_ms: int = 0) -> None:
        self.activity.setText(text)
        if timeout_ms:
            # With `self` as context: the timer dies with the status bar.
            QTimer.singleShot(timeout_ms, self, lambda: self._clear_activity(text))

    def _clear_activity(self, text: str) -> None:
        if self.activity.text() == text:
            self.activity.setText("")
