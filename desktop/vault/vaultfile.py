"""vault.json: parsing with strict validation, and atomic writes.

The file holds nothing that opens the database without the password or the organisation's
private key, so it may be backed up freely; it is still written 0600 because failed-attempt
counts and ids are nobody else's business.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.vault.errors import VaultCorrupt, VaultError, VaultNotFound, VaultTooNew
from desktop.vault.kdf import KDF_ALGORITHM, MAX_MEMORY_KIB, SALT_LENGTH, KdfParams
from desktop.vault.keywrap import NONCE_LENGTH, WRAPPED_KEY_LENGTH, PasswordWrap
from desktop.vault.recovery import MAX_RSA_BITS, MIN_RSA_BITS, RECOVERY_ALGORITHM, RecoveryWrap

logger = logging.getLogger(__name__)

VAULT_FORMAT_VERSION = 1
VAULT_FILE_NAME = "vault.json"
# A real vault.json is about 1 KiB; refusing anything huge keeps a damaged file from eating memory.
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class VaultFile:
    vault_id: str
    password_wrap: PasswordWrap
    recovery: RecoveryWrap | None
    failed_attempts: int = 0
    last_failed_at: float | None = None

    def to_json_bytes(self) -> bytes:
        wrap = self.password_wrap
        document = {
            "format_version": VAULT_FORMAT_VERSION,
            "vault_id": self.vault_id,
            "kdf": {
                "algorithm": KDF_ALGORITHM,
                "salt": _b64(wrap.salt),
                "memory_kib": wrap.params.memory_kib,
                "iterations": wrap.params.iterations,
                "lanes": wrap.params.lanes,
            },
            "wrapped_key": {"nonce": _b64(wrap.nonce), "ciphertext": _b64(wrap.ciphertext)},
            "recovery": None
            if self.recovery is None
            else {
                "algorithm": self.recovery.algorithm,
                "wrapped": _b64(self.recovery.wrapped),
                "public_key_sha256": self.recovery.public_key_sha256,
            },
            "failed_attempts": self.failed_attempts,
            "last_failed_at": self.last_failed_at,
        }
        return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class _Reader:
    """Typed field access that turns every surprise into VaultCorrupt naming the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def corrupt(self, detail: str) -> VaultCorrupt:
        return VaultCorrupt(self.path, detail)

    def obj(self, parent: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        value = self.field(parent, key, where)
        if not isinstance(value, dict):
            raise self.corrupt(f"feltet »{where}« har en forkert type")
        return value

    def field(self, parent: dict[str, Any], key: str, where: str) -> Any:
        if key not in parent:
            raise self.corrupt(f"feltet »{where}« mangler")
        return parent[key]

    def integer(self, parent: dict[str, Any], key: str, where: str, *, minimum: int) -> int:
        value = self.field(parent, key, where)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.corrupt(f"feltet »{where}« har en forkert type")
        if value < minimum:
            raise self.corrupt(f"feltet »{where}« har en ugyldig værdi")
        return value

    def text(self, parent: dict[str, Any], key: str, where: str) -> str:
        value = self.field(parent, key, where)
        if not isinstance(value, str):
            raise self.corrupt(f"feltet »{where}« har en forkert type")
        return value

    def hex_text(self, parent: dict[str, Any], key: str, where: str, *, length: int) -> str:
        value = self.text(parent, key, where)
        if len(value) != length or any(c not in "0123456789abcdef" for c in value):
            raise self.corrupt(f"feltet »{where}« har en ugyldig værdi")
        return value

    def b64(self, parent: dict[str, Any], key: str, where: str, *, lengths: range) -> bytes:
        value = self.text(parent, key, where)
        try:
            data = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise self.corrupt(f"feltet »{where}« er ikke gyldig base64") from None
        if len(data) not in lengths:
            raise self.corrupt(f"feltet »{where}« har forkert længde ({len(data)} byte)")
        return data


def parse_vault_file(raw: bytes, *, path: Path) -> VaultFile:
    """Parse vault.json, raising VaultTooNew or VaultCorrupt with the offending field."""
    r = _Reader(path)
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError covers JSONDecodeError and integers beyond Python's digit limit; deep
        # nesting exhausts the parser's recursion. All are a damaged file, never a crash.
        raise r.corrupt("ugyldig JSON") from None
    if not isinstance(document, dict):
        raise r.corrupt("ugyldig JSON")

    # The version comes first: a newer format may have changed every other field.
    version = r.integer(document, "format_version", "format_version", minimum=1)
    if version > VAULT_FORMAT_VERSION:
        raise VaultTooNew(path, found=version, supported=VAULT_FORMAT_VERSION)

    vault_id = r.hex_text(document, "vault_id", "vault_id", length=32)

    kdf = r.obj(document, "kdf", "kdf")
    algorithm = r.text(kdf, "algorithm", "kdf.algorithm")
    if algorithm != KDF_ALGORITHM:
        raise r.corrupt(f"ukendt nøgleafledning »{algorithm}«")
    salt = r.b64(kdf, "salt", "kdf.salt", lengths=range(SALT_LENGTH, 65))
    try:
        params = KdfParams(
            memory_kib=r.integer(kdf, "memory_kib", "kdf.memory_kib", minimum=8),
            iterations=r.integer(kdf, "iterations", "kdf.iterations", minimum=1),
            lanes=r.integer(kdf, "lanes", "kdf.lanes", minimum=1),
        )
    except ValueError:
        raise r.corrupt(
            f"ugyldige parametre for nøgleafledning (højst {MAX_MEMORY_KIB} KiB hukommelse)"
        ) from None

    wrapped = r.obj(document, "wrapped_key", "wrapped_key")
    password_wrap = PasswordWrap(
        salt=salt,
        params=params,
        nonce=r.b64(
            wrapped, "nonce", "wrapped_key.nonce", lengths=range(NONCE_LENGTH, NONCE_LENGTH + 1)
        ),
        ciphertext=r.b64(
            wrapped,
            "ciphertext",
            "wrapped_key.ciphertext",
            lengths=range(WRAPPED_KEY_LENGTH, WRAPPED_KEY_LENGTH + 1),
        ),
    )

    recovery: RecoveryWrap | None = None
    if r.field(document, "recovery", "recovery") is not None:
        rec = r.obj(document, "recovery", "recovery")
        rec_algorithm = r.text(rec, "algorithm", "recovery.algorithm")
        if rec_algorithm != RECOVERY_ALGORITHM:
            raise r.corrupt(f"ukendt gendannelsesmetode »{rec_algorithm}«")
        recovery = RecoveryWrap(
            algorithm=rec_algorithm,
            wrapped=r.b64(
                rec,
                "wrapped",
                "recovery.wrapped",
                lengths=range(MIN_RSA_BITS // 8, MAX_RSA_BITS // 8 + 1),
            ),
            public_key_sha256=r.hex_text(
                rec, "public_key_sha256", "recovery.public_key_sha256", length=64
            ),
        )

    failed_attempts = r.integer(document, "failed_attempts", "failed_attempts", minimum=0)
    last_failed_at = r.field(document, "last_failed_at", "last_failed_at")
    if last_failed_at is not None and (
        not isinstance(last_failed_at, (int, float)) or isinstance(last_failed_at, bool)
    ):
        raise r.corrupt("feltet »last_failed_at« har en forkert type")

    return VaultFile(
        vault_id=vault_id,
        password_wrap=password_wrap,
        recovery=recovery,
        failed_attempts=failed_attempts,
        last_failed_at=None if last_failed_at is None else float(last_failed_at),
    )


def read_vault_file(path: Path) -> VaultFile:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise VaultNotFound(path) from None
    except NotADirectoryError:
        raise VaultNotFound(path) from None
    except OSError as exc:
        raise VaultError(f"Nøglefilen {path} kan ikke læses ({exc.strerror}).") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise VaultCorrupt(path, "filen er for stor")
    return parse_vault_file(raw, path=path)


def write_vault_file(vault_file: VaultFile, path: Path) -> None:
    """Replace ``path`` atomically, so a crash leaves either the old or the new file, never half.

    The temp file sits in the same directory because os.replace is only atomic within one file
    system; it holds exactly what vault.json will hold, so nothing secret is left if we die.
    """
    data = vault_file.to_json_bytes()
    fd, temp_name = tempfile.mkstemp(prefix=".vault.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_directory(path.parent)
    logger.debug("Wrote %s", path)


def _fsync_directory(directory: Path) -> None:
    # The rename is only durable once the directory entry is on disk. Windows cannot open a
    # directory this way and makes renames durable itself, so skipping there is fine.
    if os.name != "posix":
        return
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
