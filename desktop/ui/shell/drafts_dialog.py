"""After a crash or kill: the drafts left behind, offered for restoring."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.services.drafts import DraftInfo
from desktop.ui.kit.models import DraftModel
from desktop.ui.kit.widgets import Heading, Muted, Table


class DraftRestoreDialog(QDialog):
    restore = Signal(object)  # DraftInfo
    discard = Signal(object)  # DraftInfo

    def __init__(self, drafts: list[DraftInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftRestoreDialog")
        self.setWindowTitle(self.tr("Gendan kladder"))
        self.model = DraftModel(self)
        self.model.set_rows(drafts)
        self.table = Table(self.model, self.tr("Kladder"), self)
        self.table.opened.connect(lambda _i: self._restore())
        self.restore_button = QPushButton(self.tr("&Gendan"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button = QPushButton(self.tr("&Kassér"), self)
        self.discard_button.clicked.connect(self._discard)
        self.later_button = QPushButton(self.tr("&Senere"), self)
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Der er formularer, der ikke blev gemt"), self))
        layout.addWidget(
            Muted(
                self.tr(
                    "Trepart blev lukket, mens disse formularer var åbne. Det indtastede er gemt "
                    "krypteret som kladder. Vælg en kladde og gendan den, eller kassér den."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)
        if drafts:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def _selected(self) -> DraftInfo | None:
        return self.table.current_row()

    def _restore(self) -> None:
        draft = self._selected()
        if draft is not None:
            self.restore.emit(draft)
            self.accept()

    def _discard(self) -> None:
        draft = self._selected()
        if draft is None:
            return
        self.discard.emit(draft)
        rows = [r for r in self.model.rows if r.key != draft.key]
        self.model.set_rows(rows)
        if not rows:
            self.accept()
        else:
            self.table.setCurrentIndex(self.model.index(0, 0))
