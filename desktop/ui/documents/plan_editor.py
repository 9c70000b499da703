"""The Trepartsplan tab: goal, sub-goals, the hours progression, commitments, evaluation;
follow-ups planned from the dates (they appear in I dag); planned vs actual hours as a chart;
signed by the three parties like the agreement (see agreement_editor.DocumentEditor)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
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
from desktop.ui.documents.document_editor import PARTIES, DocumentEditor, ListProblems, party_label
from desktop.ui.documents.hours_chart import HoursChart
from desktop.ui.kit.fields import DateEdit, FieldBox, LineEdit, ProblemLabel, TextArea
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.rows import ActionRow
from desktop.ui.kit.widgets import Muted
from sync.protocol.catalogue import CATALOGUE

PLAN = CATALOGUE["plan"]




def field_text(name: str) -> str:
    return vocab(PLAN.field(name).label) + ":"


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
        self.per_week = QLabel(self)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        if period is not None:
            self.from_week.setValue(period.from_week)
            self.to_week.setValue(period.to_week)
            self.days.setValue(period.days_per_week)
            self.hours_per_day.set_value(fmt.number(period.hours_per_day))
        self.set_number(number)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, w in enumerate(
            (
                self.from_week,
                self.to_week,
                self.days,
                self.hours_per_day,
                self.per_week,
                self.remove,
            )
        ):
            grid.addWidget(w, 0, col)
        grid.setColumnStretch(4, 1)
        for spin in (self.from_week, self.to_week, self.days):
            spin.valueChanged.connect(self._changed)
        self.hours_per_day.textChanged.connect(self._changed)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._update()

    def set_number(self, number: int) -> None:
        n = str(number)
        self.from_week.setAccessibleName(self.tr("Periode %1: fra uge").replace("%1", n))
        self.to_week.setAccessibleName(self.tr("Periode %1: til uge").replace("%1", n))
        self.days.setAccessibleName(self.tr("Periode %1: dage pr. uge").replace("%1", n))
        self.hours_per_day.setAccessibleName(self.tr("Periode %1: timer pr. dag").replace("%1", n))
        self.remove.setAccessibleName(self.tr("Fjern periode %1").replace("%1", n))
        self.remove.setToolTip(self.remove.accessibleName())

    def _changed(self, *_args: Any) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        try:
            hours = fmt.parse_hours(self.hours_per_day.text()) or 0.0
        except ValueError:
            self.per_week.setText("–")
            return
        total = hours * self.days.value()
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
        return (
            HoursPeriod(self.from_week.value(), self.to_week.value(), self.days.value(), hours),
            None,
        )


class PlanEditor(DocumentEditor):
    kind = "plan"

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
        self._periods: list[PeriodRow] = []
        w = self.form_widget

        goals = QGroupBox(self.tr("Mål og periode"), w)
        form = QFormLayout(goals)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.goal = TextArea(goals, lines=2)
        self.sub_goals = TextArea(goals, lines=3)
        self.start_date = DateEdit(goals)
        self.end_date = DateEdit(goals)
        for name, editor, hint in (
            ("goal", self.goal, None),
            ("sub_goals", self.sub_goals, self.tr("Ét delmål pr. linje.")),
            ("start_date", self.start_date, None),
            ("end_date", self.end_date, None),
        ):
            b = self.box(name, field_text(name), editor, hint)
            form.addRow(b.label, b)
            self.watch(editor)
        layout.addWidget(goals)

        progression = QGroupBox(vocab(PLAN.field("periods").label), w)
        prog_layout = QVBoxLayout(progression)
        prog_layout.addWidget(
            Muted(
                self.tr(
                    "Perioder uden huller eller overlap, fx uge 1-2: 2 dage × 2 timer. "
                    "Højst %1 timer pr. uge."
                ).replace("%1", fmt.number(MAX_HOURS_PER_WEEK)),
                progression,
            )
        )
        header = QHBoxLayout()
        for text in (
            self.tr("Fra uge"),
            self.tr("Til uge"),
            self.tr("Dage pr. uge"),
            self.tr("Timer pr. dag"),
        ):
            header.addWidget(Muted(text, progression))
        header.addStretch(1)
        prog_layout.addLayout(header)
        self.periods_layout = QVBoxLayout()
        prog_layout.addLayout(self.periods_layout)
        self.period_problems = ProblemLabel(progression)
        prog_layout.addWidget(self.period_problems)
        self.add_period_button = QPushButton(self.tr("Tilføj periode"), progression)
        self.add_period_button.clicked.connect(lambda: self.add_period(focus=True))
        prog_layout.addWidget(self.add_period_button)
        self.router.add("periods", ListProblems(self.period_problems, self.add_period_button))
        layout.addWidget(progression)

        chart_box = QGroupBox(self.tr("Timer pr. uge: planlagt og faktisk"), w)
        chart_layout = QVBoxLayout(chart_box)
        self.chart = HoursChart(chart_box, max_hours=MAX_HOURS_PER_WEEK)
        chart_layout.addWidget(self.chart)
        layout.addWidget(chart_box)

        content = QGroupBox(self.tr("Opgaver, støtte og forpligtelser"), w)
        form = QFormLayout(content)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tasks = TextArea(content, lines=2)
        self.support = TextArea(content, lines=2)
        for name, editor in (("tasks", self.tasks), ("support", self.support)):
            b = self.box(name, field_text(name), editor)
            form.addRow(b.label, b)
            self.watch(editor)
        self.commitments: dict[str, TextArea] = {}
        for party in PARTIES:
            editor = TextArea(content, lines=2)
            label = self.tr("%1 forpligter sig til:").replace("%1", party_label(party))
            b = FieldBox(label, editor, parent=content)
            form.addRow(b.label, b)
            self.commitments[party] = editor
            self.watch(editor)
        self.commitment_problems = ProblemLabel(content)
        form.addRow(self.commitment_problems)
        self.router.add(
            "commitments",
            ListProblems(self.commitment_problems, self.commitments[PARTIES[0]]),
        )
        layout.addWidget(content)

        evaluation = QGroupBox(self.tr("Evaluering"), w)
        form = QFormLayout(evaluation)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.evaluation_criteria = TextArea(evaluation, lines=2)
        self.consequence = TextArea(evaluation, lines=2)
        for name, editor in (
            ("evaluation_criteria", self.evaluation_criteria),
            ("consequence", self.consequence),
        ):
            b = self.box(name, field_text(name), editor)
            form.addRow(b.label, b)
            self.watch(editor)
        layout.addWidget(evaluation)

        self._build_actions(layout)

        follow = QHBoxLayout()
        self.follow_up_button = QPushButton(self.tr("Planlæg opfølgninger"), w)
        self.follow_up_button.setToolTip(
            self.tr("Midtvejs- og slutopfølgning ud fra planens datoer; de vises under I dag")
        )
        self.follow_up_button.clicked.connect(self.schedule_follow_ups)
        self.follow_up_state = Muted("", w)
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
        if period is None:
            last = self._periods[-1].to_week.value() if self._periods else 0
            period = HoursPeriod(last + 1, last + 2, 2, 2.0)
        row = PeriodRow(len(self._periods) + 1, period, self.form_widget)
        row.removed.connect(self._remove_period)
        row.changed.connect(self.edited)
        self._periods.append(row)
        self.periods_layout.addWidget(row)
        if focus:
            row.from_week.setFocus()
        self.edited()
        return row

    def _remove_period(self, row: PeriodRow) -> None:
        self._periods.remove(row)
        self.periods_layout.removeWidget(row)
        row.deleteLater()
        for i, other in enumerate(self._periods, start=1):
            other.set_number(i)
        self.edited()

    @property
    def period_rows(self) -> list[PeriodRow]:
        return list(self._periods)

    # -- fill and read ---------------------------------------------------------------------
    def fill(self, p: Plan) -> None:
        self.goal.set_value(p.goal)
        self.sub_goals.set_value("\n".join(p.sub_goals or []))
        self.start_date.set_value(p.start_date)
        self.end_date.set_value(p.end_date)
        for row in list(self._periods):
            self._periods.remove(row)
            self.periods_layout.removeWidget(row)
            row.deleteLater()
        for period in p.periods:
            self.add_period(period)
        self.tasks.set_value(p.tasks)
        self.support.set_value(p.support)
        for party, editor in self.commitments.items():
            editor.set_value((p.commitments or {}).get(party))
        self.evaluation_criteria.set_value(p.evaluation_criteria)
        self.consequence.set_value(p.consequence)
        self.follow_up_state.setText("")
        self.follow_up_button.setVisible(self.may_edit and not self.is_new)
        self.refresh_chart()
        self._load_actions()

    def read(self) -> tuple[Plan, list[Problem]]:
        p: Plan = self.document
        problems: list[Problem] = []
        dates = {}
        for name, editor in (("start_date", self.start_date), ("end_date", self.end_date)):
            problem = editor.parse_problem(name, vocab(PLAN.field(name).label))
            if problem:
                problems.append(problem)
                dates[name] = getattr(p, name) if self.frozen else None
            else:
                dates[name] = editor.value()
        periods = []
        for row in self._periods:
            period, problem = row.value()
            if problem:
                problems.append(problem)
            elif period is not None:
                periods.append(period)
        commitments = dict(p.commitments or {})
        for party, editor in self.commitments.items():
            commitments[party] = editor.value() or ""
        document = p.replace(
            goal=(self.goal.value() or "").strip(),
            sub_goals=[
                line.strip() for line in (self.sub_goals.value() or "").splitlines() if line.strip()
            ],
            periods=periods,
            tasks=self.tasks.value(),
            support=self.support.value(),
            commitments=commitments,
            evaluation_criteria=self.evaluation_criteria.value(),
            consequence=self.consequence.value(),
            **dates,
        )
        return document, problems

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
    def _planned_only(periods: list[HoursPeriod]) -> list[tuple[int, float, None]]:
        rows = []
        for period in periods:
            for week in range(period.from_week, period.to_week + 1):
                rows.append((week, period.hours_per_week, None))
        return sorted(rows)

    def schedule_follow_ups(self) -> None:
        if self.document is None or self.is_new:
            return
        if self._dirty:
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
