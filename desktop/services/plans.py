"""Three-party plans: a new draft, follow-up evaluations, hours planned against hours worked,
and the plan's action items.

Saving, signing and versions are shared with agreements (desktop.services.signing).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.lifecycle import REQUIRED_PARTIES, plan_follow_up_dates
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import ActionItem, FollowUp, HoursPeriod, Plan
from desktop.domain.validation import validate
from desktop.services import documents
from desktop.services.access import Viewer, require_case, require_jobcenter
from desktop.services.changes import Changes
from desktop.services.meetings import ActionEntry
from desktop.services.signing import SigningError, current_versions
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7


def new_plan(store: Store, *, viewer: Viewer, case_id: str) -> Plan:
    require_jobcenter(viewer)
    case = require_case(store, case_id, viewer=viewer)
    agreements = current_versions(store, viewer=viewer, case_id=case_id, kind="agreement")
    return Plan(
        id=uuid7(),
        case_id=case.id,
        version=1,
        status=v.DocumentStatus.DRAFT.value,
        agreement_id=agreements[-1].document.id if agreements else None,
        start_date=case.start_date,
        end_date=case.end_date,
        commitments={p: "" for p in REQUIRED_PARTIES},
    )


def schedule_plan_follow_ups(store: Store, *, viewer: Viewer, plan_id: str) -> Changes:
    """Halfway and final evaluations from the plan's dates, shown in I dag until recorded."""
    require_jobcenter(viewer)
    plan = store.get(Plan, plan_id)
    if plan is None or plan.start_date is None or plan.end_date is None:
        return Changes()
    existing = {(f.kind, f.due_date) for f in store.list(FollowUp, where={"case_id": plan.case_id})}
    with store.batch():
        for kind, due in plan_follow_up_dates(plan.start_date, plan.end_date).items():
            if (kind, due) not in existing:
                store.save(
                    FollowUp(
                        id=uuid7(),
                        case_id=plan.case_id,
                        kind=kind,
                        due_date=due,
                        label=v.FollowUpKind(kind).label,
                    )
                )
    return Changes.of("follow_up", case_ids=[plan.case_id])


@dataclass(frozen=True, slots=True)
class WeekHours:
    week: int
    planned: float | None
    actual: float | None
    paid: float | None = None  # ordinary paid hours beside the praktik hours


def planned_vs_actual(store: Store, *, viewer: Viewer, plan_id: str) -> list[WeekHours]:
    """Per plan week: hours planned by the progression and hours recorded in meetings."""
    plan = store.get(Plan, plan_id)
    if plan is None:
        return []
    require_case(store, plan.case_id, viewer=viewer)
    planned = _planned_by_week(plan.periods)
    paid = {
        w: p.paid_hours_per_week
        for p in plan.periods
        if p.paid_hours_per_week
        for w in range(p.from_week, p.to_week + 1)
    }
    actual = documents.actual_hours_by_week(store, plan)
    last = max([*planned, *actual, 0])
    return [
        WeekHours(w, planned.get(w), actual.get(w), paid.get(w)) for w in range(1, last + 1)
    ]


def _planned_by_week(periods: list[HoursPeriod]) -> dict[int, float]:
    weeks: dict[int, float] = {}
    for p in periods:
        for w in range(p.from_week, p.to_week + 1):
            weeks[w] = p.hours_per_week
    return weeks


def plan_actions(store: Store, *, viewer: Viewer, plan_id: str) -> list[ActionItem]:
    """The plan's action items (what, who holds the ball, deadline, done), oldest first."""
    plan = store.get(Plan, plan_id)
    if plan is None:
        return []
    require_case(store, plan.case_id, viewer=viewer)
    return store.list(ActionItem, where={"plan_id": plan_id}, order_by=("created_at",))


def save_plan_actions(
    store: Store, *, viewer: Viewer, plan_id: str, entries: list[ActionEntry]
) -> Changes:
    """Replace the plan's action items with `entries`, in one transaction.

    Action items are the plan's running to-do list, not its signed content: they stay editable
    (done, new deadline) after the plan is frozen, like the action items of a meeting.
    """
    require_jobcenter(viewer)
    plan = store.get(Plan, plan_id)
    if plan is None:
        raise SigningError([Problem("document.missing", "id", "Planen findes ikke.")])
    require_case(store, plan.case_id, viewer=viewer)
    items = [
        ActionItem(
            id=e.id,
            case_id=plan.case_id,
            plan_id=plan.id,
            what=e.what.strip(),
            owner=e.owner,
            deadline=e.deadline,
            done=e.done,
        )
        for e in entries
        if e.what.strip() or e.deadline
    ]
    problems = [
        Problem(
            p.code, f"action_items[{i}].{p.field}", f"Handling {i + 1}: {p.message}", p.severity
        )
        for i, item in enumerate(items)
        for p in blocking(validate(item))
    ]
    if problems:
        raise ValidationError(problems)
    keep = {item.id for item in items}
    with store.batch():
        for old in store.list(ActionItem, where={"plan_id": plan.id}):
            if old.id not in keep:
                store.delete(ActionItem, old.id)
        for item in items:
            store.save(item)
    return Changes.of("action_item", case_ids=[plan.case_id])
