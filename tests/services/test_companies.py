"""The company side's services: profile validation (CVR, P-numbers), needs (hours, start),
contact history and companies due for contact, the company page, matching from the store, and the
løntilskud staff ratio notice on the case form. A mentor gets none of it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError
from desktop.domain.records import (
    Accommodation,
    Agreement,
    Case,
    Company,
    CompanyContact,
    CompanyNeed,
    Screening,
)
from desktop.domain.validation import validate_company
from desktop.services import cases as case_service
from desktop.services import companies, people
from desktop.services.access import AccessDenied
from desktop.services.cases import load_case_form, validate_case_form
from sync.protocol.ids import uuid7
from tests.services.conftest import CONSULTANT, MENTOR

TODAY = dt.date(2026, 12, 2)


def test_cvr_failing_modulus_11_is_refused_with_the_reason(world) -> None:
    bad = world.company.replace(cvr="13748137")
    with pytest.raises(ValidationError) as err:
        people.save_company(world.store, viewer=CONSULTANT, company=bad)
    assert [p.message for p in err.value.problems] == [
        "CVR-nummeret er ugyldigt (kontrolcifferet passer ikke)."
    ]


def test_p_numbers_of_workplaces_are_not_mod_11_checked(world) -> None:
    # 1234567890 fails a modulus-11 test; P-numbers have none, so it is accepted.
    company = world.company.replace(
        industry="Bageri", employees=12, interests=["praktik", "fleksjob"], marks=["cirkulaer"],
        workplaces=[{"name": "Butikken", "p_number": "1234567890", "address": "Torvet 2",
                     "postcode": "7100"}],
    )
    people.save_company(world.store, viewer=CONSULTANT, company=company)
    saved = world.store.get(Company, company.id)
    assert saved.workplaces[0]["p_number"] == "1234567890"
    assert saved.employees == 12 and saved.circular
    short = company.replace(workplaces=[{"name": "Lager", "p_number": "12345", "postcode": "71"}])
    messages = [p.message for p in validate_company(short)]
    assert messages == [
        "Arbejdssted nr. 1: P-nummeret skal være 10 cifre.",
        "Arbejdssted nr. 1: postnummeret skal være 4 cifre.",
    ]


def _need(world, **kw) -> CompanyNeed:
    need = companies.new_need(viewer=CONSULTANT, company=world.company)
    return need.replace(title="Lagermedhjælper", kind="saeson", status="aaben", **kw)


def test_a_need_over_37_hours_or_starting_in_the_past_gets_a_danish_message(world) -> None:
    store = world.store
    with pytest.raises(ValidationError) as err:
        companies.save_need(store, viewer=CONSULTANT, need=_need(world, hours_per_week=40.0),
                            is_new=True, today=TODAY)
    assert [p.message for p in err.value.problems] == [
        "Timer pr. uge kan højst være 37 (fuld tid)."
    ]
    past = _need(world, hours_per_week=20.0, start_date=TODAY - dt.timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        companies.save_need(store, viewer=CONSULTANT, need=past, is_new=True, today=TODAY)
    assert [p.field for p in err.value.problems] == ["start_date"]
    assert "fortiden" in err.value.problems[0].message
    assert store.get(CompanyNeed, past.id) is None  # nothing saved
    # An existing need may have started in the past.
    ok = past.replace(start_date=TODAY)
    companies.save_need(store, viewer=CONSULTANT, need=ok, is_new=True, today=TODAY)
    later = ok.replace(status="dialog")
    companies.save_need(store, viewer=CONSULTANT, need=later, is_new=False,
                        today=TODAY + dt.timedelta(days=30))
    saved = store.get(CompanyNeed, ok.id)
    assert saved.status == "dialog" and saved.team == "Team Test" and saved.postcode == "7100"


def test_contact_history_and_companies_due_for_contact(world) -> None:
    store = world.store
    first = companies.new_contact(viewer=CONSULTANT, company_id=world.company.id,
                                  today=TODAY - dt.timedelta(days=20)).replace(
        kind="besoeg", purpose="Første møde", next_contact=TODAY + dt.timedelta(days=30),
    )
    companies.save_contact(store, viewer=CONSULTANT, contact=first)
    assert companies.companies_due(store, viewer=CONSULTANT, today=TODAY) == []
    second = companies.new_contact(viewer=CONSULTANT, company_id=world.company.id,
                                   today=TODAY - dt.timedelta(days=5)).replace(
        kind="opkald", outcome="Vil se en kandidat",
        actions=[{"what": "Send profil", "owner": "jobcenter", "deadline": "2026-12-01",
                  "done": False}, {"what": "  ", "owner": "jobcenter"}],
        next_contact=TODAY - dt.timedelta(days=1),
    )
    companies.save_contact(store, viewer=CONSULTANT, contact=second)
    assert len(store.get(CompanyContact, second.id).actions) == 1  # the empty row is dropped
    [due] = companies.companies_due(store, viewer=CONSULTANT, today=TODAY)
    assert (due.name, due.next_contact, due.open_actions) == (
        "Bageriet Kornblomsten ApS", TODAY - dt.timedelta(days=1), 1
    )
    assert due.overdue(TODAY)
    assert companies.companies_due(store, viewer=MENTOR, today=TODAY) == []

    bad = second.replace(id=uuid7(), next_contact=TODAY - dt.timedelta(days=30))
    with pytest.raises(ValidationError) as err:
        companies.save_contact(store, viewer=CONSULTANT, contact=bad)
    assert err.value.problems[0].message == "Næste kontakt kan ikke ligge før kontakten."


def test_the_company_page_holds_cases_needs_contacts_and_agreements(world) -> None:
    store = world.store
    companies.save_need(store, viewer=CONSULTANT, need=_need(world, hours_per_week=15.0),
                        is_new=True, today=TODAY)
    contact = companies.new_contact(viewer=CONSULTANT, company_id=world.company.id, today=TODAY)
    companies.save_contact(store, viewer=CONSULTANT, contact=contact.replace(
        next_contact=TODAY + dt.timedelta(days=14)))
    store.save(Agreement(id=uuid7(), case_id=world.mentored.id, scheme="virksomhedspraktik",
                         valid_from=TODAY, hours_per_week=12.0))
    page = companies.company_page(store, viewer=CONSULTANT, company_id=world.company.id)
    assert len(page.cases) == 2 and len(page.needs) == 1 and len(page.contacts) == 1
    assert [a.hours_per_week for a in page.agreements] == [12.0]
    assert page.next_contact == TODAY + dt.timedelta(days=14)
    with pytest.raises(AccessDenied):
        companies.company_page(store, viewer=MENTOR, company_id=world.company.id)


def test_matching_from_the_store_uses_wishes_screening_and_agreement(world) -> None:
    store = world.store
    anne = world.mentored_citizen
    store.save(world.mentored.replace(wishes=[{"company_id": world.company.id, "work": "",
                                               "dream": True, "status": "kontaktet"}]))
    store.save(Screening(id=uuid7(), citizen_id=anne.id, screened_at=dt.datetime(2026, 1, 5, 9),
                         consent_to_record=True, impairment="ja", functions=["loeft"]))
    store.save(Agreement(id=uuid7(), case_id=world.mentored.id, scheme="virksomhedspraktik",
                         valid_from=TODAY, hours_per_week=20.0,
                         accommodations=[Accommodation("ekstra_pauser")]))
    fits = _need(world, hours_per_week=15.0, accommodations=["ekstra_pauser"])
    lifting = _need(world, hours_per_week=10.0, demands=["loeft"]).replace(id=uuid7())
    for need in (fits, lifting):
        companies.save_need(store, viewer=CONSULTANT, need=need, is_new=True, today=TODAY)
    result = companies.needs_for_citizen(store, viewer=CONSULTANT, citizen_id=anne.id)
    assert [s.need.need_id for s in result.suggestions] == [fits.id]
    assert result.excluded == 1
    assert [r.code for r in result.suggestions[0].reasons] == [
        "hours_fit", "no_function_hit", "accommodations_offered", "own_list_dream",
        "distance_same",
    ]
    # Bo has neither screening nor own list: he is not ranked, and the count says so.
    by_need = companies.citizens_for_need(store, viewer=CONSULTANT, need_id=fits.id)
    assert [s.citizen.citizen_id for s in by_need.suggestions] == [anne.id]
    assert by_need.missing == ("1 borger(e) uden screening og egen liste er ikke med",)
    bo = companies.needs_for_citizen(store, viewer=CONSULTANT, citizen_id=world.other_citizen.id)
    assert not bo.ranked and "ingen screening" in bo.missing[0]
    with pytest.raises(AccessDenied):
        companies.needs_for_citizen(store, viewer=MENTOR, citizen_id=anne.id)


def test_the_case_form_gives_the_staff_ratio_notice(world) -> None:
    store = world.store
    store.save(world.company.replace(employees=6))
    store.save(world.other.replace(scheme="loentilskud"))
    form = load_case_form(store, viewer=CONSULTANT, case_id=world.mentored.id)
    assert not [p for p in validate_case_form(form) if p.code == "case.staff_ratio"]
    subsidised = form.case.replace(scheme="loentilskud")
    problems = validate_case_form(case_service.CaseForm(
        case=subsidised, citizen=form.citizen, is_new=False, new_citizen=False,
        subsidy=form.subsidy))
    [notice] = [p for p in problems if p.code == "case.staff_ratio"]
    assert not notice.blocking
    assert "6 ansatte må have 1 i løntilskud" in notice.message
    # At 10 employees two are allowed: no notice.
    store.save(world.company.replace(employees=10))
    form = load_case_form(store, viewer=CONSULTANT, case_id=world.mentored.id)
    form = case_service.CaseForm(case=subsidised, citizen=form.citizen, is_new=False,
                                 new_citizen=False, subsidy=form.subsidy)
    assert not [p for p in validate_case_form(form) if p.code == "case.staff_ratio"]
    assert store.get(Case, world.mentored.id).scheme == "virksomhedspraktik"
