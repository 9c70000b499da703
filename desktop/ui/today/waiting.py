"""I dag's strip of compensation scheme applications waiting longer than the settings allow
(the fast track): one link per case (Enter or a click opens it); hidden when there are none."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.today_fast_track import WaitingApplication
from desktop.ui.kit.i18n import vocab

SHOWN = 6  # links in the strip; I dag's lists keep the rest of the page


class WaitingApplicationStrip(QLabel):
    open_case = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingApplications")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setStyleSheet("color: #8a4b00;")
        self.linkActivated.connect(self._activated)
        self.items: tuple[WaitingApplication, ...] = ()
        self.setVisible(False)

    def set_items(self, items: Sequence[WaitingApplication], threshold: int) -> None:
        self.items = tuple(items)
        if not self.items:
            self.setVisible(False)
            self.setText("")
            return
        days = self.tr("%1 dage")
        shown = self.items[:SHOWN]  # the longest waits; the rest as a count
        links = ", ".join(
            f'<a href="case:{html.escape(i.case_id)}">{html.escape(i.citizen_name or "–")}</a>'
            f" ({html.escape(vocab(i.scheme_label))}, {html.escape(vocab(i.status_label))}, "
            f"{html.escape(days.replace('%1', str(i.days)))})"
            for i in shown
        )
        if len(self.items) > len(shown):
            links += html.escape(
                self.tr(" og %1 flere (se fanen Ordninger på forløbet)").replace(
                    "%1", str(len(self.items) - len(shown))
                )
            )
        self.setText(
            "<b>"
            + html.escape(
                self.tr("Venter i det hurtige spor i mere end %1 dage (%2):")
                .replace("%1", str(threshold))
                .replace("%2", str(len(self.items)))
            )
            + "</b> "
            + links
        )
        self.setAccessibleName(self.tr("Ordninger, der venter for længe"))
        self.setVisible(True)

    def _activated(self, link: str) -> None:
        if link.startswith("case:"):
            self.open_case.emit(link.removeprefix("case:"))
