"""The case form tells the consultant, beside the company, when a løntilskud case would exceed
the company's staff ratio; the notice never blocks saving."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.domain.records import Case, Company
from desktop.ui.cases.case_editor import CaseEditorDialog


def _editor() -> CaseEditorDialog:
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, CaseEditorDialog) and w.isVisible())


def test_a_loentilskud_case_over_the_ratio_gets_a_notice_and_still_saves(app) -> None:
    cases = [c for c in app.store.list(Case) if c.company_id]
    case = next(c for c in cases if sum(1 for o in cases if o.company_id == c.company_id) > 1)
    company = app.store.get(Company, case.company_id)
    app.store.save(company.replace(employees=4))
    for other in app.store.list(Case, where={"company_id": company.id}):
        if other.id != case.id:
            app.store.save(other.replace(scheme="loentilskud", status="aktiv"))
    app.store.save(case.replace(scheme="virksomhedspraktik", status="aktiv"))
    app.window.edit_case(case.id)
    app.wait(lambda: any(isinstance(w, CaseEditorDialog) and w.isVisible()
                         for w in QApplication.topLevelWidgets()))
    editor = _editor()
    box = editor.router.boxes["case.company_id"]
    editor.case_fields.widgets["scheme"].set_value("loentilskud")
    editor.controller.check_fields({"case.company_id"})
    app.idle()
    value, _ = editor.read()
    [notice] = [p for p in editor.validate(value) if p.code == "case.staff_ratio"]
    assert not notice.blocking
    assert "4 ansatte må have 1 i løntilskud" in box.problems.text()
    editor.save()
    app.wait(lambda: app.store.get(Case, case.id).scheme == "loentilskud")
