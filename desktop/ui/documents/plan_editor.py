"""The Trepartsplan tab: goal, sub-goals, the hours progression, commitments, evaluation;
follow-ups planned from the dates (they appear in I dag); planned vs actual hours as a chart;
signed by the three parties like the agreement (see document_editor.DocumentEditor).

The plan's fields are declared once in PLAN_FORM; sub-goals, periods and commitments are small
widgets with value()/set_value()/changed (and read(key) for the periods, whose hours are typed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.domain.records import HoursPeriod, Plan
from desktop.domain.validation import MAX_HOURS_PER_WEEK
from desktop.services import plans
from desktop.services.meetings import ActionEntry
from desktop.ui.documents.document_editor import PARTIES, DocumentEditor, party_label
from desktop.ui.documents.hours_chart import HoursChart
from desktop.ui.kit.field_table import FormField, FormTable, Kind
from desktop.ui.kit.fields import FieldBox, LineEdit, ProblemLabel, TextArea
from desktop.ui.kit.row_list import RowList
from desktop.ui.kit.rows import ActionRow
from desktop.ui.kit.widgets import Muted

PLAN_FORM = FormTable(
    "plan",
    (
        FormField("goal", Kind.TEXT, lines=2, section="goals"),
        FormField(
            "sub_goals",
            Kind.CUSTOM,
            hint=QT_TRANSLATE_NOOP("FormField", "Ét delmål pr. linje."),
            section="goals",
        ),
        FormField("start_date", Kind.DATE, section="goals"),
        FormField("end_date", Kind.DATE, section="goals"),
        FormField("periods", Kind.CUSTOM, section="periods"),
        FormField("tasks", Kind.TEXT, lines=2, section="content"),
        FormField("support", Kind.TEXT, lines=2, section="content"),
        FormField("commitments", Kind.CUSTOM, section="content"),
        FormField("evaluation_criteria", Kind.TEXT, lines=2, section="evaluation"),
        FormField("consequence", Kind.TEXT, lines=2, section="evaluation"),
    ),
    not_on_form={
        "case_id": "document head: the case whose tab this is",
        "version": "document head: shown in the heading, counted by the signing service",
        "supersedes_id": "document head: set by 'Ændr plan' (signing.change_document)",
        "status": "document head: shown as the state and banner, changed only by signing",
        "agreement_id": "the case's current agreement, set when the plan is made (new_plan)",
    },
)


class SubGoals(TextArea):
    """The sub-goals, one a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, lines=3)

    def set_value(self, value: list[str] | None) -> None:  # type: ignore[override]
        super().set_value("\n".join(value or []))

    def value(self) -> list[str]:  # type: ignore[override]
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


class PeriodRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, number: int, period: HoursPeriod | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.from_week = QSpinBox(self)
        self.to_week = QSpinBox(self)
        self.days = QSpinBox(self)
        for spin, top in ((self.from_week, 520), (self.to_week, 520), (self.days, 7)):
            spin.setRange(0, top)
        self.hours_per_day = LineEdit(self)
        self.hours_per_day.setMaximumWidth(90)
        # Ordinary paid hours per week beside the praktik (empty: none).
        self.paid = LineEdit(self)
        self.paid.setMaximumWidth(90)
        self.paid.setPlaceholderText(self.tr("ingen"))
        self.per_week = QLabel(self)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        if period is not None:
            self.from_week.setValue(period.from_week)
            self.to_week.setValue(period.to_week)
            self.days.setValue(period.days_per_week)
            self.hours_per_day.set_value(fmt.number(period.hours_per_day))
            self.paid.set_value(fmt.number(period.paid_hours_per_week))
        self.set_number(number)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, w in enumerate(
            (
                self.from_week,
                self.to_week,
                self.days,
                self.hours_per_day,
                self.paid,
                self.per_week,
                self.remove,
            )
        ):
            grid.addWidget(w, 0, col)
        grid.setColumnStretch(5, 1)
        for spin in (self.from_week, self.to_week, self.days):
            spin.valueChanged.connect(self._changed)
        self.hours_per_day.textChanged.connect(self._changed)
        self.paid.textChanged.connect(self._changed)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._update()

    def set_number(self, number: int) -> None:
        n = str(number)
        self.from_week.setAccessibleName(self.tr("Periode %1: fra uge").replace("%1", n))
        self.to_week.setAccessibleName(self.tr("Periode %1: til uge").replace("%1", n))
        self.days.setAccessibleName(self.tr("Periode %1: dage pr. uge").replace("%1", n))
        self.hours_per_day.setAccessibleName(self.tr("Periode %1: timer pr. dag").replace("%1", n))
        self.paid.setAccessibleName(self.tr("Periode %1: løntimer pr. uge").replace("%1", n))
        self.remove.setAccessibleName(self.tr("Fjern periode %1").replace("%1", n))
        self.remove.setToolTip(self.remove.accessibleName())

    def _changed(self, *_args: Any) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        try:
            hours = fmt.parse_hours(self.hours_per_day.text()) or 0.0
            paid = fmt.parse_hours(self.paid.text()) or 0.0
        except ValueError:
            self.per_week.setText("–")
            return
        praktik = hours * self.days.value()
        total = praktik + paid
        if paid:
            self.per_week.setText(
                self.tr("= %1 t praktik + %2 t løn = %3 t/uge")
                .replace("%1", fmt.number(praktik))
                .replace("%2", fmt.number(paid))
                .replace("%3", fmt.number(total))
            )
        else:
            self.per_week.setText(self.tr("= %1 t/uge").replace("%1", fmt.number(total)))
        self.per_week.setStyleSheet("color: #a61b1b;" if total > MAX_HOURS_PER_WEEK else "")

    def value(self) -> tuple[HoursPeriod | None, Problem | None]:
        try:
            hours = fmt.parse_hours(self.hours_per_day.text())
        except ValueError:
            hours = None
        if hours is None:
            return None, Problem(
                "periods.format",
                "periods",
                self.tr("Uge %1-%2: skriv timer pr. dag som et tal, fx 2,5.")
                .replace("%1", str(self.from_week.value()))
                .replace("%2", str(self.to_week.value())),
            )
        try:
            paid = fmt.parse_hours(self.paid.text())
        except ValueError:
            return None, Problem(
                "periods.format",
                "periods",
                self.tr("Uge %1-%2: skriv løntimer pr. uge som et tal, fx 10, eller intet.")
                .replace("%1", str(self.from_week.value()))
                .replace("%2", str(self.to_week.value())),
            )
        return (
            HoursPeriod(
                self.from_week.value(),
                self.to_week.value(),
                self.days.value(),
                hours,
                paid_hours_per_week=paid or None,
            ),
            None,
        )


class PeriodList(RowList):
    """The hours progression: periods of weeks at days × hours, added and removed in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            Muted(
                QCoreApplication.translate(
                    "PlanEditor",
                    "Perioder uden huller eller overlap, fx uge 1-2: 2 dage × 2 timer. "
                    "Løntimer er almindelige lønnede timer ved siden af praktikken. "
                    "Højst %1 timer pr. uge i alt.",
                ).replace("%1", fmt.number(MAX_HOURS_PER_WEEK)),
                self,
            )
        )
        header = QHBoxLayout()
        for text in (
            QCoreApplication.translate("PlanEditor", "Fra uge"),
            QCoreApplication.translate("PlanEditor", "Til uge"),
            QCoreApplication.translate("PlanEditor", "Dage pr. uge"),
            QCoreApplication.translate("PlanEditor", "Timer pr. dag"),
            QCoreApplication.translate("PlanEditor", "Løntimer pr. uge"),
        ):
            header.addWidget(Muted(text, self))
        header.addStretch(1)
        layout.addLayout(header)
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(
            QCoreApplication.translate("PlanEditor", "Tilføj periode"), self
        )
        self.add_button.clicked.connect(lambda: self.add(focus=True))
        layout.addWidget(self.add_button)
        self.setFocusProxy(self.add_button)

    def add(self, period: HoursPeriod | None = None, *, focus: bool = False) -> PeriodRow:
        if period is None:
            last = self.rows[-1].to_week.value() if self.rows else 0
            period = HoursPeriod(last + 1, last + 2, 2, 2.0)
        row = PeriodRow(len(self.rows) + 1, period, self)
        return self.append_row(row, focus=row.from_week if focus else None)

    def set_value(self, periods: list[HoursPeriod] | None) -> None:
        self.clear_rows()
        for period in periods or []:
            self.add(period)

    def read(self, key: str) -> tuple[list[HoursPeriod], list[Problem]]:
        """The periods whose hours could be read, and a problem for each that could not."""
        periods: list[HoursPeriod] = []
        problems: list[Problem] = []
        for row in self.rows:
            period, problem = row.value()
            if problem is not None:
                problems.append(problem)
            elif period is not None:
                periods.append(period)
        return periods, problems

    def value(self) -> list[HoursPeriod]:
        return self.read("periods")[0]


class Commitments(QWidget):
    """What each of the three parties commits to."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dict[str, str] = {}
        self.editors: dict[str, TextArea] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for party in PARTIES:
            editor = TextArea(self, lines=2)
            label = QCoreApplication.translate("PlanEditor", "%1 forpligter sig til:").replace(
                "%1", party_label(party)
            )
            box = FieldBox(label, editor, parent=self)
            form.addRow(box.label, box)
            editor.textChanged.connect(self.changed)
            self.editors[party] = editor
        self.setFocusProxy(self.editors[PARTIES[0]])

    def set_value(self, commitments: dict[str, str] | None) -> None:
        self._value = dict(commitments or {})
        for party, editor in self.editors.items():
            editor.set_value(self._value.get(party))

    def value(self) -> dict[str, str]:
        commitments = dict(self._value)
        for party, editor in self.editors.items():
            commitments[party] = editor.value() or ""
        return commitments


