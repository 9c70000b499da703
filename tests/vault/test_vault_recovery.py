"""Recovering a forgotten password with the organisation's private key."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from desktop.vault import (
    KdfParams,
    NoRecoveryCopy,
    RecoveryKeyInvalid,
    Vault,
    VaultNotFound,
    WrongPassword,
    WrongRecoveryKey,
    generate_recovery_keypair,
    recover_vault,
)

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
PASSWORD = "den glemte adgangskode"
NEW_PASSWORD = "sat af IT"


@pytest.fixture(scope="module")
def org_keys() -> tuple[bytes, bytes]:
    return generate_recovery_keypair()


@pytest.fixture(scope="module")
def other_org_keys() -> tuple[bytes, bytes]:
    return generate_recovery_keypair()


@pytest.fixture
def vault(tmp_path: Path, org_keys: tuple[bytes, bytes]) -> Vault:
    _, public_pem = org_keys
    vault = Vault.create(
        tmp_path / "data", PASSWORD, recovery_public_key_pem=public_pem, kdf=FAST_KDF
    )
    vault.database_path.write_bytes(os.urandom(4096))
    return vault


def test_generated_keypair_is_rsa_3072_pem(org_keys: tuple[bytes, bytes]) -> None:
    private_pem, public_pem = org_keys
    assert private_pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert public_pem.startswith(b"-----BEGIN PUBLIC KEY-----")
    public_key = serialization.load_pem_public_key(public_pem)
    assert isinstance(public_key, rsa.RSAPublicKey)
    assert public_key.key_size == 3072


def test_recovery_sets_a_new_password_for_the_same_key(
    vault: Vault, org_keys: tuple[bytes, bytes]
) -> None:
    private_pem, _ = org_keys
    key = vault.database_key
    database = vault.database_path.read_bytes()
    assert vault.has_recovery
    vault.lock()

    recover_vault(vault.data_dir, private_key_pem=private_pem, new_password=NEW_PASSWORD)

    reopened = Vault.open(vault.data_dir)
    assert reopened.has_recovery
    with pytest.raises(WrongPassword):
        reopened.unlock(PASSWORD)
    reopened.unlock(NEW_PASSWORD)
    assert reopened.database_key == key
    assert vault.database_path.read_bytes() == database


def test_recovery_resets_failed_attempts(vault: Vault, org_keys: tuple[bytes, bytes]) -> None:
    private_pem, _ = org_keys
    vault.lock()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            vault.unlock("gæt")
    assert vault.retry_after() > 0

    recover_vault(vault.data_dir, private_key_pem=private_pem, new_password=NEW_PASSWORD)

    # The open Vault object re-reads vault.json, so it sees the reset and the new wrap.
    vault.unlock(NEW_PASSWORD)
    assert vault.failed_attempts == 0
    assert Vault.open(vault.data_dir).failed_attempts == 0


def test_wrong_private_key_fails_cleanly_and_changes_nothing(
    vault: Vault, other_org_keys: tuple[bytes, bytes]
) -> None:
    wrong_private_pem, _ = other_org_keys
    before = vault.vault_path.read_bytes()
    with pytest.raises(WrongRecoveryKey) as excinfo:
        recover_vault(vault.data_dir, private_key_pem=wrong_private_pem, new_password="x")
    assert "passer ikke" in excinfo.value.message
    assert vault.vault_path.read_bytes() == before
    vault.lock()
    vault.unlock(PASSWORD)


def test_recovery_copy_from_another_vault_is_refused(
    tmp_path: Path, org_keys: tuple[bytes, bytes]
) -> None:
    # Same organisation key, but the copy is bound to its vault id by the OAEP label.
    private_pem, public_pem = org_keys
    first = Vault.create(tmp_path / "a", PASSWORD, recovery_public_key_pem=public_pem, kdf=FAST_KDF)
    second = Vault.create(
        tmp_path / "b", PASSWORD, recovery_public_key_pem=public_pem, kdf=FAST_KDF
    )
    document = json.loads(second.vault_path.read_text("utf-8"))
    document["recovery"] = json.loads(first.vault_path.read_text("utf-8"))["recovery"]
    second.vault_path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(WrongRecoveryKey):
        recover_vault(second.data_dir, private_key_pem=private_pem, new_password="x")


def test_change_password_keeps_the_recovery_copy(
    vault: Vault, org_keys: tuple[bytes, bytes]
) -> None:
    private_pem, _ = org_keys
    recovery_before = json.loads(vault.vault_path.read_text("utf-8"))["recovery"]
    key = vault.database_key
    vault.change_password(PASSWORD, "mellemliggende")
    assert json.loads(vault.vault_path.read_text("utf-8"))["recovery"] == recovery_before

    recover_vault(vault.data_dir, private_key_pem=private_pem, new_password=NEW_PASSWORD)
    reopened = Vault.open(vault.data_dir)
    reopened.unlock(NEW_PASSWORD)
    assert reopened.database_key == key


def test_vault_without_recovery_copy(tmp_path: Path, org_keys: tuple[bytes, bytes]) -> None:
    private_pem, _ = org_keys
    vault = Vault.create(tmp_path / "v", PASSWORD, kdf=FAST_KDF)
    assert not vault.has_recovery
    with pytest.raises(NoRecoveryCopy):
        recover_vault(vault.data_dir, private_key_pem=private_pem, new_password="x")


def test_recover_without_a_vault(tmp_path: Path, org_keys: tuple[bytes, bytes]) -> None:
    with pytest.raises(VaultNotFound):
        recover_vault(tmp_path, private_key_pem=org_keys[0], new_password="x")


def test_passphrase_protected_private_key(tmp_path: Path) -> None:
    private_pem, public_pem = generate_recovery_keypair(passphrase="it-afdelingens kodeord")
    assert b"ENCRYPTED" in private_pem
    vault = Vault.create(tmp_path / "v", PASSWORD, recovery_public_key_pem=public_pem, kdf=FAST_KDF)
    with pytest.raises(RecoveryKeyInvalid):
        recover_vault(vault.data_dir, private_key_pem=private_pem, new_password="x")
    with pytest.raises(RecoveryKeyInvalid):
        recover_vault(
            vault.data_dir, private_key_pem=private_pem, new_password="x", passphrase="forkert"
        )
    recover_vault(
        vault.data_dir,
        private_key_pem=private_pem,
        new_password=NEW_PASSWORD,
        passphrase="it-afdelingens kodeord",
    )
    Vault.open(vault.data_dir).unlock(NEW_PASSWORD)


def test_unusable_public_keys_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    not_rsa = ec.generate_private_key(ec.SECP256R1()).public_key()
    for pem in (
        b"not a key",
        small.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        not_rsa.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
    ):
        with pytest.raises(RecoveryKeyInvalid):
            Vault.create(tmp_path / "v", PASSWORD, recovery_public_key_pem=pem, kdf=FAST_KDF)
        assert not (tmp_path / "v" / "vault.json").exists()


def test_garbage_private_key_is_refused(vault: Vault) -> None:
    with pytest.raises(RecoveryKeyInvalid):
        recover_vault(vault.data_dir, private_key_pem=b"garbage", new_password="x")
