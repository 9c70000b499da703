"""Editors for a case with its citizen, for a citizen and for a company.

Each shows the domain's validation next to its field in Danish, saves nothing while something
blocks, and keeps what was typed: as an autosaved draft, and on screen after a failed save.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import Citizen, Company
from desktop.services import cases as case_service
from desktop.services import drafts as draft_service
from desktop.services import people as people_service
from desktop.services.cases import CaseForm
from desktop.services.labels import choices
from desktop.ui.fields import (
    ChoiceBox,
    DateEdit,
    FieldBox,
    LineEdit,
    ProblemLabel,
    ProblemRouter,
    TextArea,
)
from desktop.ui.formatting import fmt_time
from desktop.ui.i18n import vocab
from desktop.ui.models import CaseListModel
from desktop.ui.widgets import Muted, Table
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

log = logging.getLogger(__name__)


def catalogue_label(record_type: str, name: str, mnemonic: str = "") -> str:
    text = vocab(CATALOGUE[record_type].field(name).label)
    if mnemonic and mnemonic.lower() in text.lower():
        i = text.lower().index(mnemonic.lower())
        text = text[:i] + "&" + text[i:]
    return text + ":"


def _choices(enum: type[v.LabelledEnum]) -> list[tuple[str, str]]:
    return [(code, vocab(text)) for code, text in choices(enum)]


class EditorDialog(QDialog):
    """Autosave, dirty tracking and the save/keep/discard question, shared by the editors."""

    saved = Signal(object)  # Changes

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._context = context
        self._dirty = False
        self._draft_dirty = False
        self._saving = False
        self.general = ProblemLabel(self)
        self.router = ProblemRouter(self.general)
        self.state = Muted("", self)
        self.save_button = QPushButton(self.tr("&Gem"), self)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("&Luk"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.request_close)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.save)
        self._autosave = QTimer(self)
        self._autosave.setInterval(max(1, context.settings.autosave_seconds) * 1000)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        context.register_draft_source(self)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not getattr(self, "_geometry_restored", False):
            self._geometry_restored = True
            from desktop.ui.main_window import ui_settings

            geometry = ui_settings(self._context.data_dir).value(f"{self.objectName()}/geometry")
            if geometry:
                self.restoreGeometry(geometry)

    def _remember_geometry(self) -> None:
        from desktop.ui.main_window import ui_settings

        settings = ui_settings(self._context.data_dir)
        settings.setValue(f"{self.objectName()}/geometry", self.saveGeometry())

    def buttons_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        return row

    def box(self, field: str, label: str, editor: QWidget, hint: str | None = None) -> FieldBox:
        b = FieldBox(label, editor, parent=self, hint=hint)
        self.router.add(field, b)
        return b

    def watch(self, *widgets: Any) -> None:
        for w in widgets:
            for name in ("textChanged", "changed", "currentIndexChanged", "toggled"):
                signal = getattr(w, name, None)
                if signal is not None:
                    signal.connect(self._edited)
                    break

    def _edited(self, *_args: Any) -> None:
        self._dirty = True
        self._draft_dirty = True
        self.state.setText(self.tr("Ændringer er ikke gemt"))

    # subclasses: -------------------------------------------------------------------------
    def read(self) -> tuple[Any, list[Problem]]:
        raise NotImplementedError

    def validate_value(self, value: Any) -> list[Problem]:
        raise NotImplementedError

    def save_job(self, value: Any) -> Callable[[Any], Any]:
        raise NotImplementedError

    def draft(self, value: Any) -> dict[str, Any]:
        raise NotImplementedError

    # -------------------------------------------------------------------------------------
    def problems(self) -> tuple[Any, list[Problem]]:
        value, parse_problems = self.read()
        parsed = {p.field for p in parse_problems}
        return value, parse_problems + [
            p for p in self.validate_value(value) if p.field not in parsed
        ]

    def collect_draft(self) -> dict[str, Any] | None:
        if not self._dirty:
            return None
        value, _ = self.read()
        return self.draft(value)

    def autosave(self) -> None:
        if not self._draft_dirty or self._saving or not self._context.unlocked:
            return
        draft = self.collect_draft()
        if draft is None:
            return
        self._draft_dirty = False

        def done(_c: Any) -> None:
            if self._dirty:
                self.state.setText(
                    self.tr("Kladde gemt kl. %1").replace("%1", fmt_time(dt.datetime.now()))
                )

        self._context.op(
            self, lambda store: draft_service.save_drafts(store, drafts=[draft])
        ).success(done).run()

    def save(self) -> None:
        if self._saving:
            return
        value, problems = self.problems()
        self.router.show(problems)
        if blocking(problems):
            first = self.router.first_blocking(problems)
            if first is not None:
                first.setFocus()
            self.state.setText(self.tr("Ikke gemt: ret de markerede felter"))
            return
        self._saving = True
        self.save_button.setEnabled(False)

        def done(changes: Any) -> None:
            self._saving = False
            self._dirty = False
            self._draft_dirty = False
            self.saved.emit(changes)
            self._close_now()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.router.show(exc.problems)
                self.state.setText(self.tr("Ikke gemt: ret de markerede felter"))
                return
            self._draft_dirty = True
            self.state.setText(self.tr("Ikke gemt – det indtastede er bevaret"))
            self._context.report_error(exc)

        self._context.mutate(self, self.save_job(value), done, failed)

    def request_close(self) -> None:
        if not self._dirty:
            self._close_now()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ændringer er ikke gemt"))
        box.setText(self.tr("Vil du gemme ændringerne?"))
        save = box.addButton(self.tr("&Gem"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Behold som &kladde"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(self.tr("&Kassér"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)

        def answered(_r: int) -> None:
            clicked = box.clickedButton()
            if clicked is save:
                self.save()
            elif clicked is keep:
                draft = self.collect_draft()
                self._context.op(
                    self,
                    lambda store: draft_service.save_drafts(store, drafts=[draft] if draft else []),
                ).success(lambda _c: self._close_now()).run()
            elif clicked is discard:
                draft = self.collect_draft()
                key = draft["key"] if draft else None
                if key is None:
                    self._close_now()
                    return
                self._context.op(
                    self, lambda store: draft_service.discard_draft(store, key=key)
                ).success(lambda _c: self._close_now()).run()

        box.finished.connect(answered)
        box.open()

    def _close_now(self) -> None:
        self._remember_geometry()
        self._autosave.stop()
        self._dirty = False
        self._context.unregister_draft_source(self)
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:  # Esc
        self.request_close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._dirty:
            event.ignore()
            self.request_close()
            return
        self._context.unregister_draft_source(self)
        super().closeEvent(event)


class CitizenFields:
    """The citizen's inputs, shared by the case editor and the citizen editor."""

    NAMES = (
        "name",
        "cpr",
        "address",
        "phone",
        "email",
        "target_group",
        "functional_limitations",
        "health_notes",
    )
    MNEMONICS = {
        "name": "n",
        "cpr": "c",
        "address": "a",
        "phone": "t",
        "email": "e",
        "target_group": "å",
        "functional_limitations": "b",
        "health_notes": "h",
    }

    def __init__(self, dialog: EditorDialog, hidden: frozenset[str], prefix: str = "") -> None:
        self.dialog = dialog
        self.hidden = hidden
        self.prefix = prefix
        self.widgets: dict[str, Any] = {}
        self.boxes: dict[str, FieldBox] = {}
        for name in self.NAMES:
            if name in hidden:
                continue  # a hidden field gets no widget at all
            if name == "target_group":
                widget: Any = ChoiceBox(_choices(v.TargetGroup), empty=dialog.tr("(ikke angivet)"))
            elif name in ("functional_limitations", "health_notes"):
                widget = TextArea(lines=3)
            else:
                widget = LineEdit()
            hint = None
            if name == "cpr":
                widget.setPlaceholderText(dialog.tr("ddmmåå-xxxx"))
                widget.setMaxLength(11)
            if name == "functional_limitations":
                hint = dialog.tr(
                    "Beskriv hvad det betyder for arbejdet, ikke diagnoser (fx "
                    "'tåler ikke løft over 5 kg')."
                )
            if name == "health_notes":
                hint = dialog.tr(
                    "Kun for jobcentret. Vises aldrig for mentorer og kommer "
                    "aldrig med på udskrifter."
                )
            self.widgets[name] = widget
            self.boxes[name] = dialog.box(
                prefix + name, catalogue_label("citizen", name, self.MNEMONICS[name]), widget, hint
            )
            dialog.watch(widget)

    def add_to(self, form: QFormLayout) -> None:
        for box in self.boxes.values():
            form.addRow(box.label, box)

    def load(self, citizen: Citizen) -> None:
        for name, widget in self.widgets.items():
            widget.set_value(getattr(citizen, name))

    def read(self, citizen: Citizen) -> Citizen:
        values = {name: widget.value() for name, widget in self.widgets.items()}
        values["name"] = values.get("name") or ""
        return citizen.replace(**values)


