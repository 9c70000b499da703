"""The citizen's access log (GDPR art. 15) lists the accesses made here: reads, search hits,
prints, changes, and the pulls that brought the records to a laptop; from the server's CLI
(`trepart-server audit --citizen ID --pdf FILE`) and from a team lead's app. SQLite and
PostgreSQL (`server`)."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat

from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.records import Meeting
from desktop.services import access_log, documents, people
from desktop.services.access import AccessDenied, Viewer
from desktop.services.case_search import CaseSearchIndex
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import cli
from sync.server import models as m
from tests.e2e.conftest import TEAM, new_case

ANNE = Viewer("anne", "consultant", TEAM)
TINA = Viewer("tina", "teamlead", TEAM)
MO = Viewer("mo", "mentor", None)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _accesses(server, make_device):
    anne = make_device("anne", Role.CONSULTANT)
    tina = make_device("tina", Role.TEAMLEAD)
    mo = make_device("mo", Role.MENTOR, team=None)
    case = new_case(anne.store, mentors=["mo"])
    meeting = anne.store.save(Meeting(
        id=uuid7(), case_id=case.id, kind="opfoelgning",
        starts_at=dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC), notes="Godt møde",
    ))
    # Anne reads the citizen, finds the case in a search, prints the minutes, changes a field.
    details = people.citizen_details(anne.store, viewer=ANNE, citizen_id=case.citizen_id)
    index = CaseSearchIndex(ANNE)
    index.build_all(anne.store)
    assert index.audited_search(anne.store, "frølunds").case_ids == {case.id}
    documents.record_print(anne.store, document_type="meeting", document_id=meeting.id)
    people.save_citizen(
        anne.store, viewer=ANNE, citizen=details.citizen.replace(phone="87654321")
    )
    anne.sync()
    # The mentor's laptop receives the case and the mentor reads the citizen.
    mo.sync()
    people.citizen_details(mo.store, viewer=MO, citizen_id=case.citizen_id)
    mo.sync()
    tina.sync()
    return case, tina, anne


def test_the_servers_access_log_pdf_lists_the_accesses(
    server, make_device, tmp_path, capsys, monkeypatch
):
    case, _, _ = _accesses(server, make_device)
    out = tmp_path / "adgangslog.pdf"
    code = cli.main([
        "audit", "--citizen", case.citizen_id, "--pdf", str(out),
        "--database-url", server.settings.database_url,
    ])
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = _text(out.read_bytes())
    assert "Adgangslog for Åse Bæk Sørensen" in text
    for expected in (
        "Læst", "Vist i søgeresultat (læst)", "Udskrevet", "Ændret",
        "Hentet til enhed (synkronisering)", "Virksomhedskonsulent", "Virksomhedsmentor",
        "anne", "mo", "Møde", "Borger", "Forløb",
    ):
        assert expected in text, expected
    # Never a field value, never a CPR number.
    for secret in ("010190-1234", "87654321", "Godt møde", "Helbredsnote", "frølunds"):
        assert secret not in text


def test_the_team_leads_app_makes_the_same_log(server, make_device):
    case, tina, anne = _accesses(server, make_device)
    pdf = access_log.citizen_access_log(tina.store, viewer=TINA, citizen_id=case.citizen_id)
    text = _text(pdf)
    for expected in ("Læst", "Vist i søgeresultat (læst)", "Udskrevet", "Ændret",
                     "Virksomhedskonsulent", "Virksomhedsmentor", "anne", "mo"):
        assert expected in text, expected
    assert "010190-1234" not in text and "87654321" not in text
    # A consultant may not make one.
    try:
        access_log.citizen_access_log(anne.store, viewer=ANNE, citizen_id=case.citizen_id)
    except AccessDenied:
        pass
    else:
        raise AssertionError("a consultant made an access log")


def test_an_administrator_gets_the_log_of_every_device_from_the_server(server, make_device):
    case, tina, anne = _accesses(server, make_device)
    ada = make_device("ada", Role.ADMIN, team=None)
    admin_viewer = Viewer("ada", "admin", None)
    pdf = access_log.server_access_log(
        ada.store, viewer=admin_viewer, citizen_id=case.citizen_id, http_transport=ada.transport
    )
    text = _text(pdf)
    assert "Adgangslog for Åse Bæk Sørensen" in text and "ada (administrator)" in text
    for expected in ("Læst", "Vist i søgeresultat (læst)", "Udskrevet", "Ændret",
                     "Hentet til enhed (synkronisering)", "anne", "mo"):
        assert expected in text, expected
    assert "010190-1234" not in text
    # The team lead too (their team's citizen); asking is logged on the server.
    lead = _text(access_log.server_access_log(
        tina.store, viewer=TINA, citizen_id=case.citizen_id, http_transport=tina.transport,
    ))
    assert "Adgangslog for Åse Bæk Sørensen" in lead and "tina (teamleder)" in lead
    with server.engine.connect() as conn:
        asked = conn.execute(
            select(m.server_audit.c.username).where(m.server_audit.c.action == "access_log")
        ).scalars().all()
    assert sorted(asked) == ["ada", "tina"]


def test_the_server_refuses_the_log_to_others(server, make_device):
    case, _, anne = _accesses(server, make_device)
    token = anne.store.get_state("sync.token")
    r = server.client.get("/v1/access-log", params={"citizen_id": case.citizen_id},
                          headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403
    other = make_device("olga", Role.TEAMLEAD, team="Team Øst")
    token = other.store.get_state("sync.token")
    r = server.client.get("/v1/access-log", params={"citizen_id": case.citizen_id},
                          headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 404 and "Adgangslog" not in r.text