class PlanEditor(DocumentEditor):
    kind = "plan"
    form_table = PLAN_FORM

    def doc_label(self) -> str:
        return self.tr("planen")

    def title_text(self) -> str:
        return self.tr("Trepartsplan")

    def empty_text(self) -> str:
        return self.tr("Der er ingen trepartsplan endnu.")

    def create_text(self) -> str:
        return self.tr("Opret plan")

    def change_text(self) -> str:
        return self.tr("Ændr plan")

    def build_form(self, layout: QVBoxLayout) -> None:
        fields = self.make_fields(
            {"sub_goals": SubGoals, "periods": PeriodList, "commitments": Commitments}
        )
        w = fields.widgets
        self.add_section(layout, self.tr("Mål og periode"), "goals")
        self.add_group(layout, "periods")
        chart_box = QGroupBox(self.tr("Timer pr. uge: planlagt og faktisk"), self.form_widget)
        chart_layout = QVBoxLayout(chart_box)
        self.chart = HoursChart(chart_box, max_hours=MAX_HOURS_PER_WEEK)
        chart_layout.addWidget(self.chart)
        layout.addWidget(chart_box)
        self.add_section(layout, self.tr("Opgaver, støtte og forpligtelser"), "content")
        self.add_section(layout, self.tr("Evaluering"), "evaluation")

        self.goal = w["goal"]
        self.sub_goals: SubGoals = w["sub_goals"]
        self.start_date = w["start_date"]
        self.end_date = w["end_date"]
        self.periods: PeriodList = w["periods"]
        self.period_problems = fields.boxes["periods"].problems
        self.add_period_button = self.periods.add_button
        self.tasks = w["tasks"]
        self.support = w["support"]
        self.commitments: dict[str, TextArea] = w["commitments"].editors
        self.commitment_problems = fields.boxes["commitments"].problems
        self.evaluation_criteria = w["evaluation_criteria"]
        self.consequence = w["consequence"]
        page = self.form_widget
        self._build_actions(layout)

        follow = QHBoxLayout()
        self.follow_up_button = QPushButton(self.tr("Planlæg opfølgninger"), page)
        self.follow_up_button.setToolTip(
            self.tr("Midtvejs- og slutopfølgning ud fra planens datoer; de vises under I dag")
        )
        self.follow_up_button.clicked.connect(self.schedule_follow_ups)
        self.follow_up_state = Muted("", page)
        follow.addWidget(self.follow_up_button)
        follow.addWidget(self.follow_up_state, 1)
        layout.addLayout(follow)

    # -- action items (the plan's running to-do list, editable after signing) --------------
    def _build_actions(self, layout: QVBoxLayout) -> None:
        self._actions: list[ActionRow] = []
        box = QGroupBox(self.tr("Handlinger – hvem har bolden?"), self.form_widget)
        box_layout = QVBoxLayout(box)
        self.actions_layout = QVBoxLayout()
        box_layout.addLayout(self.actions_layout)
        buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Tilføj handling"), box)
        self.add_action_button.clicked.connect(lambda: self.add_action(focus=True))
        self.save_actions_button = QPushButton(self.tr("Gem handlinger"), box)
        self.save_actions_button.clicked.connect(self.save_actions)
        self.actions_state = Muted("", box)
        self.actions_problems = ProblemLabel(box)
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.save_actions_button)
        buttons.addWidget(self.actions_state, 1)
        box_layout.addWidget(self.actions_problems)
        box_layout.addLayout(buttons)
        self.actions_box = box
        layout.addWidget(box)

    def add_action(self, entry: ActionEntry | None = None, *, focus: bool = False) -> ActionRow:
        row = ActionRow(len(self._actions) + 1, entry or ActionEntry.new(), self.actions_box)
        row.removed.connect(self._remove_action)
        row.changed.connect(lambda: self.actions_state.setText(self.tr("Ikke gemt")))
        self._actions.append(row)
        self.actions_layout.addWidget(row)
        if focus:
            row.what.setFocus()
        return row

    def _remove_action(self, row: ActionRow) -> None:
        self._actions.remove(row)
        self.actions_layout.removeWidget(row)
        row.deleteLater()
        for i, other in enumerate(self._actions, start=1):
            other.set_number(i)
        self.actions_state.setText(self.tr("Ikke gemt"))

    @property
    def action_rows(self) -> list[ActionRow]:
        return list(self._actions)

    def _load_actions(self) -> None:
        for row in list(self._actions):
            self._actions.remove(row)
            self.actions_layout.removeWidget(row)
            row.deleteLater()
        usable = self.document is not None and not self.is_new and self.may_edit
        self.actions_box.setEnabled(usable)
        if not usable:
            return
        viewer = self._context.base_viewer
        plan_id = self.document.id

        def loaded(items: list[Any]) -> None:
            for item in items:
                self.add_action(
                    ActionEntry(
                        id=item.id,
                        what=item.what,
                        owner=item.owner,
                        deadline=item.deadline,
                        done=bool(item.done),
                    )
                )
            self.actions_state.setText("")

        self._context.op(
            self, lambda store: plans.plan_actions(store, viewer=viewer, plan_id=plan_id)
        ).success(loaded).run()

    def save_actions(self) -> None:
        if self.document is None or self.is_new:
            self.actions_state.setText(self.tr("Gem planen først."))
            return
        entries, problems = [], []
        for row in self._actions:
            entry, row_problems = row.entry()
            entries.append(entry)
            problems += row_problems
        if problems:
            self.actions_problems.show_problems(problems)
            return
        viewer = self._context.base_viewer
        plan_id = self.document.id

        def done(_changes: Any) -> None:
            self.actions_problems.show_problems([])
            self.actions_state.setText(self.tr("Handlingerne er gemt."))

        def failed(exc: BaseException) -> None:
            self.actions_problems.show_problems(
                list(getattr(exc, "problems", [])) or [Problem("actions", "action_items", str(exc))]
            )

        self._context.op(
            self,
            lambda store: plans.save_plan_actions(
                store, viewer=viewer, plan_id=plan_id, entries=entries
            ),
        ).success(done).failure(failed).run()

    # -- periods ---------------------------------------------------------------------------
    def add_period(self, period: HoursPeriod | None = None, *, focus: bool = False) -> PeriodRow:
        return self.periods.add(period, focus=focus)

    @property
    def period_rows(self) -> list[PeriodRow]:
        return list(self.periods.rows)

    # -- fill and read ---------------------------------------------------------------------
    def fill(self, p: Plan) -> None:
        self.fields.load(p)
        self.follow_up_state.setText("")
        self.follow_up_button.setVisible(self.may_edit and not self.is_new)
        self.refresh_chart()
        self._load_actions()

    def read(self) -> tuple[Plan, list[Problem]]:
        plan, problems = self.fields.read(self.document)
        return plan.replace(goal=(plan.goal or "").strip()), problems

    def _apply_state(self) -> None:
        super()._apply_state()
        self.follow_up_button.setVisible(self.may_edit and not self.is_new)
        self.follow_up_button.setEnabled(self.may_edit and not self.is_new)

    # -- chart and follow-ups --------------------------------------------------------------
    def refresh_chart(self) -> None:
        """Planned hours from the stored plan and actual hours from the case's meetings."""
        if self.document is None:
            return
        if self.is_new:
            self.chart.set_data(self._planned_only(self.document.periods))
            return
        viewer = self._context.viewer
        plan_id = self.document.id
        self._context.op(
            self, lambda store: plans.planned_vs_actual(store, viewer=viewer, plan_id=plan_id)
        ).success(self.chart.set_data).run()

    @staticmethod
    def _planned_only(
        periods: list[HoursPeriod],
    ) -> list[tuple[int, float, None, float | None]]:
        rows = []
        for period in periods:
            for week in range(period.from_week, period.to_week + 1):
                rows.append((week, period.hours_per_week, None, period.paid_hours_per_week))
        return sorted(rows)

    def schedule_follow_ups(self) -> None:
        if self.document is None or self.is_new:
            return
        if self.controller.dirty:
            self.follow_up_state.setText(self.tr("Gem planen først."))
            return
        viewer = self._context.base_viewer
        plan_id = self.document.id

        def done(changes: Any) -> None:
            if changes.empty:
                self.follow_up_state.setText(
                    self.tr("Planen mangler start- og slutdato; der er ikke planlagt noget.")
                )
            else:
                self.follow_up_state.setText(
                    self.tr("Midtvejs- og slutopfølgning er planlagt og vises under I dag.")
                )

        self._context.mutate(
            self,
            lambda store: plans.schedule_plan_follow_ups(store, viewer=viewer, plan_id=plan_id),
            done,
        )
