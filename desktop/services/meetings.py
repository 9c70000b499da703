"""Workplace meetings (møder) with their action items: the form, validation, saving and drafts.

A meeting and its action items are saved in one transaction, together with discarding the
form's autosaved draft. A restricted viewer (mentor, hand-over) never receives the meeting's
hidden fields, and saving their form keeps the stored values of those fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.problems import Problem, Severity, ValidationError, blocking
from desktop.domain.records import ActionItem, Citizen, Company, FollowUp, Meeting, Plan
from desktop.domain.validation import validate
from desktop.services.access import Viewer, hidden_fields, keep_hidden, redact, require_case
from desktop.services.cases import case_title
from desktop.services.changes import Changes
from desktop.services.projects import EVALUATION_KINDS, reference_meeting_problems
from desktop.services.retention import (
    RetentionEntry,
    meeting_retention,
    retention_from_meeting,
    validate_retention_check,
)
from desktop.services.signing import consultant_full_name
from desktop.store import RecordNotFound, Store, queries
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

# Registering a meeting of these kinds completes the case's open follow-up of the matching kind.
FOLLOW_UP_FOR_KIND = {
    v.MeetingKind.MIDWAY.value: v.FollowUpKind.HALFWAY.value,
    v.MeetingKind.FINAL.value: v.FollowUpKind.END.value,
    v.MeetingKind.AFTERCARE.value: v.FollowUpKind.AFTERCARE.value,
}
KIND_FOR_FOLLOW_UP = {fu: kind for kind, fu in FOLLOW_UP_FOR_KIND.items()}


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """One action item as the form edits it."""

    id: str
    what: str = ""
    owner: str = v.BallHolder.JOBCENTER.value
    deadline: dt.date | None = None
    done: bool = False

    @classmethod
    def new(cls) -> ActionEntry:
        return cls(id=uuid7())


@dataclass(frozen=True, slots=True)
class MeetingContext:
    """What the form shows about the case, read-only."""

    case_id: str
    title: str
    citizen_name: str
    company_name: str
    suggested_participants: tuple[tuple[str, str], ...] = ()  # (name, role)
    group: str | None = None  # the case's group: a reference case records no evaluation
    plan_consequence: str = ""  # the current plan's agreed consequence, offered at evaluation
    job_start: dt.date | None = None


def current_plan(store: Store, case_id: str) -> Plan | None:
    """The plan in force: the signed version not superseded, else the newest draft."""
    plans = [
        p
        for p in store.list(Plan, where={"case_id": case_id})
        if p.status != v.DocumentStatus.SUPERSEDED.value
    ]
    signed = [p for p in plans if p.status == v.DocumentStatus.SIGNED.value]
    pool = signed or plans
    return max(pool, key=lambda p: p.version) if pool else None


@dataclass(frozen=True, slots=True)
class MeetingForm:
    meeting: Meeting
    action_items: tuple[ActionEntry, ...]
    context: MeetingContext
    is_new: bool
    hidden: frozenset[str] = field(default_factory=frozenset)
    # The job status recorded at an efterværn meeting (a retention_check with meeting_id).
    retention: RetentionEntry | None = None

    @property
    def draft_key(self) -> str:
        return draft_key(self.meeting.id)

    @property
    def evaluates(self) -> bool:
        """A praktik's halfway or end evaluation (or a meeting that recorded a verdict)."""
        m = self.meeting
        return m.kind in EVALUATION_KINDS or any(
            getattr(m, n) is not None
            for n in ("manages_tasks", "company_benefit", "next_step", "hire_hours_per_week")
        )

    @property
    def records_retention(self) -> bool:
        return self.meeting.kind == v.MeetingKind.AFTERCARE.value or (
            self.retention is not None and not self.retention.blank
        )

    def with_values(self, **changes: Any) -> MeetingForm:
        return dataclasses.replace(self, **changes)


def draft_key(meeting_id: str) -> str:
    return f"meeting:{meeting_id}"


def _context(store: Store, case_id: str, *, viewer: Viewer) -> MeetingContext:
    case = require_case(store, case_id, viewer=viewer)
    citizen = store.get(Citizen, case.citizen_id) if case.citizen_id else None
    company = store.get(Company, case.company_id) if case.company_id else None
    suggested: list[tuple[str, str]] = []
    if citizen:
        suggested.append((citizen.name, v.BallHolder.CITIZEN.value))
    if company:
        for contact in company.contact_persons():
            suggested.append((contact.name, v.BallHolder.COMPANY.value))
    if case.consultant:
        # The case's consultant, whoever opens the form (a colleague registering my follow-up
        # puts me there, not themself); my own printed name where I have signed with it.
        own = case.consultant == viewer.username and consultant_full_name(store)
        suggested.append((own or case.consultant, v.BallHolder.JOBCENTER.value))
    for mentor in case.mentors or []:
        suggested.append((mentor, v.BallHolder.MENTOR.value))
    plan = current_plan(store, case_id)
    return MeetingContext(
        case_id=case_id,
        title=case_title(case, citizen, company),
        citizen_name=citizen.name if citizen else "",
        company_name=company.name if company else "",
        suggested_participants=tuple(suggested),
        group=case.group,
        plan_consequence=(plan.consequence or "") if plan else "",
        job_start=case.job_start_date,
    )


