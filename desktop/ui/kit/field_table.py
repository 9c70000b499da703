"""Forms from a field table: each form declares its fields once, the loops do the rest.

A `FormTable` names a record type of the catalogue and lists its form fields (`FormField`: the
catalogue field's name, the kind of input, a mnemonic, a hint, a read-only rule, the section of the
form it sits in). `FormFields` builds the inputs with their labels (the catalogue's, translated),
loads a record into them, reads them back into a record with the problems of text it could not read,
and watches them for changes. What a viewer may see comes from the catalogue, never from names in
the form: fields hidden from the viewer (a mentor) get no widget at all; in hand-over the fields the
catalogue marks unprintable (health data, CPR) leave the screen and only the fields the catalogue
marks `party_written` stay editable.

`FormTable.not_on_form` lists, with a reason, every catalogue field the form deliberately does not
show; a test checks every field of the record type is on the form or in that list.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.ui.kit.fields import (
    ChoiceBox,
    DateEdit,
    DateTimeEdit,
    FieldBox,
    LineEdit,
    ProblemRouter,
    TextArea,
)
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import catalogue_label, enum_choices
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE, RecordType

CONTEXT = "FormField"  # the translation context of hints, placeholders and empty choices


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


class Kind(Enum):
    LINE = "line"  # one line of text
    TEXT = "text"  # several lines
    CHOICE = "choice"  # a vocabulary (FormField.enum)
    REF = "ref"  # a record chosen from a list given at build time (FormFields(choices=...))
    DATE = "date"
    DATETIME = "datetime"
    HOURS = "hours"  # a number of hours, Danish decimal comma
    CUSTOM = "custom"  # a widget from FormFields(factories=...) with value()/set_value()/changed


@dataclass(frozen=True, slots=True)
class FormField:
    name: str
    kind: Kind = Kind.LINE
    mnemonic: str = ""
    hint: str = ""  # wrap in QT_TRANSLATE_NOOP("FormField", ...)
    placeholder: str = ""  # idem
    lines: int = 3
    enum: type[v.LabelledEnum] | None = None
    empty: str | None = None  # the empty choice's text (idem); None: no empty choice
    default: str | None = None  # the value read when a choice is left empty
    max_length: int = 0
    width: int = 0  # maximum width in pixels, 0 for none
    section: str = "main"
    # Read-only for this form's viewer even when the form is editable: rule(form_state) -> bool.
    read_only: Callable[[Any], bool] | None = None


@dataclass(frozen=True, slots=True)
class FormTable:
    record_type: str
    fields: tuple[FormField, ...]
    not_on_form: Mapping[str, str] = field(default_factory=dict)  # name -> why not
    prefix: str = ""  # the problems' field prefix ("citizen." in the case form)

    def __post_init__(self) -> None:
        spec = self.spec
        for f in self.fields:
            spec.field(f.name)  # KeyError for a name the catalogue does not know

    @property
    def spec(self) -> RecordType:
        return CATALOGUE[self.record_type]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def missing(self) -> list[str]:
        """Catalogue fields neither on the form nor listed as not on it (should be none)."""
        on = set(self.names) | set(self.not_on_form)
        return [n for n in self.spec.field_names if n not in on]

    def get(self, name: str) -> FormField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


class FormFields:
    """The built inputs of one form table."""

    def __init__(
        self,
        owner: QWidget,
        table: FormTable,
        *,
        router: ProblemRouter,
        watch: Callable[[QWidget], None],
        hidden: frozenset[str] | set[str] = frozenset(),
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        factories: Mapping[str, Callable[[QWidget], QWidget]] | None = None,
        only: Sequence[str] | None = None,
    ) -> None:
        self.owner = owner
        self.table = table
        self.hidden = frozenset(hidden)
        self.widgets: dict[str, Any] = {}
        self.boxes: dict[str, FieldBox] = {}
        self._stash: dict[str, Any] = {}
        self._locked: list[QWidget] = []
        choices = choices or {}
        factories = factories or {}
        for f in table.fields:
            if f.name in self.hidden or (only is not None and f.name not in only):
                continue  # a hidden field gets no widget at all: its value never reaches one
            widget = self._make(f, choices, factories)
            self.widgets[f.name] = widget
            box = FieldBox(
                catalogue_label(table.record_type, f.name, f.mnemonic),
                widget,
                parent=owner,
                hint=_tr(f.hint) or None,
            )
            self.boxes[f.name] = router.add(table.prefix + f.name, box)
            watch(widget)

    def _make(
        self,
        f: FormField,
        choices: Mapping[str, Sequence[tuple[str, str]]],
        factories: Mapping[str, Callable[[QWidget], QWidget]],
    ) -> Any:
        owner = self.owner
        widget: Any
        if f.kind is Kind.TEXT:
            widget = TextArea(owner, lines=f.lines)
        elif f.kind is Kind.CHOICE:
            assert f.enum is not None, f.name
            widget = ChoiceBox(enum_choices(f.enum), empty=_tr(f.empty or "") or None, parent=owner)
        elif f.kind is Kind.REF:
            items = sorted(choices.get(f.name, ()), key=lambda c: c[1].casefold())
            widget = ChoiceBox(list(items), empty=_tr(f.empty or "") or None, parent=owner)
        elif f.kind is Kind.DATE:
            widget = DateEdit(owner)
        elif f.kind is Kind.DATETIME:
            widget = DateTimeEdit(owner)
        elif f.kind is Kind.CUSTOM:
            widget = factories[f.name](owner)
        else:  # LINE, HOURS
            widget = LineEdit(owner)
        if isinstance(widget, QLineEdit):
            if f.placeholder:
                widget.setPlaceholderText(_tr(f.placeholder))
            if f.max_length:
                widget.setMaxLength(f.max_length)
        if f.width:
            widget.setMaximumWidth(f.width)
        return widget

    def __getitem__(self, name: str) -> Any:
        return self.widgets[name]

    def __contains__(self, name: object) -> bool:
        return name in self.widgets

    # -- layout --------------------------------------------------------------------------
    def in_section(self, section: str) -> list[str]:
        return [f.name for f in self.table.fields if f.section == section and f.name in self.boxes]

    def add_to(self, form: QFormLayout, section: str | None = None) -> None:
        for f in self.table.fields:
            if f.name in self.boxes and (section is None or f.section == section):
                box = self.boxes[f.name]
                form.addRow(box.label, box)

    # -- values --------------------------------------------------------------------------
    def load(self, record: Any) -> None:
        for name, widget in self.widgets.items():
            f = self.table.get(name)
            kind = f.kind
            value = getattr(record, name)
            if value is None and f.default is not None:
                value = f.default
            if kind is Kind.HOURS:
                widget.setText(fmt.number(value))
            else:
                widget.set_value(value)

    def read(self, record: Any) -> tuple[Any, list[Problem]]:
        """The record with the values of the inputs, and problems of text that could not be read
        (the field keeps its old value then, and the form is not saved)."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, widget in self.widgets.items():
            f = self.table.get(name)
            key = self.table.prefix + name
            label = vocab(self.table.spec.field(name).label)
            if name in self._stash:
                values[name] = self._stash[name]
            elif f.kind is Kind.DATE:
                problem = widget.parse_problem(key, label)
                if problem:
                    problems.append(problem)
                values[name] = None if problem else widget.value()
            elif f.kind is Kind.DATETIME:
                found = widget.parse_problems(key, label)
                problems += found
                values[name] = None if found else widget.value()
            elif f.kind is Kind.HOURS:
                try:
                    values[name] = fmt.parse_hours(widget.text())
                except ValueError:
                    values[name] = None
                    problems.append(
                        Problem(
                            f"{name}.format",
                            key,
                            QCoreApplication.translate(
                                "FormField", "%1: skriv et tal, fx 12,5."
                            ).replace("%1", label),
                        )
                    )
            elif f.kind is Kind.CUSTOM and hasattr(widget, "read"):
                value, found = widget.read(key)
                values[name] = value
                problems += found
            else:
                value = widget.value()
                if value is None and f.default is not None:
                    value = f.default
                values[name] = value
        if dataclasses.is_dataclass(record):
            return record.replace(**values), problems
        return values, problems

    # -- read-only and hand-over ---------------------------------------------------------
    def set_read_only(self, read_only: bool, state: Any = None) -> None:
        for name, widget in self.widgets.items():
            rule = self.table.get(name).read_only
            ro = read_only or bool(rule and rule(state))
            _set_read_only(widget, ro)

    def enter_handover(self) -> None:
        """The citizen or company holds the laptop: unprintable fields (health data, CPR) leave
        the screen (their values are kept for saving), and only the fields the catalogue marks
        party_written stay editable."""
        spec = self.table.spec
        for name, widget in self.widgets.items():
            fs = spec.field(name)
            if not fs.printable:
                self._stash[name] = widget.value()
                widget.blockSignals(True)
                widget.set_value(None)
                widget.blockSignals(False)
                self.boxes[name].setVisible(False)
                self.boxes[name].label.setVisible(False)
            elif not fs.party_written and _set_read_only(widget, True):
                self._locked.append(widget)

    def leave_handover(self) -> None:
        for name, value in self._stash.items():
            widget = self.widgets[name]
            widget.blockSignals(True)
            widget.set_value(value)
            widget.blockSignals(False)
            self.boxes[name].setVisible(True)
            self.boxes[name].label.setVisible(True)
        self._stash.clear()
        for widget in self._locked:
            _set_read_only(widget, False)
        self._locked = []

    def party_widgets(self) -> tuple[QWidget, ...]:
        spec = self.table.spec
        return tuple(w for n, w in self.widgets.items() if spec.field(n).party_written)


def _set_read_only(widget: QWidget, read_only: bool) -> bool:
    """Read-only for text (it stays selectable and readable), disabled for the rest.
    True when this changed the widget."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        if widget.isReadOnly() == read_only:
            return False
        widget.setReadOnly(read_only)
        return True
    setter = getattr(widget, "set_read_only", None)
    if setter is not None:
        return bool(setter(read_only))
    if widget.isEnabled() == (not read_only):
        return False
    widget.setEnabled(not read_only)
    return True
