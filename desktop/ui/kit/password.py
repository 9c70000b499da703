"""Unlocking: the password panel (start-up window and lock screen) and the password check dialog.

Unlocking runs Argon2id and opens the database, so it happens on the database worker; wrong
passwords get the vault's growing delay, shown as a countdown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit.errors import expected_message, show_error

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)




class PasswordField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMinimumWidth(280)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )


class PasswordCheckDialog(QDialog):
    """Asks for the vault's password and checks it (leaving hand-over, confirming)."""

    def __init__(
        self, context: AppContext, *, title: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._context = context
        info = QLabel(text, self)
        info.setWordWrap(True)
        self.password = PasswordField(self)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        label = QLabel(self.tr("&Adgangskode:"), self)
        label.setBuddy(self.password)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def check(self) -> None:
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Skriv adgangskoden."))
            return
        vault = self._context.vault
        self.buttons.setEnabled(False)

        def verify() -> bool:
            # Unlocking an unlocked vault again re-derives and replaces the same key: a real
            # check that also counts towards the growing delay.
            vault.unlock(password)
            return True

        self._context.op(self, verify, needs_store=False).success(
            lambda _ok: self.accept()
        ).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        message = expected_message(exc)
        if message is None:
            show_error(exc, parent=self)
            return
        self.message.setText(message)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.reject()
            return
        super().keyPressEvent(event)
