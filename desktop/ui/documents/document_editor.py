"""The Skånehensyn tab: the agreement's form, signing on the spot, freezing and versions.

`DocumentEditor` is shared with the Trepartsplan tab (plan_editor.py): it loads the versions of
one case's agreement (or plan), shows the current one (the draft, else the valid signed one),
lets the three parties sign it, locks every input once it is signed, offers "Ændr aftale" for a
new version, lists the history and previews or prints the PDF (archived bytes once signed).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.lifecycle import FrozenDocumentError
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import Agreement
from desktop.domain.validation import validate
from desktop.services import agreements, plans, signing
from desktop.services.changes import Changes
from desktop.ui.documents.signature_pad import SignDialog
from desktop.ui.kit.fields import (
    DateEdit,
    FieldBox,
    ProblemLabel,
    ProblemRouter,
)
from desktop.ui.kit.i18n import problem_text, vocab
from desktop.ui.kit.widgets import Heading, Muted
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

log = logging.getLogger(__name__)
AGREEMENT = CATALOGUE["agreement"]
PARTIES = (v.Party.CITIZEN.value, v.Party.COMPANY.value, v.Party.JOBCENTER.value)
WEEKDAYS = ("man", "tir", "ons", "tor", "fre", "loer", "soen")






def party_label(party: str) -> str:
    return vocab(v.Party(party).label)


class DocumentEditor(QWidget):
    """Base of the agreement and plan editors: loading, signing, freezing, versions."""

    kind = "agreement"
    loaded = Signal()
    signed = Signal(str)  # party

    def __init__(self, context: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.case_id = case_id
        self.versions: list[signing.DocumentVersion] = []
        self.current: signing.DocumentVersion | None = None  # the version being edited/shown
        self.document: Any = None  # what the form was filled from
        self.is_new = False
        self.viewing_old = False
        self._dirty = False
        self._filling = False
        self._busy = False
        self.sign_dialog: SignDialog | None = None
        self.return_dialog: Any = None  # the consultant's password after a hand-over signing
        self.preview_dialog: QDialog | None = None
        self.copy_flow: Any = None  # the copy chooser and preview while they are open
        self.void_dialog: QMessageBox | None = None  # "Borger har underskrevet; ..."
        self._void_confirmed = False  # the user chose to edit signed content
        self._full_name = ""  # the consultant's printed name, as last signed
        self.has_loaded = False

        self.general = ProblemLabel(self)
        self.router = ProblemRouter(self.general)
        self._build_frame()
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(400)
        self._validate_timer.timeout.connect(self.validate_live)
        context.changed.connect(self.on_changes)

    # -- texts a subclass changes ----------------------------------------------------------
    def doc_label(self) -> str:
        return self.tr("aftalen")

    def title_text(self) -> str:
        return self.tr("Aftale om skånehensyn")

    def empty_text(self) -> str:
        return self.tr("Der er ingen aftale om skånehensyn endnu.")

    def create_text(self) -> str:
        return self.tr("Opret aftale")

    def change_text(self) -> str:
        return self.tr("Ændr aftale")

    # -- frame -----------------------------------------------------------------------------
    def _build_frame(self) -> None:
        self.heading = Heading(self.title_text(), self, size=1.25)
        self.state = Muted("", self)
        self.state.setAccessibleName(self.tr("Status"))
        self.frozen_banner = QLabel(self)
        self.frozen_banner.setWordWrap(True)
        self.frozen_banner.setStyleSheet(
            "background: #e6f0e6; color: #1e4620; padding: 6px; border-radius: 3px;"
        )
        self.frozen_banner.setVisible(False)
        self.save_button = QPushButton(self.tr("Gem kladde"), self)
        self.save_button.setToolTip(self.tr("Gem kladden (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.change_button = QPushButton(self.change_text(), self)
        self.change_button.setToolTip(
            self.tr("Lav en ny version, der erstatter denne, når den er underskrevet")
        )
        self.change_button.clicked.connect(self.change)
        self.preview_button = QPushButton(self.tr("Forhåndsvis / udskriv …"), self)
        self.preview_button.clicked.connect(self.preview)
        self.create_button = QPushButton(self.create_text(), self)
        self.create_button.clicked.connect(self.create)
        self.current_button = QPushButton(self.tr("Vis gældende version"), self)
        self.current_button.clicked.connect(self.show_current)
        self.current_button.setVisible(False)

        self.empty_label = Muted(self.empty_text(), self)
        self.form_widget = QWidget(self)
        form_layout = QVBoxLayout(self.form_widget)
        form_layout.addWidget(self.general)
        self.build_form(form_layout)
        form_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.form_widget)

        # Side: signatures of the shown version, then the history of all versions.
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        sign_box = QGroupBox(self.tr("Underskrifter"), side)
        sign_layout = QVBoxLayout(sign_box)
        self.sign_buttons: dict[str, QPushButton] = {}
        self.sign_status: dict[str, QLabel] = {}
        for party in PARTIES:
            row = QHBoxLayout()
            status = QLabel(sign_box)
            status.setWordWrap(True)
            status.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.tr("Underskriv …"), sign_box)
            button.setAccessibleName(self.tr("%1 underskriver").replace("%1", party_label(party)))
            button.clicked.connect(lambda _=False, p=party: self.request_signature(p))
            row.addWidget(status, 1)
            row.addWidget(button)
            sign_layout.addLayout(row)
            self.sign_buttons[party] = button
            self.sign_status[party] = status
        self.sign_problems = ProblemLabel(sign_box)
        sign_layout.addWidget(self.sign_problems)
        history_box = QGroupBox(self.tr("Versioner"), side)
        history_layout = QVBoxLayout(history_box)
        self.history = QTreeWidget(history_box)
        self.history.setHeaderLabels([self.tr("Version"), self.tr("Status / underskrift")])
        self.history.setAccessibleName(self.tr("Versioner og underskrifter"))
        self.history.setRootIsDecorated(True)
        self.history.setColumnWidth(0, 150)
        self.history.itemActivated.connect(self._history_activated)
        self.history.itemDoubleClicked.connect(self._history_activated)
        history_layout.addWidget(
            Muted(self.tr("Dobbeltklik på en version for at læse den."), history_box)
        )
        history_layout.addWidget(self.history, 1)
        side_layout.addWidget(sign_box)
        side_layout.addWidget(history_box, 1)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.frozen_banner)
        body_layout.addWidget(self.empty_label)
        body_layout.addWidget(self.scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(body)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 300])

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.state)
        top.addLayout(titles, 1)
        for b in (
            self.current_button,
            self.create_button,
            self.change_button,
            self.preview_button,
            self.save_button,
        ):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self._show_nothing()

    def build_form(self, layout: QVBoxLayout) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def fill(self, document: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def read(self) -> tuple[Any, list[Problem]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def box(self, name: str, label: str, editor: QWidget, hint: str | None = None) -> FieldBox:
        b = FieldBox(label, editor, parent=self.form_widget, hint=hint)
        return self.router.add(name, b)

    # -- permissions -----------------------------------------------------------------------
    @property
    def may_edit(self) -> bool:
        viewer = self._context.viewer
        return not viewer.is_mentor and not self._context.handover

    @property
    def frozen(self) -> bool:
        return self.document is not None and self.document.status != v.DocumentStatus.DRAFT.value

    @property
    def read_only(self) -> bool:
        return self.frozen or self.viewing_old or not self.may_edit

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        viewer = self._context.viewer
        case_id, kind = self.case_id, self.kind

        def fetch(store: Any) -> tuple[list[signing.DocumentVersion], str]:
            versions = signing.history(store, viewer=viewer, case_id=case_id, kind=kind)
            return versions, signing.consultant_full_name(store)

        self._context.op(self, fetch).success(self._fetched).run()

    def _fetched(self, result: tuple[list[signing.DocumentVersion], str]) -> None:
        versions, self._full_name = result
        self._loaded(versions)

    def _loaded(self, versions: list[signing.DocumentVersion]) -> None:
        self.has_loaded = True
        self.versions = versions
        self._fill_history()
        if self.is_new and self._dirty:
            self.loaded.emit()
            return  # a new, unsaved document stays on the screen
        current = self.current_version()
        if current is None:
            self._show_nothing()
        else:
            self.show_version(current, old=False)
        self.loaded.emit()

    def current_version(self) -> signing.DocumentVersion | None:
        live = [d for d in self.versions if d.document.status != v.DocumentStatus.SUPERSEDED.value]
        drafts = [d for d in live if d.document.status == v.DocumentStatus.DRAFT.value]
        if drafts:
            return drafts[-1]
        return live[-1] if live else None

    def on_changes(self, changes: Changes) -> None:
        if not self._context.unlocked or not self.has_loaded:
            return
        relevant = changes.everything or (
            changes.touches(self.kind, "signature") and changes.touches_case(self.case_id)
        )
        if relevant and not self._dirty and not self._busy:
            self.load()

    def _show_nothing(self) -> None:
        self.document = None
        self.current = None
        self.is_new = False
        self.viewing_old = False
        self.empty_label.setVisible(True)
        self.scroll.setVisible(False)
        self.frozen_banner.setVisible(False)
        self.heading.setText(self.title_text())
        self.state.setText("")
        self.create_button.setVisible(self.has_loaded and self.may_edit)
        for b in (self.save_button, self.change_button, self.preview_button, self.current_button):
            b.setVisible(False)
        for party in PARTIES:
            self.sign_status[party].setText(party_label(party) + ": –")
            self.sign_buttons[party].setVisible(False)

    def show_version(self, version: signing.DocumentVersion, *, old: bool) -> None:
        self.current = version
        self.is_new = False
        self.viewing_old = old
        self._set_document(version.document)

    def _set_document(self, document: Any) -> None:
        self.document = document
        self._void_confirmed = False
        self._filling = True
        try:
            self.fill(document)
        finally:
            self._filling = False
        self._dirty = False
        self.router.show([])
        self.general.show_problems([])
        self.sign_problems.show_problems([])
        self.empty_label.setVisible(False)
        self.scroll.setVisible(True)
        self._apply_state()
        self.validate_live()

    def _apply_state(self) -> None:
        doc = self.document
        read_only = self.read_only
        self.set_inputs_read_only(read_only)
        status = vocab(v.DocumentStatus(doc.status).label) if doc else ""
        self.heading.setText(
            self.tr("%1 · version %2")
            .replace("%1", self.title_text())
            .replace("%2", str(doc.version))
        )
        if self.is_new:
            self.state.setText(self.tr("Ny kladde – ikke gemt endnu"))
        else:
            self.state.setText(status)
        if doc.status == v.DocumentStatus.SIGNED.value and not self.may_edit:
            # A mentor (or the screen in hand-over) has no 'Ændr aftale' button to point at.
            self.frozen_banner.setText(
                self.tr("Version %1 er underskrevet af alle tre parter og er låst.").replace(
                    "%1", str(doc.version)
                )
            )
            self.frozen_banner.setVisible(True)
        elif doc.status == v.DocumentStatus.SIGNED.value:
            self.frozen_banner.setText(
                self.tr(
                    "Version %1 er underskrevet af alle tre parter og er låst. Brug '%2' for "
                    "at lave en ny version."
                )
                .replace("%1", str(doc.version))
                .replace("%2", self.change_text())
            )
            self.frozen_banner.setVisible(True)
        elif doc.status == v.DocumentStatus.SUPERSEDED.value:
            self.frozen_banner.setText(
                self.tr("Version %1 er erstattet af en nyere version. Kun til læsning.").replace(
                    "%1", str(doc.version)
                )
            )
            self.frozen_banner.setVisible(True)
        elif self.viewing_old:
            self.frozen_banner.setText(self.tr("Kun til læsning."))
            self.frozen_banner.setVisible(True)
        else:
            self.frozen_banner.setVisible(False)
        self.create_button.setVisible(False)
        self.current_button.setVisible(self.viewing_old)
        self.save_button.setVisible(self.may_edit and not self.frozen and not self.viewing_old)
        latest = self.current_version()
        self.change_button.setVisible(
            self.may_edit
            and not self.viewing_old
            and doc.status == v.DocumentStatus.SIGNED.value
            and latest is not None
            and latest.document.id == doc.id
        )
        self.preview_button.setVisible(not self.is_new)
        self._show_signatures()

    def _show_signatures(self) -> None:
        version = self.current
        signatures = {}
        missing: tuple[str, ...] = PARTIES
        if version is not None and not self.is_new:
            missing = version.missing
            for s in version.signatures:
                if s.content_hash == version.content_hash:
                    signatures[s.party] = s
        can_sign = self.may_edit and not self.read_only
        for party in PARTIES:
            s = signatures.get(party)
            if s is not None:
                method = vocab(v.SignatureMethod(s.method).label).lower()
                text = self.tr("%1: %2, %3 (%4)")
                text = (
                    text.replace("%1", party_label(party))
                    .replace("%2", s.signer_name)
                    .replace("%3", fmt.datetime(s.signed_at))
                    .replace("%4", method)
                )
                self.sign_status[party].setText("✓ " + text)
            else:
                self.sign_status[party].setText(
                    self.tr("%1: mangler underskrift").replace("%1", party_label(party))
                )
            self.sign_buttons[party].setVisible(can_sign and party in missing)

    def _fill_history(self) -> None:
        self.history.clear()
        for version in reversed(self.versions):
            doc = version.document
            item = QTreeWidgetItem(
                [
                    self.tr("Version %1").replace("%1", str(doc.version)),
                    vocab(v.DocumentStatus(doc.status).label),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, doc.id)
            for s in version.signatures:
                text = (
                    self.tr("%1 · %2 · %3")
                    .replace("%1", s.signer_name)
                    .replace("%2", fmt.datetime(s.signed_at))
                    .replace("%3", vocab(v.SignatureMethod(s.method).label).lower())
                )
                child = QTreeWidgetItem([party_label(s.party), text])
                child.setToolTip(1, text)
                child.setData(0, Qt.ItemDataRole.UserRole, doc.id)
                item.addChild(child)
            for voided in version.voided:
                s = voided.signature
                # Column 0 says "Annulleret", not the party: a version lists each party once.
                text = (
                    self.tr("%1: %2 · underskrevet %3")
                    .replace("%1", party_label(s.party))
                    .replace("%2", s.signer_name)
                    .replace("%3", fmt.datetime(s.signed_at))
                )
                if voided.voided_at is not None:
                    text += (
                        self.tr(" · annulleret %1 af %2 (ændret: %3)")
                        .replace("%1", fmt.datetime(voided.voided_at))
                        .replace("%2", voided.voided_by or "")
                        .replace("%3", ", ".join(voided.fields))
                    )
                child = QTreeWidgetItem([self.tr("Annulleret"), text])
                child.setToolTip(1, text)
                child.setData(0, Qt.ItemDataRole.UserRole, doc.id)
                child.setForeground(0, Qt.GlobalColor.gray)
                child.setForeground(1, Qt.GlobalColor.gray)
                item.addChild(child)
            self.history.addTopLevelItem(item)
            item.setExpanded(True)
        self.history.resizeColumnToContents(1)

    def _history_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.show_version_id(doc_id)

    def show_version_id(self, doc_id: str) -> None:
        version = next((d for d in self.versions if d.document.id == doc_id), None)
        if version is None:
            return
        latest = self.current_version()
        self.show_version(version, old=latest is None or latest.document.id != doc_id)

    def show_current(self) -> None:
        current = self.current_version()
        if current is not None:
            self.show_version(current, old=False)

    # -- inputs ----------------------------------------------------------------------------
    def set_inputs_read_only(self, read_only: bool) -> None:
        for w in self.form_widget.findChildren(QLineEdit):
            w.setReadOnly(read_only)
        for w in self.form_widget.findChildren(QPlainTextEdit):
            w.setReadOnly(read_only)
        for cls in (QComboBox, QAbstractButton):
            for w in self.form_widget.findChildren(cls):
                w.setEnabled(not read_only)

    def inputs(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for cls in (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox):
            widgets += self.form_widget.findChildren(cls)
        return widgets

    def edited(self, *_args: Any) -> None:
        if self._filling:
            return
        if self._signed_content_edited():
            return
        self._dirty = True
        self.state.setText(self.tr("Ændringer er ikke gemt"))
        self._validate_timer.start()

    def _signed_content_edited(self) -> bool:
        """The first change to a draft someone signed: ask before it takes effect.

        Going on voids their signatures when the draft is saved (the service logs who, when and
        which fields, and keeps the voided signatures); "Fortryd" puts the form back.
        """
        version = self.current
        if (
            self._void_confirmed
            or version is None
            or self.is_new
            or self.frozen
            or not version.signatures
        ):
            return False
        if self.void_dialog is not None:
            return True  # already asking
        dialog = QMessageBox(self)
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(self.tr("Ændring kræver ny underskrift"))
        dialog.setText(problem_text(
            Problem("signatures.void", "status", signing.void_warning(list(version.signatures)))))
        dialog.setInformativeText(
            self.tr(
                "Underskriften bliver ugyldig, når ændringen gemmes. Den gemmes i historikken "
                "som annulleret, og parten skal underskrive igen."
            )
        )
        self.void_go_on = dialog.addButton(
            self.tr("Ret alligevel"), QMessageBox.ButtonRole.AcceptRole
        )
        self.void_undo = dialog.addButton(self.tr("Fortryd"), QMessageBox.ButtonRole.RejectRole)
        dialog.setDefaultButton(self.void_undo)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: self._void_answered(dialog))
        self.void_dialog = dialog
        dialog.open()
        return True

    def _void_answered(self, dialog: QMessageBox) -> None:
        self.void_dialog = None
        if dialog.clickedButton() is self.void_go_on:
            self._void_confirmed = True
            self.edited()
            return
        if self.document is not None:
            self._set_document(self.document)  # undo the keystroke

    def watch(self, widget: QWidget) -> None:
        """Mark the form edited when this input changes."""
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self.edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.edited)
        elif isinstance(widget, DateEdit):
            widget.changed.connect(self.edited)

    def problems(self) -> tuple[Any, list[Problem]]:
        document, parse_problems = self.read()
        parsed = {p.field for p in parse_problems}
        domain = [p for p in validate(document) if p.field not in parsed]
        return document, parse_problems + domain

    def show_problems(self, problems: list[Problem]) -> None:
        self.router.show(problems)

    def validate_live(self) -> None:
        """Problems (and diagnosis notices) while typing; nothing is saved."""
        if self.document is None or self.read_only:
            return
        _doc, problems = self.problems()
        self.show_problems(problems)

    # -- actions ---------------------------------------------------------------------------
    def create(self) -> None:
        viewer = self._context.viewer
        case_id = self.case_id
        new = agreements.new_agreement if self.kind == "agreement" else plans.new_plan

        def made(document: Any) -> None:
            self.current = None
            self.viewing_old = False
            self.is_new = True
            self._set_document(document)
            self._dirty = True
            self.state.setText(self.tr("Ny kladde – ikke gemt endnu"))

        self._context.op(self, lambda store: new(store, viewer=viewer, case_id=case_id)).success(
            made
        ).run()

    def _report(self, exc: BaseException, where: ProblemLabel | None = None) -> bool:
        """Show an expected refusal in Danish next to the form; False for other errors."""
        target = where or self.general
        if isinstance(exc, ValidationError):
            self.show_problems(exc.problems)
            return True
        if isinstance(exc, signing.SigningError):
            self.show_problems([p for p in exc.problems if p.field in self.router.boxes])
            target.show_problems(exc.problems)
            return True
        if isinstance(exc, FrozenDocumentError | PermissionError):
            target.show_problems([Problem("frozen", "status", str(exc))])
            return True
        return False

    def save(self, *, then: Any = None) -> None:
        if self.document is None or self._busy:
            return
        document, problems = self.problems()
        self.show_problems(problems)
        if blocking(problems) and not self.frozen:
            self.state.setText(self.tr("Ikke gemt: ret de markerede felter"))
            first = self.router.first_blocking(problems)
            if first is not None:
                first.setFocus()
                self.scroll.ensureWidgetVisible(first)
            return
        viewer = self._context.base_viewer
        void = self._void_confirmed
        self._busy = True

        def done(_changes: Changes) -> None:
            self._busy = False
            self._dirty = False
            self.is_new = False
            self.document = document
            self.state.setText(self.tr("Gemt kl. %1").replace("%1", fmt.clock(dt.datetime.now())))
            if then is not None:
                then()
            else:
                self.load()

        def failed(exc: BaseException) -> None:
            self._busy = False
            if self._report(exc):
                self.state.setText(self.tr("Ikke gemt"))
                return
            self._context.report_error(exc)

        self._context.mutate(
            self,
            lambda store: signing.save_draft_document(
                store, viewer=viewer, document=document, void_signatures=void
            ),
            done,
            failed,
        )

    def request_signature(self, party: str) -> None:
        """Check the content can be signed (saving the draft first), then open the pad."""
        if self.document is None or self._busy:
            return
        self.sign_problems.show_problems([])
        if self.frozen:
            self.sign_problems.show_problems(
                [Problem("frozen", "status", str(FrozenDocumentError(self.doc_label())))]
            )
            return
        document, problems = self.problems()
        self.show_problems(problems)
        parse = [p for p in problems if p.code.endswith(".format")]
        if parse:
            self.sign_problems.show_problems(parse)
            return
        must_save = self._dirty or self.is_new
        void = self._void_confirmed
        viewer = self._context.base_viewer
        self._busy = True

        def check(store: Any) -> tuple[list[Problem], Changes | None]:
            found = signing.signing_problems(store, document)
            if found:
                return found, None  # nothing is saved when the content cannot be signed
            changes = None
            if must_save:
                changes = signing.save_draft_document(
                    store, viewer=viewer, document=document, void_signatures=void
                )
            return [], changes

        def checked(result: tuple[list[Problem], Changes | None]) -> None:
            self._busy = False
            found, changes = result
            if found:
                self.show_problems(problems + [p for p in found if p not in problems])
                lead = Problem(
                    "signing.incomplete",
                    "status",
                    self.tr("%1 kan ikke underskrives endnu:").replace(
                        "%1", self.doc_label().capitalize()
                    ),
                )
                self.sign_problems.show_problems([lead, *found])
                return
            self.document = document
            self._dirty = False
            self.is_new = False
            if changes is not None:
                self._context.broadcast(changes)
            self.open_sign_dialog(party)

        def failed(exc: BaseException) -> None:
            self._busy = False
            if not self._report(exc, self.sign_problems):
                self._context.report_error(exc)

        self._context.op(self, check).success(checked).failure(failed).run()

    def signer_defaults(self, party: str) -> tuple[str, str]:
        parties = (self.document.parties if isinstance(self.document, Agreement) else None) or {}
        info = parties.get(party) or {}
        if party == v.Party.CITIZEN.value:
            return info.get("name", ""), self.tr("Borger")
        if party == v.Party.COMPANY.value:
            return info.get("contact") or info.get("name", ""), self.tr(
                "Virksomhedens kontaktperson"
            )
        # The consultant's full name, never the login name ("demo.konsulent").
        user = getattr(self._context.base_viewer, "username", "")
        contact = info.get("contact") or ""
        if not contact or contact == user:
            contact = self._full_name
        return contact, self.tr("Virksomhedskonsulent")

    def open_sign_dialog(self, party: str) -> None:
        name, role = self.signer_defaults(party)
        dialog = SignDialog(
            party_label=party_label(party),
            document_label=self.doc_label(),
            name=name,
            role=role,
            hand_over=party != v.Party.JOBCENTER.value,
            parent=self,
        )
        self.sign_dialog = dialog
        dialog.submitted.connect(lambda: self._sign(dialog, party))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        if party != v.Party.JOBCENTER.value:
            # Hand-over: the citizen or the company contact holds the laptop. Only the document
            # and the pad are theirs; the consultant's password gives the rest of Trepart back.
            self._hide_rest_of_window(True)
            dialog.finished.connect(lambda _r: self._ask_for_laptop_back())
        dialog.open()

    def _hide_rest_of_window(self, hidden: bool) -> None:
        window = self.window()
        for widget in (
            getattr(window, "nav", None),
            window.menuBar() if hasattr(window, "menuBar") else None,
        ):
            if widget is not None:
                widget.setVisible(not hidden)

    def _ask_for_laptop_back(self) -> None:
        from desktop.ui.kit.password import PasswordCheckDialog

        dialog = PasswordCheckDialog(
            self._context,
            title=self.tr("Afslut overdragelse"),
            text=self.tr(
                "Giv computeren tilbage til konsulenten. Skriv din adgangskode for at "
                "få hele Trepart tilbage."
            ),
            parent=self.window(),
        )
        self.return_dialog = dialog

        def back() -> None:
            self.return_dialog = None
            self._hide_rest_of_window(False)

        dialog.accepted.connect(back)
        # There is no way around the password: cancelling asks again.
        dialog.rejected.connect(lambda: QTimer.singleShot(0, self._ask_for_laptop_back))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _sign(self, dialog: SignDialog, party: str) -> None:
        viewer = self._context.base_viewer
        kind, doc_id = self.kind, self.document.id
        name, role = dialog.signer_name(), dialog.signer_role()
        paper, scan = dialog.paper, dialog.scan_b64
        strokes = None if paper else dialog.pad.strokes()

        def sign(store: Any) -> signing.SignResult:
            return signing.sign(
                store,
                viewer=viewer,
                kind=kind,
                document_id=doc_id,
                party=party,
                signer_name=name,
                signer_role=role,
                strokes=strokes,
                on_paper=paper,
                paper_scan_b64=scan if paper else None,
            )

        def done(result: signing.SignResult) -> None:
            dialog.accept()
            self.sign_dialog = None
            if result.frozen:
                text = self.tr("Alle tre parter har underskrevet. Versionen er låst.")
            else:
                text = self.tr("%1 har underskrevet.").replace("%1", party_label(party))
            self.sign_problems.show_problems(
                [
                    Problem(
                        "seal",
                        "status",
                        self.tr("PDF'en kunne ikke forsegles: %1").replace(
                            "%1", result.seal_problem
                        ),
                        severity=_notice(),
                    )
                ]
                if result.seal_problem
                else []
            )
            self._context.broadcast(result.changes)
            self.load()
            self.state.setText(text)
            self.signed.emit(party)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, signing.SigningError):
                dialog.show_problems(exc.problems)
            elif isinstance(exc, FrozenDocumentError | PermissionError):
                dialog.show_problems([Problem("frozen", "status", str(exc))])
            else:
                dialog.show_problems([])
                self._context.report_error(exc)

        self._context.op(self, sign).success(done).failure(failed).run()

    def change(self) -> None:
        """'Ændr aftale': a new draft version of the signed one."""
        if self.document is None or not self.frozen:
            return
        viewer = self._context.base_viewer
        kind, doc_id, case_id = self.kind, self.document.id, self.case_id

        def made(_draft: Any) -> None:
            self._context.broadcast(Changes.of(kind, case_ids=[case_id]))
            self.load()

        def failed(exc: BaseException) -> None:
            if not self._report(exc):
                self._context.report_error(exc)

        self._context.op(
            self,
            lambda store: signing.change_document(
                store, viewer=viewer, kind=kind, document_id=doc_id
            ),
        ).success(made).failure(failed).run()

    def preview(self) -> None:
        """Ask whose copy (a mentor is not asked), then preview, print or save that copy."""
        if self.document is None or self.is_new:
            return
        from desktop.ui.kit.copy_chooser import CopyPrintFlow

        title = (
            self.tr("%1, version %2")
            .replace("%1", self.title_text())
            .replace("%2", str(self.document.version))
        )
        flow = CopyPrintFlow(
            self, self._context, document_type=self.kind, document_id=self.document.id,
            title=title,
        )
        flow.shown.connect(lambda _copy: setattr(self, "preview_dialog", flow.dialog))
        self.copy_flow = flow
        flow.start()


class ListProblems(QWidget):
    """Where the problems of a list or a group of inputs go (no single editor to mark)."""

    def __init__(self, label: ProblemLabel, focus: QWidget | None = None) -> None:
        super().__init__(label.parentWidget())
        self.problems = label
        self.setVisible(False)
        if focus is not None:
            self.setFocusProxy(focus)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.show_problems(problems)


def _notice() -> Any:
    from desktop.domain.problems import Severity

    return Severity.NOTICE
