"""Document lifecycle: draft -> signed (frozen) -> superseded by a new version; efterværn dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import TypeVar

from desktop.domain.problems import Problem
from desktop.domain.records import DEFAULT_AFTERCARE_DAYS, Agreement, Plan, Signature
from sync.protocol.codec import canonical_json, to_wire
from sync.protocol.vocabulary import DocumentStatus, Party

Document = TypeVar("Document", bound=Agreement | Plan)
REQUIRED_PARTIES = (Party.CITIZEN.value, Party.COMPANY.value, Party.JOBCENTER.value)


class FrozenDocumentError(PermissionError):
    """A change to a signed agreement or plan: refused everywhere."""

    def __init__(self, label: str = "dokumentet") -> None:
        super().__init__(
            f"{label.capitalize()} er underskrevet og kan ikke ændres. Lav en ny version med "
            "'Ændr aftale'."
        )


def is_frozen(doc: Agreement | Plan) -> bool:
    return doc.status != DocumentStatus.DRAFT.value


def content_hash(doc: Agreement | Plan) -> str:
    """SHA-256 over the printable content (what the parties sign), as canonical JSON."""
    rt = doc.catalogue()
    payload = {
        "type": rt.name,
        "id": doc.id,
        "version": doc.version,
        "content": {
            name: to_wire(rt.field(name), getattr(doc, name))
            for name in rt.frozen_fields
            if rt.field(name).printable
        },
    }
    canonical = canonical_json(payload)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verification_code(digest: str) -> str:
    """A short code people can read aloud or type: the first 12 hex digits in groups of four."""
    short = digest[:12].upper()
    return "-".join(short[i : i + 4] for i in range(0, 12, 4))


def missing_parties(doc: Agreement | Plan, signatures: Iterable[Signature]) -> list[str]:
    digest = content_hash(doc)
    signed = {s.party for s in signatures if s.document_id == doc.id and s.content_hash == digest}
    return [p for p in REQUIRED_PARTIES if p not in signed]


def check_signature(sig: Signature) -> list[Problem]:
    problems: list[Problem] = []
    if not sig.signer_name.strip():
        problems.append(Problem("signature.name", "signer_name", "Underskriveren mangler navn."))
    if sig.method == "skaerm" and not any(len(stroke) >= 2 for stroke in sig.strokes or []):
        problems.append(Problem("signature.empty", "strokes", "Underskriften er tom."))
    if sig.method == "papir" and not sig.attachment:
        problems.append(
            Problem("signature.scan", "attachment", "Vedhæft en scanning eller et foto af papiret.")
        )
    return problems


def new_version(doc: Document, *, new_id: str) -> Document:
    """A fresh draft that will supersede `doc` once it is signed."""
    return dataclasses.replace(
        doc,
        id=new_id,
        version=doc.version + 1,
        supersedes_id=doc.id,
        status=DocumentStatus.DRAFT.value,
    )


def aftercare_dates(start: dt.date, cadence_days: Iterable[int] | None = None) -> list[dt.date]:
    days = list(cadence_days) if cadence_days else list(DEFAULT_AFTERCARE_DAYS)
    return [start + dt.timedelta(days=d) for d in sorted(set(days))]


def plan_follow_up_dates(start: dt.date, end: dt.date) -> dict[str, dt.date]:
    """Halfway and final evaluation dates of a plan."""
    return {"midtvej": start + (end - start) / 2, "slut": end}
