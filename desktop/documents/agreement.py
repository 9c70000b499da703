"""The skånehensyn agreement (aftale om skånehensyn) as a printed document."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from desktop.documents import layout
from desktop.documents.layout import FRAME_WIDTH, Styles
from desktop.documents.model import AgreementDocument, CopyFor, Organisation
from desktop.documents.parties import parties_table, party_names
from desktop.documents.signatures import signature_row
from desktop.documents.visibility import may_print
from desktop.domain import formatting as fmt
from desktop.domain.labels import label
from desktop.domain.lifecycle import content_hash, verification_code
from desktop.domain.records import Agreement, Signature
from sync.protocol.catalogue import AGREEMENT, RecordType
from sync.protocol.vocabulary import (
    AccommodationCategory,
    CompensationScheme,
    DocumentStatus,
    WishStatus,
)

RT = AGREEMENT
# Where each printable content field of the catalogue goes. A test proves every printable field
# of the catalogue has a place here, so a field added to the catalogue cannot silently vanish
# from the paper.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Parter", ("parties",)),
    ("Ordning og periode", ("scheme", "legal_basis", "valid_from", "valid_to", "review_date")),
    (
        "Arbejdstid og støtte",
        ("hours_per_week", "weekday_hours", "personal_assistance_hours", "mentor_hours"),
    ),
    ("Skånehensyn", ("accommodations",)),
    ("Opgaver og hjælpemidler", ("tasks_included", "tasks_excluded", "aids")),
    ("Ved en dårlig dag eller sygdom", ("bad_day_plan", "bad_day_contact")),
    ("Samtykke", ("consent_to_share",)),
)


def render(document: AgreementDocument, organisation: Organisation, copy_for: CopyFor) -> bytes:
    agreement = document.agreement
    digest = content_hash(agreement)
    info = page_info(agreement, organisation, copy_for, digest)
    story = story_for(document, organisation, copy_for, digest)
    return layout.build(
        story, info, title=RT.label, subject=f"{RT.label}, version {agreement.version}"
    )


def page_info(
    doc: Agreement, organisation: Organisation, copy_for: CopyFor, digest: str
) -> layout.PageInfo:
    return layout.PageInfo(
        organisation=organisation,
        title=RT.label,
        copy_for=copy_for,
        document_id=doc.id,
        version=doc.version,
        verification_code=verification_code(digest),
        qr_payload=qr_payload(RT, doc.id, doc.version, digest),
        status_note=status_note(doc),
        draft=is_draft(doc),
    )


def qr_payload(rt: RecordType, document_id: str, version: int | None, digest: str) -> str:
    """What the footer's QR code holds: enough to find the record and check its content.

    Upper case on purpose: QR's alphanumeric mode packs it far denser than bytes.
    """
    return f"TREPART:{rt.name}:{document_id}:V{version or 0}:{digest}".upper()


def is_draft(doc: object) -> bool:
    """Not signed by every party yet: printed as KLADDE, without a verification code."""
    return getattr(doc, "status", None) == DocumentStatus.DRAFT.value


def status_note(doc: Agreement | object) -> str:
    status = getattr(doc, "status", None)
    if status == DocumentStatus.DRAFT.value:
        return "Kladde: ikke underskrevet"
    return "Underskrevet"


def valid_signatures(
    doc_id: str, digest: str, signatures: list[Signature] | tuple[Signature, ...]
) -> list[Signature]:
    """Only signatures given on exactly this content count (and are printed)."""
    return [s for s in signatures if s.document_id == doc_id and s.content_hash == digest]


def story_for(
    document: AgreementDocument, organisation: Organisation, copy_for: CopyFor, digest: str
) -> list[Flowable]:
    s = layout.styles()
    a = document.agreement
    story: list[Flowable] = [
        Paragraph(RT.label, s.title),
        layout.para(between(party_names(document.parties, a.parties, organisation)), s.subtitle),
        layout.para(
            "Aftalen beskriver de skånehensyn, borger, virksomhed og jobcenter er enige "
            "om, så arbejdet kan lykkes. Hensynene er beskrevet som funktion, ikke som "
            "diagnose.",
            s.body,
        ),
    ]
    for title, names in SECTIONS:
        story += layout.block(title, _section(names, document, organisation, copy_for, s), s)
    story += signatures_block(
        a.id,
        digest,
        list(document.signatures),
        party_names(document.parties, a.parties, organisation),
        "Underskrifterne gælder aftalens indhold med kontrolkode",
        s,
        draft=is_draft(a),
    )
    story += own_list_block(document, copy_for, s)
    return story


def signatures_block(
    doc_id: str,
    digest: str,
    signatures: list[Signature],
    names: dict[str, str],
    lead: str,
    s: Styles,
    *,
    draft: bool = False,
) -> list[Flowable]:
    valid = valid_signatures(doc_id, digest, signatures)
    if draft:
        lead_text = (
            "Kladde: dokumentet er ikke underskrevet af alle parter endnu og gælder først, "
            "når alle tre har skrevet under."
        )
    else:
        lead_text = f"{lead} {verification_code(digest)}."
    return [
        layout.keep(
            [
                layout.section("Underskrifter", s),
                layout.para(lead_text, s.body),
                layout.spacer(4),
                signature_row(valid, names, s),
            ]
        )
    ]


def between(names: dict[str, str]) -> str:
    parts = [n for n in names.values() if n]
    if len(parts) < 2:
        return ""
    return "Mellem " + ", ".join(parts[:-1]) + " og " + parts[-1]


def _section(
    names: tuple[str, ...],
    document: AgreementDocument,
    organisation: Organisation,
    copy_for: CopyFor,
    s: Styles,
) -> list[Flowable | None]:
    a = document.agreement
    out: list[Flowable | None] = []
    rows: list[tuple[str, str | Flowable | None]] = []

    def flush() -> None:
        if rows:
            out.append(layout.key_values(list(rows), s))
            rows.clear()

    for name in names:
        spec = RT.field(name)
        if not may_print(spec, copy_for):
            continue
        value = getattr(a, name)
        if name == "parties":
            flush()
            out.append(parties_table(document.parties, a.parties, organisation, copy_for, s))
        elif name == "weekday_hours":
            rows.append((spec.label, _weekday_table(a.weekday_hours, s)))
        elif name == "accommodations":
            flush()
            out.append(_accommodations(a, s))
        elif name == "consent_to_share":
            rows.append((spec.label, _consent(value)))
        else:
            rows.append((spec.label, fmt.field_value(spec, value)))
    flush()
    return out


def _consent(value: bool | None) -> str:
    if value is None:
        return ""
    if value:
        return (
            "Ja. Borgeren giver samtykke til, at oplysningerne i denne aftale deles mellem "
            "parterne, så længe aftalen gælder."
        )
    return "Nej. Oplysningerne i aftalen deles ikke ud over de tre parter."


def _weekday_table(weekday_hours: dict[str, float], s: Styles) -> Flowable | None:
    if not weekday_hours:
        return None
    values = {fmt.weekday_key(k): v for k, v in weekday_hours.items()}
    days = [
        (key, name) for key, name in fmt.WEEKDAYS if key in values or key not in ("loer", "soen")
    ]
    known = {key for key, _ in fmt.WEEKDAYS}
    days += [(key, key.capitalize()) for key in values if key not in known]
    header = [name for _, name in days] + ["I alt"]
    row = [fmt.number(values.get(key)) or "–" for key, _ in days]
    row.append(fmt.hours(sum(float(v or 0) for v in values.values())))
    width = (FRAME_WIDTH - layout.LABEL_WIDTH) / (len(days) + 1)
    return layout.grid(header, [row], [width] * len(header), s, align="CENTER")


def _accommodations(a: Agreement, s: Styles) -> Flowable | None:
    if not a.accommodations:
        return layout.para("Ingen skånehensyn er aftalt.", s.body)
    if not any(acc.scheme for acc in a.accommodations):
        rows = [
            (label(AccommodationCategory, acc.category), acc.description, acc.when)
            for acc in a.accommodations
        ]
        return layout.grid(
            ("Kategori", "Beskrivelse (funktion)", "Hvornår"),
            rows,
            (45 * mm, FRAME_WIDTH - 80 * mm, 35 * mm),
            s,
        )
    # Some accommodation is paid by a compensation scheme (the fast track): say which.
    paid = [
        (
            label(AccommodationCategory, acc.category),
            acc.description,
            acc.when,
            label(CompensationScheme, acc.scheme) if acc.scheme else "",
        )
        for acc in a.accommodations
    ]
    return layout.grid(
        ("Kategori", "Beskrivelse (funktion)", "Hvornår", "Betales af"),
        paid,
        (40 * mm, FRAME_WIDTH - 110 * mm, 30 * mm, 40 * mm),
        s,
    )


def own_list_block(document: AgreementDocument, copy_for: CopyFor, s: Styles) -> list[Flowable]:
    """The citizen's own list, on the citizen's copy only and only when they want it there: it
    names companies the citizen would rather work for, which is not the company's business, and
    the jobcenter has it on the case. It is not part of what the parties sign."""
    case = document.parties.case
    if copy_for is not CopyFor.CITIZEN or not case.wishes_on_citizen_copy or not document.own_list:
        return []
    rows = [
        (
            "Drøm" if line.dream else str(line.position),
            line.what or "–",
            label(WishStatus, line.status),
            line.note,
        )
        for line in document.own_list
    ]
    return layout.block(
        "Din egen liste",
        [
            layout.para(
                "De virksomheder og slags arbejde, du selv har peget på, med drømmen først. "
                "Listen er til dig og er ikke en del af aftalen.",
                s.body,
            ),
            layout.grid(
                ("Nr.", "Virksomhed / arbejde", "Status", "Note"),
                rows,
                (14 * mm, FRAME_WIDTH - 94 * mm, 30 * mm, 50 * mm),
                s,
            ),
        ],
        s,
    )
