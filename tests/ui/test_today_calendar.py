"""I dag's calendar buttons: the selected meeting or follow-up, and my feed, as .ics files."""

from __future__ import annotations

import stat
from pathlib import Path

import icalendar

from desktop.domain.records import Citizen
from tests.ui.today_data import follow_up, meeting_today, refresh, two_cases


def summaries(path: Path) -> list[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(e["summary"]) for e in cal.walk("VEVENT")]


def test_the_selected_meeting_goes_to_a_calendar_file(app, tmp_path: Path) -> None:
    mine, _ = two_cases(app)
    meeting = meeting_today(app, mine, hour=23, place="Mødelokale 2")
    refresh(app)
    page = app.window.today_page
    assert not page.calendar_button.isEnabled()  # nothing chosen yet
    row = next(i for i, r in enumerate(page.today_model.rows) if r.meeting_id == meeting.id)
    page.today_table.setCurrentIndex(page.today_model.index(row, 0))
    assert page.calendar_button.isEnabled()
    out = tmp_path / "møde"
    page._ask_save_path = lambda title, suggested: out  # the file dialog
    page.calendar_button.click()
    app.idle()
    written = out.with_suffix(".ics")
    cal = icalendar.Calendar.from_ical(written.read_bytes())
    (event,) = cal.walk("VEVENT")
    assert str(event["location"]) == "Mødelokale 2"
    assert str(event["uid"]) == f"meeting-{meeting.id}@trepart"
    citizen = app.store.get(Citizen, mine.citizen_id)
    assert citizen.name.encode() not in written.read_bytes()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "gemt" in page.notice.text()


def test_the_selected_follow_up_and_my_feed(app, tmp_path: Path) -> None:
    mine, theirs = two_cases(app)
    due = follow_up(app, mine, days=2)
    follow_up(app, theirs, days=2)
    refresh(app)
    page = app.window.today_page
    row = next(i for i, r in enumerate(page.follow_up_model.rows) if r.id == due.id)
    page.follow_up_table.setCurrentIndex(page.follow_up_model.index(row, 0))
    page._ask_save_path = lambda title, suggested: tmp_path / suggested
    page.calendar_button.click()
    app.idle()
    (single,) = list(tmp_path.glob("opfoelgning-*.ics"))
    assert summaries(single)[0].startswith("Midtvejsopfølgning: ")

    page._ask_save_path = lambda title, suggested: tmp_path / "feed.ics"
    page.feed_button.click()
    app.idle()
    feed = (tmp_path / "feed.ics").read_bytes()
    uids = {str(e["uid"]) for e in icalendar.Calendar.from_ical(feed).walk("VEVENT")}
    assert f"follow-up-{due.id}@trepart" in uids
    assert not any(theirs.id in uid for uid in uids)
    assert stat.S_IMODE((tmp_path / "feed.ics").stat().st_mode) == 0o600


def test_a_cancelled_dialog_writes_nothing(app, tmp_path: Path) -> None:
    page = app.window.today_page
    page._ask_save_path = lambda title, suggested: None
    page.feed_button.click()
    app.idle()
    assert page.notice.text() == ""
