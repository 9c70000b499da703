"""Thin table models: they hold rows (service DTOs), never queries.

One generic model does the Qt work (roles, sorting, filtering in memory, keeping rows by id);
each list declares its columns. Filtering and sorting happen here rather than in a
QSortFilterProxyModel because with 10,000 cases a per-row Python callback from the proxy
costs more than re-deriving the visible list in one comprehension.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain import formatting as fmt
from desktop.services.cases import ActionRow, CaseRow, FollowUpItem
from desktop.services.people import CitizenRow, CompanyRow
from desktop.services.signing import VOID_DETAIL
from desktop.services.today import AgendaItem, DueAction, DueFollowUp
from desktop.ui.kit.formatting import datetime_text
from desktop.ui.kit.i18n import vocab

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 3
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ANSWERED = frozenset({_DISPLAY, _FOREGROUND, _FONT, _ALIGNMENT, _TOOLTIP, _ACCESSIBLE, ID_ROLE,
                       ROW_ROLE, SORT_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
OVERDUE = QBrush(QColor("#a61b1b"))
MUTED = QBrush(QColor("#666666"))
AnyIndex = QModelIndex | QPersistentModelIndex




@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None or value == "", value if value is not None else "")


class RowTableModel(QAbstractTableModel):
    """Rows of frozen DTOs with an `id`; columns declared by subclasses."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._filter: Callable[[Any], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sorted_all: list[Any] | None = None

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._sorted_all = None
        self._derive()
        self.endResetModel()

    def set_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginResetModel()
        self._filter = predicate
        self._derive()
        self.endResetModel()

    def _derive(self) -> None:
        # All rows are sorted once per content or order change; filtering keeps that order,
        # so a keystroke in the search costs one pass over the rows, not a sort.
        if self._sorted_all is None:
            if self._sort is None:
                self._sorted_all = list(self._all)
            else:
                column, order = self._sort
                self._sorted_all = sorted(self._all, key=self._key(column),
                                          reverse=order == Qt.SortOrder.DescendingOrder)
        if self._filter is None:
            self._rows = list(self._sorted_all)
        else:
            accept = self._filter
            self._rows = [r for r in self._sorted_all if accept(r)]

    def _key(self, column: int) -> Callable[[Any], Any]:
        spec = self._columns[column]
        if spec.sort_key is not None:
            getter = spec.sort_key
            return lambda row: _none_last(getter(row))
        display = spec.display
        return lambda row: display(row).casefold()

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    @property
    def total(self) -> int:
        return len(self._all)

    def row_at(self, index: AnyIndex | int) -> Any | None:
        row = index if isinstance(index, int) else index.row()
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    def row_of_id(self, row_id: str) -> int:
        for i, row in enumerate(self._rows):
            if getattr(row, "id", None) == row_id:
                return i
        return -1

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._columns[section].header
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: the common answers come first and the
        # roles are plain ints, so repainting 10,000 filtered rows stays cheap.
        role = int(role)
        if role not in _ANSWERED:
            return None
        row_number, column = index.row(), index.column()
        if not (0 <= row_number < len(self._rows) and 0 <= column < len(self._columns)):
            return None
        row = self._rows[row_number]
        spec = self._columns[column]
        if role == _DISPLAY:
            return spec.display(row)
        if role == _FOREGROUND:
            return self.foreground(row)
        if role == _FONT:
            return self.font(row)
        if role == _ALIGNMENT:
            return _RIGHT if spec.align_right else None
        if role == _TOOLTIP:
            return spec.tooltip(row) if spec.tooltip else None
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            key = spec.sort_key(row) if spec.sort_key else spec.display(row)
            return str(key) if key is not None else ""
        if role == _ACCESSIBLE:
            return f"{spec.header}: {spec.display(row)}"
        return None

    def foreground(self, row: Any) -> QBrush | None:
        return None

    def font(self, row: Any) -> QFont | None:
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._sort = (column, order)
        self._sorted_all = None
        self._derive()
        # Keep persistent indexes (the selection) on the same rows.
        position = {id(row): i for i, row in enumerate(self._rows)}
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(old):
                new_row = position.get(id(old[index.row()]), -1)
                self.changePersistentIndex(
                    index, self.index(new_row, index.column()) if new_row >= 0 else QModelIndex()
                )
        self.layoutChanged.emit()


def _date_key(value: dt.date | dt.datetime | None) -> Any:
    return value.isoformat() if value is not None else None


