"""The company side: a company's page (cases, needs, contacts, agreements, contact history), its
needs and contact history, matching citizens and needs, and companies due for contact.

Needs and contact history belong to the team that records them (`team`, like a project); a
mentor sees none of it: every function here refuses a mentor or returns nothing for one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from desktop.domain import matching
from desktop.domain.labels import label
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import (
    Agreement,
    Case,
    Citizen,
    Company,
    CompanyContact,
    CompanyNeed,
    Meeting,
    Plan,
    Screening,
)
from desktop.domain.staff_ratio import loentilskud_allowed
from desktop.domain.validation import new_need_problems, validate
from desktop.services.access import AccessDenied, Viewer, require_jobcenter
from desktop.services.cases import CaseRow, case_row
from desktop.services.changes import Changes
from desktop.services.company_ratio import on_loentilskud
from desktop.store import Store, queries
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

NOT_FOR_MENTORS = "Virksomhedens behov og kontakthistorik er kun for jobcentret."
_POSTCODE = re.compile(r"\b([0-9]{4})\b")


TeamRow = TypeVar("TeamRow", CompanyNeed, CompanyContact)


def _team_rows(rows: Iterable[TeamRow], viewer: Viewer) -> list[TeamRow]:
    return [r for r in rows if not r.team or not viewer.team or r.team == viewer.team]


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: str
    case_id: str
    case_title: str
    version: int
    status: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    hours_per_week: float | None


@dataclass(frozen=True, slots=True)
class CompanyPage:
    company: Company
    cases: tuple[CaseRow, ...]
    needs: tuple[CompanyNeed, ...]
    contacts: tuple[CompanyContact, ...]  # the contact history, newest first
    agreements: tuple[AgreementRow, ...]
    next_contact: dt.date | None
    on_subsidy: int  # current løntilskud cases
    subsidy_allowed: int | None  # None: the company's size is not recorded

    @property
    def open_actions(self) -> tuple[tuple[CompanyContact, dict[str, object]], ...]:
        return tuple((c, a) for c in self.contacts for a in c.actions if not a.get("done"))


def company_page(store: Store, *, viewer: Viewer, company_id: str) -> CompanyPage:
    if viewer.restricted:
        raise AccessDenied(NOT_FOR_MENTORS)
    company = store.get(Company, company_id)
    if company is None:
        raise AccessDenied("Virksomheden findes ikke, eller du har ikke adgang til den.")
    with store.read() as conn:
        rows = queries.cases_of(conn, company_id=company_id, mentor=None)
    cases = store.list(Case, where={"company_id": company_id})
    titles = {r.id: case_row(r).title for r in rows}
    agreements = [
        AgreementRow(
            a.id,
            a.case_id,
            titles.get(a.case_id, ""),
            a.version,
            a.status,
            a.valid_from,
            a.valid_to,
            a.hours_per_week,
        )
        for case in cases
        for a in store.list(Agreement, where={"case_id": case.id}, order_by=("-version",))
    ]
    needs = _team_rows(
        store.list(CompanyNeed, where={"company_id": company_id}, order_by=("status", "title")),
        viewer,
    )
    contacts = _team_rows(
        store.list(CompanyContact, where={"company_id": company_id}, order_by=("-contacted_on",)),
        viewer,
    )
    store.audit(v.AuditAction.VIEW, record_type="company", record_id=company_id)
    return CompanyPage(
        company=company,
        cases=tuple(case_row(r) for r in rows),
        needs=tuple(needs),
        contacts=tuple(contacts),
        agreements=tuple(agreements),
        next_contact=next_contact_of(contacts),
        on_subsidy=sum(1 for c in cases if on_loentilskud(c)),
        subsidy_allowed=None
        if company.employees is None
        else loentilskud_allowed(company.employees),
    )


def next_contact_of(contacts: Iterable[CompanyContact]) -> dt.date | None:
    """The next contact agreed at the latest contact (a later contact replaces an older plan)."""
    latest = max(
        (c for c in contacts if c.contacted_on),
        key=lambda c: c.contacted_on or dt.date.min,
        default=None,
    )
    return latest.next_contact if latest else None


# ---------------------------------------------------------------- needs


def new_need(*, viewer: Viewer, company: Company) -> CompanyNeed:
    require_jobcenter(viewer)
    workplaces = company.workplaces or []
    postcode = next((w.get("postcode") for w in workplaces if w.get("postcode")), None)
    return CompanyNeed(
        id=uuid7(),
        company_id=company.id,
        team=viewer.team,
        postcode=postcode or _postcode(company.address),
    )


def tidy_need(need: CompanyNeed) -> CompanyNeed:
    return need.replace(
        title=(need.title or "").strip(),
        postcode=(need.postcode or "").strip() or None,
        demands=[d for d in v.WorkFunction.codes() if d in need.demands],
        accommodations=[a for a in v.AccommodationCategory.codes() if a in need.accommodations],
    )


def validate_need(
    need: CompanyNeed, *, is_new: bool, today: dt.date | None = None
) -> list[Problem]:
    need = tidy_need(need)
    problems = validate(need)
    if is_new:
        problems += new_need_problems(need, today or dt.date.today())
    return problems


def save_need(
    store: Store, *, viewer: Viewer, need: CompanyNeed, is_new: bool, today: dt.date | None = None
) -> Changes:
    require_jobcenter(viewer)
    need = tidy_need(need).replace(team=need.team or viewer.team)
    problems = validate_need(need, is_new=is_new, today=today)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        store.save(need)
        store.discard_draft(f"company_need:{need.id}")
    return Changes.of("company_need", drafts=True)


def list_needs(store: Store, *, viewer: Viewer, open_only: bool = True) -> list[CompanyNeed]:
    if viewer.restricted:
        return []
    needs = _team_rows(store.list(CompanyNeed), viewer)
    return [n for n in needs if not open_only or n.status in matching.OPEN_STATUSES]


# ---------------------------------------------------------------- contact history


def new_contact(*, viewer: Viewer, company_id: str, today: dt.date | None = None) -> CompanyContact:
    require_jobcenter(viewer)
    return CompanyContact(
        id=uuid7(),
        company_id=company_id,
        team=viewer.team,
        contacted_on=today or dt.date.today(),
        consultant=viewer.username,
    )


def tidy_contact(contact: CompanyContact) -> CompanyContact:
    actions = [
        {**a, "what": (a.get("what") or "").strip()}
        for a in contact.actions
        if (a.get("what") or "").strip() or a.get("deadline")
    ]
    return contact.replace(
        actions=actions, company_person=(contact.company_person or "").strip() or None
    )


def validate_contact(contact: CompanyContact) -> list[Problem]:
    return validate(tidy_contact(contact))


def save_contact(store: Store, *, viewer: Viewer, contact: CompanyContact) -> Changes:
    require_jobcenter(viewer)
    contact = tidy_contact(contact).replace(team=contact.team or viewer.team)
    problems = validate(contact)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        store.save(contact)
        store.discard_draft(f"company_contact:{contact.id}")
    return Changes.of("company_contact", drafts=True)


@dataclass(frozen=True, slots=True)
class DueCompany:
    company_id: str
    name: str
    next_contact: dt.date
    last_contact: dt.date | None
    open_actions: int

    def overdue(self, today: dt.date) -> bool:
        return self.next_contact < today


def companies_due(
    store: Store, *, viewer: Viewer, today: dt.date | None = None, within_days: int = 7
) -> list[DueCompany]:
    """Companies whose next contact falls on or before `today` + `within_days` (I dag)."""
    if viewer.restricted:
        return []
    today = today or dt.date.today()
    by_company: dict[str, list[CompanyContact]] = {}
    for c in _team_rows(store.list(CompanyContact), viewer):
        by_company.setdefault(c.company_id, []).append(c)
    names = {c.id: c.name for c in store.list(Company)}
    out = []
    for company_id, contacts in by_company.items():
        due = next_contact_of(contacts)
        if due is None or due > today + dt.timedelta(days=within_days) or company_id not in names:
            continue
        last = max((c.contacted_on for c in contacts if c.contacted_on), default=None)
        actions = sum(1 for c in contacts for a in c.actions if not a.get("done"))
        out.append(DueCompany(company_id, names[company_id], due, last, actions))
    return sorted(out, key=lambda d: (d.next_contact, d.name.casefold()))


# ---------------------------------------------------------------- matching


def _postcode(address: str | None) -> str | None:
    found = _POSTCODE.findall(address or "")
    return found[-1] if found else None


def _capacity(
    agreement: Agreement | None, plan: Plan | None, meeting: Meeting | None
) -> float | None:
    if agreement is not None and agreement.hours_per_week is not None:
        return agreement.hours_per_week
    if plan is not None and plan.periods:
        last = plan.periods[-1]
        return last.days_per_week * last.hours_per_day + (last.paid_hours_per_week or 0.0)
    if meeting is not None:
        return meeting.actual_hours if meeting.actual_hours is not None else meeting.planned_hours
    return None


def _current_case(cases: list[Case]) -> Case | None:
    current = [
        c for c in cases if c.status in (v.CaseStatus.PLANNED.value, v.CaseStatus.ACTIVE.value)
    ]
    pool = current or cases
    return max(pool, key=lambda c: (c.start_date or dt.date.min, c.id), default=None)


def citizen_profiles(store: Store, *, viewer: Viewer) -> list[matching.CitizenProfile]:
    """The team's citizens with what the matching weighs, from their current case."""
    if viewer.restricted:
        return []
    cases_by_citizen: dict[str, list[Case]] = {}
    for case in store.list(Case):
        if viewer.team and case.team and case.team != viewer.team:
            continue
        cases_by_citizen.setdefault(case.citizen_id, []).append(case)
    screenings: dict[str, Screening] = {}
    for s in store.list(Screening, order_by=("screened_at",)):
        if s.consent_to_record:
            screenings[s.citizen_id] = s  # the latest wins
    agreements: dict[str, Agreement] = {}
    for a in store.list(Agreement, order_by=("version",)):
        if a.status != v.DocumentStatus.SUPERSEDED.value:
            agreements[a.case_id] = a
    plans: dict[str, Plan] = {}
    for p in store.list(Plan, order_by=("version",)):
        if p.status != v.DocumentStatus.SUPERSEDED.value:
            plans[p.case_id] = p
    meetings: dict[str, Meeting] = {}
    for m in store.list(Meeting, order_by=("starts_at",)):
        if m.planned_hours is not None or m.actual_hours is not None:
            meetings[m.case_id] = m
    out = []
    for citizen in store.list(Citizen):
        current = _current_case(cases_by_citizen.get(citizen.id, []))
        if current is None:
            continue
        out.append(
            _profile(
                citizen,
                current,
                screenings.get(citizen.id),
                agreements.get(current.id),
                plans.get(current.id),
                meetings.get(current.id),
            )
        )
    return out


