"""The company network (dialogforum): the recruitment goal in view (companies recruited of the
target, the share based on circular economy against the target share), the members with the
date they joined, and the meetings with agenda, attendance and minutes. One small form serves the
network, a member and a meeting (each a field table)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.labels import label
from desktop.domain.problems import Problem
from desktop.domain.records import Network, NetworkMeeting, NetworkMember
from desktop.services import network as network_service
from desktop.services import people as people_service
from desktop.services.changes import Changes
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Heading, Muted, Table
from sync.protocol import vocabulary as v

NETWORK_FORM = FormTable(
    "network",
    (
        FormField("name", mnemonic="n", max_length=200),
        FormField("purpose", Kind.TEXT, mnemonic="f", lines=3),
        FormField(
            "target_companies",
            mnemonic="v",
            width=120,
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 18"),
        ),
        FormField(
            "target_circular_pct",
            Kind.HOURS,
            mnemonic="c",
            width=120,
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 20"),
        ),
    ),
    not_on_form={"team": "the team of the consultant who creates the network"},
)
MEMBER_FORM = FormTable(
    "network_member",
    (
        FormField("kind", Kind.CHOICE, mnemonic="m", enum=v.NetworkMemberKind),
        FormField(
            "company_id",
            Kind.REF,
            mnemonic="v",
            empty=QT_TRANSLATE_NOOP("FormField", "(ingen virksomhed)"),
        ),
        FormField(
            "name",
            mnemonic="n",
            max_length=200,
            hint=QT_TRANSLATE_NOOP("FormField", "Tomt: virksomhedens navn."),
        ),
        FormField("joined_on", Kind.DATE, mnemonic="i"),
        FormField("left_on", Kind.DATE, mnemonic="u"),
    ),
    not_on_form={"network_id": "the network the member is added to", "team": "the network's team"},
)
MEETING_FORM = FormTable(
    "network_meeting",
    (
        FormField("held_at", Kind.DATETIME, mnemonic="t"),
        FormField("place", mnemonic="s", max_length=200),
        FormField("agenda", Kind.TEXT, mnemonic="d", lines=4),
        FormField("attendance", Kind.CUSTOM),
        FormField("minutes", Kind.TEXT, mnemonic="r", lines=5),
    ),
    not_on_form={"network_id": "the network the meeting is held in", "team": "the network's team"},
)


class AttendanceChecks(QWidget):
    """The members at a meeting: one check box each (checked: present)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self.rows: list[tuple[dict[str, Any], QCheckBox]] = []

    def set_value(self, attendance: Sequence[dict[str, Any]] | None) -> None:
        for _a, box in self.rows:
            box.deleteLater()
        self.rows = []
        for i, a in enumerate(attendance or []):
            box = QCheckBox(str(a.get("name") or "").replace("&", "&&"), self)
            box.setChecked(bool(a.get("present")))
            box.toggled.connect(self.changed)
            self.grid.addWidget(box, i // 3, i % 3)
            self.rows.append((dict(a), box))

    def value(self) -> list[dict[str, Any]]:
        return [{**a, "present": box.isChecked()} for a, box in self.rows]

    def set_read_only(self, read_only: bool) -> bool:
        for _a, box in self.rows:
            box.setEnabled(not read_only)
        return True


class NetworkRecordDialog(RecordFormDialog):
    """The form of a network, a member or a meeting."""

    def __init__(
        self,
        context: Any,
        record: Any,
        table: FormTable,
        *,
        is_new: bool,
        title: str,
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName(f"{table.record_type}Editor")
        self.record = record
        self.is_new = is_new
        self.setWindowTitle(title)
        self.fields = FormFields(
            self,
            table,
            router=self.router,
            watch=self.watch,
            choices=choices,
            factories={"attendance": AttendanceChecks},
        )
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form, 1)
        layout.addLayout(self.buttons_row())
        shown = record
        if isinstance(record, Network) and record.target_companies is not None:
            shown = record.replace(target_companies=str(record.target_companies))
        self.fields.load(shown)
        self.controller.mark_clean("")
        self.resize(760, 560 if table is MEETING_FORM else 420)

    def read(self) -> tuple[Any, list[Problem]]:
        record, problems = self.fields.read(self.record)
        if isinstance(record, Network):
            text = (
                (record.target_companies or "").strip()
                if isinstance(record.target_companies, str)
                else ""
            )
            target = int(text) if text.isdigit() else None
            if text and target is None:
                problems.append(
                    Problem(
                        "target_companies.format",
                        "target_companies",
                        self.tr("Mål: skriv et helt tal, fx 18."),
                    )
                )
            record = record.replace(target_companies=target)
        if hasattr(record, "name"):
            record = record.replace(name=record.name or "")
        return record, problems

    def validate(self, value: Any) -> list[Problem]:
        if isinstance(value, NetworkMember) and value.company_id and not value.name.strip():
            value = value.replace(name="–")  # the company's name is filled in at save
        return network_service.validate_network_record(value)

    def save_job(self, value: Any) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: network_service.save_network_record(store, viewer=viewer, record=value)


class MemberModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Medlem"), lambda m: m.name, lambda m: m.name.casefold()),
                Column(self.tr("Type"), lambda m: vocab(label(v.NetworkMemberKind, m.kind))),
                Column(
                    self.tr("Indmeldt"),
                    lambda m: fmt.date(m.joined_on),
                    lambda m: m.joined_on.isoformat() if m.joined_on else "",
                ),
                Column(self.tr("Udmeldt"), lambda m: fmt.date(m.left_on)),
            ],
            parent,
        )


class MeetingModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Tidspunkt"),
                    lambda m: fmt.datetime(m.held_at),
                    lambda m: m.held_at.isoformat() if m.held_at else "",
                ),
                Column(self.tr("Sted"), lambda m: m.place or ""),
                Column(
                    self.tr("Fremmødt"),
                    lambda m: (
                        f"{sum(1 for a in m.attendance if a.get('present'))} / {len(m.attendance)}"
                    ),
                    align_right=True,
                ),
                Column(self.tr("Dagsorden"), lambda m: (m.agenda or "").replace("\n", " · ")),
            ],
            parent,
        )


class NetworkDialog(QDialog):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkDialog")
        self.setWindowTitle(self.tr("Dialogforum og virksomhedsnetværk"))
        self._context = context
        self.overviews: list[network_service.NetworkOverview] = []
        self.companies: list[tuple[str, str]] = []
        self.forms: list[QWidget] = []
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Netværk"))
        self.choice.currentIndexChanged.connect(lambda _i: self._show_current())
        choice_label = QLabel(self.tr("&Netværk:"), self)
        choice_label.setBuddy(self.choice)
        self.new_network_button = QPushButton(self.tr("Nyt ne&tværk …"), self)
        self.new_network_button.clicked.connect(self.new_network)
        self.edit_network_button = QPushButton(self.tr("&Rediger mål …"), self)
        self.edit_network_button.clicked.connect(self.edit_network)
        self.heading = Heading("", self, size=1.3)
        self.purpose = Muted("", self)
        self.purpose.setWordWrap(True)
        self.recruited = QProgressBar(self)
        self.recruited.setAccessibleName(self.tr("Virksomheder rekrutteret af målet"))
        self.recruited_text = QLabel(self)
        self.circular = QProgressBar(self)
        self.circular.setAccessibleName(self.tr("Andel cirkulær økonomi"))
        self.circular_text = QLabel(self)
        self.member_model = MemberModel(self)
        self.member_table = Table(self.member_model, self.tr("Medlemmer"), self)
        self.member_table.opened.connect(lambda _i: self.edit_member())
        self.meeting_model = MeetingModel(self)
        self.meeting_table = Table(self.meeting_model, self.tr("Møder"), self)
        self.meeting_table.opened.connect(lambda _i: self.edit_meeting())
        self.new_member_button = QPushButton(self.tr("Nyt &medlem …"), self)
        self.new_member_button.clicked.connect(self.new_member)
        self.new_meeting_button = QPushButton(self.tr("Nyt m&øde …"), self)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.empty = Muted(
            self.tr("Teamet har intet netværk endnu. Opret et med «Nyt netværk»."), self
        )
        close = QPushButton(self.tr("&Luk"), self)
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.choice, 1)
        top.addWidget(self.new_network_button)
        top.addWidget(self.edit_network_button)
        goal = QGridLayout()
        goal.addWidget(QLabel(self.tr("Rekruttering:"), self), 0, 0)
        goal.addWidget(self.recruited, 0, 1)
        goal.addWidget(self.recruited_text, 0, 2)
        goal.addWidget(QLabel(self.tr("Cirkulær økonomi:"), self), 1, 0)
        goal.addWidget(self.circular, 1, 1)
        goal.addWidget(self.circular_text, 1, 2)
        goal.setColumnStretch(2, 1)
        lists = QGridLayout()
        member_row = QHBoxLayout()
        member_row.addWidget(Heading(self.tr("Medlemmer"), self), 1)
        member_row.addWidget(self.new_member_button)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(Heading(self.tr("Møder"), self), 1)
        meeting_row.addWidget(self.new_meeting_button)
        lists.addLayout(member_row, 0, 0)
        lists.addWidget(self.member_table, 1, 0)
        lists.addLayout(meeting_row, 0, 1)
        lists.addWidget(self.meeting_table, 1, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        layout.addLayout(goal)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)
        may_edit = bool(context.viewer.may_edit_people)
        for b in (
            self.new_network_button,
            self.edit_network_button,
            self.new_member_button,
            self.new_meeting_button,
        ):
            b.setEnabled(may_edit)
        self.resize(1200, 640)
        # The laptop handed to a citizen or company shows only their meeting: out of sight
        # until it comes back (hidden, not closed, so nothing typed in a form here is lost).
        self._hidden_for_handover = False
        context.handover_changed.connect(self._handover)
        context.changed.connect(self.on_changes)
        self.load()

    def on_changes(self, changes: Changes) -> None:
        if self._context.unlocked and changes.touches(
            "network", "network_member", "network_meeting", "company"
        ):
            self.load()

    def load(self) -> None:
        viewer = self._context.viewer

        def job(store: Any) -> Any:
            return (
                network_service.networks(store, viewer=viewer),
                people_service.company_choices(store, viewer=viewer),
            )

        self._context.op(self, job).success(lambda r: self.show_networks(*r)).run()

    def show_networks(
        self, overviews: list[network_service.NetworkOverview], companies: list[tuple[str, str]]
    ) -> None:
        current = self.current()
        self.overviews, self.companies = overviews, companies
        self.choice.blockSignals(True)
        self.choice.clear()
        for o in overviews:
            self.choice.addItem(o.network.name, o.network.id)
        index = self.choice.findData(current.network.id) if current else 0
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        self._show_current()

    def current(self) -> network_service.NetworkOverview | None:
        i = self.choice.currentIndex()
        return self.overviews[i] if 0 <= i < len(self.overviews) else None

    def _show_current(self) -> None:
        o = self.current()
        self.empty.setVisible(o is None)
        for w in (self.edit_network_button, self.new_member_button, self.new_meeting_button):
            w.setEnabled(o is not None and bool(self._context.viewer.may_edit_people))
        if o is None:
            self.member_model.set_rows([])
            self.meeting_model.set_rows([])
            self.heading.setText("")
            return
        self.heading.setText(o.network.name)
        self.purpose.setText(o.network.purpose or "")
        g = o.goal
        target = g.target or 0
        self.recruited.setRange(0, max(target, g.companies, 1))
        self.recruited.setValue(g.companies)
        self.recruited_text.setText(
            self.tr("%1 af %2 virksomheder")
            .replace("%1", str(g.companies))
            .replace("%2", str(g.target) if g.target is not None else "–")
        )
        pct = g.circular_pct
        self.circular.setRange(0, 100)
        self.circular.setValue(round(pct or 0))
        target_pct = fmt.number(g.target_circular_pct) if g.target_circular_pct is not None else "–"
        text = (
            self.tr("%1 af %2 virksomheder (%3 %) mod målet %4 %")
            .replace("%1", str(g.circular))
            .replace("%2", str(g.companies))
            .replace("%3", fmt.number(round(pct or 0)))
            .replace("%4", target_pct)
        )
        if g.circular_met is False:
            text += " · " + self.tr("mangler %1 cirkulær(e) virksomhed(er)").replace(
                "%1", str(g.circular_needed)
            )
            self.circular_text.setStyleSheet("color: #a61b1b;")
        else:
            self.circular_text.setStyleSheet("")
        self.circular_text.setText(text)
        self.member_model.set_rows(o.members)
        self.meeting_model.set_rows(o.meetings)
        self.member_table.resizeColumnsToContents()
        self.meeting_table.resizeColumnsToContents()

    # -- forms ------------------------------------------------------------------------------
    def _open(self, record: Any, table: FormTable, *, is_new: bool, title: str) -> None:
        dialog = NetworkRecordDialog(
            self._context,
            record,
            table,
            is_new=is_new,
            title=title,
            choices={"company_id": self.companies},
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.forms.append(dialog)
        dialog.destroyed.connect(lambda *_a, d=dialog: d in self.forms and self.forms.remove(d))
        dialog.show()

    def new_network(self) -> None:
        network = network_service.new_network(viewer=self._context.viewer)
        self._open(network, NETWORK_FORM, is_new=True, title=self.tr("Nyt netværk"))

    def edit_network(self) -> None:
        o = self.current()
        if o is not None:
            self._open(o.network, NETWORK_FORM, is_new=False, title=self.tr("Netværk og mål"))

    def new_member(self) -> None:
        o = self.current()
        if o is not None:
            member = network_service.new_member(
                viewer=self._context.viewer, network_id=o.network.id
            )
            self._open(member, MEMBER_FORM, is_new=True, title=self.tr("Nyt medlem"))

    def edit_member(self) -> None:
        member = self.member_table.current_row()
        if isinstance(member, NetworkMember) and self._context.viewer.may_edit_people:
            self._open(member, MEMBER_FORM, is_new=False, title=self.tr("Medlem"))

    def new_meeting(self) -> None:
        o = self.current()
        if o is not None:
            meeting = network_service.new_meeting(viewer=self._context.viewer, network=o)
            self._open(meeting, MEETING_FORM, is_new=True, title=self.tr("Nyt netværksmøde"))

    def edit_meeting(self) -> None:
        meeting = self.meeting_table.current_row()
        if isinstance(meeting, NetworkMeeting) and self._context.viewer.may_edit_people:
            self._open(meeting, MEETING_FORM, is_new=False, title=self.tr("Netværksmøde"))

    def _handover(self, on: bool) -> None:
        if on and self.isVisible():
            self._hidden_for_handover = True
            self.hide()
        elif not on and self._hidden_for_handover:
            self._hidden_for_handover = False
            self.show()
