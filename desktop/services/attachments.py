"""Attached files (bilag): a signed paper form photographed, a lægeerklæring received.

A file is kept inside the encrypted vault only, never as a loose or temporary file: its
description is an `attachment` record, its content `attachment_chunk` records of at most
768 KiB each (sync.protocol.catalogue), all written with the act's audit entry in one
transaction; deleting the file erases the content. The type is decided by the content (PDF,
JPEG or PNG), never by the file's name, and the size is limited by the settings. Opening a
file is audited. A health-marked file (helbredsoplysninger) is never shown to a mentor or in
hand-over, and the server never sends it to a mentor's device (sync.server.policy).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from PIL import Image, UnidentifiedImageError

from desktop.domain.records import Attachment, AttachmentChunk, Meeting
from desktop.services.access import AccessDenied, Viewer, require_case
from desktop.services.changes import Changes
from desktop.store import Store
from sync.protocol.catalogue import (
    ATTACHMENT_CHUNK_BYTES,
    ATTACHMENT_MAX_BYTES,
    record_type,
)
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import AuditAction

log = logging.getLogger(__name__)

MEDIA_LABELS = {"pdf": "PDF", "jpeg": "JPEG", "png": "PNG"}
REASONS = ("empty", "too_large", "wrong_type", "no_meeting", "not_found", "incomplete", "damaged")
# What a file dialog offers; the content decides all the same.
FILE_PATTERNS = ("*.pdf", "*.jpg", "*.jpeg", "*.png")
_MAX_FILENAME = record_type("attachment").field("filename").max_length or 255
_MAX_DESCRIPTION = record_type("attachment").field("description").max_length or 500
# A PDF's header may follow a little junk (ISO 32000-1, 7.5.2); readers look this far.
_PDF_HEADER_WINDOW = 1024


class AttachmentRefused(ValueError):
    """The file cannot be attached (or opened); the message is Danish and safe to show.

    `reason` (one of REASONS) and `name`, `size`, `limit` let a view say it in the user's
    language."""

    def __init__(
        self, message: str, *, reason: str, name: str = "", size: int = 0, limit: int = 0
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.name = name
        self.size = size
        self.limit = limit

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: str
    case_id: str
    meeting_id: str | None
    filename: str
    media_type: str
    size: int
    health: bool
    description: str
    added_at: dt.datetime | None

    @property
    def media_label(self) -> str:
        return MEDIA_LABELS.get(self.media_type, self.media_type)


@dataclass(frozen=True, slots=True)
class AttachmentContent:
    info: AttachmentInfo
    data: bytes


def size_text(size: int) -> str:
    """A file size the Danish way: "812 kB", "3,4 MB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def media_type_of(data: bytes) -> str | None:
    """The file's type by its content: "pdf", "jpeg", "png", or None for anything else.

    Images must decode as what their first bytes claim (Pillow checks the structure), so an
    executable renamed to .png or with a PNG signature glued on is refused."""
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW] and b"%%EOF" in data[-_PDF_HEADER_WINDOW:]:
        return "pdf"
    if data.startswith(b"\xff\xd8\xff"):
        expected = "JPEG"
    elif data.startswith(b"\x89PNG\r\n\x1a\n"):
        expected = "PNG"
    else:
        return None
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != expected:
                return None
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None
    return expected.lower()


def _info(record: Attachment, added_at: dt.datetime | None = None) -> AttachmentInfo:
    return AttachmentInfo(
        id=record.id,
        case_id=record.case_id,
        meeting_id=record.meeting_id,
        filename=record.filename,
        media_type=record.media_type,
        size=record.size,
        health=record.health is not False,
        description=record.description or "",
        added_at=added_at,
    )


def _clean_name(filename: str) -> str:
    # A path from the file dialog (either platform's separators) becomes its last part.
    name = PurePath(PureWindowsPath(filename).name).name.strip() or "bilag"
    if len(name) <= _MAX_FILENAME:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        return name[:_MAX_FILENAME]
    return f"{stem[: _MAX_FILENAME - len(suffix) - 1]}.{suffix}"


def _require_jobcenter(viewer: Viewer) -> None:
    if viewer.restricted:
        raise AccessDenied("Kun jobcentrets medarbejdere kan vedhæfte og slette filer.")


def _check_size(name: str, size: int, max_bytes: int) -> None:
    limit = min(max_bytes, ATTACHMENT_MAX_BYTES)
    if size == 0:
        raise AttachmentRefused(
            f"Filen «{name}» er tom og kan ikke vedhæftes.", reason="empty", name=name
        )
    if size > limit:
        raise AttachmentRefused(
            f"Filen «{name}» fylder {size_text(size)}. Den største fil, der kan vedhæftes, "
            f"er {size_text(limit)} (kan ændres under Indstillinger).",
            reason="too_large", name=name, size=size, limit=limit,
        )


def attach_file(
    store: Store,
    *,
    viewer: Viewer,
    case_id: str,
    meeting_id: str | None = None,
    path: Path,
    health: bool,
    description: str = "",
    max_bytes: int,
) -> tuple[AttachmentInfo, Changes]:
    """Attach the file at `path` (the user's choice in a file dialog). Its size is checked
    before it is read, so a huge file is refused without filling the memory."""
    _require_jobcenter(viewer)
    _check_size(_clean_name(path.name), path.stat().st_size, max_bytes)
    return attach(
        store, viewer=viewer, case_id=case_id, meeting_id=meeting_id, filename=path.name,
        data=path.read_bytes(), health=health, description=description, max_bytes=max_bytes,
    )


