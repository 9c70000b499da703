"""Dates, times and numbers as a Danish reader expects them, on screen and on paper alike.

One formatter for the UI and the PDFs: 23.11.2026, kl. 14.05, mandag 24.11., 7,5 timer, Ja/Nej.

A time is always shown in Danish local time (Europe/Copenhagen, summer time included), whatever
zone the machine runs in: a consultant's laptop set to UTC, or a server's, must not print a
signature as signed an hour early. Aware datetimes are converted; a naive one is taken as
already local (the forms hand those out).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain.labels import choice_label
from sync.protocol.catalogue import FieldSpec, FieldType

ZONE_NAME = "Europe/Copenhagen"

# The weekday codes the agreement's weekday hours are stored under, with their Danish names.
WEEKDAYS = (
    ("man", "Mandag"),
    ("tir", "Tirsdag"),
    ("ons", "Onsdag"),
    ("tor", "Torsdag"),
    ("fre", "Fredag"),
    ("loer", "Lørdag"),
    ("soen", "Søndag"),
)
_WEEKDAY_ALIASES = {"lør": "loer", "lor": "loer", "søn": "soen", "son": "soen"}
WEEKDAY_NAMES = tuple(name.lower() for _, name in WEEKDAYS)  # Monday first, as isoweekday()

_DATE_RE = re.compile(r"^\s*(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_COMPACT_RE = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*$")


# -- time zone -------------------------------------------------------------------------------
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


# -- dates and times -------------------------------------------------------------------------
def date(value: dt.date | None) -> str:
    """23.11.2026 (a datetime gives its Danish local date)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value).date()
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def time(value: dt.datetime | dt.time | None) -> str:
    """14.05 in Danish local time (Danish writes a full stop between hours and minutes)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value)
    return f"{value.hour:02d}.{value.minute:02d}"


def clock(value: dt.datetime | dt.time | None) -> str:
    """14:05 in Danish local time: the notation the time inputs show and read."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value)
    return f"{value.hour:02d}:{value.minute:02d}"


def datetime(value: dt.datetime | None, *, at: str = "kl.") -> str:
    """23.11.2026 kl. 14.05 in Danish local time (`at`: the word before the time, for a
    screen in another language; printed documents keep "kl.")."""
    if value is None:
        return ""
    local = to_local(value)
    return f"{date(local)} {at} {time(local)}"


def weekday_date(value: dt.date, *, names: Sequence[str] = WEEKDAY_NAMES) -> str:
    """'mandag 24.11.'; `names` (Monday first) lets the screen use its language's day names."""
    if isinstance(value, dt.datetime):
        value = to_local(value).date()
    return f"{names[value.isoweekday() - 1]} {value.day:02d}.{value.month:02d}."


def parse_date(text: str) -> dt.date | None:
    """Day-first dates as people type them: 23.11.2025, 23-11-25, 23/11/2025, 231125, ISO.

    Raises ValueError for text that is not a real date; returns None for empty text.
    """
    if not text.strip():
        return None
    m = _ISO_RE.match(text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = _DATE_RE.match(text) or _COMPACT_RE.match(text)
    if not m:
        raise ValueError(text)
    day, month, year = int(m[1]), int(m[2]), int(m[3])
    if len(m[3]) == 2:
        # Two-digit years in a case file are recent or near future: 00-69 -> 2000s.
        year += 2000 if year < 70 else 1900
    return dt.date(year, month, day)


def parse_time(text: str) -> dt.time | None:
    """'14:05', '14.05', '14' -> a time; empty -> None; raises ValueError otherwise."""
    if not text.strip():
        return None
    m = _TIME_RE.match(text)
    if not m:
        raise ValueError(text)
    return dt.time(int(m[1]), int(m[2] or 0))


def weekday_key(key: str) -> str:
    """'man', 'Mandag', 'lør', 'lørdag' -> the code used in WEEKDAYS; unknown keys unchanged."""
    key = key.strip().lower()
    codes = dict(WEEKDAYS)
    if key in codes:
        return key
    short = _WEEKDAY_ALIASES.get(key[:3], key[:3])
    return short if short in codes else key


# -- numbers ---------------------------------------------------------------------------------
def number(value: float | None, decimals: int = 2) -> str:
    """7.5 -> '7,5', 8.0 -> '8', 2.25 -> '2,25': a Danish decimal comma, no trailing zeros."""
    if value is None:
        return ""
    text = f"{float(value):.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") or "0"


def hours(value: float | None) -> str:
    """'7,5 timer', '1 time'."""
    if value is None:
        return ""
    return f"{number(value)} {'time' if float(value) == 1 else 'timer'}"


def parse_hours(text: str) -> float | None:
    """'7,5' or '7.5' -> 7.5; empty -> None; raises ValueError otherwise."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "Ja" if value else "Nej"


# -- catalogue values ------------------------------------------------------------------------
def field_value(spec: FieldSpec, raw: Any) -> str:
    """Any scalar catalogue value as text; JSON fields are laid out by the document modules."""
    if raw is None or raw == "":
        return ""
    match spec.type:
        case FieldType.DATE:
            return date(raw)
        case FieldType.DATETIME:
            return datetime(raw)
        case FieldType.BOOL:
            return yes_no(raw)
        case FieldType.ENUM:
            return choice_label(spec, raw)
        case FieldType.FLOAT:
            return hours(raw) if "hours" in spec.name else number(raw)
        case _:
            return str(raw)
