"""Dates and times as a Danish reader expects them, on screen and on paper alike.

A time is always shown in Danish local time (Europe/Copenhagen, summer time included), whatever
zone the machine runs in: a consultant's laptop set to UTC, or a server's, must not print a
signature as signed an hour early. Aware datetimes are converted; a naive one is taken as
already local (the forms hand those out).
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ZONE_NAME = "Europe/Copenhagen"


@functools.cache
def danish_zone() -> dt.tzinfo | None:
    try:
        return ZoneInfo(ZONE_NAME)
    except ZoneInfoNotFoundError:  # no tz database at all (Windows without tzdata)
        return None


def to_local(value: dt.datetime) -> dt.datetime:
    """The same instant in Danish local time; naive values are returned unchanged."""
    if value.tzinfo is None:
        return value
    zone = danish_zone()
    return value.astimezone(zone) if zone is not None else value.astimezone()


def date_text(value: dt.date | None) -> str:
    """23.11.2026 (a datetime gives its Danish local date)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value).date()
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def time_text(value: dt.datetime | dt.time | None) -> str:
    """14.05 in Danish local time (Danish writes a full stop between hours and minutes)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value)
    return f"{value.hour:02d}.{value.minute:02d}"


def datetime_text(value: dt.datetime | None) -> str:
    """23.11.2026 kl. 14.05 in Danish local time."""
    if value is None:
        return ""
    local = to_local(value)
    return f"{date_text(local)} kl. {time_text(local)}"
