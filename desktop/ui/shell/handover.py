"""The main window: navigation (I dag, Forløb, Virksomheder, Borgere, Synkronisering), pages,
the open case and meeting, menus with shortcuts, the status bar, locking and hand-over.

The window routes the pages' requests (open a case, a meeting, an editor); pages never call
each other.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kit.widgets import Muted

log = logging.getLogger(__name__)

PAGE_TODAY, PAGE_CASES, PAGE_COMPANIES, PAGE_CITIZENS, PAGE_SYNC = range(5)
ROLE_PAGE = Qt.ItemDataRole.UserRole + 1




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
