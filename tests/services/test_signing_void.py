"""Editing a draft after a party signed: never silent, the voided signature is kept once."""

from __future__ import annotations

import pytest

from desktop.services import signing
from tests.e2e.conftest import new_case
from tests.services.test_signing import CONSULTANT, STROKES, _filled


def _sign_as_citizen(store, document_id):
    signing.sign(
        store,
        viewer=CONSULTANT,
        kind="agreement",
        document_id=document_id,
        party="borger",
        signer_name="Åse Bæk",
        strokes=STROKES,
    )


def _signed_by_citizen(store):
    case = new_case(store)
    draft = _filled(store, case)
    signing.save_draft_document(store, viewer=CONSULTANT, document=draft)
    _sign_as_citizen(store, draft.id)
    return case, draft


def test_edit_after_signing_is_refused_until_confirmed_and_names_the_signer(store):
    case, draft = _signed_by_citizen(store)
    edited = draft.replace(bad_day_plan="Ring til mentor.")

    with pytest.raises(signing.SignaturesWouldBeVoided) as refused:
        signing.save_draft_document(store, viewer=CONSULTANT, document=edited)
    assert str(refused.value) == "Borger har underskrevet; ændringen kræver en ny underskrift."
    (version,) = signing.history(store, viewer=CONSULTANT, case_id=case.id, kind="agreement")
    assert version.document.bad_day_plan == draft.bad_day_plan  # nothing saved
    assert [s.party for s in version.signatures] == ["borger"]


def test_confirmed_edit_keeps_the_voided_signature_once_marked_with_who_when_which_edit(store):
    case, draft = _signed_by_citizen(store)
    edited = draft.replace(bad_day_plan="Ring til mentor.", aids="Hæve-sænkebord")
    signing.save_draft_document(store, viewer=CONSULTANT, document=edited, void_signatures=True)
    # Saving again (e.g. autosave) must not void anything twice.
    signing.save_draft_document(store, viewer=CONSULTANT, document=edited)

    (version,) = signing.history(store, viewer=CONSULTANT, case_id=case.id, kind="agreement")
    assert version.signatures == ()
    assert "borger" in version.missing
    (voided,) = version.voided
    assert voided.signature.party == "borger"
    assert voided.signature.signer_name == "Åse Bæk"
    assert voided.voided_by == store.actor.username
    assert voided.voided_at is not None
    assert set(voided.fields) == {"Ved en dårlig dag / sygdom", "Hjælpemidler"}

    # The citizen signs the new content: listed once as signed, the old one still voided.
    _sign_as_citizen(store, draft.id)
    (version,) = signing.history(store, viewer=CONSULTANT, case_id=case.id, kind="agreement")
    assert [s.party for s in version.signatures] == ["borger"]
    assert [vs.signature.party for vs in version.voided] == ["borger"]


def test_warning_names_every_party_that_signed(store):
    case, draft = _signed_by_citizen(store)
    signing.sign(
        store,
        viewer=CONSULTANT,
        kind="agreement",
        document_id=draft.id,
        party="virksomhed",
        signer_name="Bo Frølund",
        strokes=STROKES,
    )
    with pytest.raises(signing.SignaturesWouldBeVoided) as refused:
        signing.save_draft_document(
            store, viewer=CONSULTANT, document=draft.replace(tasks_included="Pakning")
        )
    assert str(refused.value) == (
        "Borger og Virksomhed har underskrevet; ændringen kræver en ny underskrift."
    )



def test_a_voided_signature_is_not_printed_on_the_edited_draft(store):
    from desktop.services import documents

    _case, draft = _signed_by_citizen(store)
    before = documents.load_document(store, document_type="agreement", document_id=draft.id)
    assert [s.party for s in before.signatures] == ["borger"]
    edited = draft.replace(bad_day_plan="Ring til mentor.")
    signing.save_draft_document(store, viewer=CONSULTANT, document=edited, void_signatures=True)
    # What the preview and print render from: the citizen signed other words than these.
    after = documents.load_document(store, document_type="agreement", document_id=draft.id)
    assert list(after.signatures) == []
