"""I dag's strip of companies due for contact: one link per company (Enter or a click opens its
page), overdue ones first and marked; hidden when there are none."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import formatting as fmt
from desktop.services.companies import DueCompany


class CompaniesDueStrip(QLabel):
    open_company = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companiesDue")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._activated)
        self.items: tuple[DueCompany, ...] = ()
        self.setVisible(False)

    def set_items(self, items: Sequence[DueCompany], today: dt.date | None = None) -> None:
        self.items = tuple(items)
        if not self.items:
            self.setVisible(False)
            self.setText("")
            return
        today = today or dt.date.today()
        links = []
        for i in self.items:
            when = html.escape(fmt.date(i.next_contact))
            link = f'<a href="company:{html.escape(i.company_id)}">{html.escape(i.name)}</a>'
            if i.overdue(today):
                when = f'<span style="color:#a61b1b">{when}</span>'
            links.append(f"{link} ({when})")
        self.setText(
            "<b>"
            + html.escape(
                self.tr("Virksomheder til kontakt (%1):").replace("%1", str(len(self.items)))
            )
            + "</b> "
            + ", ".join(links)
        )
        self.setAccessibleName(self.tr("Virksomheder til kontakt"))
        self.setVisible(True)

    def _activated(self, link: str) -> None:
        if link.startswith("company:"):
            self.open_company.emit(link.removeprefix("company:"))
