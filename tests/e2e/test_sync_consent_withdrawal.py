"""A withdrawn consent stops the mentor's sync of the agreement at the next pull, and the
mentor's laptop removes what it had: the signed agreement, its plan, their signatures and the
mentor's printed copy. Consenting again brings them back. SQLite and PostgreSQL (`server`)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from desktop.documents import CopyFor
from desktop.documents.certificates import make_demo_organisation_certificate
from desktop.domain.records import Agreement, HoursPeriod, Meeting, Plan, Signature
from desktop.services import agreements, consents, documents, plans, signing
from desktop.services.access import AccessDenied, Viewer
from desktop.store.schema import RECORD_TABLES
from sync.protocol import audit_chain
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import ConsentKind, ConsentMethod, Role
from sync.server import models as m
from tests.e2e.conftest import TEAM, new_case

ANNE = Viewer("anne", "consultant", TEAM)
MO = Viewer("mo", "mentor", None)
STROKES = [[[0.1, 0.5], [0.2, 0.6], [0.3, 0.4]]]
SIGNERS = (("borger", "Åse Bæk"), ("virksomhed", "Bo Frølund"), ("jobcenter", "Kim Holm"))


def _sign_all(store, kind, doc_id):
    for party, name in SIGNERS:
        signing.sign(store, viewer=ANNE, kind=kind, document_id=doc_id, party=party,
                     signer_name=name, strokes=STROKES)


def _case_with_signed_documents(store):
    case = new_case(store, mentors=["mo"])
    agreement = agreements.new_agreement(store, viewer=ANNE, case_id=case.id).replace(
        hours_per_week=12.0, bad_day_plan="Ring til mentor før kl. 8.", consent_to_share=True,
        weekday_hours={"man": 4, "tir": 4, "tor": 4}, tasks_included="Plukning",
        accommodations=[agreements.accommodation_from_catalogue("ekstra_pauser")],
    )
    signing.save_draft_document(store, viewer=ANNE, document=agreement)
    _sign_all(store, "agreement", agreement.id)
    plan = plans.new_plan(store, viewer=ANNE, case_id=case.id).replace(
        goal="15 timer om ugen", agreement_id=agreement.id,
        start_date=dt.date(2026, 11, 2), end_date=dt.date(2027, 1, 25),
        periods=[HoursPeriod(1, 2, 2, 2.0)],
        commitments={"virksomhed": "Mentor", "borger": "Møder til tiden",
                     "jobcenter": "Opfølgning"},
    )
    signing.save_draft_document(store, viewer=ANNE, document=plan)
    _sign_all(store, "plan", plan.id)
    store.save(Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                       starts_at=dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)))
    return case, agreement.id, plan.id


def _gated_rows(store, case_id: str) -> dict[str, int]:
    with store.read() as conn:
        return {
            name: conn.execute(
                select(func.count()).select_from(RECORD_TABLES[name])
                .where(RECORD_TABLES[name].c.case_id == case_id)
            ).scalar()
            for name in ("agreement", "plan", "signature", "meeting")
        }


def _organisation(store, tmp_path, name: str) -> None:
    p12, password = make_demo_organisation_certificate(tmp_path / f"org-{name}")
    documents.save_organisation_settings(
        store, name="Jobcenter Testby", logo_path=None, p12_path=str(p12), p12_password=password
    )


def test_withdrawn_consent_removes_the_agreement_from_the_mentors_laptop(
    server, make_device, tmp_path
):
    anne = make_device("anne", Role.CONSULTANT)
    mo = make_device("mo", Role.MENTOR, team=None)
    _organisation(anne.store, tmp_path, "anne")
    _organisation(mo.store, tmp_path, "mo")
    case, agreement_id, plan_id = _case_with_signed_documents(anne.store)
    anne.sync()
    mo.sync()
    assert _gated_rows(mo.store, case.id) == {
        "agreement": 1, "plan": 1, "signature": 6, "meeting": 1,
    }
    # The mentor prints (and so archives) their copy of the signed agreement.
    copy = documents.document_copy(
        mo.store, viewer=MO, document_type="agreement", document_id=agreement_id,
        copy_for=CopyFor.MENTOR,
    )
    assert copy.pdf.startswith(b"%PDF") and copy.sealed
    with mo.store.read() as conn:
        assert conn.execute(
            text("SELECT count(*) FROM sealed_document WHERE document_id = :d"),
            {"d": agreement_id},
        ).scalar() == 1

    # The citizen withdraws the consent to share the agreement with the mentor.
    consents.give(
        anne.store, viewer=ANNE, citizen_id=case.citizen_id,
        kind=ConsentKind.MENTOR_AGREEMENT.value, given_how=ConsentMethod.SIGNED.value,
        valid_from=dt.date(2026, 11, 1),
    )
    given = consents.history(anne.store, viewer=ANNE, citizen_id=case.citizen_id)[0]
    consents.withdraw(anne.store, viewer=ANNE, consent_id=given.id, on=dt.date(2026, 12, 1))
    history = consents.history(anne.store, viewer=ANNE, citizen_id=case.citizen_id)
    assert [(r.withdrawn, r.withdrawn_on, r.current) for r in history] == [
        (True, dt.date(2026, 12, 1), True)
    ]
    # On the consultant's laptop at once: no mentor's copy any more.
    with pytest.raises(AccessDenied):
        documents.document_copy(
            anne.store, viewer=ANNE, document_type="agreement", document_id=agreement_id,
            copy_for=CopyFor.MENTOR,
        )
    anne.sync()
    report = mo.sync()
    assert report is not None
    # The next pull removed the documents, row and all; the rest of the case stays.
    assert _gated_rows(mo.store, case.id) == {
        "agreement": 0, "plan": 0, "signature": 0, "meeting": 1,
    }
    assert mo.store.get(Agreement, agreement_id, include_deleted=True) is None
    assert mo.store.get(Plan, plan_id, include_deleted=True) is None
    assert mo.store.list(Signature, where={"case_id": case.id}) == []
    with mo.store.read() as conn:
        archived = conn.execute(
            text("SELECT count(*) FROM sealed_document WHERE document_id = :d"),
            {"d": agreement_id},
        ).scalar()
        guards = conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
            "name IN ('agreement_frozen_delete', 'signature_append_only_delete', "
            "'sealed_document_append_only_delete')"
        )).scalar()
    assert archived == 0
    assert guards == 3  # the delete guards are back in place
    # The team still has everything.
    assert _gated_rows(anne.store, case.id)["agreement"] == 1

    # Consent given again (a new record; the withdrawn one stays in the history).
    consents.give(
        anne.store, viewer=ANNE, citizen_id=case.citizen_id,
        kind=ConsentKind.MENTOR_AGREEMENT.value, given_how=ConsentMethod.ORAL.value,
        valid_from=dt.date(2026, 12, 2),
    )
    assert len(consents.history(anne.store, viewer=ANNE, citizen_id=case.citizen_id)) == 2
    anne.sync()
    mo.sync()
    assert _gated_rows(mo.store, case.id) == {
        "agreement": 1, "plan": 1, "signature": 6, "meeting": 1,
    }

    # Every audit entry those laptops wrote arrived with its hash chain intact.
    with server.engine.connect() as conn:
        chains = conn.execute(select(m.audit_chains)).all()
    assert chains and all(c.breaks == 0 and c.entries > 0 for c in chains)
    assert anne.store.audit_chain_breaks() == [] and mo.store.audit_chain_breaks() == []
    assert audit_chain.CHAINED_FIELDS  # the chain covers the entries' fields
