"""A vault.json the parser cannot take (deep nesting, huge integers, bad JSON) is beskadiget."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.vault import KdfParams, Vault, VaultCorrupt
from desktop.vault.vaultfile import parse_vault_file

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
REPO_ROOT = Path(__file__).resolve().parents[2]

HOSTILE = {
    "deep-nesting": b"[" * 5000 + b"]" * 5000,
    "deep-nesting-in-a-field": b'{"format_version": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "huge-integer": b'{"format_version": ' + b"9" * 4301 + b"}",
    "huge-integer-in-a-field": b'{"format_version": 1, "failed_attempts": 1' + b"0" * 4300 + b"}",
    "truncated": b'{"format_version": 1, "vault_id": "',
    "nan": b'{"format_version": NaN}',
    "not-utf8": b'{"format_version": "\xff"}',
}


@pytest.mark.parametrize("raw", HOSTILE.values(), ids=HOSTILE.keys())
def test_parser_says_beskadiget(raw: bytes, tmp_path: Path) -> None:
    with pytest.raises(VaultCorrupt) as info:
        parse_vault_file(raw, path=tmp_path / "vault.json")
    assert "beskadiget" in str(info.value)


@pytest.fixture
def damaged_dir(tmp_path: Path) -> Path:
    Vault.create(tmp_path / "data", "adgangskode", kdf=FAST_KDF).lock()
    return tmp_path / "data"


@pytest.mark.parametrize("name", ["deep-nesting", "huge-integer"])
def test_cli_says_beskadiget_without_a_traceback(name: str, damaged_dir: Path) -> None:
    (damaged_dir / "vault.json").write_bytes(HOSTILE[name])
    env = {k: v for k, v in os.environ.items() if not k.startswith("TREPART_")}
    env["TREPART_PASSWORD"] = "adgangskode"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "vault", "check", "--data-dir", str(damaged_dir)],
        cwd=REPO_ROOT,
        env=env,
        text=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "beskadiget" in result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


@pytest.mark.parametrize("name", ["deep-nesting", "huge-integer"])
def test_app_says_beskadiget_and_does_not_start(
    name: str, damaged_dir: Path, qtbot, monkeypatch
) -> None:
    from desktop import app as app_module

    (damaged_dir / "vault.json").write_bytes(HOSTILE[name])
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    application = app_module.Application(damaged_dir)
    try:
        assert application.start() is False
    finally:
        application.shutdown()
    assert len(shown) == 1 and "beskadiget" in shown[0]
