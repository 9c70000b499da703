"""`trepart demo` fills the company side (profiles, needs, contact history, a network with
meetings) with valid synthetic data, gives matching something to rank, and puts none of it in a
mentor's vault."""

from __future__ import annotations

import datetime as dt

from desktop.domain.problems import blocking
from desktop.domain.records import (
    Citizen,
    Company,
    CompanyContact,
    CompanyNeed,
    Network,
    NetworkMeeting,
    NetworkMember,
)
from desktop.domain.validation import validate
from desktop.services import companies, demo
from desktop.services.access import Viewer
from desktop.services.demo_company import add_company_demo

TODAY = dt.date(2026, 12, 2)
DEMO = Viewer(username="demo.konsulent", role="consultant", team="Team Vest")


def test_demo_fills_the_company_side_validly(store) -> None:
    store.set_identity(username="demo.konsulent", role="consultant", team="Team Vest")
    demo.generate(store, cases=24, meetings_per_case=4, today=TODAY)
    profiles = store.list(Company)
    assert profiles and all(c.industry and c.employees and c.interests for c in profiles)
    assert any(c.circular for c in profiles)
    needs, contacts = store.list(CompanyNeed), store.list(CompanyContact)
    assert len(needs) >= len(profiles) and len(contacts) >= 2 * len(profiles)
    assert all(n.start_date and n.start_date >= TODAY for n in needs)
    [network] = store.list(Network)
    members, meetings = store.list(NetworkMember), store.list(NetworkMeeting)
    assert {m.kind for m in members} == {"virksomhed", "handicapraad", "fagforening", "jobcenter"}
    assert len(meetings) == 3 and all(m.attendance and m.minutes for m in meetings)
    for record in [*profiles, *needs, *contacts, network, *members, *meetings]:
        assert not blocking(validate(record)), (record.RECORD_TYPE, validate(record))
    assert companies.companies_due(store, viewer=DEMO, today=TODAY)
    ranked = [
        companies.needs_for_citizen(store, viewer=DEMO, citizen_id=c.id)
        for c in store.list(Citizen)
    ]
    assert any(r.suggestions for r in ranked)
    assert any(not r.ranked for r in ranked)  # some citizens show what is missing


def test_a_mentor_vault_gets_no_company_side(store) -> None:
    store.set_identity(username="demo.mentor", role="mentor", team=None)
    assert add_company_demo(store, seed=1, today=TODAY) == {}
    assert store.list(CompanyNeed) == [] and store.list(Network) == []
