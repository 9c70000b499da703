"""The main window's side of syncing: the sync page and the status bar follow the controller,
F5 syncs, a revoked or wiped device is told once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.ui.kit.icons import icon
from desktop.ui.kit.sync_status import describe_connection

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

PAGE_SYNC = 4


class SyncWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        sync, page = window.sync, window.sync_page
        page.sync_requested.connect(self.sync_now)
        page.cancel_requested.connect(sync.cancel)
        window.status.cancel_requested.connect(sync.cancel)
        page.resolve_requested.connect(self.resolve_conflict)
        page.sync_available = True
        page.show_status(window.context.sync_status.status)
        sync.progress.connect(window.status.show_activity)
        sync.started.connect(lambda: self._running(True))
        sync.finished.connect(self._finished)
        sync.failed.connect(self._failed)
        sync.cancelled.connect(self._cancelled)
        sync.revoked.connect(self._revoked)
        sync.wiped.connect(self._wiped)
        window.context.sync_status.changed.connect(self._show_pending)
        window.ready.connect(sync.start)

    def sync_now(self) -> None:
        status = self.window.context.sync_status.status
        if not status.configured or status.revoked:
            self.window.show_page(PAGE_SYNC)  # where to log in, or why it has stopped
            return
        self.window.sync.sync_now()

    def refresh_and_sync(self) -> None:
        """F5: every list reloads, and a sync starts if this computer is logged in."""
        self.window.refresh()
        context = self.window.context
        status = context.sync_status.status
        if context.unlocked and status.configured and not status.revoked:
            self.window.sync.sync_now()

    def _show_pending(self, status: Any) -> None:
        item = self.window.nav.item(PAGE_SYNC)
        base = self.tr("Synkronisering")
        text = f"{base} ({status.pending})" if status.pending else base
        conflicts = getattr(status, "conflicts", 0)
        if conflicts:
            text += f" ⚠{conflicts}"  # the tooltip says it in words
        item.setText(text)
        item.setToolTip(
            self.tr("%n ændring(er) venter", "", status.pending)
            + (self.tr(", %n uløst(e) konflikt(er)", "", conflicts) if conflicts else "")
            + self.tr(" (Alt+5)")
        )

    def _running(self, running: bool) -> None:
        self.window.sync_page.set_running(running)
        self.window.status.set_syncing(running)

    def _finished(self, report: Any) -> None:
        w = self.window
        self._running(False)
        text = (
            self.tr("Synkroniseret: sendt %1, hentet %2")
            .replace("%1", str(report.pushed))
            .replace("%2", str(report.pulled))
        )
        if report.conflicts:
            text += self.tr(", %n ny(e) konflikt(er)", "", report.conflicts)
        if report.refusals:
            text += self.tr(", %n afvist", "", len(report.refusals))
        w.status.show_activity(text, 8000)
        w.sync_page.reload()

    def _failed(self, message: str) -> None:
        """Said once, where the user looks: the status bar's activity (the connection label
        already says offline since when); the sync page shows the whole message. No dialog."""
        w = self.window
        self._running(False)
        status = w.context.sync_status.status
        text = describe_connection(status) if status.online is False else message
        w.status.show_activity(text, 8000)
        w.sync_page.reload()

    def _cancelled(self, message: str) -> None:
        w = self.window
        self._running(False)
        w.status.show_activity(self.tr("Synkronisering annulleret"), 8000)
        w.sync_page.show_cancelled(message)

    def _revoked(self, message: str) -> None:
        w = self.window
        self._running(False)
        w.status.show_activity(self.tr("Synkronisering stoppet"))
        w.inform(self.tr("Computeren er spærret"), message)

    def _wiped(self, message: str) -> None:
        """The vault is erased (the session closed with it): tell the user, then start over."""
        w = self.window
        w.sync.stop()
        w.lock.idle.stop()
        for a in w.actions():
            a.setEnabled(False)
        w.context.begin_lock()
        w.context.end_session()
        w.context.vault = None
        w.closing = True
        w.hide()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Dataene er slettet"),
            message,
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("wipedMessage")
        box.setWindowIcon(icon("trepart"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: w.wiped.emit())
        w.wiped_message = box
        box.open()

    def resolve_conflict(self, conflict_id: str) -> None:
        from desktop.ui.syncing.conflicts import open_conflict

        open_conflict(self.window.context, conflict_id, self.window)
