"""Sealed versions in the encrypted archive: sealed once, reprinted from the archive, exported
and printed with an audit trail; drafts and half-signed versions are refused."""

from __future__ import annotations

import re

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.documents import CopyFor, examples, verify_pdf
from desktop.domain.lifecycle import content_hash
from desktop.domain.records import Agreement, AuditEntry, Signature
from desktop.services import documents as service
from desktop.store import archive
from sync.protocol.vocabulary import AuditAction, DocumentStatus


def _audits(store, action: AuditAction) -> list[AuditEntry]:
    return [e for e in store.audit_log(limit=1000) if e.action == action.value]


def test_sealing_a_signed_version_archives_it_with_an_audit_entry(store, seeded, org_cert):
    entry = service.seal_and_archive(
        store, document_type="agreement", document_id=seeded.agreement_id
    )
    agreement = store.get(Agreement, seeded.agreement_id)
    assert entry.version == 2 and entry.copy_for == "jobcenter"
    assert entry.content_hash == content_hash(agreement)
    pdf = archive.get_pdf(
        store,
        document_type="agreement",
        document_id=seeded.agreement_id,
        version=2,
        copy_for="jobcenter",
    )
    assert verify_pdf(pdf, trusted=org_cert.trusted).valid
    (audit,) = [
        e
        for e in _audits(store, AuditAction.CREATE)
        if e.record_id == seeded.agreement_id and "arkiveret" in (e.detail or "")
    ]
    assert audit.case_id == seeded.case_id
    assert examples.CPR not in audit.detail  # the log never holds field values


def test_reprint_returns_the_archived_bytes_never_a_new_rendering(store, seeded, monkeypatch):
    first = service.archived_pdf(store, document_type="agreement", document_id=seeded.agreement_id)

    def no_rendering(*args, **kwargs):
        raise AssertionError("a signed version must not be rendered again")

    monkeypatch.setattr(service, "render_agreement", no_rendering)
    monkeypatch.setattr(service, "_render", no_rendering)
    again = service.archived_pdf(store, document_type="agreement", document_id=seeded.agreement_id)
    assert again == first
    with pytest.raises(service.DocumentError, match="allerede forseglet"):
        monkeypatch.undo()
        service.seal_and_archive(store, document_type="agreement", document_id=seeded.agreement_id)


def test_archived_bytes_cannot_be_changed_or_deleted_in_the_database(store, seeded):
    service.archived_pdf(store, document_type="agreement", document_id=seeded.agreement_id)
    for sql in ("UPDATE sealed_document SET pdf = x'00'", "DELETE FROM sealed_document"):
        with pytest.raises(IntegrityError, match="append-only"), store.engine.begin() as conn:
            conn.exec_driver_sql(sql)


def test_each_copy_is_archived_on_its_own_and_the_company_copy_has_no_cpr(store, seeded, pdf_text):
    jobcenter = service.archived_pdf(
        store, document_type="agreement", document_id=seeded.agreement_id
    )
    company = service.archived_pdf(
        store, document_type="agreement", document_id=seeded.agreement_id, copy_for=CopyFor.COMPANY
    )
    assert examples.CPR in pdf_text(jobcenter)
    assert examples.CPR not in pdf_text(company)
    assert examples.HEALTH_NOTE not in pdf_text(jobcenter) + pdf_text(company)
    copies = {(a.document_id, a.copy_for) for a in service.archived(store)}
    assert copies == {(seeded.agreement_id, "jobcenter"), (seeded.agreement_id, "virksomhed")}


def test_a_draft_is_refused(store, seeded):
    draft = examples.agreement(examples.parties()).replace(
        id="01900000-0000-7000-8000-0000000000f1", status=DocumentStatus.DRAFT.value
    )
    store.save(draft)
    with pytest.raises(service.DocumentError, match="ikke underskrevet"):
        service.seal_and_archive(store, document_type="agreement", document_id=draft.id)
    # A draft can still be previewed, unsealed.
    assert service.render_document(store, document_type="agreement", document_id=draft.id)


def test_a_version_missing_a_signature_is_refused_naming_the_party(store, org_cert):
    service.save_organisation_settings(
        store, p12_path=str(org_cert.p12_path), p12_password=org_cert.password
    )
    p = examples.parties()
    a = examples.agreement(p)
    with store.batch():
        for record in (p.citizen, p.company, p.case, a):
            store.save(record)
        for sig in examples.signatures_for(a, p):
            if sig.party != "virksomhed":
                store.save(sig)
    with pytest.raises(service.DocumentError, match="mangler underskrift fra: virksomhed"):
        service.seal_and_archive(store, document_type="agreement", document_id=a.id)


