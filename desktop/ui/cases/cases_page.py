"""Forløb: every case the viewer may see, searchable as you type, sortable, filterable."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.labels import choices
from desktop.services import cases as case_service
from desktop.services.changes import Changes
from desktop.ui.kit.fields import ChoiceBox
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import CaseTableModel
from desktop.ui.kit.widgets import Heading, Muted, Table
from sync.protocol.vocabulary import CaseStatus, Scheme

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)
RELEVANT = ("case", "citizen", "company")
LOADING_RELOAD_MS = 5000  # how often the list is read again while an initial sync loads




class CasesPage(QWidget):
    open_case = Signal(str)
    new_case = Signal()
    # For the benchmark and tests: a search result has been applied to the list.
    search_applied = Signal(str)
    rows_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self._context = context
        self._stale = True
        self._loaded = False
        self._search_running = False
        self._wanted_text = ""
        self._applied_text = ""

        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Søg i navn, virksomhed, noter … (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Søg i forløb"))
        search_label = QLabel(self.tr("&Søg:"), self)
        search_label.setBuddy(self.search)
        self.status = ChoiceBox(
            [(c, vocab(lbl)) for c, lbl in choices(CaseStatus)],
            empty=self.tr("Alle statusser"),
            parent=self,
        )
        self.status.setAccessibleName(self.tr("Status"))
        status_label = QLabel(self.tr("St&atus:"), self)
        status_label.setBuddy(self.status)
        self.scheme = ChoiceBox(
            [(c, vocab(lbl)) for c, lbl in choices(Scheme)],
            empty=self.tr("Alle ordninger"),
            parent=self,
        )
        self.scheme.setAccessibleName(self.tr("Ordning"))
        scheme_label = QLabel(self.tr("&Ordning:"), self)
        scheme_label.setBuddy(self.scheme)
        self.consultant = ChoiceBox([], empty=self.tr("Alle konsulenter"), parent=self)
        for combo in (self.status, self.scheme, self.consultant):
            combo.setSizeAdjustPolicy(ChoiceBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.consultant.setAccessibleName(self.tr("Konsulent"))
        consultant_label = QLabel(self.tr("&Konsulent:"), self)
        consultant_label.setBuddy(self.consultant)
        self.new_button = QPushButton(self.tr("&Nyt forløb …"), self)
        self.new_button.setToolTip(self.tr("Opret et nyt forløb (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)

        self.model = CaseTableModel(self)
        self.table = Table(self.model, self.tr("Forløb"), self)
        self.table.opened.connect(self._open)
        self.table.lead_from(self.search, ready=self._results_match_search)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((210, 250, 200, 90, 140, 100, 100)):
            self.table.setColumnWidth(column, width)
        self.count = Muted("", self)
        self.count.setAccessibleName(self.tr("Antal forløb"))

        self.search.textChanged.connect(self._search_changed)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.scheme.currentIndexChanged.connect(self._filters_changed)
        self.consultant.currentIndexChanged.connect(self._filters_changed)
        context.changed.connect(self.on_changes)
        context.search_ready.connect(self._search_now)
        context.search_progress.connect(self._show_progress)
        context.locked_changed.connect(self._locked)
        context.sync_status.changed.connect(self._sync_status_changed)
        # An initial sync is loading (SyncStatus.loading): the list is read again every few
        # seconds while shown, and search looks in the names of what has arrived so far.
        self._loading = False
        self._loading_timer = QTimer(self)
        self._loading_timer.setInterval(LOADING_RELOAD_MS)
        self._loading_timer.timeout.connect(self._reload_while_loading)

        top = QHBoxLayout()
        top.addWidget(Heading(self.tr("Forløb"), self, size=1.5), 1)
        top.addWidget(self.new_button)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status, 1)
        filters.addWidget(scheme_label)
        filters.addWidget(self.scheme, 1)
        filters.addWidget(consultant_label)
        filters.addWidget(self.consultant, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.scheme)
        self.setTabOrder(self.scheme, self.consultant)
        self.setTabOrder(self.consultant, self.table)
        self.setTabOrder(self.table, self.new_button)

    # -- loading ---------------------------------------------------------------------------
    def apply_viewer(self) -> None:
        self.new_button.setVisible(self._context.viewer.may_edit_people)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*RELEVANT):
            self._stale = True
            if self.isVisible() or self._loaded:
                self.reload()
        elif changes.touches("meeting", "action_item") and self._applied_text:
            # New notes may make a case match (or stop matching) the current search.
            self._wanted_text = self.search.text()
            self._search_now()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def _locked(self, locked: bool) -> None:
        if locked:
            self._stale = True
            self._loaded = False
            self._search_running = False

    def reload(self) -> None:
        if not self._context.unlocked:
            return
        self._stale = False
        viewer = self._context.viewer

        def load(store: Any) -> tuple[list[case_service.CaseRow], list[str]]:
            return (
                case_service.list_cases(store, viewer=viewer),
                case_service.list_consultants(store, viewer=viewer),
            )

        self._context.op(self, load).success(self._show_rows).run()

    def _show_rows(self, result: tuple[list[case_service.CaseRow], list[str]]) -> None:
        rows, consultants = result
        current = self.table.current_row()
        self.model.set_rows(rows)
        self._fill_consultants(consultants)
        self._loaded = True
        if current is not None:
            self.table.select_id(current.id)
        self._show_count()
        if self._loading and self._wanted_text.strip():
            self._search_now()  # the names of the cases that arrived meanwhile
        self.rows_loaded.emit()

    def _fill_consultants(self, consultants: list[str]) -> None:
        chosen = self.consultant.value()
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(self.tr("Alle konsulenter"), None)
        for name in consultants:
            self.consultant.addItem(name, name)
        self.consultant.set_value(chosen)
        self.consultant.blockSignals(False)

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            text = self.tr("%n forløb", "", total)
        else:
            text = self.tr("Viser %1 af %2 forløb").replace("%1", str(shown)).replace(
                "%2", str(total))
        if self._loading:
            text += " " + self.tr(
                "– forløbene hentes stadig fra serveren; søgningen finder foreløbig kun navne på "
                "dem, der er hentet")
        self.count.setText(text)

    def _sync_status_changed(self, status: Any) -> None:
        loading = bool(getattr(status, "loading", False))
        if loading == self._loading:
            return
        self._loading = loading
        if loading:
            self._loading_timer.start()
        else:
            self._loading_timer.stop()
        self._show_count()

    def _reload_while_loading(self) -> None:
        if self._loading and self.isVisible() and self._context.unlocked:
            self.reload()

    # -- filtering and search -------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.model.apply_filters(
            status=self.status.value(),
            scheme=self.scheme.value(),
            consultant=self.consultant.value(),
        )
        self._show_count()

    def _results_match_search(self) -> bool:
        """The list shows the results of exactly what is in the search field."""
        text = self.search.text()
        return not text.strip() or (not self._search_running and self._applied_text == text)

    def _search_changed(self, text: str) -> None:
        self._wanted_text = text
        if not text.strip():
            self._apply_search(text, None)
            return
        self._search_now()

    def _show_progress(self, have: int, total: int) -> None:
        if self._wanted_text.strip() and not self._context.search_is_ready:
            self.count.setText(
                self.tr("Forbereder søgning … (%1 af %2 forløb)")
                .replace("%1", str(have))
                .replace("%2", str(total))
            )

    def _search_now(self) -> None:
        """Run the newest text; while a search runs, only the newest waiting text follows."""
        text = self._wanted_text
        if not text.strip() or self._search_running or not self._context.unlocked:
            return
        if not self._context.search_is_ready or self._loading:
            # Until the word index is built (seconds, in the background after unlocking), and
            # while an initial sync loads (the index is built again at its end), names in the
            # list itself already answer; search_ready runs the full search.
            self._apply_search(text, self._name_matches(text), partial=not self._loading)
            return
        index = self._context.search_index
        self._search_running = True
        self._context.op(self, lambda store: index.audited_search(store, text)).success(
            self._search_done
        ).failure(self._search_failed).run()

    def _search_done(self, result: Any) -> None:
        self._search_running = False
        if result.text == self._wanted_text:
            self._apply_search(result.text, result.case_ids)
        else:
            self._search_now()

    def _search_failed(self, exc: BaseException) -> None:
        self._search_running = False
        self._context.report_error(exc)

    def _name_matches(self, text: str) -> frozenset[str]:
        from desktop.services.case_search import words_of

        words = words_of(text)
        found = set()
        for row in self.model._all:
            names = words_of(f"{row.citizen_name} {row.company_name} {row.title}")
            if all(any(name.startswith(w) for name in names) for w in words):
                found.add(row.id)
        return frozenset(found)

    def _apply_search(self, text: str, case_ids: frozenset[str] | None, *,
                      partial: bool = False) -> None:
        current = self.table.current_row()
        self._applied_text = text if case_ids is not None else ""
        self.model.apply_filters(search_ids=case_ids)
        if current is not None:
            self.table.select_id(current.id)
        self._show_count()
        if partial:
            self.count.setText(self.count.text() + " " + self.tr(
                "(søger foreløbig kun i navne; noter kommer med om et øjeblik)"))
            return
        self.search_applied.emit(text)

    # -- opening ---------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_case.emit(row.id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