def default_start(now: dt.datetime | None = None) -> dt.datetime:
    """Now, rounded down to the quarter hour, as local time with its offset."""
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    now = now.replace(minute=now.minute - now.minute % 15)
    return now.astimezone()


def new_meeting_form(
    store: Store,
    *,
    viewer: Viewer,
    case_id: str,
    kind: str | None = None,
    starts_at: dt.datetime | None = None,
) -> MeetingForm:
    context = _context(store, case_id, viewer=viewer)
    meeting = Meeting(
        id=uuid7(),
        case_id=case_id,
        kind=kind or v.MeetingKind.FOLLOW_UP.value,
        starts_at=starts_at or default_start(),
        participants=[{"name": n, "role": r} for n, r in context.suggested_participants],
    )
    return MeetingForm(
        meeting=redact(meeting, viewer=viewer),
        action_items=(),
        context=context,
        is_new=True,
        hidden=hidden_fields("meeting", viewer=viewer),
        retention=None if viewer.is_mentor else RetentionEntry(id=uuid7()),
    )


def load_meeting_form(store: Store, *, viewer: Viewer, meeting_id: str) -> MeetingForm:
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        raise RecordNotFound("meeting", meeting_id)
    context = _context(store, meeting.case_id, viewer=viewer)
    items = store.list(ActionItem, where={"meeting_id": meeting_id}, order_by=("created_at",))
    store.audit(
        v.AuditAction.VIEW, record_type="meeting", record_id=meeting_id, case_id=meeting.case_id
    )
    return MeetingForm(
        meeting=redact(meeting, viewer=viewer),
        action_items=tuple(
            ActionEntry(id=a.id, what=a.what, owner=a.owner, deadline=a.deadline, done=bool(a.done))
            for a in items
        ),
        context=context,
        is_new=False,
        hidden=hidden_fields("meeting", viewer=viewer),
        retention=(
            None
            if viewer.is_mentor
            else meeting_retention(store, meeting_id) or RetentionEntry(id=uuid7())
        ),
    )


def _action_item(form: MeetingForm, entry: ActionEntry) -> ActionItem:
    return ActionItem(
        id=entry.id,
        case_id=form.meeting.case_id,
        meeting_id=form.meeting.id,
        what=entry.what.strip(),
        owner=entry.owner,
        deadline=entry.deadline,
        done=entry.done,
    )


def _is_blank(entry: ActionEntry) -> bool:
    return not entry.what.strip() and entry.deadline is None and not entry.done


def validate_meeting_form(form: MeetingForm) -> list[Problem]:
    """The meeting's problems by field, and each action item's as `action_items[i].<field>`."""
    problems = list(validate(form.meeting))
    problems += reference_meeting_problems(form.meeting, form.context.group)
    if form.retention is not None and not form.retention.blank:
        check = retention_from_meeting(form.meeting, form.retention)
        problems += [
            Problem(p.code, f"retention.{p.field}", p.message, p.severity)
            for p in validate_retention_check(check)
        ]
    for i, entry in enumerate(form.action_items):
        if _is_blank(entry):
            continue  # an empty row the user added and left: ignored, not an error
        for p in validate(_action_item(form, entry)):
            problems.append(
                Problem(
                    p.code,
                    f"action_items[{i}].{p.field}",
                    f"Handling {i + 1}: {p.message}",
                    p.severity,
                )
            )
        if (
            entry.deadline
            and form.meeting.starts_at
            and not entry.done
            and entry.deadline < form.meeting.starts_at.date()
        ):
            problems.append(
                Problem(
                    "action.deadline",
                    f"action_items[{i}].deadline",
                    f"Handling {i + 1}: fristen ligger før mødet.",
                    severity=Severity.NOTICE,
                )
            )
    return problems


