"""Settings: language (takes effect at the next start), idle lock, autosave, password."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.settings import (
    MAX_AUTOSAVE_SECONDS,
    MAX_IDLE_MINUTES,
    MIN_AUTOSAVE_SECONDS,
    MIN_IDLE_MINUTES,
    AppSettings,
)
from desktop.ui.fields import ChoiceBox, ProblemLabel
from desktop.ui.unlock import PasswordField
from desktop.ui.widgets import Muted


class SettingsDialog(QDialog):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Sprog:"), self.language),
            (self.tr("&Lås efter:"), self.idle),
            (self.tr("Gem &kladder hvert:"), self.autosave),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.password_button)
        self.note = Muted(self.tr("Et nyt sprog bruges, næste gang Trepart starter."), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def chosen(self) -> AppSettings:
        return AppSettings(
            language=self.language.value() or "system",
            idle_lock_minutes=self.idle.value(),
            autosave_seconds=self.autosave.value(),
        ).normalised()

    def _change_password(self) -> None:
        ChangePasswordDialog(self._context, self).open()


class ChangePasswordDialog(QDialog):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
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
        from desktop.ui.i18n import vocab

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
            from desktop.ui.errors import expected_message

            self.buttons.setEnabled(True)
            message = expected_message(exc)
            if message is None:
                self._context.report_error(exc)
                return
            self.problems.show_problems([Problem("password", "old", message)])

        self._context.op(self, change).success(lambda _r: self.accept()).failure(failed).run()
