"""The company form checks the CVR number."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.records import Company
from desktop.ui.people.company_editor import CompanyDialog


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def test_company_editor_validates_cvr(app) -> None:
    window = app.window
    window.show_page(2)
    page = window.companies_page
    app.wait(lambda: page.model.rowCount() > 0)
    QTest.keyClicks(page.filter, page.model.row_at(0).name.split()[0])
    assert page.model.rowCount() >= 1
    company_row = page.model.row_at(0)
    window.open_company(company_row.id)
    app.wait(lambda: _visible(CompanyDialog))
    dialog = _visible(CompanyDialog)
    dialog.fields["cvr"].setText("12345678")
    dialog.save()
    assert "kontrolcifferet" in dialog.router.boxes["cvr"].problems.text()
    dialog.fields["cvr"].setText("13748136")
    dialog.fields["name"].setText("Omdøbt Testvirksomhed ApS")
    dialog.save()
    app.wait(lambda: app.store.get(Company, company_row.id).name == "Omdøbt Testvirksomhed ApS")
    app.wait(lambda: any(r.name == "Omdøbt Testvirksomhed ApS" for r in page.model._all))