def _profile(
    citizen: Citizen,
    case: Case,
    screening: Screening | None,
    agreement: Agreement | None,
    plan: Plan | None,
    meeting: Meeting | None,
) -> matching.CitizenProfile:
    wishes = case.wishes or []
    functions: tuple[str, ...] | None = None
    if screening is not None:
        functions = tuple(screening.functions) if screening.impairment == "ja" else ()
    return matching.CitizenProfile(
        citizen_id=citizen.id,
        name=citizen.name,
        case_id=case.id,
        postcode=_postcode(citizen.address),
        capacity_hours=_capacity(agreement, plan, meeting),
        screening_functions=functions,
        needed_accommodations=tuple(
            dict.fromkeys(a.category for a in (agreement.accommodations if agreement else []))
        ),
        wish_companies=tuple(w["company_id"] for w in wishes if w.get("company_id")),
        dream_companies=tuple(
            w["company_id"] for w in wishes if w.get("company_id") and w.get("dream")
        ),
        wish_work=tuple(w["work"] for w in wishes if w.get("work")),
    )


def need_profiles(store: Store, needs: Iterable[CompanyNeed]) -> list[matching.NeedProfile]:
    companies = {c.id: c for c in store.list(Company)}
    out = []
    for n in needs:
        company = companies.get(n.company_id)
        if company is None:
            continue
        out.append(
            matching.NeedProfile(
                need_id=n.id,
                company_id=n.company_id,
                company_name=company.name,
                title=n.title,
                kind=n.kind,
                hours_per_week=n.hours_per_week,
                demands=tuple(n.demands),
                accommodations=tuple(n.accommodations),
                postcode=n.postcode,
                text=f"{n.tasks or ''} {company.industry or ''}",
                status=n.status,
            )
        )
    return out


def needs_for_citizen(store: Store, *, viewer: Viewer, citizen_id: str) -> matching.MatchResult:
    """Open needs ranked for one citizen. Nothing is sent or shared: the consultant decides."""
    require_jobcenter(viewer)
    profile = next(
        (p for p in citizen_profiles(store, viewer=viewer) if p.citizen_id == citizen_id), None
    )
    if profile is None:
        return matching.MatchResult(missing=("Borgeren har intet forløb i teamet",), ranked=False)
    return matching.needs_for_citizen(
        profile, need_profiles(store, list_needs(store, viewer=viewer))
    )


def citizens_for_need(store: Store, *, viewer: Viewer, need_id: str) -> matching.MatchResult:
    require_jobcenter(viewer)
    need = store.get(CompanyNeed, need_id)
    if need is None:
        raise AccessDenied("Behovet findes ikke.")
    profiles = need_profiles(store, [need])
    if not profiles:
        return matching.MatchResult(missing=("Behovets virksomhed findes ikke",), ranked=False)
    return matching.citizens_for_need(profiles[0], citizen_profiles(store, viewer=viewer))


def need_label(need: CompanyNeed) -> str:
    return f"{need.title} ({label(v.NeedKind, need.kind)})"
