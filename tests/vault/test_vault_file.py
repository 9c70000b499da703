"""Damaged, tampered and too-new vault.json files."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.vault import (
    KdfParams,
    Vault,
    VaultCorrupt,
    VaultExists,
    VaultTooNew,
    WrongPassword,
)

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
PASSWORD = "rigtig adgangskode"

Document = dict[str, Any]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    Vault.create(tmp_path / "data", PASSWORD, kdf=FAST_KDF)
    return tmp_path / "data"


def vault_json(data_dir: Path) -> Path:
    return data_dir / "vault.json"


def edit(data_dir: Path, change: Callable[[Document], None]) -> None:
    path = vault_json(data_dir)
    document = json.loads(path.read_text("utf-8"))
    change(document)
    path.write_text(json.dumps(document), "utf-8")


def flip_first_byte(b64: str) -> str:
    raw = bytearray(base64.b64decode(b64))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def test_too_new_format_is_refused_with_a_danish_message(data_dir: Path) -> None:
    def newer(document: Document) -> None:
        document["format_version"] = 2
        document["kdf"] = {"algorithm": "something-from-the-future"}

    edit(data_dir, newer)
    with pytest.raises(VaultTooNew) as excinfo:
        Vault.open(data_dir)
    assert excinfo.value.found == 2
    assert "nyere version af Trepart" in excinfo.value.message
    assert "Opdatér" in str(excinfo.value)


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"not json at all", b"[1, 2, 3]", b"\xff\xfe\x00garbage", b"null"],
)
def test_unparseable_json_is_corrupt_and_left_untouched(data_dir: Path, content: bytes) -> None:
    vault_json(data_dir).write_bytes(content)
    with pytest.raises(VaultCorrupt) as excinfo:
        Vault.open(data_dir)
    assert str(vault_json(data_dir)) in excinfo.value.message
    assert "beskadiget" in excinfo.value.message
    # Not even "create a fresh vault" may replace it: IT may still restore or repair it.
    with pytest.raises(VaultExists):
        Vault.create(data_dir, "ny", kdf=FAST_KDF)
    assert vault_json(data_dir).read_bytes() == content


def test_truncated_base64_is_corrupt(data_dir: Path) -> None:
    def truncate(document: Document) -> None:
        document["wrapped_key"]["ciphertext"] = document["wrapped_key"]["ciphertext"][:-3]

    edit(data_dir, truncate)
    with pytest.raises(VaultCorrupt) as excinfo:
        Vault.open(data_dir)
    assert "wrapped_key.ciphertext" in excinfo.value.detail
    assert "base64" in excinfo.value.detail


def test_base64_of_the_wrong_length_is_corrupt(data_dir: Path) -> None:
    def shorten(document: Document) -> None:
        # Dropping whole base64 quanta keeps it valid base64, so only the length check can tell.
        document["wrapped_key"]["nonce"] = document["wrapped_key"]["nonce"][:-4]

    edit(data_dir, shorten)
    with pytest.raises(VaultCorrupt) as excinfo:
        Vault.open(data_dir)
    assert "wrapped_key.nonce" in excinfo.value.detail
    assert "længde" in excinfo.value.detail


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.pop("vault_id"), "vault_id"),
        (lambda d: d.pop("format_version"), "format_version"),
        (lambda d: d["kdf"].pop("salt"), "kdf.salt"),
        (lambda d: d.pop("wrapped_key"), "wrapped_key"),
        (lambda d: d.pop("recovery"), "recovery"),
        (lambda d: d.pop("failed_attempts"), "failed_attempts"),
        (lambda d: d.update(format_version="1"), "format_version"),
        (lambda d: d.update(format_version=0), "format_version"),
        (lambda d: d.update(vault_id="not-a-uuid"), "vault_id"),
        (lambda d: d.update(failed_attempts=-1), "failed_attempts"),
        (lambda d: d.update(last_failed_at="yesterday"), "last_failed_at"),
        (lambda d: d["kdf"].update(algorithm="pbkdf2"), "pbkdf2"),
        (lambda d: d["kdf"].update(lanes=True), "kdf.lanes"),
        (lambda d: d["kdf"].update(memory_kib=2**40), "nøgleafledning"),
        (lambda d: d.update(recovery={"algorithm": "rsa-oaep-sha256"}), "recovery.wrapped"),
        (lambda d: d.update(kdf=[]), "kdf"),
    ],
)
def test_missing_or_malformed_fields_are_corrupt(
    data_dir: Path, change: Callable[[Document], None], field: str
) -> None:
    edit(data_dir, change)
    before = vault_json(data_dir).read_bytes()
    with pytest.raises(VaultCorrupt) as excinfo:
        Vault.open(data_dir)
    assert field in excinfo.value.detail
    assert vault_json(data_dir).read_bytes() == before


def test_tampered_ciphertext_reads_as_wrong_password(data_dir: Path) -> None:
    # GCM cannot tell tampering from a wrong password; both mean "this password does not open it".
    edit(
        data_dir,
        lambda d: d["wrapped_key"].update(
            ciphertext=flip_first_byte(d["wrapped_key"]["ciphertext"])
        ),
    )
    vault = Vault.open(data_dir)
    with pytest.raises(WrongPassword):
        vault.unlock(PASSWORD)


@pytest.mark.parametrize(
    "change",
    [
        # Only the associated data catches these two: the derived KEK would be unchanged.
        lambda d: d.update(vault_id="0" * 32),
        lambda d: d["wrapped_key"].update(nonce=flip_first_byte(d["wrapped_key"]["nonce"])),
        # A cost downgrade changes the KEK, so it cannot open the key either.
        lambda d: d["kdf"].update(memory_kib=16),
        lambda d: d["kdf"].update(salt=flip_first_byte(d["kdf"]["salt"])),
    ],
)
def test_edited_context_does_not_unlock(data_dir: Path, change: Callable[[Document], None]) -> None:
    edit(data_dir, change)
    vault = Vault.open(data_dir)
    with pytest.raises(WrongPassword):
        vault.unlock(PASSWORD)


def test_a_file_damaged_while_open_is_never_overwritten(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSWORD, kdf=FAST_KDF)
    vault.lock()
    damaged = b'{"format_version": 1, "vault_id": '
    vault.vault_path.write_bytes(damaged)
    with pytest.raises(VaultCorrupt):
        vault.unlock("forkert")
    with pytest.raises(VaultCorrupt):
        vault.unlock(PASSWORD)
    with pytest.raises(VaultCorrupt):
        vault.change_password(PASSWORD, "ny")
    assert vault.vault_path.read_bytes() == damaged


def test_a_vault_json_swapped_for_another_vault_is_refused(tmp_path: Path) -> None:
    first = Vault.create(tmp_path / "a", PASSWORD, kdf=FAST_KDF)
    Vault.create(tmp_path / "b", PASSWORD, kdf=FAST_KDF)
    other = (tmp_path / "b" / "vault.json").read_bytes()
    first.lock()
    first.vault_path.write_bytes(other)
    with pytest.raises(VaultCorrupt):
        first.unlock(PASSWORD)
    assert first.vault_path.read_bytes() == other


def test_unknown_extra_fields_are_tolerated(data_dir: Path) -> None:
    edit(data_dir, lambda d: d.update(comment="added by an admin"))
    vault = Vault.open(data_dir)
    vault.unlock(PASSWORD)
    assert vault.is_unlocked
