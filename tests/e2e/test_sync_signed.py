"""Signed agreements and plans from two laptops stay intact through repeated syncs.

Issue: on a PostgreSQL server (jsonb reorders object keys) a record pulled back looked changed and
its update hit the device's frozen trigger: "Dokumentet er underskrevet og kan ikke ændres".
Runs on SQLite and PostgreSQL (the `server` fixture).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from desktop.documents.certificates import make_demo_organisation_certificate
from desktop.domain.records import Agreement, HoursPeriod, Plan, Signature
from desktop.services import agreements, documents, plans, signing
from desktop.services.access import Viewer
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.codec import same_value, to_wire
from sync.protocol.vocabulary import Role
from sync.server.models import records
from tests.e2e.conftest import TEAM, new_case

STROKES = [[[0.1, 0.5], [0.2, 0.6], [0.3, 0.4]], [[0.5, 0.5], [0.7, 0.52]]]
SIGNERS = (("borger", "Åse Bæk"), ("virksomhed", "Bo Frølund"), ("jobcenter", "Kim Holm Jensen"))


def _sign_all(store, viewer, kind, doc_id):
    for party, name in SIGNERS:
        signing.sign(store, viewer=viewer, kind=kind, document_id=doc_id, party=party,
                     signer_name=name, strokes=STROKES)


def _signed_documents(store, viewer, tmp_path) -> list[str]:
    """A case with a signed agreement (consent to share) and a signed plan referring to it."""
    p12, password = make_demo_organisation_certificate(tmp_path / f"org-{viewer.username}")
    documents.save_organisation_settings(
        store, name="Jobcenter Testby", logo_path=None, p12_path=str(p12), p12_password=password
    )
    case = new_case(store)
    agreement = agreements.new_agreement(store, viewer=viewer, case_id=case.id).replace(
        hours_per_week=12.0,
        weekday_hours={"tor": 4, "man": 4, "tir": 4},
        accommodations=[agreements.accommodation_from_catalogue(c)
                        for c in ("ingen_tunge_loeft", "ekstra_pauser")],
        bad_day_plan="Ring til mentor før kl. 8.",
        tasks_included="Plukning",
        tasks_excluded="Tunge løft",
        consent_to_share=True,
    )
    signing.save_draft_document(store, viewer=viewer, document=agreement)
    _sign_all(store, viewer, "agreement", agreement.id)
    plan = plans.new_plan(store, viewer=viewer, case_id=case.id).replace(
        goal="15 timer om ugen",
        agreement_id=agreement.id,
        start_date=dt.date(2026, 11, 2),
        end_date=dt.date(2027, 1, 25),
        periods=[HoursPeriod(1, 2, 2, 2.0), HoursPeriod(3, 4, 3, 3.0)],
        commitments={"virksomhed": "Mentor", "borger": "Møder til tiden",
                     "jobcenter": "Opfølgning"},
    )
    signing.save_draft_document(store, viewer=viewer, document=plan)
    _sign_all(store, viewer, "plan", plan.id)
    assert store.get(Agreement, agreement.id).status == "underskrevet"
    assert store.get(Plan, plan.id).status == "underskrevet"
    return [agreement.id, plan.id]


def _wire(record, record_type: str) -> dict:
    rt = CATALOGUE[record_type]
    return {f.name: to_wire(f, getattr(record, f.name)) for f in rt.fields}


def test_signed_documents_from_two_laptops_survive_six_alternating_syncs(
    server, make_device, tmp_path
):
    anne = make_device("anne", Role.CONSULTANT)
    bo = make_device("bo", Role.CONSULTANT)
    ids = _signed_documents(anne.store, Viewer("anne", "consultant", TEAM), tmp_path)
    ids += _signed_documents(bo.store, Viewer("bo", "consultant", TEAM), tmp_path)

    for device in (anne, bo, anne, bo, anne, bo):
        report = device.sync()  # raises on the defect
        assert report.refusals == [] and report.quarantined == 0, report.summary_da()

    kinds = {"agreement": Agreement, "plan": Plan}
    with server.engine.connect() as conn:
        on_server = {
            r.record_id: (r.record_type, json.loads(v) if isinstance(v, str) else v)
            for r, v in (
                (row, row[2]) for row in conn.execute(
                    select(records.c.record_id, records.c.record_type, records.c["values"])
                    .where(records.c.record_type.in_(("agreement", "plan", "signature")))
                )
            )
        }
    signatures = [rid for rid, (t, _) in on_server.items() if t == "signature"]
    assert len(signatures) == 12  # three parties, two documents, two laptops
    for rid, (record_type, server_values) in on_server.items():
        cls = kinds.get(record_type, Signature)
        a, b = anne.store.get(cls, rid), bo.store.get(cls, rid)
        assert a is not None and b is not None, f"{record_type} missing on a laptop"
        assert a == b, f"{record_type} differs between the laptops"
        rt = CATALOGUE[record_type]
        for name, value in _wire(a, record_type).items():
            assert same_value(rt.field(name), value, server_values.get(name)), (
                f"{record_type}.{name} differs on the server")
    assert set(ids) <= set(on_server)
