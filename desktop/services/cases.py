"""Cases (forløb): the searchable list, a case's overview, and the case + citizen editor.

Keyword-only functions over a Store; DTOs out, Changes back from every mutation. A mentor sees
only the cases naming them as mentor, with the catalogue's hidden fields removed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.identifiers import normalise_cpr
from desktop.domain.labels import label, record_label
from desktop.domain.lifecycle import aftercare_dates, content_hash
from desktop.domain.problems import Problem, Severity, ValidationError, blocking
from desktop.domain.records import (
    RECORD_CLASSES,
    ActionItem,
    Agreement,
    AuditEntry,
    Case,
    Citizen,
    Company,
    FollowUp,
    Meeting,
    Plan,
    Screening,
    Signature,
)
from desktop.domain.validation import validate
from desktop.services.access import (
    Viewer,
    hidden_fields,
    mentors_of,
    redact,
    require_case,
    require_jobcenter,
)
from desktop.services.changes import Changes
from desktop.services.company_ratio import SubsidyFacts, notice_for_case, subsidy_facts
from desktop.services.projects import reference_case_problems
from desktop.store import Store, queries
from sync.evaluation.reference import PROJECT_ONLY_TYPES, reference_refusal
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.ids import uuid7

log = logging.getLogger(__name__)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def local_naive(value: dt.datetime | None) -> dt.datetime | None:
    """A stored datetime as local wall-clock time (stored values may carry an offset or not)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def parse_when(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return local_naive(dt.datetime.fromisoformat(text))
    except ValueError:
        return None


# -- the list ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    title: str
    citizen_name: str
    company_name: str
    scheme: str
    scheme_label: str
    status: str
    status_label: str
    consultant: str
    start_date: dt.date | None
    end_date: dt.date | None


def case_row(row: queries.CaseListRow) -> CaseRow:
    return CaseRow(
        id=row.id,
        title=row.title or "",
        citizen_name=row.citizen_name or "",
        company_name=row.company_name or "",
        scheme=row.scheme or "",
        scheme_label=label(v.Scheme, row.scheme),
        status=row.status or "",
        status_label=label(v.CaseStatus, row.status),
        consultant=row.consultant or "",
        start_date=_date(row.start_date),
        end_date=_date(row.end_date),
    )


def mentor_scope(viewer: Viewer) -> str | None:
    return viewer.username if viewer.is_mentor else None


def list_cases(store: Store, *, viewer: Viewer) -> list[CaseRow]:
    with store.read() as conn:
        rows = queries.case_list(conn, mentor=mentor_scope(viewer))
    return [case_row(r) for r in rows]


def list_consultants(store: Store, *, viewer: Viewer) -> list[str]:
    with store.read() as conn:
        return queries.consultants(conn, mentor=mentor_scope(viewer))


# -- the overview --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: str
    starts_at: dt.datetime | None
    kind: str
    kind_label: str
    place: str
    accommodations_label: str
    open_actions: int
    next_meeting_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: str
    meeting_id: str | None
    what: str
    owner: str
    owner_label: str
    deadline: dt.date | None
    done: bool


@dataclass(frozen=True, slots=True)
class AccommodationLine:
    category_label: str
    description: str
    when: str


@dataclass(frozen=True, slots=True)
class AgreementSummary:
    id: str
    version: int
    status_label: str
    scheme_label: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    review_date: dt.date | None
    hours_per_week: float | None
    accommodations: tuple[AccommodationLine, ...]
    tasks_excluded: str
    bad_day_plan: str
    signed_by: tuple[str, ...]  # party labels whose signature matches the current content


@dataclass(frozen=True, slots=True)
class PeriodLine:
    weeks: str
    days_per_week: int
    hours_per_day: float
    hours_per_week: float


@dataclass(frozen=True, slots=True)
class PlanSummary:
    id: str
    version: int
    status_label: str
    goal: str
    sub_goals: tuple[str, ...]
    start_date: dt.date | None
    end_date: dt.date | None
    periods: tuple[PeriodLine, ...]
    commitments: tuple[tuple[str, str], ...]  # (party label, text)
    evaluation_criteria: str
    consequence: str


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    id: str
    kind: str
    kind_label: str
    due_date: dt.date | None
    label: str
    registered: bool


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: dt.datetime | None
    username: str
    action_label: str
    record_label: str
    detail: str
    # The labels of the fields an entry names (a change, a voided signature), not their names.
    field_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParticipantLine:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class CaseOverview:
    case: Case
    citizen: Citizen | None  # redacted for restricted viewers
    company: Company | None
    hidden_citizen_fields: frozenset[str]
    meetings: tuple[MeetingRow, ...]
    action_items: tuple[ActionRow, ...]
    agreements: tuple[AgreementSummary, ...]
    plans: tuple[PlanSummary, ...]
    follow_ups: tuple[FollowUpItem, ...]
    audit: tuple[AuditRow, ...]
    participants: tuple[ParticipantLine, ...]
    can_edit: bool
    can_record_meetings: bool
    # When the screening that opened the case took place (never for a mentor or in hand-over).
    screened_at: dt.datetime | None = None

    @property
    def title(self) -> str:
        return case_title(self.case, self.citizen, self.company)

    @property
    def scheme_label(self) -> str:
        return label(v.Scheme, self.case.scheme)

    @property
    def status_label(self) -> str:
        return label(v.CaseStatus, self.case.status)

    @property
    def outcome_label(self) -> str:
        return label(v.Outcome, self.case.outcome)

    @property
    def next_meeting(self) -> dt.datetime | None:
        latest = max(
            (m for m in self.meetings if m.starts_at),
            key=lambda m: m.starts_at or dt.datetime.min,
            default=None,
        )
        return latest.next_meeting_at if latest else None


def case_title(case: Case, citizen: Citizen | None, company: Company | None) -> str:
    who = citizen.name if citizen else ""
    where = company.name if company else ""
    if who and where:
        return f"{who} – {where}"
    return who or where or case.title or "Forløb"


def open_case(store: Store, *, viewer: Viewer, case_id: str) -> tuple[CaseOverview, Changes]:
    """The overview of a case a user opens; the opening is written to the audit log."""
    overview = case_overview(store, viewer=viewer, case_id=case_id)
    store.audit(v.AuditAction.VIEW, record_type="case", record_id=case_id, case_id=case_id)
    return overview, Changes(
        outbox=True, record_types=frozenset({"audit_entry"}), case_ids=frozenset({case_id})
    )


def case_overview(store: Store, *, viewer: Viewer, case_id: str) -> CaseOverview:
    case = require_case(store, case_id, viewer=viewer)
    citizen = store.get(Citizen, case.citizen_id) if case.citizen_id else None
    company = store.get(Company, case.company_id) if case.company_id else None
    where = {"case_id": case_id}
    meetings = store.list(Meeting, where=where, order_by=("-starts_at",))
    actions = store.list(ActionItem, where=where, order_by=("deadline",))
    agreements = store.list(Agreement, where=where, order_by=("-version",))
    plans = store.list(Plan, where=where, order_by=("-version",))
    signatures = store.list(Signature, where=where)
    follow_ups = store.list(FollowUp, where=where, order_by=("due_date",))
    audit = store.list(AuditEntry, where=where, order_by=("-at",), limit=500)

    open_by_meeting: dict[str, int] = {}
    for a in actions:
        if not a.done and a.meeting_id:
            open_by_meeting[a.meeting_id] = open_by_meeting.get(a.meeting_id, 0) + 1

    return CaseOverview(
        case=case,
        citizen=redact(citizen, viewer=viewer) if citizen else None,
        company=company,
        hidden_citizen_fields=hidden_fields("citizen", viewer=viewer),
        meetings=tuple(
            MeetingRow(
                id=m.id,
                starts_at=local_naive(m.starts_at),
                kind=m.kind,
                kind_label=label(v.MeetingKind, m.kind),
                place=m.place or "",
                accommodations_label=label(v.AccommodationsWorking, m.accommodations_working),
                open_actions=open_by_meeting.get(m.id, 0),
                next_meeting_at=local_naive(m.next_meeting_at),
            )
            for m in meetings
        ),
        action_items=tuple(_action_row(a) for a in actions),
        agreements=tuple(_agreement_summary(a, signatures) for a in agreements),
        plans=tuple(_plan_summary(p) for p in plans),
        follow_ups=tuple(
            FollowUpItem(
                id=f.id,
                kind=f.kind,
                kind_label=label(v.FollowUpKind, f.kind),
                due_date=f.due_date,
                label=f.label or "",
                registered=f.meeting_id is not None,
            )
            for f in follow_ups
        ),
        audit=tuple(
            AuditRow(
                at=local_naive(e.at),
                username=e.username,
                action_label=label(v.AuditAction, e.action),
                record_label=record_label(e.record_type),
                detail=e.detail or "",
                field_labels=audit_field_labels(e.record_type, e.detail or ""),
            )
            for e in audit
        ),
        participants=_participants(case, citizen, company),
        can_edit=viewer.may_edit_people,
        can_record_meetings=True,
        screened_at=_screened_at(store, case, viewer),
    )


def _screened_at(store: Store, case: Case, viewer: Viewer) -> dt.datetime | None:
    if viewer.restricted or not case.screening_id:
        return None
    screening = store.get(Screening, case.screening_id)
    return local_naive(screening.screened_at) if screening else None


def audit_field_labels(record_type: str | None, detail: str) -> tuple[str, ...]:
    """The catalogue labels of the fields an audit entry lists ("notes,place" for a change,
    "annulleret af ændring i: valid_to" for a voided signature); () if it lists none."""
    spec = CATALOGUE.get(record_type or "")
    if spec is None or not detail:
        return ()
    names = detail.split(":", 1)[-1] if ":" in detail else detail
    parts = [n.strip() for n in names.split(",") if n.strip()]
    if not parts or not all(spec.has_field(n) for n in parts):
        return ()
    return tuple(spec.field(n).label or n for n in parts)


def _action_row(a: ActionItem) -> ActionRow:
    return ActionRow(
        id=a.id,
        meeting_id=a.meeting_id,
        what=a.what,
        owner=a.owner,
        owner_label=label(v.BallHolder, a.owner),
        deadline=a.deadline,
        done=bool(a.done),
    )


def _agreement_summary(a: Agreement, signatures: list[Signature]) -> AgreementSummary:
    digest = content_hash(a)
    signed = {s.party for s in signatures if s.document_id == a.id and s.content_hash == digest}
    return AgreementSummary(
        id=a.id,
        version=a.version,
        status_label=label(v.DocumentStatus, a.status),
        scheme_label=label(v.Scheme, a.scheme),
        valid_from=a.valid_from,
        valid_to=a.valid_to,
        review_date=a.review_date,
        hours_per_week=a.hours_per_week,
        accommodations=tuple(
            AccommodationLine(
                label(v.AccommodationCategory, acc.category), acc.description, acc.when
            )
            for acc in a.accommodations
        ),
        tasks_excluded=a.tasks_excluded or "",
        bad_day_plan=a.bad_day_plan or "",
        signed_by=tuple(p.label for p in v.Party if p.value in signed),
    )


def _plan_summary(p: Plan) -> PlanSummary:
    return PlanSummary(
        id=p.id,
        version=p.version,
        status_label=label(v.DocumentStatus, p.status),
        goal=p.goal,
        sub_goals=tuple(p.sub_goals),
        start_date=p.start_date,
        end_date=p.end_date,
        periods=tuple(
            PeriodLine(
                weeks=(
                    f"{x.from_week}–{x.to_week}" if x.to_week != x.from_week else str(x.from_week)
                ),
                days_per_week=x.days_per_week,
                hours_per_day=x.hours_per_day,
                hours_per_week=x.hours_per_week,
            )
            for x in p.periods
        ),
        commitments=tuple((label(v.Party, k), text) for k, text in p.commitments.items()),
        evaluation_criteria=p.evaluation_criteria or "",
        consequence=p.consequence or "",
    )


def _participants(
    case: Case, citizen: Citizen | None, company: Company | None
) -> tuple[ParticipantLine, ...]:
    lines: list[ParticipantLine] = []
    if citizen:
        lines.append(ParticipantLine(citizen.name, v.BallHolder.CITIZEN.label))
    if company:
        for contact in company.contact_persons():
            role = contact.role or v.BallHolder.COMPANY.label
            lines.append(ParticipantLine(contact.name, f"{v.BallHolder.COMPANY.label} ({role})"))
    if case.consultant:
        lines.append(ParticipantLine(case.consultant, v.BallHolder.JOBCENTER.label))
    for mentor in mentors_of(case):
        lines.append(ParticipantLine(mentor, v.BallHolder.MENTOR.label))
    return tuple(lines)


# -- the case + citizen editor -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseForm:
    case: Case
    citizen: Citizen
    is_new: bool
    new_citizen: bool
    # Per company: its size and other current løntilskud cases (the staff ratio notice).
    subsidy: Mapping[str, SubsidyFacts] = field(default_factory=dict)


def new_case_form(
    store: Store, *, viewer: Viewer, citizen_id: str | None = None, company_id: str | None = None
) -> CaseForm:
    require_jobcenter(viewer)
    citizen = store.get(Citizen, citizen_id) if citizen_id else None
    new_citizen = citizen is None
    if citizen is None:
        citizen = Citizen(id=uuid7())
    case = Case(
        id=uuid7(),
        citizen_id=citizen.id,
        company_id=company_id,
        team=viewer.team,
        consultant=viewer.username,
        status=v.CaseStatus.PLANNED.value,
        start_date=dt.date.today(),
    )
    return CaseForm(case=case, citizen=citizen, is_new=True, new_citizen=new_citizen,
                    subsidy=subsidy_facts(store, exclude_case_id=case.id))


def load_case_form(store: Store, *, viewer: Viewer, case_id: str) -> CaseForm:
    require_jobcenter(viewer)
    case = require_case(store, case_id, viewer=viewer)
    citizen = store.get(Citizen, case.citizen_id) or Citizen(id=case.citizen_id or uuid7())
    store.audit(v.AuditAction.VIEW, record_type="citizen", record_id=citizen.id, case_id=case_id)
    return CaseForm(case=case, citizen=citizen, is_new=False, new_citizen=False,
                    subsidy=subsidy_facts(store, exclude_case_id=case.id))


def tidy_citizen(citizen: Citizen) -> Citizen:
    """Normalise what people type: CPR with its hyphen, trimmed names."""
    return citizen.replace(
        name=(citizen.name or "").strip(),
        cpr=normalise_cpr(citizen.cpr) if citizen.cpr and citizen.cpr.strip() else None,
    )


def validate_case_form(form: CaseForm) -> list[Problem]:
    """Every problem of the citizen and the case; fields prefixed `citizen.` and `case.`."""
    citizen = tidy_citizen(form.citizen)
    problems = [
        Problem(p.code, f"citizen.{p.field}", p.message, p.severity) for p in validate(citizen)
    ]
    case = form.case.replace(citizen_id=form.citizen.id)
    case_problems = validate(case) + reference_case_problems(case)
    if case.job_start_date and case.start_date and case.job_start_date < case.start_date:
        case_problems.append(
            Problem(
                "case.job_start",
                "job_start_date",
                "Jobstarten ligger før forløbets start.",
            )
        )
    problems += [Problem(p.code, f"case.{p.field}", p.message, p.severity) for p in case_problems]
    ratio = notice_for_case(case, dict(form.subsidy))
    if ratio:
        problems.append(Problem("case.staff_ratio", "case.company_id", ratio, Severity.NOTICE))
    return problems


def save_case_form(store: Store, *, viewer: Viewer, form: CaseForm) -> Changes:
    require_jobcenter(viewer)
    problems = validate_case_form(form)
    if blocking(problems):
        raise ValidationError(problems)
    case = form.case.replace(citizen_id=form.citizen.id)
    if not form.is_new:
        require_case(store, case.id, viewer=viewer)
    before = None if form.is_new else store.get(Case, case.id)
    moved = before is not None and before.group != REFERENCE_GROUP
    if moved and case.group == REFERENCE_GROUP and _has_project_data(store, case.id):
        raise ValidationError([Problem(
            "reference.move", "case.group",
            "Forløbet kan ikke flyttes til referencegruppen: det har allerede projektdata "
            "(spørgeskemaer, ansøgninger i det hurtige spor, en evaluering af praktikken "
            "eller støttetimer). Referencegruppen får den sædvanlige indsats, og der "
            "registreres kun resultatdata for den.",
        )])
    with store.batch():
        store.save(tidy_citizen(form.citizen))
        store.save(case)
        store.discard_draft(draft_key_for_case(case.id))
    changes = Changes.of("case", "citizen", case_ids=[case.id], drafts=True)
    if case.outcome in EMPLOYED and (before is None or before.outcome not in EMPLOYED):
        # The job has started: efterværn keeps the citizen from bouncing back to unemployment.
        job_start = case.job_start_date or case.end_date or dt.date.today()
        changes = changes | plan_aftercare(
            store, viewer=viewer, case_id=case.id, job_start=job_start
        )
    return changes


REFERENCE_GROUP = v.CaseGroup.REFERENCE.value


def _has_project_data(store: Store, case_id: str) -> bool:
    """Does the case already carry project data, by the rule the server applies at push
    (sync.evaluation.reference): records of a project-only type, or a praktik evaluation or
    support hours on a meeting? A case moved into the reference group may not."""
    if any(store.list(RECORD_CLASSES[t], where={"case_id": case_id}, limit=1)
           for t in PROJECT_ONLY_TYPES):
        return True
    return any(
        reference_refusal("meeting", m.to_values(), {"group": REFERENCE_GROUP}) is not None
        for m in store.list(Meeting, where={"case_id": case_id})
    )


# Outcomes that start efterværn follow-ups.
EMPLOYED = (v.Outcome.EMPLOYED.value, v.Outcome.FLEX_EMPLOYED.value)


def draft_key_for_case(case_id: str) -> str:
    return f"case:{case_id}"


def plan_aftercare(store: Store, *, viewer: Viewer, case_id: str, job_start: dt.date) -> Changes:
    """Efterværn follow-ups from the job start on the case's cadence (default 2 weeks, 1, 3, 6
    and 12 months); dates that already have an efterværn follow-up are not added twice."""
    require_jobcenter(viewer)
    case = require_case(store, case_id, viewer=viewer)
    existing = {
        f.due_date
        for f in store.list(FollowUp, where={"case_id": case_id})
        if f.kind == v.FollowUpKind.AFTERCARE.value
    }
    added = 0
    with store.batch():
        if case.job_start_date is None:
            # Retention is measured from the job start: the date efterværn counts from.
            store.save(case.replace(job_start_date=job_start))
        for due in aftercare_dates(job_start, case.aftercare_cadence):
            if due in existing:
                continue
            days = (due - job_start).days
            store.save(
                FollowUp(
                    id=uuid7(),
                    case_id=case_id,
                    kind=v.FollowUpKind.AFTERCARE.value,
                    due_date=due,
                    label=f"Efterværn ({aftercare_label(days)})",
                )
            )
            added += 1
    log.info("Planned %d efterværn follow-ups", added)
    return Changes.of("follow_up", "case", case_ids=[case_id])


def aftercare_label(days: int) -> str:
    if days < 28:
        weeks = max(1, round(days / 7))
        return f"{weeks} uge" if weeks == 1 else f"{weeks} uger"
    months = max(1, round(days / 30.4))
    return f"{months} måned" if months == 1 else f"{months} måneder"


def case_form_payload(form: CaseForm) -> dict[str, object]:
    """The case editor's state as JSON-able values, for the encrypted draft table."""
    return {
        "form": "case",
        "is_new": form.is_new,
        "new_citizen": form.new_citizen,
        "case": {"id": form.case.id, **form.case.to_values()},
        "citizen": {"id": form.citizen.id, **form.citizen.to_values()},
        "title": case_title(form.case, form.citizen, None),
    }


def case_form_from_payload(store: Store, *, viewer: Viewer, payload: dict[str, Any]) -> CaseForm:
    require_jobcenter(viewer)
    case_values = dict(payload["case"])
    citizen_values = dict(payload["citizen"])
    case = Case.from_values(case_values.pop("id"), case_values)
    citizen = Citizen.from_values(citizen_values.pop("id"), citizen_values)
    if not payload.get("is_new"):
        require_case(store, case.id, viewer=viewer)
    return CaseForm(
        case=case,
        citizen=citizen,
        is_new=bool(payload.get("is_new")),
        new_citizen=bool(payload.get("new_citizen")),
        subsidy=subsidy_facts(store, exclude_case_id=case.id),
    )


def save_case_draft(store: Store, *, form: CaseForm) -> Changes:
    store.save_draft(
        draft_key_for_case(form.case.id),
        record_type="case",
        record_id=form.case.id,
        case_id=None if form.is_new else form.case.id,
        payload=case_form_payload(form),
    )
    return Changes(drafts=True)
