"""The `trepart-server` command line, called in-process."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.protocol.ids import uuid7
from sync.server import cli, migrate
from sync.server.db import make_engine
from sync.server.settings import Settings
from tests.server.helpers import Scenario, World


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fast_argon(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in (("MEMORY_KIB", "8"), ("ITERATIONS", "1"), ("LANES", "1")):
        monkeypatch.setenv(f"TREPART_SERVER_ARGON2_{key}", value)


def test_user_commands(
    world: World, db_url: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, fast_argon: None,
) -> None:
    db = ("--database-url", db_url)
    monkeypatch.setenv("TREPART_USER_PASSWORD", "en god adgangskode")
    code, out, _ = run(capsys, "user", "add", "kim", "--role", "consultant", "--team", "nord", *db)
    assert code == 0 and "kim" in out
    code, _, err = run(capsys, "user", "add", "kim", "--role", "consultant", "--team", "nord", *db)
    assert code == 1 and "findes allerede" in err
    code, _, err = run(capsys, "user", "add", "tom", "--role", "consultant", *db)
    assert code == 1 and "team" in err
    run(capsys, "user", "add", "mo", "--role", "mentor", *db)
    monkeypatch.delenv("TREPART_USER_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "user", "add", "x", "--role", "mentor", *db)
    assert code == 2 and "TREPART_USER_PASSWORD" in err

    code, out, _ = run(capsys, "user", "disable", "kim", *db)
    assert code == 0
    code, out, _ = run(capsys, "user", "list", *db)
    assert "Virksomhedskonsulent" in out and "deaktiveret" in out and "Bruger" in out
    code, out, _ = run(capsys, "user", "list", "--json", *db)
    users = {u["username"]: u for u in json.loads(out)}
    assert users["kim"]["disabled"] is True and users["mo"]["role"] == "mentor"
    assert run(capsys, "user", "enable", "kim", *db)[0] == 0
    assert run(capsys, "user", "disable", "nobody", *db)[0] == 1


def test_device_commands(
    world: World, db_url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    db = ("--database-url", db_url)
    kim = world.device("kim", "consultant", "nord")
    code, out, _ = run(capsys, "device", "list", "--json", *db)
    devices = json.loads(out)
    assert [d["device_id"] for d in devices] == [kim.device_id]
    assert devices[0]["username"] == "kim" and devices[0]["revoked_at_ms"] is None
    code, out, _ = run(capsys, "device", "revoke", kim.device_id, "--wipe", *db)
    assert code == 0 and "sletter" in out
    code, out, _ = run(capsys, "device", "list", *db)
    assert "spærret, slettes" in out
    r = world.client.get("/v1/pull", headers=kim.headers)
    assert r.status_code == 401 and r.json()["wipe"] is True
    assert run(capsys, "device", "revoke", uuid7(), *db)[0] == 1


def test_case_assign(
    scenario: Scenario, db_url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    db = ("--database-url", db_url)
    code, _, err = run(capsys, "case", "assign", uuid7(), "--team", "syd", *db)
    assert code == 1 and "findes ikke" in err
    code, _, err = run(capsys, "case", "assign", scenario.case_id, "--mentor", "kim", *db)
    assert code == 1 and "mentor" in err
    code, _, err = run(capsys, "case", "assign", scenario.case_id, *db)
    assert code == 1
    code, out, _ = run(
        capsys, "case", "assign", scenario.case_id, "--consultant", "tina", "--mentor", "mo",
        "mia", *db,
    )
    assert code == 0, out
    mia = scenario.devices["mia"]
    got = {c["record_type"] for c in mia.pull()}
    assert {"case", "citizen", "meeting"} <= got
    case = next(c for c in mia.seen.values() if c["record_type"] == "case")
    assert case["values"]["consultant"] == "tina"
    assert case["values"]["mentors"] == ["mia", "mo"]


def test_audit_commands(
    scenario: Scenario, db_url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    db = ("--database-url", db_url)
    scenario.devices["mo"].pull()
    code, out, _ = run(capsys, "audit", "--user", "mo", "--json", *db)
    data = json.loads(out)
    assert code == 0 and data["server"]
    assert {a["action"] for a in data["server"]} <= {"pull", "login"}
    assert any(a["action"] == "pull" and a["record_count"] > 0 for a in data["server"])
    code, out, _ = run(capsys, "audit", "--citizen", scenario.citizen_id, "--json", *db)
    data = json.loads(out)
    actions = {a["action"] for a in data["server"]}
    assert {"push", "pull"} <= actions
    users = {a["username"] for a in data["server"]}
    assert {"kim", "tina"} <= users and "sid" not in users
    # The devices' own audit entries about the citizen's case come along.
    assert [d["entry_id"] for d in data["device"]] == [scenario.ids["audit_entry"]]
    code, out, _ = run(capsys, "audit", "--citizen", scenario.citizen_id, *db)
    assert "Serverens log" in out and "Enhedernes log" in out and "kim" in out


def test_migrate_and_default_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    fast_argon: None,
) -> None:
    monkeypatch.delenv("TREPART_SERVER_DATABASE_URL", raising=False)
    code, out, _ = run(capsys, "migrate", "--data-dir", str(tmp_path))
    assert code == 0 and (tmp_path / "trepart-server.db").exists()
    engine = make_engine(Settings(data_dir=tmp_path))
    assert migrate.is_current(engine)
    engine.dispose()
    monkeypatch.setenv("TREPART_USER_PASSWORD", "en god adgangskode")
    code, _, _ = run(capsys, "user", "add", "ada", "--role", "admin", "--data-dir", str(tmp_path))
    assert code == 0


def test_serve_migrates_default_sqlite_and_starts_uvicorn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("sync.server.serve.run_server", lambda **kw: calls.append(kw))
    monkeypatch.delenv("TREPART_SERVER_DATABASE_URL", raising=False)
    for key in ("TREPART_SERVER_DATABASE_URL", "TREPART_SERVER_AUTO_MIGRATE"):
        monkeypatch.setenv(key, "")  # restored after the test; serve sets them for its workers
        monkeypatch.delenv(key)
    code, out, _ = run(capsys, "serve", "--data-dir", str(tmp_path), "--port", "9999",
                       "--workers", "2")
    assert code == 0 and "9999" in out
    assert (tmp_path / "trepart-server.db").exists()
    assert calls[0] == {
        "host": "127.0.0.1", "port": 9999, "workers": 2, "forwarded_allow_ips": "127.0.0.1",
    }


def test_serve_refuses_unmigrated_postgres(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.setattr("sync.server.serve.run_server", lambda **k: pytest.fail("must not start"))
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"  # an explicit URL is never auto-migrated
    code, _, err = run(capsys, "serve", "--database-url", url)
    assert code == 2 and "migrate" in err


def test_serve_runs_several_workers_on_one_port(tmp_path: Path) -> None:
    """The real thing, briefly: two worker processes, answering on one port, stopping cleanly."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("TREPART_SERVER_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--data-dir", str(tmp_path),
         "--port", str(port), "--workers", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        answered = 0
        while time.monotonic() < deadline and answered < 10:
            try:
                # A new connection each time, so both workers get to answer.
                r = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
                answered += r.status_code == 200
            except httpx.HTTPError:
                time.sleep(0.2)
        assert answered == 10
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()[-2000:]
    lines = [json.loads(line) for line in err.decode().splitlines() if line.startswith("{")]
    requests = [line for line in lines if line.get("msg") == "request"]
    assert len(requests) >= 10 and all(r["path"] == "/v1/health" for r in requests)
