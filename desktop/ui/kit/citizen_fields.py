"""Editors for a case with its citizen, for a citizen and for a company.

Each shows the domain's validation next to its field in Danish, saves nothing while something
blocks, and keeps what was typed: as an autosaved draft, and on screen after a failed save.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
)

from desktop.domain.records import Citizen
from desktop.ui.kit.fields import (
    ChoiceBox,
    FieldBox,
    LineEdit,
    TextArea,
)
from desktop.ui.kit.form import EditorDialog
from desktop.ui.kit.labels import catalogue_label, enum_choices
from sync.protocol import vocabulary as v

log = logging.getLogger(__name__)




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
                widget: Any = ChoiceBox(
                    enum_choices(v.TargetGroup), empty=dialog.tr("(ikke angivet)")
                )
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
