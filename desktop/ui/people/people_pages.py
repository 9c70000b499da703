"""Virksomheder and Borgere: lists with an instant filter; Enter opens the details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services import people as people_service
from desktop.services.changes import Changes
from desktop.ui.kit.models import CitizenModel, CompanyModel, RowTableModel
from desktop.ui.kit.widgets import Heading, Muted, Table

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext


class ListPage(QWidget):
    """A heading, a filter box and a table; subclasses load rows and open them."""

    opened = Signal(str)
    relevant: tuple[str, ...] = ()

    def __init__(
        self, context: AppContext, model: RowTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        self.model = model
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filtrér listen"))
        self.filter.setPlaceholderText(self.tr("Filtrér …"))
        filter_label = QLabel(self.tr("F&iltrér:"), self)
        filter_label.setBuddy(self.filter)
        self.table = Table(model, "", self)
        self.table.lead_from(self.filter)
        self.table.opened.connect(self._open)
        self.count = Muted("", self)
        self.new_button = QPushButton(self)
        self.new_button.setVisible(False)
        top = QHBoxLayout()
        self.heading = Heading("", self, size=1.5)
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self._filter)
        context.changed.connect(self.on_changes)
        context.locked_changed.connect(lambda locked: locked and setattr(self, "_stale", True))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.relevant):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        if not self._context.unlocked:
            return
        self._stale = False
        viewer = self._context.viewer
        self._context.op(self, lambda store: self.load(store, viewer)).success(self._show).run()

    def set_title(self, title: str) -> None:
        self.heading.setText(title)
        self.table.setAccessibleName(title)

    def load(self, store: Any, viewer: Any) -> list[Any]:
        raise NotImplementedError

    def _show(self, rows: list[Any]) -> None:
        current = self.table.current_row()
        self.model.set_rows(rows)
        self._filter(self.filter.text())
        if current is not None:
            self.table.select_id(current.id)
        self.table.resizeColumnsToContents()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        matches = getattr(self.model, "matches", None)
        if not words or matches is None:
            self.model.set_filter(None)
        else:
            self.model.set_filter(lambda row: matches(row, words))
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            self.tr("Viser %1 af %2").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.opened.emit(row.id)


class CompaniesPage(ListPage):
    relevant = ("company", "case")
    new_company = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, CompanyModel(), parent)
        self.model.setParent(self)
        self.set_title(self.tr("Virksomheder"))
        self.setObjectName("companiesPage")
        self.new_button.setText(self.tr("Ny &virksomhed …"))
        self.new_button.clicked.connect(self.new_company)

    def apply_viewer(self) -> None:
        self.new_button.setVisible(self._context.viewer.may_edit_people)

    def load(self, store: Any, viewer: Any) -> list[Any]:
        return people_service.list_companies(store, viewer=viewer)


class CitizensPage(ListPage):
    relevant = ("citizen", "case")

    def __init__(
        self, context: AppContext, *, show_cpr: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, CitizenModel(show_cpr=show_cpr), parent)
        self.model.setParent(self)
        self.set_title(self.tr("Borgere"))
        self.setObjectName("citizensPage")

    def apply_viewer(self) -> None:
        pass

    def load(self, store: Any, viewer: Any) -> list[Any]:
        return people_service.list_citizens(store, viewer=viewer)
