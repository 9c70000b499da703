"""The case page plans efterværn."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.domain.records import Case, FollowUp
from desktop.ui.shell.case_page import AftercareDialog


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def test_plan_aftercare_from_the_case(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    before = len(app.store.list(FollowUp, where={"case_id": case.id}))
    window.open_case(case.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    view = window.case_view
    view.tabs.setCurrentIndex(4)
    view.plan_aftercare_button.click()
    app.wait(lambda: _visible(AftercareDialog))
    dialog = _visible(AftercareDialog)
    dialog.date.line.setText("31.02.2026")
    dialog._check()
    assert dialog.isVisible() and dialog.box.problems.isVisible()
    dialog.date.line.setText("02.03.2026")
    dialog._check()
    app.wait(lambda: len(app.store.list(FollowUp, where={"case_id": case.id})) == before + 5)
    app.wait(lambda: view.follow_up_model.rowCount() == before + 5)
