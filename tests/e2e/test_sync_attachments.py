"""Attached files between laptops: a colleague gets every file whole, a mentor's laptop never
holds a health-marked one. Runs against SQLite and PostgreSQL servers (see conftest)."""

from __future__ import annotations

import json

from desktop.domain.records import Attachment, AttachmentChunk
from desktop.services import attachments as att
from desktop.services.access import viewer_of
from desktop.services.settings import AppSettings
from sync.protocol.catalogue import ATTACHMENT_CHUNK_BYTES
from sync.protocol.vocabulary import Role
from tests.attachment_files import big_pdf, pdf_bytes, png_bytes
from tests.e2e.conftest import new_case

LIMIT = AppSettings().attachment_max_bytes


def test_files_sync_whole_to_colleagues_and_health_marked_ones_never_to_a_mentor(
    make_device, server
):
    anne, bo = make_device("anne"), make_device("bo")
    mentor = make_device("mette", Role.MENTOR, team=None)
    case = new_case(anne.store, mentors=["mette"])
    consultant = viewer_of(anne.store)

    def attach(name: str, data: bytes, *, health: bool) -> att.AttachmentInfo:
        info, _ = att.attach(anne.store, viewer=consultant, case_id=case.id, filename=name,
                             data=data, health=health, max_bytes=LIMIT)
        return info

    form = attach("blanket.png", png_bytes(), health=False)
    scan = big_pdf(ATTACHMENT_CHUNK_BYTES * 12 + 5)  # 13 chunks, about 12 MiB in base64
    big = attach("scanning.pdf", scan, health=False)
    note = pdf_bytes("Lægeerklæring (testdata)")
    health = attach("laegeerklaering.pdf", note, health=True)

    report = anne.sync()
    # Pushed in several batches, each below the server's 8 MiB body limit.
    assert report.push_batches >= 3 and anne.store.outbox_count() == 0
    bo.sync()
    mentor.sync()

    colleague = viewer_of(bo.store)
    assert {a.id for a in att.list_attachments(bo.store, viewer=colleague, case_id=case.id)} == {
        form.id, big.id, health.id
    }
    assert att.open_attachment(bo.store, viewer=colleague, attachment_id=big.id).data == scan
    assert att.open_attachment(bo.store, viewer=colleague, attachment_id=health.id).data == note

    mette = viewer_of(mentor.store)
    seen = att.list_attachments(mentor.store, viewer=mette, case_id=case.id)
    assert {a.id for a in seen} == {form.id, big.id}
    assert att.open_attachment(mentor.store, viewer=mette, attachment_id=big.id).data == scan
    # Not in the mentor's vault at all: neither the description nor any chunk.
    assert mentor.store.get(Attachment, health.id, include_deleted=True) is None
    assert not mentor.store.list(AttachmentChunk, where={"attachment_id": health.id})
    with mentor.store.engine.connect() as conn:
        dump = "\n".join(
            str(r) for table in ("attachment", "attachment_chunk")
            for r in conn.exec_driver_sql(f"SELECT * FROM {table}")  # noqa: S608 - fixed names
        )
    assert "laegeerklaering" not in dump and health.id not in dump

    # A deletion reaches the others.
    form_chunks = [c.id for c in anne.store.list(AttachmentChunk, where={"attachment_id": form.id})]
    assert form_chunks
    att.delete_attachment(anne.store, viewer=consultant, attachment_id=form.id)
    anne.sync()
    bo.sync()
    mentor.sync()
    for device, viewer in ((bo, colleague), (mentor, mette)):
        ids = {a.id for a in att.list_attachments(device.store, viewer=viewer, case_id=case.id)}
        assert form.id not in ids and big.id in ids
        # Its content is erased there too, and on the server: the chunks are tombstones
        # (id, case, deleted) with neither the data nor even the attachment they belonged to.
        with device.store.engine.connect() as conn:
            left = conn.exec_driver_sql(
                "SELECT deleted, data, attachment_id FROM attachment_chunk WHERE attachment_id = ?"
                " OR id IN (" + ",".join("?" * len(form_chunks)) + ")",
                (form.id, *form_chunks),
            ).all()
        assert [tuple(r) for r in left] == [(1, None, None)] * len(form_chunks)
    with server.engine.connect() as conn:
        stored = [
            values for (values,) in conn.exec_driver_sql(
                "SELECT \"values\" FROM records WHERE record_type = 'attachment_chunk'"
            )
        ]
    stored = [v if isinstance(v, dict) else json.loads(v) for v in stored]
    assert not [v for v in stored if v.get("attachment_id") == form.id]
    assert not [v for v in stored if v.get("data")
                and v.get("deleted") is True]  # no tombstone keeps its data
