"""Synkronisering: what waits to be sent and whether a server is set up. Honest until the sync
engine plugs into the SyncStatusSource."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.sync_status import SyncStatus
from desktop.ui.status import describe_connection, describe_last_sync, describe_pending
from desktop.ui.widgets import Heading, Muted


class SyncPage(QWidget):
    sync_requested = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._context = context
        self.connection = QLabel(self)
        self.pending = QLabel(self)
        self.last_sync = QLabel(self)
        self.server = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a61b1b;")
        for label, name in (
            (self.connection, self.tr("Forbindelse")),
            (self.pending, self.tr("Ændringer der venter")),
            (self.last_sync, self.tr("Seneste synkronisering")),
            (self.server, self.tr("Server")),
        ):
            label.setAccessibleName(name)
        self.problems = QLabel(self)
        self.problems.setAccessibleName(self.tr("Afviste ændringer"))
        self.button = QPushButton(self.tr("&Synkronisér nu"), self)
        self.button.clicked.connect(self.sync_requested)
        # True once something (the sync engine's UI) is connected to `sync_requested`.
        self.sync_available = False
        form = QFormLayout()
        form.addRow(self.tr("Forbindelse:"), self.connection)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Venter på at blive sendt:"), self.pending)
        form.addRow(self.tr("Seneste synkronisering:"), self.last_sync)
        form.addRow(self.tr("Afvist af serveren:"), self.problems)
        self.explanation = Muted("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Synkronisering"), self, size=1.5))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.explanation)
        layout.addWidget(self.button)
        layout.addStretch(1)
        context.sync_status.changed.connect(self.show_status)
        self.show_status(context.sync_status.status)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._context.sync_status.refresh()

    def show_status(self, status: SyncStatus) -> None:
        self.connection.setText(describe_connection(status))
        self.pending.setText(describe_pending(status))
        self.last_sync.setText(describe_last_sync(status))
        self.server.setText(status.server or self.tr("Ikke sat op endnu"))
        self.error.setText(status.error or "")
        self.error.setVisible(bool(status.error))
        self.problems.setText(str(status.problems))
        self.button.setEnabled(status.configured and self.sync_available)
        self.button.setVisible(self.sync_available)
        if not status.configured:
            self.explanation.setText(self.tr(
                "Synkronisering med kommunens server er ikke sat op på denne computer endnu. "
                "Alt, du gemmer, ligger i den krypterede database på computeren, og "
                "ændringerne står i kø, så de kan sendes, når synkroniseringen er sat op."))
        elif self.sync_available:
            self.explanation.setText(self.tr(
                "Ændringer sendes til serveren, når der er forbindelse. Alt, du gemmer, ligger "
                "sikkert i den krypterede database på computeren imens."))
        else:
            self.explanation.setText(self.tr(
                "Computeren er logget ind på serveren. Synkronisering startes indtil videre "
                "med kommandoen 'trepart sync'; alt, du gemmer, står i kø til den."))
