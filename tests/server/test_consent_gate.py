"""Samtykke til deling: without it a mentor receives no agreement, plan or signature of it."""

from __future__ import annotations

from typing import Any

from sync.protocol.ids import uuid7
from tests.server.helpers import Device, Scenario

GATED = ("agreement", "plan", "signature")


def _documents(scenario: Scenario, *, consent: bool) -> dict[str, str]:
    """A draft agreement (with or without consent), a plan referring to it, a signature of it."""
    kim = scenario.devices["kim"]
    ids = {t: uuid7() for t in GATED}
    case = scenario.case_id
    kim.push_ok(
        kim.op("agreement", ids["agreement"], case_id=case, version=1, status="kladde",
               scheme="fleksjob", valid_from="2026-03-01", consent_to_share=consent,
               bad_day_plan="Ring til Eva"),
        kim.op("plan", ids["plan"], case_id=case, version=1, status="kladde", goal="Fast job",
               start_date="2026-03-01", end_date="2026-09-01", agreement_id=ids["agreement"]),
        kim.op("signature", ids["signature"], case_id=case, document_type="agreement",
               document_id=ids["agreement"], document_version=1, content_hash="cd" * 32,
               party="borger", signer_name="Anna Andersen",
               signed_at="2026-03-01T10:00:00+01:00", method="skaerm"),
    )
    return ids


def _got(device: Device, ids: dict[str, str]) -> dict[str, dict[str, Any]]:
    changes = device.pull()
    wanted = {(t, rid) for t, rid in ids.items()}
    # A removal (what a mentor's device must forget) carries no content: it is not a record
    # received (the helper checks it is empty).
    return {
        c["record_type"]: c for c in changes
        if (c["record_type"], c["record_id"]) in wanted and not c.get("removed")
    }


def test_no_consent_no_documents_for_the_mentor(scenario: Scenario) -> None:
    mo, tina = scenario.devices["mo"], scenario.devices["tina"]
    mo.pull()
    tina.pull()
    ids = _documents(scenario, consent=False)
    assert _got(mo, ids) == {}
    # The team still has all of it.
    assert set(_got(tina, ids)) == set(GATED)
    # A plan without any agreement has no consent either.
    kim = scenario.devices["kim"]
    lone = uuid7()
    kim.push_ok(kim.op("plan", lone, case_id=scenario.case_id, version=1, status="kladde",
                       goal="Job", start_date="2026-03-01", end_date="2026-09-01"))
    assert _got(mo, {"plan": lone}) == {}


def test_consent_given_later_sends_what_was_held_back(scenario: Scenario) -> None:
    mo, kim = scenario.devices["mo"], scenario.devices["kim"]
    mo.pull()
    ids = _documents(scenario, consent=False)
    assert _got(mo, ids) == {}
    kim.pull()
    kim.push_ok(kim.op("agreement", ids["agreement"], consent_to_share=True))
    got = _got(mo, ids)
    assert set(got) == set(GATED)
    assert got["agreement"]["values"]["bad_day_plan"] == "Ring til Eva"
    assert got["plan"]["values"]["agreement_id"] == ids["agreement"]


def test_consent_withdrawn_stops_new_versions_and_changes(scenario: Scenario) -> None:
    mo, kim = scenario.devices["mo"], scenario.devices["kim"]
    mo.pull()
    ids = _documents(scenario, consent=True)
    assert set(_got(mo, ids)) == set(GATED)
    kim.pull()
    kim.push_ok(kim.op("agreement", ids["agreement"], consent_to_share=False))
    kim.push_ok(kim.op("agreement", ids["agreement"], bad_day_plan="Ring til Bo"))
    kim.push_ok(kim.op("plan", ids["plan"], tasks="Lager"))
    assert _got(mo, ids) == {}
    # A new version without consent never reaches the mentor either.
    v2 = uuid7()
    kim.push_ok(kim.op("agreement", v2, case_id=scenario.case_id, version=2, status="kladde",
                       scheme="fleksjob", valid_from="2026-06-01", supersedes_id=ids["agreement"],
                       consent_to_share=False))
    assert _got(mo, {"agreement": v2}) == {}
