"""Deletion on the server: a tombstone keeps ids only, is final, and takes its conflicts along."""

from __future__ import annotations

import json

from sqlalchemy import text

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from tests.server.helpers import World


def _stored(world: World, record_id: str) -> tuple[bool, dict]:
    with world.engine.connect() as conn:
        deleted, values = conn.execute(
            text('SELECT deleted, "values" FROM records WHERE record_id = :i'), {"i": record_id}
        ).one()
    return bool(deleted), values if isinstance(values, dict) else json.loads(values)


def test_a_deleted_meeting_keeps_ids_only_and_its_conflicts_go(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    other = world.login("kim", device_name="anden")
    citizen, case, meeting = uuid7(), uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Tove"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="fleksjob", status="aktiv"),
        kim.op("meeting", meeting, case_id=case, kind="opfoelgning",
               starts_at="2026-03-01T10:00:00+01:00", notes="Fælles start\n"),
    )
    kim.push_ok(kim.op("meeting", meeting, bases={"notes": "Fælles start\n"},
                       notes="Kims Flamingotekst\n"))
    other.push_ok(other.op("meeting", meeting, bases={"notes": "Fælles start\n"},
                           notes="Andens Flamingotekst\n"))
    kim.pull()
    conflicts = [rid for (t, rid), ch in kim.seen.items() if t == "conflict"]
    assert len(conflicts) == 1

    kim.push_ok(kim.op("meeting", meeting, deleted=True))
    deleted, values = _stored(world, meeting)
    assert deleted and values == {
        "deleted": True, "case_id": case, "deleted_by": "kim", "deleted_rule": "slettet af bruger"
    }
    c_deleted, c_values = _stored(world, conflicts[0])
    assert c_deleted and "Flamingo" not in json.dumps(c_values, ensure_ascii=False)

    # Final: an offline device's later edit does not fill it again, and it is sent back.
    back = other.push(other.op("meeting", meeting, notes="Sen Flamingotekst"))
    assert back[0]["status"] == "applied"
    assert _stored(world, meeting)[1]["deleted"] is True
    assert "Flamingo" not in json.dumps(_stored(world, meeting)[1], ensure_ascii=False)
    other.pull()
    change = other.seen[("meeting", meeting)]
    assert change["deleted"] is True and set(change["values"]) == {"case_id"}
    assert other.seen[("conflict", conflicts[0])]["deleted"] is True


def test_deleted_before_the_server_saw_it(world: World) -> None:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    citizen, case, item = uuid7(), uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Tove"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="fleksjob", status="aktiv"),
    )
    kim.push_ok(kim.op("action_item", item, case_id=case, deleted=True))
    assert _stored(world, item) == (True, {
        "deleted": True, "case_id": case, "deleted_by": "kim", "deleted_rule": "slettet af bruger"
    })
    # Someone without the case may not plant a tombstone in it.
    ulla = world.device("ulla", Role.CONSULTANT, "syd")
    refused = ulla.push(ulla.op("action_item", uuid7(), case_id=case, deleted=True))
    assert refused[0]["code"] == "out_of_scope"


def test_migrate_empties_tombstones_an_older_version_kept_whole(world: World, db_url: str,
                                                                 capsys) -> None:
    from sync.server import cli

    kim = world.device("kim", Role.CONSULTANT, "nord")
    citizen, case, meeting = uuid7(), uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Tove"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="fleksjob", status="aktiv"),
        kim.op("meeting", meeting, case_id=case, kind="opfoelgning",
               starts_at="2026-03-01T10:00:00+01:00", notes="Gammel Albatrostekst"),
    )
    # As an older server stored a deletion: the flag set, every value kept.
    with world.engine.begin() as conn:
        conn.execute(text(
            "UPDATE records SET deleted = :d WHERE record_id = :i"
        ), {"d": True, "i": meeting})
    assert cli.main(["migrate", "--database-url", db_url]) == 0
    assert "gravsten" in capsys.readouterr().out
    deleted, values = _stored(world, meeting)
    assert deleted and "Albatros" not in json.dumps(values) and values["case_id"] == case
