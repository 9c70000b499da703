"""I dag: today's and this week's meetings, follow-ups due, action items overdue or due this week.

Each list shows the viewer's own cases by default (`Scope.MINE`: cases where they are the
consultant or a mentor) or the whole team's (`Scope.TEAM`); a mentor only ever sees the cases
they mentor. Every action item says who holds the ball, with the person's name where the case
knows it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, select

from desktop.domain.labels import label
from desktop.services.access import Viewer
from desktop.services.cases import mentor_scope, parse_when
from desktop.services.companies import DueCompany, companies_due
from desktop.services.meetings import KIND_FOR_FOLLOW_UP
from desktop.store import Store, queries
from sync.protocol import vocabulary as v

WEEK_DAYS = 7
FOLLOW_UP_HORIZON_DAYS = 7
ACTION_HORIZON_DAYS = 7  # open action items due from today on through the coming week


class Scope(StrEnum):
    MINE = "mine"  # cases where I am the consultant or a mentor
    TEAM = "team"  # every case I may see


@dataclass(frozen=True, slots=True)
class CasePeople:
    """Who works on a case, for "who holds the ball" and the Mine filter."""

    consultant: str
    mentors: tuple[str, ...]
    citizen_name: str
    company_contact: str  # the company's first contact person ('' if none recorded)

    def involves(self, username: str) -> bool:
        return username == self.consultant or username in self.mentors

    def ball_holder_name(self, owner: str) -> str:
        """The name of the person holding the ball, where the case knows it."""
        if owner == v.BallHolder.CITIZEN.value:
            return self.citizen_name
        if owner == v.BallHolder.COMPANY.value:
            return self.company_contact
        if owner == v.BallHolder.JOBCENTER.value:
            return self.consultant
        if owner == v.BallHolder.MENTOR.value:
            return ", ".join(self.mentors)
        return ""


def _json_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return list(value) if isinstance(value, list) else []


def case_people(conn: Connection, case_ids: Iterable[str]) -> dict[str, CasePeople]:
    """One query for all the cases the lists name (a list never queries per row)."""
    ids = sorted(set(case_ids))
    if not ids:
        return {}
    case, citizen, company = queries.CASE, queries.CITIZEN, queries.COMPANY
    query = (
        select(case.c.id, case.c.consultant, case.c.mentors, citizen.c.name, company.c.contacts)
        .select_from(
            case.outerjoin(citizen, citizen.c.id == case.c.citizen_id).outerjoin(
                company, company.c.id == case.c.company_id
            )
        )
        .where(case.c.id.in_(ids))
    )
    people: dict[str, CasePeople] = {}
    for case_id, consultant, mentors, citizen_name, contacts in conn.execute(query):
        contact_names = [
            str(c.get("name") or "") for c in _json_list(contacts) if isinstance(c, dict)
        ]
        people[case_id] = CasePeople(
            consultant=consultant or "",
            mentors=tuple(str(m) for m in _json_list(mentors)),
            citizen_name=citizen_name or "",
            company_contact=next((n for n in contact_names if n), ""),
        )
    return people


def cases_in_scope(
    case_ids: Iterable[str], people: dict[str, CasePeople], *, viewer: Viewer, scope: Scope
) -> set[str]:
    ids = set(case_ids)
    if scope is Scope.TEAM:
        return ids
    return {cid for cid in ids if cid in people and people[cid].involves(viewer.username)}


@dataclass(frozen=True, slots=True)
class AgendaItem:
    when: dt.datetime
    case_id: str
    meeting_id: str | None  # None: a next meeting planned at the previous one, not booked yet
    kind_label: str
    place: str
    citizen_name: str
    company_name: str
    case_title: str = ""

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
    consultant: str = ""  # the case's consultant: the jobcenter participant of that meeting


@dataclass(frozen=True, slots=True)
class DueAction:
    """An open action item past its deadline, or due within the coming week."""

    id: str
    case_id: str
    what: str
    owner: str
    owner_label: str
    deadline: dt.date
    days_overdue: int  # negative: days left
    citizen_name: str
    company_name: str
    owner_name: str = ""  # the person holding the ball, where known

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True, slots=True)
class TodayOverview:
    today: dt.date
    meetings_today: tuple[AgendaItem, ...]
    meetings_week: tuple[AgendaItem, ...]  # tomorrow and the six days after
    follow_ups: tuple[DueFollowUp, ...]
    actions: tuple[DueAction, ...]  # overdue first, then due this week

    @property
    def overdue_actions(self) -> tuple[DueAction, ...]:
        return tuple(a for a in self.actions if a.overdue)


def agenda(
    store: Store, *, viewer: Viewer, today: dt.date | None = None, scope: Scope = Scope.MINE
) -> tuple[tuple[AgendaItem, ...], tuple[AgendaItem, ...]]:
    """Meetings today, and those from tomorrow on through the coming week."""
    today = today or dt.date.today()
    with store.read() as conn:
        rows = queries.meetings_between(
            conn, today, today + dt.timedelta(days=WEEK_DAYS + 1), mentor=mentor_scope(viewer)
        )
        people = case_people(conn, (r.case_id for r in rows)) if scope is Scope.MINE else {}
    shown = cases_in_scope((r.case_id for r in rows), people, viewer=viewer, scope=scope)
    items: list[AgendaItem] = []
    for row in rows:
        when = parse_when(row.when)
        if when is None or row.case_id not in shown:
            continue
        items.append(
            AgendaItem(
                when=when,
                case_id=row.case_id,
                meeting_id=row.meeting_id,
                kind_label=label(v.MeetingKind, row.kind) if row.kind else "",
                place=row.place or "",
                citizen_name=row.citizen_name or "",
                company_name=row.company_name or "",
                case_title=row.case_title or "",
            )
        )
    return (
        tuple(i for i in items if i.when.date() == today),
        tuple(i for i in items if i.when.date() > today),
    )


def follow_ups_due(
    store: Store, *, viewer: Viewer, today: dt.date | None = None, scope: Scope = Scope.MINE
) -> tuple[DueFollowUp, ...]:
    today = today or dt.date.today()
    with store.read() as conn:
        rows = queries.due_follow_ups(
            conn, today + dt.timedelta(days=FOLLOW_UP_HORIZON_DAYS), mentor=mentor_scope(viewer)
        )
        people = case_people(conn, (f.case_id for f in rows))
    shown = cases_in_scope((f.case_id for f in rows), people, viewer=viewer, scope=scope)
    due: list[DueFollowUp] = []
    for f in rows:
        date = dt.date.fromisoformat(f.due_date[:10]) if f.due_date else None
        if date is None or f.case_id not in shown:
            continue
        who = people.get(f.case_id)
        kind = f.kind or ""
        due.append(
            DueFollowUp(
                id=f.id,
                case_id=f.case_id,
                kind=kind,
                kind_label=label(v.FollowUpKind, kind),
                label=f.label or label(v.FollowUpKind, kind),
                due_date=date,
                overdue=date < today,
                citizen_name=f.citizen_name or "",
                company_name=f.company_name or "",
                meeting_kind=KIND_FOR_FOLLOW_UP.get(kind, v.MeetingKind.FOLLOW_UP.value),
                consultant=who.consultant if who else "",
            )
        )
    return tuple(due)


def due_actions(
    store: Store, *, viewer: Viewer, today: dt.date | None = None, scope: Scope = Scope.MINE
) -> tuple[DueAction, ...]:
    """Open action items overdue or due by the end of the coming week, the oldest first."""
    today = today or dt.date.today()
    # The query's bound is exclusive ("deadline before"): the day after the horizon.
    until = today + dt.timedelta(days=ACTION_HORIZON_DAYS + 1)
    with store.read() as conn:
        rows = queries.overdue_action_items(conn, until, mentor=mentor_scope(viewer))
        people = case_people(conn, (a.case_id for a in rows))
    shown = cases_in_scope((a.case_id for a in rows), people, viewer=viewer, scope=scope)
    actions = []
    for a in rows:
        if a.case_id not in shown:
            continue
        deadline = dt.date.fromisoformat(a.deadline[:10]) if a.deadline else today
        owner = a.owner or ""
        who = people.get(a.case_id)
        actions.append(
            DueAction(
                id=a.id,
                case_id=a.case_id,
                what=a.what or "",
                owner=owner,
                owner_label=label(v.BallHolder, a.owner),
                deadline=deadline,
                days_overdue=(today - deadline).days,
                citizen_name=a.citizen_name or "",
                company_name=a.company_name or "",
                owner_name=who.ball_holder_name(owner) if who else "",
            )
        )
    return tuple(actions)


def today_overview(
    store: Store, *, viewer: Viewer, today: dt.date | None = None, scope: Scope = Scope.MINE
) -> TodayOverview:
    today = today or dt.date.today()
    meetings_today, meetings_week = agenda(store, viewer=viewer, today=today, scope=scope)
    return TodayOverview(
        today=today,
        meetings_today=meetings_today,
        meetings_week=meetings_week,
        follow_ups=follow_ups_due(store, viewer=viewer, today=today, scope=scope),
        actions=due_actions(store, viewer=viewer, today=today, scope=scope),
    )


def companies_to_contact(
    store: Store, *, viewer: Viewer, today: dt.date | None = None
) -> list[DueCompany]:
    """I dag's companies due for contact (the next contact agreed at the latest contact falls
    within the coming week or is past); none for a mentor."""
    return companies_due(store, viewer=viewer, today=today)
