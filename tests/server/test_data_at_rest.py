"""Server data at rest: CPR numbers and health-marked fields are encrypted in the database.

A pg_dump of the PostgreSQL database (and the raw rows on SQLite) holds no CPR and no health
note text; devices still receive the values, redaction for mentors works as before, and key
rotation re-encrypts everything under a new key with the old one then retired.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import atrest, cli, keys
from tests.server.helpers import World

CPR = "150577-3391"
HEALTH = "Kronisk migrænenote Zephyrine"
AGREEMENT_HEALTH = "Aftalehelbred Quillon"
CONFLICT_A = "Første Marmeladenote\n"
CONFLICT_B = "Anden Marmeladenote\n"
SCAN = b"%PDF-1.4 Laegeerklaering om Borgeren Xylofonia " * 40
SCAN_B64 = base64.b64encode(SCAN).decode()


def _fill(world: World) -> tuple:
    kim = world.device("kim", Role.CONSULTANT, "nord")
    mo = world.device("mo", Role.MENTOR, "nord")
    citizen, case, agreement = uuid7(), uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Vibeke Klartekst", cpr=CPR, health_notes=HEALTH),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="fleksjob",
               status="aktiv", mentors=["mo"]),
        kim.op("agreement", agreement, case_id=case, version=1, status="kladde",
               scheme="fleksjob", valid_from="2026-03-01", health_notes=AGREEMENT_HEALTH),
    )
    # Two edits of the health note from the same base: a conflict record with both texts.
    other = world.login("kim", device_name="anden")
    base = HEALTH
    # A scanned lægeerklæring, health-marked: neither its bytes nor its name in clear.
    attachment = uuid7()
    kim.push_ok(
        kim.op("attachment", attachment, case_id=case, filename="laegeerklaering-xylofonia.pdf",
               media_type="pdf", size=len(SCAN), chunks=1, sha256=hashlib.sha256(SCAN).hexdigest(),
               health=True, description="Lægeerklæring Xylofonia"),
        kim.op("attachment_chunk", case_id=case, attachment_id=attachment, seq=0, data=SCAN_B64),
    )
    kim.push_ok(kim.op("citizen", citizen, bases={"health_notes": base},
                       health_notes=CONFLICT_A))
    other.push_ok(other.op("citizen", citizen, bases={"health_notes": base},
                           health_notes=CONFLICT_B))
    return kim, mo, citizen, case, agreement


def _raw(world: World) -> str:
    with world.engine.connect() as conn:
        rows = conn.execute(text('SELECT record_type, "values" FROM records')).all()
    return json.dumps([[r[0], r[1] if isinstance(r[1], str) else r[1]] for r in rows],
                      ensure_ascii=False)


SECRETS = [CPR, "150577", "Zephyrine", "Quillon", "Marmeladenote", "Xylofonia", SCAN_B64[:60]]


def test_stored_encrypted_and_read_as_before(world: World) -> None:
    kim, mo, citizen, _case, agreement = _fill(world)
    raw = _raw(world)
    for secret in SECRETS:
        assert secret not in raw, secret
    assert "Vibeke Klartekst" in raw and atrest.PREFIX in raw  # the rest stays readable
    kim.cursor = 0
    kim.pull()
    values = kim.seen[("citizen", citizen)]["values"]
    assert values["cpr"] == CPR
    assert kim.seen[("agreement", agreement)]["values"]["health_notes"] == AGREEMENT_HEALTH
    chunks = [c for (t, _), c in kim.seen.items() if t == "attachment_chunk"]
    assert [c["values"]["data"] for c in chunks] == [SCAN_B64]  # the file comes back whole
    conflicts = [c for (t, _), c in kim.seen.items() if t == "conflict"]
    assert conflicts and {conflicts[0]["values"]["kept"], conflicts[0]["values"]["other"]} == {
        CONFLICT_A, CONFLICT_B
    }
    mo.pull()
    seen = mo.seen[("citizen", citizen)]["values"]
    assert "cpr" not in seen and "health_notes" not in seen  # redaction as before


@pytest.mark.postgres
def test_pg_dump_holds_no_cpr_and_no_health_text(world: World, db_url: str, tmp_path) -> None:
    if make_url(db_url).get_backend_name() != "postgresql":
        pytest.skip("pg_dump is PostgreSQL's")
    _fill(world)
    dsn = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    dump = subprocess.run(["pg_dump", "--dbname", dsn], check=True, capture_output=True).stdout
    assert b"Vibeke Klartekst" in dump  # the dump is a real one
    for secret in SECRETS:
        assert secret.encode() not in dump, secret


def test_key_rotation_reencrypts_and_retires(world: World, db_url: str, capsys) -> None:
    kim, _mo, citizen, _case, _agreement = _fill(world)
    cipher = atrest.cipher_for(world.engine)
    before = keys.usage(world.engine)
    old = cipher.current
    assert before[old] >= 5 and keys.CLEAR not in before
    db = ["--database-url", db_url]
    assert cli.main(["keys", "rotate", *db]) == 0
    assert "krypteret om" in capsys.readouterr().out
    cipher.reload()
    new = cipher.current
    after = keys.usage(world.engine)
    assert new != old and after[new] == before[old] and after[old] == 0
    assert cli.main(["keys", "retire", *db]) == 0
    assert old in capsys.readouterr().out
    cipher.reload()
    assert old not in cipher.key_ids()
    kim.cursor = 0
    kim.pull()
    assert kim.seen[("citizen", citizen)]["values"]["cpr"] == CPR
    assert cli.main(["keys", "status", *db]) == 0
    assert new in capsys.readouterr().out


def test_a_value_moved_to_another_row_does_not_decrypt(world: World) -> None:
    _kim, _mo, citizen, _case, _agreement = _fill(world)
    cipher = atrest.cipher_for(world.engine)
    sealed = cipher.seal("citizen", citizen, {"cpr": CPR})["cpr"]
    with pytest.raises(atrest.FieldKeyError):
        cipher.open("citizen", uuid7(), {"cpr": sealed})


def test_migrate_encrypts_what_an_older_version_stored_in_clear(world: World, db_url: str,
                                                                capsys) -> None:
    _fill(world)
    cipher = atrest.cipher_for(world.engine)
    # As an older server left them: every sensitive value in clear.
    cast = "CAST(:v AS jsonb)" if world.engine.dialect.name == "postgresql" else ":v"
    rewrite = text(f'UPDATE records SET "values" = {cast} WHERE record_type = :t AND '
                   "record_id = :i")
    with world.engine.begin() as conn:
        rows = conn.execute(text('SELECT record_type, record_id, "values" FROM records')).all()
        for rtype, rid, values in rows:
            values = values if isinstance(values, dict) else json.loads(values)
            plain = cipher.open(rtype, rid, values)
            if plain != values:
                conn.execute(rewrite, {"v": json.dumps(plain), "t": rtype, "i": rid})
    assert CPR in _raw(world) and keys.usage(world.engine)[keys.CLEAR] >= 5
    assert cli.main(["migrate", "--database-url", db_url]) == 0
    assert "krypteret" in capsys.readouterr().out
    raw = _raw(world)
    for secret in SECRETS:
        assert secret not in raw, secret
    assert keys.CLEAR not in keys.usage(world.engine)
