"""Organisation certificates: the demo one `trepart demo` makes, and reading trust anchors.

A municipality seals with its own organisation certificate (e.g. an OCES organisation
certificate) from a PKCS#12 file that IT hands out. The demo certificate is self-signed and
says so in its name: it proves the mechanics, not the municipality's identity.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

DEMO_ORGANISATION = "Demo Kommune"
P12_NAME = "organisation-seal.p12"
CERT_NAME = "organisation-seal-certificate.pem"


def make_demo_organisation_certificate(
    directory: Path,
    *,
    organisation: str = DEMO_ORGANISATION,
    key_size: int = 3072,
    valid_years: int = 5,
) -> tuple[Path, str]:
    """Write a self-signed demo sealing certificate as PKCS#12 (plus its public PEM).

    Returns the PKCS#12 path and its random password; the caller keeps the password in the
    vault. The PEM beside it is public: give it to whoever verifies demo PDFs
    (`trepart verify --trust FILE.pem`).
    """
    directory.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    now = dt.datetime.now(dt.UTC)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Jobcenter"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{organisation} organisationssegl (DEMO)"),
        ]
    )
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * valid_years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    password = secrets.token_urlsafe(24)
    p12 = pkcs12.serialize_key_and_certificates(
        b"trepart-organisation-seal",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )
    p12_path = directory / P12_NAME
    p12_path.write_bytes(p12)
    p12_path.chmod(0o600)
    (directory / CERT_NAME).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12_path, password


def load_certificates(data: bytes) -> list[asn1_x509.Certificate]:
    """Every certificate in a PEM (one or more blocks) or DER file."""
    if pem.detect(data):
        return [
            asn1_x509.Certificate.load(der)
            for kind, _, der in pem.unarmor(data, multiple=True)
            if kind == "CERTIFICATE"
        ]
    return [asn1_x509.Certificate.load(data)]
