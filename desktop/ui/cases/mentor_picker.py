"""The case's mentors, picked from the team's mentors as the server lists them (kept in the
vault, so the list works offline); typed only when no list has been fetched yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui.kit.fields import LineEdit
from desktop.ui.kit.widgets import Muted


class MentorPicker(QWidget):
    """value() is the list of user names checked (or typed, without a team list)."""

    changed = Signal()

    def __init__(self, team_mentors: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._team = sorted({m.strip().lower() for m in team_mentors if m.strip()})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Teamets mentorer"))
        self.list.setMaximumHeight(110)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.typed = LineEdit(self)
        self.typed.setPlaceholderText(self.tr("brugernavne adskilt af komma"))
        self.typed.setAccessibleName(self.tr("Mentorernes brugernavne"))
        self.typed.textChanged.connect(lambda _t: self.changed.emit())
        self.note = Muted(
            self.tr(
                "Listen over teamets mentorer hentes ved næste synkronisering; indtil da "
                "skrives brugernavnet."
            ),
            self,
        )
        layout.addWidget(self.list)
        layout.addWidget(self.typed)
        layout.addWidget(self.note)
        has_list = bool(self._team)
        self.list.setVisible(has_list)
        self.typed.setVisible(not has_list)
        self.note.setVisible(not has_list)
        self.setFocusProxy(self.list if has_list else self.typed)
        self._fill([])

    def _fill(self, chosen: Sequence[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        # The case's current mentors stay listed even if they left the team's list.
        for name in sorted(set(self._team) | set(chosen)):
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked
            )
        self.list.blockSignals(False)

    def value(self) -> list[str]:
        if not self._team:
            return [m.strip().lower() for m in self.typed.text().split(",") if m.strip()]
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, mentors: list[str] | None) -> None:
        chosen = [m.strip().lower() for m in mentors or [] if m.strip()]
        self._fill(chosen)
        self.typed.blockSignals(True)
        self.typed.setText(", ".join(chosen))
        self.typed.blockSignals(False)

    def set_read_only(self, read_only: bool) -> bool:
        self.list.setEnabled(not read_only)
        self.typed.setReadOnly(read_only)
        return True
