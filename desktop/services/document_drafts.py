"""Drafts of the agreement and plan forms: what an unsaved document looks like in the draft table.

The editors autosave their form every few seconds (and at lock, close and before a crash can
take it) under the key "<record type>:<document id>"; saving the document discards that draft
right after the save, so a draft left in the table is newer than the stored document.
The payload is the document's own wire values, read back with the catalogue's decoders.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.records import Agreement, Plan
from desktop.services import signing
from desktop.services.access import Viewer
from desktop.services.changes import Changes
from desktop.services.drafts import Draft
from desktop.store import Store

Document = Agreement | Plan
RECORD_TYPES: dict[str, type[Agreement] | type[Plan]] = {"agreement": Agreement, "plan": Plan}


def draft_key(record_type: str, document_id: str) -> str:
    return f"{record_type}:{document_id}"


def document_draft(document: Document, *, is_new: bool, void_signatures: bool) -> Draft:
    """The form's document as a draft of its case.

    `is_new`: the document was never saved (a restore shows it as a new draft);
    `void_signatures`: the user already agreed that saving voids the signatures given."""
    record_type = document.RECORD_TYPE
    return Draft(
        key=draft_key(record_type, document.id),
        record_type=record_type,
        record_id=document.id,
        case_id=document.case_id,
        payload={
            "form": record_type,
            "is_new": is_new,
            "void_signatures": void_signatures,
            "record": {"id": document.id, **document.to_values()},
            "title": f"{document.catalogue().label}, version {document.version}",
        },
    )


def document_from_payload(payload: dict[str, Any]) -> Document:
    """The document a draft holds; KeyError for a payload that is not a document draft."""
    cls = RECORD_TYPES[payload["form"]]
    values = dict(payload["record"])
    return cls.from_values(values.pop("id"), values)


def save_document(
    store: Store, *, viewer: Viewer | None, document: Document, void_signatures: bool
) -> Changes:
    """Save the draft document (see signing.save_draft_document), then drop its form's draft.

    A refused save keeps the draft. (Not one transaction: signing opens its own, and the store's
    transactions do not nest; a draft left over after a saved document only offers again what
    is already stored.)"""
    if viewer is None:
        raise PermissionError("saving needs an unlocked session")
    changes = signing.save_draft_document(
        store, viewer=viewer, document=document, void_signatures=void_signatures
    )
    store.discard_draft(draft_key(document.RECORD_TYPE, document.id))
    return changes | Changes(drafts=True)
