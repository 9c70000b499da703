"""Danish labels for codes, straight from the protocol's vocabularies and the catalogue."""

from __future__ import annotations

from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE


def label(enum: type[v.LabelledEnum], code: str | None) -> str:
    if not code:
        return ""
    try:
        return enum(code).label
    except ValueError:
        return code


def field_label(record_type: str, field: str) -> str:
    rt = CATALOGUE[record_type]
    return rt.field(field).label if rt.has_field(field) else field


def record_label(record_type: str | None) -> str:
    if not record_type:
        return ""
    rt = CATALOGUE.get(record_type)
    return rt.label if rt else record_type


def choices(enum: type[v.LabelledEnum]) -> tuple[tuple[str, str], ...]:
    """(code, Danish label) pairs in declaration order, for combo boxes."""
    return tuple((m.value, m.label) for m in enum)