def save_meeting_form(store: Store, *, viewer: Viewer, form: MeetingForm) -> Changes:
    """Save the meeting and its action items in one transaction; discard the form's draft.

    Action items removed from the form are deleted (tombstoned). A new midway, final or
    efterværn meeting completes the case's earliest open follow-up of that kind.
    """
    problems = validate_meeting_form(form)
    if blocking(problems):
        raise ValidationError(problems)
    meeting = form.meeting
    require_case(store, meeting.case_id, viewer=viewer)
    stored = store.get(Meeting, meeting.id)
    if stored is not None and stored.case_id != meeting.case_id:
        raise ValidationError(
            [Problem("meeting.case", "case_id", "Mødet hører til et andet forløb.")]
        )
    meeting = keep_hidden(meeting, stored, viewer=viewer)
    if (
        stored is not None
        and stored.starts_at is not None
        and meeting.starts_at is not None
        and _same_wall_clock(stored.starts_at, meeting.starts_at)
    ):
        meeting = meeting.replace(starts_at=stored.starts_at)  # no spurious field write
    if (
        stored is not None
        and stored.next_meeting_at is not None
        and meeting.next_meeting_at is not None
        and _same_wall_clock(stored.next_meeting_at, meeting.next_meeting_at)
    ):
        meeting = meeting.replace(next_meeting_at=stored.next_meeting_at)

    kept = [e for e in form.action_items if not _is_blank(e)]
    existing = {a.id for a in store.list(ActionItem, where={"meeting_id": meeting.id})}
    with store.batch() as conn:
        store.save(meeting)
        for entry in kept:
            store.save(_action_item(form, entry))
        for removed in existing - {e.id for e in kept}:
            store.delete(ActionItem, removed)
        touched = {"meeting", "action_item"}
        if form.retention is not None and not viewer.is_mentor:
            check = retention_from_meeting(meeting, form.retention)
            existing_check = store.get(type(check), check.id)
            if not form.retention.blank:
                if existing_check is not None:
                    # A note added on the case's Fastholdelse tab stays.
                    check = check.replace(note=existing_check.note)
                store.save(check)
                touched.add("retention_check")
            elif existing_check is not None:
                store.delete(type(check), check.id)  # the status was cleared on the form
                touched.add("retention_check")
        follow_up_kind = FOLLOW_UP_FOR_KIND.get(meeting.kind)
        if stored is None and follow_up_kind:
            follow_up_id = queries.open_follow_up(conn, meeting.case_id, follow_up_kind)
            if follow_up_id:
                follow_up = store.get(FollowUp, follow_up_id)
                if follow_up is not None:
                    store.save(follow_up.replace(meeting_id=meeting.id))
                    touched.add("follow_up")
        store.discard_draft(form.draft_key)
    return Changes.of(*touched, case_ids=[meeting.case_id], drafts=True)


def _same_wall_clock(a: dt.datetime, b: dt.datetime) -> bool:
    def naive(x: dt.datetime) -> dt.datetime:
        return x.astimezone().replace(tzinfo=None) if x.tzinfo else x

    return naive(a) == naive(b)


def delete_meeting(store: Store, *, viewer: Viewer, meeting_id: str) -> Changes:
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        return Changes()
    require_case(store, meeting.case_id, viewer=viewer)
    with store.batch():
        for item in store.list(ActionItem, where={"meeting_id": meeting_id}):
            store.delete(ActionItem, item.id)
        store.delete(Meeting, meeting_id)
        store.discard_draft(draft_key(meeting_id))
    return Changes.of("meeting", "action_item", case_ids=[meeting.case_id], drafts=True)


def set_action_done(store: Store, *, viewer: Viewer, action_item_id: str, done: bool) -> Changes:
    item = store.get(ActionItem, action_item_id)
    if item is None:
        return Changes()
    require_case(store, item.case_id, viewer=viewer)
    store.save(item.replace(done=done))
    return Changes.of("action_item", case_ids=[item.case_id])


# -- drafts --------------------------------------------------------------------------------------


def form_payload(form: MeetingForm) -> dict[str, Any]:
    """The form as JSON-able values, for the encrypted draft table."""
    return {
        "form": "meeting",
        "is_new": form.is_new,
        "meeting": {"id": form.meeting.id, **form.meeting.to_values()},
        "action_items": [
            {
                "id": e.id,
                "what": e.what,
                "owner": e.owner,
                "deadline": e.deadline.isoformat() if e.deadline else None,
                "done": e.done,
            }
            for e in form.action_items
        ],
        "title": form.context.title,
        "retention": (
            None
            if form.retention is None
            else {
                "id": form.retention.id,
                "job_status": form.retention.job_status,
                "hours_per_week": form.retention.hours_per_week,
                "on_benefits": form.retention.on_benefits,
            }
        ),
    }


def form_from_payload(store: Store, *, viewer: Viewer, payload: dict[str, Any]) -> MeetingForm:
    values = dict(payload["meeting"])
    meeting = Meeting.from_values(values.pop("id"), values)
    context = _context(store, meeting.case_id, viewer=viewer)
    entries = tuple(
        ActionEntry(
            id=a["id"],
            what=a.get("what") or "",
            owner=a.get("owner") or v.BallHolder.JOBCENTER.value,
            deadline=dt.date.fromisoformat(a["deadline"]) if a.get("deadline") else None,
            done=bool(a.get("done")),
        )
        for a in payload.get("action_items", [])
    )
    r = payload.get("retention")
    retention = (
        RetentionEntry(
            id=r["id"],
            job_status=r.get("job_status"),
            hours_per_week=r.get("hours_per_week"),
            on_benefits=r.get("on_benefits"),
        )
        if isinstance(r, dict) and not viewer.is_mentor
        else None
    )
    return MeetingForm(
        meeting=redact(meeting, viewer=viewer),
        action_items=entries,
        context=context,
        is_new=bool(payload.get("is_new")),
        hidden=hidden_fields("meeting", viewer=viewer),
        retention=retention,
    )


def save_form_draft(store: Store, *, form: MeetingForm) -> Changes:
    store.save_draft(
        form.draft_key,
        record_type="meeting",
        record_id=form.meeting.id,
        case_id=form.meeting.case_id,
        payload=form_payload(form),
    )
    return Changes(drafts=True)
