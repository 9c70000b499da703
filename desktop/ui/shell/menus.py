"""The main window's menus and keyboard shortcuts (F1 lists them), and the About box."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop import __version__
from desktop.ui.kit.icons import icon

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


class Menus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.build()

    def build(self) -> None:
        w = self.window
        menu = w.menuBar()
        app_menu = menu.addMenu(self.tr("&Trepart"))
        go_menu = menu.addMenu(self.tr("&Gå til"))
        case_menu = menu.addMenu(self.tr("&Forløb"))
        help_menu = menu.addMenu(self.tr("&Hjælp"))

        def action(text: str, shortcut: Any, slot: Any, menu_: Any) -> QAction:
            a = QAction(text, w)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu_.addAction(a)
            w.addAction(a)
            return a

        w.settings_action = action(
            self.tr("&Indstillinger …"), "Ctrl+,", w.show_settings, app_menu
        )
        w.drafts_action = action(self.tr("Gendan &kladder …"), None, w.offer_drafts, app_menu)
        app_menu.addSeparator()
        w.lock_action = action(self.tr("&Lås"), "Ctrl+L", w.lock.lock, app_menu)
        w.lock_action.setIcon(icon("lock"))
        # Ctrl+L locks from every window of the application, dialogs included.
        w.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        w.quit_action = action(
            self.tr("&Afslut"), QKeySequence.StandardKey.Quit, w.close, app_menu
        )
        w.page_actions = []
        for i, text in enumerate(
            (
                self.tr("&I dag"),
                self.tr("&Forløb"),
                self.tr("&Virksomheder"),
                self.tr("&Borgere"),
                self.tr("&Synkronisering"),
            )
        ):
            w.page_actions.append(
                action(text, f"Alt+{i + 1}", lambda _c=False, p=i: w.show_page(p), go_menu)
            )
        go_menu.addSeparator()
        w.back_action = action(self.tr("&Tilbage"), "Alt+Left", w.go_back, go_menu)
        w.refresh_action = action(
            self.tr("&Opdatér og synkronisér"), "F5", w.refresh_and_sync, go_menu
        )
        # F5 syncs from every window of the application (dialogs included).
        w.refresh_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        w.search_action = action(
            self.tr("&Søg i forløb"), QKeySequence.StandardKey.Find, w.focus_search, case_menu
        )
        w.new_case_action = action(
            self.tr("&Nyt forløb …"), QKeySequence.StandardKey.New, w.new_case, case_menu
        )
        w.edit_case_action = action(
            self.tr("&Rediger forløb …"), "Ctrl+E", w.edit_current_case, case_menu
        )
        w.new_meeting_action = action(
            self.tr("Nyt &møde"), "Ctrl+M", w.new_meeting_current_case, case_menu
        )
        w.screening_action = action(
            self.tr("Ny screening (første &kontakt) …"), None, w.new_screening, case_menu
        )
        case_menu.addSeparator()
        w.projects_action = action(self.tr("&Projekter og mål …"), None, self.show_projects,
                                   case_menu)
        w.effect_report_action = action(
            self.tr("Effektrappor&t …"), None, self.show_effect_report, case_menu
        )
        # A citizen's access log from the server (administrator, team lead): issue 18.
        w.access_log_action = action(
            self.tr("&Adgangslog for en borger …"), None, self.show_access_log, case_menu
        )
        case_menu.aboutToShow.connect(self._update_access_log_action)
        w.network_action = action(self.tr("&Dialogforum og netværk …"), None, self.show_network,
                                  case_menu)
        w.shortcuts_action = action(
            self.tr("&Tastaturgenveje"), "F1", self.show_shortcuts, help_menu
        )
        w.about_action = action(self.tr("&Om Trepart"), None, self.show_about, help_menu)

    def show_projects(self) -> None:
        from desktop.ui.projects.projects_dialog import ProjectsDialog

        dialog = ProjectsDialog(self.window.context, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.projects_dialog = dialog
        dialog.show()

    def show_effect_report(self) -> None:
        from desktop.ui.reports.report_view import EffectReportDialog

        dialog = EffectReportDialog(self.window.context, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.effect_report_dialog = dialog
        dialog.show()

    def _update_access_log_action(self) -> None:
        from desktop.services import access_log

        context = self.window.context
        self.window.access_log_action.setVisible(
            context.unlocked and access_log.may_make(context.viewer)
        )

    def show_access_log(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from desktop.services import access_log
        from desktop.ui.kit.pdf_preview import DocumentPreviewDialog
        from desktop.ui.kit.tasks import DbOp

        w = self.window
        context = w.context
        if not context.unlocked or not access_log.may_make(context.viewer):
            return
        citizen_id, ok = QInputDialog.getText(
            w, self.tr("Adgangslog for en borger"),
            self.tr("Borgerens id (fra Trepart, 36 tegn):"),
        )
        if not ok or not citizen_id.strip():
            return
        viewer = context.viewer

        def show(pdf: bytes) -> None:
            dialog = DocumentPreviewDialog(
                w, title=self.tr("Adgangslog"), copy_label=self.tr("Borgerens adgangslog")
            )
            dialog.preview.set_pdf(pdf, suggested_name="adgangslog.pdf")

            def logged(printed: bool, path: Any = None) -> None:
                context.op(w, lambda store: access_log.record_output(
                    store, citizen_id=citizen_id.strip().lower(), printed=printed, path=path,
                )).run()

            dialog.preview.printed.connect(lambda _pages: logged(True))
            dialog.preview.saved.connect(lambda path: logged(False, path))
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            w.access_log_dialog = dialog
            dialog.open()

        def fetch(request: access_log.ServerRequest) -> None:
            DbOp(w, lambda: access_log.fetch_from_server(request), needs_store=False,
                 worker=w.sync.network).success(
                lambda pdf: (context.op(w, lambda store: access_log.record_fetched(
                    store, citizen_id=request.citizen_id)).run(), show(pdf))
            ).failure(context.report_error).run()

        context.op(w, lambda store: access_log.prepare_server_request(
            store, viewer=viewer, citizen_id=citizen_id,
        )).success(fetch).failure(context.report_error).run()

    def show_network(self) -> None:
        from desktop.ui.companies.network_dialog import NetworkDialog

        dialog = NetworkDialog(self.window.context, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.network_dialog = dialog
        dialog.show()

    def show_shortcuts(self) -> None:
        w = self.window
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
        w.inform(self.tr("Tastaturgenveje"), text)

    def show_about(self) -> None:
        w = self.window
        w.inform(
            self.tr("Om Trepart"),
            self.tr("Trepart version %1").replace("%1", __version__)
            + "\n\n"
            + self.tr(
                "Trepart – forløb, møder og aftaler for virksomhedskonsulenter og mentorer.\n"
                "Data ligger krypteret på denne computer og synkroniseres med kommunens server."
            ),
        )
