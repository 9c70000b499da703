"""Minimisation: the program's logs (laptop and server, at DEBUG), its crash reports and the
pseudonymised export carry no field values: no name, CPR number, address, phone, note or id in
clear. SQLite and PostgreSQL (`server`)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
import stat

from desktop.domain.records import Case, Citizen, Company, Meeting, RetentionCheck
from desktop.services import people
from desktop.services.access import Viewer
from desktop.services.case_search import CaseSearchIndex
from desktop.ui.kit.errors import safe_traceback
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import cli
from tests.e2e.conftest import TEAM

ANNE = Viewer("anne", "consultant", TEAM)
NAME = "Ingeborg Kvistgaard-Yde"
CPR = "240377-8913"
ADDRESS = "Hyldebærvej 41, 8200 Aarhus N"
PHONE = "61538872"
NOTE = "Fortalte om søvnbesvær og ryglidelse"
COMPANY = "Kvistgaards Tømrerfirma ApS"
SECRETS = (NAME, "Kvistgaard", CPR, CPR.replace("-", ""), ADDRESS, "Hyldebærvej", PHONE, NOTE,
           "søvnbesvær", COMPANY)


def _records(store):
    citizen = store.save(Citizen(id=uuid7(), name=NAME, cpr=CPR, address=ADDRESS, phone=PHONE,
                                 health_notes=NOTE, functional_limitations=NOTE))
    company = store.save(Company(id=uuid7(), name=COMPANY, cvr="13748136"))
    case = store.save(Case(
        id=uuid7(), title=f"Praktik hos {COMPANY}", citizen_id=citizen.id, company_id=company.id,
        team=TEAM, consultant="anne", mentors=["mo"], scheme="virksomhedspraktik",
        status="aktiv", start_date=dt.date(2026, 11, 1), group="projekt",
    ))
    meeting = store.save(Meeting(
        id=uuid7(), case_id=case.id, kind="opfoelgning", place=ADDRESS,
        starts_at=dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC), notes=NOTE, health_notes=NOTE,
        planned_hours=10.0, actual_hours=8.0,
    ))
    store.save(RetentionCheck(id=uuid7(), case_id=case.id, checked_on=dt.date(2026, 12, 1),
                              job_status="samme_job", hours_per_week=12.0, note=NOTE))
    return citizen, company, case, meeting


def test_logs_crash_reports_and_the_pseudonymised_export_carry_no_values(
    server, make_device, tmp_path, caplog, capsys, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    anne = make_device("anne", Role.CONSULTANT)
    mo = make_device("mo", Role.MENTOR, team=None)
    citizen, company, case, meeting = _records(anne.store)
    people.citizen_details(anne.store, viewer=ANNE, citizen_id=citizen.id)
    index = CaseSearchIndex(ANNE)
    index.build_all(anne.store)
    index.audited_search(anne.store, "kvistg")
    # A record the server refuses (a mentor writing a hidden field) and one a device sets aside.
    mo.sync()
    mo.store.save(Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                          starts_at=dt.datetime(2026, 11, 21, 10, tzinfo=dt.UTC),
                          notes=NOTE, health_notes=NOTE))
    anne.sync()
    mo.sync()
    anne.sync()

    # A crash report of an error whose message quotes values.
    try:
        raise ValueError(f"kunne ikke gemme {NAME} {CPR} {NOTE}")
    except ValueError as exc:
        crash = safe_traceback(exc)

    # The evaluator's pseudonymised CSV (issue 13's export), made by the server over everything.
    out = tmp_path / "udtraek.csv"
    monkeypatch.setenv("TREPART_SERVER_REPORT_KEY", "k" * 40)
    code = cli.main([
        "report", "--database-url", server.settings.database_url,
        "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out),
    ])
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    files = {out.name: out.read_text(encoding="utf-8")}
    rows = list(csv.DictReader(io.StringIO(files[out.name])))
    assert len(rows) == 1 and rows[0]["gruppe"] == "projekt"  # the case is in it, coded
    assert rows[0]["ordning"] == "virksomhedspraktik"

    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert logged  # the flow did log
    ids = (citizen.id, company.id, case.id, meeting.id)
    for where, text in (("log", logged), ("crash", crash), *files.items()):
        for secret in SECRETS:
            assert secret not in text, (where, secret)
        if where not in ("log", "crash"):
            for record_id in ids:
                assert record_id not in text, (where, "id in clear")
