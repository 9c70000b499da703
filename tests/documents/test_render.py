"""What a reader of the printed agreement, plan and minutes sees, read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from desktop.documents import (
    CopyFor,
    agreement,
    examples,
    minutes,
    plan,
    render_agreement,
    render_minutes,
    render_plan,
)
from desktop.documents.signatures import form_name
from desktop.domain.lifecycle import content_hash, verification_code
from desktop.domain.records import Signature
from sync.protocol.catalogue import AGREEMENT, MEETING, PLAN
from sync.protocol.vocabulary import AccommodationCategory, DocumentStatus

ORG = examples.organisation()
HEAD = {"case_id", "version", "supersedes_id", "status"}


def _agreement_pdf(copy_for: CopyFor = CopyFor.COMPANY, **changes) -> tuple[bytes, object]:
    document = examples.agreement_document()
    if changes:
        document = dataclasses.replace(document, **changes)
    return render_agreement(document, ORG, copy_for), document


def test_danish_and_other_latin_letters_extract_exactly(pdf_text):
    document = examples.agreement_document()
    name = "Zoë Łukasz Şahin-Győri Ærø"
    citizen = dataclasses.replace(document.parties.citizen, name=name)
    parties = dataclasses.replace(document.parties, citizen=citizen)
    doc = document.agreement.replace(
        parties={**document.agreement.parties, "borger": {"name": name}},
        tasks_included="Æbler, øl og ål på hylderne; Åse og Øjvind tæller.",
    )
    sigs = examples.signatures_for(doc, parties)
    text = pdf_text(
        render_agreement(
            dataclasses.replace(document, agreement=doc, parties=parties, signatures=sigs),
            ORG,
            CopyFor.CITIZEN,
        )
    )
    assert name in text
    assert "Æbler, øl og ål på hylderne; Åse og Øjvind tæller." in text
    assert "Aftale om skånehensyn" in text
    assert "Bæk & Møller Lager ApS" in text


def test_all_parties_accommodations_and_fields_are_printed(pdf_text):
    pdf, document = _agreement_pdf()
    text = pdf_text(pdf)
    a = document.agreement
    for name in (
        "Søren Ærø Østergård-Ågesen",
        "Bæk & Møller Lager ApS",
        "Åse Frølund",
        "Jobcenter Demo Kommune",
        "Mette Kærgaard",
        "13748136",
    ):
        assert name in text
    for acc in a.accommodations:
        assert AccommodationCategory(acc.category).label in text
        assert acc.description in text
        assert acc.when in text
    for value in (
        a.legal_basis,
        a.tasks_included,
        a.tasks_excluded,
        a.aids,
        a.bad_day_plan,
        a.bad_day_contact,
        "02.03.2026",
        "28.08.2026",
        "15.05.2026",
        "12 timer",
        "Virksomhedspraktik",
    ):
        assert value in text
    for spec in AGREEMENT.fields:
        filled = getattr(a, spec.name) not in (None, "", [], {})
        if spec.printable and filled and spec.name not in HEAD and spec.name != "parties":
            assert spec.label in text, spec.name


@pytest.mark.parametrize(
    ("module", "rt", "extra"),
    [(agreement, AGREEMENT, set()), (plan, PLAN, set()), (minutes, MEETING, {"case_id"})],
)
def test_every_printable_catalogue_field_has_a_place_on_paper(module, rt, extra):
    placed = {name for _, names in module.SECTIONS for name in names}
    printable = {f.name for f in rt.fields if f.printable} - HEAD - extra
    assert printable - placed == set()
    assert all(rt.field(n).printable for n in placed)


def test_signatures_are_drawn_from_their_strokes():
    pdf, document = _agreement_pdf()
    reader = PdfReader(io.BytesIO(pdf))
    forms = {}
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for key in xobjects:
            forms[str(key)] = xobjects[key].get_object()
    for sig in document.signatures:
        form = forms[f"/FormXob.{form_name(sig.party)}"]
        ops = [op for _, op in ContentStream(form, reader).operations]
        assert ops.count(b"m") == len(sig.strokes)
        assert ops.count(b"l") == sum(len(s) - 1 for s in sig.strokes)
        assert ops.count(b"S") == len(sig.strokes)


def test_signers_name_role_and_date_are_printed_beside_the_signature(pdf_text):
    pdf, document = _agreement_pdf()
    text = pdf_text(pdf)
    for sig in document.signatures:
        assert sig.signer_name in text
        assert sig.signer_role in text
    # 09:40 UTC is 10:40 in Copenhagen in February.
    assert "Underskrevet 24.02.2026 kl. 10.40 på skærmen" in text


def test_a_signature_on_other_content_is_not_printed(pdf_text):
    document = examples.agreement_document()
    stale = [dataclasses.replace(s, content_hash="0" * 64) for s in document.signatures]
    text = pdf_text(
        render_agreement(dataclasses.replace(document, signatures=stale), ORG, CopyFor.JOBCENTER)
    )
    assert text.count("Ikke underskrevet") == 3
    assert "Underskrevet 24.02.2026" not in text


def test_footer_has_verification_code_of_the_content_hash_and_page_numbers(page_texts):
    pdf, document = _agreement_pdf()
    code = verification_code(content_hash(document.agreement))
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Kontrolkode: {code}" in text
        assert f"Side {number} af {len(pages)}" in text
        assert f"Dokument-id: {document.agreement.id} · version 2" in text
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", code)


def test_the_qr_code_carries_the_document_and_its_full_hash():
    document = examples.agreement_document()
    digest = content_hash(document.agreement)
    payload = agreement.qr_payload(AGREEMENT, document.agreement.id, 2, digest)
    assert payload == f"TREPART:AGREEMENT:{document.agreement.id.upper()}:V2:{digest.upper()}"
    from desktop.documents.layout import qr_modules

    modules = qr_modules(payload)
    assert len(modules) == len(modules[0]) >= 21


def test_pages_are_a4():
    pdf, _ = _agreement_pdf()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.1)


@pytest.mark.parametrize("copy_for", [CopyFor.COMPANY, CopyFor.CITIZEN, CopyFor.MENTOR])
def test_copies_for_others_never_carry_cpr_or_health_notes(copy_for, pdf_text):
    for render, document in (
        (render_agreement, examples.agreement_document()),
        (render_plan, examples.plan_document()),
        (render_minutes, examples.minutes_document()),
    ):
        pdf = render(document, ORG, copy_for)
        text = pdf_text(pdf)
        assert examples.CPR not in text and examples.CPR.replace("-", "") not in text
        assert "CPR" not in text
        assert examples.HEALTH_NOTE not in text and "Lægeattest" not in text
        assert "Helbred" not in text


def test_the_jobcenter_copy_shows_cpr_but_never_health_notes(pdf_text):
    text = pdf_text(_agreement_pdf(CopyFor.JOBCENTER)[0])
    assert f"CPR-nummer {examples.CPR}" in text
    assert examples.HEALTH_NOTE not in text and "Helbred" not in text


def test_the_mentor_copy_leaves_out_what_mentors_may_not_read(pdf_text):
    text = pdf_text(_agreement_pdf(CopyFor.MENTOR)[0])
    assert "Æblehaven 7" not in text  # the citizen's address is hidden from mentors
    assert "Mentorens eksemplar" in text
    # Minimisation: the company's copy has the citizen's phone, not the address or e-mail.
    company_text = pdf_text(_agreement_pdf(CopyFor.COMPANY)[0])
    assert "Æblehaven 7" not in company_text
    citizen = examples.agreement_document().parties.citizen
    assert citizen.phone and citizen.phone in company_text
    assert not citizen.email or citizen.email not in company_text
    for copy_for in (CopyFor.CITIZEN, CopyFor.JOBCENTER):
        assert "Æblehaven 7" in pdf_text(_agreement_pdf(copy_for)[0])


def test_a_draft_says_it_is_not_signed(pdf_text):
    document = examples.agreement_document()
    draft = document.agreement.replace(status=DocumentStatus.DRAFT.value)
    text = pdf_text(
        render_agreement(
            dataclasses.replace(document, agreement=draft, signatures=[]), ORG, CopyFor.JOBCENTER
        )
    )
    assert "Kladde: ikke underskrevet" in text
    assert text.count("Ikke underskrevet") == 3


def test_a_paper_signature_prints_without_strokes(pdf_text):
    document = examples.agreement_document()
    sigs: list[Signature] = [
        s.replace(method="papir", strokes=None, attachment=None) if s.party == "virksomhed" else s
        for s in document.signatures
    ]
    pdf = render_agreement(dataclasses.replace(document, signatures=sigs), ORG, CopyFor.COMPANY)
    text = pdf_text(pdf)
    assert "Underskrevet 24.02.2026 kl. 10.41 på papir" in text
    assert "originalen er arkiveret" in text


def test_plan_prints_goals_progression_chart_commitments_and_actions(pdf_text):
    document = examples.plan_document()
    text = pdf_text(render_plan(document, ORG, CopyFor.COMPANY))
    p = document.plan
    assert p.goal in text
    for sub_goal in p.sub_goals:
        assert sub_goal in text
    for row in (
        "1–2 02.03.2026 – 15.03.2026 2 2 4",
        "3–4 16.03.2026 – 29.03.2026 3 3 9",
        "13–26 25.05.2026 – 30.08.2026 5 3 15",
    ):
        assert row in text
    assert "Planlagt" in text and "Faktisk (fra møder)" in text  # the chart's legend
    for commitment in p.commitments.values():
        assert commitment in text
    for item in document.action_items:
        assert item.what in text
    assert "Aftale om skånehensyn, version 2, gælder fra 02.03.2026" in text
    assert "Midtvejsopfølgning 30.05.2026" in text
    assert f"Kontrolkode: {verification_code(content_hash(p))}" in text
    for sig in document.signatures:
        assert sig.signer_name in text


def test_minutes_print_participants_decisions_and_who_holds_the_ball(pdf_text):
    document = examples.minutes_document()
    text = pdf_text(render_minutes(document, ORG, CopyFor.MENTOR))
    m = document.meeting
    assert "Referat: Midtvejsevaluering" in text
    for person in m.participants:
        assert person["name"] in text
    for value in (
        m.notes,
        m.decisions,
        m.barriers,
        m.status_against_goals,
        "Delvist",
        "15.05.2026 kl. 10.30",
        "12.06.2026 kl. 10.30",
        "11,5 timer",
    ):
        assert value in text
    assert "Flytte pakkebordet væk fra pakkemaskinen Virksomhed 29.05.2026 Nej" in text
    assert (
        f"Kontrolkode: {verification_code(minutes.minutes_hash(document, CopyFor.MENTOR))}" in text
    )


def test_rendering_writes_no_file(tmp_path, monkeypatch):
    """PDFs are built in memory: nothing personal may land on disk unencrypted."""
    import builtins

    opened = []
    real_open = builtins.open

    def spy(file, mode="r", *args, **kwargs):
        if any(c in mode for c in "wax+"):
            opened.append(file)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    _agreement_pdf()
    render_plan(examples.plan_document(), ORG, CopyFor.COMPANY)
    assert opened == []


def test_hours_spread_over_the_week_including_a_saturday(pdf_text):
    document = examples.agreement_document()
    doc = document.agreement.replace(weekday_hours={"mandag": 4.5, "lør": 3.0})
    text = pdf_text(
        render_agreement(
            dataclasses.replace(
                document, agreement=doc, signatures=examples.signatures_for(doc, document.parties)
            ),
            ORG,
            CopyFor.COMPANY,
        )
    )
    assert "Mandag Tirsdag Onsdag Torsdag Fredag Lørdag I alt 4,5 – – – – 3 7,5 timer" in text
