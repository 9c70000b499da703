"""Retention and erasure end to end (SQLite and PostgreSQL servers, real encrypted vaults).

An expired case goes from the server and, through the normal pull, from every device, sealed
PDFs included; an erased citizen leaves no row with their data and no byte of their name, CPR
or notes in any page of any device's vault file or WAL (decrypted page by page).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text

from desktop.domain.records import Agreement, Case, Citizen, Meeting
from desktop.store import archive
from desktop.store.schema import RECORD_TABLES
from sync.protocol.ids import uuid7
from sync.protocol.retention import Periods
from sync.server import cli, purging
from tests.e2e.conftest import TEAM, new_case
from tests.vault_pages import found_in_vault

NAME = "Quintessa Vorbjerg"
CPR = "240385-4417"
NOTE = "Zanzibarnote om helbred " * 30
MEETING_NOTE = "Kalahariaftale på lageret " * 30
PDF = b"%PDF-1.7 fake sealed Quintessa Vorbjerg " * 50


def _closed_case(store, *, ended: dt.date) -> tuple[Citizen, Case, Meeting, Agreement]:
    citizen = store.save(Citizen(id=uuid7(), name=NAME, cpr=CPR, health_notes=NOTE))
    case = store.save(Case(
        id=uuid7(), title="Lager", citizen_id=citizen.id, team=TEAM, consultant="anne",
        scheme="fleksjob", status="afsluttet", start_date=dt.date(2018, 1, 1), end_date=ended,
    ))
    meeting = store.save(Meeting(
        id=uuid7(), case_id=case.id, kind="opfoelgning",
        starts_at=dt.datetime(2018, 3, 1, 10, 0), notes=MEETING_NOTE,
    ))
    agreement = store.save(Agreement(
        id=uuid7(), case_id=case.id, version=1, status="underskrevet", scheme="fleksjob",
        valid_from=dt.date(2018, 1, 1), health_notes="Zanzibar i aftalen",
    ))
    archive.put(
        store, document_type="agreement", document_id=agreement.id, version=1,
        copy_for="jobcenter", case_id=case.id, content_hash="0" * 64, pdf=PDF,
    )
    return citizen, case, meeting, agreement


def _server_values(server, case_id: str) -> list[tuple[str, bool, str]]:
    with server.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT record_type, deleted, \"values\" FROM records WHERE case_id = :c "
                 "OR record_id = :c"), {"c": case_id},
        ).all()
    return [(r[0], bool(r[1]), r[2] if isinstance(r[2], str) else json.dumps(r[2]))
            for r in rows]


def _vault_cells(store) -> str:
    """Every cell of every record table, as one text (to search for a name or CPR)."""
    parts: list[str] = []
    with store.read() as conn:
        for table in RECORD_TABLES.values():
            for row in conn.execute(text(f'SELECT * FROM "{table.name}"')):
                parts.extend(str(c) for c in row if c is not None)
        parts.extend(str(r[0]) for r in conn.execute(text("SELECT body FROM search_index")))
        parts.extend(str(r[0]) for r in conn.execute(text("SELECT fields FROM outbox")))
    return "\n".join(parts)


def test_expired_case_goes_from_server_and_devices(make_device, server):
    anne, bo = make_device("anne"), make_device("bo")
    citizen, case, meeting, agreement = _closed_case(anne.store, ended=dt.date(2019, 6, 30))
    kept = new_case(anne.store)  # active: must stay
    anne.sync(), bo.sync()
    assert bo.store.get(Meeting, meeting.id).notes == MEETING_NOTE
    bo.store.checkpoint()
    # The page search can fail: before the purge it finds every string on the devices.
    before = found_in_vault(bo.store.path, bo.session.vault.database_key,
                            [NAME, CPR, "Kalahariaftale", "Zanzibarnote"])
    assert len(before) == 4
    assert "fake sealed" in found_in_vault(
        anne.store.path, anne.session.vault.database_key, ["fake sealed"]
    )

    url = server.settings.resolved_database_url()
    assert cli.main(["retention", "run", "--dry-run", "--json", "--database-url", url]) == 0
    assert all(not deleted for _t, deleted, _v in _server_values(server, case.id))

    periods = Periods(closed_case_years=5, screening_months=24)
    done = purging.run(
        server.engine, dry_run=False,
        planner=lambda c: purging.plan_retention(c, periods=periods, today=dt.date.today()),
    )
    kinds = {t for _r, t, _n in done.counts()}
    assert {"case", "meeting", "agreement", "citizen"} <= kinds
    assert done.kept["audit_entry"] > 0  # the access log stays
    for rtype, deleted, values in _server_values(server, case.id):
        if rtype != "audit_entry":
            assert deleted, rtype
            for needle in ("Kalahari", "Zanzibar", "fleksjob"):
                assert needle not in values, (rtype, values)
    # The run is audited with counts and the rule, no values.
    with server.engine.connect() as conn:
        detail = conn.execute(
            text("SELECT detail FROM server_audit WHERE action = 'retention'")
        ).scalar_one()
    assert "meeting 1" in detail and "afsluttet forløb" in detail and NAME not in detail

    for device in (anne, bo):
        device.sync()
        store = device.store
        assert store.get(Case, case.id) is None and store.get(Citizen, citizen.id) is None
        assert store.get(Case, kept.id) is not None
        assert archive.list_archived(store, case_id=case.id) == []
        cells = _vault_cells(store)
        for needle in (NAME, CPR, "Kalahari", "Zanzibar"):
            assert needle not in cells, (device.name, needle)
        left = found_in_vault(store.path, device.session.vault.database_key,
                              [NAME, CPR, "Kalahariaftale", "Zanzibarnote", "fake sealed"])
        assert left == [], (device.name, left)
    # Again: nothing left to purge, nothing written.
    again = purging.run(
        server.engine, dry_run=False,
        planner=lambda c: purging.plan_retention(c, periods=periods, today=dt.date.today()),
    )
    assert again.written == 0


def test_a_write_from_an_offline_device_into_a_purged_case_stays_empty(make_device, server):
    anne, bo = make_device("anne"), make_device("bo")
    _citizen, case, _meeting, _agreement = _closed_case(anne.store, ended=dt.date(2019, 6, 30))
    anne.sync(), bo.sync()
    purging.run(
        server.engine, dry_run=False,
        planner=lambda c: purging.plan_retention(c, periods=Periods(), today=dt.date.today()),
    )
    late = bo.store.save(Meeting(
        id=uuid7(), case_id=case.id, kind="opfoelgning",
        starts_at=dt.datetime(2026, 3, 1, 10, 0), notes="Gnuskrevet offline",
    ))
    bo.sync(), bo.sync()
    assert "Gnuskrevet" not in json.dumps(_server_values(server, case.id))
    assert bo.store.get(Meeting, late.id) is None
    assert found_in_vault(bo.store.path, bo.session.vault.database_key, ["Gnuskrevet"]) == []


def test_erasure_leaves_no_byte_of_the_citizen_on_any_device(make_device, server, capsys):
    anne, bo = make_device("anne"), make_device("bo")
    citizen, case, meeting, _agreement = _closed_case(anne.store, ended=dt.date(2026, 6, 30))
    second = anne.store.save(Case(
        id=uuid7(), title="Nyt", citizen_id=citizen.id, team=TEAM, consultant="anne",
        scheme="fleksjob", status="aktiv", start_date=dt.date(2026, 9, 1),
    ))
    other = new_case(anne.store)
    anne.sync(), bo.sync()
    url = server.settings.resolved_database_url()

    assert cli.main(["erase", "--citizen", citizen.id, "--dry-run", "--json",
                     "--database-url", url]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["written"] == 0 and "audit_entry" in dry["kept"]
    assert set(dry["cases"]) == {case.id, second.id}

    assert cli.main(["erase", "--citizen", citizen.id, "--database-url", url]) == 0
    out = capsys.readouterr().out
    assert "Beholdes" in out and "audit_entry" in out
    with server.engine.connect() as conn:
        rows = conn.execute(text('SELECT record_type, deleted, "values" FROM records')).all()
    dump = json.dumps([[r[0], bool(r[1]), r[2]] for r in rows], default=str)
    for needle in (NAME, CPR, "Zanzibar", "Kalahari"):
        assert needle not in dump

    for device in (anne, bo):
        device.sync()
        store = device.store
        assert store.get(Citizen, citizen.id) is None
        assert store.get(Case, second.id) is None and store.get(Meeting, meeting.id) is None
        assert store.get(Case, other.id) is not None  # another citizen's case is untouched
        with store.read() as conn:
            for rtype in ("citizen", "case", "meeting", "agreement"):
                live = conn.execute(text(
                    f'SELECT count(*) FROM "{RECORD_TABLES[rtype].name}" WHERE deleted = 0 '
                    "AND id IN (:a, :b, :c, :d)"
                ), {"a": citizen.id, "b": case.id, "c": second.id, "d": meeting.id}).scalar()
                assert live == 0, rtype
        cells = _vault_cells(store)
        for needle in (NAME, CPR, "Zanzibar", "Kalahari"):
            assert needle not in cells, (device.name, needle)
        left = found_in_vault(store.path, device.session.vault.database_key,
                              [NAME, CPR, "Zanzibarnote", "Kalahariaftale", "fake sealed"])
        assert left == [], (device.name, left)


def test_health_notes_go_sooner_and_the_rest_stays(make_device, server):
    """Ended 2024-06-30: past the 24 months for health notes, not the 5 years for the case."""
    anne, bo = make_device("anne"), make_device("bo")
    citizen, case, meeting, agreement = _closed_case(anne.store, ended=dt.date(2024, 6, 30))
    anne.store.save(anne.store.get(Meeting, meeting.id).replace(health_notes="Okapihelbred"))
    anne.sync(), bo.sync()
    assert bo.store.get(Agreement, agreement.id).health_notes == "Zanzibar i aftalen"
    today = dt.date(2026, 12, 1)
    done = purging.run(
        server.engine, dry_run=False,
        planner=lambda c: purging.plan_retention(c, periods=Periods(), today=today),
    )
    assert {(r, t) for r, t, _n in done.counts()} == {
        ("opbevaring: helbredsnoter", t) for t in ("agreement", "citizen", "meeting")
    }
    for device in (anne, bo):
        device.sync()
        store = device.store
        assert store.get(Citizen, citizen.id).health_notes is None
        assert store.get(Citizen, citizen.id).cpr == CPR  # only the health notes go
        assert store.get(Meeting, meeting.id).health_notes is None
        assert store.get(Meeting, meeting.id).notes == MEETING_NOTE
        signed = store.get(Agreement, agreement.id)
        assert signed.health_notes is None and signed.status == "underskrevet"
        from desktop.store import syncing

        assert syncing.problems(store) == []
        store.checkpoint()
        left = found_in_vault(store.path, device.session.vault.database_key,
                              ["Zanzibarnote", "Zanzibar i aftalen", "Okapihelbred"])
        assert left == [], (device.name, left)
    again = purging.run(
        server.engine, dry_run=False,
        planner=lambda c: purging.plan_retention(c, periods=Periods(), today=today),
    )
    assert again.written == 0


def test_the_mentors_laptop_empties_a_purged_case_too(make_device, server):
    from sync.protocol.vocabulary import Role

    anne = make_device("anne")
    mette = make_device("mette", Role.MENTOR)
    citizen = anne.store.save(Citizen(id=uuid7(), name=NAME))
    case = anne.store.save(Case(
        id=uuid7(), title="Lager", citizen_id=citizen.id, team=TEAM, consultant="anne",
        mentors=["mette"], scheme="fleksjob", status="afsluttet",
        start_date=dt.date(2018, 1, 1), end_date=dt.date(2019, 6, 30),
    ))
    meeting = anne.store.save(Meeting(
        id=uuid7(), case_id=case.id, kind="opfoelgning",
        starts_at=dt.datetime(2018, 3, 1, 10, 0), notes=MEETING_NOTE,
    ))
    agreement = anne.store.save(Agreement(
        id=uuid7(), case_id=case.id, version=1, status="underskrevet", scheme="fleksjob",
        valid_from=dt.date(2018, 1, 1), consent_to_share=True, tasks_included="Pakning af Kalahari",
    ))
    anne.sync(), mette.sync()
    assert mette.store.get(Meeting, meeting.id).notes == MEETING_NOTE
    assert mette.store.get(Agreement, agreement.id) is not None
    purging.run(
        server.engine, dry_run=False,
        planner=lambda c: purging.plan_retention(c, periods=Periods(), today=dt.date.today()),
    )
    mette.sync()
    assert mette.store.get(Case, case.id) is None and mette.store.get(Meeting, meeting.id) is None
    assert mette.store.get(Agreement, agreement.id) is None
    left = found_in_vault(mette.store.path, mette.session.vault.database_key,
                          [NAME, "Kalahariaftale", "Pakning af Kalahari"])
    assert left == []
