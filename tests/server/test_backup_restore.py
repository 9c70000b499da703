"""A server database restored from a backup: devices that synced after the backup was taken
have cursors past the restored database's last change. The server must send them everything
again from the start; otherwise every change made after the restore would get a seq they have
already passed, and they would never receive it.

The backup and restore are the ones IT runs (docs/IT-GUIDE.md): pg_dump -Fc / pg_restore --clean
on PostgreSQL, the sqlite3 backup API on the trial server's SQLite file.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from sync.protocol.ids import uuid7
from tests.server.helpers import World


def _backup(engine: Engine, folder: Path) -> Path:
    url = engine.url
    if url.get_backend_name() == "postgresql":
        if shutil.which("pg_dump") is None:
            pytest.skip("pg_dump is not installed")
        out = folder / "backup.dump"
        dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        subprocess.run(["pg_dump", "-Fc", "-f", str(out), dsn], check=True)
        return out
    out = folder / "backup.db"
    src = sqlite3.connect(str(url.database))
    dst = sqlite3.connect(str(out))
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return out


def _restore(engine: Engine, backup: Path) -> None:
    engine.dispose()  # no pooled connection keeps the old state
    url = engine.url
    if url.get_backend_name() == "postgresql":
        dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner", "-d", dsn,
                        str(backup)], check=True)
        return
    src = sqlite3.connect(str(backup))
    dst = sqlite3.connect(str(url.database))
    with dst:
        src.backup(dst)
    src.close()
    dst.close()


def test_after_a_restore_devices_receive_the_changes_made_since(
    world: World, engine: Engine, tmp_path: Path
) -> None:
    world.user("kim", "consultant", "nord")
    world.user("tina", "consultant", "nord")
    kim, tina = world.login("kim"), world.login("tina")
    citizen, case = uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Test Borger"),
        kim.op("case", case, citizen_id=citizen, team="nord", consultant="kim",
               scheme="virksomhedspraktik", status="aktiv"),
    )
    tina.pull()
    backup = _backup(engine, tmp_path)
    # After the backup: more work, which tina's laptop receives; then the disk dies.
    for n in range(5):
        kim.push_ok(kim.op("meeting", uuid7(), case_id=case, kind="opfoelgning",
                           starts_at="2026-03-02T10:00:00+01:00", place=f"Før {n}"))
    tina.pull()
    cursor_before_restore = tina.cursor
    _restore(engine, backup)
    # After the restore: new work, whose seqs start again below tina's cursor.
    after = uuid7()
    kim.push_ok(kim.op("meeting", after, case_id=case, kind="opfoelgning",
                       starts_at="2026-03-03T10:00:00+01:00", place="Efter gendannelsen"))
    got: set[str] = set()
    cursor = cursor_before_restore
    while True:  # what the app's sync does: take the page's cursor, whatever it is
        page = tina.pull_page(cursor=cursor)
        got |= {c["record_id"] for c in page["changes"]}
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert cursor < cursor_before_restore  # the server started the device again from 0
    assert after in got, "a change made after the restore never reached the device"
    assert {citizen, case} <= got  # sent again from the start
    assert tina.pull_page(cursor=cursor)["changes"] == []  # and then nothing twice
