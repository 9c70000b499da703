"""Text conflicts from sync: list the unresolved ones and resolve one with the user's text.

The server keeps a conflict record when two people changed the same text field from the same
starting point and the changes overlap: `kept` is the text the field holds now, `other` the text
that lost, `base` what both started from. Resolving writes the text the user chose (one side, or
a merge they edited) into the record's field and marks the conflict resolved, in one batch. The
text to write is always given explicitly: nothing is resolved by dropping text silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.records import RECORD_CLASSES, Case, Conflict
from desktop.services.changes import Changes
from desktop.store import Store
from sync.protocol.catalogue import CATALOGUE


class ConflictError(Exception):
    """str() is a Danish message for the user."""


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    case_id: str | None
    case_title: str | None
    record_type: str
    record_id: str
    field: str
    what: str  # "Møde · Referat"
    base: str
    kept: str
    other: str
    current: str | None  # the field's value now (normally equal to `kept`)


def describe_field(record_type: str, field: str) -> str:
    rt = CATALOGUE.get(record_type)
    if rt is None:
        return f"{record_type} · {field}"
    label = rt.field(field).label if rt.has_field(field) else field
    return f"{rt.label} · {label}"


def _view(store: Store, conflict: Conflict, titles: dict[str, str | None]) -> ConflictView:
    current: str | None = None
    cls = RECORD_CLASSES.get(conflict.record_type)
    if cls is not None:
        record = store.get(cls, conflict.record_id)
        if record is not None:
            value = getattr(record, conflict.field, None)
            current = value if isinstance(value, str) or value is None else str(value)
    title = None
    if conflict.case_id:
        if conflict.case_id not in titles:
            case = store.get(Case, conflict.case_id)
            titles[conflict.case_id] = case.title if case is not None else None
        title = titles[conflict.case_id]
    return ConflictView(
        id=conflict.id,
        case_id=conflict.case_id,
        case_title=title,
        record_type=conflict.record_type,
        record_id=conflict.record_id,
        field=conflict.field,
        what=describe_field(conflict.record_type, conflict.field),
        base=conflict.base or "",
        kept=conflict.kept or "",
        other=conflict.other or "",
        current=current,
    )


def unresolved(store: Store, *, case_id: str | None = None) -> list[ConflictView]:
    where = {"case_id": case_id} if case_id else None
    titles: dict[str, str | None] = {}
    return [
        _view(store, c, titles)
        for c in store.list(Conflict, where=where)
        if not c.resolved
    ]


def count_unresolved(store: Store) -> int:
    return sum(1 for c in store.list(Conflict) if not c.resolved)


def get(store: Store, conflict_id: str) -> ConflictView:
    conflict = store.get(Conflict, conflict_id)
    if conflict is None:
        raise ConflictError("Konflikten findes ikke længere.")
    return _view(store, conflict, {})


def resolve(store: Store, conflict_id: str, *, text: str) -> Changes:
    """Write `text` into the conflicting field and mark the conflict resolved, in one batch."""
    if text is None:  # the UI is not type-checked yet
        raise ConflictError("Vælg eller skriv den tekst, feltet skal have.")
    conflict = store.get(Conflict, conflict_id)
    if conflict is None:
        raise ConflictError("Konflikten findes ikke længere.")
    if conflict.resolved:
        raise ConflictError("Konflikten er allerede løst.")
    cls = RECORD_CLASSES.get(conflict.record_type)
    if cls is None or not cls.catalogue().has_field(conflict.field):
        raise ConflictError("Konflikten gælder en posttype, denne version af Trepart ikke kender.")
    record = store.get(cls, conflict.record_id)
    if record is None:
        raise ConflictError("Posten, konflikten gælder, findes ikke længere på computeren.")
    with store.batch():
        store.save(record.replace(**{conflict.field: text}))
        store.save(conflict.replace(resolved=True))
    case_id = getattr(record, "case_id", None) or conflict.case_id
    return Changes.of(conflict.record_type, "conflict", case_ids=[case_id])
