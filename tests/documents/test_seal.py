"""The organisation's PAdES seal: valid offline, trusted only for our certificate, and broken
by any change to a single byte."""

from __future__ import annotations

import io
import socket

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.documents import (
    CopyFor,
    SealError,
    examples,
    load_sealer,
    render_agreement,
    trust_anchors,
    verify_pdf,
)
from desktop.documents.seal import SEAL_FIELD


@pytest.fixture(scope="module")
def unsealed() -> bytes:
    return render_agreement(examples.agreement_document(), examples.organisation(), CopyFor.COMPANY)


@pytest.fixture(scope="module")
def sealed(unsealed, org_cert) -> bytes:
    return load_sealer(org_cert.p12, org_cert.password).seal(unsealed)


def _byte_range(data: bytes) -> list[int]:
    sig = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    return [int(x) for x in sig.sig_object["/ByteRange"]]


def test_pyhankos_validator_accepts_the_seal_as_pades_certifying_no_changes(sealed, org_cert):
    reader = PdfFileReader(io.BytesIO(sealed))
    (sig,) = reader.embedded_signatures
    assert sig.field_name == SEAL_FIELD
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig.docmdp_level is MDPPerm.NO_CHANGES
    context = ValidationContext(trust_roots=org_cert.trusted, allow_fetching=False)
    status = validate_pdf_signature(sig, context)
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.bottom_line


def test_verify_reports_who_sealed_when_and_unaltered(sealed, org_cert):
    result = verify_pdf(sealed, trusted=org_cert.trusted)
    assert result.valid and result.intact and result.trusted
    assert result.sealed_by == "Demo Kommune organisationssegl (DEMO)"
    assert result.signed_at is not None
    assert result.message_da.startswith("Gyldigt segl: forseglet af Demo Kommune")


def test_sealing_keeps_the_rendered_pages(sealed, unsealed, pdf_text):
    assert sealed.startswith(unsealed)  # an incremental update: the rendering is untouched
    assert pdf_text(sealed) == pdf_text(unsealed)


@pytest.mark.parametrize("where", ["first", "second"])
def test_flipping_one_byte_in_the_signed_range_breaks_the_seal(sealed, org_cert, where):
    start1, len1, start2, len2 = _byte_range(sealed)
    # A byte in the middle of the page content (first range) or in the trailer part
    # after the signature value (second range).
    offset = start1 + len1 // 2 if where == "first" else start2 + len2 // 2
    tampered = bytearray(sealed)
    tampered[offset] ^= 0x01
    result = verify_pdf(bytes(tampered), trusted=org_cert.trusted)
    assert not result.intact
    assert not result.valid
    assert "ændret" in result.message_da


def test_changing_a_visible_word_breaks_the_seal(org_cert):
    """A forger edits an uncompressed page: the seal no longer matches the content."""
    import reportlab.rl_config as rl_config

    before = rl_config.pageCompression
    rl_config.pageCompression = 0
    try:
        pdf = render_agreement(
            examples.agreement_document(), examples.organisation(), CopyFor.COMPANY
        )
    finally:
        rl_config.pageCompression = before
    sealed = load_sealer(org_cert.p12, org_cert.password).seal(pdf)
    assert verify_pdf(sealed, trusted=org_cert.trusted).valid
    needle = b"Tf"  # a text operator in the page's content stream
    offset = sealed.index(needle)
    tampered = sealed[:offset] + b"TF" + sealed[offset + 2 :]
    assert not verify_pdf(tampered, trusted=org_cert.trusted).intact


def test_a_change_appended_after_sealing_is_detected(sealed, org_cert):
    """Even a metadata change appended as a new revision means: not the sealed file."""
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed))
    info = writer.trailer["/Info"].get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject("Forfalsket")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue(), trusted=org_cert.trusted)
    assert not result.intact and not result.valid
    assert "efter forseglingen" in result.message_da


def test_a_seal_is_not_trusted_without_our_certificate(sealed, other_cert):
    untrusted = verify_pdf(sealed)
    assert untrusted.intact and not untrusted.valid and not untrusted.trusted
    assert "ikke blandt de betroede" in untrusted.message_da
    assert not verify_pdf(sealed, trusted=other_cert.trusted).valid


def test_another_organisations_seal_does_not_pass_as_ours(unsealed, org_cert, other_cert):
    theirs = load_sealer(other_cert.p12, other_cert.password).seal(unsealed)
    result = verify_pdf(theirs, trusted=org_cert.trusted)
    assert result.intact and not result.valid
    assert result.sealed_by == "Anden Kommune organisationssegl (DEMO)"


def test_an_unsealed_or_broken_file_is_reported_in_danish(unsealed, org_cert):
    assert verify_pdf(unsealed, trusted=org_cert.trusted).message_da == "Dokumentet har intet segl."
    broken = verify_pdf(b"%PDF-1.4 not really", trusted=org_cert.trusted)
    assert not broken.valid and "kan ikke læses" in broken.message_da


def test_sealing_and_verifying_need_no_network(unsealed, org_cert, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("no network while sealing or verifying")

    # asyncio (inside pyhanko) needs local socket pairs; reaching out is what is refused.
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    sealed = load_sealer(org_cert.p12, org_cert.password).seal(unsealed)
    assert verify_pdf(sealed, trusted=org_cert.trusted).valid


def test_a_wrong_certificate_password_is_refused_in_danish(org_cert):
    with pytest.raises(SealError, match="forkert adgangskode"):
        load_sealer(org_cert.p12, "forkert")


def test_trust_anchors_are_the_organisations_own_certificate(org_cert):
    anchors = trust_anchors(org_cert.p12, org_cert.password)
    assert [a.dump() for a in anchors] == [c.dump() for c in org_cert.trusted]
