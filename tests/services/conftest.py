"""Service tests: a real encrypted store, small hand-made worlds of cases."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.domain.records import ActionItem, Case, Citizen, Company, FollowUp, Meeting
from desktop.services.access import Viewer
from desktop.store import Store
from sync.protocol.ids import uuid7

CONSULTANT = Viewer(username="test.konsulent", role="consultant", team="Team Test")
MENTOR = Viewer(username="mette.mentor", role="mentor", team=None)
OTHER_MENTOR = Viewer(username="ole.mentor", role="mentor", team=None)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "trepart.db", os.urandom(32), create=True)
    s.set_identity(username=CONSULTANT.username, role="consultant", team="Team Test")
    yield s
    s.close()


@dataclass
class World:
    store: Store
    company: Company
    mentored: Case  # mentored by mette.mentor
    other: Case  # mentored by ole.mentor
    mentored_citizen: Citizen
    other_citizen: Citizen


def add_case(store: Store, *, name: str, cpr: str, company: Company | None,
             mentors: list[str], health: str = "Lægeerklæring om migræne",
             status: str = "aktiv") -> tuple[Case, Citizen]:
    citizen = Citizen(id=uuid7(), name=name, cpr=cpr, address="Skovvej 1, 7100 Vejle",
                      phone="20 30 40 50", target_group="fleksjob",
                      functional_limitations="tåler ikke løft over 5 kg", health_notes=health)
    case = Case(id=uuid7(), citizen_id=citizen.id, company_id=company.id if company else None,
                consultant="test.konsulent", mentors=mentors, scheme="virksomhedspraktik",
                status=status, start_date=dt.date.today() - dt.timedelta(days=30),
                end_date=dt.date.today() + dt.timedelta(days=60), purpose="Opbygge timer")
    store.save(citizen)
    store.save(case)
    return case, citizen


@pytest.fixture
def world(store: Store) -> World:
    company = Company(id=uuid7(), name="Bageriet Kornblomsten ApS", cvr="13748136",
                      address="Torvet 2, 7100 Vejle",
                      contacts=[{"name": "Lis Leder", "role": "Leder", "phone": "", "email": ""}])
    store.save(company)
    mentored, c1 = add_case(store, name="Anne Sørensen", cpr="010190-1239", company=company,
                            mentors=["mette.mentor"])
    other, c2 = add_case(store, name="Bo Hansen", cpr="020285-2345", company=company,
                         mentors=["ole.mentor"], health="Diskusprolaps, se journal")
    return World(store, company, mentored, other, c1, c2)


def add_meeting(store: Store, case: Case, *, when: dt.datetime, notes: str = "",
                next_at: dt.datetime | None = None, kind: str = "opfoelgning") -> Meeting:
    meeting = Meeting(id=uuid7(), case_id=case.id, kind=kind, starts_at=when, notes=notes,
                      next_meeting_at=next_at, health_notes="Skjult helbredsnote")
    store.save(meeting)
    return meeting


def add_action(store: Store, case: Case, *, what: str, deadline: dt.date, done: bool = False,
               owner: str = "virksomhed") -> ActionItem:
    item = ActionItem(id=uuid7(), case_id=case.id, what=what, owner=owner, deadline=deadline,
                      done=done)
    store.save(item)
    return item


def add_follow_up(store: Store, case: Case, *, kind: str, due: dt.date) -> FollowUp:
    f = FollowUp(id=uuid7(), case_id=case.id, kind=kind, due_date=due, label=kind)
    store.save(f)
    return f


class Builders:
    add_case = staticmethod(add_case)
    add_meeting = staticmethod(add_meeting)
    add_action = staticmethod(add_action)
    add_follow_up = staticmethod(add_follow_up)


@pytest.fixture
def build() -> type[Builders]:
    return Builders


@pytest.fixture
def consultant() -> Viewer:
    return CONSULTANT


@pytest.fixture
def mentor() -> Viewer:
    return MENTOR
