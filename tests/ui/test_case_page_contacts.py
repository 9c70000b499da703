"""The case page shows the company's and its contact persons' phone and e-mail as links
(tel:, mailto:) that open the phone or mail program; names are text, never markup."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.domain.records import Case, Company


def test_contacts_are_clickable_and_names_are_escaped(app) -> None:
    store = app.store
    case = next(c for c in store.list(Case) if c.company_id)
    company = store.get(Company, case.company_id)
    store.save(company.replace(phone="70 10 20 30", email="info@firma.example", contacts=[
        {"name": "<b>Bo</b> Frølund", "role": "Mester", "phone": "+45 22 33 44 55",
         "email": "bo@firma.example"}]))
    app.window.open_case(case.id)
    app.wait(lambda: app.window.case_view is not None and app.window.case_view.overview)
    app.idle()
    texts = [w.text() for w in app.window.case_view.findChildren(QLabel)]
    assert any('href="tel:70102030"' in t for t in texts)
    assert any('href="mailto:info@firma.example"' in t for t in texts)
    contact = next(t for t in texts if "bo@firma.example" in t)
    assert 'href="tel:+4522334455"' in contact and 'href="mailto:bo@firma.example"' in contact
    assert "&lt;b&gt;Bo&lt;/b&gt; Frølund" in contact and "<b>Bo</b>" not in contact
    link = next(w for w in app.window.case_view.findChildren(QLabel)
                if "mailto:bo@firma.example" in w.text())
    assert link.openExternalLinks()
