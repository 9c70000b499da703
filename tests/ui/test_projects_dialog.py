"""The team's projects with targets: created, validated and listed from the Forløb menu."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.domain.records import Project
from desktop.ui.cases.retention_panel import RETENTION_FORM
from desktop.ui.cases.support_panel import TRANSFER_FORM
from desktop.ui.projects.projects_dialog import PROJECT_FORM, ProjectDialog, ProjectsDialog


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def test_every_catalogue_field_of_the_method_forms_is_on_the_form_or_listed() -> None:
    for table in (PROJECT_FORM, RETENTION_FORM, TRANSFER_FORM):
        assert table.missing() == [], table.record_type


def test_a_project_with_targets_is_created_from_the_menu(app) -> None:
    window = app.window
    window.projects_action.trigger()
    app.wait(lambda: _visible(ProjectsDialog))
    projects = _visible(ProjectsDialog)
    before = len(app.store.list(Project))  # the demo's
    app.wait(lambda: projects.model.rowCount() == before)
    projects.new_button.click()
    app.wait(lambda: _visible(ProjectDialog))
    form = _visible(ProjectDialog)
    form.fields["name"].setText("Rampen til det gode arbejdsliv")
    form.fields["target_enrolled"].setText("mange")
    form.fields["target_jobs"].setText("40")
    form.save()
    app.idle()
    assert "helt tal" in form.router.boxes["target_enrolled"].problems.text()
    form.fields["target_enrolled"].setText("30")
    form.save()
    app.idle()
    assert "større end målet" in form.router.boxes["target_jobs"].problems.text()
    form.fields["target_enrolled"].setText("100")
    form.fields["target_retained_6m"].setText("70")
    form.save()
    app.wait(lambda: any(p.name.startswith("Rampen") for p in app.store.list(Project)))
    saved = next(p for p in app.store.list(Project) if p.name.startswith("Rampen"))
    assert (saved.target_enrolled, saved.target_jobs, saved.target_retained_6m) == (100, 40, 70.0)
    app.wait(lambda: projects.model.rowCount() == before + 1)
