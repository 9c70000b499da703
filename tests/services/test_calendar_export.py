"""Meetings and follow-ups as iCalendar: parsed back with icalendar, owner-only files, and
nothing a shared calendar should not show (no citizen name, CPR, health or meeting notes)."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import icalendar
import pytest

from desktop.domain.records import AuditEntry, Meeting
from desktop.services import calendar
from desktop.services.access import AccessDenied

D = dt.date.today()


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0)).astimezone()


def events_of(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def titled(world):
    case = world.mentored.replace(title="Praktik i bageriet")
    world.store.save(case)
    return case


def test_one_meeting_has_its_time_place_and_case_title_only(world, build, consultant,
                                                            tmp_path: Path) -> None:
    case = titled(world)
    meeting = build.add_meeting(world.store, case, when=at(D + dt.timedelta(days=1), 9),
                                notes="Anne har ondt i ryggen", kind="midtvejsevaluering")
    world.store.save(meeting.replace(place="Kantinen"))
    event = calendar.meeting_event(world.store, viewer=consultant, meeting_id=meeting.id)
    out = calendar.export_event(world.store, event=event, out=tmp_path / "møde.ics",
                                record_type="meeting", record_id=meeting.id, case_id=case.id)

    data = out.read_bytes()
    (parsed,) = events_of(data)
    assert str(parsed["summary"]) == "Midtvejsevaluering: Praktik i bageriet"
    assert str(parsed["location"]) == "Kantinen"
    start = parsed.decoded("dtstart")
    assert start == at(D + dt.timedelta(days=1), 9)
    assert parsed.decoded("dtend") - start == dt.timedelta(hours=1)
    assert str(parsed["uid"]) == f"meeting-{meeting.id}@trepart"
    for secret in (b"Anne", "Sørensen".encode(), b"010190", b"ryggen", b"helbred", b"Skjult"):
        assert secret not in data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    exports = [e for e in world.store.list(AuditEntry) if e.action == "export"]
    assert [e.record_id for e in exports] == [meeting.id]


def test_without_a_case_title_the_company_names_the_event(world, build, consultant) -> None:
    follow_up = build.add_follow_up(world.store, world.mentored, kind="midtvej", due=D)
    event = calendar.follow_up_event(world.store, viewer=consultant, follow_up_id=follow_up.id)
    (parsed,) = events_of(calendar.to_ics([event]))
    assert str(parsed["summary"]) == "midtvej: Bageriet Kornblomsten ApS"
    assert parsed.decoded("dtstart") == D  # an all-day event on the due date
    assert str(parsed["transp"]) == "TRANSPARENT"


def test_a_mentor_cannot_export_another_mentors_meeting(world, build, mentor) -> None:
    meeting = build.add_meeting(world.store, world.other, when=at(D, 9))
    with pytest.raises(AccessDenied):
        calendar.meeting_event(world.store, viewer=mentor, meeting_id=meeting.id)


def test_my_feed_has_my_upcoming_meetings_and_follow_ups(world, build, consultant,
                                                         tmp_path: Path) -> None:
    case = titled(world)
    theirs = world.other.replace(consultant="kari.konsulent")
    world.store.save(theirs)
    upcoming = build.add_meeting(world.store, case, when=at(D + dt.timedelta(days=3), 13),
                                 next_at=at(D + dt.timedelta(days=20), 10))
    build.add_meeting(world.store, case, when=at(D - dt.timedelta(days=3), 13))  # past
    build.add_meeting(world.store, theirs, when=at(D + dt.timedelta(days=2), 9))  # colleague's
    due = build.add_follow_up(world.store, case, kind="slut", due=D + dt.timedelta(days=40))
    build.add_follow_up(world.store, case, kind="midtvej", due=D - dt.timedelta(days=1))  # past
    build.add_follow_up(world.store, theirs, kind="slut", due=D + dt.timedelta(days=5))

    (tmp_path / "kalender").mkdir()
    out = tmp_path / "kalender" / "trepart.ics"
    out.write_text("old")
    out.chmod(0o644)
    assert calendar.export_feed(world.store, viewer=consultant, out=out, today=D) == 3
    data = out.read_bytes()
    uids = {str(e["uid"]) for e in events_of(data)}
    assert uids == {f"meeting-{upcoming.id}@trepart", f"next-{case.id}@trepart",
                    f"follow-up-{due.id}@trepart"}
    planned = next(e for e in events_of(data) if str(e["uid"]).startswith("next-"))
    assert str(planned["status"]) == "TENTATIVE"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert list(out.parent.iterdir()) == [out]  # no temporary file left beside it
    for secret in ("Anne", "Bo Hansen", "010190", "Diskusprolaps", "Skjult"):
        assert secret.encode() not in data


def test_the_feed_is_valid_for_a_mentor_without_cases(store, tmp_path: Path, mentor) -> None:
    out = tmp_path / "tom.ics"
    assert calendar.export_feed(store, viewer=mentor, out=out) == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(cal["version"]) == "2.0" and events_of(out.read_bytes()) == []


def test_meeting_kept_as_stored_time_zone(world, build, consultant) -> None:
    utc_nine = dt.datetime.combine(D, dt.time(9), tzinfo=dt.UTC)
    meeting = Meeting(id="m-utc", case_id=world.mentored.id, kind="opfoelgning",
                      starts_at=utc_nine)
    world.store.save(meeting)
    event = calendar.meeting_event(world.store, viewer=consultant, meeting_id="m-utc")
    (parsed,) = events_of(calendar.to_ics([event]))
    assert parsed.decoded("dtstart") == utc_nine
