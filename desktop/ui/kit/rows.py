"""The meeting form: kind, time, place, participants, notes, hours, skånehensyn, barriers,
decisions, action items and the next meeting; autosaved as a draft every few seconds.

Fields the viewer may not read (a mentor, or hand-over mode) are not built at all, so their
values never reach a widget.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.services.meetings import ActionEntry
from desktop.ui.kit.fields import (
    ChoiceBox,
    DateEdit,
    LineEdit,
    ProblemLabel,
)
from desktop.ui.kit.labels import enum_choices
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

log = logging.getLogger(__name__)
MEETING = CATALOGUE["meeting"]
ACTION = CATALOGUE["action_item"]




class ParticipantRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(
        self, number: int, name: str = "", role: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = LineEdit(self)
        self.name.setText(name)
        self.role = ChoiceBox(enum_choices(v.BallHolder), parent=self)
        self.role.set_value(role or v.BallHolder.CITIZEN.value)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.set_number(number)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 3)
        layout.addWidget(self.role, 1)
        layout.addWidget(self.remove)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.name.textChanged.connect(self.changed)
        self.role.currentIndexChanged.connect(self.changed)

    def set_number(self, number: int) -> None:
        self.name.setAccessibleName(self.tr("Deltager %1: navn").replace("%1", str(number)))
        self.role.setAccessibleName(self.tr("Deltager %1: rolle").replace("%1", str(number)))
        self.remove.setAccessibleName(self.tr("Fjern deltager %1").replace("%1", str(number)))
        self.remove.setToolTip(self.remove.accessibleName())

    def value(self) -> dict[str, str] | None:
        name = self.name.text().strip()
        return {"name": name, "role": self.role.value() or ""} if name else None


class ActionRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, number: int, entry: ActionEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id = entry.id
        self.what = LineEdit(self)
        self.what.setText(entry.what)
        self.what.setPlaceholderText(self.tr("Hvad skal gøres?"))
        self.owner = ChoiceBox(enum_choices(v.BallHolder), parent=self)
        self.owner.set_value(entry.owner)
        self.deadline = DateEdit(self)
        self.deadline.set_value(entry.deadline)
        self.done = QCheckBox(self.tr("Udført"), self)
        self.done.setChecked(entry.done)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.problems = ProblemLabel(self)
        self.set_number(number)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.addWidget(self.what, 0, 0)
        grid.addWidget(self.owner, 0, 1)
        grid.addWidget(self.deadline, 0, 2)
        grid.addWidget(self.done, 0, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.addWidget(self.problems, 1, 0, 1, 5)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.what.textChanged.connect(self.changed)
        self.owner.currentIndexChanged.connect(self.changed)
        self.deadline.changed.connect(self.changed)
        self.done.toggled.connect(self.changed)

    def set_number(self, number: int) -> None:
        self.number = number
        self.what.setAccessibleName(self.tr("Handling %1: hvad").replace("%1", str(number)))
        self.owner.setAccessibleName(
            self.tr("Handling %1: hvem har bolden").replace("%1", str(number))
        )
        self.deadline.setAccessibleName(self.tr("Handling %1: frist").replace("%1", str(number)))
        self.done.setAccessibleName(self.tr("Handling %1: udført").replace("%1", str(number)))
        self.remove.setAccessibleName(self.tr("Fjern handling %1").replace("%1", str(number)))
        self.remove.setToolTip(self.remove.accessibleName())

    def entry(self) -> tuple[ActionEntry, list[Problem]]:
        problems = []
        try:
            deadline = self.deadline.value()
        except ValueError:
            deadline = None
            problems.append(
                Problem(
                    "date.format",
                    f"action_items[{self.number - 1}].deadline",
                    self.tr("Handling %1: skriv fristen som dd.mm.åååå.").replace(
                        "%1", str(self.number)
                    ),
                )
            )
        entry = ActionEntry(
            id=self.entry_id,
            what=self.what.text(),
            owner=self.owner.value() or v.BallHolder.JOBCENTER.value,
            deadline=deadline,
            done=self.done.isChecked(),
        )
        return entry, problems
