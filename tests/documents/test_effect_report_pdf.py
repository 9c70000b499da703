"""The effect report PDF: sealed by the organisation, the figures with their intervals printed,
no citizen, no CPR number and no health answer on paper; the print is audited."""

from __future__ import annotations

import datetime as dt

from desktop.documents import verify_pdf
from desktop.domain.records import AuditEntry, Citizen
from desktop.services import demo, reports
from desktop.services import documents as service
from desktop.services.access import Viewer

CONSULTANT = Viewer(username="test.konsulent", role="consultant", team="Team Test")
TODAY = dt.date(2026, 11, 30)


def test_the_report_pdf_is_sealed_and_prints_no_person(store, org_cert, pdf_text):
    service.save_organisation_settings(
        store, name="Jobcenter Demo Kommune", p12_path=str(org_cert.p12_path),
        p12_password=org_cert.password,
    )
    demo.generate(store, cases=24, meetings_per_case=2, today=TODAY)
    report = reports.effect_report(
        store, viewer=CONSULTANT, period_from=dt.date(2024, 1, 1), period_to=TODAY
    )
    printed = reports.report_pdf(store, viewer=CONSULTANT, report=report)
    assert printed.sealed
    assert verify_pdf(printed.pdf, trusted=org_cert.trusted).valid
    text = pdf_text(printed.pdf)
    assert "Effektrapport" in text and "Projektgruppe mod referencegruppe" in text
    assert "Fastholdt i job efter 12 måneder" in text and "95 %-interval" in text
    six = report.comparisons[2]
    assert f"{six.project.successes} af {six.project.n}" in text
    # Health data never on paper: the well-being score is not printed.
    assert "Trivsel" not in text and "Tro på at kunne arbejde" in text
    for citizen in store.list(Citizen):
        assert citizen.name not in text
        assert not citizen.cpr or citizen.cpr not in text
    prints = [a for a in store.list(AuditEntry) if a.action == "print"]
    assert len(prints) == 1 and "forseglet" in prints[0].detail


def test_an_empty_period_prints_that_it_is_empty(store, pdf_text):
    report = reports.effect_report(
        store, viewer=CONSULTANT, period_from=dt.date(2020, 1, 1),
        period_to=dt.date(2020, 12, 31),
    )
    printed = reports.report_pdf(store, viewer=CONSULTANT, report=report)
    assert not printed.sealed
    assert "Der er ingen forløb i perioden 01.01.2020–31.12.2020" in pdf_text(printed.pdf)