class CaseEditorDialog(EditorDialog):
    """A case and its citizen: new or existing, validated together, saved in one transaction."""

    def __init__(
        self,
        context: Any,
        form: CaseForm,
        companies: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("caseEditor")
        self.form = form
        self.setWindowTitle(self.tr("Nyt forløb") if form.is_new else self.tr("Rediger forløb"))
        self.citizen_fields = CitizenFields(self, frozenset(), prefix="citizen.")

        self.title = LineEdit(self)
        self.company = ChoiceBox(
            sorted(companies, key=lambda c: c[1].casefold()),
            empty=self.tr("(ingen virksomhed)"),
            parent=self,
        )
        self.scheme = ChoiceBox(_choices(v.Scheme), parent=self)
        self.status = ChoiceBox(_choices(v.CaseStatus), parent=self)
        self.start_date = DateEdit(self)
        self.end_date = DateEdit(self)
        self.consultant = LineEdit(self)
        self.mentors = LineEdit(self)
        self.mentors.setPlaceholderText(self.tr("brugernavne adskilt af komma"))
        self.purpose = TextArea(self, lines=3)
        self.outcome = ChoiceBox(_choices(v.Outcome), empty=self.tr("(intet endnu)"), parent=self)
        case_widgets = {
            "title": (self.title, "i"),
            "company_id": (self.company, "v"),
            "scheme": (self.scheme, "o"),
            "status": (self.status, "s"),
            "start_date": (self.start_date, "d"),
            "end_date": (self.end_date, "u"),
            "consultant": (self.consultant, "k"),
            "mentors": (self.mentors, "m"),
            "purpose": (self.purpose, "f"),
            "outcome": (self.outcome, "r"),
        }
        case_form = QFormLayout()
        for name, (widget, key) in case_widgets.items():
            b = self.box(f"case.{name}", catalogue_label("case", name, key), widget)
            case_form.addRow(b.label, b)
            self.watch(widget)

        citizen_box = QGroupBox(self.tr("Borger"), self)
        citizen_form = QFormLayout(citizen_box)
        if not form.new_citizen and form.is_new:
            citizen_form.addRow(
                Muted(
                    self.tr(
                        "Forløbet oprettes for en eksisterende borger; "
                        "ændringer her gemmes på borgeren."
                    ),
                    citizen_box,
                )
            )
        self.citizen_fields.add_to(citizen_form)
        case_box = QGroupBox(self.tr("Forløb"), self)
        case_box.setLayout(case_form)

        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.addWidget(citizen_box, 1)
        columns.addWidget(case_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.buttons_row())
        self._load(form)
        self.resize(980, 680)
        self.citizen_fields.widgets["name"].setFocus()

    def _load(self, form: CaseForm) -> None:
        self.citizen_fields.load(form.citizen)
        c = form.case
        self.title.set_value(c.title)
        self.company.set_value(c.company_id)
        self.scheme.set_value(c.scheme)
        self.status.set_value(c.status)
        self.start_date.set_value(c.start_date)
        self.end_date.set_value(c.end_date)
        self.consultant.set_value(c.consultant)
        self.mentors.set_value(", ".join(c.mentors or []))
        self.purpose.set_value(c.purpose)
        self.outcome.set_value(c.outcome)
        self._dirty = False
        self._draft_dirty = False

    def read(self) -> tuple[CaseForm, list[Problem]]:
        problems: list[Problem] = []
        dates = {}
        for name, widget in (("start_date", self.start_date), ("end_date", self.end_date)):
            problem = widget.parse_problem(
                f"case.{name}", vocab(CATALOGUE["case"].field(name).label)
            )
            if problem:
                problems.append(problem)
                dates[name] = None
            else:
                dates[name] = widget.value()
        mentors = [m.strip().lower() for m in (self.mentors.text() or "").split(",") if m.strip()]
        case = self.form.case.replace(
            title=self.title.value(),
            company_id=self.company.value(),
            scheme=self.scheme.value() or v.Scheme.VIRKSOMHEDSPRAKTIK.value,
            status=self.status.value() or v.CaseStatus.PLANNED.value,
            start_date=dates["start_date"],
            end_date=dates["end_date"],
            consultant=self.consultant.value(),
            mentors=mentors,
            purpose=self.purpose.value(),
            outcome=self.outcome.value(),
        )
        citizen = self.citizen_fields.read(self.form.citizen)
        return CaseForm(
            case=case, citizen=citizen, is_new=self.form.is_new, new_citizen=self.form.new_citizen
        ), problems

    def validate_value(self, value: CaseForm) -> list[Problem]:
        return case_service.validate_case_form(value)

    def save_job(self, value: CaseForm) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: case_service.save_case_form(store, viewer=viewer, form=value)

    def draft(self, value: CaseForm) -> dict[str, Any]:
        return {
            "key": case_service.draft_key_for_case(value.case.id),
            "record_type": "case",
            "record_id": value.case.id,
            "case_id": None if value.is_new else value.case.id,
            "payload": case_service.case_form_payload(value),
        }


class CitizenDialog(EditorDialog):
    """A citizen's details and cases; editable for jobcenter staff."""

    new_case_requested = Signal(str)
    open_case = Signal(str)

    def __init__(
        self,
        context: Any,
        citizen: Citizen,
        *,
        hidden: frozenset[str],
        cases: tuple[Any, ...],
        can_edit: bool,
        is_new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("citizenEditor")
        self.citizen = citizen
        self.is_new = is_new
        self.setWindowTitle(self.tr("Borger"))
        self.fields = CitizenFields(self, hidden)
        form = QFormLayout()
        self.fields.add_to(form)
        self.fields.load(citizen)
        for widget in self.fields.widgets.values():
            if isinstance(widget, LineEdit | TextArea):
                widget.setReadOnly(not can_edit)
            else:
                widget.setEnabled(can_edit)
        self.save_button.setVisible(can_edit)
        self.case_model = CaseListModel(self)
        self.case_model.set_rows(cases)
        self.case_table = Table(self.case_model, self.tr("Borgerens forløb"), self)
        self.case_table.opened.connect(self._open_case)
        self.new_case_button = QPushButton(self.tr("Nyt &forløb for borgeren …"), self)
        self.new_case_button.setVisible(can_edit and not is_new)
        self.new_case_button.clicked.connect(lambda: self.new_case_requested.emit(self.citizen.id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(Muted(self.tr("Forløb:"), self))
        layout.addWidget(self.case_table, 1)
        layout.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.buttons_row())
        self._dirty = False
        self._draft_dirty = False
        self.resize(640, 720)

    def _open_case(self, index: Any) -> None:
        row = self.case_model.row_at(index)
        if row is not None:
            self.open_case.emit(row.id)

    def read(self) -> tuple[Citizen, list[Problem]]:
        return self.fields.read(self.citizen), []

    def validate_value(self, value: Citizen) -> list[Problem]:
        return people_service.validate_citizen(value)

    def save_job(self, value: Citizen) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_citizen(store, viewer=viewer, citizen=value)

    def draft(self, value: Citizen) -> dict[str, Any]:
        return {
            "key": f"citizen:{value.id}",
            "record_type": "citizen",
            "record_id": value.id,
            "case_id": None,
            "payload": people_service.record_payload(value, is_new=self.is_new),
        }


class ContactRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, number: int, contact: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        placeholders = {
            "name": self.tr("Navn"),
            "role": self.tr("Rolle"),
            "phone": self.tr("Telefon"),
            "email": self.tr("E-mail"),
        }
        for key, placeholder in placeholders.items():
            edit = LineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setText(contact.get(key, "") or "")
            edit.setAccessibleName(
                self.tr("Kontaktperson %1: %2")
                .replace("%1", str(number))
                .replace("%2", placeholder.lower())
            )
            edit.textChanged.connect(self.changed)
            self.inputs[key] = edit
            layout.addWidget(edit, 2 if key in ("name", "email") else 1)
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Fjern kontaktperson %1").replace("%1", str(number)))
        remove.setToolTip(remove.accessibleName())
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(remove)

    def value(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.inputs.items()}


class CompanyDialog(EditorDialog):
    open_case = Signal(str)

    NAMES = {
        "name": "n",
        "cvr": "c",
        "p_number": "p",
        "address": "a",
        "phone": "t",
        "email": "e",
        "notes": "o",
    }

    def __init__(
        self,
        context: Any,
        company: Company,
        *,
        cases: tuple[Any, ...],
        can_edit: bool,
        is_new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("companyEditor")
        self.company = company
        self.is_new = is_new
        self.setWindowTitle(self.tr("Ny virksomhed") if is_new else self.tr("Virksomhed"))
        self.widgets: dict[str, Any] = {}
        form = QFormLayout()
        for name, key in self.NAMES.items():
            widget: Any = TextArea(self, lines=3) if name == "notes" else LineEdit(self)
            if name == "cvr":
                widget.setMaxLength(8)
                widget.setPlaceholderText(self.tr("8 cifre"))
            if name == "p_number":
                widget.setMaxLength(10)
                widget.setPlaceholderText(self.tr("10 cifre"))
            widget.set_value(getattr(company, name))
            if isinstance(widget, LineEdit | TextArea):
                widget.setReadOnly(not can_edit)
            self.widgets[name] = widget
            b = self.box(name, catalogue_label("company", name, key), widget)
            form.addRow(b.label, b)
            self.watch(widget)
        self.contacts_layout = QVBoxLayout()
        self._contacts: list[ContactRow] = []
        for contact in company.contacts or []:
            self._add_contact(contact, mark=False)
        add = QPushButton(self.tr("Tilføj &kontaktperson"), self)
        add.clicked.connect(lambda: self._add_contact({}, mark=True))
        add.setVisible(can_edit)
        contacts = QGroupBox(vocab(CATALOGUE["company"].field("contacts").label), self)
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.addLayout(self.contacts_layout)
        contacts_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.router.add("contacts", FieldBox("", QWidget(contacts), parent=contacts))
        contacts_layout.addWidget(self.router.boxes["contacts"])
        self.save_button.setVisible(can_edit)
        self.case_model = CaseListModel(self)
        self.case_model.set_rows(cases)
        self.case_table = Table(self.case_model, self.tr("Virksomhedens forløb"), self)
        self.case_table.opened.connect(self._open_case)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(contacts)
        if not is_new:
            layout.addWidget(Muted(self.tr("Forløb:"), self))
            layout.addWidget(self.case_table, 1)
        else:
            self.case_table.setVisible(False)
        layout.addLayout(self.buttons_row())
        self._dirty = False
        self._draft_dirty = False
        self.resize(720, 760)

    def _add_contact(self, contact: dict[str, str], *, mark: bool) -> None:
        row = ContactRow(len(self._contacts) + 1, contact, self)
        row.removed.connect(self._remove_contact)
        row.changed.connect(self._edited)
        self._contacts.append(row)
        self.contacts_layout.addWidget(row)
        if mark:
            self._edited()
            row.inputs["name"].setFocus()

    def _remove_contact(self, row: ContactRow) -> None:
        self._contacts.remove(row)
        self.contacts_layout.removeWidget(row)
        row.deleteLater()
        self._edited()

    def _open_case(self, index: Any) -> None:
        row = self.case_model.row_at(index)
        if row is not None:
            self.open_case.emit(row.id)

    def read(self) -> tuple[Company, list[Problem]]:
        values = {name: w.value() for name, w in self.widgets.items()}
        values["name"] = values.get("name") or ""
        values["contacts"] = [c.value() for c in self._contacts]
        return self.company.replace(**values), []

    def validate_value(self, value: Company) -> list[Problem]:
        return people_service.validate_company(value)

    def save_job(self, value: Company) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: people_service.save_company(store, viewer=viewer, company=value)

    def draft(self, value: Company) -> dict[str, Any]:
        return {
            "key": f"company:{value.id}",
            "record_type": "company",
            "record_id": value.id,
            "case_id": None,
            "payload": people_service.record_payload(value, is_new=self.is_new),
        }
