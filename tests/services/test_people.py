"""Citizens and companies: lists within the viewer's scope, editors with validation."""

from __future__ import annotations

import pytest

from desktop.domain.problems import ValidationError
from desktop.domain.records import Citizen, Company
from desktop.services import people
from desktop.services.access import AccessDenied


def test_citizen_list_hides_cpr_from_mentors(world, consultant, mentor) -> None:
    full = people.list_citizens(world.store, viewer=consultant)
    assert {r.cpr for r in full} == {"010190-1239", "020285-2345"}
    assert all(r.open_cases == 1 for r in full)
    mine = people.list_citizens(world.store, viewer=mentor)
    assert [(r.name, r.cpr) for r in mine] == [("Anne Sørensen", None)]


def test_citizen_details(world, consultant, mentor) -> None:
    details = people.citizen_details(world.store, viewer=mentor,
                                     citizen_id=world.mentored_citizen.id)
    assert details.citizen.cpr is None and details.citizen.health_notes is None
    assert not details.can_edit and len(details.cases) == 1
    with pytest.raises(AccessDenied):
        people.citizen_details(world.store, viewer=mentor, citizen_id=world.other_citizen.id)
    assert people.citizen_details(world.store, viewer=consultant,
                                  citizen_id=world.other_citizen.id).citizen.cpr


def test_company_list_and_scope(world, consultant, mentor) -> None:
    rows = people.list_companies(world.store, viewer=consultant)
    assert [(r.name, r.open_cases) for r in rows] == [("Bageriet Kornblomsten ApS", 2)]
    assert [r.open_cases for r in people.list_companies(world.store, viewer=mentor)] == [1]


def test_save_company_validates_cvr_and_reports_cases(world, consultant) -> None:
    bad = world.company.replace(cvr="12345678")
    with pytest.raises(ValidationError) as info:
        people.save_company(world.store, viewer=consultant, company=bad)
    assert info.value.problems[0].field == "cvr"
    changes = people.save_company(world.store, viewer=consultant,
                                  company=world.company.replace(name="Bageriet Kornet ApS",
                                                                cvr="1374 8136"))
    assert changes.case_ids == {world.mentored.id, world.other.id}
    assert world.store.get(Company, world.company.id).cvr == "13748136"


def test_save_citizen(world, consultant, mentor) -> None:
    with pytest.raises(ValidationError):
        people.save_citizen(world.store, viewer=consultant,
                            citizen=world.mentored_citizen.replace(email="ikke-en-adresse"))
    with pytest.raises(AccessDenied):
        people.save_citizen(world.store, viewer=mentor, citizen=world.mentored_citizen)
    people.save_citizen(world.store, viewer=consultant,
                        citizen=world.mentored_citizen.replace(phone="11 22 33 44"))
    assert world.store.get(Citizen, world.mentored_citizen.id).phone == "11 22 33 44"
