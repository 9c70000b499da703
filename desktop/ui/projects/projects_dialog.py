"""The team's projects (name, period, targets) in one dialog: a list with how many project and
reference cases name each project, and a form per project. Cases choose their project on the case
form; the report shows progress against the targets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.domain.records import Project
from desktop.services import projects as project_service
from desktop.services.changes import Changes
from desktop.services.projects import ProjectRow
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.fields import ProblemLabel
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Muted, Table

PROJECT_FORM = FormTable(
    "project",
    (
        FormField("name", mnemonic="n", max_length=200),
        FormField("start_date", Kind.DATE, mnemonic="s"),
        FormField("end_date", Kind.DATE, mnemonic="u"),
        FormField(
            "target_enrolled",
            Kind.LINE,
            mnemonic="p",
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 100"),
            width=120,
        ),
        FormField(
            "target_jobs",
            Kind.LINE,
            mnemonic="j",
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 40"),
            width=120,
        ),
        FormField(
            "target_retained_6m",
            Kind.HOURS,
            mnemonic="f",
            placeholder=QT_TRANSLATE_NOOP("FormField", "fx 70"),
            width=120,
            hint=QT_TRANSLATE_NOOP(
                "FormField", "Andel af borgerne i job, der stadig er i job 6 måneder efter start."
            ),
        ),
    ),
    not_on_form={"team": "the team of the consultant who creates the project"},
)
COUNTS = ("target_enrolled", "target_jobs")


def _target(value: float | int | None, done: int | None = None) -> str:
    if value is None:
        return "–"
    return fmt.number(value) if done is None else f"{done} / {fmt.number(value)}"


class ProjectModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Projekt"), lambda r: r.name, lambda r: r.name.casefold()),
                Column(
                    self.tr("Periode"),
                    lambda r: " – ".join(
                        x for x in (fmt.date(r.start_date), fmt.date(r.end_date)) if x
                    ),
                    lambda r: r.start_date or dt.date.min,
                ),
                Column(
                    self.tr("Borgere / mål"),
                    lambda r: _target(r.target_enrolled, r.enrolled),
                    lambda r: r.enrolled,
                    align_right=True,
                ),
                Column(self.tr("Mål: i job"), lambda r: _target(r.target_jobs), align_right=True),
                Column(
                    self.tr("Mål: fastholdt 6 mdr."),
                    lambda r: "–"
                    if r.target_retained_6m is None
                    else f"{fmt.number(r.target_retained_6m)} %",
                    align_right=True,
                ),
                Column(
                    self.tr("Referencegruppe"), lambda r: str(r.reference), lambda r: r.reference,
                    align_right=True,
                ),
            ],
            parent,
        )


class ProjectDialog(RecordFormDialog):
    def __init__(
        self, context: Any, project: Project, *, is_new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("projectDialog")
        self.project = project
        self.is_new = is_new
        self.setWindowTitle(self.tr("Nyt projekt") if is_new else self.tr("Rediger projekt"))
        self.fields = FormFields(self, PROJECT_FORM, router=self.router, watch=self.watch)
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addLayout(self.buttons_row())
        self.fields.load(project.replace(
            **{n: None if getattr(project, n) is None else str(getattr(project, n))
               for n in COUNTS}
        ))
        self.controller.mark_clean("")
        self.resize(560, 380)
        self.fields.widgets["name"].setFocus()

    def read(self) -> tuple[Project, list[Problem]]:
        project, problems = self.fields.read(self.project)
        counts: dict[str, int | None] = {}
        for name in COUNTS:
            text = (getattr(project, name) or "").strip()
            if not text:
                counts[name] = None
            elif text.isdigit():
                counts[name] = int(text)
            else:
                counts[name] = None
                label = self.fields.boxes[name].label.text().replace("&", "").rstrip(":")
                problems.append(
                    Problem(
                        f"{name}.format",
                        name,
                        self.tr("%1: skriv et helt tal, fx 40.").replace("%1", label),
                    )
                )
        return project.replace(name=project.name or "", **counts), problems

    def validate(self, value: Project) -> list[Problem]:
        return project_service.validate_project(value.replace(name=value.name.strip()))

    def save_job(self, value: Project) -> Callable[[Any], Any]:
        viewer = self._context.viewer
        return lambda store: project_service.save_project(store, viewer=viewer, project=value)


class ProjectsDialog(QDialog):
    """The team's projects: the list, new, edit, delete (only while no case names it)."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsDialog")
        self.setWindowTitle(self.tr("Projekter og mål"))
        self._context = context
        self.form: ProjectDialog | None = None
        self.model = ProjectModel(self)
        self.table = Table(self.model, self.tr("Projekter"), self)
        self.table.opened.connect(lambda _i: self.edit_current())
        self.problems = ProblemLabel(self)
        self.new_button = QPushButton(self.tr("&Nyt projekt …"), self)
        self.new_button.clicked.connect(self.new_project)
        self.edit_button = QPushButton(self.tr("&Rediger …"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Slet"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.close_button = QPushButton(self.tr("&Luk"), self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            Muted(
                self.tr(
                    "Et forløb knyttes til et projekt og til projekt- eller referencegruppen "
                    "under Rediger forløb. Rapporten viser fremdriften mod målene."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        may_edit = bool(context.viewer.may_edit_people)
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setEnabled(may_edit)
        self.resize(900, 420)
        context.changed.connect(self.on_changes)
        self.load()

    def load(self) -> None:
        viewer = self._context.viewer
        self._context.op(
            self, lambda store: project_service.project_rows(store, viewer=viewer)
        ).success(self._show).run()

    def _show(self, rows: list[ProjectRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def on_changes(self, changes: Changes) -> None:
        if self._context.unlocked and changes.touches("project", "case"):
            self.load()

    def new_project(self) -> None:
        self._open(project_service.new_project(viewer=self._context.viewer), is_new=True)

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is None or not self._context.viewer.may_edit_people:
            return

        def found(projects: list[Project]) -> None:
            project = next((p for p in projects if p.id == row.id), None)
            if project is not None:
                self._open(project, is_new=False)

        viewer = self._context.viewer
        self._context.op(
            self, lambda store: project_service.list_projects(store, viewer=viewer)
        ).success(found).run()

    def _open(self, project: Project, *, is_new: bool) -> None:
        self.form = ProjectDialog(self._context, project, is_new=is_new, parent=self)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.show()

    def delete_current(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Slet projekt"), self.tr("Slet projektet %1?").replace("%1", row.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        viewer = self._context.viewer
        self.problems.show_problems([])
        self._context.mutate(
            self,
            lambda store: project_service.delete_project(
                store, viewer=viewer, project_id=row.id
            ),
            on_failure=lambda exc: self.problems.show_problems(
                list(getattr(exc, "problems", []))
            ),
        )
