"""I dag: today's and this week's meetings, follow-ups due, overdue action items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.labels import label
from desktop.services.access import Viewer
from desktop.services.cases import mentor_scope, parse_when
from desktop.services.meetings import KIND_FOR_FOLLOW_UP
from desktop.store import Store, queries
from sync.protocol import vocabulary as v

WEEK_DAYS = 7
FOLLOW_UP_HORIZON_DAYS = 7


@dataclass(frozen=True, slots=True)
class AgendaItem:
    when: dt.datetime
    case_id: str
    meeting_id: str | None  # None: a next meeting planned at the previous one, not booked yet
    kind_label: str
    place: str
    citizen_name: str
    company_name: str

    @property
    def planned_only(self) -> bool:
        return self.meeting_id is None


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    id: str
    case_id: str
    kind: str
    kind_label: str
    label: str
    due_date: dt.date
    overdue: bool
    citizen_name: str
    company_name: str
    meeting_kind: str  # the kind of meeting that registers it


@dataclass(frozen=True, slots=True)
class OverdueAction:
    id: str
    case_id: str
    what: str
    owner: str
    owner_label: str
    deadline: dt.date
    days_overdue: int
    citizen_name: str
    company_name: str


@dataclass(frozen=True, slots=True)
class TodayOverview:
    today: dt.date
    meetings_today: tuple[AgendaItem, ...]
    meetings_week: tuple[AgendaItem, ...]  # tomorrow and the six days after
    follow_ups: tuple[DueFollowUp, ...]
    overdue_actions: tuple[OverdueAction, ...]


def agenda(store: Store, *, viewer: Viewer, today: dt.date | None = None
           ) -> tuple[tuple[AgendaItem, ...], tuple[AgendaItem, ...]]:
    """Meetings today, and those from tomorrow on through the coming week."""
    today = today or dt.date.today()
    with store.read() as conn:
        rows = queries.meetings_between(conn, today, today + dt.timedelta(days=WEEK_DAYS + 1),
                                        mentor=mentor_scope(viewer))
    items: list[AgendaItem] = []
    for row in rows:
        when = parse_when(row.when)
        if when is None:
            continue
        items.append(AgendaItem(
            when=when, case_id=row.case_id, meeting_id=row.meeting_id,
            kind_label=label(v.MeetingKind, row.kind) if row.kind else "",
            place=row.place or "", citizen_name=row.citizen_name or "",
            company_name=row.company_name or "",
        ))
    return (tuple(i for i in items if i.when.date() == today),
            tuple(i for i in items if i.when.date() > today))


def follow_ups_due(store: Store, *, viewer: Viewer,
                   today: dt.date | None = None) -> tuple[DueFollowUp, ...]:
    today = today or dt.date.today()
    with store.read() as conn:
        rows = queries.due_follow_ups(conn, today + dt.timedelta(days=FOLLOW_UP_HORIZON_DAYS),
                                      mentor=mentor_scope(viewer))
    due: list[DueFollowUp] = []
    for f in rows:
        date = dt.date.fromisoformat(f.due_date[:10]) if f.due_date else None
        if date is None:
            continue
        kind = f.kind or ""
        due.append(DueFollowUp(
            id=f.id, case_id=f.case_id, kind=kind, kind_label=label(v.FollowUpKind, kind),
            label=f.label or label(v.FollowUpKind, kind), due_date=date, overdue=date < today,
            citizen_name=f.citizen_name or "", company_name=f.company_name or "",
            meeting_kind=KIND_FOR_FOLLOW_UP.get(kind, v.MeetingKind.FOLLOW_UP.value),
        ))
    return tuple(due)


def overdue_actions(store: Store, *, viewer: Viewer,
                    today: dt.date | None = None) -> tuple[OverdueAction, ...]:
    today = today or dt.date.today()
    with store.read() as conn:
        rows = queries.overdue_action_items(conn, today, mentor=mentor_scope(viewer))
    actions = []
    for a in rows:
        deadline = dt.date.fromisoformat(a.deadline[:10]) if a.deadline else today
        actions.append(OverdueAction(
            id=a.id, case_id=a.case_id, what=a.what or "", owner=a.owner or "",
            owner_label=label(v.BallHolder, a.owner), deadline=deadline,
            days_overdue=(today - deadline).days, citizen_name=a.citizen_name or "",
            company_name=a.company_name or "",
        ))
    return tuple(actions)


def today_overview(store: Store, *, viewer: Viewer, today: dt.date | None = None) -> TodayOverview:
    today = today or dt.date.today()
    meetings_today, meetings_week = agenda(store, viewer=viewer, today=today)
    return TodayOverview(
        today=today,
        meetings_today=meetings_today,
        meetings_week=meetings_week,
        follow_ups=follow_ups_due(store, viewer=viewer, today=today),
        overdue_actions=overdue_actions(store, viewer=viewer, today=today),
    )