class CaseTableModel(RowTableModel):
    """All the viewer's cases; filters (search result, status, scheme, consultant) in memory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Borger"), lambda r: r.citizen_name),
                Column(self.tr("Virksomhed"), lambda r: r.company_name),
                Column(self.tr("Ordning"), lambda r: vocab(r.scheme_label)),
                Column(self.tr("Status"), lambda r: vocab(r.status_label)),
                Column(self.tr("Konsulent"), lambda r: r.consultant),
                Column(
                    self.tr("Start"),
                    lambda r: fmt.date(r.start_date),
                    lambda r: _date_key(r.start_date),
                ),
                Column(
                    self.tr("Slut"), lambda r: fmt.date(r.end_date), lambda r: _date_key(r.end_date)
                ),
            ],
            parent,
        )
        self.search_ids: frozenset[str] | None = None
        self.status: str | None = None
        self.scheme: str | None = None
        self.consultant: str | None = None

    def apply_filters(
        self,
        *,
        search_ids: frozenset[str] | None | type[Ellipsis] = ...,
        status: str | None | type[Ellipsis] = ...,
        scheme: str | None | type[Ellipsis] = ...,
        consultant: str | None | type[Ellipsis] = ...,
    ) -> None:
        if search_ids is not ...:
            self.search_ids = search_ids  # type: ignore[assignment]
        if status is not ...:
            self.status = status  # type: ignore[assignment]
        if scheme is not ...:
            self.scheme = scheme  # type: ignore[assignment]
        if consultant is not ...:
            self.consultant = consultant  # type: ignore[assignment]
        ids, status_, scheme_, consultant_ = (
            self.search_ids,
            self.status,
            self.scheme,
            self.consultant,
        )
        if ids is None and status_ is None and scheme_ is None and consultant_ is None:
            self.set_filter(None)
            return

        def accept(row: CaseRow) -> bool:
            return (
                (ids is None or row.id in ids)
                and (status_ is None or row.status == status_)
                and (scheme_ is None or row.scheme == scheme_)
                and (consultant_ is None or row.consultant == consultant_)
            )

        self.set_filter(accept)

    def foreground(self, row: CaseRow) -> QBrush | None:
        return MUTED if row.status in ("afsluttet", "afbrudt") else None


class AgendaModel(RowTableModel):
    """Meetings on the agenda; next meetings only planned (not booked) are shown in italics."""

    def __init__(self, *, with_date: bool, parent: QObject | None = None) -> None:
        when = (lambda r: datetime_text(r.when)) if with_date else (lambda r: fmt.clock(r.when))
        super().__init__(
            [
                Column(self.tr("Tidspunkt"), when, lambda r: _date_key(r.when)),
                Column(self.tr("Møde"), self._kind),
                Column(self.tr("Borger"), lambda r: r.citizen_name),
                Column(self.tr("Virksomhed"), lambda r: r.company_name),
                Column(self.tr("Sted"), lambda r: r.place),
            ],
            parent,
        )

    def _kind(self, row: AgendaItem) -> str:
        if row.planned_only:
            return self.tr("Næste møde (planlagt)")
        return vocab(row.kind_label)

    def font(self, row: AgendaItem) -> QFont | None:
        if row.planned_only:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class FollowUpDueModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Dato"), lambda r: fmt.date(r.due_date), lambda r: _date_key(r.due_date)
                ),
                Column(self.tr("Opfølgning"), lambda r: vocab(r.label)),
                Column(self.tr("Borger"), lambda r: r.citizen_name),
                Column(self.tr("Virksomhed"), lambda r: r.company_name),
                Column(self.tr("Konsulent"), lambda r: r.consultant),
            ],
            parent,
        )

    def foreground(self, row: DueFollowUp) -> QBrush | None:
        return OVERDUE if row.overdue else None


class DueActionModel(RowTableModel):
    """Open action items, overdue (in red) and due this week, each with who holds the ball."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Frist"),
                    lambda r: fmt.date(r.deadline),
                    lambda r: _date_key(r.deadline),
                ),
                Column(self.tr("Hvem har bolden"), self._ball_holder),
                Column(self.tr("Hvad"), lambda r: r.what, tooltip=lambda r: r.what),
                Column(self.tr("Borger"), lambda r: r.citizen_name),
                Column(self.tr("Virksomhed"), lambda r: r.company_name),
                Column(self.tr("Status"), self._status, lambda r: -r.days_overdue),
            ],
            parent,
        )

    def _ball_holder(self, row: DueAction) -> str:
        holder = vocab(row.owner_label)
        return f"{holder} ({row.owner_name})" if row.owner_name else holder

    def _status(self, row: DueAction) -> str:
        if row.days_overdue > 0:
            return self.tr("%n dag(e) over frist", "", row.days_overdue)
        if row.days_overdue == 0:
            return self.tr("Frist i dag")
        return self.tr("Om %n dag(e)", "", -row.days_overdue)

    def foreground(self, row: DueAction) -> QBrush | None:
        return OVERDUE if row.overdue else None


class CaseMeetingModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Tidspunkt"),
                    lambda r: datetime_text(r.starts_at),
                    lambda r: _date_key(r.starts_at),
                ),
                Column(self.tr("Møde"), lambda r: vocab(r.kind_label)),
                Column(self.tr("Sted"), lambda r: r.place),
                Column(self.tr("Virker skånehensynene?"), lambda r: vocab(r.accommodations_label)),
                Column(
                    self.tr("Åbne handlinger"),
                    lambda r: str(r.open_actions) if r.open_actions else "",
                    lambda r: r.open_actions,
                    align_right=True,
                ),
                Column(
                    self.tr("Næste møde"),
                    lambda r: datetime_text(r.next_meeting_at),
                    lambda r: _date_key(r.next_meeting_at),
                ),
            ],
            parent,
        )


class CaseActionModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Hvad"), lambda r: r.what, tooltip=lambda r: r.what),
                Column(self.tr("Hvem har bolden"), lambda r: vocab(r.owner_label)),
                Column(
                    self.tr("Frist"),
                    lambda r: fmt.date(r.deadline),
                    lambda r: _date_key(r.deadline),
                ),
                Column(self.tr("Udført"), lambda r: self.tr("Ja") if r.done else self.tr("Nej")),
            ],
            parent,
        )
        self.today = dt.date.today()

    def foreground(self, row: ActionRow) -> QBrush | None:
        if row.done:
            return MUTED
        if row.deadline and row.deadline < self.today:
            return OVERDUE
        return None


class CaseFollowUpModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Dato"), lambda r: fmt.date(r.due_date), lambda r: _date_key(r.due_date)
                ),
                Column(self.tr("Type"), lambda r: vocab(r.kind_label)),
                Column(self.tr("Betegnelse"), lambda r: vocab(r.label)),
                Column(
                    self.tr("Registreret ved møde"),
                    lambda r: self.tr("Ja") if r.registered else self.tr("Nej"),
                ),
            ],
            parent,
        )
        self.today = dt.date.today()

    def foreground(self, row: FollowUpItem) -> QBrush | None:
        if row.registered:
            return MUTED
        if row.due_date and row.due_date < self.today:
            return OVERDUE
        return None


def _audit_detail(row: Any) -> str:
    """An audit entry's detail; the fields it lists shown by their labels, never their names."""
    labels = getattr(row, "field_labels", ())
    if not labels:
        return str(row.detail)
    text = ", ".join(vocab(label) for label in labels)
    if row.detail.startswith(VOID_DETAIL):  # a signature voided by a change
        template = QCoreApplication.translate(
            "AuditModel", "Underskrift annulleret af ændring i: %1"
        )
    else:
        template = QCoreApplication.translate("AuditModel", "Ændret: %1")
    return template.replace("%1", text)


class AuditModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Tidspunkt"), lambda r: datetime_text(r.at), lambda r: _date_key(r.at)
                ),
                Column(self.tr("Bruger"), lambda r: r.username),
                Column(self.tr("Handling"), lambda r: vocab(r.action_label)),
                Column(self.tr("Post"), lambda r: vocab(r.record_label)),
                Column(self.tr("Detaljer"), _audit_detail, tooltip=_audit_detail),
            ],
            parent,
        )


class CompanyModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Navn"), lambda r: r.name),
                Column(self.tr("CVR"), lambda r: r.cvr),
                Column(self.tr("Adresse"), lambda r: r.address),
                Column(self.tr("Telefon"), lambda r: r.phone),
                Column(
                    self.tr("Åbne forløb"),
                    lambda r: str(r.open_cases),
                    lambda r: r.open_cases,
                    align_right=True,
                ),
            ],
            parent,
        )

    def matches(self, row: CompanyRow, words: list[str]) -> bool:
        hay = f"{row.name} {row.cvr} {row.address}".casefold()
        return all(w in hay for w in words)


class CitizenModel(RowTableModel):
    """Citizens; the CPR column exists only for viewers who may read CPR numbers."""

    def __init__(self, *, show_cpr: bool, parent: QObject | None = None) -> None:
        columns = [Column(self.tr("Navn"), lambda r: r.name)]
        if show_cpr:
            columns.append(Column(self.tr("CPR-nummer"), lambda r: r.cpr or ""))
        columns += [
            Column(self.tr("Telefon"), lambda r: r.phone),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(
                self.tr("Åbne forløb"),
                lambda r: str(r.open_cases),
                lambda r: r.open_cases,
                align_right=True,
            ),
        ]
        super().__init__(columns, parent)
        self.show_cpr = show_cpr

    def matches(self, row: CitizenRow, words: list[str]) -> bool:
        hay = f"{row.name} {row.phone} {row.email} {row.cpr or ''}".casefold()
        return all(w in hay for w in words)


class CaseListModel(RowTableModel):
    """The cases of one citizen or company (in their details)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Borger"), lambda r: r.citizen_name),
                Column(self.tr("Virksomhed"), lambda r: r.company_name),
                Column(self.tr("Ordning"), lambda r: vocab(r.scheme_label)),
                Column(self.tr("Status"), lambda r: vocab(r.status_label)),
                Column(
                    self.tr("Start"),
                    lambda r: fmt.date(r.start_date),
                    lambda r: _date_key(r.start_date),
                ),
            ],
            parent,
        )


class DraftModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Gemt"),
                    lambda r: datetime_text(r.updated_at),
                    lambda r: _date_key(r.updated_at),
                ),
                Column(self.tr("Type"), lambda r: vocab(r.kind_label)),
                Column(self.tr("Titel"), lambda r: r.title),
            ],
            parent,
        )

    def keys(self) -> list[str]:
        return [r.key for r in self.rows]
