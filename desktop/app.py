"""Composition root: QApplication, logging, the crash handler, translators and the services.

`run_gui(data_dir)` is what `trepart` runs without a verb. Start-up shows the unlock window
(or, the first time, the set-up wizard) as fast as possible; the database layer is imported on
the worker thread while the user types the password.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import organisation
from desktop.services.settings import load_settings
from desktop.ui.kit import errors
from desktop.ui.kit.context import AppContext
from desktop.ui.kit.gc_guard import install_main_thread_collector
from desktop.ui.kit.i18n import install_translators
from desktop.ui.kit.icons import icon
from desktop.ui.kit.screen_fit import install_screen_fit
from desktop.ui.kit.settings import ui_settings
from desktop.ui.kit.tasks import DbWorker, install_worker
from desktop.vault import VAULT_FILE_NAME, Vault, VaultError

log = logging.getLogger(__name__)

LOG_FILE_NAME = "trepart.log"
# Libraries that would log SQL parameters or request bodies (field values) at INFO/DEBUG.
QUIET_LOGGERS = ("sqlalchemy", "alembic", "httpx", "httpcore", "urllib3")


def setup_logging(data_dir: Path) -> Path:
    """A rotating log file in <data dir>/logs. Our code never logs field values; libraries
    that could are held at WARNING."""
    logs = Path(data_dir) / "logs"
    logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = logs / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return path


def create_application(argv: list[str] | None = None) -> QApplication:
    QApplication.setApplicationName("Trepart")
    QApplication.setOrganizationName("Trepart")
    QApplication.setApplicationDisplayName("Trepart")
    QApplication.setDesktopFileName("trepart")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(icon("trepart"))
    install_screen_fit(app)
    return app


class Application(QObject):
    """Owns the context, the worker and the windows; the one place that wires them."""

    main_window_shown = Signal(object)
    unlock_window_shown = Signal(object)
    exited = Signal()

    def __init__(
        self,
        data_dir: Path,
        *,
        kdf: Any = None,
        offer_drafts: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Named dialogs (preview, conflicts, settings …) remember where they were.
            install_screen_fit(app).remember_in(lambda: ui_settings(self.data_dir))
            # Qt objects are only ever collected on this (the GUI) thread.
            install_main_thread_collector(app)
        self.kdf = kdf
        self.offer_drafts = offer_drafts
        self.settings = load_settings(self.data_dir)
        self.worker = DbWorker(self)
        install_worker(self.worker)
        self.context = AppContext(
            data_dir=self.data_dir, settings=self.settings, worker=self.worker, parent=self
        )
        self.window: Any = None
        self.unlock_window: Any = None
        self.wizard: Any = None

    # -- start -----------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the unlock window or the set-up wizard; False if the vault cannot be used."""
        if not (self.data_dir / VAULT_FILE_NAME).exists():
            self._first_run()
            return True
        try:
            vault = Vault.open(self.data_dir)
            vault.acquire_process_lock()
        except VaultError as exc:
            log.warning("Cannot open the vault: %s", type(exc).__name__)
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Trepart"), str(exc))
            box.setWindowIcon(icon("trepart"))
            box.exec()
            return False
        self.context.vault = vault
        from desktop.ui.shell.unlock import UnlockWindow

        window = UnlockWindow(self.context)
        window.panel.unlocked.connect(self._unlocked)
        window.closed.connect(self.exited)
        self.unlock_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.unlock_window_shown.emit(window)
        self._warm_up()
        return True

    def _warm_up(self) -> None:
        """Import the database layer on the worker while the user types the password."""

        def load() -> None:
            import desktop.services.session  # noqa: F401
            import desktop.services.today  # noqa: F401
            import desktop.store.queries  # noqa: F401

        self.context.op(None, load, needs_store=False).run()

    def _first_run(self) -> None:
        from desktop.ui.shell.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.context, kdf=self.kdf)
        wizard.created.connect(self._created)
        wizard.rejected.connect(self.exited)
        self.wizard = wizard
        wizard.show()

    def _created(self, session: Any, viewer: Any) -> None:
        self.wizard = None
        self.context.vault = session.vault
        self._open_main(session, viewer)

    def _unlocked(self, session: Any) -> None:
        from desktop.services.access import viewer_of

        self._open_main(session, viewer_of(session.store))
        if self.unlock_window is not None:
            self.unlock_window.hide()
            self.unlock_window.deleteLater()
            self.unlock_window = None

    def _open_main(self, session: Any, viewer: Any) -> None:
        from desktop.ui.shell.main_window import MainWindow

        self.context.start_session(session, viewer)
        window = MainWindow(self.context)
        window.finished.connect(self.exited)
        window.wiped.connect(self._wiped)
        self.window = window
        window.show()
        window.lock.idle.start()
        window.today_page.remind_today_meetings(window.app_page)
        self.main_window_shown.emit(window)
        if self.offer_drafts:
            window.offer_drafts(only_if_any=True)

    def _wiped(self) -> None:
        """The server had this device's vault erased: back to the first-run state."""
        window = self.window
        self.window = None
        if window is not None:
            window.deleteLater()
        self.context.vault = None
        self._first_run()

    # -- exit ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """After the event loop: make sure the vault is closed and the worker stopped."""
        session = self.context.session
        if session is not None:
            try:
                session.close()
            except Exception:
                log.exception("Closing the session failed")
        elif self.context.vault is not None:
            self.context.vault.release_process_lock()
        self.worker.shutdown(wait=True)


def run_gui(data_dir: Path, *, start_check: bool = False) -> int:
    """The app. `start_check`: start to the unlock window, say how long that took, and exit
    (IT's check of an installation, and of the packaged build)."""
    started = time.perf_counter()
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    app = create_application()
    root = logging.getLogger()
    for console in root.handlers:
        # The terminal keeps the level the CLI chose (-v); the log file gets INFO and up.
        if console.level == logging.NOTSET:
            console.setLevel(root.level or logging.WARNING)
    log_path = setup_logging(data_dir)
    errors.set_log_path(log_path)
    errors.install_excepthook()
    settings = load_settings(data_dir)
    language = install_translators(app, settings.language)
    org = organisation.current()
    if org.problem and start_check:
        print(org.problem, file=sys.stderr)
    elif org.problem:
        # The file IT ships is broken: say so, and start on the app's own defaults.
        box = QMessageBox(QMessageBox.Icon.Warning, app.tr("Trepart"), org.problem)
        box.setWindowIcon(icon("trepart"))
        box.exec()
    log.info("Trepart starting (language %s, platform %s)", language, app.platformName())
    app.setQuitOnLastWindowClosed(False)
    controller = Application(data_dir)
    controller.exited.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    if start_check:

        def shown(_window: object) -> None:
            print(f"unlock window shown {time.perf_counter() - started:.2f} s after the GUI"
                  " started", flush=True)
            QTimer.singleShot(0, app.quit)

        controller.unlock_window_shown.connect(shown)
    if not controller.start():
        controller.shutdown()
        return 1
    try:
        code = app.exec()
    finally:
        controller.shutdown()
    log.info("Trepart exited (%d)", code)
    return code
