"""Meetings and follow-ups as iCalendar (RFC 5545), so they show in the consultant's Outlook.

A calendar is read by more eyes than the vault's (colleagues with delegate access, a phone's
lock screen), so an event holds only what a calendar needs: the time, the place, the kind of
meeting and what identifies the work without naming the citizen: the case's title, or else the
company. Never the citizen's name, CPR, health notes, meeting notes or action items.

The feed (every upcoming meeting and follow-up of my cases) is one file the user chooses the
place of, written owner-only (0600) and replaced atomically so a calendar never reads half a
file. Each event has a stable UID, so importing the file again updates the events.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import icalendar

from desktop.domain.labels import label
from desktop.domain.records import Case, Company, FollowUp, Meeting
from desktop.services.access import Viewer, require_case
from desktop.services.cases import mentor_scope
from desktop.services.today import Scope, case_people, cases_in_scope
from desktop.store import RecordNotFound, Store, queries
from sync.protocol import vocabulary as v

PRODUCT_ID = "-//Trepart//Trepart//DA"
UID_DOMAIN = "trepart"
MEETING_LENGTH = dt.timedelta(hours=1)  # a meeting records when it starts, not when it ends
FEED_HORIZON_DAYS = 365
FILE_MODE = 0o600


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event as a calendar may show it: nothing personal beyond the case's title."""

    uid: str
    summary: str
    start: dt.datetime | dt.date  # a date: an all-day event (a follow-up due that day)
    location: str = ""
    planned_only: bool = False  # a next meeting planned at the previous one, not booked yet


def _aware(value: dt.datetime) -> dt.datetime:
    """Stored times carry their offset; a naive one is the device's local time."""
    return value if value.tzinfo is not None else value.astimezone()


def _what(case_title: str | None, company_name: str | None) -> str:
    return (case_title or "").strip() or (company_name or "").strip() or "Forløb"


def _meeting_summary(
    kind: str | None, case_title: str | None, company: str | None, *, planned_only: bool = False
) -> str:
    kind_text = label(v.MeetingKind, kind) if kind else "Møde"
    if planned_only:
        kind_text = "Næste møde (planlagt)"
    return f"{kind_text}: {_what(case_title, company)}"


def _follow_up_summary(
    kind: str | None, text: str | None, case_title: str | None, company: str | None
) -> str:
    name = (text or "").strip() or label(v.FollowUpKind, kind or "")
    return f"{name}: {_what(case_title, company)}"


