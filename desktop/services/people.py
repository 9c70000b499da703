"""Citizens (borgere) and companies (virksomheder): lists, details and editors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import Citizen, Company
from desktop.domain.validation import validate
from desktop.services.access import (
    AccessDenied,
    Viewer,
    hidden_fields,
    redact,
    require_jobcenter,
)
from desktop.services.cases import CaseRow, case_row, mentor_scope, tidy_citizen
from desktop.services.changes import Changes
from desktop.store import Store, queries
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import AuditAction


@dataclass(frozen=True, slots=True)
class CitizenRow:
    id: str
    name: str
    cpr: str | None  # None for viewers who may not read CPR numbers
    phone: str
    email: str
    open_cases: int


@dataclass(frozen=True, slots=True)
class CompanyRow:
    id: str
    name: str
    cvr: str
    address: str
    phone: str
    open_cases: int


@dataclass(frozen=True, slots=True)
class CitizenDetails:
    citizen: Citizen  # redacted for restricted viewers
    hidden: frozenset[str]
    cases: tuple[CaseRow, ...]
    can_edit: bool


@dataclass(frozen=True, slots=True)
class CompanyDetails:
    company: Company
    cases: tuple[CaseRow, ...]
    can_edit: bool


def list_citizens(store: Store, *, viewer: Viewer) -> list[CitizenRow]:
    hidden = hidden_fields("citizen", viewer=viewer)
    with store.read() as conn:
        rows = queries.citizen_list(conn, mentor=mentor_scope(viewer), hidden=tuple(hidden))
    return [
        CitizenRow(
            id=r.id,
            name=r.name or "",
            cpr=None if "cpr" in hidden else r.cpr,
            phone=r.phone or "",
            email=r.email or "",
            open_cases=r.open_cases,
        )
        for r in rows
    ]


def list_companies(store: Store, *, viewer: Viewer) -> list[CompanyRow]:
    with store.read() as conn:
        rows = queries.company_list(conn, mentor=mentor_scope(viewer))
    return [
        CompanyRow(
            id=r.id,
            name=r.name or "",
            cvr=r.cvr or "",
            address=r.address or "",
            phone=r.phone or "",
            open_cases=r.open_cases,
        )
        for r in rows
    ]


def company_choices(store: Store, *, viewer: Viewer) -> list[tuple[str, str]]:
    return [(r.id, r.name) for r in list_companies(store, viewer=viewer)]


def citizen_details(store: Store, *, viewer: Viewer, citizen_id: str) -> CitizenDetails:
    with store.read() as conn:
        cases = queries.cases_of(conn, citizen_id=citizen_id, mentor=mentor_scope(viewer))
    citizen = store.get(Citizen, citizen_id)
    if citizen is None or (viewer.is_mentor and not cases):
        raise AccessDenied("Borgeren findes ikke, eller du har ikke adgang til borgeren.")
    store.audit(AuditAction.VIEW, record_type="citizen", record_id=citizen_id)
    return CitizenDetails(
        citizen=redact(citizen, viewer=viewer),
        hidden=hidden_fields("citizen", viewer=viewer),
        cases=tuple(case_row(r) for r in cases),
        can_edit=viewer.may_edit_people,
    )


def company_details(store: Store, *, viewer: Viewer, company_id: str) -> CompanyDetails:
    with store.read() as conn:
        cases = queries.cases_of(conn, company_id=company_id, mentor=mentor_scope(viewer))
    company = store.get(Company, company_id)
    if company is None or (viewer.is_mentor and not cases):
        raise AccessDenied("Virksomheden findes ikke, eller du har ikke adgang til den.")
    return CompanyDetails(
        company=company, cases=tuple(case_row(r) for r in cases), can_edit=viewer.may_edit_people
    )


def new_citizen(*, viewer: Viewer) -> Citizen:
    require_jobcenter(viewer)
    return Citizen(id=uuid7())


def new_company(*, viewer: Viewer) -> Company:
    require_jobcenter(viewer)
    return Company(id=uuid7())


def tidy_company(company: Company) -> Company:
    return company.replace(
        name=(company.name or "").strip(),
        cvr=(company.cvr or "").replace(" ", "") or None,
        p_number=(company.p_number or "").replace(" ", "") or None,
        contacts=[c for c in company.contacts if any((v or "").strip() for v in c.values())],
    )


def validate_citizen(citizen: Citizen) -> list[Problem]:
    return validate(tidy_citizen(citizen))


def validate_company(company: Company) -> list[Problem]:
    return validate(tidy_company(company))


def save_citizen(store: Store, *, viewer: Viewer, citizen: Citizen) -> Changes:
    require_jobcenter(viewer)
    citizen = tidy_citizen(citizen)
    problems = validate(citizen)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch() as conn:
        store.save(citizen)
        store.discard_draft(f"citizen:{citizen.id}")
        case_ids = queries.case_ids_of(conn, citizen_id=citizen.id)
    return Changes.of("citizen", case_ids=case_ids, drafts=True)


def save_company(store: Store, *, viewer: Viewer, company: Company) -> Changes:
    require_jobcenter(viewer)
    company = tidy_company(company)
    problems = validate(company)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch() as conn:
        store.save(company)
        store.discard_draft(f"company:{company.id}")
        case_ids = queries.case_ids_of(conn, company_id=company.id)
    return Changes.of("company", case_ids=case_ids, drafts=True)


def record_payload(record: Citizen | Company, *, is_new: bool) -> dict[str, object]:
    return {
        "form": record.RECORD_TYPE,
        "is_new": is_new,
        "record": {"id": record.id, **record.to_values()},
        "title": record.name or "",
    }


def citizen_from_payload(payload: dict[str, Any]) -> Citizen:
    values = dict(payload["record"])
    return Citizen.from_values(values.pop("id"), values)


def company_from_payload(payload: dict[str, Any]) -> Company:
    values = dict(payload["record"])
    return Company.from_values(values.pop("id"), values)
