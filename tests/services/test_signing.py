"""Agreements and plans: fill from the catalogue, sign three times, frozen, version 2."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop.documents.certificates import make_demo_organisation_certificate
from desktop.domain.lifecycle import FrozenDocumentError
from desktop.domain.problems import ValidationError
from desktop.domain.records import Agreement, FollowUp, HoursPeriod, Meeting, Plan
from desktop.services import agreements, documents, plans, signing
from desktop.services.access import Viewer
from desktop.services.session import create_vault
from desktop.store import archive
from desktop.vault import KdfParams
from sync.protocol.ids import uuid7
from tests.e2e.conftest import new_case

STROKES = [[[0.1, 0.5], [0.2, 0.6], [0.3, 0.4]], [[0.5, 0.5], [0.7, 0.52]]]
CONSULTANT = Viewer("anne", "consultant", "Team Vest")


@pytest.fixture
def session(tmp_path: Path):
    s = create_vault(
        tmp_path / "v",
        "pw",
        username="anne",
        role="consultant",
        team="Team Vest",
        kdf=KdfParams(memory_kib=8, iterations=1, lanes=1),
    )
    yield s
    s.close()


@pytest.fixture
def store(session, tmp_path):
    store = session.store
    p12, password = make_demo_organisation_certificate(tmp_path / "org")
    documents.save_organisation_settings(
        store, name="Jobcenter Testby", logo_path=None, p12_path=str(p12), p12_password=password
    )
    return store


def _filled(store, case):
    draft = agreements.new_agreement(store, viewer=CONSULTANT, case_id=case.id)
    accommodations = [
        agreements.accommodation_from_catalogue(c)
        for c in ("ingen_tunge_loeft", "ekstra_pauser", "roligt_sted")
    ]
    return draft.replace(
        hours_per_week=12.0,
        weekday_hours={"man": 4, "tir": 4, "tor": 4},
        accommodations=accommodations,
        bad_day_plan="Ring til mentor før kl. 8.",
        tasks_included="Plukning",
        tasks_excluded="Tunge løft",
    )


def _sign_all(store, kind, doc_id):
    results = []
    for party, name in (("borger", "Åse Bæk"), ("virksomhed", "Bo Frølund"), ("jobcenter", "Anne")):
        results.append(
            signing.sign(
                store,
                viewer=CONSULTANT,
                kind=kind,
                document_id=doc_id,
                party=party,
                signer_name=name,
                strokes=STROKES,
            )
        )
    return results


def test_agreement_signed_by_three_is_frozen_sealed_and_versioned(store):
    case = new_case(store)
    draft = _filled(store, case)
    assert draft.parties["borger"]["name"] == "Åse Bæk Sørensen"
    assert draft.legal_basis and "kap. 11" in draft.legal_basis
    signing.save_draft_document(store, viewer=CONSULTANT, document=draft)

    results = _sign_all(store, "agreement", draft.id)
    assert [r.frozen for r in results] == [False, False, True]
    assert results[1].missing == ("jobcenter",)
    assert results[-1].seal_problem is None
    signed = store.get(Agreement, draft.id)
    assert signed.status == "underskrevet"
    archived = [
        a for a in archive.list_archived(store, case_id=case.id) if a.document_id == draft.id
    ]
    assert len(archived) == 3  # one sealed copy per party

    with pytest.raises(FrozenDocumentError):
        signing.save_draft_document(store, viewer=CONSULTANT, document=signed.replace(aids="X"))
    with pytest.raises(FrozenDocumentError):
        store.save(signed.replace(aids="X"))

    v2 = signing.change_document(store, viewer=CONSULTANT, kind="agreement", document_id=draft.id)
    assert (v2.version, v2.supersedes_id, v2.status) == (2, draft.id, "kladde")
    assert (
        signing.change_document(store, viewer=CONSULTANT, kind="agreement", document_id=draft.id)
        == v2
    )  # one open draft at a time
    signing.save_draft_document(
        store,
        viewer=CONSULTANT,
        document=v2.replace(hours_per_week=15.0, weekday_hours={"man": 5, "tir": 5, "tor": 5}),
    )
    assert store.get(Agreement, draft.id).status == "underskrevet"  # until v2 is signed
    _sign_all(store, "agreement", v2.id)
    history = signing.history(store, viewer=CONSULTANT, case_id=case.id, kind="agreement")
    assert [(h.document.version, h.document.status) for h in history] == [
        (1, "erstattet"),
        (2, "underskrevet"),
    ]
    assert history[0].document.hours_per_week == 12.0  # the old version stays readable
    assert {s.party for s in history[0].signatures} == {"borger", "virksomhed", "jobcenter"}
    assert [
        h.document.version
        for h in signing.current_versions(
            store, viewer=CONSULTANT, case_id=case.id, kind="agreement"
        )
    ] == [2]


def test_signing_an_incomplete_agreement_says_what_is_missing(store):
    case = new_case(store)
    draft = agreements.new_agreement(store, viewer=CONSULTANT, case_id=case.id)
    signing.save_draft_document(store, viewer=CONSULTANT, document=draft)
    before = store.outbox_count()
    with pytest.raises(signing.SigningError) as err:
        signing.sign(
            store,
            viewer=CONSULTANT,
            kind="agreement",
            document_id=draft.id,
            party="borger",
            signer_name="Åse",
            strokes=STROKES,
        )
    text = str(err.value)
    assert "skånehensyn" in text and "timer pr. uge" in text and "dårlig dag" in text
    assert store.outbox_count() == before  # nothing changed


def test_empty_signature_and_double_signing_are_refused(store):
    case = new_case(store)
    draft = _filled(store, case)
    signing.save_draft_document(store, viewer=CONSULTANT, document=draft)
    with pytest.raises(signing.SigningError, match="tom"):
        signing.sign(
            store,
            viewer=CONSULTANT,
            kind="agreement",
            document_id=draft.id,
            party="borger",
            signer_name="Åse",
            strokes=[],
        )
    signing.sign(
        store,
        viewer=CONSULTANT,
        kind="agreement",
        document_id=draft.id,
        party="borger",
        signer_name="Åse",
        strokes=STROKES,
    )
    with pytest.raises(signing.SigningError, match="allerede underskrevet"):
        signing.sign(
            store,
            viewer=CONSULTANT,
            kind="agreement",
            document_id=draft.id,
            party="borger",
            signer_name="Åse",
            strokes=STROKES,
        )


def test_paper_signature_needs_a_scan(store):
    case = new_case(store)
    draft = _filled(store, case)
    signing.save_draft_document(store, viewer=CONSULTANT, document=draft)
    with pytest.raises(signing.SigningError, match="scanning"):
        signing.sign(
            store,
            viewer=CONSULTANT,
            kind="agreement",
            document_id=draft.id,
            party="virksomhed",
            signer_name="Bo",
            on_paper=True,
        )
    result = signing.sign(
        store,
        viewer=CONSULTANT,
        kind="agreement",
        document_id=draft.id,
        party="virksomhed",
        signer_name="Bo",
        on_paper=True,
        paper_scan_b64="iVBORw0KGgo=",
    )
    assert result.signature.method == "papir"


def test_invalid_agreement_is_not_saved(store):
    case = new_case(store)
    draft = _filled(store, case).replace(valid_to=dt.date(2020, 1, 1))
    with pytest.raises(ValidationError, match="Gælder til"):
        signing.save_draft_document(store, viewer=CONSULTANT, document=draft)
    assert store.get(Agreement, draft.id) is None


def test_plan_progression_validated_follow_ups_and_chart(store):
    case = new_case(store)
    plan = plans.new_plan(store, viewer=CONSULTANT, case_id=case.id).replace(
        goal="15 timer om ugen",
        start_date=dt.date(2026, 11, 2),
        end_date=dt.date(2027, 1, 25),
        periods=[HoursPeriod(1, 2, 2, 2.0), HoursPeriod(3, 4, 3, 3.0), HoursPeriod(5, 12, 4, 3.5)],
        commitments={
            "borger": "Møder til tiden",
            "virksomhed": "Mentor",
            "jobcenter": "Opfølgning",
        },
    )
    with pytest.raises(ValidationError, match="37"):
        signing.save_draft_document(
            store, viewer=CONSULTANT, document=plan.replace(periods=[HoursPeriod(1, 2, 5, 8.0)])
        )
    with pytest.raises(ValidationError, match="overlapper"):
        signing.save_draft_document(
            store,
            viewer=CONSULTANT,
            document=plan.replace(periods=[HoursPeriod(1, 3, 2, 2.0), HoursPeriod(3, 4, 3, 3.0)]),
        )
    signing.save_draft_document(store, viewer=CONSULTANT, document=plan)
    plans.schedule_plan_follow_ups(store, viewer=CONSULTANT, plan_id=plan.id)
    plans.schedule_plan_follow_ups(store, viewer=CONSULTANT, plan_id=plan.id)  # idempotent
    follow_ups = store.list(FollowUp, where={"case_id": case.id})
    assert sorted(f.kind for f in follow_ups) == ["midtvej", "slut"]
    store.save(
        Meeting(
            id=uuid7(),
            case_id=case.id,
            kind="opfoelgning",
            starts_at=dt.datetime(2026, 11, 17, 10),
            actual_hours=5.0,
        )
    )
    weeks = plans.planned_vs_actual(store, viewer=CONSULTANT, plan_id=plan.id)
    assert weeks[0] == plans.WeekHours(1, 4.0, None)
    assert weeks[2] == plans.WeekHours(3, 9.0, 5.0)
    assert len(weeks) == 12
    results = _sign_all(store, "plan", plan.id)
    assert results[-1].frozen and store.get(Plan, plan.id).status == "underskrevet"


def test_plan_action_items_with_owner_and_deadline_stay_editable_after_signing(store):
    from desktop.domain.records import ActionItem
    from desktop.services.meetings import ActionEntry

    case = new_case(store)
    plan = plans.new_plan(store, viewer=CONSULTANT, case_id=case.id).replace(
        goal="Mål", start_date=dt.date(2026, 11, 2), end_date=dt.date(2027, 1, 25),
        periods=[HoursPeriod(1, 12, 3, 3.0)],
        commitments={"borger": "a", "virksomhed": "b", "jobcenter": "c"})
    signing.save_draft_document(store, viewer=CONSULTANT, document=plan)
    first = ActionEntry(id=uuid7(), what="Bestil hæve-sænkebord", owner="virksomhed",
                        deadline=dt.date(2026, 11, 16))
    second = ActionEntry(id=uuid7(), what="Aftal mentortimer", owner="jobcenter")
    plans.save_plan_actions(store, viewer=CONSULTANT, plan_id=plan.id, entries=[first, second])
    items = plans.plan_actions(store, viewer=CONSULTANT, plan_id=plan.id)
    assert [(i.what, i.owner, i.deadline) for i in items] == [
        ("Bestil hæve-sænkebord", "virksomhed", dt.date(2026, 11, 16)),
        ("Aftal mentortimer", "jobcenter", None)]
    _sign_all(store, "plan", plan.id)
    # Frozen plan; its to-do list still moves on: one done, one removed.
    plans.save_plan_actions(store, viewer=CONSULTANT, plan_id=plan.id,
                              entries=[dataclasses.replace(first, done=True)])
    items = plans.plan_actions(store, viewer=CONSULTANT, plan_id=plan.id)
    assert [(i.what, i.done) for i in items] == [("Bestil hæve-sænkebord", True)]
    assert store.get(ActionItem, second.id) is None
    with pytest.raises(ValidationError):
        plans.save_plan_actions(store, viewer=CONSULTANT, plan_id=plan.id, entries=[
            ActionEntry(id=uuid7(), what="x" * 10, owner="ukendt")])
