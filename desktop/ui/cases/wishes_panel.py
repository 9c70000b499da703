"""The case page's tab for the citizen's own list: 3-5 companies or kinds of work, the dream first,
each with a status, a date and a note; edited in a form of the case's two list fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.domain.records import Case
from desktop.services import wishes as wish_service
from desktop.services.changes import Changes
from desktop.services.drafts import Draft
from desktop.services.wishes import OwnList
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.fields import ChoiceBox, DateEdit, LineEdit
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.labels import enum_choices
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table
from sync.protocol import vocabulary as v
from sync.protocol.shapes import Wish

WISHES_FORM = FormTable(
    "case",
    (
        FormField("wishes", Kind.CUSTOM, mnemonic="l"),
        FormField("wishes_on_citizen_copy", Kind.CUSTOM, mnemonic="k"),
    ),
    not_on_form={
        name: "edited in the case form (Rediger forløb)"
        for name in (
            "title", "citizen_id", "company_id", "team", "consultant", "mentors", "scheme",
            "status", "start_date", "end_date", "purpose", "outcome", "aftercare_cadence",
            "group", "project_id", "job_start_date", "support_kind", "support_budget",
        )
    }
    | {"screening_id": "set by the screening that opened the case (the screening form)"},
)


class WishRow(QWidget):
    removed = Signal(object)
    raised = Signal(object)
    changed = Signal()

    def __init__(self, number: int, wish: Wish, companies: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marker = QLabel(self)
        self.company = ChoiceBox(companies, empty=self.tr("(ingen bestemt virksomhed)"),
                                 parent=self)
        self.company.set_value(wish.company_id or None)
        self.work = LineEdit(self)
        self.work.setText(wish.work)
        self.work.setPlaceholderText(self.tr("Slags arbejde, fx lager"))
        self.status = ChoiceBox(enum_choices(v.WishStatus), parent=self)
        self.status.set_value(wish.status)
        self.date = DateEdit(self)
        self.date.set_value(dt.date.fromisoformat(wish.status_date) if wish.status_date else None)
        self.note = LineEdit(self)
        self.note.setText(wish.note)
        self.note.setPlaceholderText(self.tr("Note"))
        self.up = QToolButton(self)
        self.up.setText("↑")
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 2)
        for col, (w, stretch) in enumerate(
            ((self.marker, 0), (self.company, 3), (self.work, 3), (self.status, 2),
             (self.date, 0), (self.note, 3), (self.up, 0), (self.remove, 0))
        ):
            grid.addWidget(w, 0, col)
            grid.setColumnStretch(col, stretch)
        self.set_number(number)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.up.clicked.connect(lambda: self.raised.emit(self))
        self.company.currentIndexChanged.connect(self.changed)
        self.work.textChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.date.changed.connect(self.changed)
        self.note.textChanged.connect(self.changed)

    def set_number(self, number: int) -> None:
        self.number = number
        n = str(number)
        self.marker.setText(self.tr("Drøm") if number == 1 else n)
        self.up.setEnabled(number > 1)
        for widget, text in (
            (self.company, self.tr("Punkt %1: virksomhed")),
            (self.work, self.tr("Punkt %1: slags arbejde")),
            (self.status, self.tr("Punkt %1: status")),
            (self.date, self.tr("Punkt %1: dato for status")),
            (self.note, self.tr("Punkt %1: note")),
            (self.up, self.tr("Flyt punkt %1 op")),
            (self.remove, self.tr("Fjern punkt %1")),
        ):
            widget.setAccessibleName(text.replace("%1", n))
        self.up.setToolTip(self.up.accessibleName())
        self.remove.setToolTip(self.remove.accessibleName())

    def wish(self, key: str) -> tuple[Wish, list[Problem]]:
        problems: list[Problem] = []
        try:
            day = self.date.value()
        except ValueError:
            day = None
            problems.append(
                Problem(
                    "date.format",
                    key,
                    self.tr("Punkt %1: skriv datoen som dd.mm.åååå.").replace(
                        "%1", str(self.number)
                    ),
                )
            )
        wish = Wish(
            company_id=self.company.value() or "",
            work=self.work.text().strip(),
            dream=self.number == 1,
            status=self.status.value() or v.WishStatus.NOT_CONTACTED.value,
            status_date=day.isoformat() if day else "",
            note=self.note.text().strip(),
        )
        return wish, problems


class WishList(QWidget):
    """The list's rows; the first is the dream. value()/set_value() are the case's JSON list."""

    changed = Signal()

    def __init__(self, companies: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companies = sorted(companies, key=lambda c: c[1].casefold())
        self.rows: list[WishRow] = []
        self.rows_layout = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Tilføj punkt"), self)
        self.add_button.clicked.connect(lambda: self.add(Wish(), focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        for text, stretch in (("", 0), (self.tr("Virksomhed"), 3), (self.tr("Slags arbejde"), 3),
                              (self.tr("Status"), 2), (self.tr("Dato"), 1), (self.tr("Note"), 3)):
            header.addWidget(Muted(text, self), stretch)
        header.addSpacing(60)
        layout.addLayout(header)
        layout.addLayout(self.rows_layout)
        add = QHBoxLayout()
        add.addWidget(self.add_button)
        add.addStretch(1)
        layout.addLayout(add)

    def add(self, wish: Wish, *, focus: bool = False) -> WishRow:
        row = WishRow(len(self.rows) + 1, wish, self.companies, self)
        row.removed.connect(self._remove)
        row.raised.connect(self._raise)
        row.changed.connect(self.changed)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._renumber()
        if focus:
            row.company.setFocus()
        self.changed.emit()
        return row

    def _remove(self, row: WishRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        self.changed.emit()

    def _raise(self, row: WishRow) -> None:
        i = self.rows.index(row)
        if i == 0:
            return
        wishes = [r.wish("")[0] for r in self.rows]
        wishes[i - 1], wishes[i] = wishes[i], wishes[i - 1]
        self.set_value([w.model_dump() for w in wishes])
        self.rows[i - 1].up.setFocus() if i > 1 else self.rows[0].company.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            row.set_number(n)
        self.add_button.setEnabled(len(self.rows) < wish_service.MAX_WISHES)

    def set_value(self, value: list[dict[str, Any]] | None) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for w in wish_service.ordered([Wish(**x) for x in value or []]):
            self.add(w)

    def read(self, key: str) -> tuple[list[dict[str, Any]], list[Problem]]:
        values, problems = [], []
        for row in self.rows:
            wish, found = row.wish(key)
            problems += found
            if wish.company_id or wish.work or wish.note:
                values.append(wish.model_dump())
        return values, problems

    def value(self) -> list[dict[str, Any]]:
        return self.read("wishes")[0]


class CopyBox(QCheckBox):
    """The case's yes/no: is the list printed on the citizen's copy of the agreement?"""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ja, borgeren vil have listen med på sin kopi af aftalen"),
                         parent)
        self.toggled.connect(lambda _c: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class WishesDialog(RecordFormDialog):
    """The citizen's own list as a form of the case's fields `wishes` and
    `wishes_on_citizen_copy`."""

    def __init__(self, context: Any, case: Case, companies: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("wishesDialog")
        self.case = case
        self.companies = list(companies)
        self.setWindowTitle(self.tr("Borgerens egen liste"))
        self.fields = FormFields(
            self, WISHES_FORM, router=self.router, watch=self.watch,
            factories={"wishes": lambda owner: WishList(self.companies, owner),
                       "wishes_on_citizen_copy": CopyBox},
        )
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(
            Muted(
                self.tr(
                    "3–5 virksomheder eller slags arbejde, borgeren kan se sig selv i. Begynd "
                    "med det arbejde, borgeren drømmer om: det første punkt er drømmen. Listen "
                    "kommer aldrig på virksomhedens eller jobcentrets eksemplar."
                ),
                self,
            )
        )
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.buttons_row())
        self.fields.load(case)
        self.controller.mark_clean("")
        self.resize(1100, 460)

    def read(self) -> tuple[Case, list[Problem]]:
        return self.fields.read(self.case)

    def validate(self, value: Case) -> list[Problem]:
        return wish_service.validate_wishes(
            wish_service.wishes_of(value), reference=value.group == v.CaseGroup.REFERENCE.value
        )

    def save_job(self, value: Case) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        wishes = wish_service.wishes_of(value)
        on_copy = bool(value.wishes_on_citizen_copy)
        case_id = value.id
        return lambda store: wish_service.save_own_list(
            store, viewer=viewer, case_id=case_id, wishes=wishes, on_citizen_copy=on_copy
        )

    def draft(self, value: Case) -> Draft:
        return Draft(
            key=wish_service.draft_key(value.id),
            record_type="wishes",
            record_id=value.id,
            case_id=value.id,
            payload={
                "form": "wishes", "id": value.id,
                "values": {"wishes": value.wishes,
                           "wishes_on_citizen_copy": bool(value.wishes_on_citizen_copy)},
            },
        )


class OwnListModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Nr."), lambda r: self.tr("Drøm") if r.dream else str(r.position),
                       lambda r: r.position),
                Column(self.tr("Virksomhed / arbejde"), lambda r: r.what),
                Column(self.tr("Status"), lambda r: vocab(r.status_label)),
                Column(self.tr("Dato"), lambda r: fmt.date(r.status_date)),
                Column(self.tr("Note"), lambda r: r.note.replace("\n", " ")),
            ],
            parent,
        )


class WishesPanel(QWidget):
    """The own-list tab: the list as a table, and the button that edits it."""

    def __init__(self, context: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wishesPanel")
        self._context = context
        self.case_id = case_id
        self.own: OwnList | None = None
        self.may_edit = False
        self.dialog: WishesDialog | None = None
        self.intro = Muted(
            self.tr(
                "Borgerens egen liste: de virksomheder eller slags arbejde, borgeren selv peger "
                "på, med drømmen først. Brug den, når du planlægger kontakten til virksomheder."
            ),
            self,
        )
        self.copy_state = Muted("", self)
        self.model = OwnListModel(self)
        self.table = Table(self.model, self.tr("Borgerens egen liste"), self)
        self.table.opened.connect(lambda _i: self.edit())
        self.edit_button = QPushButton(self.tr("&Udfyld listen …"), self)
        self.edit_button.clicked.connect(self.edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.copy_state)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        context.changed.connect(self.on_changes)

    def load(self) -> None:
        viewer = self._context.viewer
        case_id = self.case_id
        self._context.op(
            self, lambda store: wish_service.own_list(store, viewer=viewer, case_id=case_id)
        ).success(self.show_list).run()

    def show_list(self, own: OwnList) -> None:
        self.own = own
        self.model.set_rows(own.lines)
        self.table.resizeColumnsToContents()
        if own.reference:
            self.copy_state.setText(
                self.tr("Forløbet er i referencegruppen: der føres ingen egen liste.")
            )
        elif not own.lines:
            self.copy_state.setText(self.tr("Listen er tom."))
        else:
            self.copy_state.setText(
                self.tr("Listen kommer med på borgerens kopi af aftalen.")
                if own.on_citizen_copy
                else self.tr("Listen kommer ikke med på borgerens kopi af aftalen.")
            )
        self.may_edit = bool(self._context.viewer.may_edit_people) and not own.reference
        self.edit_button.setVisible(self.may_edit)

    def on_changes(self, changes: Changes) -> None:
        if not self._context.unlocked:
            return
        if changes.everything or (
            changes.touches("case", "company") and changes.touches_case(self.case_id)
        ):
            self.load()

    def edit(self) -> None:
        if not self.may_edit:
            return
        viewer = self._context.viewer
        case_id = self.case_id

        def fetch(store: Any) -> Any:
            from desktop.services.access import require_case
            from desktop.services.people import company_choices

            return require_case(store, case_id, viewer=viewer), company_choices(
                store, viewer=viewer
            )

        self._context.op(self, fetch).success(lambda r: self.open_dialog(*r)).run()

    def open_dialog(self, case: Case, companies: Sequence[tuple[str, str]]) -> WishesDialog:
        self.dialog = WishesDialog(self._context, case, companies, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()
        return self.dialog
