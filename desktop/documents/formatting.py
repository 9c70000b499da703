"""Field values as a Danish reader expects them: 23.11.2026, 7,5 timer, Ja/Nej, enum labels."""

from __future__ import annotations

import functools
import inspect
from typing import Any

from desktop.domain import danish_time
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import FieldSpec, FieldType

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


@functools.cache
def _enum_by_choices() -> dict[tuple[str, ...], type[v.LabelledEnum]]:
    enums = [
        cls
        for _, cls in inspect.getmembers(v, inspect.isclass)
        if issubclass(cls, v.LabelledEnum) and cls is not v.LabelledEnum
    ]
    return {cls.codes(): cls for cls in enums}


def enum_label(spec: FieldSpec, code: str | None) -> str:
    if not code:
        return ""
    enum = _enum_by_choices().get(spec.choices)
    if enum is None:
        return code
    try:
        return enum(code).label
    except ValueError:
        return code


def label_of(enum: type[v.LabelledEnum], code: str | None) -> str:
    if not code:
        return ""
    try:
        return enum(code).label
    except ValueError:
        return code


def number(value: float | int | None, decimals: int = 2) -> str:
    """7.5 -> '7,5', 8.0 -> '8', 2.25 -> '2,25'."""
    if value is None:
        return ""
    text = f"{float(value):.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") or "0"


def hours(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{number(value)} {'time' if float(value) == 1 else 'timer'}"


# One Danish date/time formatter for screen and paper (desktop.domain.danish_time).
date = danish_time.date_text
datetime = danish_time.datetime_text
local_time = danish_time.to_local


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "Ja" if value else "Nej"


def weekday_key(key: str) -> str:
    """'man', 'Mandag', 'lør', 'lørdag' -> the code used in WEEKDAYS; unknown keys unchanged."""
    key = key.strip().lower()
    codes = dict(WEEKDAYS)
    if key in codes:
        return key
    short = _WEEKDAY_ALIASES.get(key[:3], key[:3])
    return short if short in codes else key


def value(spec: FieldSpec, raw: Any) -> str:
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
            return enum_label(spec, raw)
        case FieldType.FLOAT:
            return hours(raw) if "hours" in spec.name else number(raw)
        case FieldType.INT:
            return str(raw)
        case _:
            return str(raw)
