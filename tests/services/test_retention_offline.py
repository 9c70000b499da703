"""A device offline past a retention period purges on its own, at unlock, without a server."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from desktop.domain.records import AuditEntry, Case, Citizen, Meeting, Screening
from desktop.services import organisation
from desktop.services import session as sessions
from desktop.store import archive
from desktop.vault import KdfParams
from sync.protocol.ids import uuid7
from tests.vault_pages import found_in_vault

FAST = KdfParams(memory_kib=8, iterations=1, lanes=1)
PASSWORD = "enheds-kode-1"


def _vault(tmp_path):
    s = sessions.create_vault(tmp_path / "v", PASSWORD, username="anne", role="consultant",
                              team="Team Vest", kdf=FAST)
    st = s.store
    old = st.save(Citizen(id=uuid7(), name="Ottilia Brønsvig", cpr="020280-4431",
                          health_notes="Marsvinnote"))
    old_case = st.save(Case(id=uuid7(), citizen_id=old.id, scheme="fleksjob",
                            status="afsluttet", end_date=dt.date(2020, 1, 31)))
    st.save(Meeting(id=uuid7(), case_id=old_case.id, kind="opfoelgning",
                    starts_at=dt.datetime(2019, 5, 1, 9, 0), notes="Pelikanmøde"))
    archive.put(st, document_type="agreement", document_id=uuid7(), version=1,
                copy_for="jobcenter", case_id=old_case.id, content_hash="0" * 64,
                pdf=b"%PDF Ottilia sealed " * 40)
    st.save_draft("ny-møde-kladde", record_type="meeting", record_id=None, case_id=old_case.id,
                  payload={"notes": "Kladdekolibri"})
    fresh = st.save(Citizen(id=uuid7(), name="Frida Nyborg"))
    fresh_case = st.save(Case(id=uuid7(), citizen_id=fresh.id, scheme="fleksjob",
                              status="afsluttet", end_date=dt.date(2025, 1, 31)))
    no_case = st.save(Citizen(id=uuid7(), name="Sigurd Screenet"))
    screening = st.save(Screening(id=uuid7(), citizen_id=no_case.id,
                                  screened_at=dt.datetime(2021, 1, 5, 9, 0, tzinfo=dt.UTC),
                                  consent_to_record=True, what_helped="Blæksprutteråd"))
    ids = {"old": old.id, "old_case": old_case.id, "fresh_case": fresh_case.id,
           "screening": screening.id, "no_case": no_case.id}
    key = s.vault.database_key
    st.checkpoint()
    planted = ["Pelikanmøde", "Ottilia sealed", "Kladdekolibri"]
    assert found_in_vault(st.path, key, planted) == planted
    s.close()
    return tmp_path / "v", ids


NEEDLES = ["Ottilia Brønsvig", "020280-4431", "Marsvinnote", "Pelikanmøde", "Ottilia sealed",
           "Blæksprutteråd", "Kladdekolibri"]


def test_unlock_purges_what_has_expired_without_a_server(tmp_path):
    folder, ids = _vault(tmp_path)
    with sessions.open_session(folder, PASSWORD) as s:
        st = s.store
        assert st.get(Case, ids["old_case"]) is None and st.get(Citizen, ids["old"]) is None
        assert st.get(Screening, ids["screening"]) is None
        assert st.get(Case, ids["fresh_case"]) is not None  # ended under 5 years ago
        assert st.get(Citizen, ids["no_case"]) is not None  # only the answers go
        assert archive.list_archived(st, case_id=ids["old_case"]) == []
        assert found_in_vault(st.path, s.vault.database_key, NEEDLES) == []
        entries = [e for e in st.list(AuditEntry) if e.detail and "opbevaring" in e.detail]
        assert len(entries) == 1
        assert "meeting 1" in entries[0].detail and "PDF'er 1" in entries[0].detail
        assert "Ottilia" not in entries[0].detail
        with st.read() as conn:
            pending = conn.execute(
                text("SELECT count(*) FROM outbox WHERE record_id = :i"), {"i": ids["old_case"]}
            ).scalar()
        assert pending == 0  # the purge is local: nothing is sent for it
    # The next unlock finds nothing more to purge.
    with sessions.open_session(folder, PASSWORD) as s:
        entries = [e for e in s.store.list(AuditEntry) if e.detail and "opbevaring" in e.detail]
        assert len(entries) == 1


def test_organisation_periods_decide(tmp_path, monkeypatch):
    folder, ids = _vault(tmp_path)
    conf = tmp_path / "org.toml"
    conf.write_text("[retention]\nclosed_case_years = 10\nscreening_months = 120\n")
    monkeypatch.setenv(organisation.ENV_FILE, str(conf))
    organisation.reset()
    try:
        with sessions.open_session(folder, PASSWORD) as s:
            assert s.store.get(Case, ids["old_case"]) is not None
            assert s.store.get(Screening, ids["screening"]) is not None
    finally:
        organisation.reset()


def test_health_notes_go_sooner_on_the_device_too(tmp_path):
    from desktop.domain.records import Agreement

    s = sessions.create_vault(tmp_path / "h", PASSWORD, username="anne", role="consultant",
                              team="Team Vest", kdf=FAST)
    st = s.store
    citizen = st.save(Citizen(id=uuid7(), name="Hedda Helbred", health_notes="Tapirnote"))
    case = st.save(Case(id=uuid7(), citizen_id=citizen.id, scheme="fleksjob",
                        status="afsluttet", end_date=dt.date(2024, 6, 30)))
    meeting = st.save(Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                              starts_at=dt.datetime(2024, 5, 1, 9, 0), notes="Beholdes",
                              health_notes="Tapirmøde"))
    signed = st.save(Agreement(id=uuid7(), case_id=case.id, version=1, status="underskrevet",
                               scheme="fleksjob", valid_from=dt.date(2024, 1, 1),
                               health_notes="Tapiraftale"))
    s.close()
    with sessions.open_session(tmp_path / "h", PASSWORD) as s:
        st = s.store
        assert st.get(Citizen, citizen.id).health_notes is None
        assert st.get(Meeting, meeting.id).health_notes is None
        assert st.get(Meeting, meeting.id).notes == "Beholdes"
        assert st.get(Agreement, signed.id).health_notes is None
        assert st.get(Case, case.id) is not None
        with st.read() as conn:
            ops = conn.execute(text("SELECT fields FROM outbox")).scalars().all()
        assert not any("Tapir" in f for f in ops)  # waiting edits lose the note too
        assert found_in_vault(st.path, s.vault.database_key, ["Tapirnote", "Tapirmøde",
                                                              "Tapiraftale"]) == []
