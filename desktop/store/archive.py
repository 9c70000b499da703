"""The archive of sealed documents: the exact PDF bytes of each signed version, per copy.

Written once, never changed or regenerated (a trigger refuses UPDATE and DELETE); every write
goes into one transaction with its audit entry.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    func,
    insert,
    select,
)

from desktop.store.store import Store, now_iso
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import AuditAction

metadata = MetaData()

sealed_document = Table(
    "sealed_document",
    metadata,
    Column("id", Text, primary_key=True),
    Column("document_type", Text, nullable=False),
    Column("document_id", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("copy_for", Text, nullable=False),
    Column("case_id", Text),
    Column("content_hash", Text, nullable=False),
    Column("pdf", LargeBinary, nullable=False),
    Column("pdf_sha256", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)


class AlreadyArchived(Exception):
    """This version's copy is archived already; its bytes are never replaced."""


@dataclass(frozen=True, slots=True)
class ArchivedDocument:
    """An archive row without its bytes (listing many rows must not load every PDF)."""

    id: str
    document_type: str
    document_id: str
    version: int
    copy_for: str
    case_id: str | None
    content_hash: str
    pdf_sha256: str
    size: int
    created_at: str


_SUMMARY = (
    sealed_document.c.id,
    sealed_document.c.document_type,
    sealed_document.c.document_id,
    sealed_document.c.version,
    sealed_document.c.copy_for,
    sealed_document.c.case_id,
    sealed_document.c.content_hash,
    sealed_document.c.pdf_sha256,
    func.length(sealed_document.c.pdf),
    sealed_document.c.created_at,
)


def put(
    store: Store,
    *,
    document_type: str,
    document_id: str,
    version: int,
    copy_for: str,
    case_id: str | None,
    content_hash: str,
    pdf: bytes,
) -> ArchivedDocument:
    """Archive a sealed PDF with its audit entry, in one transaction. Refuses a second copy."""
    entry = ArchivedDocument(
        id=uuid7(),
        document_type=document_type,
        document_id=document_id,
        version=version,
        copy_for=copy_for,
        case_id=case_id,
        content_hash=content_hash,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        size=len(pdf),
        created_at=now_iso(),
    )
    with store.batch() as conn:
        exists = conn.execute(
            select(sealed_document.c.id).where(*_key(document_type, document_id, version, copy_for))
        ).first()
        if exists is not None:
            raise AlreadyArchived(f"{document_type} {document_id} v{version} ({copy_for})")
        conn.execute(
            insert(sealed_document).values(
                id=entry.id,
                document_type=document_type,
                document_id=document_id,
                version=version,
                copy_for=copy_for,
                case_id=case_id,
                content_hash=content_hash,
                pdf=pdf,
                pdf_sha256=entry.pdf_sha256,
                created_at=entry.created_at,
            )
        )
        store.audit(
            AuditAction.CREATE,
            record_type=document_type,
            record_id=document_id,
            case_id=case_id,
            detail=f"forseglet PDF arkiveret: version {version}, {copy_for}s eksemplar, "
            f"sha256 {entry.pdf_sha256[:16]}",
        )
    return entry


def get_pdf(
    store: Store, *, document_type: str, document_id: str, version: int, copy_for: str
) -> bytes | None:
    with store.read() as conn:
        return conn.execute(
            select(sealed_document.c.pdf).where(
                *_key(document_type, document_id, version, copy_for)
            )
        ).scalar()


def find(
    store: Store, *, document_type: str, document_id: str, version: int, copy_for: str
) -> ArchivedDocument | None:
    with store.read() as conn:
        row = conn.execute(
            select(*_SUMMARY).where(*_key(document_type, document_id, version, copy_for))
        ).first()
    return ArchivedDocument(*row) if row is not None else None


def list_archived(store: Store, *, case_id: str | None = None) -> list[ArchivedDocument]:
    query = select(*_SUMMARY).order_by(sealed_document.c.created_at, sealed_document.c.id)
    if case_id is not None:
        query = query.where(sealed_document.c.case_id == case_id)
    with store.read() as conn:
        return [ArchivedDocument(*row) for row in conn.execute(query)]


def _key(document_type: str, document_id: str, version: int, copy_for: str) -> tuple:
    c = sealed_document.c
    return (
        c.document_type == document_type,
        c.document_id == document_id,
        c.version == version,
        c.copy_for == copy_for,
    )
