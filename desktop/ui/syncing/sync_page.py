"""Synkronisering: logging in, syncing now (F5), what waits, the history, refusals and conflicts.

The view shows; the SyncController (desktop.ui.syncing.controller) runs the sync off the
database worker and cancels it when asked.
Everything the view lists is read through desktop.services.sync_status in one job.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import Changes
from desktop.services.sync_status import ProblemGroup, SyncDetails, SyncStatus, group_problems
from desktop.ui.kit.formatting import datetime_text
from desktop.ui.kit.sync_status import describe_connection, describe_last_sync, describe_pending
from desktop.ui.kit.widgets import Heading, Muted

ROLE_ID = Qt.ItemDataRole.UserRole + 1




def _when(value: Any) -> str:
    if value is None:
        return "–"
    return datetime_text(value)  # Danish local time, whatever the machine's zone


class SyncPage(QWidget):
    sync_requested = Signal()
    cancel_requested = Signal()
    # A conflict the user wants to resolve (its id); the window opens the dialog.
    resolve_requested = Signal(str)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._context = context
        self.details: SyncDetails | None = None
        self.connection = QLabel(self)
        self.pending = QLabel(self)
        self.last_sync = QLabel(self)
        self.server = QLabel(self)
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.button = QPushButton(self.tr("&Synkronisér nu (F5)"), self)
        self.button.clicked.connect(self.sync_requested)
        self.cancel_button = QPushButton(self.tr("A&nnullér"), self)
        self.cancel_button.setToolTip(self.tr(
            "Stop synkroniseringen nu. Intet går tabt: det, der ikke nåede frem, sendes næste "
            "gang."))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.setVisible(False)
        self.notice = Muted("", self)
        self.notice.setVisible(False)
        # True once something (the window's SyncController) is connected to `sync_requested`.
        self.sync_available = False
        self.running = False
        form = QFormLayout()
        form.addRow(self.tr("Forbindelse:"), self.connection)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Venter:"), self.pending)
        form.addRow(self.tr("Seneste synkronisering:"), self.last_sync)
        form.addRow(self.tr("Afvist af serveren:"), self.problems)
        self.explanation = Muted("", self)

        self.login_box = self._build_login()

        self.tabs = QTabWidget(self)
        self.conflict_list = QListWidget(self)
        self.conflict_list.setAccessibleName(self.tr("Konflikter"))
        self.conflict_list.itemActivated.connect(self._resolve_item)
        self.conflict_list.currentItemChanged.connect(
            lambda *_: self.resolve_button.setEnabled(self._current_conflict() is not None)
        )
        self.resolve_button = QPushButton(self.tr("Løs &konflikt …"), self)
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(
            lambda: self._resolve_item(self.conflict_list.currentItem())
        )
        conflicts_tab = QWidget(self)
        conflicts_layout = QVBoxLayout(conflicts_tab)
        conflicts_layout.addWidget(Muted(self.tr(
            "To har ændret den samme tekst samtidig. Se begge udgaver, og vælg eller flet den "
            "tekst, der skal gælde. Ingen tekst forsvinder, før du har valgt."), conflicts_tab))
        conflicts_layout.addWidget(self.conflict_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resolve_button)
        conflicts_layout.addLayout(row)
        self.problem_list = QListWidget(self)
        self.problem_list.setAccessibleName(self.tr("Afvist af serveren"))
        self.problem_list.setWordWrap(True)
        self.history_list = QListWidget(self)
        self.history_list.setAccessibleName(self.tr("Historik"))
        self.tabs.addTab(conflicts_tab, self.tr("Konflikter"))
        self.tabs.addTab(self.problem_list, self.tr("Afvist af serveren"))
        self.tabs.addTab(self.history_list, self.tr("Historik"))

        top = QHBoxLayout()
        top.addLayout(form, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        # Everything scrolls, so the page never forces a minimum window height.
        inner = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.tabs.setMinimumHeight(220)
        layout = QVBoxLayout(inner)
        layout.addWidget(Heading(self.tr("Synkronisering"), self, size=1.5))
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.explanation)
        layout.addWidget(self.login_box)
        layout.addWidget(self.tabs, 1)
        context.sync_status.changed.connect(self.show_status)
        context.changed.connect(self._on_changes)
        self.show_status(context.sync_status.status)

    def _build_login(self) -> QGroupBox:
        box = QGroupBox(self.tr("Log ind på kommunens server"), self)
        self.url_edit = QLineEdit(box)
        self.url_edit.setPlaceholderText("https://trepart.kommune.dk")
        self.url_edit.setAccessibleName(self.tr("Serveradresse"))
        self.username_edit = QLineEdit(box)
        self.username_edit.setAccessibleName(self.tr("Brugernavn"))
        self.password_edit = QLineEdit(box)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Adgangskode til serveren"))
        self.password_edit.returnPressed.connect(self.submit_login)
        self.ca_edit = QLineEdit(box)
        self.ca_edit.setPlaceholderText(self.tr("Kun hvis kommunen bruger sin egen CA"))
        self.ca_edit.setAccessibleName(self.tr("CA-certifikater (valgfrit)"))
        ca_button = QPushButton(self.tr("&Vælg …"), box)
        ca_button.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(ca_button)
        self.login_button = QPushButton(self.tr("&Log ind"), box)
        self.login_button.clicked.connect(self.submit_login)
        self.login_error = QLabel(box)
        self.login_error.setWordWrap(True)
        self.login_error.setStyleSheet("color: #a61b1b;")
        self.login_error.setVisible(False)
        form = QFormLayout(box)
        for text, widget in (
            (self.tr("Se&rver:"), self.url_edit),
            (self.tr("&Brugernavn:"), self.username_edit),
            (self.tr("&Adgangskode:"), self.password_edit),
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        ca_label = QLabel(self.tr("&CA-certifikater:"), box)
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, ca_row)
        row = QHBoxLayout()
        row.addWidget(self.login_error, 1)
        row.addWidget(self.login_button)
        form.addRow("", row)
        return box

    # -- showing ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        if not self._context.unlocked:
            return
        from desktop.services.sync_status import read_sync_details

        self._context.op(self, read_sync_details).success(self.show_details).run()

    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible() and (changes.outbox or changes.touches("conflict")):
            self.reload()

    def set_running(self, running: bool) -> None:
        self.running = running
        if running:
            self.notice.setVisible(False)
        self.show_status(self._context.sync_status.status)

    def show_cancelled(self, message: str) -> None:
        self.set_running(False)
        self.notice.setText(message)
        self.notice.setVisible(True)

    def show_status(self, status: SyncStatus) -> None:
        self.connection.setText(describe_connection(status))
        self.pending.setText(describe_pending(status))
        self.last_sync.setText(_when(status.last_sync) if status.last_sync else self.tr("aldrig"))
        self.last_sync.setToolTip(describe_last_sync(status))
        self.server.setText(status.server or self.tr("Ikke sat op endnu"))
        self.error.setText(status.error or "")
        self.error.setVisible(bool(status.error))
        self.problems.setText(str(status.problems))
        self.button.setEnabled(status.configured and self.sync_available and not self.running)
        self.button.setVisible(self.sync_available)
        self.cancel_button.setVisible(self.sync_available and self.running)
        needs_login = not status.configured or status.needs_login
        self.login_box.setVisible(needs_login)
        if not self.url_edit.text() and status.server:
            self.url_edit.setText(status.server)
        if not self.ca_edit.text() and status.ca_bundle:
            self.ca_edit.setText(status.ca_bundle)
        viewer = self._context.base_viewer
        if not self.username_edit.text() and viewer is not None:
            self.username_edit.setText(viewer.username)
        self.tabs.setTabText(0, self.tr("Konflikter (%1)").replace("%1", str(status.conflicts)))
        self.tabs.setTabText(
            1, self.tr("Afvist af serveren (%1)").replace("%1", str(status.problems))
        )
        if status.revoked:
            self.explanation.setText(self.tr(
                "Serveren har spærret denne computer, så der synkroniseres ikke. Dine data er "
                "bevaret på computeren."))
        elif not status.configured:
            self.explanation.setText(self.tr(
                "Synkronisering med kommunens server er ikke sat op på denne computer endnu. "
                "Alt, du gemmer, ligger i den krypterede database på computeren, og "
                "ændringerne står i kø, så de kan sendes, når du har logget ind nedenfor."))
        elif self.sync_available:
            self.explanation.setText(self.tr(
                "Ændringer sendes til serveren, når der er forbindelse: når Trepart starter, med "
                "få minutters mellemrum og når du trykker F5. Alt, du gemmer, ligger sikkert i "
                "den krypterede database på computeren imens."))
        else:
            self.explanation.setText(self.tr(
                "Computeren er logget ind på serveren. Synkronisering startes indtil videre "
                "med kommandoen 'trepart sync'; alt, du gemmer, står i kø til den."))

    def show_details(self, details: SyncDetails) -> None:
        self.details = details
        self._context.sync_status.take_stored(details.status)  # the counts shown everywhere agree
        self.conflict_list.clear()
        for c in details.conflicts:
            where = self.tr(" i «%1»").replace("%1", c.case_title) if c.case_title else ""
            item = QListWidgetItem(f"{c.what}{where}")
            item.setData(ROLE_ID, c.id)
            item.setToolTip(self.tr("Dobbeltklik eller Enter for at se begge udgaver"))
            self.conflict_list.addItem(item)
        if details.conflicts:
            self.conflict_list.setCurrentRow(0)
        else:
            self.conflict_list.addItem(self._placeholder(self.tr("Ingen konflikter.")))
        self.resolve_button.setEnabled(bool(details.conflicts))
        self.problem_list.clear()
        for group in group_problems(details.problems):
            self.problem_list.addItem(self._problem_item(group))
        if not details.problems:
            self.problem_list.addItem(self._placeholder(self.tr("Serveren har ikke afvist noget.")))
        self.history_list.clear()
        for h in details.history:
            if h.ok:
                text = self.tr("%1 – sendt %2, hentet %3").replace("%1", _when(h.at)).replace(
                    "%2", str(h.pushed)).replace("%3", str(h.pulled))
                if h.conflicts:
                    text += self.tr(", %n konflikt(er)", "", h.conflicts)
                if h.refused:
                    text += self.tr(", %n afvist", "", h.refused)
            else:
                text = self.tr("%1 – mislykkedes: %2").replace("%1", _when(h.at)).replace(
                    "%2", h.error or "")
            self.history_list.addItem(QListWidgetItem(text))
        if not details.history:
            self.history_list.addItem(self._placeholder(self.tr("Ingen synkroniseringer endnu.")))

    def _problem_item(self, group: ProblemGroup) -> QListWidgetItem:
        """"12 møder afvist: ikke dit team", the records it concerns below, each in the tooltip."""
        first = group.problems[0]
        cause = self._cause(group.code) or first.message or group.code
        text = self.tr("%1 afvist: %2").replace(
            "%1", self._count(group.record_type, group.count)).replace("%2", cause)
        shown = [p.what for p in group.problems[:3]]
        if group.count > len(shown):
            shown.append(self.tr("%n til", "", group.count - len(shown)))
        text += self.tr("\nSenest %1: %2").replace("%1", _when(group.latest)).replace(
            "%2", ", ".join(shown))
        item = QListWidgetItem(text)
        lines = []
        for p in group.problems[:30]:
            fields = ", ".join(p.fields)
            lines.append(self.tr("%1 – %2: %3 (felter: %4)").replace("%1", _when(p.at)).replace(
                "%2", p.what).replace("%3", p.message or p.code).replace("%4", fields or "–"))
        if group.count > 30:
            lines.append(self.tr("… og %n mere", "", group.count - 30))
        item.setToolTip("\n".join(lines))
        return item

    def _cause(self, code: str) -> str | None:
        """The server's refusal codes (sync.server.errors) in a few plain words."""
        return {
            "out_of_scope": self.tr("ikke dit team eller din adgang"),
            "invalid": self.tr("ugyldige oplysninger"),
            "frozen": self.tr("underskrevet og låst"),
            "append_only": self.tr("kan ikke ændres, når den først er gemt"),
        }.get(code)

    def _count(self, record_type: str, n: int) -> str:
        """"1 møde", "12 møder": the record kind in the singular or plural."""
        if record_type == "case":  # the same word in both numbers in Danish, not in English
            return self.tr("%n forløb", "", n)
        nouns = {
            "citizen": (self.tr("borger"), self.tr("borgere")),
            "company": (self.tr("virksomhed"), self.tr("virksomheder")),
            "meeting": (self.tr("møde"), self.tr("møder")),
            "action_item": (self.tr("handling"), self.tr("handlinger")),
            "agreement": (self.tr("aftale"), self.tr("aftaler")),
            "plan": (self.tr("trepartsplan"), self.tr("trepartsplaner")),
            "signature": (self.tr("underskrift"), self.tr("underskrifter")),
            "consent": (self.tr("samtykke"), self.tr("samtykker")),
            "follow_up": (self.tr("opfølgning"), self.tr("opfølgninger")),
            "conflict": (self.tr("konflikt"), self.tr("konflikter")),
            "audit_entry": (self.tr("logpost"), self.tr("logposter")),
        }
        one, many = nouns.get(record_type, (record_type, record_type))
        return f"{n} {one if n == 1 else many}"

    def _placeholder(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    # -- acting -----------------------------------------------------------------------------
    def _current_conflict(self) -> str | None:
        item = self.conflict_list.currentItem()
        return item.data(ROLE_ID) if item is not None else None

    def _resolve_item(self, item: QListWidgetItem | None) -> None:
        conflict_id = item.data(ROLE_ID) if item is not None else None
        if conflict_id:
            self.resolve_requested.emit(conflict_id)

    def _choose_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Vælg CA-certifikater"), "",
            self.tr("Certifikater (*.pem *.crt *.cer);;Alle filer (*)"))
        if path:
            self.ca_edit.setText(path)

    def submit_login(self) -> None:
        from sync.client.transport import InvalidServerUrl, check_server_url

        try:
            url = check_server_url(self.url_edit.text())
        except InvalidServerUrl as exc:
            self._login_failed(str(exc))
            self.url_edit.setFocus()
            return
        if not self.username_edit.text().strip() or not self.password_edit.text():
            self._login_failed(self.tr("Skriv brugernavn og adgangskode til serveren."))
            return
        controller = getattr(self.window(), "sync", None)
        if controller is None:
            self._login_failed(self.tr("Synkronisering er ikke tilgængelig i dette vindue."))
            return
        self.login_button.setEnabled(False)
        self.login_error.setVisible(False)
        controller.log_in(
            server_url=url,
            username=self.username_edit.text().strip(),
            password=self.password_edit.text(),
            ca_bundle=self.ca_edit.text().strip() or None,
            on_done=self._logged_in,
            on_failure=self._login_failed,
        )

    def _logged_in(self) -> None:
        self.password_edit.clear()
        self.login_button.setEnabled(True)
        self.login_error.setVisible(False)
        self.reload()

    def _login_failed(self, message: str) -> None:
        self.login_button.setEnabled(True)
        self.login_error.setText(message)
        self.login_error.setVisible(True)
