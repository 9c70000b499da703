"""Sync for the UI: its status (the status bar, the Synkronisering view) and the controller that
runs it in the background.

SyncStatusSource holds what the UI shows: the stored facts, read through
desktop.services.sync_status (one source of truth: the sync service), plus what only a running
sync learns (online or not, the last error, a revoked device), set by the SyncController.

SyncController runs `services.sync.run` as a job on the one database worker, so the store is
never used from two threads and the UI stays responsive. It syncs on demand (F5), when started
(after unlocking, if logged in), every few minutes (the interval from the settings) and when the
network comes back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from desktop.services.sync_status import SyncStatus

log = logging.getLogger(__name__)




def revoked_message(*, wipe: bool) -> str:
    if wipe:
        return QCoreApplication.translate(
            "SyncStatus",
            "Serveren har spærret denne computer og bedt om, at dataene slettes. Alle data i "
            "Trepart på denne computer er nu slettet. Kontakt kommunens IT-afdeling, hvis du "
            "skal bruge Trepart igen.",
        )
    return QCoreApplication.translate(
        "SyncStatus",
        "Serveren har spærret denne computer. Synkroniseringen er stoppet, men dine data er "
        "bevaret på computeren. Kontakt kommunens IT-afdeling.",
    )


class SyncController(QObject):
    """Runs one sync at a time on the database worker and tells the UI what happened."""

    started = Signal()
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # a Danish message
    progress = Signal(str)  # "Sender 3 af 40", "Henter (200)"
    wiped = Signal(str)  # the vault is erased; the message tells the user
    revoked = Signal(str)  # revoked without wipe: sync stopped, data kept
    _relay = Signal(object)  # SyncProgress from the worker thread

    # Tests inject an httpx transport into the in-process server; None means the network.
    default_http_transport: Any = None

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.http_transport: Any = SyncController.default_http_transport
        # Backoff between retries runs on the database worker: kept short so an offline laptop
        # does not hold up the views for long (0.5 + 1 + 1 + 1 s, then "Offline").
        self.sleep: Callable[[float], None] = lambda s: time.sleep(min(s, 1.0))
        self.running = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._relay.connect(self._show_progress)
        self._network: Any = None
        self.apply_settings()

    # -- when -------------------------------------------------------------------------------
    def apply_settings(self) -> None:
        minutes = getattr(self._context.settings, "sync_interval_minutes", 5) or 5
        self.timer.setInterval(int(minutes) * 60_000)

    def start(self) -> None:
        """After unlocking: sync now if logged in, then every few minutes and on reconnect."""
        self.apply_settings()
        self.timer.start()
        self._watch_network()
        if not self._context.unlocked:
            return
        from desktop.services.sync_status import read_sync_status

        def read(status: SyncStatus) -> None:
            if status.configured and not self._context.sync_status.status.revoked:
                self.sync_now()

        self._context.op(self, read_sync_status).success(read).run()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        status = self._context.sync_status.status
        if status.configured and not status.revoked:
            self.sync_now()

    def _watch_network(self) -> None:
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except Exception:  # no backend on this platform: the timer still runs
            return
        if info is None:
            return
        self._network = info
        info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self._tick()

    # -- what -------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a sync in the background; False if none could start (not logged in, locked)."""
        context = self._context
        if not context.unlocked:
            return False
        if self.running:
            self._again = True  # one more when this one is done (e.g. F5 during a sync)
            return True
        status = context.sync_status.status
        if status.revoked:
            return False
        session = context.session
        transport, sleep = self.http_transport, self.sleep
        relay = self._relay

        def job(_store: Any) -> Any:
            from desktop.services import sync as sync_service

            return sync_service.run(
                session, progress=relay.emit, http_transport=transport, sleep=sleep
            )

        self.running = True
        self.started.emit()
        self.progress.emit(QCoreApplication.translate("SyncStatus", "Synkroniserer …"))
        context.op(self, job).success(self._done).failure(self._failed).run()
        return True

    @Slot(object)
    def _show_progress(self, p: Any) -> None:
        from desktop.services.sync import progress_text

        self.progress.emit(progress_text(p))

    def _done(self, report: Any) -> None:
        from desktop.services.changes import Changes

        self.running = False
        self._context.sync_status.set_live(online=True, error=None)
        if report.pulled or report.conflicts:
            self._context.broadcast(Changes.all())  # every view reloads what arrived
        else:
            self._context.broadcast(Changes(outbox=True))
        self.finished.emit(report)
        self._maybe_again()

    def _failed(self, exc: BaseException) -> None:
        from desktop.vault import VaultLocked
        from sync.client import AuthFailed, DeviceRevoked, ServerUnavailable, SyncError

        self.running = False
        self._again = False
        source = self._context.sync_status
        if isinstance(exc, VaultLocked):
            return
        if isinstance(exc, DeviceRevoked):
            self.stop()
            message = revoked_message(wipe=exc.wipe)
            if exc.wipe:
                source.forget()
                self.wiped.emit(message)
            else:
                source.set_live(revoked=True, online=None, error=message)
                source.refresh()
                self.revoked.emit(message)
            return
        if isinstance(exc, ServerUnavailable):
            message = QCoreApplication.translate(
                "SyncStatus",
                "Serveren kunne ikke nås. Alt er gemt på computeren, og ændringerne sendes, "
                "når der er forbindelse igen.",
            )
            source.set_live(online=False, error=f"{message}\n({exc})")
        elif isinstance(exc, AuthFailed):
            self.stop()
            message = QCoreApplication.translate(
                "SyncStatus", "Serveren afviste enheden: %1 Log ind igen nedenfor."
            ).replace("%1", str(exc))
            source.set_live(online=True, error=message, needs_login=True)
        elif isinstance(exc, SyncError):
            message = str(exc)
            source.set_live(error=message)
        else:
            self._context.report_error(exc)
            message = QCoreApplication.translate("SyncStatus", "Synkroniseringen fejlede.")
            source.set_live(error=message)
        source.refresh()
        self.failed.emit(message)

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    # -- logging in -------------------------------------------------------------------------
    def log_in(
        self,
        *,
        server_url: str,
        username: str,
        password: str,
        ca_bundle: str | None,
        on_done: Callable[[], None],
        on_failure: Callable[[str], None],
    ) -> None:
        """Register this device (a network call, on the worker), then sync straight away."""
        from pathlib import Path

        transport = self.http_transport

        def job(store: Any) -> None:
            from desktop.services import sync as sync_service

            sync_service.log_in(
                store,
                server_url=server_url,
                username=username,
                password=password,
                ca_bundle=Path(ca_bundle) if ca_bundle else None,
                http_transport=transport,
            )

        def done(_r: Any) -> None:
            self._context.sync_status.set_live(
                revoked=False, needs_login=False, error=None, online=True)
            self._context.sync_status.refresh()
            self.timer.start()
            on_done()
            self.sync_now()

        def failed(exc: BaseException) -> None:
            from sync.client import SyncError

            if isinstance(exc, SyncError):
                on_failure(str(exc))
                return
            from desktop.ui.kit.errors import expected_message

            message = expected_message(exc)
            if message is None:
                self._context.report_error(exc)
                message = QCoreApplication.translate("SyncStatus", "Login fejlede.")
            on_failure(message)

        self._context.op(self, job).success(done).failure(failed).run()
