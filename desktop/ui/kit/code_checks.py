"""A set of codes from a vocabulary as check boxes (a company's interest, a need's demands):
value() is the list of checked codes in the vocabulary's order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget


class CodeChecks(QWidget):
    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        *,
        columns: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        for i, (code, label) in enumerate(choices):
            box = QCheckBox(label, self)
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            layout.addWidget(box, i // columns, i % columns)

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: Sequence[str] | None) -> None:
        wanted = set(codes or [])
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in wanted)
            box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> bool:
        for box in self.boxes.values():
            box.setEnabled(not read_only)
        return True
