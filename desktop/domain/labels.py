"""Danish labels for codes, straight from the protocol's vocabularies and the catalogue.

One label helper for the services, the UI and the PDFs (the UI translates them with vocab()).
"""

from __future__ import annotations

import functools
import inspect

from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE, FieldSpec


def label(enum: type[v.LabelledEnum], code: str | None) -> str:
    """The Danish label of `code`; an unknown code is shown as it is, never dropped."""
    if not code:
        return ""
    try:
        return enum(code).label
    except ValueError:
        return code


def choices(enum: type[v.LabelledEnum]) -> tuple[tuple[str, str], ...]:
    """(code, Danish label) pairs in declaration order, for combo boxes."""
    return tuple((m.value, m.label) for m in enum)


def field_label(record_type: str, field: str) -> str:
    rt = CATALOGUE[record_type]
    return rt.field(field).label if rt.has_field(field) else field


def record_label(record_type: str | None) -> str:
    if not record_type:
        return ""
    rt = CATALOGUE.get(record_type)
    return rt.label if rt else record_type


@functools.cache
def _enum_by_choices() -> dict[tuple[str, ...], type[v.LabelledEnum]]:
    enums = [
        cls
        for _, cls in inspect.getmembers(v, inspect.isclass)
        if issubclass(cls, v.LabelledEnum) and cls is not v.LabelledEnum
    ]
    return {cls.codes(): cls for cls in enums}


def choice_label(spec: FieldSpec, code: str | None) -> str:
    """The label of an enum field's code, found by the field's choices in the catalogue."""
    if not code:
        return ""
    enum = _enum_by_choices().get(spec.choices)
    return code if enum is None else label(enum, code)
