"""Errors as clear Danish messages, with details and the log file's path for IT.

Two kinds: expected errors carry a message for the user (wrong password, disk full, no access,
invalid data) and are shown as such; anything else is a bug: the traceback goes to the log file
(never field values: the exception's message is left out of the log) and the user sees what
happened, that nothing was lost, and where the log is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.lifecycle import FrozenDocumentError
from desktop.domain.problems import ValidationError
from desktop.ui.kit.i18n import problem_text

log = logging.getLogger(__name__)
_log_path: Path | None = None
_open_boxes: set[QMessageBox] = set()




def set_log_path(path: Path | None) -> None:
    global _log_path
    _log_path = path


def log_path() -> Path | None:
    return _log_path


def expected_message(exc: BaseException) -> str | None:
    """The user-facing message of an error we expect, or None for a bug."""
    from desktop.services.access import AccessDenied
    from desktop.vault import UnlockThrottled, VaultError, VaultInUse, WrongPassword

    if isinstance(exc, WrongPassword):
        return QCoreApplication.translate("errors", "Forkert adgangskode.")
    if isinstance(exc, UnlockThrottled):
        seconds = max(1, int(exc.seconds_left + 0.999))
        return _throttled(seconds)
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "errors",
            "Trepart har allerede dataene i %1 åbne i et andet vindue. Luk det andet "
            "vindue og prøv igen.",
        ).replace("%1", str(exc.data_dir))
    if isinstance(exc, ValidationError):
        return "\n".join(problem_text(p) for p in exc.problems)
    if isinstance(exc, VaultError | AccessDenied | FrozenDocumentError):
        return str(exc)
    store_error = _store_error_type()
    if store_error is not None and isinstance(exc, store_error):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        return QCoreApplication.translate(
            "errors", "Filen kunne ikke læses eller skrives (%1)."
        ).replace("%1", exc.strerror or type(exc).__name__)
    return None


def _throttled(seconds: int) -> str:
    return QCoreApplication.translate(
        "errors", "For mange forkerte forsøg. Prøv igen om %n sekund(er).", "", seconds
    )


def _store_error_type() -> type[BaseException] | None:
    module = sys.modules.get("desktop.store.errors")
    return getattr(module, "StoreError", None) if module else None


def safe_traceback(exc: BaseException) -> str:
    """The traceback without the exception's message: messages may hold field values."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    chain = ""
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        chain = f"\nForårsaget af {type(cause).__module__}.{type(cause).__qualname__}\n" + "".join(
            traceback.format_tb(cause.__traceback__)
        )
    return f"{frames}{type(exc).__module__}.{type(exc).__qualname__}{chain}"


def full_traceback(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def _active_parent() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.activeWindow()


def show_error(
    exc: BaseException, *, parent: QWidget | None = None, title: str | None = None
) -> None:
    """Show any error to the user in Danish; bugs also get the details and the log path."""
    parent = parent or _active_parent()
    message = expected_message(exc)
    box = QMessageBox(parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Trepart"))
    if message is not None:
        log.info("Shown to user: %s.%s", type(exc).__module__, type(exc).__qualname__)
        box.setText(message)
    else:
        log.error("Unexpected error\n%s", safe_traceback(exc))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "errors",
                "Der opstod en uventet fejl. Det, du har gemt, er ikke gået tabt, og "
                "åbne formularer gemmes løbende som kladder.",
            )
        )
        where = (
            str(_log_path) if _log_path else QCoreApplication.translate("errors", "(ingen logfil)")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "errors", "Hvis fejlen gentager sig, så send logfilen til IT:\n%1"
            ).replace("%1", where)
        )
        # The details are shown on screen only (they may name data); the log file has no values.
        box.setDetailedText(full_traceback(exc))
    box.setAccessibleName(box.windowTitle())
    # Without a parent nothing else keeps the box alive until the user has read it.
    _open_boxes.add(box)
    box.finished.connect(lambda _r: _open_boxes.discard(box))
    box.open()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions (in slots, timers, callbacks) to the log and a dialog."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            show_error(exc)
        except Exception:  # the dialog itself failed: at least keep the log
            log.critical("Error dialog failed\n%s", safe_traceback(exc))

    sys.excepthook = hook
    return previous
