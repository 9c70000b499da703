"""First run: who you are, a password (with a strength hint), recovery, then the recovery
information shown once."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.labels import choices
from desktop.ui.kit.errors import expected_message, show_error
from desktop.ui.kit.fields import ChoiceBox, ProblemLabel
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.icons import icon
from desktop.ui.kit.password import PasswordField
from sync.protocol.vocabulary import Role

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)




class IdentityPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hvem bruger Trepart på denne computer?"))
        self.setSubTitle(
            self.tr(
                "Brugernavnet står i loggen ved alt, du gør, og bruges senere "
                "til at logge på serveren."
            )
        )
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Brugernavn"))
        self.username.setPlaceholderText(self.tr("fx fornavn.efternavn"))
        self.role = ChoiceBox([(code, vocab(label)) for code, label in choices(Role)], parent=self)
        self.role.setAccessibleName(self.tr("Rolle"))
        self.team = QLineEdit(self)
        self.team.setAccessibleName(self.tr("Team"))
        self.problems = ProblemLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Brugernavn:"), self.username)
        form.addRow(self.tr("&Rolle:"), self.role)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.problems)
        self.username.textChanged.connect(self.completeChanged)

    def identity(self) -> Any:
        from desktop.services.setup import Identity

        return Identity(
            username=self.username.text().strip().lower(),
            role=self.role.value() or Role.CONSULTANT.value,
            team=self.team.text().strip() or None,
        )

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.username.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        from desktop.services.setup import validate_identity

        problems = validate_identity(self.identity())
        self.problems.show_problems(problems)
        return not problems


class PasswordPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Vælg en adgangskode"))
        self.setSubTitle(
            self.tr(
                "Adgangskoden beskytter alle forløb på denne computer. Den "
                "gemmes ingen steder; vælg noget, du kan huske."
            )
        )
        self.password = PasswordField(self)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.repeat = PasswordField(self)
        self.repeat.setAccessibleName(self.tr("Gentag adgangskode"))
        self.show_text = QCheckBox(self.tr("&Vis adgangskoden"), self)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Adgangskodens styrke"))
        self.hints = QLabel(self)
        self.hints.setWordWrap(True)
        self.mismatch = ProblemLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        form.addRow(self.tr("&Gentag:"), self.repeat)
        form.addRow("", self.show_text)
        form.addRow(self.tr("Styrke:"), self.meter)
        form.addRow("", self.hints)
        form.addRow(self.mismatch)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle)
        self._update()

    def _toggle(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update(self) -> None:
        from desktop.services.setup import password_strength

        strength = password_strength(self.password.text())
        self.meter.setValue(strength.score)
        self.meter.setFormat(vocab(strength.label))
        self.hints.setText("\n".join(vocab(h) for h in strength.hints))
        self._acceptable = strength.acceptable
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self._acceptable and self.password.text() == self.repeat.text()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.password.text() != self.repeat.text():
            from desktop.domain.problems import Problem

            self.mismatch.show_problems(
                [Problem("password.repeat", "repeat", self.tr("De to adgangskoder er ikke ens."))]
            )
            return False
        return True


class RecoveryPage(QWizardPage):
    """The organisation's recovery key, or the user's acknowledgement that there is none."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gendannelse af en glemt adgangskode"))
        self.setSubTitle(
            self.tr(
                "Med kommunens gendannelsesnøgle kan IT sætte en ny "
                "adgangskode, hvis du glemmer din."
            )
        )
        self.data_dir = data_dir
        self.pem: bytes | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(self.tr("&Vælg nøglefil …"), self)
        self.choose.clicked.connect(self._choose)
        self.acknowledge = QCheckBox(
            self.tr(
                "Jeg &forstår, at de lokale data ikke kan åbnes "
                "igen, hvis jeg glemmer adgangskoden."
            ),
            self,
        )
        self.problems = ProblemLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.acknowledge)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.acknowledge.toggled.connect(self.completeChanged)
        from desktop.services.setup import find_recovery_key

        found = find_recovery_key(data_dir)
        if found is not None:
            self._use(found)
        else:
            self._show_missing()

    def _show_missing(self) -> None:
        self.pem = None
        self.status.setText(
            self.tr(
                "Der er ikke fundet nogen gendannelsesnøgle fra kommunen. "
                "Spørg IT efter filen recovery-public.pem, eller fortsæt "
                "uden."
            )
        )
        self.acknowledge.setVisible(True)

    def _use(self, path: Path) -> None:
        from desktop.services.setup import recovery_key_fingerprint

        try:
            pem = path.read_bytes()
            fingerprint = recovery_key_fingerprint(pem)
        except Exception as exc:  # a wrong file is the user's slip, shown next to the choice
            message = expected_message(exc) or type(exc).__name__
            from desktop.domain.problems import Problem

            self.problems.show_problems([Problem("recovery.key", "key", message)])
            self._show_missing()
            return
        self.problems.show_problems([])
        self.pem = pem
        groups = " ".join(fingerprint.upper()[i : i + 4] for i in range(0, 32, 4))
        self.status.setText(
            self.tr("Gendannelsesnøgle fundet: %1\nFingeraftryk: %2")
            .replace("%1", str(path))
            .replace("%2", groups)
        )
        self.acknowledge.setVisible(False)
        self.completeChanged.emit()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Vælg kommunens gendannelsesnøgle"),
            str(Path.home()),
            self.tr("Offentlig nøgle (*.pem);;Alle filer (*)"),
        )
        if name:
            self._use(Path(name))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.pem is not None or self.acknowledge.isChecked()


