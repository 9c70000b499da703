"""The recovery copy: the database key wrapped for the organisation's public key.

Scheme: RSA-OAEP with SHA-256 (MGF1-SHA-256) directly over the 32-byte database key, with the
OAEP label binding the copy to its vault id. RSA rather than X25519 because municipal IT can
keep and handle an RSA key pair with the tools they already have (openssl, HSMs, PKCS#8 files).
The key must be at least 3072 bits. Devices get only the public key; IT keeps the private key
offline, so neither a device nor the server ever holds a second usable way into the database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from desktop.vault.errors import RecoveryKeyInvalid, WrongRecoveryKey
from desktop.vault.kdf import KEY_LENGTH

RECOVERY_ALGORITHM = "rsa-oaep-sha256"
MIN_RSA_BITS = 3072
MAX_RSA_BITS = 8192
GENERATED_RSA_BITS = 3072


@dataclass(frozen=True, slots=True)
class RecoveryWrap:
    algorithm: str
    wrapped: bytes
    public_key_sha256: str


def generate_recovery_keypair(*, passphrase: str | None = None) -> tuple[bytes, bytes]:
    """Make an organisation recovery key pair: ``(private_pem, public_pem)``.

    The private key is PKCS#8 PEM, encrypted with ``passphrase`` when one is given (recommended:
    whoever holds that file can open every vault made with the public key).
    """
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=GENERATED_RSA_BITS)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=encryption,
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def public_key_fingerprint(public_key: rsa.RSAPublicKey) -> str:
    """SHA-256 of the DER SubjectPublicKeyInfo in hex.

    IT can compute the same with ``openssl pkey -pubin -outform DER | sha256sum``.
    """
    der = public_key.public_bytes(
        encoding=serialization.Encoding.DER,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return hashlib.sha256(der).hexdigest()


def load_recovery_public_key(public_key_pem: bytes) -> rsa.RSAPublicKey:
    try:
        key = serialization.load_pem_public_key(public_key_pem)
    except (ValueError, TypeError):
        raise RecoveryKeyInvalid("den offentlige nøgle kan ikke læses som PEM") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise RecoveryKeyInvalid("den offentlige nøgle er ikke en RSA-nøgle")
    if not MIN_RSA_BITS <= key.key_size <= MAX_RSA_BITS:
        raise RecoveryKeyInvalid(
            f"RSA-nøglen skal være mellem {MIN_RSA_BITS} og {MAX_RSA_BITS} bit"
        )
    return key


def _load_private_key(private_key_pem: bytes, passphrase: str | None) -> rsa.RSAPrivateKey:
    password = passphrase.encode("utf-8") if passphrase else None
    try:
        key = serialization.load_pem_private_key(private_key_pem, password=password)
    except TypeError:
        # cryptography says TypeError when a passphrase is missing or superfluous.
        if password is None:
            raise RecoveryKeyInvalid("den private nøgle er beskyttet med en adgangskode") from None
        raise RecoveryKeyInvalid("den private nøgle er ikke beskyttet med en adgangskode") from None
    except ValueError:
        if password is not None:
            raise RecoveryKeyInvalid(
                "den private nøgle kan ikke læses; er adgangskoden til den rigtig?"
            ) from None
        raise RecoveryKeyInvalid("den private nøgle kan ikke læses som PEM") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise RecoveryKeyInvalid("den private nøgle er ikke en RSA-nøgle")
    return key


def _oaep(vault_id: str) -> padding.OAEP:
    return padding.OAEP(
        mgf=padding.MGF1(algorithm=hashes.SHA256()),
        algorithm=hashes.SHA256(),
        label=b"trepart-vault-recovery\x00" + vault_id.encode("ascii"),
    )


def wrap_for_recovery(
    key: bytes | bytearray, *, public_key_pem: bytes, vault_id: str
) -> RecoveryWrap:
    public_key = load_recovery_public_key(public_key_pem)
    return RecoveryWrap(
        algorithm=RECOVERY_ALGORITHM,
        wrapped=public_key.encrypt(bytes(key), _oaep(vault_id)),
        public_key_sha256=public_key_fingerprint(public_key),
    )


def unwrap_with_private_key(
    wrap: RecoveryWrap, *, private_key_pem: bytes, vault_id: str, passphrase: str | None = None
) -> bytearray:
    """Return the database key from the recovery copy, or raise WrongRecoveryKey."""
    private_key = _load_private_key(private_key_pem, passphrase)
    # Checking the fingerprint first gives IT a clear answer ("wrong key") instead of an
    # OAEP failure that could also mean a damaged copy.
    if public_key_fingerprint(private_key.public_key()) != wrap.public_key_sha256:
        raise WrongRecoveryKey()
    try:
        key = bytearray(private_key.decrypt(wrap.wrapped, _oaep(vault_id)))
    except ValueError:
        raise WrongRecoveryKey() from None
    if len(key) != KEY_LENGTH:
        raise WrongRecoveryKey()
    return key
