"""Hypothesis properties of the key wrap, the file and the delay schedule."""

from __future__ import annotations

import base64
import tempfile
import unicodedata
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.vault import VAULT_FORMAT_VERSION, KdfParams, Vault, WrongPassword
from desktop.vault.keywrap import unwrap_database_key, wrap_database_key
from desktop.vault.throttle import MAX_DELAY_SECONDS, delay_after, seconds_left

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
FAST = settings(max_examples=40, deadline=None)

keys = st.binary(min_size=32, max_size=32)
passwords = st.text(min_size=1, max_size=64)
kdf_params = st.builds(
    lambda lanes, extra, iterations: KdfParams(
        memory_kib=8 * lanes + extra, iterations=iterations, lanes=lanes
    ),
    lanes=st.integers(1, 2),
    extra=st.integers(0, 16),
    iterations=st.integers(1, 2),
)


@FAST
@given(key=keys, password=passwords, params=kdf_params)
def test_wrap_unwrap_roundtrip(key: bytes, password: str, params: KdfParams) -> None:
    vault_id = uuid.uuid4().hex
    wrap = wrap_database_key(
        key, password, vault_id=vault_id, params=params, format_version=VAULT_FORMAT_VERSION
    )
    assert key not in wrap.ciphertext
    unwrapped = unwrap_database_key(
        wrap, password, vault_id=vault_id, format_version=VAULT_FORMAT_VERSION
    )
    assert bytes(unwrapped) == key


@FAST
@given(key=keys, password=passwords, other=passwords)
def test_other_passwords_do_not_unwrap(key: bytes, password: str, other: str) -> None:
    assume(unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", password))
    vault_id = uuid.uuid4().hex
    wrap = wrap_database_key(
        key, password, vault_id=vault_id, params=FAST_KDF, format_version=VAULT_FORMAT_VERSION
    )
    with pytest.raises(WrongPassword):
        unwrap_database_key(wrap, other, vault_id=vault_id, format_version=VAULT_FORMAT_VERSION)


def test_composed_and_decomposed_letters_are_the_same_password(tmp_path: Path) -> None:
    composed = "blåbærgrød"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault = Vault.create(tmp_path / "v", composed, kdf=FAST_KDF)
    key = vault.database_key
    reopened = Vault.open(tmp_path / "v")
    reopened.unlock(decomposed)
    assert reopened.database_key == key


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(password=st.text(min_size=8, max_size=40), new_password=st.text(min_size=8, max_size=40))
def test_vault_json_never_holds_the_key_or_a_password(password: str, new_password: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "v", password, kdf=FAST_KDF)
        key = vault.database_key
        files = [vault.vault_path.read_bytes()]
        vault.change_password(password, new_password)
        files.append(vault.vault_path.read_bytes())
        for raw in files:
            text = raw.decode("utf-8")
            assert key not in raw
            assert key.hex() not in text.lower()
            assert base64.b64encode(key).decode() not in text
            for secret in (password, new_password):
                assert secret.encode("utf-8") not in raw
                assert secret not in text


@given(st.integers(min_value=0, max_value=10_000))
def test_delay_schedule(failures: int) -> None:
    delay = delay_after(failures)
    if failures < 3:
        assert delay == 0
    else:
        assert delay == min(2 ** (failures - 3), MAX_DELAY_SECONDS)
    assert delay_after(failures + 1) >= delay


@given(
    failures=st.integers(0, 100),
    last=st.floats(0, 2e9),
    now=st.floats(0, 2e9),
)
def test_wait_is_never_negative_nor_longer_than_the_delay(
    failures: int, last: float, now: float
) -> None:
    left = seconds_left(failed_attempts=failures, last_failed_at=last, now=now)
    assert 0 <= left <= delay_after(failures)
    if now >= last + delay_after(failures):
        assert left == 0
