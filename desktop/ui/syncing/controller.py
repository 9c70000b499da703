"""Sync for the UI: its status (the status bar, the Synkronisering view) and the controller that
runs it in the background.

SyncStatusSource holds what the UI shows: the stored facts, read through
desktop.services.sync_status (one source of truth: the sync service), plus what only a running
sync learns (online or not, the last error, a revoked device), set by the SyncController.

SyncController runs `services.sync.run` on a network thread of its own (a NetworkWorker): only
the short steps that read the outbox, acknowledge a batch or apply a pulled page are jobs on the
one database worker, so the store is never used from two threads, and a server that does not
answer never holds up the views. Every request waits a few seconds at most (the network timeout
from the settings), and Cancel stops a sync at once: what the server has not acknowledged stays
in the outbox. It syncs on demand (F5), when started (after unlocking, if logged in), every few
minutes (the interval from the settings) and when the network comes back.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from desktop.services.sync_status import SyncStatus
from desktop.ui.kit.tasks import DbOp, NetworkWorker

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
    """Runs one sync at a time off the database worker and tells the UI what happened."""

    started = Signal()
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # a Danish message
    progress = Signal(str)  # "Sender 3 af 40", "Henter 48.000 af ca. 240.000 poster – ca. 20 s …"
    cancelled = Signal(str)  # the user cancelled; the message says nothing is lost
    wiped = Signal(str)  # the vault is erased; the message tells the user
    revoked = Signal(str)  # revoked without wipe: sync stopped, data kept
    _relay = Signal(object, object)  # run id, SyncProgress from the network thread

    # Tests inject an httpx transport into the in-process server; None means the network.
    default_http_transport: Any = None

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.http_transport: Any = SyncController.default_http_transport
        # The pause between retries (tests: none). None: at most 1 s, cut short by Cancel.
        self.sleep: Callable[[float], None] | None = None
        # No Qt parent: it outlives the controller by as long as a hanging request needs to end.
        network = self.network = NetworkWorker()
        self.destroyed.connect(lambda *_: network.shutdown(wait=False))
        self.running = False
        self._again = False
        self._run = 0  # the id of the sync the UI follows; 0 when none (or it was cancelled)
        self._runs = 0
        self._cancel: threading.Event | None = None
        self._estimate: Any = None  # desktop.services.sync.PullEstimate of the followed run
        self._pulling = False  # the followed run has applied a pulled page
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._relay.connect(self._show_progress)
        self._network: Any = None
        self.apply_settings()

    # -- when -------------------------------------------------------------------------------
    def apply_settings(self) -> None:
        minutes = getattr(self._context.settings, "sync_interval_minutes", 5) or 5
        self.timer.setInterval(int(minutes) * 60_000)

    @property
    def timeout(self) -> float:
        return float(getattr(self._context.settings, "network_timeout_seconds", 10) or 10)

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
        """No more syncs (closing, locking, a revoked device); a running one stops at its next
        step."""
        self.timer.stop()
        if self._cancel is not None:
            self._cancel.set()

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
    def _db(self) -> Callable[[Callable[[Any], Any]], Any]:
        """For the network thread: one short store job on the database worker, waited for."""
        worker = self._context.worker
        return lambda fn: worker.call(fn).result()

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
        transport, timeout, db = self.http_transport, self.timeout, self._db()
        cancel = threading.Event()
        sleep = self.sleep or (lambda s: cancel.wait(min(s, 1.0)) and None)
        self._runs += 1
        run = self._run = self._runs
        from desktop.services.sync import PullEstimate

        self._estimate, self._pulling = PullEstimate(), False
        self._cancel = cancel
        relay = self._relay

        def job() -> Any:
            from desktop.services import sync as sync_service

            return sync_service.run(
                session, progress=lambda p: relay.emit(run, p), http_transport=transport,
                sleep=sleep, db=db, cancelled=cancel.is_set, timeout=timeout,
            )

        self.running = True
        context.sync_status.set_live(connecting=True)
        self.started.emit()
        self.progress.emit(QCoreApplication.translate("SyncStatus", "Synkroniserer …"))
        (DbOp(self, job, needs_store=False, worker=self.network)
         .success(lambda report: self._done(run, report))
         .failure(lambda exc: self._failed(run, exc))
         .run())
        return True

    def cancel(self) -> None:
        """Stop the running sync now. The UI is free at once; the network thread gives up at
        its next step (at the latest when the timeout ends a request that hangs). Whatever the
        server acknowledged is kept, the rest stays in the outbox for the next sync."""
        if not self.running or self._cancel is None:
            return
        self._cancel.set()
        self._run = 0
        self.running = False
        self._again = False
        source = self._context.sync_status
        source.set_live(connecting=False)
        source.refresh()
        self.cancelled.emit(self._cancelled_text())

    @staticmethod
    def _cancelled_text() -> str:
        return QCoreApplication.translate(
            "SyncStatus",
            "Synkroniseringen er annulleret. Intet er tabt: det, der ikke nåede frem, sendes "
            "næste gang.")

    @Slot(object, object)
    def _show_progress(self, run: int, p: Any) -> None:
        if run != self._run:
            return
        from desktop.ui.syncing.progress import progress_line

        source = self._context.sync_status
        status = source.status
        if status.connecting or status.online is not True:
            # The server answered: online, whatever the rest of the run brings.
            source.set_live(connecting=False, online=True, offline_since=None, error=None)
        if p.phase == "pull" and not self._pulling:
            # The first page is in: whether a bulk load has begun (search then finds only what
            # has arrived, and says so) is read from the store.
            self._pulling = True
            source.refresh()
        seconds = self._estimate.update(p) if self._estimate is not None else None
        self.progress.emit(progress_line(p, seconds))

    def _done(self, run: int, report: Any) -> None:
        from desktop.services.changes import Changes

        followed = run == self._run
        self._context.sync_status.set_live(
            online=True, connecting=False, offline_since=None, error=None)
        if report.pulled or report.conflicts:
            self._context.broadcast(Changes.all())  # every view reloads what arrived
        else:
            self._context.broadcast(Changes(outbox=True))
        if not followed:
            return  # cancelled, but it had got through: what arrived is shown, nothing said
        self.running = False
        self._run = 0
        self.finished.emit(report)
        self._maybe_again()

    def _failed(self, run: int, exc: BaseException) -> None:
        from desktop.vault import VaultLocked
        from sync.client import (
            AuthFailed,
            DeviceRevoked,
            ServerTimedOut,
            ServerUnavailable,
            SyncCancelled,
            SyncError,
        )

        followed = run == self._run
        if followed:
            self.running = False
            self._run = 0
            self._again = False
        source = self._context.sync_status
        if isinstance(exc, VaultLocked) or not self._context.unlocked:
            if followed:  # locked meanwhile: the sync stopped, its buttons must say so
                source.set_live(connecting=False)
                self.cancelled.emit(self._cancelled_text())
            return
        if isinstance(exc, DeviceRevoked):  # even after a cancel: the server has spoken
            self.stop()
            self.running = False
            message = revoked_message(wipe=exc.wipe)
            if exc.wipe:
                source.forget()
                self.wiped.emit(message)
            else:
                source.set_live(revoked=True, online=None, connecting=False, error=message)
                source.refresh()
                self.revoked.emit(message)
            return
        if not followed or isinstance(exc, SyncCancelled):
            source.refresh()
            return  # the user cancelled it and has been told
        status = source.status
        if isinstance(exc, ServerUnavailable):
            if isinstance(exc, ServerTimedOut):
                message = QCoreApplication.translate(
                    "SyncStatus",
                    "Serveren svarer ikke. Alt er gemt på computeren, og ændringerne sendes, "
                    "når serveren svarer igen.",
                )
            else:
                message = QCoreApplication.translate(
                    "SyncStatus",
                    "Serveren kunne ikke nås. Alt er gemt på computeren, og ændringerne sendes, "
                    "når der er forbindelse igen.",
                )
            since = status.offline_since if status.online is False else None
            source.set_live(online=False, connecting=False, error=message,
                            offline_since=since or dt.datetime.now(dt.UTC))
        elif isinstance(exc, AuthFailed):
            self.stop()
            message = QCoreApplication.translate(
                "SyncStatus", "Serveren afviste enheden: %1 Log ind igen nedenfor."
            ).replace("%1", str(exc))
            source.set_live(online=True, connecting=False, error=message, needs_login=True)
        elif isinstance(exc, SyncError):
            message = str(exc)
            source.set_live(connecting=False, error=message)
        else:
            self._context.report_error(exc)
            message = QCoreApplication.translate("SyncStatus", "Synkroniseringen fejlede.")
            source.set_live(connecting=False, error=message)
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
        """Register this device (the request on the network thread, then the account checked
        against the vault and the token kept, on the database worker), then sync straight away.
        An account that does not fit the vault is refused before anything is sent."""
        from pathlib import Path

        transport, timeout, db = self.http_transport, self.timeout, self._db()
        ca = Path(ca_bundle) if ca_bundle else None

        def job() -> None:
            from desktop.services import sync as sync_service

            response = sync_service.request_login(
                server_url, username=username, password=password, ca_bundle=ca,
                http_transport=transport, timeout=timeout,
            )
            db(lambda store: sync_service.accept_login(
                store, response, server_url=server_url, ca_bundle=ca))

        def done(_r: Any) -> None:
            self._context.sync_status.set_live(
                revoked=False, needs_login=False, error=None, online=True, connecting=False,
                offline_since=None)
            self._context.sync_status.refresh()
            self.timer.start()
            on_done()
            self.sync_now()

        def failed(exc: BaseException) -> None:
            from sync.client import ServerUnavailable, SyncError

            if isinstance(exc, ServerUnavailable):
                on_failure(QCoreApplication.translate(
                    "SyncStatus", "Serveren kunne ikke nås, eller den svarede ikke. Kontrollér "
                    "adressen og netværket, og prøv igen."))
                return
            if isinstance(exc, SyncError):
                on_failure(str(exc))
                return
            from desktop.ui.kit.errors import expected_message

            message = expected_message(exc)
            if message is None:
                self._context.report_error(exc)
                message = QCoreApplication.translate("SyncStatus", "Login fejlede.")
            on_failure(message)

        DbOp(self, job, needs_store=False, worker=self.network).success(done).failure(
            failed).run()
