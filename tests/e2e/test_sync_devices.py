"""Several laptops and one server: offline edits everywhere, nothing lost, nothing twice."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.records import Agreement, Case, Citizen, Conflict, Meeting
from desktop.store import syncing
from sync.client import SyncError
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from tests.e2e.conftest import new_case


def _meeting(store, case, **kw):
    base = dict(
        id=uuid7(),
        case_id=case.id,
        kind="opfoelgning",
        starts_at=dt.datetime(2026, 11, 23, 10, 0),
        notes="Start",
    )
    base.update(kw)
    return store.save(Meeting(**base))


def test_offline_edits_on_each_device_arrive_on_the_others(make_device):
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    report = anne.sync()
    assert report.pushed > 0 and anne.store.outbox_count() == 0
    bo.sync()
    assert bo.store.get(Case, case.id) == case

    m_anne = _meeting(anne.store, case, place="Lageret")
    m_bo = _meeting(bo.store, case, place="Kontoret")
    anne.sync(), bo.sync(), anne.sync()
    for device in (anne, bo):
        assert device.store.get(Meeting, m_anne.id).place == "Lageret"
        assert device.store.get(Meeting, m_bo.id).place == "Kontoret"


def test_concurrent_edits_of_one_field_converge(make_device):
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    m = _meeting(anne.store, case)
    anne.sync(), bo.sync()
    anne.store.save(anne.store.get(Meeting, m.id).replace(place="A-sted", actual_hours=6.0))
    bo.store.save(bo.store.get(Meeting, m.id).replace(place="B-sted", planned_hours=8.0))
    anne.sync(), bo.sync(), anne.sync()
    a, b = anne.store.get(Meeting, m.id), bo.store.get(Meeting, m.id)
    assert a == b
    assert a.place == "B-sted"  # written last
    assert (a.actual_hours, a.planned_hours) == (6.0, 8.0)  # different fields both survive


def test_concurrent_note_edits_keep_both_texts(make_device):
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    m = _meeting(anne.store, case, notes="Fælles indledning.")
    anne.sync(), bo.sync()
    anne.store.save(anne.store.get(Meeting, m.id).replace(notes="Annes version af referatet."))
    bo.store.save(bo.store.get(Meeting, m.id).replace(notes="Bos helt anden version."))
    anne.sync(), bo.sync(), anne.sync()
    for device in (anne, bo):
        note = device.store.get(Meeting, m.id).notes
        conflicts = device.store.list(Conflict, where={"record_id": m.id})
        texts = {note} | {c.other for c in conflicts} | {c.kept for c in conflicts}
        assert "Annes version af referatet." in texts
        assert "Bos helt anden version." in texts
    assert anne.store.get(Meeting, m.id) == bo.store.get(Meeting, m.id)


def test_appended_notes_merge_without_conflict(make_device):
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    m = _meeting(anne.store, case, notes="Status:\n")
    anne.sync(), bo.sync()
    anne.store.save(anne.store.get(Meeting, m.id).replace(notes="Status:\nAnne: god uge.\n"))
    bo.store.save(bo.store.get(Meeting, m.id).replace(notes="Status:\nBo: træt onsdag.\n"))
    anne.sync(), bo.sync(), anne.sync()
    for device in (anne, bo):
        note = device.store.get(Meeting, m.id).notes
        assert "Anne: god uge." in note and "Bo: træt onsdag." in note
        assert device.store.list(Conflict) == []


def test_signed_agreement_arrives_frozen_and_a_late_change_is_refused_visibly(make_device):
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    draft = anne.store.save(
        Agreement(
            id=uuid7(), case_id=case.id, valid_from=dt.date(2026, 12, 1), aids="Hæve-sænkebord"
        )
    )
    anne.sync(), bo.sync()
    anne.store.save(anne.store.get(Agreement, draft.id).replace(status="underskrevet"))
    bo.store.save(bo.store.get(Agreement, draft.id).replace(aids="Ny kontorstol"))  # offline
    anne.sync()
    report = bo.sync()
    assert [r.code for r in report.refusals] == ["frozen"]
    problems = syncing.problems(bo.store)
    assert problems and problems[-1]["record_id"] == draft.id
    for device in (anne, bo):
        a = device.store.get(Agreement, draft.id)
        assert (a.status, a.aids) == ("underskrevet", "Hæve-sænkebord")


def test_mentor_device_receives_only_what_a_mentor_may_read(make_device, server):
    anne = make_device("anne")
    mentor = make_device("mette", Role.MENTOR, team=None)
    mine = new_case(anne.store, mentors=["mette"], cpr="020285-4321")
    other = new_case(anne.store, cpr="030375-1111")
    _meeting(anne.store, mine, notes="Synligt referat", health_notes="Diagnose: hemmelig")
    anne.sync()
    mentor.sync()
    assert mentor.store.get(Case, other.id) is None
    citizen = mentor.store.get(Citizen, mine.citizen_id)
    assert citizen.name == "Åse Bæk Sørensen"
    assert citizen.cpr is None and citizen.health_notes is None and citizen.address is None
    (meeting,) = mentor.store.list(Meeting)
    assert meeting.notes == "Synligt referat" and meeting.health_notes is None
    with mentor.store.engine.connect() as conn:
        dump = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM citizen"))
        dump += "\n".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM meeting"))
    for secret in ("020285-4321", "030375-1111", "hemmelig", "Helbredsnote"):
        assert secret not in dump


def test_dropped_requests_and_responses_give_no_duplicates(make_device, server):
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    _meeting(anne.store, case, notes="Kun én gang")
    anne.transport.fail_next_response = 1  # the server applied the push; the answer is lost
    anne.transport.fail_next_request = 1
    report = anne.sync()
    assert report.retries == 2 and anne.store.outbox_count() == 0
    bo.sync()
    assert len(bo.store.list(Meeting)) == 1
    with server.engine.connect() as conn:
        count = conn.exec_driver_sql(
            "SELECT count(*) FROM records WHERE record_type = 'meeting'"
        ).scalar()
    assert count == 1


def test_clock_far_ahead_is_restamped_and_synced(make_device):
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    anne.sync(), bo.sync()
    # Bo's laptop clock runs a day ahead: its stamps would win every merge forever.
    from sync.protocol.hlc import HybridClock

    tomorrow = dt.datetime.now().timestamp() + 86_400
    bo.store._clock = HybridClock(bo.store.actor.device_id[-12:], wall=lambda: tomorrow)
    bo.store.save(bo.store.get(Case, case.id).replace(title="Fra fremtiden"))
    report = bo.sync()
    assert report.restamped == 2 and report.refusals == []  # the change and its audit entry
    anne.store.save(anne.store.get(Case, case.id).replace(title="Nutid vinder"))
    anne.sync(), bo.sync()
    assert bo.store.get(Case, case.id).title == "Nutid vinder"


def test_revoked_device_with_wipe_erases_the_vault(make_device, server):
    from sync.client import DeviceRevoked
    from sync.server import admin

    anne = make_device("anne")
    new_case(anne.store)
    anne.sync()
    device_id = anne.store.get_state("sync.server_device_id")
    admin.revoke_device(engine=server.engine, device_id=device_id, wipe=True)
    data_dir = anne.session.data_dir
    with pytest.raises(DeviceRevoked):
        anne.sync()
    assert not (data_dir / "vault.json").exists()
    assert not (data_dir / "trepart.db").exists()


def test_revoked_device_without_wipe_keeps_its_data_and_stops(make_device, server):
    from sync.client import DeviceRevoked
    from sync.server import admin

    anne = make_device("anne")
    case = new_case(anne.store)
    anne.sync()
    device_id = anne.store.get_state("sync.server_device_id")
    admin.revoke_device(engine=server.engine, device_id=device_id, wipe=False)
    with pytest.raises(DeviceRevoked):
        anne.sync()
    assert anne.store.get(Case, case.id) is not None
    with pytest.raises(SyncError):
        anne.sync()  # no token any more: log in again


def test_seen_clocks_survive_a_restart_so_later_edits_win(make_device):
    from desktop.services.session import open_session
    from sync.protocol.hlc import HLC
    from tests.e2e.conftest import VAULT_PASSWORD

    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    m = _meeting(anne.store, case)
    anne.sync(), bo.sync()
    bo.store.save(bo.store.get(Meeting, m.id).replace(place="Bos sted"))
    bo.sync(), anne.sync()
    seen = max(HLC.parse(c) for c in anne.store.raw_state("meeting", m.id)[1].values())
    # Persisted with the pulled page, so a restart on a laptop whose clock is behind still
    # stamps later edits after it.
    assert HLC.parse(anne.store.get_state("hlc")) >= seen
    data_dir = anne.session.data_dir
    anne.session.close()
    anne.session = open_session(data_dir, VAULT_PASSWORD)
    assert anne.store.clock.last >= seen
    anne.store.save(anne.store.get(Meeting, m.id).replace(place="Annes nyere sted"))
    anne.sync(), bo.sync()
    assert bo.store.get(Meeting, m.id).place == "Annes nyere sted"
