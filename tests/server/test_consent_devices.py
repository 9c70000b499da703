"""Consent to share, end to end: what a mentor's encrypted vault holds, checked row by row."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from desktop.domain.records import Agreement, Plan
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from desktop.store import syncing
from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.protocol.wire import RecordChange
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.e2e.conftest import (
    FAST_KDF,
    SERVER_PASSWORD,
    SERVER_URL,
    TEAM,
    VAULT_PASSWORD,
    Device,
    Server,
    new_case,
)


@pytest.fixture
def make_device(
    settings: Settings, engine: Engine, tmp_path: Path
) -> Iterator[Callable[..., Device]]:
    """Device vaults against the server on SQLite and on PostgreSQL."""
    with TestClient(create_app(settings, engine=engine)) as client:
        server = Server(engine=engine, settings=settings, client=client)
        devices: list[Device] = []

        def make(username: str, role: Role = Role.CONSULTANT, *, team: str | None = TEAM
                 ) -> Device:
            server.add_user(username, role, team)
            session = sessions.create_vault(
                tmp_path / f"device-{username}", VAULT_PASSWORD, username=username,
                role=role.value, team=team, kdf=FAST_KDF,
            )
            transport = server.transport()
            sync_service.log_in(
                session.store, server_url=SERVER_URL, username=username,
                password=SERVER_PASSWORD, http_transport=transport,
            )
            device = Device(username, session, transport)
            devices.append(device)
            return device

        yield make
        for device in devices:
            with contextlib.suppress(Exception):
                device.session.close()


def _raw_count(device: Device, table: str) -> int:
    with device.store.engine.connect() as conn:
        return int(conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one())


def test_mentor_vault_holds_no_agreement_until_consent_is_ticked(make_device) -> None:
    anne = make_device("anne")
    mette = make_device("mette", Role.MENTOR, team=None)
    case = new_case(anne.store, mentors=["mette"])
    agreement = anne.store.save(Agreement(
        id=uuid7(), case_id=case.id, valid_from=dt.date(2026, 12, 1), aids="Hæve-sænkebord",
        bad_day_plan="Ring til Eva", consent_to_share=False,
    ))
    anne.store.save(Plan(
        id=uuid7(), case_id=case.id, agreement_id=agreement.id, goal="Fast job",
        start_date=dt.date(2026, 12, 1), end_date=dt.date(2027, 6, 1),
    ))
    anne.sync()
    mette.sync()
    assert _raw_count(mette, "case_") == 1  # the case itself did arrive
    assert _raw_count(mette, "agreement") == 0
    assert _raw_count(mette, "plan") == 0

    anne.store.save(anne.store.get(Agreement, agreement.id).replace(consent_to_share=True))
    anne.sync()
    mette.sync()
    assert _raw_count(mette, "agreement") == 1
    assert _raw_count(mette, "plan") == 1
    assert mette.store.get(Agreement, agreement.id).bad_day_plan == "Ring til Eva"


def test_mentor_device_keeps_no_document_without_consent_whatever_the_server_sends(
    make_device,
) -> None:
    mette = make_device("mette", Role.MENTOR, team=None)
    case_id, no_consent, consented = uuid7(), uuid7(), uuid7()
    clock = HybridClock("server")

    def change(seq: int, rtype: str, rid: str, **values: object) -> RecordChange:
        stamp = str(clock.now())
        return RecordChange(seq=seq, record_type=rtype, record_id=rid, values=values,
                            clocks={k: stamp for k in values})

    doc = {"case_id": case_id, "version": 1, "status": "kladde", "scheme": "fleksjob",
           "valid_from": "2026-12-01"}
    plan = {"case_id": case_id, "version": 1, "status": "kladde", "goal": "Job",
            "start_date": "2026-12-01", "end_date": "2027-06-01"}
    signature = {"case_id": case_id, "document_type": "agreement", "document_version": 1,
                 "content_hash": "ab" * 32, "party": "borger", "signer_name": "Åse",
                 "signed_at": "2026-12-01T10:00:00+01:00", "method": "skaerm"}
    # An older or misconfigured server sends everything.
    page = [
        change(1, "plan", uuid7(), **plan, agreement_id=no_consent),  # before its agreement
        change(2, "agreement", no_consent, **doc, consent_to_share=False),
        change(3, "signature", uuid7(), **signature, document_id=no_consent),
        change(4, "plan", uuid7(), **plan),  # no agreement at all
        change(5, "agreement", consented, **doc, consent_to_share=True),
        change(6, "plan", uuid7(), **plan, agreement_id=consented),
    ]
    syncing.apply_changes(mette.store, page, 6)
    with mette.store.engine.connect() as conn:
        agreements = [r[0] for r in conn.exec_driver_sql("SELECT id FROM agreement")]
        plans = [r[0] for r in conn.exec_driver_sql("SELECT agreement_id FROM plan")]
    assert agreements == [consented]
    assert plans == [consented]
    assert _raw_count(mette, "signature") == 0
    assert syncing.cursor(mette.store) == 6
    # A later page may refer to the consented agreement already on the laptop.
    later = change(7, "plan", uuid7(), **plan, agreement_id=consented)
    syncing.apply_changes(mette.store, [later], 7)
    assert _raw_count(mette, "plan") == 2
