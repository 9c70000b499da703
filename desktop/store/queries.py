"""Read queries for the application's lists: joined names, today's agenda, overdue work.

SQLAlchemy Core over the catalogue's tables, returning plain frozen rows. They stay fast on a
vault with 10,000 cases and 100,000 meetings: each one walks an index (case_id, starts_at,
next_meeting_at, deadline, due_date) or reads a table once; nothing runs a query per row.

`mentor` limits every query to the cases whose `mentors` list names that user (the mentor scope);
None means the whole vault (jobcenter staff).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, exists, func, not_, or_, select, text
from sqlalchemy.sql import ColumnElement, Select

from desktop.store.schema import RECORD_TABLES

CASE = RECORD_TABLES["case"]
CITIZEN = RECORD_TABLES["citizen"]
COMPANY = RECORD_TABLES["company"]
MEETING = RECORD_TABLES["meeting"]
ACTION_ITEM = RECORD_TABLES["action_item"]
FOLLOW_UP = RECORD_TABLES["follow_up"]

OPEN_CASE_STATUSES = ("planlagt", "aktiv")


@dataclass(frozen=True, slots=True)
class CaseListRow:
    id: str
    title: str | None
    citizen_id: str | None
    citizen_name: str | None
    company_id: str | None
    company_name: str | None
    scheme: str | None
    status: str | None
    consultant: str | None
    start_date: str | None
    end_date: str | None


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """A meeting on the agenda: held or booked (`meeting_id`), or only planned as a next meeting."""

    when: str
    case_id: str
    meeting_id: str | None
    kind: str | None
    place: str | None
    planned_only: bool
    case_title: str | None
    citizen_name: str | None
    company_name: str | None


@dataclass(frozen=True, slots=True)
class ActionItemRow:
    id: str
    case_id: str
    meeting_id: str | None
    what: str | None
    owner: str | None
    deadline: str | None
    citizen_name: str | None
    company_name: str | None


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: str
    case_id: str
    kind: str | None
    due_date: str | None
    label: str | None
    citizen_name: str | None
    company_name: str | None
    case_status: str | None


@dataclass(frozen=True, slots=True)
class CompanyListRow:
    id: str
    name: str | None
    cvr: str | None
    address: str | None
    phone: str | None
    open_cases: int


@dataclass(frozen=True, slots=True)
class CitizenListRow:
    id: str
    name: str | None
    cpr: str | None
    phone: str | None
    email: str | None
    open_cases: int


def mentor_condition(username: str) -> ColumnElement[bool]:
    """`case_.mentors` (a JSON list of usernames) names `username`."""
    mentors = func.json_each(CASE.c.mentors).table_valued("value")
    return exists(select(1).select_from(mentors).where(mentors.c.value == username))


def _scoped(query: Select[Any], mentor: str | None) -> Select[Any]:
    query = query.where(CASE.c.deleted == 0)
    if mentor is not None:
        query = query.where(mentor_condition(mentor))
    return query


def _names_join() -> Any:
    return CASE.outerjoin(CITIZEN, CITIZEN.c.id == CASE.c.citizen_id).outerjoin(
        COMPANY, COMPANY.c.id == CASE.c.company_id
    )


# -- cases ---------------------------------------------------------------------------------------


# The columns of a CaseListRow, in its field order.
_CASE_ROW = (
    CASE.c.id,
    CASE.c.title,
    CASE.c.citizen_id,
    CITIZEN.c.name,
    CASE.c.company_id,
    COMPANY.c.name,
    CASE.c.scheme,
    CASE.c.status,
    CASE.c.consultant,
    CASE.c.start_date,
    CASE.c.end_date,
)


def case_list(
    conn: Connection, *, mentor: str | None = None, case_ids: Iterable[str] | None = None
) -> list[CaseListRow]:
    query = select(*_CASE_ROW).select_from(_names_join())
    query = _scoped(query, mentor)
    if case_ids is not None:
        query = query.where(CASE.c.id.in_(list(case_ids)))
    return [CaseListRow(*row) for row in conn.execute(query.order_by(CASE.c.start_date.desc()))]


def visible_case_ids(conn: Connection, *, mentor: str | None) -> list[str]:
    query = _scoped(select(CASE.c.id), mentor).order_by(CASE.c.id)
    return [row[0] for row in conn.execute(query)]


def consultants(conn: Connection, *, mentor: str | None = None) -> list[str]:
    query = _scoped(select(CASE.c.consultant).distinct(), mentor).where(
        CASE.c.consultant.is_not(None)
    )
    return sorted(row[0] for row in conn.execute(query) if row[0])


def search_texts(
    conn: Connection, case_ids: Sequence[str], *, fields: dict[str, Sequence[str]]
) -> dict[str, list[str]]:
    """The searchable text of each case: its own fields, its citizen's, its company's, its
    meetings' and action items'. `fields` names, per record type, the columns to read (the
    caller leaves out what the viewer may not see)."""
    texts: dict[str, list[str]] = {cid: [] for cid in case_ids}
    if not case_ids:
        return texts
    ids = list(case_ids)

    def cols(table: Any, record_type: str) -> list[Any]:
        return [table.c[name] for name in fields.get(record_type, ())]

    case_cols = cols(CASE, "case")
    citizen_cols = cols(CITIZEN, "citizen")
    company_cols = cols(COMPANY, "company")
    query = (
        select(CASE.c.id, *case_cols, *citizen_cols, *company_cols)
        .select_from(_names_join())
        .where(CASE.c.id.in_(ids))
    )
    for row in conn.execute(query):
        texts[row[0]].extend(str(value) for value in row[1:] if value)
    for table, record_type in ((MEETING, "meeting"), (ACTION_ITEM, "action_item")):
        columns = cols(table, record_type)
        if not columns:
            continue
        query = select(table.c.case_id, *columns).where(
            table.c.case_id.in_(ids), table.c.deleted == 0
        )
        for row in conn.execute(query):
            texts[row[0]].extend(str(value) for value in row[1:] if value)
    return texts


def case_ids_of(
    conn: Connection, *, citizen_id: str | None = None, company_id: str | None = None
) -> list[str]:
    query = select(CASE.c.id).where(CASE.c.deleted == 0)
    if citizen_id is not None:
        query = query.where(CASE.c.citizen_id == citizen_id)
    if company_id is not None:
        query = query.where(CASE.c.company_id == company_id)
    return [row[0] for row in conn.execute(query)]


# -- the agenda (I dag) --------------------------------------------------------------------------


def meetings_between(
    conn: Connection, start: dt.date, end: dt.date, *, mentor: str | None = None
) -> list[AgendaRow]:
    """Meetings held or booked from `start` up to (not including) `end`, plus next meetings that
    the latest meeting of a case planned in that window."""
    lo, hi = start.isoformat(), end.isoformat()
    held = _scoped(
        select(
            MEETING.c.starts_at,
            MEETING.c.case_id,
            MEETING.c.id,
            MEETING.c.kind,
            MEETING.c.place,
            CASE.c.title,
            CITIZEN.c.name,
            COMPANY.c.name,
        ).select_from(
            MEETING.join(CASE, CASE.c.id == MEETING.c.case_id)
            .outerjoin(CITIZEN, CITIZEN.c.id == CASE.c.citizen_id)
            .outerjoin(COMPANY, COMPANY.c.id == CASE.c.company_id)
        ),
        mentor,
    ).where(MEETING.c.deleted == 0, MEETING.c.starts_at >= lo, MEETING.c.starts_at < hi)
    rows = [
        AgendaRow(r[0], r[1], r[2], r[3], r[4], False, r[5], r[6], r[7]) for r in conn.execute(held)
    ]

    later = MEETING.alias("later")
    planned = _scoped(
        select(
            MEETING.c.next_meeting_at,
            MEETING.c.case_id,
            MEETING.c.place,
            CASE.c.title,
            CITIZEN.c.name,
            COMPANY.c.name,
        ).select_from(
            MEETING.join(CASE, CASE.c.id == MEETING.c.case_id)
            .outerjoin(CITIZEN, CITIZEN.c.id == CASE.c.citizen_id)
            .outerjoin(COMPANY, COMPANY.c.id == CASE.c.company_id)
        ),
        mentor,
    ).where(
        MEETING.c.deleted == 0,
        MEETING.c.next_meeting_at >= lo,
        MEETING.c.next_meeting_at < hi,
        # Only the latest meeting's plan counts: a later meeting replaces (or is) that plan.
        not_(
            exists(
                select(1).where(
                    later.c.case_id == MEETING.c.case_id,
                    later.c.deleted == 0,
                    later.c.starts_at > MEETING.c.starts_at,
                )
            )
        ),
    )
    booked = {(r.case_id, r.when[:10]) for r in rows}
    for when, case_id, place, title, citizen, company in conn.execute(planned):
        if (case_id, when[:10]) in booked:
            continue
        rows.append(AgendaRow(when, case_id, None, None, place, True, title, citizen, company))
    rows.sort(key=lambda r: r.when)
    return rows


def overdue_action_items(
    conn: Connection, today: dt.date, *, mentor: str | None = None
) -> list[ActionItemRow]:
    query = (
        _scoped(
            select(
                ACTION_ITEM.c.id,
                ACTION_ITEM.c.case_id,
                ACTION_ITEM.c.meeting_id,
                ACTION_ITEM.c.what,
                ACTION_ITEM.c.owner,
                ACTION_ITEM.c.deadline,
                CITIZEN.c.name,
                COMPANY.c.name,
            ).select_from(
                ACTION_ITEM.join(CASE, CASE.c.id == ACTION_ITEM.c.case_id)
                .outerjoin(CITIZEN, CITIZEN.c.id == CASE.c.citizen_id)
                .outerjoin(COMPANY, COMPANY.c.id == CASE.c.company_id)
            ),
            mentor,
        )
        .where(
            ACTION_ITEM.c.deleted == 0,
            ACTION_ITEM.c.deadline < today.isoformat(),
            or_(ACTION_ITEM.c.done.is_(None), ACTION_ITEM.c.done == 0),
            CASE.c.status.in_(OPEN_CASE_STATUSES),
        )
        .order_by(ACTION_ITEM.c.deadline)
    )
    return [ActionItemRow(*row) for row in conn.execute(query)]


def due_follow_ups(
    conn: Connection, until: dt.date, *, mentor: str | None = None
) -> list[FollowUpRow]:
    """Follow-ups due on or before `until` that no meeting has registered yet: halfway and final
    evaluations of open cases, and efterværn (which runs after a case has closed)."""
    query = (
        _scoped(
            select(
                FOLLOW_UP.c.id,
                FOLLOW_UP.c.case_id,
                FOLLOW_UP.c.kind,
                FOLLOW_UP.c.due_date,
                FOLLOW_UP.c.label,
                CITIZEN.c.name,
                COMPANY.c.name,
                CASE.c.status,
            ).select_from(
                FOLLOW_UP.join(CASE, CASE.c.id == FOLLOW_UP.c.case_id)
                .outerjoin(CITIZEN, CITIZEN.c.id == CASE.c.citizen_id)
                .outerjoin(COMPANY, COMPANY.c.id == CASE.c.company_id)
            ),
            mentor,
        )
        .where(
            FOLLOW_UP.c.deleted == 0,
            FOLLOW_UP.c.meeting_id.is_(None),
            FOLLOW_UP.c.due_date <= until.isoformat(),
            or_(
                CASE.c.status.in_(OPEN_CASE_STATUSES),
                and_(FOLLOW_UP.c.kind == "eftervaern", CASE.c.status == "afsluttet"),
            ),
        )
        .order_by(FOLLOW_UP.c.due_date)
    )
    return [FollowUpRow(*row) for row in conn.execute(query)]


def open_follow_up(conn: Connection, case_id: str, kind: str) -> str | None:
    """The earliest follow-up of `kind` on a case that no meeting has registered yet."""
    query = (
        select(FOLLOW_UP.c.id)
        .where(
            FOLLOW_UP.c.case_id == case_id,
            FOLLOW_UP.c.kind == kind,
            FOLLOW_UP.c.deleted == 0,
            FOLLOW_UP.c.meeting_id.is_(None),
        )
        .order_by(FOLLOW_UP.c.due_date)
        .limit(1)
    )
    return conn.execute(query).scalar()


# -- companies and citizens ----------------------------------------------------------------------


def _open_cases_by(column: Any, mentor: str | None) -> Any:
    query = (
        _scoped(select(column.label("ref"), func.count().label("n")), mentor)
        .where(CASE.c.status.in_(OPEN_CASE_STATUSES))
        .group_by(column)
    )
    return query.subquery()


def company_list(conn: Connection, *, mentor: str | None = None) -> list[CompanyListRow]:
    counts = _open_cases_by(CASE.c.company_id, mentor)
    query = (
        select(
            COMPANY.c.id,
            COMPANY.c.name,
            COMPANY.c.cvr,
            COMPANY.c.address,
            COMPANY.c.phone,
            func.coalesce(counts.c.n, 0),
        )
        .select_from(COMPANY.outerjoin(counts, counts.c.ref == COMPANY.c.id))
        .where(COMPANY.c.deleted == 0)
    )
    if mentor is not None:
        query = query.where(COMPANY.c.id.in_(_scoped(select(CASE.c.company_id), mentor)))
    return [CompanyListRow(*row) for row in conn.execute(query.order_by(COMPANY.c.name))]


def citizen_list(
    conn: Connection, *, mentor: str | None = None, hidden: Sequence[str] = ()
) -> list[CitizenListRow]:
    """Citizens with their open cases; columns in `hidden` are not even read."""
    counts = _open_cases_by(CASE.c.citizen_id, mentor)
    cpr = CITIZEN.c.cpr if "cpr" not in hidden else text("NULL")
    query = (
        select(
            CITIZEN.c.id,
            CITIZEN.c.name,
            cpr,
            CITIZEN.c.phone,
            CITIZEN.c.email,
            func.coalesce(counts.c.n, 0),
        )
        .select_from(CITIZEN.outerjoin(counts, counts.c.ref == CITIZEN.c.id))
        .where(CITIZEN.c.deleted == 0)
    )
    if mentor is not None:
        query = query.where(CITIZEN.c.id.in_(_scoped(select(CASE.c.citizen_id), mentor)))
    return [CitizenListRow(*row) for row in conn.execute(query.order_by(CITIZEN.c.name))]


def cases_of(
    conn: Connection,
    *,
    citizen_id: str | None = None,
    company_id: str | None = None,
    mentor: str | None = None,
) -> list[CaseListRow]:
    query = select(*_CASE_ROW).select_from(_names_join())
    query = _scoped(query, mentor)
    if citizen_id is not None:
        query = query.where(CASE.c.citizen_id == citizen_id)
    if company_id is not None:
        query = query.where(CASE.c.company_id == company_id)
    return [CaseListRow(*row) for row in conn.execute(query.order_by(CASE.c.start_date.desc()))]
