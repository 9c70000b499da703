"""Attached files: kept encrypted inside the vault, checked by content and size, audited on open."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest

from desktop.domain.records import Attachment, AttachmentChunk, AuditEntry
from desktop.services import attachments as att
from desktop.services.access import AccessDenied
from desktop.services.settings import AppSettings
from desktop.store import Store
from sync.protocol.catalogue import ATTACHMENT_CHUNK_BYTES
from tests.attachment_files import EXE_BYTES, big_pdf, jpeg_bytes, pdf_bytes, png_bytes
from tests.services.conftest import CONSULTANT, MENTOR, World

LIMIT = AppSettings().attachment_max_bytes


def _attach(world: World, data: bytes, *, name: str = "blanket.png", health: bool = False,
            meeting_id: str | None = None, viewer=CONSULTANT, max_bytes: int = LIMIT):
    info, _changes = att.attach(
        world.store, viewer=viewer, case_id=world.mentored.id, meeting_id=meeting_id,
        filename=name, data=data, health=health, description="Underskrevet praktikaftale",
        max_bytes=max_bytes,
    )
    return info


def _files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_no_file_under_the_data_dir_holds_an_attached_file_in_clear(
    world: World, tmp_path: Path
) -> None:
    data = png_bytes((200, 150)) + b""  # about 90 kB of noise: distinctive
    pdf = pdf_bytes("Lægeerklæring for Anne Sørensen (testdata)")
    _attach(world, data)
    _attach(world, pdf, name="laegeerklaering.pdf", health=True)
    # The bytes as they are, and as the chunks carry them (base64), must not appear anywhere:
    # not in the database file, its WAL or any other file (no temporary copies).
    needles = [data[1000:1064], pdf[:200], base64.b64encode(data)[2000:2064],
               base64.b64encode(pdf)[:120], b"Anne S"]
    for when in ("open", "closed"):
        files = _files_under(tmp_path)
        assert files, "the vault's files are there to search"
        for path in files:
            content = path.read_bytes()
            for needle in needles:
                assert needle not in content, f"{path.name} holds attached bytes ({when})"
        if when == "open":
            world.store.close()


def test_an_attached_file_opens_byte_for_byte_and_the_open_is_audited(world: World) -> None:
    data = big_pdf(ATTACHMENT_CHUNK_BYTES * 2 + 123)  # three chunks
    info = _attach(world, data, name="C:\\Scanninger\\blanket.pdf")
    assert (info.media_type, info.size, info.filename) == ("pdf", len(data), "blanket.pdf")
    assert world.store.count(AttachmentChunk) == 3
    views_before = _views(world.store, info.id)

    opened = att.open_attachment(world.store, viewer=CONSULTANT, attachment_id=info.id)

    assert opened.data == data
    assert _views(world.store, info.id) == views_before + 1
    entry = [e for e in world.store.audit_log(case_id=world.mentored.id)
             if e.record_id == info.id and e.action == "view"][0]
    assert entry.username == CONSULTANT.username
    assert "blanket" not in (entry.detail or "")  # the file's name can name the citizen


def _views(store: Store, record_id: str) -> int:
    return sum(1 for e in store.list(AuditEntry, where={"record_id": record_id})
               if e.action == "view")


def test_a_file_above_the_limit_is_refused_in_danish_and_nothing_is_lost(world: World) -> None:
    kept = _attach(world, jpeg_bytes())
    outbox = world.store.outbox_count()
    at_limit = big_pdf(LIMIT)
    too_big = big_pdf(LIMIT + 1)

    with pytest.raises(att.AttachmentRefused) as refused:
        _attach(world, too_big, name="stor-scanning.pdf")

    assert "største fil, der kan vedhæftes, er 50,0 MB" in refused.value.message
    assert "stor-scanning.pdf" in refused.value.message
    assert world.store.outbox_count() == outbox
    assert [a.id for a in world.store.list(Attachment)] == [kept.id]
    assert att.open_attachment(world.store, viewer=CONSULTANT, attachment_id=kept.id).data
    # Exactly the limit is allowed, and comes back whole.
    info = _attach(world, at_limit, name="stor-scanning.pdf")
    assert att.open_attachment(world.store, viewer=CONSULTANT, attachment_id=info.id).data == (
        at_limit
    )


def test_the_limit_comes_from_the_settings(world: World) -> None:
    small = dataclasses.replace(AppSettings(), attachment_max_mb=1).normalised()
    with pytest.raises(att.AttachmentRefused, match="1,0 MB"):
        _attach(world, big_pdf(small.attachment_max_bytes + 1), name="x.pdf",
                max_bytes=small.attachment_max_bytes)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("erklaering.pdf", EXE_BYTES),  # a program named as a PDF
        ("foto.png", b"\x89PNG\r\n\x1a\n" + EXE_BYTES),  # a PNG signature glued on a program
        ("foto.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 2000),  # a JPEG start, no image
        ("noter.pdf", b"just some text that says %PDF- somewhere"),  # no %%EOF: not a PDF
    ],
)
def test_a_file_that_is_not_what_it_claims_is_refused(world: World, name: str,
                                                       data: bytes) -> None:
    with pytest.raises(att.AttachmentRefused, match="ikke en PDF, JPEG eller PNG"):
        _attach(world, data, name=name)
    assert world.store.count(Attachment) == 0
    assert world.store.count(AttachmentChunk) == 0


def test_the_type_is_decided_by_the_content_not_the_name(world: World) -> None:
    assert _attach(world, png_bytes(), name="scanning.pdf").media_type == "png"
    assert _attach(world, jpeg_bytes(), name="foto").media_type == "jpeg"
    assert _attach(world, pdf_bytes(), name="blanket.exe").media_type == "pdf"


def test_health_marked_files_are_neither_listed_nor_opened_for_a_mentor_or_in_handover(
    world: World, build
) -> None:
    import datetime as dt

    meeting = build.add_meeting(world.store, world.mentored, when=dt.datetime.now(dt.UTC))
    plain = _attach(world, png_bytes(), meeting_id=meeting.id)
    health = _attach(world, pdf_bytes(), name="laegeerklaering.pdf", health=True)
    everyone = att.list_attachments(world.store, viewer=CONSULTANT, case_id=world.mentored.id)
    assert {a.id for a in everyone} == {plain.id, health.id}
    assert [a.id for a in att.list_attachments(
        world.store, viewer=CONSULTANT, case_id=world.mentored.id, meeting_id=meeting.id
    )] == [plain.id]
    for viewer in (MENTOR, CONSULTANT.in_handover()):
        seen = att.list_attachments(world.store, viewer=viewer, case_id=world.mentored.id)
        assert [a.id for a in seen] == [plain.id]
        with pytest.raises(att.AttachmentRefused, match="findes ikke"):
            att.open_attachment(world.store, viewer=viewer, attachment_id=health.id)
        with pytest.raises(AccessDenied):
            _attach(world, png_bytes(), viewer=viewer)
        with pytest.raises(AccessDenied):
            att.delete_attachment(world.store, viewer=viewer, attachment_id=plain.id)


def test_a_deleted_file_is_gone_from_the_list_and_a_damaged_one_does_not_open(
    world: World,
) -> None:
    gone = _attach(world, big_pdf(ATTACHMENT_CHUNK_BYTES + 10))  # two chunks
    chunks = [c.id for c in world.store.list(AttachmentChunk, where={"attachment_id": gone.id})]
    assert len(chunks) == 2
    att.delete_attachment(world.store, viewer=CONSULTANT, attachment_id=gone.id)
    assert att.list_attachments(world.store, viewer=CONSULTANT, case_id=world.mentored.id) == []
    assert [e.action for e in world.store.audit_log(case_id=world.mentored.id)
            if e.record_id == gone.id] == ["delete", "create"]
    # The content is erased, not only hidden: the chunks are tombstones that keep neither the
    # data nor the attachment they belonged to (desktop.store.tombstones).
    with world.store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT data, attachment_id, deleted FROM attachment_chunk WHERE id IN (?, ?)",
            tuple(chunks),
        ).all()
    assert [tuple(r) for r in rows] == [(None, None, 1), (None, None, 1)]

    damaged = _attach(world, png_bytes())
    with world.store.write() as conn:
        conn.exec_driver_sql(
            "UPDATE attachment_chunk SET data = ? WHERE attachment_id = ?",
            (base64.b64encode(b"not the file").decode(), damaged.id),
        )
    with pytest.raises(att.AttachmentRefused, match="beskadiget"):
        att.open_attachment(world.store, viewer=CONSULTANT, attachment_id=damaged.id)


def test_the_attachment_limit_setting_is_kept_within_what_the_catalogue_allows(
    tmp_path: Path,
) -> None:
    from desktop.services.settings import load_settings, save_settings

    assert AppSettings().attachment_max_mb == 50
    tiny = dataclasses.replace(AppSettings(), attachment_max_mb=0).normalised()
    assert tiny.attachment_max_mb == 1
    huge = dataclasses.replace(AppSettings(), attachment_max_mb=10_000).normalised()
    assert huge.attachment_max_bytes == 100 * 1024 * 1024
    save_settings(tmp_path, dataclasses.replace(AppSettings(), attachment_max_mb=20))
    assert load_settings(tmp_path).attachment_max_mb == 20
