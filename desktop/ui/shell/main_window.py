"""The main window, the shell: navigation (I dag, Forløb, Virksomheder, Borgere,
Synkronisering), pages, the open case, menus with shortcuts, the status bar and locking.

The window routes the pages' requests (open a case, a meeting, a form); pages never call each
other. What it routes to lives beside it: forms.py opens the dialog forms, meeting_host.py holds
the open meeting, drafts.py offers and restores drafts, handover.py hands the screen over,
sync_wiring.py follows the sync.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import drafts as draft_service
from desktop.services.changes import Changes
from desktop.services.settings import save_settings
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.kit.icons import icon
from desktop.ui.kit.settings import ui_settings
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.people.people_pages import CitizensPage, CompaniesPage
from desktop.ui.shell.case_page import CaseView
from desktop.ui.shell.drafts import DraftOffer
from desktop.ui.shell.forms import FormOpener
from desktop.ui.shell.handover import HandOverController
from desktop.ui.shell.lock import LockController
from desktop.ui.shell.meeting_host import MeetingHost
from desktop.ui.shell.menus import Menus
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.shell.status_bar import StatusBar
from desktop.ui.shell.sync_wiring import SyncWiring
from desktop.ui.shell.unlock import UnlockPanel
from desktop.ui.syncing.controller import SyncController
from desktop.ui.syncing.sync_page import SyncPage
from desktop.ui.today.today import TodayPage

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)

PAGE_TODAY, PAGE_CASES, PAGE_COMPANIES, PAGE_CITIZENS, PAGE_SYNC = range(5)
ROLE_PAGE = Qt.ItemDataRole.UserRole + 1




class MainWindow(QMainWindow):
    # For tests and the benchmark: the first page has its data.
    ready = Signal()
    # Everything is saved and the vault closed: the application may exit.
    finished = Signal()
    # The server had the vault erased; the user has been told. Back to the first-run wizard.
    wiped = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.setWindowTitle(self.tr("Trepart"))
        self.setWindowIcon(icon("trepart"))
        self.case_view: CaseView | None = None
        self.meeting_editor: MeetingEditor | None = None
        self._return_to: QWidget | None = None
        self._history: list[QWidget] = []  # pages shown before, for Alt+Left
        self._back = False
        self._close_told = False  # told that unsaved forms are kept as drafts
        self.close_question: QMessageBox | None = None
        self._ready_emitted = False
        self.closing = False

        viewer = context.viewer
        self.today_page = TodayPage(context, self)
        self.cases_page = CasesPage(context, self)
        self.companies_page = CompaniesPage(context, self)
        self.citizens_page = CitizensPage(
            context, show_cpr="cpr" not in _hidden_citizen(viewer), parent=self
        )
        self.sync_page = SyncPage(context, self)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMaximumWidth(280)
        self.nav.setMinimumWidth(180)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(self.nav.iconSize() * 1.25)
        self.nav.setSpacing(2)
        self.content = QStackedWidget(self)
        self.content.setObjectName("content")
        for page_id, (page, text, icon_name) in enumerate(
            (
                (self.today_page, self.tr("I dag"), "today"),
                (self.cases_page, self.tr("Forløb"), "cases"),
                (self.companies_page, self.tr("Virksomheder"), "companies"),
                (self.citizens_page, self.tr("Borgere"), "citizens"),
                (self.sync_page, self.tr("Synkronisering"), "sync"),
            )
        ):
            self.content.addWidget(page)
            item = QListWidgetItem(icon(icon_name), text)
            item.setData(ROLE_PAGE, page_id)
            item.setToolTip(
                self.tr("%1 (Alt+%2)").replace("%1", text).replace("%2", str(page_id + 1))
            )
            self.nav.addItem(item)
        self.case_item: QListWidgetItem | None = None
        self.nav.currentItemChanged.connect(self._nav_changed)

        self.handover = HandOverController(self)
        context.handover_host = self.handover

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        app_page = QWidget(self)
        app_layout = QVBoxLayout(app_page)
        app_layout.setContentsMargins(0, 0, 0, 0)
        app_layout.addWidget(self.handover.bar)
        app_layout.addWidget(self.splitter, 1)
        self.app_page = app_page
        self.root = QStackedWidget(self)
        self.root.addWidget(app_page)
        self.setCentralWidget(self.root)
        self.lock_panel: UnlockPanel | None = None

        self.status = StatusBar(context, self)
        self.setStatusBar(self.status)
        self.lock = LockController(context, self)
        self.sync = SyncController(context, self)
        self.conflict_dialog: Any = None
        self.forms = FormOpener(self)
        self.meetings = MeetingHost(self)
        self.drafts = DraftOffer(self)
        self.sync_wiring = SyncWiring(self)
        # The window's verbs, for the pages, the menus and the tests.
        self.new_case = self.forms.new_case
        self.edit_case = self.forms.edit_case
        self.open_citizen = self.forms.open_citizen
        self.open_company = self.forms.open_company
        self.new_company = self.forms.new_company
        self.new_screening = self.forms.new_screening
        self.open_meeting = self.meetings.open_meeting
        self.new_meeting = self.meetings.new_meeting
        self.show_meeting = self.meetings.show_meeting
        self.offer_drafts = self.drafts.offer
        self.restore_draft = self.drafts.restore
        self.start_handover = self.handover.start
        self.end_handover = self.handover.end
        self.sync_now = self.sync_wiring.sync_now
        self.refresh_and_sync = self.sync_wiring.refresh_and_sync
        self.resolve_conflict = self.sync_wiring.resolve_conflict
        self.menus = Menus(self)

        self.today_page.open_case.connect(self.open_case)
        self.today_page.open_company.connect(self.open_company)
        self.today_page.open_meeting.connect(self.open_meeting)
        self.today_page.new_meeting.connect(self.new_meeting)
        self.cases_page.open_case.connect(self.open_case)
        self.cases_page.new_case.connect(self.new_case)
        self.companies_page.opened.connect(self.open_company)
        self.companies_page.new_company.connect(self.new_company)
        self.citizens_page.opened.connect(self.open_citizen)
        context.changed.connect(self._on_changes)
        self.today_page.loaded.connect(self._first_data)

        self.nav.setCurrentRow(PAGE_TODAY)
        self.apply_viewer()
        self._restore_geometry()

    # -- setup -----------------------------------------------------------------------------
    def apply_viewer(self) -> None:
        viewer = self.context.viewer
        may_edit = viewer.may_edit_people
        self.new_case_action.setEnabled(may_edit)
        self.edit_case_action.setEnabled(may_edit)
        self.screening_action.setEnabled(may_edit)
        self.effect_report_action.setEnabled(not viewer.is_mentor)
        self.cases_page.apply_viewer()
        self.companies_page.apply_viewer()

    def _restore_geometry(self) -> None:
        settings = ui_settings(self.context.data_dir)
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)  # clamped to the screen when shown (kit.screen_fit)
        state = settings.value("main/splitter")
        if isinstance(state, QByteArray | bytes) and state:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([210, 1070])
        header = settings.value("cases/header")
        if isinstance(header, QByteArray | bytes) and header:
            self.cases_page.table.horizontalHeader().restoreState(header)

    def save_geometry(self) -> None:
        settings = ui_settings(self.context.data_dir)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("cases/header", self.cases_page.table.horizontalHeader().saveState())
        settings.sync()

    # -- navigation ------------------------------------------------------------------------
    def _nav_changed(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        before = self.content.currentWidget()
        page = item.data(ROLE_PAGE)
        if isinstance(page, int):
            self.content.setCurrentIndex(page)
        elif page == "case" and self.case_view is not None:
            self.content.setCurrentWidget(self.case_view)
        elif page == "meeting" and self.meeting_editor is not None:
            self.content.setCurrentWidget(self.meeting_editor)
        if before is not None and before is not self.content.currentWidget() and not self._back:
            self._history = [w for w in self._history if w is not before][-20:] + [before]

    def show_page(self, page: int) -> None:
        if self.context.handover:
            return
        self.nav.setCurrentRow(page)
        self.content.currentWidget().setFocus()
        if page == PAGE_CASES:
            self.cases_page.focus_search()

    def focus_search(self) -> None:
        self.show_page(PAGE_CASES)

    def go_back(self) -> None:
        """Alt+Left: back to the page shown before this one (a browser's back, not the parent)."""
        if self.context.handover:
            return
        current = self.content.currentWidget()
        while self._history:
            previous = self._history.pop()
            alive = shiboken6.isValid(previous)
            if alive and previous is not current and self.content.indexOf(previous) >= 0:
                self._back = True
                try:
                    self.select_page_widget(previous)
                finally:
                    self._back = False
                return
        if current is self.case_view:
            self.select_page_widget(self._return_to or self.cases_page)
        elif current is self.meeting_editor:
            self.select_page_widget(self.case_view or self.today_page)

    def select_page_widget(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            page = item.data(ROLE_PAGE)
            target = (
                self.content.widget(page)
                if isinstance(page, int)
                else self.case_view
                if page == "case"
                else self.meeting_editor
            )
            if target is widget:
                self.nav.setCurrentRow(row)
                widget.setFocus()
                return

    def refresh(self) -> None:
        if self.context.unlocked:
            # Every list reloads; the search index is kept current by the saves themselves.
            self.context.broadcast(Changes.of(
                "case", "citizen", "company", "meeting", "action_item", "follow_up",
                "agreement", "plan", drafts=True))

    def _first_data(self) -> None:
        if not self._ready_emitted and self.today_page.overview is not None:
            self._ready_emitted = True
            self.ready.emit()
            # The case list and its search index warm up while the user reads I dag.
            self.cases_page.ensure_loaded()
            self.context.start_search_index()

    def _on_changes(self, changes: Changes) -> None:
        if changes.everything:
            self.apply_viewer()

    # -- cases -----------------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        if self.context.handover:
            return
        current = self.content.currentWidget()
        if current is not self.case_view and current is not self.meeting_editor:
            self._return_to = current
        if self.case_view is not None and self.case_view.case_id == case_id:
            self.select_page_widget(self.case_view)
            return
        view = CaseView(self.context, case_id, self)
        view.back.connect(self.go_back)
        view.edit_case.connect(self.edit_case)
        view.new_meeting.connect(self.new_meeting)
        view.open_meeting.connect(self.open_meeting)
        old = self.case_view
        self.case_view = view
        self.content.addWidget(view)
        if old is not None:
            self.content.removeWidget(old)
            old.deleteLater()
        if self.case_item is None:
            self.case_item = QListWidgetItem(icon("cases"), "")
            self.case_item.setData(ROLE_PAGE, "case")
            self.nav.insertItem(PAGE_SYNC + 1, self.case_item)
        self.case_item.setText(self.tr("Forløb …"))
        view.loaded.connect(self._case_loaded)
        view.load()
        self.nav.setCurrentItem(self.case_item)
        view.setFocus()

    def _case_loaded(self, case_id: str) -> None:
        if (
            self.case_view is not None
            and self.case_view.overview is not None
            and self.case_item is not None
        ):
            self.case_item.setText(self.case_view.overview.title)
            self.case_item.setToolTip(self.tr("Det åbne forløb"))

    def edit_current_case(self) -> None:
        if self.case_view is not None and self.content.currentWidget() in (
            self.case_view,
            self.meeting_editor,
        ):
            self.edit_case(self.case_view.case_id)

    def new_meeting_current_case(self) -> None:
        if self.case_view is not None and self.content.currentWidget() is self.case_view:
            from sync.protocol.vocabulary import MeetingKind

            self.new_meeting(self.case_view.case_id, MeetingKind.FOLLOW_UP.value)

    # -- locking ---------------------------------------------------------------------------
    def show_locked(self) -> None:
        """Every bit of content leaves the screen; an unlock panel takes its place."""
        panel = UnlockPanel(self.context, locked_screen=True, parent=self)
        panel.unlocked.connect(self._unlocked)
        self.lock_panel = panel
        self.root.addWidget(panel)
        self.root.setCurrentWidget(panel)
        self.app_page.setVisible(False)
        self.menuBar().setVisible(False)
        for a in self.actions():
            a.setEnabled(False)
        panel.setFocus()

    def _unlocked(self, session: Any) -> None:
        from desktop.services.access import viewer_of

        panel = self.lock_panel
        self.lock_panel = None
        self.root.setCurrentWidget(self.app_page)
        self.app_page.setVisible(True)
        if panel is not None:
            self.root.removeWidget(panel)
            panel.deleteLater()
        handover = self.context.handover
        self.menuBar().setVisible(not handover)
        for a in self.actions():
            a.setEnabled(not handover or a is self.lock_action)
        self.context.start_session(session, viewer_of(session.store))
        self.context.start_search_index()
        self.lock.after_unlock()
        self.sync.start()
        if not handover:
            self.apply_viewer()
            self.today_page.remind_today_meetings(self.app_page)
        current = self.content.currentWidget()
        if current is not None:
            current.setFocus()

    @property
    def is_locked(self) -> bool:
        return self.lock_panel is not None

    # -- settings and help -----------------------------------------------------------------
    def show_settings(self) -> None:
        dialog = SettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            chosen = dialog.chosen()
            language_changed = chosen.language != self.context.settings.language
            self.context.settings = save_settings(self.context.data_dir, chosen)
            self.lock.apply_settings()
            self.sync.apply_settings()
            dialog.save_sync_config()
            if language_changed:
                self.inform(self.tr("Sprog"),
                            self.tr("Det nye sprog bruges, næste gang Trepart starter."))

        dialog.accepted.connect(accepted)
        dialog.open()

    def inform(self, title: str, text: str) -> QMessageBox:
        """A message that does not block the event loop (the worker's results keep coming)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- closing ---------------------------------------------------------------------------
    def _tell_drafts_are_kept(self) -> None:
        """Closing with unsaved forms: say that what was typed is kept as a draft."""
        if self.close_question is not None:
            return  # asked already
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Ændringer er ikke gemt"),
                          self.tr("Det, du har skrevet og ikke gemt, gemmes som kladde. Du får "
                                  "det tilbudt, næste gang du åbner Trepart."), parent=self)
        close = box.addButton(self.tr("&Luk Trepart"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        box.setEscapeButton(stay)

        def answered(_r: int) -> None:
            self.close_question = None
            if box.clickedButton() is close:
                self._close_told = True
                self.close()

        box.finished.connect(answered)
        self.close_question = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.context.handover:
            event.ignore()
            self.end_handover()
            return
        if self.closing:
            event.accept()
            return
        event.ignore()
        if self.context.unlocked and self.context.collect_drafts() and not self._close_told:
            self._tell_drafts_are_kept()
            return
        self.closing = True
        self.sync.stop()
        self.save_geometry()
        drafts = self.context.collect_drafts() if self.context.unlocked else []
        session = self.context.session
        self.context.begin_lock()

        vault = self.context.vault

        def finish() -> int:
            if session is None:
                vault.release_process_lock()
                return 0
            try:
                if drafts:
                    draft_service.save_drafts(session.store, drafts=drafts)
            finally:
                session.close()
            return len(drafts)

        def done(_n: Any) -> None:
            self.context.end_session()
            self.hide()
            self.finished.emit()

        def failed(exc: BaseException) -> None:
            log.error("Closing failed: %s", type(exc).__name__)
            self.hide()
            self.finished.emit()

        self.context.op(self, finish, needs_store=False).success(done).failure(failed).run()


def _hidden_citizen(viewer: Any) -> frozenset[str]:
    from desktop.services.access import hidden_fields

    return hidden_fields("citizen", viewer=viewer)
