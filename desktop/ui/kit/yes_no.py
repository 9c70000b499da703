"""A yes / no / not known choice for an optional boolean field (e.g. "on benefits"): None is a
real answer here ("not known"), so a check box would not do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.kit.fields import ChoiceBox


class YesNoBox(ChoiceBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ("ja", QCoreApplication.translate("YesNoBox", "Ja")),
                ("nej", QCoreApplication.translate("YesNoBox", "Nej")),
            ],
            empty=QCoreApplication.translate("YesNoBox", "Ved ikke"),
            parent=parent,
        )
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> bool | None:  # type: ignore[override]
        code = self.currentData()
        return None if code is None else code == "ja"

    def set_value(self, value: bool | None) -> None:  # type: ignore[override]
        super().set_value(None if value is None else ("ja" if value else "nej"))
