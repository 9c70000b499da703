"""Settings: language (takes effect at the next start), idle lock, autosave, password, and sync:
server URL and CA bundle (kept inside the vault via services.sync.configure, never in a settings
file) and the sync interval (settings.json: it says nothing about anyone)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import organisation
from desktop.services.settings import (
    MAX_ATTACHMENT_MB,
    MAX_AUTOSAVE_SECONDS,
    MAX_FAST_TRACK_DAYS,
    MAX_IDLE_MINUTES,
    MAX_SYNC_MINUTES,
    MIN_ATTACHMENT_MB,
    MIN_AUTOSAVE_SECONDS,
    MIN_FAST_TRACK_DAYS,
    MIN_IDLE_MINUTES,
    MIN_SYNC_MINUTES,
    AppSettings,
)
from desktop.ui.kit.fields import ChoiceBox, ProblemLabel
from desktop.ui.kit.password import PasswordField
from desktop.ui.kit.widgets import Muted

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Indstillinger"))
        self._context = context
        settings: AppSettings = context.settings
        self.language = ChoiceBox(
            [("system", self.tr("Som systemet")), ("da", "Dansk"), ("en", "English")], parent=self
        )
        self.language.set_value(settings.language)
        self.language.setAccessibleName(self.tr("Sprog"))
        self.idle = QSpinBox(self)
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min."))
        self.idle.setAccessibleName(self.tr("Lås efter minutter uden aktivitet"))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setValue(settings.autosave_seconds)
        self.autosave.setSuffix(self.tr(" sek."))
        self.autosave.setAccessibleName(self.tr("Gem kladder hvert antal sekunder"))
        self.password_button = QPushButton(self.tr("Skift &adgangskode …"), self)
        self.password_button.clicked.connect(self._change_password)
        sync_status = context.sync_status.status
        self._server_was = sync_status.server or ""
        self._ca_was = sync_status.ca_bundle or ""
        self.server_url = QLineEdit(self._server_was, self)
        self.server_url.setPlaceholderText("https://trepart.kommune.dk")
        self.server_url.setAccessibleName(self.tr("Serveradresse"))
        self.ca_bundle = QLineEdit(self._ca_was, self)
        self.ca_bundle.setPlaceholderText(self.tr("Kun hvis kommunen bruger sin egen CA"))
        self.ca_bundle.setAccessibleName(self.tr("CA-certifikater"))
        ca_button = QPushButton(self.tr("&Vælg …"), self)
        ca_button.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(ca_button)
        self.sync_interval = QSpinBox(self)
        self.sync_interval.setRange(MIN_SYNC_MINUTES, MAX_SYNC_MINUTES)
        self.sync_interval.setValue(settings.sync_interval_minutes)
        self.sync_interval.setSuffix(self.tr(" min."))
        self.sync_interval.setAccessibleName(self.tr("Synkronisér hvert antal minutter"))
        self.attachment_max = QSpinBox(self)
        self.attachment_max.setRange(MIN_ATTACHMENT_MB, MAX_ATTACHMENT_MB)
        self.attachment_max.setValue(settings.attachment_max_mb)
        self.attachment_max.setSuffix(self.tr(" MB"))
        self.attachment_max.setAccessibleName(self.tr("Største fil, der kan vedhæftes"))
        self.fast_track_wait = QSpinBox(self)
        self.fast_track_wait.setRange(MIN_FAST_TRACK_DAYS, MAX_FAST_TRACK_DAYS)
        self.fast_track_wait.setValue(settings.fast_track_wait_days)
        self.fast_track_wait.setSuffix(self.tr(" dage"))
        self.fast_track_wait.setAccessibleName(
            self.tr("I dag viser ordninger i det hurtige spor, der har ventet længere end")
        )
        self.fast_track_wait.setToolTip(self.fast_track_wait.accessibleName())
        self.sync_problem = ProblemLabel(self)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Sprog:"), self.language),
            (self.tr("&Lås efter:"), self.idle),
            (self.tr("Gem &kladder hvert:"), self.autosave),
            (self.tr("Se&rver:"), self.server_url),
            (self.tr("&CA-certifikater:"), ca_row),
            (self.tr("S&ynkronisér hvert:"), self.sync_interval),
            (self.tr("Største &bilag:"), self.attachment_max),
            (self.tr("&Hurtigt spor, ventetid:"), self.fast_track_wait),
        ):
            label = QLabel(text, self)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            else:
                label.setBuddy(self.ca_bundle)
            form.addRow(label, widget)
        form.addRow("", self.sync_problem)
        form.addRow("", self.password_button)
        self.note = Muted(self.tr("Et nyt sprog bruges, næste gang Trepart starter."), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        self.locked_note = Muted("", self)
        layout.addWidget(self.locked_note)
        layout.addWidget(buttons)
        self._show_locked({
            "language": self.language, "idle_lock_minutes": self.idle,
            "attachment_max_mb": self.attachment_max, "server_url": self.server_url,
            "fast_track_wait_days": self.fast_track_wait,
            "ca_bundle": ca_button,
        })

    def _show_locked(self, widgets: dict[str, QWidget]) -> None:
        """Settings the organisation's defaults file fixes are shown, but cannot be changed."""
        org = organisation.current()
        fixed = [key for key in widgets if org.is_locked(key)]
        for key in fixed:
            widgets[key].setEnabled(False)
            widgets[key].setToolTip(self.tr("Fastlagt af organisationen"))
        if "ca_bundle" in fixed:
            self.ca_bundle.setEnabled(False)
            self.ca_bundle.setText(str(org.get("ca_bundle")))
        if "server_url" in fixed:
            self.server_url.setText(str(org.get("server_url")))
        self.locked_note.setText(
            self.tr("Grå felter er fastlagt af organisationen (%1).").replace(
                "%1", str(org.path)
            )
            if fixed else ""
        )
        self.locked_note.setVisible(bool(fixed))

    def chosen(self) -> AppSettings:
        # Settings the dialog does not show (e.g. the network timeout) are kept as they are.
        return replace(
            self._context.settings,
            language=self.language.value() or "system",
            idle_lock_minutes=self.idle.value(),
            autosave_seconds=self.autosave.value(),
            sync_interval_minutes=self.sync_interval.value(),
            attachment_max_mb=self.attachment_max.value(),
            fast_track_wait_days=self.fast_track_wait.value(),
        ).normalised()

    def _accept(self) -> None:
        from desktop.domain.problems import Problem
        from sync.client.transport import InvalidServerUrl, check_server_url

        url = self.server_url.text().strip()
        if url or self._server_was:
            try:
                check_server_url(url)
            except InvalidServerUrl as exc:
                self.sync_problem.show_problems([Problem("sync.server_url", "server_url",
                                                         str(exc))])
                self.server_url.setFocus()
                return
        self.accept()

    def sync_config_changed(self) -> bool:
        return (self.server_url.text().strip() != self._server_was
                or self.ca_bundle.text().strip() != self._ca_was)

    def save_sync_config(self) -> None:
        """Server URL and CA bundle into the vault (a job on the worker), if they changed."""
        if not self.sync_config_changed() or not self.server_url.text().strip():
            return
        from pathlib import Path

        from desktop.services import sync as sync_service

        url = self.server_url.text().strip()
        ca = self.ca_bundle.text().strip()
        context = self._context

        def configure(store: Any) -> None:
            sync_service.configure(store, server_url=url, ca_bundle=Path(ca) if ca else None)

        context.op(context, configure).success(lambda _r: context.sync_status.refresh()).run()

    def _choose_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Vælg CA-certifikater"), "",
            self.tr("Certifikater (*.pem *.crt *.cer);;Alle filer (*)"))
        if path:
            self.ca_bundle.setText(path)

    def _change_password(self) -> None:
        ChangePasswordDialog(self._context, self).open()


class ChangePasswordDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skift adgangskode"))
        self._context = context
        self.old = PasswordField(self)
        self.old.setAccessibleName(self.tr("Nuværende adgangskode"))
        self.new = PasswordField(self)
        self.new.setAccessibleName(self.tr("Ny adgangskode"))
        self.repeat = PasswordField(self)
        self.repeat.setAccessibleName(self.tr("Gentag ny adgangskode"))
        self.hint = Muted("", self)
        self.problems = ProblemLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Nuværende:"), self.old),
            (self.tr("N&y:"), self.new),
            (self.tr("&Gentag ny:"), self.repeat),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._hint)

    def _hint(self) -> None:
        from desktop.services.setup import password_strength
        from desktop.ui.kit.i18n import vocab

        strength = password_strength(self.new.text())
        self.hint.setText(
            self.tr("Styrke: %1").replace("%1", vocab(strength.label))
            + "\n"
            + "\n".join(vocab(h) for h in strength.hints)
        )

    def _submit(self) -> None:
        from desktop.domain.problems import Problem
        from desktop.services.setup import password_strength

        if self.new.text() != self.repeat.text():
            self.problems.show_problems(
                [
                    Problem(
                        "password.repeat", "repeat", self.tr("De to nye adgangskoder er ikke ens.")
                    )
                ]
            )
            return
        if not password_strength(self.new.text()).acceptable:
            self.problems.show_problems(
                [Problem("password.weak", "new", self.tr("Vælg en stærkere adgangskode."))]
            )
            return
        old, new = self.old.text(), self.new.text()
        vault = self._context.vault
        self.buttons.setEnabled(False)

        def change(store: Any) -> None:
            from sync.protocol.vocabulary import AuditAction

            vault.change_password(old, new)
            store.audit(AuditAction.PASSWORD)

        def failed(exc: BaseException) -> None:
            from desktop.ui.kit.errors import expected_message

            self.buttons.setEnabled(True)
            message = expected_message(exc)
            if message is None:
                self._context.report_error(exc)
                return
            self.problems.show_problems([Problem("password", "old", message)])

        self._context.op(self, change).success(lambda _r: self.accept()).failure(failed).run()
