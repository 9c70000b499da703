"""The company side of a company's page: its needs, its contact history with open action items
and the next contact, its agreements, and the løntilskud staff ratio. Shown as tabs on the
company form for jobcenter staff (never for a mentor); each list reloads when what it shows
changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain import formatting as fmt
from desktop.domain.labels import label
from desktop.domain.records import CompanyContact, CompanyNeed
from desktop.services import companies as company_service
from desktop.services.changes import Changes
from desktop.ui.companies.contact_editor import ContactDialog
from desktop.ui.companies.match_dialog import MatchDialog
from desktop.ui.companies.need_editor import NeedDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table
from sync.protocol import vocabulary as v

RELEVANT = ("company", "company_need", "company_contact", "case", "agreement")


def _vocab(enum: type[v.LabelledEnum], code: str | None) -> str:
    return vocab(label(enum, code))


class NeedModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Behov"), lambda n: n.title, lambda n: n.title.casefold()),
                Column(self.tr("Type"), lambda n: _vocab(v.NeedKind, n.kind)),
                Column(self.tr("Status"), lambda n: _vocab(v.NeedStatus, n.status)),
                Column(
                    self.tr("Timer"),
                    lambda n: fmt.number(n.hours_per_week),
                    lambda n: n.hours_per_week or 0,
                    align_right=True,
                ),
                Column(
                    self.tr("Start"),
                    lambda n: fmt.date(n.start_date),
                    lambda n: n.start_date.isoformat() if n.start_date else "",
                ),
                Column(
                    self.tr("Krav"),
                    lambda n: ", ".join(_vocab(v.WorkFunction, d) for d in n.demands),
                ),
                Column(
                    self.tr("Kan tilbyde"),
                    lambda n: ", ".join(
                        _vocab(v.AccommodationCategory, a) for a in n.accommodations
                    ),
                ),
            ],
            parent,
        )


class ContactModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Dato"),
                    lambda c: fmt.date(c.contacted_on),
                    lambda c: c.contacted_on.isoformat() if c.contacted_on else "",
                ),
                Column(self.tr("Form"), lambda c: _vocab(v.ContactKind, c.kind)),
                Column(
                    self.tr("Hvem"),
                    lambda c: " / ".join(x for x in (c.company_person, c.consultant) if x),
                ),
                Column(self.tr("Formål"), lambda c: (c.purpose or "").replace("\n", " ")),
                Column(self.tr("Resultat"), lambda c: (c.outcome or "").replace("\n", " ")),
                Column(
                    self.tr("Åbne handlinger"),
                    lambda c: "; ".join(
                        f"{a.get('what')} ({_vocab(v.BallHolder, str(a.get('owner')))})"
                        for a in c.actions
                        if not a.get("done")
                    ),
                ),
                Column(
                    self.tr("Næste kontakt"),
                    lambda c: fmt.date(c.next_contact),
                    lambda c: c.next_contact.isoformat() if c.next_contact else "",
                ),
            ],
            parent,
        )


class AgreementModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Forløb"), lambda a: a.case_title),
                Column(
                    self.tr("Version"),
                    lambda a: str(a.version),
                    lambda a: a.version,
                    align_right=True,
                ),
                Column(self.tr("Status"), lambda a: _vocab(v.DocumentStatus, a.status)),
                Column(
                    self.tr("Gælder"),
                    lambda a: " – ".join(
                        x for x in (fmt.date(a.valid_from), fmt.date(a.valid_to)) if x
                    ),
                ),
                Column(
                    self.tr("Timer pr. uge"),
                    lambda a: fmt.number(a.hours_per_week),
                    align_right=True,
                ),
            ],
            parent,
        )


class CompanySide(QObject):
    """Builds the three pages and keeps them loaded; the company form hosts them as tabs."""

    def __init__(self, context: Any, company_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self.company_id = company_id
        self.host = parent
        self.page: company_service.CompanyPage | None = None
        self.dialogs: list[QWidget] = []

        self.needs_page = QWidget(parent)
        self.need_model = NeedModel(self)
        self.need_table = Table(self.need_model, self.tr("Virksomhedens behov"), self.needs_page)
        self.need_table.opened.connect(lambda _i: self.edit_need())
        self.new_need_button = QPushButton(self.tr("Nyt &behov …"), self.needs_page)
        self.new_need_button.clicked.connect(self.new_need)
        self.match_button = QPushButton(self.tr("&Match borgere …"), self.needs_page)
        self.match_button.setToolTip(self.tr("Teamets borgere rangeret for det valgte behov"))
        self.match_button.clicked.connect(self.match_need)
        self.ratio = Muted("", self.needs_page)
        self.ratio.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.ratio, 1)
        row.addWidget(self.new_need_button)
        row.addWidget(self.match_button)
        layout = QVBoxLayout(self.needs_page)
        layout.addLayout(row)
        layout.addWidget(self.need_table, 1)

        self.contacts_page = QWidget(parent)
        self.contact_model = ContactModel(self)
        self.contact_table = Table(
            self.contact_model, self.tr("Kontakthistorik"), self.contacts_page
        )
        self.contact_table.opened.connect(lambda _i: self.edit_contact())
        self.new_contact_button = QPushButton(self.tr("Ny &kontakt …"), self.contacts_page)
        self.new_contact_button.clicked.connect(self.new_contact)
        self.next_contact = Muted("", self.contacts_page)
        row = QHBoxLayout()
        row.addWidget(self.next_contact, 1)
        row.addWidget(self.new_contact_button)
        layout = QVBoxLayout(self.contacts_page)
        layout.addLayout(row)
        layout.addWidget(self.contact_table, 1)

        self.agreements_page = QWidget(parent)
        self.agreement_model = AgreementModel(self)
        self.agreement_table = Table(self.agreement_model, self.tr("Aftaler"), self.agreements_page)
        QVBoxLayout(self.agreements_page).addWidget(self.agreement_table)
        context.changed.connect(self.on_changes)
        self.reload()

    def pages(self) -> list[tuple[QWidget, str]]:
        return [
            (self.needs_page, self.tr("Beho&v")),
            (self.contacts_page, self.tr("Kontakt&historik")),
            (self.agreements_page, self.tr("Aftale&r")),
        ]

    def on_changes(self, changes: Changes) -> None:
        if self._context.unlocked and changes.touches(*RELEVANT):
            self.reload()

    def reload(self) -> None:
        viewer, company_id = self._context.viewer, self.company_id
        self._context.op(
            self,
            lambda store: company_service.company_page(store, viewer=viewer, company_id=company_id),
        ).success(self.show_page).run()

    def show_page(self, page: company_service.CompanyPage) -> None:
        self.page = page
        self.need_model.set_rows(page.needs)
        self.contact_model.set_rows(page.contacts)
        self.agreement_model.set_rows(page.agreements)
        for table in (self.need_table, self.contact_table, self.agreement_table):
            table.resizeColumnsToContents()
        if page.subsidy_allowed is None:
            ratio = self.tr(
                "Løntilskud: %1 forløb nu. Angiv antal ansatte på profilen for at se"
                " rimelighedskravet."
            ).replace("%1", str(page.on_subsidy))
        else:
            ratio = (
                self.tr("Løntilskud: %1 forløb nu af højst %2 (rimelighedskravet).")
                .replace("%1", str(page.on_subsidy))
                .replace("%2", str(page.subsidy_allowed))
            )
        self.ratio.setText(ratio)
        open_actions = len(page.open_actions)
        self.next_contact.setText(
            self.tr("Næste kontakt: %1 · åbne handlinger: %2")
            .replace("%1", fmt.date(page.next_contact) or self.tr("ikke aftalt"))
            .replace("%2", str(open_actions))
        )

    # -- forms ------------------------------------------------------------------------------
    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_a, d=dialog: d in self.dialogs and self.dialogs.remove(d))
        dialog.show()

    def _company_name(self) -> str:
        return self.page.company.name if self.page else ""

    def new_need(self) -> None:
        if self.page is None:
            return
        need = company_service.new_need(viewer=self._context.viewer, company=self.page.company)
        self._show(
            NeedDialog(
                self._context,
                need,
                is_new=True,
                company_name=self._company_name(),
                parent=self.host,
            )
        )

    def edit_need(self) -> None:
        need = self.need_table.current_row()
        if isinstance(need, CompanyNeed):
            self._show(
                NeedDialog(
                    self._context,
                    need,
                    is_new=False,
                    company_name=self._company_name(),
                    parent=self.host,
                )
            )

    def new_contact(self) -> None:
        contact = company_service.new_contact(
            viewer=self._context.viewer, company_id=self.company_id
        )
        self._show(
            ContactDialog(
                self._context,
                contact,
                is_new=True,
                company_name=self._company_name(),
                parent=self.host,
            )
        )

    def edit_contact(self) -> None:
        contact = self.contact_table.current_row()
        if isinstance(contact, CompanyContact):
            self._show(
                ContactDialog(
                    self._context,
                    contact,
                    is_new=False,
                    company_name=self._company_name(),
                    parent=self.host,
                )
            )

    def match_need(self) -> None:
        need = self.need_table.current_row()
        if not isinstance(need, CompanyNeed):
            need = self.need_model.rows[0] if self.need_model.rows else None
        if need is None:
            return
        dialog = MatchDialog(
            self._context,
            title=self.tr("Borgere til «%1» hos %2")
            .replace("%1", need.title)
            .replace("%2", self._company_name()),
            by_need=True,
            parent=self.host,
        )
        self._show(dialog)
        viewer, need_id = self._context.viewer, need.id
        self._context.op(
            dialog,
            lambda store: company_service.citizens_for_need(store, viewer=viewer, need_id=need_id),
        ).success(dialog.show_result).run()
