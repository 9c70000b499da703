"""Only one process at a time may have a data directory open; a crash frees it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.vault import (
    KdfParams,
    Vault,
    VaultInUse,
    generate_recovery_keypair,
    recover_vault,
)
from desktop.vault.process_lock import ProcessLock

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
REPO_ROOT = Path(__file__).resolve().parents[2]
IN_USE_EXIT_CODE = 3

HOLD_SCRIPT = """
import sys
from pathlib import Path
from desktop.vault import Vault
vault = Vault.open(Path(sys.argv[1]))
vault.acquire_process_lock()
print("held", flush=True)
sys.stdin.read()
"""

TRY_SCRIPT = f"""
import sys
from pathlib import Path
from desktop.vault import Vault, VaultInUse
vault = Vault.open(Path(sys.argv[1]))
try:
    vault.acquire_process_lock()
except VaultInUse:
    sys.exit({IN_USE_EXIT_CODE})
vault.release_process_lock()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


def try_in_other_process(data_dir: Path) -> int:
    return subprocess.run(
        [sys.executable, "-c", TRY_SCRIPT, str(data_dir)],
        env=_env(),
        timeout=30,
        check=False,
    ).returncode


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    Vault.create(tmp_path / "data", "adgangskode", kdf=FAST_KDF)
    return tmp_path / "data"


@pytest.fixture
def holder(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the lock until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_SCRIPT, str(data_dir)],
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def test_second_process_is_refused_until_the_first_dies(
    data_dir: Path, holder: subprocess.Popen[str]
) -> None:
    assert try_in_other_process(data_dir) == IN_USE_EXIT_CODE
    here = Vault.open(data_dir)
    with pytest.raises(VaultInUse) as excinfo:
        here.acquire_process_lock()
    assert "allerede" in excinfo.value.message
    assert not here.holds_process_lock

    # A hard kill is what a crash looks like: the OS must drop the lock, no stale file may block.
    holder.kill()
    holder.wait(timeout=30)

    assert try_in_other_process(data_dir) == 0
    here.acquire_process_lock()
    assert here.holds_process_lock
    here.release_process_lock()


def test_other_process_is_refused_while_we_hold_it_and_admitted_after_release(
    data_dir: Path,
) -> None:
    vault = Vault.open(data_dir)
    vault.acquire_process_lock()
    vault.acquire_process_lock()  # idempotent
    try:
        assert try_in_other_process(data_dir) == IN_USE_EXIT_CODE
    finally:
        vault.release_process_lock()
    assert try_in_other_process(data_dir) == 0


def test_a_second_vault_object_in_the_same_process_is_refused(data_dir: Path) -> None:
    first = Vault.open(data_dir)
    second = Vault.open(data_dir)
    first.acquire_process_lock()
    try:
        with pytest.raises(VaultInUse):
            second.acquire_process_lock()
    finally:
        first.release_process_lock()
    second.acquire_process_lock()
    second.release_process_lock()


def test_recovery_waits_for_the_app_in_another_process_to_close(tmp_path: Path) -> None:
    private_pem, public_pem = generate_recovery_keypair()
    Vault.create(tmp_path / "v", "glemt", recovery_public_key_pem=public_pem, kdf=FAST_KDF)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_SCRIPT, str(tmp_path / "v")],
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "held"
        with pytest.raises(VaultInUse):
            recover_vault(tmp_path / "v", private_key_pem=private_pem, new_password="ny")
    finally:
        assert process.stdin is not None
        process.stdin.close()  # a clean exit this time
        process.wait(timeout=30)
        assert process.stdout is not None
        process.stdout.close()
    recover_vault(tmp_path / "v", private_key_pem=private_pem, new_password="ny")
    Vault.open(tmp_path / "v").unlock("ny")


def test_recovery_in_the_process_that_holds_the_lock(tmp_path: Path) -> None:
    # The app's own "enter the recovery file from IT" dialog runs while it holds the lock.
    private_pem, public_pem = generate_recovery_keypair()
    vault = Vault.create(tmp_path / "v", "glemt", recovery_public_key_pem=public_pem, kdf=FAST_KDF)
    vault.lock()
    vault.acquire_process_lock()
    try:
        recover_vault(tmp_path / "v", private_key_pem=private_pem, new_password="ny")
        vault.unlock("ny")
    finally:
        vault.release_process_lock()


def test_a_folder_whose_database_is_a_symlink_to_a_held_one_is_refused(
    data_dir: Path, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    # A second folder: a copy of vault.json and a symlink to the first folder's trepart.db.
    (data_dir / "trepart.db").write_bytes(b"")
    second = tmp_path / "second"
    second.mkdir()
    (second / "vault.json").write_bytes((data_dir / "vault.json").read_bytes())
    (second / "trepart.db").symlink_to(data_dir / "trepart.db")

    assert try_in_other_process(second) == IN_USE_EXIT_CODE
    here = Vault.open(second)
    with pytest.raises(VaultInUse):
        here.acquire_process_lock()
    assert not here.holds_process_lock
    # Its own folder's lock was given back, so the refusal leaves nothing held.
    own = ProcessLock(second / "trepart.lock")
    own.acquire()
    own.release()
    holder.kill()
    holder.wait(timeout=30)
    here.acquire_process_lock()
    try:
        # Now the other way round: the first folder is refused while the linked one is open.
        assert try_in_other_process(data_dir) == IN_USE_EXIT_CODE
    finally:
        here.release_process_lock()
    assert try_in_other_process(data_dir) == 0
    assert try_in_other_process(second) == 0