def test_without_an_organisation_certificate_sealing_explains_what_is_missing(store):
    p = examples.parties()
    a = examples.agreement(p)
    with store.batch():
        for record in (p.citizen, p.company, p.case, a, *examples.signatures_for(a, p)):
            store.save(record)
    with pytest.raises(service.DocumentError, match="certifikat er ikke sat op"):
        service.archived_pdf(store, document_type="agreement", document_id=a.id)
    assert service.archived(store) == []


def test_export_all_writes_each_signed_version_and_a_second_export_is_identical(
    store, seeded, tmp_path
):
    first = service.export_all(store, out_dir=tmp_path / "a")
    second = service.export_all(store, out_dir=tmp_path / "b")
    names = sorted(p.name for p in first.written)
    assert names == [f"{seeded.case_id}-aftale-v2.pdf", f"{seeded.case_id}-trepartsplan-v1.pdf"]
    assert all(re.fullmatch(r"[0-9a-f-]{36}-(aftale|trepartsplan)-v\d+\.pdf", n) for n in names)
    for path in first.written:
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()
    assert first.skipped == second.skipped == ()
    exports = _audits(store, AuditAction.EXPORT)
    assert len(exports) == 4
    assert {e.record_id for e in exports} == {seeded.agreement_id, seeded.plan_id}


def test_export_all_skips_what_cannot_be_sealed_and_says_why(store, seeded, tmp_path):
    lone = examples.agreement(examples.parties()).replace(id="01900000-0000-7000-8000-0000000000f2")
    store.save(lone)  # signed status but nobody's signature on this content
    report = service.export_all(store, out_dir=tmp_path)
    assert len(report.written) == 2
    ((version, reason),) = report.skipped
    assert version.document_id == lone.id
    assert "mangler underskrift" in reason


def test_export_and_print_are_audited(store, seeded, tmp_path):
    path = service.export_pdf(
        store,
        document_type="plan",
        document_id=seeded.plan_id,
        path=tmp_path / "plan.pdf",
        copy_for=CopyFor.COMPANY,
    )
    assert path.read_bytes().startswith(b"%PDF")
    service.record_print(
        store, document_type="plan", document_id=seeded.plan_id, copy_for=CopyFor.COMPANY, pages=3
    )
    (export,) = _audits(store, AuditAction.EXPORT)
    (printed,) = _audits(store, AuditAction.PRINT)
    assert export.detail == "PDF gemt: plan.pdf, virksomhedens eksemplar"
    assert printed.detail == "udskrevet: virksomhedens eksemplar, 3 sider"
    assert export.case_id == printed.case_id == seeded.case_id


def test_minutes_are_sealed_with_the_organisation_certificate(store, seeded, pdf_text):
    pdf = service.minutes_pdf(store, meeting_id=seeded.meeting_id, copy_for=CopyFor.MENTOR)
    assert service.verify(pdf, store=store).valid
    text = pdf_text(pdf)
    assert "Referat: Midtvejsevaluering" in text
    assert examples.HEALTH_NOTE not in text


def test_verify_trusts_the_organisation_certificate_from_the_vault(store, seeded):
    pdf = service.archived_pdf(store, document_type="plan", document_id=seeded.plan_id)
    assert service.verify(pdf, store=store).valid
    assert not service.verify(pdf).valid  # nothing trusted without the organisation


def test_organisation_settings_live_in_the_vault_and_changes_are_audited(store, org_cert):
    assert service.organisation_settings(store).name == "Jobcenter"
    settings = service.save_organisation_settings(
        store, name="Jobcenter Ærø", p12_path=str(org_cert.p12_path), p12_password=org_cert.password
    )
    assert settings.name == "Jobcenter Ærø" and settings.can_seal
    assert store.get_state("org.p12_password") == org_cert.password
    assert org_cert.password not in repr(settings)
    (change,) = [e for e in _audits(store, AuditAction.CHANGE) if e.record_type == "settings"]
    assert org_cert.password not in (change.detail or "")
    with pytest.raises(service.DocumentError, match="forkert adgangskode"):
        service.save_organisation_settings(store, p12_password="forkert")


def test_signed_versions_lists_superseded_versions_too(store, seeded):
    old = examples.agreement(examples.parties()).replace(
        id="01900000-0000-7000-8000-0000000000a0",
        version=1,
        supersedes_id=None,
        status=DocumentStatus.SUPERSEDED.value,
        mentor_hours=1.0,
    )
    store.save(old)
    for sig in examples.signatures_for(old):
        store.save(sig)
    versions = {(v.document_id, v.version, v.missing) for v in service.signed_versions(store)}
    assert (old.id, 1, ()) in versions
    assert (seeded.agreement_id, 2, ()) in versions
    assert all(s.document_id for s in store.list(Signature))