def attach(
    store: Store,
    *,
    viewer: Viewer,
    case_id: str,
    meeting_id: str | None = None,
    filename: str,
    data: bytes,
    health: bool,
    description: str = "",
    max_bytes: int,
) -> tuple[AttachmentInfo, Changes]:
    """Attach `data` to the case (and meeting): checked, then written in one transaction."""
    _require_jobcenter(viewer)
    require_case(store, case_id, viewer=viewer)
    if meeting_id is not None:
        meeting = store.get(Meeting, meeting_id)
        if meeting is None or meeting.case_id != case_id:
            raise AttachmentRefused("Mødet findes ikke i dette forløb.", reason="no_meeting")
    name = _clean_name(filename)
    _check_size(name, len(data), max_bytes)
    media_type = media_type_of(data)
    if media_type is None:
        raise AttachmentRefused(
            f"Filen «{name}» er ikke en PDF, JPEG eller PNG (filens indhold er afgørende, ikke "
            "dens navn). Kun de typer kan vedhæftes.",
            reason="wrong_type", name=name,
        )
    pieces = [
        data[i : i + ATTACHMENT_CHUNK_BYTES] for i in range(0, len(data), ATTACHMENT_CHUNK_BYTES)
    ]
    record = Attachment(
        id=uuid7(),
        case_id=case_id,
        meeting_id=meeting_id,
        filename=name,
        media_type=media_type,
        size=len(data),
        chunks=len(pieces),
        sha256=hashlib.sha256(data).hexdigest(),
        health=bool(health),
        description=description.strip()[:_MAX_DESCRIPTION] or None,
    )
    # The description first, then its chunks: a device pulling them in that order can decide
    # from the description whether it may keep a chunk (health-marked files on a mentor's).
    with store.batch():
        store.save(record, audit=False)
        for seq, piece in enumerate(pieces):
            chunk = AttachmentChunk(
                id=uuid7(),
                case_id=case_id,
                attachment_id=record.id,
                seq=seq,
                data=base64.b64encode(piece).decode("ascii"),
            )
            store.save(chunk, audit=False)
        # File names can name the citizen: the entry says what was attached, not what it is called.
        store.audit(
            AuditAction.CREATE,
            record_type="attachment",
            record_id=record.id,
            case_id=case_id,
            detail=f"{MEDIA_LABELS[media_type]}, {len(data)} byte"
            + (", helbredsoplysninger" if record.health else ""),
        )
    log.info("attached a %s file of %d bytes in %d chunks", media_type, len(data), len(pieces))
    return _info(record, dt.datetime.now(dt.UTC)), Changes.of("attachment", case_ids=[case_id])


def _readable(store: Store, attachment_id: str, *, viewer: Viewer) -> Attachment:
    record = store.get(Attachment, attachment_id)
    if record is not None:
        require_case(store, record.case_id, viewer=viewer)
    if record is None or (viewer.restricted and record.health is not False):
        # The same answer for "missing" and "not for you".
        raise AttachmentRefused(
            "Filen findes ikke, eller du har ikke adgang til den.", reason="not_found"
        )
    return record


def list_attachments(
    store: Store, *, viewer: Viewer, case_id: str, meeting_id: str | None = None
) -> list[AttachmentInfo]:
    """The case's files (only those of `meeting_id` when given), newest first. Health-marked
    files are left out for a mentor and in hand-over."""
    require_case(store, case_id, viewer=viewer)
    where: dict[str, object] = {"case_id": case_id}
    if meeting_id is not None:
        where["meeting_id"] = meeting_id
    records = store.list(Attachment, where=where, order_by=("-id",))
    return [
        _info(r, _added_at(r.id))
        for r in records
        if not (viewer.restricted and r.health is not False)
    ]


def _added_at(record_id: str) -> dt.datetime | None:
    # A UUIDv7 begins with its creation time in milliseconds.
    try:
        ms = int(record_id.replace("-", "")[:12], 16)
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC)


def open_attachment(store: Store, *, viewer: Viewer, attachment_id: str) -> AttachmentContent:
    """The file's bytes, reassembled and checked against its SHA-256; the open is audited."""
    record = _readable(store, attachment_id, viewer=viewer)
    chunks = store.list(AttachmentChunk, where={"attachment_id": record.id}, order_by=("seq",))
    by_seq = {c.seq: c for c in chunks if c.case_id == record.case_id}
    if sorted(by_seq) != list(range(record.chunks)):
        raise AttachmentRefused(
            "Filen er ikke hentet helt til denne computer endnu. Synkronisér, og prøv igen.",
            reason="incomplete",
        )
    try:
        data = b"".join(
            base64.b64decode(by_seq[i].data, validate=True) for i in range(record.chunks)
        )
    except ValueError:
        data = b""
    if len(data) != record.size or hashlib.sha256(data).hexdigest() != record.sha256:
        raise AttachmentRefused(
            "Filen er beskadiget: dens indhold passer ikke med det, der blev vedhæftet.",
            reason="damaged",
        )
    store.audit(
        AuditAction.VIEW,
        record_type="attachment",
        record_id=record.id,
        case_id=record.case_id,
        detail="bilag åbnet",
    )
    return AttachmentContent(_info(record, _added_at(record.id)), data)


def delete_attachment(store: Store, *, viewer: Viewer, attachment_id: str) -> Changes:
    """Delete the file: a tombstone for its description, and its content erased (each chunk
    emptied, then tombstoned), here and, by sync, on the server and every other device. The
    case log keeps that it was deleted. A deleted file cannot be restored."""
    _require_jobcenter(viewer)
    record = _readable(store, attachment_id, viewer=viewer)
    chunks = store.list(AttachmentChunk, where={"attachment_id": record.id})
    with store.batch():
        store.delete(Attachment, record.id)
        for chunk in chunks:
            store.save(chunk.replace(data=""), audit=False)
            store.delete(AttachmentChunk, chunk.id, audit=False)
    return Changes.of("attachment", case_ids=[record.case_id])