class CreatingPage(QWizardPage):
    """Makes the vault on the worker, then shows the recovery information once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gendannelsesoplysninger"))
        self.setSubTitle(
            self.tr(
                "Vises kun denne ene gang. Skriv dem ned, eller gem dem et "
                "sikkert sted, og giv dem til IT, hvis du glemmer "
                "adgangskoden."
            )
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Opretter"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Gendannelsesoplysninger"))
        self.text.setVisible(False)
        self.copy = QPushButton(self.tr("&Kopiér"), self)
        self.copy.setVisible(False)
        self.copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )
        self.noted = QCheckBox(self.tr("Jeg har &noteret oplysningerne"), self)
        self.noted.setVisible(False)
        self.noted.toggled.connect(self.completeChanged)
        self.created = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.noted)

    def show_info(self, text: str) -> None:
        self.created = True
        self.progress.setVisible(False)
        self.text.setPlainText(text)
        self.text.setVisible(True)
        self.copy.setVisible(True)
        self.noted.setVisible(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.created and self.noted.isChecked()


class FirstRunWizard(QWizard):
    """Creates the vault; `created(session, viewer)` when done."""

    created = Signal(object, object)

    def __init__(self, context: AppContext, *, kdf: Any = None) -> None:
        super().__init__()
        self._context = context
        self._kdf = kdf
        self._session: Any = None
        self.setWindowTitle(self.tr("Velkommen til Trepart"))
        self.setWindowIcon(icon("trepart"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        intro = QWizardPage(self)
        intro.setTitle(self.tr("Velkommen til Trepart"))
        text = QLabel(
            self.tr(
                "Trepart gemmer forløb, møder og aftaler krypteret på denne computer, så du "
                "kan arbejde uden netværk ude på virksomhederne.\n\nFørst skal Trepart vide, "
                "hvem du er, og du skal vælge en adgangskode.\n\nDatamappe: %1"
            ).replace("%1", str(context.data_dir)),
            intro,
        )
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.identity_page = IdentityPage(self)
        self.password_page = PasswordPage(self)
        self.recovery_page = RecoveryPage(context.data_dir, self)
        self.creating_page = CreatingPage(self)
        for page in (
            intro,
            self.identity_page,
            self.password_page,
            self.recovery_page,
            self.creating_page,
        ):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(640, 520)

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.creating_page and not self.creating_page.created:
            self._create()

    def _create(self) -> None:
        identity = self.identity_page.identity()
        password = self.password_page.password.text()
        pem = self.recovery_page.pem
        data_dir = self._context.data_dir
        kdf = self._kdf
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)

        def create() -> Any:
            from desktop.services.setup import create_first_vault

            return create_first_vault(
                data_dir, password, identity=identity, recovery_public_key_pem=pem, kdf=kdf
            )

        self._context.op(self, create, needs_store=False).success(self._created).failure(
            self._failed
        ).run()

    def _created(self, result: Any) -> None:
        session, info = result
        self._session = session
        self.password_page.password.clear()
        self.password_page.repeat.clear()
        text = info.as_text()
        self.creating_page.show_info(text)

    def _failed(self, exc: BaseException) -> None:
        show_error(exc, parent=self)
        self.back()

    def accept(self) -> None:
        if self._session is None:
            return
        from desktop.services.access import viewer_of

        session, self._session = self._session, None
        super().accept()
        self.created.emit(session, viewer_of(session.store))

    def reject(self) -> None:
        if self._session is not None:
            # The vault exists and its recovery information is on screen for the only time:
            # the user confirms having noted it rather than closing it away.
            self.creating_page.noted.setFocus()
            return
        super().reject()
