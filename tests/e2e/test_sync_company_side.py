"""The company side syncs like the rest (SQLite and PostgreSQL): a colleague's laptop receives the
company profile, needs, contact history and the network; a mentor's laptop receives the company
of their own mentee and, in its raw rows, no need, contact, network, member or meeting."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from desktop.domain.records import (
    Company,
    CompanyContact,
    CompanyNeed,
    Network,
    NetworkMeeting,
    NetworkMember,
)
from desktop.store.schema import RECORD_TABLES
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from tests.e2e.conftest import (
    TEAM,
    new_case,
    server_db,  # noqa: F401  (the parametrised server fixture)
)

COMPANY_SIDE = ("company_need", "company_contact", "network", "network_member",
                "network_meeting")
SECRET_NEED = "Behov: hemmelig opgave"
SECRET_CONTACT = "Kontakt: hemmeligt resultat"


def _fill(store, company_id: str) -> dict[str, str]:
    need = store.save(CompanyNeed(
        id=uuid7(), company_id=company_id, team=TEAM, title=SECRET_NEED, kind="saeson",
        hours_per_week=15.0, demands=["loeft"], accommodations=["ekstra_pauser"],
        postcode="8000", status="aaben", start_date=dt.date(2026, 12, 10)))
    contact = store.save(CompanyContact(
        id=uuid7(), company_id=company_id, team=TEAM, kind="besoeg",
        contacted_on=dt.date(2026, 12, 1), outcome=SECRET_CONTACT,
        actions=[{"what": "Send profil", "owner": "jobcenter", "deadline": "2026-12-08",
                  "done": False}],
        next_contact=dt.date(2026, 12, 15)))
    network = store.save(Network(id=uuid7(), name="Dialogforum Vest", team=TEAM,
                                 target_companies=20, target_circular_pct=20.0))
    member = store.save(NetworkMember(id=uuid7(), network_id=network.id, team=TEAM,
                                      kind="virksomhed", company_id=company_id,
                                      name="Frølunds Lager ApS", joined_on=dt.date(2026, 1, 5)))
    meeting = store.save(NetworkMeeting(
        id=uuid7(), network_id=network.id, team=TEAM,
        held_at=dt.datetime(2026, 11, 20, 14, 0, tzinfo=dt.UTC), agenda="Rekruttering",
        attendance=[{"member_id": member.id, "name": member.name, "present": True}],
        minutes="Godt møde"))
    return {"company_need": need.id, "company_contact": contact.id, "network": network.id,
            "network_member": member.id, "network_meeting": meeting.id}


def test_a_colleague_receives_the_company_side_with_equal_values(make_device) -> None:
    anne, bent = make_device("anne"), make_device("bent")
    case = new_case(anne.store)
    company = anne.store.get(Company, case.company_id)
    anne.store.save(company.replace(
        industry="Lager og logistik", employees=40, interests=["kandidater_nu", "praktik"],
        marks=["cirkulaer"], workplaces=[{"name": "Lageret", "p_number": "1234567890",
                                          "address": "Havnevej 3", "postcode": "8000"}]))
    ids = _fill(anne.store, company.id)
    anne.sync()
    bent.sync()
    got = bent.store.get(Company, company.id)
    assert (got.industry, got.employees, got.interests, got.marks) == (
        "Lager og logistik", 40, ["kandidater_nu", "praktik"], ["cirkulaer"])
    assert got.workplaces[0]["p_number"] == "1234567890"
    for cls in (CompanyNeed, CompanyContact, Network, NetworkMember, NetworkMeeting):
        mine = anne.store.get(cls, ids[cls.RECORD_TYPE])
        theirs = bent.store.get(cls, ids[cls.RECORD_TYPE])
        assert theirs is not None and theirs.to_values() == mine.to_values(), cls.RECORD_TYPE
    # A field-level merge: Bent moves the need on while Anne adds a note; both survive.
    bent.store.save(bent.store.get(CompanyNeed, ids["company_need"]).replace(status="dialog"))
    anne.store.save(anne.store.get(CompanyNeed, ids["company_need"]).replace(note="Ring mandag"))
    bent.sync()
    anne.sync()
    bent.sync()
    for device in (anne, bent):
        need = device.store.get(CompanyNeed, ids["company_need"])
        assert (need.status, need.note) == ("dialog", "Ring mandag")


def test_a_mentor_device_receives_the_company_but_none_of_the_company_side(
    make_device, server
) -> None:
    anne = make_device("anne")
    mentor = make_device("mette", Role.MENTOR, team=None)
    case = new_case(anne.store, mentors=["mette"])
    ids = _fill(anne.store, case.company_id)
    anne.sync()
    mentor.sync()
    assert mentor.store.get(Company, case.company_id) is not None
    with mentor.store.engine.connect() as conn:
        counts = {
            t: conn.execute(sa.select(sa.func.count()).select_from(RECORD_TABLES[t])).scalar_one()
            for t in COMPANY_SIDE
        }
        dump = "\n".join(
            str(row) for t in COMPANY_SIDE for row in conn.exec_driver_sql(f'SELECT * FROM "{t}"')
        )
        outbox = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM outbox"))
    assert counts == dict.fromkeys(COMPANY_SIDE, 0)
    for secret in (SECRET_NEED, SECRET_CONTACT, "Dialogforum", "Rekruttering"):
        assert secret not in dump and secret not in outbox
    assert set(ids) == set(COMPANY_SIDE)
