"""The records a consultant works with, as plain frozen dataclasses.

Field names mirror the record catalogue in `sync.protocol.catalogue` exactly (a test proves it), so
the store, the server and the PDFs speak of the same things.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from sync.protocol.catalogue import RecordType, record_type
from sync.protocol.codec import from_wire, to_wire
from sync.protocol.vocabulary import (
    AccommodationCategory,
    AccommodationsWorking,
    ApplicationStatus,
    AuditAction,
    BallHolder,
    CaseGroup,
    CaseStatus,
    DocumentStatus,
    FollowUpKind,
    MeetingKind,
    Party,
    QuestionnaireKind,
    Scheme,
    SignatureMethod,
)


@dataclass(frozen=True, slots=True)
class Record:
    """Base: an id plus catalogue fields; converts to and from the catalogue's wire values."""

    RECORD_TYPE: ClassVar[str] = ""
    id: str

    @classmethod
    def catalogue(cls) -> RecordType:
        return record_type(cls.RECORD_TYPE)

    def to_values(self) -> dict[str, Any]:
        rt = self.catalogue()
        return {f.name: to_wire(f, getattr(self, f.name)) for f in rt.fields}

    @classmethod
    def from_values(cls, record_id: str, values: dict[str, Any]) -> Self:
        rt = cls.catalogue()
        kwargs = {f.name: cls._decode(f.name, from_wire(f, values.get(f.name))) for f in rt.fields}
        return cls(id=record_id, **kwargs)

    @classmethod
    def _decode(cls, name: str, value: Any) -> Any:
        return value

    def replace(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Citizen(Record):
    RECORD_TYPE: ClassVar[str] = "citizen"
    name: str = ""
    cpr: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    target_group: str | None = None
    functional_limitations: str | None = None
    health_notes: str | None = None


@dataclass(frozen=True, slots=True)
class ContactPerson:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Company(Record):
    RECORD_TYPE: ClassVar[str] = "company"
    name: str = ""
    cvr: str | None = None
    p_number: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    contacts: list[dict[str, str]] = field(default_factory=list)
    notes: str | None = None

    def contact_persons(self) -> list[ContactPerson]:
        return [ContactPerson(**c) for c in self.contacts or []]


DEFAULT_AFTERCARE_DAYS = (14, 30, 91, 182, 365)  # 2 weeks, 1, 3, 6 and 12 months


@dataclass(frozen=True, slots=True)
class Case(Record):
    RECORD_TYPE: ClassVar[str] = "case"
    title: str | None = None
    citizen_id: str = ""
    company_id: str | None = None
    team: str | None = None
    consultant: str | None = None
    mentors: list[str] = field(default_factory=list)
    scheme: str = Scheme.VIRKSOMHEDSPRAKTIK.value
    status: str = CaseStatus.PLANNED.value
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    purpose: str | None = None
    outcome: str | None = None
    aftercare_cadence: list[int] | None = None
    group: str | None = CaseGroup.PROJECT.value
    project_id: str | None = None
    screening_id: str | None = None
    job_start_date: dt.date | None = None
    wishes: list[dict[str, Any]] = field(default_factory=list)
    wishes_on_citizen_copy: bool | None = False
    support_kind: str | None = None
    support_budget: float | None = None

    @classmethod
    def _decode(cls, name: str, value: Any) -> Any:
        if name == "wishes":
            return list(value or [])
        return value


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class Meeting(Record):
    RECORD_TYPE: ClassVar[str] = "meeting"
    case_id: str = ""
    kind: str = MeetingKind.FOLLOW_UP.value
    starts_at: dt.datetime | None = None
    place: str | None = None
    participants: list[dict[str, str]] = field(default_factory=list)
    status_against_goals: str | None = None
    planned_hours: float | None = None
    actual_hours: float | None = None
    accommodations_working: str | None = AccommodationsWorking.UNKNOWN.value
    barriers: str | None = None
    notes: str | None = None
    decisions: str | None = None
    party_comments: str | None = None
    party_accommodations_view: str | None = None
    next_meeting_at: dt.datetime | None = None
    health_notes: str | None = None
    manages_tasks: str | None = None
    company_benefit: str | None = None
    next_step: str | None = None
    hire_hours_per_week: float | None = None
    support_hours: float | None = None


@dataclass(frozen=True, slots=True)
class ActionItem(Record):
    RECORD_TYPE: ClassVar[str] = "action_item"
    case_id: str = ""
    meeting_id: str | None = None
    plan_id: str | None = None
    what: str = ""
    owner: str = BallHolder.JOBCENTER.value
    deadline: dt.date | None = None
    done: bool | None = False


@dataclass(frozen=True, slots=True)
class Accommodation:
    category: str = AccommodationCategory.OTHER.value
    description: str = ""
    when: str = ""


@dataclass(frozen=True, slots=True)
class Agreement(Record):
    RECORD_TYPE: ClassVar[str] = "agreement"
    case_id: str = ""
    version: int = 1
    supersedes_id: str | None = None
    status: str = DocumentStatus.DRAFT.value
    parties: dict[str, Any] = field(default_factory=dict)
    scheme: str = Scheme.VIRKSOMHEDSPRAKTIK.value
    legal_basis: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    review_date: dt.date | None = None
    hours_per_week: float | None = None
    weekday_hours: dict[str, float] = field(default_factory=dict)
    accommodations: list[Accommodation] = field(default_factory=list)
    tasks_included: str | None = None
    tasks_excluded: str | None = None
    aids: str | None = None
    personal_assistance_hours: float | None = None
    mentor_hours: float | None = None
    bad_day_plan: str | None = None
    bad_day_contact: str | None = None
    consent_to_share: bool | None = False
    health_notes: str | None = None

    @classmethod
    def _decode(cls, name: str, value: Any) -> Any:
        if name == "accommodations":
            return [a if isinstance(a, Accommodation) else Accommodation(**a) for a in value or []]
        if name in ("parties", "weekday_hours"):
            return value or {}
        return value


@dataclass(frozen=True, slots=True)
class HoursPeriod:
    """Weeks from_week..to_week (1-based, inclusive) at days_per_week x hours_per_day of
    praktik, plus optional ordinary paid hours per week beside it."""

    from_week: int
    to_week: int
    days_per_week: int
    hours_per_day: float
    # Not written while unset, so a signed plan's content hash stays what it was (codec).
    paid_hours_per_week: float | None = field(default=None, metadata={"omit_if_none": True})

    @property
    def hours_per_week(self) -> float:
        """Praktik hours per week."""
        return self.days_per_week * self.hours_per_day

    @property
    def total_hours_per_week(self) -> float:
        """Praktik and paid hours together."""
        return self.hours_per_week + (self.paid_hours_per_week or 0.0)


@dataclass(frozen=True, slots=True)
class Plan(Record):
    RECORD_TYPE: ClassVar[str] = "plan"
    case_id: str = ""
    version: int = 1
    supersedes_id: str | None = None
    status: str = DocumentStatus.DRAFT.value
    agreement_id: str | None = None
    goal: str = ""
    sub_goals: list[str] = field(default_factory=list)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    periods: list[HoursPeriod] = field(default_factory=list)
    tasks: str | None = None
    support: str | None = None
    commitments: dict[str, str] = field(default_factory=dict)
    evaluation_criteria: str | None = None
    consequence: str | None = None

    @classmethod
    def _decode(cls, name: str, value: Any) -> Any:
        if name == "periods":
            return [p if isinstance(p, HoursPeriod) else HoursPeriod(**p) for p in value or []]
        if name == "sub_goals":
            return list(value or [])
        if name == "commitments":
            return value or {}
        return value


@dataclass(frozen=True, slots=True)
class Signature(Record):
    RECORD_TYPE: ClassVar[str] = "signature"
    case_id: str = ""
    document_type: str = "agreement"
    document_id: str = ""
    document_version: int = 1
    content_hash: str = ""
    party: str = Party.CITIZEN.value
    signer_name: str = ""
    signer_role: str | None = None
    signed_at: dt.datetime | None = None
    method: str = SignatureMethod.SCREEN.value
    strokes: list[list[list[float]]] | None = None
    attachment: str | None = None


@dataclass(frozen=True, slots=True)
class Consent(Record):
    RECORD_TYPE: ClassVar[str] = "consent"
    citizen_id: str = ""
    what: str = ""
    shared_with: str = ""
    legal_basis: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    withdrawn: bool | None = False
    kind: str | None = None
    given_how: str | None = None
    withdrawn_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class FollowUp(Record):
    RECORD_TYPE: ClassVar[str] = "follow_up"
    case_id: str = ""
    kind: str = FollowUpKind.AFTERCARE.value
    due_date: dt.date | None = None
    label: str | None = None
    meeting_id: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict(Record):
    RECORD_TYPE: ClassVar[str] = "conflict"
    case_id: str | None = None
    record_type: str = ""
    record_id: str = ""
    field: str = ""
    base: str | None = None
    kept: str | None = None
    other: str | None = None
    resolved: bool | None = False


@dataclass(frozen=True, slots=True)
class AuditEntry(Record):
    RECORD_TYPE: ClassVar[str] = "audit_entry"
    case_id: str | None = None
    at: dt.datetime | None = None
    username: str = ""
    device_id: str | None = None
    role: str | None = None
    action: str = AuditAction.VIEW.value
    record_type: str | None = None
    record_id: str | None = None
    detail: str | None = None
    prev_hash: str | None = None
    hash: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment(Record):
    """An attached file's description; its content lives in AttachmentChunk records."""

    RECORD_TYPE: ClassVar[str] = "attachment"
    case_id: str = ""
    meeting_id: str | None = None
    filename: str = ""
    media_type: str = "pdf"
    size: int = 0
    chunks: int = 0
    sha256: str = ""
    health: bool | None = False
    description: str | None = None


@dataclass(frozen=True, slots=True)
class AttachmentChunk(Record):
    RECORD_TYPE: ClassVar[str] = "attachment_chunk"
    case_id: str = ""
    attachment_id: str = ""
    seq: int = 0
    data: str = ""


@dataclass(frozen=True, slots=True)
class Screening(Record):
    """Screening at first contact; the answers are health data (never on a mentor's device)."""

    RECORD_TYPE: ClassVar[str] = "screening"
    citizen_id: str = ""
    screened_at: dt.datetime | None = None
    screened_by: str | None = None
    consent_to_record: bool = False
    impairment: str | None = None
    functions: list[str] = field(default_factory=list)
    what_helped: str | None = None
    opened_case_id: str | None = None

    @property
    def positive(self) -> bool:
        """Does the citizen report an impairment that affects the jobs or hours they can take?"""
        return self.consent_to_record and self.impairment == "ja"

    @classmethod
    def _decode(cls, name: str, value: Any) -> Any:
        if name == "functions":
            return list(value or [])
        if name == "consent_to_record":
            return bool(value)
        return value


@dataclass(frozen=True, slots=True)
class SchemeApplication(Record):
    RECORD_TYPE: ClassVar[str] = "scheme_application"
    case_id: str = ""
    scheme: str = ""
    status: str = ApplicationStatus.TO_APPLY.value
    need_date: dt.date | None = None
    applied_date: dt.date | None = None
    decision_date: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Questionnaire(Record):
    RECORD_TYPE: ClassVar[str] = "questionnaire"
    case_id: str = ""
    kind: str = QuestionnaireKind.START.value
    answered_on: dt.date | None = None
    filled_by: str | None = None
    wellbeing: int | None = None
    confidence: int | None = None
    hours_managed: int | None = None
    own_assessment: int | None = None
    comment: str | None = None

    SCORES: ClassVar[tuple[str, ...]] = (
        "wellbeing", "confidence", "hours_managed", "own_assessment"
    )

    @property
    def complete(self) -> bool:
        return all(getattr(self, name) is not None for name in self.SCORES)


@dataclass(frozen=True, slots=True)
class RetentionCheck(Record):
    RECORD_TYPE: ClassVar[str] = "retention_check"
    case_id: str = ""
    checked_on: dt.date | None = None
    job_status: str | None = None
    hours_per_week: float | None = None
    on_benefits: bool | None = None
    meeting_id: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Project(Record):
    RECORD_TYPE: ClassVar[str] = "project"
    name: str = ""
    team: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    target_enrolled: int | None = None
    target_jobs: int | None = None
    target_retained_6m: float | None = None


@dataclass(frozen=True, slots=True)
class CaseTransfer(Record):
    RECORD_TYPE: ClassVar[str] = "case_transfer"
    case_id: str = ""
    direction: str = "til"
    unit: str = ""
    transferred_on: dt.date | None = None
    what_shared: str | None = None
    consent_id: str | None = None


RECORD_CLASSES: dict[str, type[Record]] = {
    cls.RECORD_TYPE: cls
    for cls in (
        Citizen,
        Company,
        Case,
        Meeting,
        ActionItem,
        Agreement,
        Plan,
        Signature,
        Consent,
        FollowUp,
        Conflict,
        AuditEntry,
        Attachment,
        AttachmentChunk,
        Screening,
        SchemeApplication,
        Questionnaire,
        RetentionCheck,
        Project,
        CaseTransfer,
    )
}
