"""Sync for the UI: its status (the status bar, the Synkronisering view) and the controller that
runs it in the background.

SyncStatusSource holds what the UI shows: the stored facts, read through
desktop.services.sync_status (one source of truth: the sync service), plus what only a running
sync learns (online or not, the last error, a revoked device), set by the SyncController.

The SyncController (desktop.ui.syncing.controller) runs the sync off the database worker and
sets what it learns here: connecting, online, offline since when, the last error. The describe_*
functions turn a SyncStatus into the texts the status bar and the sync page show.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.domain import formatting as fmt
from desktop.services.sync_status import SyncStatus
from desktop.ui.kit.formatting import datetime_text

log = logging.getLogger(__name__)
# What only a sync attempt learns; the rest of SyncStatus is read from the store.
LIVE_KEYS = ("online", "error", "revoked", "needs_login", "connecting", "offline_since")




class SyncStatusSource(QObject):
    changed = Signal(object)  # SyncStatus

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self._context = context
        self.status = SyncStatus()
        self._live: dict[str, Any] = {}

    def publish(self, status: SyncStatus) -> None:
        """Replace what is shown (the stored facts are read again at the next refresh)."""
        self._live = {key: getattr(status, key) for key in LIVE_KEYS}
        self.status = status
        self.changed.emit(status)

    def set_live(self, **facts: Any) -> None:
        """What a sync attempt learned: online, error, revoked. Kept until the next attempt."""
        self._live.update(facts)
        self.status = dataclasses.replace(self.status, **facts)
        self.changed.emit(self.status)

    def forget(self) -> None:
        """After the vault is gone (wiped): nothing is known any more."""
        self._live = {}
        self.status = SyncStatus()
        self.changed.emit(self.status)

    def refresh(self) -> None:
        if not self._context.unlocked:
            return
        from desktop.services.sync_status import read_sync_status

        self._context.op(self, read_sync_status).success(self.take_stored).run()

    def take_stored(self, stored: SyncStatus) -> None:
        """The stored facts, just read on the worker, with what the last attempt learned."""
        live = {k: v for k, v in self._live.items() if k in LIVE_KEYS}
        if not stored.configured:
            for key in ("online", "connecting", "offline_since"):
                live.pop(key, None)
        self.status = dataclasses.replace(stored, **live)
        self.changed.emit(self.status)


def describe_connection(status: SyncStatus) -> str:
    if status.revoked:
        return QCoreApplication.translate("SyncStatus", "Spærret af serveren")
    if not status.configured:
        return QCoreApplication.translate("SyncStatus", "Ikke forbundet til en server")
    if status.connecting:
        # A sync has started and the server has not answered yet: neither online nor offline.
        return QCoreApplication.translate("SyncStatus", "Forbinder …")
    if status.online is None:
        # Logged in; whether the server answers is known only when a sync runs.
        return QCoreApplication.translate("SyncStatus", "Logget ind på %1").replace(
            "%1", status.server or ""
        )
    if status.online:
        return QCoreApplication.translate("SyncStatus", "Online")
    return describe_offline(status)


def describe_offline(status: SyncStatus) -> str:
    """Offline siden kl. 14.05 (with the date when it began another day)."""
    since = status.offline_since
    if since is None:
        return QCoreApplication.translate("SyncStatus", "Offline")
    if fmt.date(since) == fmt.date(dt.datetime.now(dt.UTC)):
        return QCoreApplication.translate("SyncStatus", "Offline siden kl. %1").replace(
            "%1", fmt.time(since))
    return QCoreApplication.translate("SyncStatus", "Offline siden %1").replace(
        "%1", datetime_text(since))


def describe_pending(status: SyncStatus) -> str:
    return QCoreApplication.translate(
        "SyncStatus", "%n ændring(er) venter på synkronisering", "", status.pending
    )


def describe_last_sync(status: SyncStatus) -> str:
    if status.last_sync is None:
        return QCoreApplication.translate("SyncStatus", "Senest synkroniseret: aldrig")
    # fmt.datetime shows Danish local time, whatever the machine's zone.
    return QCoreApplication.translate("SyncStatus", "Senest synkroniseret: %1").replace(
        "%1", datetime_text(status.last_sync)
    )


def now_text() -> str:
    return datetime_text(dt.datetime.now())
