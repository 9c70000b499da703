"""Every window fits the screen it opens on.

Municipal laptops are 1366×768 (often at 125 % scaling, 1093×614 logical pixels) or 1280×720.
A window's preferred or remembered size may be larger than that, or a remembered position may
lie on a screen that is no longer there. One application-wide event filter clamps every
top-level window and dialog to the available geometry of its screen when it is shown, so no form,
preview or message reaches beyond the screen edge; the content scrolls instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen the window is on, else the one under its centre, else the primary one."""
    centre = widget.frameGeometry().center()
    return (
        QGuiApplication.screenAt(centre)
        or (widget.screen() if widget.screen() is not None else None)
        or QGuiApplication.primaryScreen()
    )


def fitted(frame: QRect, available: QRect) -> QRect:
    """`frame` moved (and shrunk if it must) to lie inside `available`."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.left()), available.right() + 1 - width)
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - height)
    return QRect(x, y, width, height)


def fit_to_screen(window: QWidget) -> None:
    screen = screen_of(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    target = fitted(frame, available)
    if target == frame:
        return
    # The frame (title bar, borders) is outside the widget's own geometry.
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    if target.size() != frame.size():
        window.resize(
            max(window.minimumWidth(), target.width() - extra_w),
            max(window.minimumHeight(), target.height() - extra_h),
        )
    window.move(target.topLeft())


def _remembers_itself(widget: QWidget) -> bool:
    """Windows that keep their own geometry (the main window, the forms), and messages."""
    return (
        isinstance(widget, QMainWindow | QMessageBox)
        or hasattr(widget, "controller")
        or not widget.objectName()
    )


class ScreenFit(QObject):
    """Clamps each top-level window to its screen as it is shown; a named dialog's geometry is
    remembered between openings (in the data dir's ui.ini, see `remember_in`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings: Callable[[], QSettings] | None = None

    def remember_in(self, settings: Callable[[], QSettings]) -> None:
        self._settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide):
            return False
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        remember = (
            self._settings is not None
            and isinstance(watched, QDialog)
            and not _remembers_itself(watched)
        )
        key = f"{watched.objectName()}/geometry"
        if kind == QEvent.Type.Hide:
            if remember and self._settings is not None:
                self._settings().setValue(key, watched.saveGeometry())
            return False
        if remember and self._settings is not None and not watched.property("geometryRestored"):
            watched.setProperty("geometryRestored", True)
            geometry = self._settings().value(key)
            if isinstance(geometry, QByteArray | bytes) and geometry:
                watched.restoreGeometry(geometry)
        fit_to_screen(watched)
        # Again once the window has laid itself out and restored a remembered geometry.
        QTimer.singleShot(0, watched, lambda: fit_to_screen(watched))
        return False


def install_screen_fit(app: QApplication) -> ScreenFit:
    existing = app.findChild(ScreenFit)
    if existing is not None:
        return existing
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit
