"""Hand-over: the consultant gives the laptop to the citizen or the company to write their own
words in the open meeting. The window shows only that meeting (no navigation, no menus, only
Lock), the form hides what the catalogue marks unprintable and locks all but the party's fields,
and only the consultant's password gives the whole application back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit.password import PasswordCheckDialog
from desktop.ui.kit.widgets import Muted

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

class HandOverDialog(QDialog):
    """Whom the laptop is handed to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overdrag skærmen"))
        self.citizen = QRadioButton(self.tr("&Borgeren"), self)
        self.company = QRadioButton(self.tr("&Virksomheden"), self)
        self.citizen.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.citizen)
        group.addButton(self.company)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Overdrag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hvem skal skrive i referatet?"), self))
        layout.addWidget(self.citizen)
        layout.addWidget(self.company)
        layout.addWidget(
            Muted(
                self.tr(
                    "Skærmen viser derefter kun dette møde, uden helbredsnoter og uden adgang til "
                    "andre forløb. Du skal bruge din adgangskode for at afslutte overdragelsen."
                ),
                self,
            )
        )
        layout.addWidget(buttons)

    def recipient(self) -> str:
        return "virksomhed" if self.company.isChecked() else "borger"


class HandOverController(QObject):
    """Starts and ends a hand-over of the open meeting; owns the yellow bar that says so."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.bar = QFrame(window)
        self.bar.setObjectName("handoverBar")
        self.bar.setStyleSheet("#handoverBar { background: #fff4d6; }")
        row = QHBoxLayout(self.bar)
        self.label = QLabel(self.bar)
        self.label.setWordWrap(True)
        self.end_button = QPushButton(self.tr("Afslut &overdragelse …"), self.bar)
        self.end_button.clicked.connect(self.end)
        row.addWidget(QLabel(self.bar))
        row.addWidget(self.label, 1)
        row.addWidget(self.end_button)
        self.bar.setVisible(False)
        self.return_dialog: PasswordCheckDialog | None = None

    # -- the screen handed over for a signature (agreement, plan) ------------------------
    def begin_signing(self) -> None:
        """The citizen or the company contact signs on the pad: the rest of Trepart leaves the
        screen (navigation, menus, every shortcut but Lock) until the consultant's password."""
        w = self.window
        w.nav.setVisible(False)
        w.menuBar().setVisible(False)
        for a in w.actions():
            a.setEnabled(a is w.lock_action)

    def ask_back(self) -> None:
        """After the signature: the laptop goes back to the consultant, only with the password;
        cancelling asks again."""
        dialog = PasswordCheckDialog(
            self.context,
            title=self.tr("Afslut overdragelse"),
            text=self.tr(
                "Giv computeren tilbage til konsulenten. Skriv din adgangskode for at "
                "få hele Trepart tilbage."
            ),
            parent=self.window,
        )
        self.return_dialog = dialog

        def back() -> None:
            self.return_dialog = None
            self._show_everything()

        dialog.accepted.connect(back)
        dialog.rejected.connect(lambda: QTimer.singleShot(0, self.ask_back))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _show_everything(self) -> None:
        w = self.window
        w.nav.setVisible(True)
        w.menuBar().setVisible(True)
        for a in w.actions():
            a.setEnabled(True)
        w.apply_viewer()

    # -- the screen handed over for a meeting's own words --------------------------------
    def start(self) -> None:
        w = self.window
        editor = w.meeting_editor
        if editor is None or self.context.handover:
            return
        dialog = HandOverDialog(w)

        def accepted() -> None:
            recipient = dialog.recipient()
            self.context.handover = True
            self.context.handover_changed.emit(True)
            editor.enter_handover()
            w.nav.setVisible(False)
            w.menuBar().setVisible(False)
            for a in w.actions():
                a.setEnabled(a is w.lock_action)
            self.label.setText(
                self.tr(
                    "Skærmen er overdraget til borgeren. Skriv jeres bemærkninger og gem. Giv "
                    "derefter computeren tilbage."
                )
                if recipient == "borger"
                else self.tr(
                    "Skærmen er overdraget til virksomheden. Skriv jeres bemærkninger og gem. "
                    "Giv derefter computeren tilbage."
                )
            )
            self.bar.setVisible(True)
            w.select_page_widget(editor)
            w.content.setCurrentWidget(editor)
            editor.setFocus()

        dialog.accepted.connect(accepted)
        dialog.open()

    def end(self) -> None:
        if not self.context.handover:
            return
        dialog = PasswordCheckDialog(
            self.context,
            title=self.tr("Afslut overdragelse"),
            text=self.tr("Skriv din adgangskode for at få hele Trepart tilbage."),
            parent=self.window,
        )
        dialog.accepted.connect(self._leave)
        dialog.open()

    def _leave(self) -> None:
        w = self.window
        self.context.handover = False
        self.context.handover_changed.emit(False)
        if w.meeting_editor is not None:
            w.meeting_editor.leave_handover()
        self.bar.setVisible(False)
        self._show_everything()
