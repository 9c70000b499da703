"""The base of the Skånehensyn and Trepartsplan tabs: versions, signing, freezing, drafts.

`DocumentEditor` loads the versions of one case's agreement (or plan), shows the current one (the
draft, else the valid signed one), lets the three parties sign it, locks every input once it is
signed, offers "Ændr aftale" for a new version, lists the history and previews or prints the PDF
(archived bytes once signed). The form itself is a field table (`form_table`, built by
`FormFields`); dirty state, autosaved drafts, saving and the first-problem focus are the one
`FormController`'s, for which the editor is the `FormHooks`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.lifecycle import FrozenDocumentError
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.records import Agreement
from desktop.domain.validation import validate
from desktop.services import agreements, document_drafts, plans, signing
from desktop.services.access import hidden_fields
from desktop.services.changes import Changes
from desktop.services.drafts import Draft
from desktop.ui.documents.signature_pad import SignDialog
from desktop.ui.kit.field_table import FormFields, FormTable
from desktop.ui.kit.fields import ProblemLabel, ProblemRouter
from desktop.ui.kit.form import Choice, FormController, ask_unsaved
from desktop.ui.kit.formatting import datetime_text
from desktop.ui.kit.i18n import problem_text, vocab
from desktop.ui.kit.widgets import Heading, Muted
from sync.protocol import vocabulary as v

log = logging.getLogger(__name__)
PARTIES = (v.Party.CITIZEN.value, v.Party.COMPANY.value, v.Party.JOBCENTER.value)

# The signals by which an input of the form says it changed, the first one it has.
_CHANGE_SIGNALS = ("textChanged", "changed", "currentIndexChanged", "toggled")


def party_label(party: str) -> str:
    return vocab(v.Party(party).label)


class DocumentEditor(QWidget):
    """Base of the agreement and plan editors: loading, signing, freezing, versions."""

    kind = "agreement"
    form_table: FormTable  # the document's fields (AGREEMENT_FORM, PLAN_FORM)
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
        self.unsaved_dialog: QMessageBox | None = None  # the unsaved-changes question
        self._after_load: Callable[[], None] | None = None

        self.general = ProblemLabel(self)
        self.router = ProblemRouter(self.general)
        self._build_frame()
        self.controller = FormController(self, context, self)
        self.controller.state_changed.connect(self.state.setText)
        self.controller.saved.connect(self._saved)
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
        self.change_question: QMessageBox | None = None
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

    def make_fields(self, factories: dict[str, Callable[[QWidget], QWidget]]) -> FormFields:
        """The inputs of `form_table`; what the viewer may not see (from the catalogue) gets
        no widget at all."""
        viewer = self._context.base_viewer
        hidden = (
            hidden_fields(self.form_table.record_type, viewer=viewer)
            if viewer is not None
            else frozenset()
        )
        self.fields = FormFields(
            self.form_widget,
            self.form_table,
            router=self.router,
            watch=self.watch,
            hidden=hidden,
            factories=factories,
        )
        return self.fields

    def add_section(self, layout: QVBoxLayout, title: str, section: str) -> QGroupBox | None:
        """A group box with the table's fields of one section, label beside input."""
        if not self.fields.in_section(section):
            return None
        group = QGroupBox(title, self.form_widget)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.add_to(form, section)
        layout.addWidget(group)
        return group

    def add_group(self, layout: QVBoxLayout, name: str) -> QGroupBox | None:
        """One composite field (a list, a grid) in a group box titled with its label."""
        box = self.fields.boxes.get(name)
        if box is None:
            return None
        group = QGroupBox(vocab(self.form_table.spec.field(name).label), self.form_widget)
        inner = QVBoxLayout(group)
        box.label.setParent(group)
        box.label.setVisible(False)  # the group's title says it
        # A list grows with its rows (a FieldBox is otherwise held to its first size hint).
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        inner.addWidget(box)
        layout.addWidget(group)
        return group

    def fill(self, document: Any) -> None:
        self.fields.load(document)

    # -- FormHooks -------------------------------------------------------------------------
    def read(self) -> tuple[Any, list[Problem]]:
        return self.fields.read(self.document)

    def validate(self, value: Any) -> list[Problem]:
        return validate(value)

    def save_job(self, value: Any) -> Callable[[Any], Changes]:
        viewer = self._context.base_viewer
        void = self._void_confirmed
        return lambda store: document_drafts.save_document(
            store, viewer=viewer, document=value, void_signatures=void
        )

    def draft(self, value: Any) -> Draft:
        return document_drafts.document_draft(
            value, is_new=self.is_new, void_signatures=self._void_confirmed
        )

    def show_problems(self, problems: list[Problem]) -> None:
        self.router.show(problems)

    def focus_problem(self, problems: list[Problem]) -> None:
        first = self.router.first_blocking(problems)
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    def save_refused(self, exc: BaseException) -> bool:
        if self._report(exc):
            self.state.setText(self.tr("Ikke gemt"))
            return True
        return False

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
        return self.controller.dirty

    @property
    def busy(self) -> bool:
        """A save or a signing check is running."""
        return self._busy or self.controller.saving

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
        if self.document is not None and self.controller.dirty:
            self.loaded.emit()
            return  # what was typed and not saved stays on the screen
        current = self.current_version()
        if current is None:
            self._show_nothing()
        else:
            self.show_version(current, old=False)
        after, self._after_load = self._after_load, None
        if after is not None:
            after()
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
        if relevant and not self.controller.dirty and not self.busy:
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
        self.controller.mark_clean("")
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
                    .replace("%3", datetime_text(s.signed_at))
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
                    .replace("%2", datetime_text(s.signed_at))
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
                    .replace("%3", datetime_text(s.signed_at))
                )
                if voided.voided_at is not None:
                    text += (
                        self.tr(" · annulleret %1 af %2 (ændret: %3)")
                        .replace("%1", datetime_text(voided.voided_at))
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
        if any(d.document.id == doc_id for d in self.versions):
            self.leave_form(lambda: self._show_version_now(doc_id))

    def _show_version_now(self, doc_id: str) -> None:
        # Looked up when shown: after "Gem" the versions have been loaded again.
        version = next((d for d in self.versions if d.document.id == doc_id), None)
        if version is None:
            return
        latest = self.current_version()
        self.show_version(version, old=latest is None or latest.document.id != doc_id)

    def show_current(self) -> None:
        if self.current_version() is not None:
            self.leave_form(self._show_current_now)

    def _show_current_now(self) -> None:
        current = self.current_version()
        if current is not None:
            self.show_version(current, old=False)

    def leave_form(self, then: Callable[[], None]) -> None:
        """Before the form shows another version: with changes, the one unsaved-changes
        question (save, keep as draft, discard, cancel) first."""
        if not self.controller.dirty:
            then()
            return

        def answered(choice: Choice) -> None:
            self.unsaved_dialog = None
            if choice is Choice.SAVE:
                # Shown once the saved version has been loaded again (see _loaded).
                self.controller.save(then=lambda: setattr(self, "_after_load", then))
            elif choice is Choice.KEEP:
                self.controller.keep_as_draft(then)
            elif choice is Choice.DISCARD:
                value, _ = self.read()
                self.controller.discard_draft(self.draft(value).key, then)

        self.unsaved_dialog = ask_unsaved(
            self,
            self.tr("Vil du gemme ændringerne i %1?").replace("%1", self.doc_label()),
            answered,
        )

    # -- inputs ----------------------------------------------------------------------------
    def set_inputs_read_only(self, read_only: bool) -> None:
        for w in self.form_widget.findChildren(QLineEdit):
            w.setReadOnly(read_only)
        for w in self.form_widget.findChildren(QPlainTextEdit):
            w.setReadOnly(read_only)
        for cls in (QComboBox, QAbstractButton):
            for w in self.form_widget.findChildren(cls):
                w.setEnabled(not read_only)

    def edited(self, *_args: Any) -> None:
        """An input changed: the controller marks the form edited, unless the change is the
        form being filled, the document is signed or read-only (a programmatic change to a
        locked input is no edit), or the user is first asked about voiding signatures."""
        if self._filling or self.document is None or self.read_only:
            return
        if self._signed_content_edited():
            return
        self.controller.edited()
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
        """Every change to this input goes through `edited`."""
        for name in _CHANGE_SIGNALS:
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(self.edited)
                return

    def problems(self) -> tuple[Any, list[Problem]]:
        return self.controller.problems()

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
            self.controller.edited()  # a new document is kept as a draft before any typing
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

    def save(self) -> None:
        """Save the draft (Ctrl+S): every problem shown, the first blocking one focused, nothing
        saved while one blocks (see FormController.save)."""
        if self.document is None or self.busy:
            return
        if self.frozen:
            # Signed content is never saved (the service refuses it too); say so, whatever
            # the locked inputs were made to show.
            self.general.show_problems(
                [Problem("frozen", "status", str(FrozenDocumentError(self.doc_label())))]
            )
            self.state.setText(self.tr("Ikke gemt"))
            return
        self.controller.save()

    def _saved(self, document: Any, _changes: Changes) -> None:
        self.is_new = False
        self.document = document
        self.load()

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Fill the form from an autosaved draft (document_drafts), marked edited, not saved."""
        document = document_drafts.document_from_payload(payload)
        version = next((d for d in self.versions if d.document.id == document.id), None)
        self.current = version
        self.is_new = version is None
        self.viewing_old = False
        self._set_document(document)
        self._void_confirmed = bool(payload.get("void_signatures"))
        self.controller.edited()
        self.state.setText(self.tr("Gendannet fra kladde – husk at gemme"))

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        # Another tab, another case, the lock screen: what was typed is written as a draft now,
        # not only at the next tick.
        self.controller.autosave()
        super().hideEvent(event)

    def request_signature(self, party: str) -> None:
        """Check the content can be signed (saving the draft first), then open the pad."""
        if self.document is None or self.busy:
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
        must_save = self.controller.dirty or self.is_new
        void = self._void_confirmed
        viewer = self._context.base_viewer
        self._busy = True

        def check(store: Any) -> tuple[list[Problem], Changes | None]:
            found = signing.signing_problems(store, document)
            if found:
                return found, None  # nothing is saved when the content cannot be signed
            changes = None
            if must_save:
                changes = document_drafts.save_document(
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
            self.controller.mark_clean("")
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
            party=party,
            parent=self,
        )
        self.sign_dialog = dialog
        dialog.submitted.connect(lambda: self._sign(dialog, party))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        if party != v.Party.JOBCENTER.value:
            # Hand-over: the citizen or the company contact holds the laptop. Only the document
            # and the pad are theirs; the consultant's password gives the rest of Trepart back.
            host = self._context.handover_host
            if host is not None:
                host.begin_signing()
                dialog.finished.connect(lambda _r: host.ask_back())
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
        """'Ændr aftale': asks first, then makes a new draft version of the signed one."""
        if self.document is None or not self.frozen:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.change_text())
        box.setText(
            self.tr(
                "Der laves en ny version som kladde. Den underskrevne version gælder, indtil "
                "den nye er underskrevet af alle tre parter. Vil du lave en ny version?"
            )
        )
        make = box.addButton(self.tr("&Ny version"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("&Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(make)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: box.clickedButton() is make and self._new_version())
        self.change_question = box
        box.open()

    def _new_version(self) -> None:
        self.change_question = None
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
            self,
            self._context,
            document_type=self.kind,
            document_id=self.document.id,
            title=title,
        )
        flow.shown.connect(lambda _copy: setattr(self, "preview_dialog", flow.dialog))
        self.copy_flow = flow
        flow.start()


def _notice() -> Any:
    from desktop.domain.problems import Severity

    return Severity.NOTICE
