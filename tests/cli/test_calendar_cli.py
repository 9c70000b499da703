"""`trepart calendar export`: my upcoming meetings and follow-ups as an owner-only .ics file."""

from __future__ import annotations

import stat
from pathlib import Path

import icalendar

from tests.cli.test_vault_cli import trepart


def test_calendar_export_writes_my_feed(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    trepart("demo", "--data-dir", str(data_dir), "--cases", "6", check=True)
    out = tmp_path / "kalender.ics"
    result = trepart("calendar", "export", "--data-dir", str(data_dir), "--out", str(out),
                     check=True)
    assert f"skrevet til {out}" in result.stdout
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    count = int(result.stdout.split()[0])
    assert len(list(cal.walk("VEVENT"))) == count
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_calendar_export_refuses_a_wrong_password(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    trepart("demo", "--data-dir", str(data_dir), "--cases", "1", check=True)
    out = tmp_path / "kalender.ics"
    result = trepart("calendar", "export", "--data-dir", str(data_dir), "--out", str(out),
                     password="forkert")
    assert result.returncode != 0 and not out.exists()
