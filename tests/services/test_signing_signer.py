"""Who signed: the case log names each signer's role and printed name, apart from the operator;
the jobcenter prints with the consultant's full name, never a login name."""

from __future__ import annotations

import io

import pypdf
import pytest

from desktop.domain.records import AuditEntry, Case
from desktop.services import agreements, documents, signing
from tests.e2e.conftest import new_case
from tests.services.test_signing import CONSULTANT, STROKES, _filled


def _sign(store, doc_id, party, name):
    return signing.sign(
        store,
        viewer=CONSULTANT,
        kind="agreement",
        document_id=doc_id,
        party=party,
        signer_name=name,
        strokes=STROKES,
    )


def test_case_log_names_each_signers_role_and_printed_name_and_the_operator(store):
    case = new_case(store)
    draft = _filled(store, case)
    signing.save_draft_document(store, viewer=CONSULTANT, document=draft)
    _sign(store, draft.id, "borger", "Åse Bæk")
    _sign(store, draft.id, "virksomhed", "Bo Frølund")
    _sign(store, draft.id, "jobcenter", "Mette Kærgaard")

    signed = [
        e
        for e in store.list(AuditEntry, where={"case_id": case.id}, order_by=("at",))
        if e.action == "sign"
    ]
    assert [e.detail for e in signed] == [
        "Borger: Åse Bæk",
        "Virksomhed: Bo Frølund",
        "Jobcenter: Mette Kærgaard",
    ]
    assert {e.username for e in signed} == {store.actor.username}  # who operated the laptop


def test_jobcenter_prints_the_consultants_full_name_never_the_login_name(store):
    case = new_case(store)
    login = store.actor.username
    store.save(store.get(Case, case.id).replace(consultant=login))
    draft = _filled(store, case)
    # Nothing known yet: the printed name is left for the consultant to fill in.
    assert draft.parties["jobcenter"]["contact"] == ""
    signing.save_draft_document(store, viewer=CONSULTANT, document=draft)
    _sign(store, draft.id, "borger", "Åse Bæk")
    _sign(store, draft.id, "virksomhed", "Bo Frølund")
    with pytest.raises(signing.SigningError, match="fulde navn, ikke et brugernavn"):
        _sign(store, draft.id, "jobcenter", login)
    _sign(store, draft.id, "jobcenter", "Mette Kærgaard")

    pdf = documents.render_document(store, document_type="agreement", document_id=draft.id)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Mette Kærgaard" in text
    assert login not in text

    # Remembered: the next agreement names the consultant in full from the start.
    nxt = agreements.new_agreement(store, viewer=CONSULTANT, case_id=case.id)
    assert nxt.parties["jobcenter"]["contact"] == "Mette Kærgaard"
