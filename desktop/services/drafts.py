"""Autosaved drafts of open forms, kept in the encrypted store so a crash loses only seconds.

Every editor saves its state under a key ("meeting:<id>", "case:<id>", ...) every few seconds
while it has unsaved changes; saving the record discards the draft in the same transaction.
At the next unlock the application offers to restore what is left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.labels import record_label
from desktop.domain.records import Case
from desktop.services.access import Viewer, may_see_case
from desktop.services.changes import Changes
from desktop.store import Store

KIND_LABELS = {
    "meeting": "Møde",
    "case": "Forløb",
    "citizen": "Borger",
    "company": "Virksomhed",
    "agreement": "Aftale",
    "plan": "Trepartsplan",
    "screening": "Screening",
    "scheme_application": "Kompenserende ordning",
    "questionnaire": "Spørgeskema",
    "wishes": "Borgerens egen liste",
}


@dataclass(frozen=True, slots=True)
class Draft:
    """An open form's unsaved state, as it is kept until the record is saved or the draft dropped.

    `payload` is what the form's service turns back into the form (`*_from_payload`)."""

    key: str
    record_type: str
    record_id: str | None
    case_id: str | None
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class DraftInfo:
    key: str
    record_type: str
    record_id: str | None
    case_id: str | None
    updated_at: dt.datetime | None
    title: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.record_type) or record_label(self.record_type)


def list_drafts(store: Store, *, viewer: Viewer) -> list[DraftInfo]:
    """Drafts the viewer may see (a mentor's vault only ever holds their own, but be sure)."""
    result: list[DraftInfo] = []
    for row in store.drafts():
        case_id = row.get("case_id")
        if viewer.is_mentor and case_id:
            case = store.get(Case, case_id)
            if case is None or not may_see_case(case, viewer=viewer):
                continue
        payload = row.get("payload") or {}
        updated = row.get("updated_at")
        result.append(
            DraftInfo(
                key=row["key"],
                record_type=row["record_type"],
                record_id=row.get("record_id"),
                case_id=case_id,
                updated_at=(
                    dt.datetime.fromisoformat(updated).astimezone().replace(tzinfo=None)
                    if updated
                    else None
                ),
                title=str(payload.get("title") or ""),
            )
        )
    return result


def load_draft(store: Store, *, key: str) -> dict[str, Any] | None:
    for row in store.drafts():
        if row["key"] == key:
            return dict(row["payload"])
    return None


def save_draft(
    store: Store,
    *,
    key: str,
    record_type: str,
    record_id: str | None,
    case_id: str | None,
    payload: dict[str, Any],
) -> Changes:
    store.save_draft(
        key, record_type=record_type, record_id=record_id, case_id=case_id, payload=payload
    )
    return Changes(drafts=True)


def save_drafts(store: Store, *, drafts: Sequence[Draft]) -> Changes:
    """Several drafts in one transaction (before locking, every open form at once)."""
    if not drafts:
        return Changes()
    with store.batch():
        for d in drafts:
            store.save_draft(
                d.key,
                record_type=d.record_type,
                record_id=d.record_id,
                case_id=d.case_id,
                payload=d.payload,
            )
    return Changes(drafts=True)


def discard_draft(store: Store, *, key: str) -> Changes:
    store.discard_draft(key)
    return Changes(drafts=True)
