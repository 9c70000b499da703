"""Files holding personal data or keys are created 0600 even under umask 000."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store import Store
from sync.server import migrate
from sync.server.db import make_engine
from sync.server.settings import Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
REPO_ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def test_new_database_and_its_wal_and_shm_are_0600(tmp_path, open_umask):
    path = tmp_path / "trepart.db"
    store = Store.open(path, os.urandom(32), create=True)
    try:
        store.set_identity(username="test.konsulent", role="consultant", team="Team Test")
        files = [path, tmp_path / "trepart.db-wal", tmp_path / "trepart.db-shm"]
        assert all(f.exists() for f in files)
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        store.close()


def test_a_database_left_readable_by_others_is_tightened_on_opening(tmp_path, open_umask):
    path, key = tmp_path / "trepart.db", os.urandom(32)
    Store.open(path, key, create=True).close()
    path.chmod(0o644)
    store = Store.open(path, key)
    try:
        assert mode(path) == 0o600
        assert mode(tmp_path / "trepart.db-wal") == 0o600
    finally:
        store.close()


def test_server_sqlite_file_and_its_wal_and_shm_are_0600(tmp_path, open_umask):
    database = tmp_path / "server" / "trepart-server.db"
    engine = make_engine(Settings(database_url=f"sqlite:///{database}", data_dir=tmp_path))
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE probe (x INTEGER)"))
            conn.execute(text("INSERT INTO probe VALUES (1)"))
        files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
        with engine.connect() as conn:
            conn.execute(text("SELECT * FROM probe")).all()
            assert all(f.exists() for f in files)
            assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        engine.dispose()


def _trepart(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TREPART_")}
    env["TREPART_PASSWORD"] = "Korrekt-Hest-9"
    env["PYTHONPATH"] = str(REPO_ROOT)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.umask(0); from desktop.cli import main; "
            "sys.exit(main(sys.argv[1:]))",
            *args,
        ],
        cwd=cwd,
        env=env,
        text=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_cli_writes_keys_database_and_exported_pdfs_0600_under_umask_000(tmp_path):
    data = tmp_path / "vault"
    _trepart("demo", "--data-dir", str(data), "--cases", "6", cwd=tmp_path)
    assert mode(data / "trepart.db") == 0o600
    assert mode(data / "demo-organisation" / "recovery-private.pem") == 0o600

    _trepart("vault", "recovery-keygen", "--out", str(tmp_path / "keys"), cwd=tmp_path)
    assert mode(tmp_path / "keys" / "recovery-private.pem") == 0o600

    _trepart("export", "--data-dir", str(data), "--out", str(tmp_path / "pdf"), cwd=tmp_path)
    pdfs = [p for p in (tmp_path / "pdf").rglob("*") if p.is_file()]
    assert pdfs
    assert {p.name: mode(p) for p in pdfs} == {p.name: 0o600 for p in pdfs}
