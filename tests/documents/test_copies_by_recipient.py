"""Every person gets exactly the copy meant for them: the company's and citizen's copies carry no
CPR and explain in plain Danish how to check the paper, only the jobcenter's copy carries the
CPR and the technical details, a mentor only ever gets the mentor's copy, and a draft prints as
KLADDE without a verification code or QR."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from desktop.documents import CopyFor, examples, render_agreement, render_minutes, render_plan
from desktop.domain.lifecycle import content_hash, verification_code
from desktop.domain.records import Agreement, AuditEntry
from desktop.services import documents as service
from desktop.services.access import AccessDenied, Viewer
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import AuditAction, DocumentStatus

CONSULTANT = Viewer("test.konsulent", "consultant", "Team Test")
MENTOR = Viewer("demo.mentor", "mentor")
CPR_DIGITS = re.compile(r"240385-?1234")


def _text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages
    )


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _mentor_case(store, case_id: str) -> None:
    from desktop.domain.records import Case

    case = store.get(Case, case_id)
    store.save(case.replace(mentors=["demo.mentor"]))


@pytest.mark.parametrize("document_type", ["agreement", "plan", "meeting"])
def test_the_printed_company_and_citizen_copies_carry_no_cpr(store, seeded, document_type):
    doc_id = {
        "agreement": seeded.agreement_id,
        "plan": seeded.plan_id,
        "meeting": seeded.meeting_id,
    }[document_type]
    for copy_for in (CopyFor.COMPANY, CopyFor.CITIZEN, CopyFor.MENTOR):
        copy = service.document_copy(
            store, viewer=CONSULTANT, document_type=document_type, document_id=doc_id,
            copy_for=copy_for,
        )
        text = _text(copy.pdf)
        assert not CPR_DIGITS.search(text), copy_for
        assert examples.HEALTH_NOTE not in text
        assert copy.copy_for is copy_for and copy.sealed
    if document_type != "plan":  # the plan's parties block shows no citizen details at all
        jobcenter = service.document_copy(
            store, viewer=CONSULTANT, document_type=document_type, document_id=doc_id,
            copy_for=CopyFor.JOBCENTER,
        )
        assert CPR_DIGITS.search(_text(jobcenter.pdf)) or document_type == "meeting"


def test_the_default_copy_is_the_company_copy(store, seeded):
    assert service.DEFAULT_COPY is CopyFor.COMPANY
    copy = service.document_copy(
        store, viewer=CONSULTANT, document_type="agreement", document_id=seeded.agreement_id
    )
    assert copy.copy_for is CopyFor.COMPANY
    assert "Virksomhedens eksemplar" in _text(copy.pdf)
    assert not CPR_DIGITS.search(_text(copy.pdf))


def test_the_jobcenter_copy_alone_carries_the_cpr(store, seeded):
    copy = service.document_copy(
        store, viewer=CONSULTANT, document_type="agreement", document_id=seeded.agreement_id,
        copy_for=CopyFor.JOBCENTER,
    )
    text = _text(copy.pdf)
    assert CPR_DIGITS.search(text)
    assert "Jobcentrets eksemplar" in text


def test_every_page_says_whose_copy_it_is(store, seeded):
    for copy_for in CopyFor:
        copy = service.document_copy(
            store, viewer=CONSULTANT, document_type="agreement",
            document_id=seeded.agreement_id, copy_for=copy_for,
        )
        pages = _pages(copy.pdf)
        assert len(pages) >= 2
        assert all(copy_for.label in page for page in pages), copy_for


def test_a_mentor_gets_the_sealed_mentor_copy_and_nothing_else(store, seeded):
    _mentor_case(store, seeded.case_id)
    copy = service.document_copy(
        store, viewer=MENTOR, document_type="agreement", document_id=seeded.agreement_id,
        copy_for=CopyFor.MENTOR,
    )
    text = _text(copy.pdf)
    assert copy.sealed and copy.note is None
    assert "Mentorens eksemplar" in text and "Jobcentrets eksemplar" not in text
    assert "Jobcenter Demo Kommune" in text
    assert service.verify(copy.pdf, store=store).intact
    assert service.copies_for(MENTOR) == (CopyFor.MENTOR,)
    for other in (CopyFor.JOBCENTER, CopyFor.COMPANY, CopyFor.CITIZEN):
        with pytest.raises(AccessDenied):
            service.document_copy(
                store, viewer=MENTOR, document_type="agreement",
                document_id=seeded.agreement_id, copy_for=other,
            )


def test_a_mentor_gets_no_agreement_without_consent(store, seeded):
    _mentor_case(store, seeded.case_id)
    signed = store.get(Agreement, seeded.agreement_id)
    draft = store.save(
        signed.replace(
            id=uuid7(), version=3, supersedes_id=signed.id, consent_to_share=False,
            status=DocumentStatus.DRAFT.value,
        )
    )
    with pytest.raises(AccessDenied):
        service.document_copy(
            store, viewer=MENTOR, document_type="agreement", document_id=draft.id,
            copy_for=CopyFor.MENTOR,
        )
    # The consultant still prints it (as KLADDE).
    assert service.document_copy(
        store, viewer=CONSULTANT, document_type="agreement", document_id=draft.id
    ).draft


def test_a_mentor_is_not_told_about_certificates(store, seed_records):
    """No organisation certificate on the mentor's laptop: the mentor copy, unsealed, quietly."""
    seeded = seed_records(store)
    _mentor_case(store, seeded.case_id)
    mentor = service.document_copy(
        store, viewer=MENTOR, document_type="agreement", document_id=seeded.agreement_id,
        copy_for=CopyFor.MENTOR,
    )
    assert not mentor.sealed and mentor.note is None
    assert "Mentorens eksemplar" in _text(mentor.pdf)
    staff = service.document_copy(
        store, viewer=CONSULTANT, document_type="agreement", document_id=seeded.agreement_id
    )
    assert staff.note and "certifikat" in staff.note


