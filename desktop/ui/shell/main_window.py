"""The main window: navigation (I dag, Forløb, Virksomheder, Borgere, Synkronisering), pages,
the open case and meeting, menus with shortcuts, the status bar, locking and hand-over.

The window routes the pages' requests (open a case, a meeting, an editor); pages never call
each other.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import cases as case_service
from desktop.services import drafts as draft_service
from desktop.services import meetings as meeting_service
from desktop.services import people as people_service
from desktop.services.changes import Changes
from desktop.services.settings import save_settings
from desktop.ui.cases.case_editor import CaseEditorDialog
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.kit.icons import icon
from desktop.ui.kit.password import PasswordCheckDialog
from desktop.ui.kit.settings import ui_settings
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.people.citizen_editor import CitizenDialog
from desktop.ui.people.company_editor import CompanyDialog
from desktop.ui.people.people_pages import CitizensPage, CompaniesPage
from desktop.ui.shell.case_page import CaseView
from desktop.ui.shell.drafts_dialog import DraftRestoreDialog
from desktop.ui.shell.handover import HandOverDialog
from desktop.ui.shell.lock import LockController
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.shell.status_bar import StatusBar
from desktop.ui.shell.unlock import UnlockPanel
from desktop.ui.syncing.controller import SyncController
from desktop.ui.syncing.sync_page import SyncPage
from desktop.ui.today.today import TodayPage

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

    def __init__(self, context: Any) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._context = context
        self.setWindowTitle(self.tr("Trepart"))
        self.setWindowIcon(icon("trepart"))
        self.case_view: CaseView | None = None
        self.meeting_editor: MeetingEditor | None = None
        self._return_to: QWidget | None = None
        self._ready_emitted = False
        self._closing = False

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
        self.meeting_item: QListWidgetItem | None = None
        self.nav.currentItemChanged.connect(self._nav_changed)

        self.handover_bar = QFrame(self)
        self.handover_bar.setObjectName("handoverBar")
        self.handover_bar.setStyleSheet("#handoverBar { background: #fff4d6; }")
        bar = QHBoxLayout(self.handover_bar)
        self.handover_label = QLabel(self.handover_bar)
        self.handover_label.setWordWrap(True)
        self.end_handover_button = QPushButton(self.tr("Afslut &overdragelse …"), self.handover_bar)
        self.end_handover_button.clicked.connect(self.end_handover)
        bar.addWidget(QLabel(self.handover_bar))
        bar.addWidget(self.handover_label, 1)
        bar.addWidget(self.end_handover_button)
        self.handover_bar.setVisible(False)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        app_page = QWidget(self)
        app_layout = QVBoxLayout(app_page)
        app_layout.setContentsMargins(0, 0, 0, 0)
        app_layout.addWidget(self.handover_bar)
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
        self._build_actions()
        self._wire_sync()

        self.today_page.open_case.connect(self.open_case)
        self.today_page.open_meeting.connect(self.open_meeting)
        self.today_page.new_meeting.connect(self.new_meeting)
        self.cases_page.open_case.connect(self.open_case)
        self.cases_page.new_case.connect(self.new_case)
        self.companies_page.opened.connect(self.open_company)
        self.companies_page.new_company.connect(self.new_company)
        self.citizens_page.opened.connect(self.open_citizen)
        context.changed.connect(self._on_changes)
        context.sync_status.changed.connect(self._show_pending)
        self.today_page.loaded.connect(self._first_data)

        self.nav.setCurrentRow(PAGE_TODAY)
        self.apply_viewer()
        self._restore_geometry()

    # -- setup -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        menu = self.menuBar()
        app_menu = menu.addMenu(self.tr("&Trepart"))
        go_menu = menu.addMenu(self.tr("&Gå til"))
        case_menu = menu.addMenu(self.tr("&Forløb"))
        help_menu = menu.addMenu(self.tr("&Hjælp"))

        def action(text: str, shortcut: Any, slot: Any, menu_: Any) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu_.addAction(a)
            self.addAction(a)
            return a

        self.settings_action = action(
            self.tr("&Indstillinger …"), "Ctrl+,", self.show_settings, app_menu
        )
        self.drafts_action = action(self.tr("Gendan &kladder …"), None, self.offer_drafts, app_menu)
        app_menu.addSeparator()
        self.lock_action = action(self.tr("&Lås"), "Ctrl+L", self.lock.lock, app_menu)
        self.lock_action.setIcon(icon("lock"))
        # Ctrl+L locks from every window of the application, dialogs included.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = action(
            self.tr("&Afslut"), QKeySequence.StandardKey.Quit, self.close, app_menu
        )
        self.page_actions = []
        for i, text in enumerate(
            (
                self.tr("&I dag"),
                self.tr("&Forløb"),
                self.tr("&Virksomheder"),
                self.tr("&Borgere"),
                self.tr("&Synkronisering"),
            )
        ):
            self.page_actions.append(
                action(text, f"Alt+{i + 1}", lambda _c=False, p=i: self.show_page(p), go_menu)
            )
        go_menu.addSeparator()
        self.back_action = action(self.tr("&Tilbage"), "Alt+Left", self.go_back, go_menu)
        self.refresh_action = action(
            self.tr("&Opdatér og synkronisér"), "F5", self.refresh_and_sync, go_menu
        )
        # F5 syncs from every window of the application (dialogs included).
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action = action(
            self.tr("&Søg i forløb"), QKeySequence.StandardKey.Find, self.focus_search, case_menu
        )
        self.new_case_action = action(
            self.tr("&Nyt forløb …"), QKeySequence.StandardKey.New, self.new_case, case_menu
        )
        self.edit_case_action = action(
            self.tr("&Rediger forløb …"), "Ctrl+E", self._edit_current_case, case_menu
        )
        self.new_meeting_action = action(
            self.tr("Nyt &møde"), "Ctrl+M", self._new_meeting_current_case, case_menu
        )
        self.shortcuts_action = action(
            self.tr("&Tastaturgenveje"), "F1", self.show_shortcuts, help_menu
        )
        self.about_action = action(self.tr("&Om Trepart"), None, self.show_about, help_menu)

    def apply_viewer(self) -> None:
        viewer = self._context.viewer
        may_edit = viewer.may_edit_people
        self.new_case_action.setEnabled(may_edit)
        self.edit_case_action.setEnabled(may_edit)
        self.cases_page.apply_viewer()
        self.companies_page.apply_viewer()

    def _restore_geometry(self) -> None:
        settings = ui_settings(self._context.data_dir)
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("main/splitter")
        if isinstance(state, QByteArray | bytes) and state:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([210, 1070])
        header = settings.value("cases/header")
        if isinstance(header, QByteArray | bytes) and header:
            self.cases_page.table.horizontalHeader().restoreState(header)

    def save_geometry(self) -> None:
        settings = ui_settings(self._context.data_dir)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("cases/header", self.cases_page.table.horizontalHeader().saveState())
        settings.sync()

    # -- navigation ------------------------------------------------------------------------
    def _nav_changed(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        page = item.data(ROLE_PAGE)
        if isinstance(page, int):
            self.content.setCurrentIndex(page)
        elif page == "case" and self.case_view is not None:
            self.content.setCurrentWidget(self.case_view)
        elif page == "meeting" and self.meeting_editor is not None:
            self.content.setCurrentWidget(self.meeting_editor)

    def show_page(self, page: int) -> None:
        if self._context.handover:
            return
        self.nav.setCurrentRow(page)
        self.content.currentWidget().setFocus()
        if page == PAGE_CASES:
            self.cases_page.focus_search()

    def focus_search(self) -> None:
        self.show_page(PAGE_CASES)

    def go_back(self) -> None:
        if self._context.handover:
            return
        current = self.content.currentWidget()
        if current is self.case_view:
            self._select_page_widget(self._return_to or self.cases_page)
        elif current is self.meeting_editor:
            self._select_page_widget(self.case_view or self.today_page)

    def _select_page_widget(self, widget: QWidget | None) -> None:
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
        if self._context.unlocked:
            # Every list reloads; the search index is kept current by the saves themselves.
            self._context.broadcast(Changes.of(
                "case", "citizen", "company", "meeting", "action_item", "follow_up",
                "agreement", "plan", drafts=True))

    def _first_data(self) -> None:
        if not self._ready_emitted and self.today_page.overview is not None:
            self._ready_emitted = True
            self.ready.emit()
            # The case list and its search index warm up while the user reads I dag.
            self.cases_page.ensure_loaded()
            self._context.start_search_index()

    def _show_pending(self, status: Any) -> None:
        item = self.nav.item(PAGE_SYNC)
        base = self.tr("Synkronisering")
        text = f"{base} ({status.pending})" if status.pending else base
        conflicts = getattr(status, "conflicts", 0)
        if conflicts:
            text += f" ⚠{conflicts}"  # the tooltip says it in words
        item.setText(text)
        item.setToolTip(
            self.tr("%n ændring(er) venter", "", status.pending)
            + (self.tr(", %n uløst(e) konflikt(er)", "", conflicts) if conflicts else "")
            + self.tr(" (Alt+5)")
        )

    # -- sync ------------------------------------------------------------------------------
    def _wire_sync(self) -> None:
        sync, page = self.sync, self.sync_page
        page.sync_requested.connect(self.sync_now)
        page.resolve_requested.connect(self.resolve_conflict)
        page.sync_available = True
        page.show_status(self._context.sync_status.status)
        sync.progress.connect(self.status.show_activity)
        sync.started.connect(lambda: page.set_running(True))
        sync.finished.connect(self._sync_finished)
        sync.failed.connect(self._sync_failed)
        sync.revoked.connect(self._device_revoked)
        sync.wiped.connect(self._device_wiped)
        self.ready.connect(sync.start)

    def sync_now(self) -> None:
        status = self._context.sync_status.status
        if not status.configured or status.revoked:
            self.show_page(PAGE_SYNC)  # where to log in, or why it has stopped
            return
        self.sync.sync_now()

    def refresh_and_sync(self) -> None:
        """F5: every list reloads, and a sync starts if this computer is logged in."""
        self.refresh()
        status = self._context.sync_status.status
        if self._context.unlocked and status.configured and not status.revoked:
            self.sync.sync_now()

    def _sync_finished(self, report: Any) -> None:
        self.sync_page.set_running(False)
        text = self.tr("Synkroniseret: sendt %1, hentet %2").replace(
            "%1", str(report.pushed)).replace("%2", str(report.pulled))
        if report.conflicts:
            text += self.tr(", %n ny(e) konflikt(er)", "", report.conflicts)
        if report.refusals:
            text += self.tr(", %n afvist", "", len(report.refusals))
        self.status.show_activity(text, 8000)
        self.sync_page.reload()

    def _sync_failed(self, message: str) -> None:
        self.sync_page.set_running(False)
        status = self._context.sync_status.status
        text = self.tr("Offline") if status.online is False else message.split("\n")[0]
        self.status.show_activity(text, 8000)
        self.sync_page.reload()

    def _device_revoked(self, message: str) -> None:
        self.sync_page.set_running(False)
        self.status.show_activity(self.tr("Synkronisering stoppet"))
        self.inform(self.tr("Computeren er spærret"), message)

    def _device_wiped(self, message: str) -> None:
        """The vault is erased (the session closed with it): tell the user, then start over."""
        self.sync.stop()
        self.lock.idle.stop()
        for a in self.actions():
            a.setEnabled(False)
        self._context.begin_lock()
        self._context.end_session()
        self._context.vault = None
        self._closing = True
        self.hide()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Dataene er slettet"), message,
                          QMessageBox.StandardButton.Ok)
        box.setObjectName("wipedMessage")
        box.setWindowIcon(icon("trepart"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.wiped.emit())
        self.wiped_message = box
        box.open()

    def resolve_conflict(self, conflict_id: str) -> None:
        from desktop.ui.syncing.conflicts import open_conflict

        open_conflict(self._context, conflict_id, self)

    def _on_changes(self, changes: Changes) -> None:
        if changes.everything:
            self.apply_viewer()

    # -- cases -----------------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        if self._context.handover:
            return
        current = self.content.currentWidget()
        if current is not self.case_view and current is not self.meeting_editor:
            self._return_to = current
        if self.case_view is not None and self.case_view.case_id == case_id:
            self._select_page_widget(self.case_view)
            return
        view = CaseView(self._context, case_id, self)
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

    def _edit_current_case(self) -> None:
        if self.case_view is not None and self.content.currentWidget() in (
            self.case_view,
            self.meeting_editor,
        ):
            self.edit_case(self.case_view.case_id)

    def _new_meeting_current_case(self) -> None:
        if self.case_view is not None and self.content.currentWidget() is self.case_view:
            from sync.protocol.vocabulary import MeetingKind

            self.new_meeting(self.case_view.case_id, MeetingKind.FOLLOW_UP.value)

    def new_case(self, citizen_id: str | None = None) -> None:
        viewer = self._context.viewer
        if not viewer.may_edit_people or self._context.handover:
            return
        cid = citizen_id if isinstance(citizen_id, str) else None

        def load(store: Any) -> Any:
            return (
                case_service.new_case_form(store, viewer=viewer, citizen_id=cid),
                people_service.company_choices(store, viewer=viewer),
            )

        self._context.op(self, load).success(lambda r: self._show_case_editor(*r)).run()

    def edit_case(self, case_id: str) -> None:
        viewer = self._context.viewer
        if not viewer.may_edit_people or self._context.handover:
            return

        def load(store: Any) -> Any:
            return (
                case_service.load_case_form(store, viewer=viewer, case_id=case_id),
                people_service.company_choices(store, viewer=viewer),
            )

        self._context.op(self, load).success(lambda r: self._show_case_editor(*r)).run()

    def _show_case_editor(self, form: Any, companies: list[tuple[str, str]]) -> CaseEditorDialog:
        dialog = CaseEditorDialog(self._context, form, companies, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        case_id = form.case.id
        if form.is_new:
            dialog.saved.connect(lambda _c: self.open_case(case_id))
        dialog.show()
        return dialog

    # -- people ----------------------------------------------------------------------------
    def open_citizen(self, citizen_id: str) -> None:
        viewer = self._context.viewer
        self._context.op(
            self,
            lambda store: people_service.citizen_details(
                store, viewer=viewer, citizen_id=citizen_id
            ),
        ).success(self._show_citizen).run()

    def _show_citizen(self, details: Any, *, citizen: Any = None, is_new: bool = False) -> None:
        dialog = CitizenDialog(
            self._context,
            citizen or details.citizen,
            hidden=details.hidden,
            cases=details.cases,
            can_edit=details.can_edit,
            is_new=is_new,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(lambda cid: (dialog.request_close(), self.open_case(cid)))
        dialog.new_case_requested.connect(lambda cid: (dialog.request_close(), self.new_case(cid)))
        dialog.show()

    def open_company(self, company_id: str) -> None:
        viewer = self._context.viewer
        self._context.op(
            self,
            lambda store: people_service.company_details(
                store, viewer=viewer, company_id=company_id
            ),
        ).success(self._show_company).run()

    def _show_company(self, details: Any, *, company: Any = None, is_new: bool = False) -> None:
        dialog = CompanyDialog(
            self._context,
            company or details.company,
            cases=details.cases,
            can_edit=details.can_edit,
            is_new=is_new,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(lambda cid: (dialog.request_close(), self.open_case(cid)))
        dialog.show()

    def new_company(self) -> None:
        viewer = self._context.viewer
        if not viewer.may_edit_people:
            return
        company = people_service.new_company(viewer=viewer)
        details = people_service.CompanyDetails(company=company, cases=(), can_edit=True)
        self._show_company(details, is_new=True)

    # -- meetings --------------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> None:
        viewer = self._context.viewer
        self._with_free_editor(
            lambda: (
                self._context.op(
                    self,
                    lambda store: meeting_service.load_meeting_form(
                        store, viewer=viewer, meeting_id=meeting_id
                    ),
                )
                .success(self.show_meeting)
                .run()
            )
        )

    def new_meeting(self, case_id: str, kind: str) -> None:
        viewer = self._context.viewer
        self._with_free_editor(
            lambda: (
                self._context.op(
                    self,
                    lambda store: meeting_service.new_meeting_form(
                        store, viewer=viewer, case_id=case_id, kind=kind
                    ),
                )
                .success(self.show_meeting)
                .run()
            )
        )

    def _with_free_editor(self, then: Any) -> None:
        """One meeting form at a time: a changed one is saved (or kept as draft) first."""
        if self._context.handover:
            return
        editor = self.meeting_editor
        if editor is None or not editor.dirty:
            then()
            return
        self._select_page_widget(editor)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Et møde er åbent"))
        box.setText(
            self.tr(
                "Det åbne møde har ændringer, der ikke er gemt. Skal de gemmes, før "
                "et andet møde åbnes?"
            )
        )
        save = box.addButton(self.tr("&Gem"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Behold som &kladde"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Annullér"), QMessageBox.ButtonRole.RejectRole)

        def answered(_r: int) -> None:
            clicked = box.clickedButton()
            if clicked is save:
                editor.saved.connect(lambda _id: then())
                editor.save()
            elif clicked is keep:
                draft = editor.collect_draft()
                self._context.op(
                    self,
                    lambda store: draft_service.save_drafts(store, drafts=[draft] if draft else []),
                ).success(lambda _c: then()).run()

        box.finished.connect(answered)
        box.open()

    def show_meeting(self, form: Any) -> MeetingEditor:
        old = self.meeting_editor
        editor = MeetingEditor(self._context, form, self)
        editor.closed.connect(lambda: self._meeting_closed(editor))
        editor.handover_requested.connect(self.start_handover)
        self.meeting_editor = editor
        self.content.addWidget(editor)
        if old is not None:
            self._context.unregister_draft_source(old)
            self.content.removeWidget(old)
            old.deleteLater()
        if self.meeting_item is None:
            self.meeting_item = QListWidgetItem(icon("today"), "")
            self.meeting_item.setData(ROLE_PAGE, "meeting")
            self.nav.addItem(self.meeting_item)
        self.meeting_item.setText(
            self.tr("Møde: %1").replace("%1", form.context.citizen_name or form.context.title)
        )
        self.nav.setCurrentItem(self.meeting_item)
        editor.setFocus()
        return editor

    def _meeting_closed(self, editor: MeetingEditor) -> None:
        if editor is not self.meeting_editor:
            return
        back_to = (
            self.case_view
            if self.case_view is not None and self.case_view.case_id == editor.form.meeting.case_id
            else None
        )
        self.meeting_editor = None
        if self.meeting_item is not None:
            self.nav.takeItem(self.nav.row(self.meeting_item))
            self.meeting_item = None
        self.content.removeWidget(editor)
        editor.deleteLater()
        if back_to is not None:
            self._select_page_widget(back_to)
        else:
            self.open_case(editor.form.meeting.case_id)

    # -- drafts ----------------------------------------------------------------------------
    def offer_drafts(self, *, only_if_any: bool = False) -> None:
        viewer = self._context.viewer
        open_keys = {d.key for d in self._context.collect_drafts()}
        if self.meeting_editor is not None:
            open_keys.add(self.meeting_editor.form.draft_key)

        def show(drafts: list[Any]) -> None:
            drafts = [d for d in drafts if d.key not in open_keys]
            if not drafts:
                if not only_if_any:
                    self.inform(self.tr("Kladder"), self.tr("Der er ingen kladder at gendanne."))
                return
            dialog = DraftRestoreDialog(drafts, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.restore.connect(self.restore_draft)
            dialog.discard.connect(self._discard_draft)
            dialog.open()

        self._context.op(
            self, lambda store: draft_service.list_drafts(store, viewer=viewer)
        ).success(show).run()

    def _discard_draft(self, draft: Any) -> None:
        self._context.mutate(self, lambda store: draft_service.discard_draft(store, key=draft.key))

    def restore_draft(self, draft: Any) -> None:
        viewer = self._context.viewer
        key = draft.key
        kind = draft.record_type

        def load(store: Any) -> Any:
            payload = draft_service.load_draft(store, key=key)
            if payload is None:
                return None
            if kind == "meeting":
                return meeting_service.form_from_payload(store, viewer=viewer, payload=payload)
            if kind == "case":
                return (
                    case_service.case_form_from_payload(store, viewer=viewer, payload=payload),
                    people_service.company_choices(store, viewer=viewer),
                )
            if kind == "citizen":
                citizen = people_service.citizen_from_payload(payload)
                details = None
                if not payload.get("is_new"):
                    details = people_service.citizen_details(
                        store, viewer=viewer, citizen_id=citizen.id
                    )
                return citizen, details, bool(payload.get("is_new"))
            if kind == "company":
                company = people_service.company_from_payload(payload)
                details = None
                if not payload.get("is_new"):
                    details = people_service.company_details(
                        store, viewer=viewer, company_id=company.id
                    )
                return company, details, bool(payload.get("is_new"))
            return None

        def show(result: Any) -> None:
            if result is None:
                return
            if kind == "meeting":
                self._with_free_editor(lambda: self._restored_meeting(result))
            elif kind == "case":
                dialog = self._show_case_editor(*result)
                dialog.edited()
            elif kind == "citizen":
                citizen, details, is_new = result
                if details is None:
                    details = people_service.CitizenDetails(
                        citizen=citizen, hidden=frozenset(), cases=(), can_edit=True
                    )
                self._show_citizen(details, citizen=citizen, is_new=is_new)
            elif kind == "company":
                company, details, is_new = result
                if details is None:
                    details = people_service.CompanyDetails(
                        company=company, cases=(), can_edit=True
                    )
                self._show_company(details, company=company, is_new=is_new)

        self._context.op(self, load).success(show).run()

    def _restored_meeting(self, form: Any) -> None:
        editor = self.show_meeting(form)
        editor.edited()
        editor.state.setText(self.tr("Gendannet fra kladde – husk at gemme"))

    # -- hand-over -------------------------------------------------------------------------
    def start_handover(self) -> None:
        editor = self.meeting_editor
        if editor is None or self._context.handover:
            return
        dialog = HandOverDialog(self)

        def accepted() -> None:
            recipient = dialog.recipient()
            self._context.handover = True
            self._context.handover_changed.emit(True)
            editor.enter_handover()
            self.nav.setVisible(False)
            self.menuBar().setVisible(False)
            for a in self.actions():
                a.setEnabled(a is self.lock_action)
            text = (
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
            self.handover_label.setText(text)
            self.handover_bar.setVisible(True)
            self._select_page_widget(editor)
            self.content.setCurrentWidget(editor)
            editor.setFocus()

        dialog.accepted.connect(accepted)
        dialog.open()

    def end_handover(self) -> None:
        if not self._context.handover:
            return
        dialog = PasswordCheckDialog(
            self._context,
            title=self.tr("Afslut overdragelse"),
            text=self.tr("Skriv din adgangskode for at få hele Trepart tilbage."),
            parent=self,
        )
        dialog.accepted.connect(self._leave_handover)
        dialog.open()

    def _leave_handover(self) -> None:
        self._context.handover = False
        self._context.handover_changed.emit(False)
        if self.meeting_editor is not None:
            self.meeting_editor.leave_handover()
        self.handover_bar.setVisible(False)
        self.nav.setVisible(True)
        self.menuBar().setVisible(True)
        for a in self.actions():
            a.setEnabled(True)
        self.apply_viewer()

    # -- locking ---------------------------------------------------------------------------
    def show_locked(self) -> None:
        """Every bit of content leaves the screen; an unlock panel takes its place."""
        panel = UnlockPanel(self._context, locked_screen=True, parent=self)
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
        handover = self._context.handover
        self.menuBar().setVisible(not handover)
        for a in self.actions():
            a.setEnabled(not handover or a is self.lock_action)
        self._context.start_session(session, viewer_of(session.store))
        self._context.start_search_index()
        self.lock.after_unlock()
        self.sync.start()
        if not handover:
            self.apply_viewer()
        current = self.content.currentWidget()
        if current is not None:
            current.setFocus()

    @property
    def is_locked(self) -> bool:
        return self.lock_panel is not None

    # -- settings and help -----------------------------------------------------------------
    def show_settings(self) -> None:
        dialog = SettingsDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            chosen = dialog.chosen()
            language_changed = chosen.language != self._context.settings.language
            self._context.settings = save_settings(self._context.data_dir, chosen)
            self.lock.apply_settings()
            self.sync.apply_settings()
            dialog.save_sync_config()
            if language_changed:
                self.inform(self.tr("Sprog"),
                            self.tr("Det nye sprog bruges, næste gang Trepart starter."))

        dialog.accepted.connect(accepted)
        dialog.open()

    def show_shortcuts(self) -> None:
        rows = [
            ("Alt+1 … Alt+5", self.tr("I dag, Forløb, Virksomheder, Borgere, Synkronisering")),
            ("Ctrl+F", self.tr("Søg i forløb")),
            ("Ctrl+N", self.tr("Nyt forløb")),
            ("Ctrl+E", self.tr("Rediger det åbne forløb")),
            ("Ctrl+M", self.tr("Nyt møde i det åbne forløb")),
            ("Ctrl+S", self.tr("Gem formularen")),
            ("Ctrl+Shift+H", self.tr("Tilføj en handling i mødet")),
            (self.tr("Alt+Pil ned"), self.tr("Åbn kalenderen i et datofelt")),
            ("Enter", self.tr("Åbn den valgte række")),
            (self.tr("Alt+Venstre"), self.tr("Tilbage")),
            ("Esc", self.tr("Luk formularen")),
            ("F5", self.tr("Opdatér og synkronisér")),
            ("Ctrl+L", self.tr("Lås Trepart")),
        ]
        text = "\n".join(f"{keys}\t{what}" for keys, what in rows)
        self.inform(self.tr("Tastaturgenveje"), text)

    def show_about(self) -> None:
        self.inform(
            self.tr("Om Trepart"),
            self.tr(
                "Trepart – forløb, møder og aftaler for virksomhedskonsulenter og mentorer.\n"
                "Data ligger krypteret på denne computer og synkroniseres med kommunens server."
            ),
        )

    def inform(self, title: str, text: str) -> QMessageBox:
        """A message that does not block the event loop (the worker's results keep coming)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._context.handover:
            event.ignore()
            self.end_handover()
            return
        if self._closing:
            event.accept()
            return
        event.ignore()
        self._closing = True
        self.sync.stop()
        self.save_geometry()
        drafts = self._context.collect_drafts() if self._context.unlocked else []
        session = self._context.session
        self._context.begin_lock()

        vault = self._context.vault

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
            self._context.end_session()
            self.hide()
            self.finished.emit()

        def failed(exc: BaseException) -> None:
            log.error("Closing failed: %s", type(exc).__name__)
            self.hide()
            self.finished.emit()

        self._context.op(self, finish, needs_store=False).success(done).failure(failed).run()


def _hidden_citizen(viewer: Any) -> frozenset[str]:
    from desktop.services.access import hidden_fields

    return hidden_fields("citizen", viewer=viewer)
