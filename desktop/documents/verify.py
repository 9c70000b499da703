"""Checking a sealed PDF: who sealed it, when, whether it is unaltered and whether we trust it.

Offline by design: the only trust anchors are the certificates the caller names (normally the
organisation's own seal certificate), nothing is fetched and revocation is not looked up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.documents.seal import SEAL_FIELD
from desktop.domain import formatting as fmt

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class VerificationResult:
    sealed_by: str | None  # the organisation (and certificate name) that sealed it
    signed_at: dt.datetime | None  # the sealing time the sealer's clock reported
    intact: bool  # not one byte changed since sealing, and nothing added after it
    valid: bool  # intact, and sealed with a certificate we trust
    message_da: str
    trusted: bool = False
    certificate_sha256: str | None = None


def verify_pdf(data: bytes, *, trusted: Sequence[asn1_x509.Certificate] = ()) -> VerificationResult:
    """Validate the PDF's seal with pyhanko, trusting only `trusted`."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures
    except Exception as exc:  # pyhanko raises many kinds on damaged files
        log.info("PDF kan ikke læses: %s", type(exc).__name__)
        return VerificationResult(
            None,
            None,
            intact=False,
            valid=False,
            message_da="Filen kan ikke læses som PDF; den er beskadiget eller ændret.",
        )
    if not signatures:
        return VerificationResult(
            None, None, intact=False, valid=False, message_da="Dokumentet har intet segl."
        )
    seal = next((s for s in signatures if s.field_name == SEAL_FIELD), signatures[0])
    context = ValidationContext(
        trust_roots=list(trusted), allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        with _quiet_pyhanko():
            status = validate_pdf_signature(seal, context)
    except Exception as exc:
        log.info("Seglet kan ikke valideres: %s", type(exc).__name__)
        return VerificationResult(
            None,
            None,
            intact=False,
            valid=False,
            message_da="Seglet kan ikke kontrolleres: dokumentet er beskadiget eller ændret.",
        )
    return _result(status)


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyhanko logs an untrusted certificate as a warning with a full traceback; the result
    says the same in Danish, so keep the traceback for debug logging only."""
    logger = logging.getLogger("pyhanko")
    if logger.isEnabledFor(logging.DEBUG):
        yield
        return
    before = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(before)


def _result(status: PdfSignatureStatus) -> VerificationResult:
    cert = status.signing_cert
    sealed_by = describe(cert)
    signed_at = status.signer_reported_dt
    when = fmt.datetime(signed_at) if signed_at else "på et ukendt tidspunkt"
    # Strict on purpose: the archive hands out exactly the sealed bytes, so anything appended
    # later (even metadata pyhanko would call harmless) means this is not that file.
    unchanged_after = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    intact = bool(status.intact and status.valid and unchanged_after)
    trusted = bool(status.trusted)
    valid = intact and trusted and bool(status.bottom_line)
    if valid:
        message = f"Gyldigt segl: forseglet af {sealed_by} {when}. Dokumentet er ikke ændret siden."
    elif not (status.intact and status.valid):
        message = (
            "ADVARSEL: Dokumentet er ændret efter forseglingen; seglet passer ikke til indholdet."
        )
    elif not unchanged_after:
        message = (
            "ADVARSEL: Der er tilføjet ændringer efter forseglingen "
            f"(forseglet af {sealed_by} {when})."
        )
    elif not trusted:
        message = (
            f"Dokumentet er ikke ændret siden forseglingen {when}, men certifikatet "
            f"({sealed_by}) er ikke blandt de betroede certifikater."
        )
    else:
        message = f"Seglet er ikke gyldigt: {status.summary()}"
    return VerificationResult(
        sealed_by=sealed_by,
        signed_at=signed_at,
        intact=intact,
        valid=valid,
        message_da=message,
        trusted=trusted,
        certificate_sha256=cert.sha256.hex(),
    )


def describe(cert: asn1_x509.Certificate) -> str:
    subject = cert.subject.native
    org = subject.get("organization_name")
    cn = subject.get("common_name")
    if org and cn and org in cn:
        return str(cn)
    if org and cn:
        return f"{org} ({cn})"
    return str(org or cn or cert.subject.human_friendly)
