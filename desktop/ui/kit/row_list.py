"""A list input of rows added and removed in place (participants, contacts, accommodations,
hours periods): one place for adding, removing, renumbering and saying that it changed.

A row is a widget with `removed(row)` and `changed()` signals, and `set_number(n)` if its
accessible names carry its number."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class RowList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.rows_layout = QVBoxLayout()

    def append_row(self, row: Any, *, focus: QWidget | None = None, mark: bool = True) -> Any:
        row.removed.connect(self._remove)
        row.changed.connect(self.changed)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        if focus is not None:
            focus.setFocus()
        if mark:
            self.changed.emit()
        return row

    def _remove(self, row: Any) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        for i, other in enumerate(self.rows, start=1):
            if hasattr(other, "set_number"):
                other.set_number(i)
        self.changed.emit()

    def clear_rows(self) -> None:
        """Every row out (before loading new values); says nothing changed."""
        for row in list(self.rows):
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []

    def row_values(self) -> Sequence[Any]:
        return [row.value() for row in self.rows]
