"""I dag's strip of citizens back on benefits after job start: one link per case (Enter or a
click opens it), red, above the lists; hidden when there are none."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import formatting as fmt
from desktop.services.today_returns import BenefitReturnItem


class BenefitReturnStrip(QLabel):
    open_case = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benefitReturns")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setStyleSheet("color: #a61b1b;")
        self.linkActivated.connect(self._activated)
        self.items: tuple[BenefitReturnItem, ...] = ()
        self.setVisible(False)

    def set_items(self, items: Sequence[BenefitReturnItem]) -> None:
        self.items = tuple(items)
        if not self.items:
            self.setVisible(False)
            self.setText("")
            return
        links = ", ".join(
            f'<a href="case:{html.escape(i.case_id)}">{html.escape(i.citizen_name or "–")}</a>'
            f" ({html.escape(fmt.date(i.since))})"
            for i in self.items
        )
        self.setText(
            "<b>"
            + html.escape(
                self.tr("Tilbage på offentlig forsørgelse efter jobstart (%1):").replace(
                    "%1", str(len(self.items))
                )
            )
            + "</b> "
            + links
        )
        self.setAccessibleName(self.tr("Borgere tilbage på offentlig forsørgelse"))
        self.setVisible(True)

    def _activated(self, link: str) -> None:
        if link.startswith("case:"):
            self.open_case.emit(link.removeprefix("case:"))
