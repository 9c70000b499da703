"""The Qt side of dates: QDate/QTime conversions and the UI language's day names.

Text for dates, times and numbers comes from desktop.domain.formatting, the one Danish formatter
the printed documents use too; import it directly.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from desktop.domain import formatting as fmt


def weekday_names() -> tuple[str, ...]:
    """Monday first, in the UI language ('mandag' or 'Monday'), for domain weekday_date()."""
    locale = QLocale()
    return tuple(locale.dayName(day, QLocale.FormatType.LongFormat) for day in range(1, 8))


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def datetime_text(value: dt.datetime | None) -> str:
    """A date and time on screen, in the UI's language: '23.11.2026 kl. 14.05' in Danish,
    '23.11.2026 at 14.05' in English."""
    return fmt.datetime(value, at=QCoreApplication.translate("Formatting", "kl."))
