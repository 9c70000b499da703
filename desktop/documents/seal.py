"""The organisation's PAdES seal (pyhanko): a certifying signature that forbids later changes.

Sealing is offline: no timestamp authority and no revocation look-ups, so a consultant at a
company without network seals on the spot, and the seal validates without network (PAdES B-B).
"""

from __future__ import annotations

import functools
import io
import logging
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko_certvalidator.registry import SimpleCertificateStore

log = logging.getLogger(__name__)

SEAL_FIELD = "Trepart-segl"


class SealError(Exception):
    """The organisation certificate is missing, unreadable, or the PDF cannot be sealed."""


class _KeptKeySigner(signers.SimpleSigner):
    """SimpleSigner that keeps the parsed private key.

    pyhanko re-parses the key from DER on every signature (twice per PDF: once to size the
    signature, once to sign), and parsing an RSA key runs cryptography's consistency checks:
    over 100 ms per parse for a 3072-bit key.
    """

    def __init__(self, *args: object, pyca_key: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pyca_key = pyca_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        key = self._pyca_key
        if mechanism == "rsassa_pkcs1v15" and isinstance(key, RSAPrivateKey):
            return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        if mechanism == "ecdsa" and isinstance(key, EllipticCurvePrivateKey):
            return key.sign(data, ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
        return super().sign_raw(data, digest_algorithm)


@dataclass(frozen=True)
class Sealer:
    """The organisation's key and certificate, loaded once, ready to seal PDFs."""

    signer: signers.SimpleSigner
    organisation: str

    @property
    def certificate(self) -> asn1_x509.Certificate:
        return self.signer.signing_cert

    def seal(
        self,
        pdf: bytes,
        *,
        reason: str = "Forseglet af organisationen",
        location: str | None = None,
    ) -> bytes:
        """Return the sealed PDF bytes; the input is not changed."""
        meta = signers.PdfSignatureMetadata(
            field_name=SEAL_FIELD,
            subfilter=SigSeedSubFilter.PADES,
            md_algorithm="sha256",
            certify=True,
            # Any later change, even a form fill or an annotation, breaks the seal.
            docmdp_permissions=MDPPerm.NO_CHANGES,
            reason=reason,
            location=location or self.organisation,
            name=self.organisation,
        )
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
            out = io.BytesIO()
            signers.sign_pdf(writer, meta, signer=self.signer, output=out)
        except Exception as exc:
            raise SealError(f"PDF'en kunne ikke forsegles: {exc}") from exc
        return out.getvalue()


def load_sealer(p12: bytes, password: str | bytes | None) -> Sealer:
    """Open a PKCS#12 file's key and certificate; cached per file content and password."""
    secret = password.encode("utf-8") if isinstance(password, str) else password
    return _load(p12, secret)


@functools.lru_cache(maxsize=4)
def _load(p12: bytes, password: bytes | None) -> Sealer:
    # cryptography opens the PKCS#12 file and checks the key once; the key object is then kept
    # (see _KeptKeySigner), and pyhanko gets the same key and certificates in asn1crypto form.
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(p12, password)
    except ValueError as exc:
        raise SealError(
            "Organisationens certifikat kan ikke åbnes: forkert adgangskode eller en "
            "beskadiget PKCS#12-fil."
        ) from exc
    if key is None or cert is None:
        raise SealError("PKCS#12-filen indeholder ikke både en nøgle og et certifikat.")
    der = serialization.Encoding.DER
    signing_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(der))
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in extra or ()]
    signer = _KeptKeySigner(
        signing_cert=signing_cert,
        signing_key=signing_key,
        cert_registry=SimpleCertificateStore.from_certs(chain),
        pyca_key=key,
    )
    return Sealer(signer=signer, organisation=organisation_name(signing_cert))


def organisation_name(cert: asn1_x509.Certificate) -> str:
    subject = cert.subject.native
    return str(subject.get("organization_name") or subject.get("common_name") or "")


def trust_anchors(p12: bytes, password: str | bytes | None) -> list[asn1_x509.Certificate]:
    """The certificates a verifier of this organisation's seals trusts: its own and its chain."""
    sealer = load_sealer(p12, password)
    others = [c for c in sealer.signer.cert_registry if c.dump() != sealer.certificate.dump()]
    return [sealer.certificate, *others]
