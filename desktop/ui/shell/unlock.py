"""Unlocking: the password panel (start-up window and lock screen) and the password check dialog.

Unlocking runs Argon2id and opens the database, so it happens on the database worker; wrong
passwords get the vault's growing delay, shown as a countdown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit.errors import expected_message, show_error
from desktop.ui.kit.icons import icon
from desktop.ui.kit.password import PasswordField

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)




class UnlockPanel(QWidget):
    """Password in, a Session out (`unlocked`). Used at start-up and as the lock screen."""

    unlocked = Signal(object)  # desktop.services.session.Session

    def __init__(
        self, context: AppContext, *, locked_screen: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self._context = context
        self._busy = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)

        logo = QLabel(self)
        logo.setPixmap(icon("trepart").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setMinimumHeight(84)
        title = QLabel(self.tr("Trepart er låst") if locked_screen else self.tr("Lås Trepart op"))
        title.setObjectName("unlockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info = QLabel(
            self.tr(
                "Skriv din adgangskode for at åbne dine forløb. Dataene er "
                "krypteret på denne computer."
            )
        )
        info.setWordWrap(True)
        info.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.password = PasswordField(self)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.password.setPlaceholderText(self.tr("Adgangskode"))
        label = QLabel(self.tr("&Adgangskode:"), self)
        label.setBuddy(self.password)
        self.button = QPushButton(self.tr("&Lås op"), self)
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.setAccessibleName(self.tr("Besked"))
        self.password.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(logo)
        inner.addWidget(title)
        inner.addWidget(info)
        inner.addSpacing(8)
        inner.addWidget(label)
        inner.addWidget(self.password)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        folder = QLabel(self.tr("Datamappe: %1").replace("%1", str(context.data_dir)))
        folder.setWordWrap(True)
        folder.setStyleSheet("color: #5f6368;")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(folder)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.password)
        self._tick()

    def submit(self) -> None:
        if self._busy or not self.button.isEnabled():
            return
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Skriv din adgangskode."))
            return
        vault = self._context.vault
        self._busy = True
        self.button.setEnabled(False)
        self.password.setEnabled(False)
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(self.tr("Låser op …"))

        def unlock() -> Any:
            from desktop.services import session as sessions

            return sessions.unlock(vault, password)

        self._context.op(self, unlock, needs_store=False).success(self._done).failure(
            self._failed
        ).run()

    def _done(self, session: Any) -> None:
        self._busy = False
        self.password.clear()
        self.message.clear()
        self.password.setEnabled(True)
        self.button.setEnabled(True)
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.password.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self.message.setStyleSheet("color: #a61b1b;")
        message = expected_message(exc)
        if message is None:
            self.message.setText(self.tr("Der opstod en fejl under oplåsningen."))
            self.button.setEnabled(True)
            show_error(exc, parent=self)
            return
        self.message.setText(message)
        self.button.setEnabled(True)
        self._tick()

    def _tick(self) -> None:
        vault = self._context.vault
        wait = vault.retry_after() if vault is not None else 0.0
        if wait > 0:
            seconds = max(1, int(wait + 0.999))
            self.button.setEnabled(False)
            self.message.setStyleSheet("color: #a61b1b;")
            self.message.setText(
                self.tr("For mange forkerte forsøg. Prøv igen om %n sekund(er).", "", seconds)
            )
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            if not self._busy:
                self.button.setEnabled(True)
                self.message.setText(self.tr("Du kan prøve igen nu."))


class UnlockWindow(QWidget):
    """The first window at start-up: the unlock panel alone."""

    closed = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Trepart"))
        self.setWindowIcon(icon("trepart"))
        self.panel = UnlockPanel(context, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(560, 520)
        self.panel.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()
        self.closed.emit()
