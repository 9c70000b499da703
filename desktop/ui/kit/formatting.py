"""Dates, times and numbers as the UI shows and reads them (Danish first: 23.11.2025, 7,5)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

from desktop.domain import danish_time

_DATE_RE = re.compile(r"^\s*(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_COMPACT_RE = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*$")


# Shown dates and times come from the one Danish formatter the printed documents use too:
# Danish local time (Europe/Copenhagen) whatever the machine's zone.
fmt_date = danish_time.date_text
fmt_datetime = danish_time.datetime_text




def fmt_time(value: dt.datetime | dt.time | None) -> str:
    """A time as the time inputs show and read it (14:05), in Danish local time."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = danish_time.to_local(value)
    return f"{value.hour:02d}:{value.minute:02d}"


def fmt_weekday_date(value: dt.date) -> str:
    """'mandag 24.11.' in the UI language."""
    name = QLocale().dayName(value.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{name} {value.day:02d}.{value.month:02d}."


def fmt_hours(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 4)


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
    if not text.strip():
        return None
    m = _TIME_RE.match(text)
    if not m:
        raise ValueError(text)
    return dt.time(int(m[1]), int(m[2] or 0))


def parse_hours(text: str) -> float | None:
    """'7,5' or '7.5' -> 7.5; empty -> None; raises ValueError otherwise."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)