def test_a_mentor_sees_only_the_cases_they_mentor(store, seeded):
    with pytest.raises(AccessDenied):
        service.document_copy(
            store, viewer=MENTOR, document_type="meeting", document_id=seeded.meeting_id,
            copy_for=CopyFor.MENTOR,
        )


def _draft(document):
    agreement = document.agreement.replace(status=DocumentStatus.DRAFT.value)
    return dataclasses.replace(document, agreement=agreement)


@pytest.mark.parametrize("copy_for", list(CopyFor))
def test_a_draft_prints_kladde_on_every_page_and_no_verification_code(copy_for):
    document = _draft(examples.agreement_document())
    pdf = render_agreement(document, examples.organisation(), copy_for)
    code = verification_code(content_hash(document.agreement))
    pages = _pages(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert "KLADDE" in page
        assert code not in page and "Kontrolkode" not in page
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not any("qr" in str(name).lower() for name in xobjects), "a draft has no QR"


def test_a_draft_plan_prints_kladde_without_a_code():
    document = examples.plan_document()
    draft = dataclasses.replace(
        document, plan=document.plan.replace(status=DocumentStatus.DRAFT.value)
    )
    pdf = render_plan(draft, examples.organisation(), CopyFor.COMPANY)
    code = verification_code(content_hash(draft.plan))
    assert all("KLADDE" in page and code not in page for page in _pages(pdf))


def test_a_signed_copy_keeps_its_code_and_qr():
    pdf = render_agreement(examples.agreement_document(), examples.organisation(), CopyFor.COMPANY)
    code = verification_code(content_hash(examples.agreement_document().agreement))
    pages = _pages(pdf)
    assert all(code in page and "KLADDE" not in page for page in pages)
    xobjects = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/XObject"]
    assert any("qr" in str(name).lower() for name in xobjects)


@pytest.mark.parametrize("copy_for", [CopyFor.COMPANY, CopyFor.CITIZEN, CopyFor.MENTOR])
def test_citizen_and_company_copies_explain_checking_in_plain_danish(copy_for):
    org = dataclasses.replace(examples.organisation(), verify_url="https://kommune.dk/tjek")
    for pdf in (
        render_agreement(examples.agreement_document(), org, copy_for),
        render_minutes(examples.minutes_document(), org, copy_for),
    ):
        text = _text(pdf)
        assert "SHA-256" not in text and "trepart verify" not in text
        assert "kommandoen" not in text
        assert f"Kontakt {org.name} og oplys kontrolkoden" in text
        assert "https://kommune.dk/tjek" in text


def test_without_a_verification_page_the_copy_says_ask_the_jobcenter():
    org = examples.organisation()
    text = _text(render_agreement(examples.agreement_document(), org, CopyFor.CITIZEN))
    assert f"Kontakt {org.name} og oplys kontrolkoden" in text
    assert "Du kan også tjekke" not in text


def test_the_jobcenter_copy_keeps_the_technical_details():
    text = _text(
        render_agreement(examples.agreement_document(), examples.organisation(), CopyFor.JOBCENTER)
    )
    assert "SHA-256" in text and "trepart verify" in text


def test_the_verification_page_is_an_organisation_setting(store, seeded):
    settings = service.save_organisation_settings(store, verify_url=" https://kommune.dk/tjek ")
    assert settings.verify_url == "https://kommune.dk/tjek"
    copy = service.document_copy(
        store, viewer=CONSULTANT, document_type="meeting", document_id=seeded.meeting_id,
        copy_for=CopyFor.CITIZEN,
    )
    assert "https://kommune.dk/tjek" in _text(copy.pdf)
    assert service.save_organisation_settings(store, verify_url="").verify_url is None
    entry = store.list(AuditEntry, where={"record_type": "settings"})[-1]
    assert "https" not in (entry.detail or "")  # audited without the value


def test_minutes_print_and_their_audit_names_the_recipient(store, seeded):
    copy = service.document_copy(
        store, viewer=CONSULTANT, document_type="meeting", document_id=seeded.meeting_id
    )
    assert copy.copy_for is CopyFor.COMPANY and copy.sealed
    text = _text(copy.pdf)
    assert "Referat" in text and "Virksomhedens eksemplar" in text
    assert examples.HEALTH_NOTE not in text and not CPR_DIGITS.search(text)
    service.record_print(
        store, document_type="meeting", document_id=seeded.meeting_id,
        copy_for=copy.copy_for, pages=2,
    )
    printed = [
        e for e in store.list(AuditEntry, where={"action": AuditAction.PRINT.value})
        if e.record_id == seeded.meeting_id
    ]
    assert len(printed) == 1
    assert printed[0].case_id == seeded.case_id
    assert printed[0].detail == "udskrevet: virksomhedens eksemplar, 2 sider"
