"""The organisation defaults file IT ships beside the app: defaults, locks, paths, and a broken
file reported in Danish while the app keeps its own defaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import organisation, setup
from desktop.services import sync as sync_service
from desktop.services.documents import organisation_settings
from desktop.services.settings import AppSettings, load_settings, locked_settings
from sync.client import SyncError

GOOD = """
server_url = "https://trepart.kommune.example"
ca_bundle = "certs/kommune-ca.pem"
idle_lock_minutes = 10
municipality_name = "Testby Kommune"
language = "en"
attachment_max_mb = 20
recovery_public_key = "recovery-public.pem"
locked = ["idle_lock_minutes", "server_url", "municipality_name"]

[retention]
closed_case_years = 7
screening_months = 12
"""


def use(path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> organisation.Organisation:
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(organisation.ENV_FILE, str(path))
    organisation.reset()
    return organisation.current()


def test_no_file_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(organisation.ENV_FILE, raising=False)
    monkeypatch.setattr(organisation, "candidate_paths", lambda: [tmp_path / "none.toml"])
    organisation.reset()
    org = organisation.current()
    assert org.path is None and org.problem is None and org.values == {}
    assert load_settings(tmp_path) == AppSettings()


def test_values_are_defaults_and_locked_values_win(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    org = use(tmp_path / "org.toml", GOOD, monkeypatch)
    assert org.problem is None
    # Paths are relative to the file.
    assert org.get("ca_bundle") == str((tmp_path / "certs" / "kommune-ca.pem").resolve())
    assert org.retention.closed_case_years == 7 and org.retention.screening_months == 12
    assert org.retention.health_notes_months == 24  # not given: the app's default
    data = tmp_path / "vault"
    data.mkdir()
    # Nothing set by the user: the organisation's values.
    s = load_settings(data)
    assert (s.idle_lock_minutes, s.language, s.attachment_max_mb) == (10, "en", 20)
    # The user's own choices win, except where the organisation locks the setting.
    (data / "settings.json").write_text(json.dumps(
        {"idle_lock_minutes": 3, "language": "da", "attachment_max_mb": 5}
    ))
    s = load_settings(data)
    assert (s.idle_lock_minutes, s.language, s.attachment_max_mb) == (10, "da", 5)
    assert locked_settings() == {"idle_lock_minutes"}


@pytest.mark.parametrize(("text", "words"), [
    ("server_url = ", ["ikke gyldig TOML"]),
    ("idle_lock_minutes = \"ti\"", ["idle_lock_minutes", "ugyldig værdi"]),
    ("idle_lock_minutes = 0", ["idle_lock_minutes", "ugyldig værdi"]),
    ("servr_url = \"https://x.example\"", ["servr_url", "ikke en kendt nøgle"]),
    ("server_url = \"ftp://x\"", ["server_url", "ugyldig værdi"]),
    ("locked = [\"farve\"]", ["farve", "ukendte nøgler"]),
    ("[retention]\nclosed_case_years = 0", ["retention.closed_case_years"]),
])
def test_a_broken_file_is_reported_in_danish_and_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, words: list[str]
) -> None:
    org = use(tmp_path / "org.toml", text, monkeypatch)
    assert org.problem is not None
    for word in [str(tmp_path / "org.toml"), "standardværdier", *words]:
        assert word in org.problem, (word, org.problem)
    assert org.values == {}
    assert load_settings(tmp_path) == AppSettings()


def test_an_unreadable_or_missing_file_is_reported(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(organisation.ENV_FILE, str(tmp_path / "mangler.toml"))
    organisation.reset()
    assert "findes ikke" in (organisation.current().problem or "")
    bad = tmp_path / "bin.toml"
    bad.write_bytes(b"\xff\xfe\x00")
    monkeypatch.setenv(organisation.ENV_FILE, str(bad))
    organisation.reset()
    assert "ikke gyldig TOML" in (organisation.current().problem or "")


def test_the_municipality_and_the_server_come_from_the_file(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(tmp_path / "org.toml", GOOD, monkeypatch)
    # Locked: the organisation's name wins over the vault's own.
    store.set_state("org.name", "Egen tekst")
    assert organisation_settings(store).name == "Testby Kommune"
    # The vault has no server yet: the organisation's, with its CA bundle.
    url, ca = sync_service.server_address(store)
    assert url == "https://trepart.kommune.example"
    assert ca == str((tmp_path / "certs" / "kommune-ca.pem").resolve())
    assert sync_service.status(store).server_url == url
    # Locked: logging in to another server is refused before anything is sent.
    with pytest.raises(SyncError, match="fastlagt af organisationen"):
        sync_service.log_in(store, server_url="https://andet.example", username="u",
                            password="p")


def test_the_recovery_key_named_by_the_file_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(setup.RECOVERY_KEY_ENV, raising=False)
    use(tmp_path / "org.toml", GOOD, monkeypatch)
    key = tmp_path / "recovery-public.pem"
    key.write_text("-----BEGIN PUBLIC KEY-----\n")
    assert setup.find_recovery_key(tmp_path / "elsewhere") == key.resolve()


def test_the_app_starts_with_a_broken_file(tmp_path: Path) -> None:
    """`trepart --start-check` with a broken defaults file: the message, and still the unlock
    window (the vault is created first, so the unlock window is what a start shows)."""
    data = tmp_path / "vault"
    env = {**os.environ, "TREPART_PASSWORD": "kontrol-kode-1", "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--data-dir", str(data),
                    "--cases", "1"], env=env, check=True, capture_output=True)
    broken = tmp_path / "org.toml"
    broken.write_text("idle_lock_minutes = \"ti\"")
    env[organisation.ENV_FILE] = str(broken)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), "--start-check"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "unlock window shown" in proc.stdout
    assert "idle_lock_minutes" in proc.stderr and "kan ikke bruges" in proc.stderr
