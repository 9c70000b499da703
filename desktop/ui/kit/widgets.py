"""Small shared widgets: keyboard-friendly tables and section headings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)


class Table(QTableView):
    """A read-only row table: Tab leaves it, Enter opens the current row (`opened`)."""

    opened = Signal(QModelIndex)

    def __init__(self, model: Any, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(accessible_name)
        self.setObjectName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        header.setDefaultSectionSize(150)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.doubleClicked.connect(self.opened)
        self._results_ready: Callable[[], bool] = lambda: True
        # Where the keyboard is must be visible: a focus ring around the table.
        self.setStyleSheet(
            "QTableView:focus { border: 2px solid #1a5fb4; }"
            "QTableView { border: 2px solid transparent; }"
        )

    def lead_from(self, field: QLineEdit, ready: Callable[[], bool] = lambda: True) -> None:
        """From a search or filter field, Down moves into the results and Enter opens the first
        (or the current) result; Enter does nothing while `ready()` says the results are not
        yet those of the text typed (a search still running)."""
        self._results_ready = ready
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            model = self.model()
            rows = model.rowCount() if model is not None else 0
            if key == Qt.Key.Key_Down and rows:
                self.setFocus()
                if not self.currentIndex().isValid():
                    self.setCurrentIndex(model.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and rows and self._results_ready():
                index = self.currentIndex() if self.currentIndex().isValid() else model.index(0, 0)
                self.setCurrentIndex(index)
                self.opened.emit(index)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        model = self.model()
        if not self.currentIndex().isValid() and model is not None and model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, 0))

    def current_row(self) -> Any:
        index = self.currentIndex()
        model = self.model()
        return model.row_at(index) if index.isValid() and hasattr(model, "row_at") else None

    def select_id(self, row_id: str | None) -> None:
        model = self.model()
        if row_id is None or not hasattr(model, "row_of_id"):
            return
        row = model.row_of_id(row_id)
        if row >= 0:
            self.setCurrentIndex(model.index(row, 0))
            self.scrollTo(model.index(row, 0))


class Heading(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None, *, size: float = 1.2) -> None:
        super().__init__(text, parent)
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * size)
        self.setFont(font)
        # A long name wraps rather than widening the window beyond a small laptop screen.
        self.setWordWrap(True)


class Muted(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #5f6368;")