def to_ics(events: list[CalendarEvent], *, name: str = "Trepart") -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        if isinstance(item.start, dt.datetime):
            start = _aware(item.start).astimezone(dt.UTC)
            event.add("dtstart", start)
            event.add("dtend", start + MEETING_LENGTH)
            event.add("transp", "OPAQUE")
        else:
            event.add("dtstart", item.start)
            event.add("dtend", item.start + dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a due follow-up does not make me busy
        if item.location:
            event.add("location", item.location)
        event.add("status", "TENTATIVE" if item.planned_only else "CONFIRMED")
        # Outlook and others show an event "private" to delegates when asked to.
        event.add("class", "PRIVATE")
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


# -- one meeting or follow-up --------------------------------------------------------------------


def _case_names(store: Store, case: Case) -> tuple[str | None, str | None]:
    company = store.get(Company, case.company_id) if case.company_id else None
    return case.title, company.name if company else None


def meeting_event(store: Store, *, viewer: Viewer, meeting_id: str) -> CalendarEvent:
    meeting = store.get(Meeting, meeting_id)
    if meeting is None or meeting.starts_at is None:
        raise RecordNotFound("meeting", meeting_id)
    case = require_case(store, meeting.case_id, viewer=viewer)
    title, company = _case_names(store, case)
    return CalendarEvent(
        uid=f"meeting-{meeting.id}@{UID_DOMAIN}",
        summary=_meeting_summary(meeting.kind, title, company),
        start=meeting.starts_at,
        location=meeting.place or "",
    )


def planned_meeting_event(
    store: Store, *, viewer: Viewer, case_id: str, when: dt.datetime, place: str = ""
) -> CalendarEvent:
    """A next meeting planned at the previous one (no meeting record of its own yet)."""
    case = require_case(store, case_id, viewer=viewer)
    title, company = _case_names(store, case)
    return CalendarEvent(
        uid=f"next-{case.id}@{UID_DOMAIN}",
        summary=_meeting_summary(None, title, company, planned_only=True),
        start=when,
        location=place,
        planned_only=True,
    )


def follow_up_event(store: Store, *, viewer: Viewer, follow_up_id: str) -> CalendarEvent:
    follow_up = store.get(FollowUp, follow_up_id)
    if follow_up is None or follow_up.due_date is None:
        raise RecordNotFound("follow_up", follow_up_id)
    case = require_case(store, follow_up.case_id, viewer=viewer)
    title, company = _case_names(store, case)
    return CalendarEvent(
        uid=f"follow-up-{follow_up.id}@{UID_DOMAIN}",
        summary=_follow_up_summary(follow_up.kind, follow_up.label, title, company),
        start=follow_up.due_date,
    )


# -- my feed -------------------------------------------------------------------------------------


def feed_events(
    store: Store, *, viewer: Viewer, today: dt.date | None = None, days: int = FEED_HORIZON_DAYS
) -> list[CalendarEvent]:
    """Every upcoming meeting (booked or planned) and follow-up of the cases I work on."""
    today = today or dt.date.today()
    end = today + dt.timedelta(days=days)
    scope = mentor_scope(viewer)
    with store.read() as conn:
        meetings = queries.meetings_between(conn, today, end, mentor=scope)
        follow_ups = [
            f
            for f in queries.due_follow_ups(conn, end, mentor=scope)
            if f.due_date and f.due_date[:10] >= today.isoformat()
        ]
        case_ids = {m.case_id for m in meetings} | {f.case_id for f in follow_ups}
        people = case_people(conn, case_ids)
        titles = {r.id: r.title for r in queries.case_list(conn, mentor=scope, case_ids=case_ids)}
    mine = cases_in_scope(case_ids, people, viewer=viewer, scope=Scope.MINE)
    events: list[CalendarEvent] = []
    for m in meetings:
        if m.case_id not in mine:
            continue
        uid = (
            f"meeting-{m.meeting_id}@{UID_DOMAIN}"
            if m.meeting_id
            else f"next-{m.case_id}@{UID_DOMAIN}"
        )
        events.append(
            CalendarEvent(
                uid=uid,
                summary=_meeting_summary(
                    m.kind, m.case_title, m.company_name, planned_only=m.planned_only
                ),
                start=dt.datetime.fromisoformat(m.when),
                location=m.place or "",
                planned_only=m.planned_only,
            )
        )
    for f in follow_ups:
        if f.case_id not in mine or not f.due_date:
            continue
        events.append(
            CalendarEvent(
                uid=f"follow-up-{f.id}@{UID_DOMAIN}",
                summary=_follow_up_summary(f.kind, f.label, titles.get(f.case_id), f.company_name),
                start=dt.date.fromisoformat(f.due_date[:10]),
            )
        )
    return events


def write_calendar_file(path: Path, data: bytes) -> Path:
    """Write owner-only (0600), replacing any old file atomically."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".trepart-", suffix=".ics", dir=path.parent)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    os.chmod(path, FILE_MODE)
    return path


def export_feed(store: Store, *, viewer: Viewer, out: Path, today: dt.date | None = None) -> int:
    """My upcoming meetings and follow-ups into one .ics file; the count of events written."""
    events = feed_events(store, viewer=viewer, today=today)
    write_calendar_file(out, to_ics(events, name="Trepart – mine møder"))
    store.audit(v.AuditAction.EXPORT, detail=f"kalenderfil: {len(events)} begivenheder")
    return len(events)


def export_event(
    store: Store,
    *,
    event: CalendarEvent,
    out: Path,
    record_type: str,
    record_id: str,
    case_id: str | None = None,
) -> Path:
    """One meeting or follow-up into its own .ics file, audited like any export."""
    write_calendar_file(out, to_ics([event]))
    store.audit(
        v.AuditAction.EXPORT,
        record_type=record_type,
        record_id=record_id,
        case_id=case_id,
        detail="kalenderfil",
    )
    return Path(out)
