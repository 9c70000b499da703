"""Creating, unlocking, locking, throttling and changing the password of a vault."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from desktop.vault import (
    VAULT_FORMAT_VERSION,
    EmptyPassword,
    KdfParams,
    UnlockThrottled,
    Vault,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassword,
    benchmark_kdf,
)

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
PASSWORD = "Korrekt hest batteri hæfteklamme"


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path, clock: FakeClock) -> Vault:
    return Vault.create(data_dir, PASSWORD, kdf=FAST_KDF, clock=clock)


@pytest.fixture
def database_bytes(vault: Vault) -> bytes:
    """A stand-in trepart.db whose bytes must never change through vault operations."""
    content = os.urandom(8192)
    vault.database_path.write_bytes(content)
    return content


def wrong_attempt(vault: Vault, password: str = "forkert") -> None:
    with pytest.raises(WrongPassword):
        vault.unlock(password)


# -- create and unlock -----------------------------------------------------------------------


def test_create_returns_unlocked_vault_and_reopen_unlocks_with_same_key(
    vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    assert vault.is_unlocked
    key = vault.database_key
    assert len(key) == 32
    assert vault.database_key_hex == key.hex()
    assert len(vault.database_key_hex) == 64
    assert vault.database_path == data_dir / "trepart.db"
    assert vault.data_dir == data_dir
    assert len(vault.vault_id) == 32
    assert not vault.has_recovery
    assert vault.kdf_params == FAST_KDF

    reopened = Vault.open(data_dir, clock=clock)
    assert not reopened.is_unlocked
    assert reopened.vault_id == vault.vault_id
    reopened.unlock(PASSWORD)
    assert reopened.is_unlocked
    assert reopened.database_key == key


def test_each_vault_gets_its_own_random_key(tmp_path: Path) -> None:
    first = Vault.create(tmp_path / "a", PASSWORD, kdf=FAST_KDF)
    second = Vault.create(tmp_path / "b", PASSWORD, kdf=FAST_KDF)
    assert first.database_key != second.database_key
    assert first.vault_id != second.vault_id


def test_vault_json_has_the_documented_layout(vault: Vault) -> None:
    document = json.loads(vault.vault_path.read_text("utf-8"))
    assert document["format_version"] == VAULT_FORMAT_VERSION == 1
    assert document["vault_id"] == vault.vault_id
    assert document["kdf"]["algorithm"] == "argon2id"
    assert set(document["kdf"]) == {"algorithm", "salt", "memory_kib", "iterations", "lanes"}
    assert set(document["wrapped_key"]) == {"nonce", "ciphertext"}
    assert document["recovery"] is None
    assert document["failed_attempts"] == 0
    assert document["last_failed_at"] is None


def test_lock_forgets_the_key(vault: Vault) -> None:
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLocked) as excinfo:
        _ = vault.database_key
    assert "låst" in str(excinfo.value)
    with pytest.raises(VaultLocked):
        _ = vault.database_key_hex
    vault.lock()  # locking twice is harmless
    vault.unlock(PASSWORD)
    assert vault.is_unlocked


def test_lock_overwrites_the_key_buffer(vault: Vault) -> None:
    buffer = vault._key
    assert buffer is not None and any(buffer)
    vault.lock()
    assert buffer == bytearray(32)


def test_create_refuses_an_existing_vault(vault: Vault, data_dir: Path) -> None:
    before = vault.vault_path.read_bytes()
    with pytest.raises(VaultExists) as excinfo:
        Vault.create(data_dir, "en anden", kdf=FAST_KDF)
    assert excinfo.value.message.startswith("Der findes allerede")
    assert vault.vault_path.read_bytes() == before


def test_create_refuses_a_directory_with_a_database_but_no_vault(data_dir: Path) -> None:
    # Creating a new key here would make the existing database unreadable for good.
    data_dir.mkdir()
    (data_dir / "trepart.db").write_bytes(b"old encrypted pages")
    with pytest.raises(VaultExists) as excinfo:
        Vault.create(data_dir, PASSWORD, kdf=FAST_KDF)
    assert excinfo.value.orphaned_database
    assert not (data_dir / "vault.json").exists()


def test_open_without_vault_raises_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nowhere")
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path)


def test_empty_passwords_are_refused_without_counting(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(EmptyPassword):
        Vault.create(data_dir.parent / "other", "", kdf=FAST_KDF)
    vault.lock()
    with pytest.raises(EmptyPassword):
        vault.unlock("")
    with pytest.raises(EmptyPassword):
        vault.change_password(PASSWORD, "")
    assert vault.failed_attempts == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_are_private_to_the_user(vault: Vault, data_dir: Path) -> None:
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(vault.vault_path.stat().st_mode) == 0o600


def test_atomic_writes_leave_no_temp_files(vault: Vault) -> None:
    wrong_attempt(vault)
    vault.change_password(PASSWORD, "ny adgangskode")
    assert sorted(p.name for p in vault.data_dir.iterdir()) == ["trepart.lock", "vault.json"]


# -- wrong passwords and the growing delay ---------------------------------------------------


def test_wrong_password_is_counted_and_persisted(
    vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    vault.lock()
    with pytest.raises(WrongPassword) as excinfo:
        vault.unlock("forkert")
    assert str(excinfo.value) == "Forkert adgangskode."
    assert excinfo.value.message == "Forkert adgangskode."
    assert not vault.is_unlocked
    assert vault.failed_attempts == 1
    assert Vault.open(data_dir).failed_attempts == 1
    document = json.loads(vault.vault_path.read_text("utf-8"))
    assert document["failed_attempts"] == 1
    assert document["last_failed_at"] == clock.now


def test_delay_grows_after_the_third_failure(vault: Vault, clock: FakeClock) -> None:
    vault.lock()
    for _ in range(3):
        assert vault.retry_after() == 0
        wrong_attempt(vault)
    expected_delays = [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    for failures, delay in enumerate(expected_delays, start=3):
        assert vault.failed_attempts == failures
        assert vault.retry_after() == delay
        # Even the right password is refused while the delay runs, and refusals do not count.
        with pytest.raises(UnlockThrottled) as excinfo:
            vault.unlock(PASSWORD)
        assert excinfo.value.seconds_left == delay
        assert "Prøv igen om" in excinfo.value.message
        assert vault.failed_attempts == failures
        clock.advance(delay - 0.5)
        with pytest.raises(UnlockThrottled) as excinfo:
            vault.unlock("forkert")
        assert excinfo.value.seconds_left == pytest.approx(0.5)
        clock.advance(0.5)
        assert vault.retry_after() == 0
        wrong_attempt(vault)


def test_throttle_survives_a_restart(vault: Vault, data_dir: Path, clock: FakeClock) -> None:
    vault.lock()
    for _ in range(4):
        clock.advance(vault.retry_after())
        wrong_attempt(vault)
    reopened = Vault.open(data_dir, clock=clock)
    assert reopened.retry_after() == 2
    with pytest.raises(UnlockThrottled):
        reopened.unlock(PASSWORD)


def test_clock_set_back_never_extends_the_delay(vault: Vault, clock: FakeClock) -> None:
    vault.lock()
    for _ in range(4):
        clock.advance(vault.retry_after())
        wrong_attempt(vault)
    clock.advance(-86_400)
    assert vault.retry_after() == 2


def test_ten_failures_wipe_nothing(
    vault: Vault, data_dir: Path, clock: FakeClock, database_bytes: bytes
) -> None:
    key = vault.database_key
    vault.lock()
    for _ in range(10):
        clock.advance(vault.retry_after())
        wrong_attempt(vault)
    assert vault.failed_attempts == 10
    assert vault.database_path.read_bytes() == database_bytes

    clock.advance(vault.retry_after())
    reopened = Vault.open(data_dir, clock=clock)
    reopened.unlock(PASSWORD)
    assert reopened.database_key == key
    assert reopened.failed_attempts == 0
    assert reopened.retry_after() == 0
    assert Vault.open(data_dir).failed_attempts == 0
    assert vault.database_path.read_bytes() == database_bytes


def test_right_password_resets_the_counter(vault: Vault, clock: FakeClock) -> None:
    vault.lock()
    wrong_attempt(vault)
    wrong_attempt(vault)
    vault.unlock(PASSWORD)
    assert vault.failed_attempts == 0
    vault.lock()
    for _ in range(3):
        wrong_attempt(vault)  # three free attempts again after the reset
    assert vault.retry_after() == 1


def test_wrong_password_while_unlocked_keeps_the_key(vault: Vault) -> None:
    key = vault.database_key
    wrong_attempt(vault)
    assert vault.is_unlocked
    assert vault.database_key == key


# -- changing the password -------------------------------------------------------------------


def test_change_password_rewraps_the_same_key_and_leaves_the_database_alone(
    vault: Vault, data_dir: Path, database_bytes: bytes
) -> None:
    key = vault.database_key
    old_document = json.loads(vault.vault_path.read_text("utf-8"))

    vault.change_password(PASSWORD, "ny og bedre adgangskode")

    assert vault.database_path.read_bytes() == database_bytes
    assert vault.is_unlocked and vault.database_key == key
    new_document = json.loads(vault.vault_path.read_text("utf-8"))
    assert new_document["vault_id"] == old_document["vault_id"]
    assert new_document["kdf"]["salt"] != old_document["kdf"]["salt"]

    reopened = Vault.open(data_dir)
    with pytest.raises(WrongPassword):
        reopened.unlock(PASSWORD)
    reopened.unlock("ny og bedre adgangskode")
    assert reopened.database_key == key


def test_change_password_on_a_locked_vault_keeps_it_locked(vault: Vault, data_dir: Path) -> None:
    key = vault.database_key
    vault.lock()
    vault.change_password(PASSWORD, "ny")
    assert not vault.is_unlocked
    vault.unlock("ny")
    assert vault.database_key == key


def test_change_password_can_move_to_new_kdf_params(vault: Vault, data_dir: Path) -> None:
    tuned = KdfParams(memory_kib=16, iterations=2, lanes=2)
    vault.change_password(PASSWORD, "ny", kdf=tuned)
    reopened = Vault.open(data_dir)
    assert reopened.kdf_params == tuned
    reopened.unlock("ny")
    assert reopened.database_key == vault.database_key


def test_change_password_with_wrong_old_password_counts_and_changes_nothing(
    vault: Vault, clock: FakeClock
) -> None:
    before = json.loads(vault.vault_path.read_text("utf-8"))
    for _ in range(3):
        with pytest.raises(WrongPassword):
            vault.change_password("forkert", "ny")
    assert vault.failed_attempts == 3
    # The delay applies here too, or change_password would be a way to guess without it.
    with pytest.raises(UnlockThrottled):
        vault.change_password(PASSWORD, "ny")
    after = json.loads(vault.vault_path.read_text("utf-8"))
    assert after["wrapped_key"] == before["wrapped_key"]
    assert after["kdf"] == before["kdf"]
    clock.advance(1)
    vault.change_password(PASSWORD, "ny")
    assert vault.failed_attempts == 0


# -- secrets stay out of files and logs ------------------------------------------------------


def test_logs_never_contain_the_password_or_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    clock = FakeClock()
    vault = Vault.create(tmp_path / "v", PASSWORD, kdf=FAST_KDF, clock=clock)
    vault.lock()
    wrong_attempt(vault, "næsten-rigtig-adgangskode")
    vault.unlock(PASSWORD)
    vault.change_password(PASSWORD, "den nye hemmelighed")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert caplog.records
    for secret in (PASSWORD, "næsten-rigtig-adgangskode", "den nye hemmelighed"):
        assert secret not in text
    assert vault.database_key_hex not in text


# -- parameters ------------------------------------------------------------------------------


def test_kdf_defaults_and_validation() -> None:
    assert KdfParams() == KdfParams(memory_kib=65536, iterations=3, lanes=4)
    KdfParams(memory_kib=8, iterations=1, lanes=1)
    for bad in (
        {"lanes": 0},
        {"iterations": 0},
        {"memory_kib": 31, "lanes": 4},
        {"memory_kib": 10**9},
        {"iterations": True},
        {"memory_kib": 64.0},
    ):
        with pytest.raises(ValueError):
            KdfParams(**bad)  # type: ignore[arg-type]


def test_kdf_params_are_frozen() -> None:
    params = KdfParams()
    with pytest.raises(AttributeError):
        params.lanes = 1  # type: ignore[misc]


def test_benchmark_kdf_reports_seconds() -> None:
    seconds = benchmark_kdf(FAST_KDF, repeat=2)
    assert 0 < seconds < 5
