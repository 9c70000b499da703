"""Printed documents as use cases: render, seal, archive, reprint, export, print and verify.

A signed version is rendered and sealed once per copy and its bytes archived in the vault;
every later print, preview or export hands out those archived bytes, never a new rendering.
Export and print are the user's acts and are audited; PDFs live in memory until then.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import x509 as asn1_x509

from desktop.documents import (
    AgreementDocument,
    CopyFor,
    DocumentKind,
    MinutesDocument,
    Organisation,
    Parties,
    PlanDocument,
    Sealer,
    SealError,
    VerificationResult,
    load_certificates,
    load_sealer,
    make_demo_organisation_certificate,
    render_agreement,
    render_minutes,
    render_plan,
    trust_anchors,
    verify_pdf,
)
from desktop.documents.logo import make_demo_logo
from desktop.domain.lifecycle import content_hash, missing_parties
from desktop.domain.records import (
    ActionItem,
    Agreement,
    Case,
    Citizen,
    Company,
    Meeting,
    Plan,
    Signature,
)
from desktop.services import consents
from desktop.services import organisation as org_defaults
from desktop.services.access import AccessDenied, Viewer, require_case
from desktop.store import Store
from desktop.store import archive as archive_repo
from desktop.store.archive import AlreadyArchived, ArchivedDocument
from desktop.vault.files import write_private
from sync.protocol import consent as consent_rules
from sync.protocol.vocabulary import AuditAction, DocumentStatus, Party

log = logging.getLogger(__name__)

ORG_NAME, ORG_LOGO, ORG_P12, ORG_P12_PASSWORD, ORG_VERIFY_URL = (
    "org.name",
    "org.logo_path",
    "org.p12_path",
    "org.p12_password",
    "org.verify_url",  # where the municipality lets anyone check a printed document
)
DEFAULT_ORGANISATION_NAME = "Jobcenter"
SIGNABLE: dict[str, type[Agreement] | type[Plan]] = {"agreement": Agreement, "plan": Plan}


class DocumentError(Exception):
    """A document cannot be printed, sealed or exported; the message is for the user."""


@dataclass(frozen=True, slots=True)
class OrganisationSettings:
    name: str
    logo_path: str | None = None
    p12_path: str | None = None
    p12_password: str | None = field(default=None, repr=False)
    verify_url: str | None = None

    @property
    def can_seal(self) -> bool:
        return bool(self.p12_path)


@dataclass(frozen=True, slots=True)
class SignedVersion:
    """A signed (or since superseded) agreement or plan version."""

    document_type: str
    document_id: str
    version: int
    case_id: str
    content_hash: str
    missing: tuple[str, ...] = ()  # parties whose signature on this content is not here


@dataclass(frozen=True, slots=True)
class ExportReport:
    written: tuple[Path, ...]
    skipped: tuple[tuple[SignedVersion, str], ...]


# -- organisation settings (inside the encrypted vault) -----------------------------------------
def organisation_settings(store: Store) -> OrganisationSettings:
    """The vault's organisation settings, with the organisation's defaults file
    (desktop.services.organisation) for what the vault does not set or the file locks."""
    org = org_defaults.current()
    p12 = org_defaults.pick(org, "organisation_certificate", store.get_state(ORG_P12))
    password = store.get_state(ORG_P12_PASSWORD)
    if p12 is not None and p12 == org.get("organisation_certificate"):
        password = org.get("organisation_certificate_password") or password
    return OrganisationSettings(
        name=org_defaults.pick(org, "municipality_name", store.get_state(ORG_NAME) or None)
        or DEFAULT_ORGANISATION_NAME,
        logo_path=org_defaults.pick(org, "municipality_logo", store.get_state(ORG_LOGO)),
        p12_path=p12,
        p12_password=password,
        verify_url=store.get_state(ORG_VERIFY_URL) or None,
    )


def save_organisation_settings(
    store: Store,
    *,
    name: str | None = None,
    logo_path: str | None = None,
    p12_path: str | None = None,
    p12_password: str | None = None,
    verify_url: str | None = None,
) -> OrganisationSettings:
    """Change the settings given (None leaves one as it is), audited without their values.
    An empty verify_url removes the verification page from the printed copies."""
    changes = {
        ORG_NAME: name,
        ORG_LOGO: logo_path,
        ORG_P12: p12_path,
        ORG_P12_PASSWORD: p12_password,
        ORG_VERIFY_URL: verify_url.strip() if verify_url is not None else None,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    if ORG_P12 in changes or ORG_P12_PASSWORD in changes:
        _check_p12(
            changes.get(ORG_P12) or store.get_state(ORG_P12),
            changes.get(ORG_P12_PASSWORD, store.get_state(ORG_P12_PASSWORD)),
        )
    with store.batch():
        for key, value in changes.items():
            store.set_state(key, value)
        store.audit(
            AuditAction.CHANGE,
            record_type="settings",
            detail="organisationsindstillinger: " + ", ".join(sorted(changes)),
        )
    return organisation_settings(store)


def setup_demo_organisation(
    store: Store, *, directory: Path, name: str = "Jobcenter Demo Kommune"
) -> OrganisationSettings:
    """For `trepart demo`: a self-signed demo seal certificate and a made-up logo."""
    p12_path, password = make_demo_organisation_certificate(directory)
    logo = make_demo_logo(directory)
    return save_organisation_settings(
        store, name=name, logo_path=str(logo), p12_path=str(p12_path), p12_password=password
    )


def organisation(store: Store) -> Organisation:
    settings = organisation_settings(store)
    logo = None
    if settings.logo_path:
        try:
            logo = Path(settings.logo_path).read_bytes()
        except OSError:
            log.warning("Organisationens logo kan ikke læses; udskriver uden logo")
    return Organisation(name=settings.name, logo=logo, verify_url=settings.verify_url)


def sealer(store: Store) -> Sealer:
    settings = organisation_settings(store)
    if not settings.can_seal:
        raise DocumentError(
            "Organisationens certifikat er ikke sat op, så dokumentet kan ikke forsegles. "
            "Bed administratoren om at angive certifikatfil og adgangskode."
        )
    return _open_p12(settings.p12_path, settings.p12_password)


def trusted_certificates(store: Store) -> list[asn1_x509.Certificate]:
    """The organisation's own seal certificate (and its chain): what verification trusts."""
    settings = organisation_settings(store)
    if not settings.can_seal:
        return []
    _open_p12(settings.p12_path, settings.p12_password)
    assert settings.p12_path is not None
    return trust_anchors(Path(settings.p12_path).read_bytes(), settings.p12_password)


def _open_p12(path: str | None, password: str | None) -> Sealer:
    try:
        data = Path(path or "").read_bytes()
    except OSError as exc:
        raise DocumentError(f"Organisationens certifikatfil kan ikke læses: {path}") from exc
    try:
        return load_sealer(data, password)
    except SealError as exc:
        raise DocumentError(str(exc)) from exc


def _check_p12(path: str | None, password: str | None) -> None:
    if path:
        _open_p12(path, password)


# -- gathering a document ------------------------------------------------------------------------
def _parties(store: Store, case_id: str) -> Parties:
    case = store.get(Case, case_id)
    if case is None:
        raise DocumentError("Forløbet findes ikke.")
    citizen = store.get(Citizen, case.citizen_id) if case.citizen_id else None
    company = store.get(Company, case.company_id) if case.company_id else None
    return Parties(case=case, citizen=citizen, company=company)


def _signable(store: Store, document_type: str, document_id: str) -> Agreement | Plan:
    cls = SIGNABLE.get(document_type)
    if cls is None:
        raise DocumentError(f"Ukendt dokumenttype: {document_type}")
    doc = store.get(cls, document_id)
    if doc is None:
        raise DocumentError("Dokumentet findes ikke.")
    return doc


def signatures_of(store: Store, document_id: str) -> list[Signature]:
    return store.list(Signature, where={"document_id": document_id}, order_by=("signed_at",))


def signatures_on(store: Store, document: Agreement | Plan) -> list[Signature]:
    """The signatures given on exactly this content, the latest per party: a signature voided by a
    later edit is never printed or counted as a signature of the edited text."""
    digest = content_hash(document)
    by_party: dict[str, Signature] = {}
    for s in signatures_of(store, document.id):
        if s.content_hash == digest:
            by_party[s.party] = s
    return list(by_party.values())


def load_document(
    store: Store, *, document_type: str, document_id: str
) -> AgreementDocument | PlanDocument:
    doc = _signable(store, document_type, document_id)
    parties = _parties(store, doc.case_id)
    signatures = signatures_on(store, doc)
    if isinstance(doc, Agreement):
        return AgreementDocument(agreement=doc, parties=parties, signatures=signatures)
    agreement = store.get(Agreement, doc.agreement_id) if doc.agreement_id else None
    items = store.list(ActionItem, where={"plan_id": doc.id})
    return PlanDocument(
        plan=doc,
        parties=parties,
        signatures=signatures,
        action_items=items,
        agreement=agreement,
        actual_hours=actual_hours_by_week(store, doc),
    )


def actual_hours_by_week(store: Store, plan: Plan) -> dict[int, float]:
    """Actual hours per plan week, from the case's meetings (for the plan's chart)."""
    if plan.start_date is None:
        return {}
    weeks: dict[int, float] = {}
    for meeting in store.list(Meeting, where={"case_id": plan.case_id}, order_by=("starts_at",)):
        if meeting.actual_hours is None or meeting.starts_at is None:
            continue
        week = (meeting.starts_at.date() - plan.start_date).days // 7 + 1
        if week >= 1:
            weeks[week] = meeting.actual_hours
    return weeks


def _render(
    document: AgreementDocument | PlanDocument, org: Organisation, copy_for: CopyFor
) -> bytes:
    if isinstance(document, AgreementDocument):
        return render_agreement(document, org, copy_for)
    return render_plan(document, org, copy_for)


def render_document(
    store: Store, *, document_type: str, document_id: str, copy_for: CopyFor = CopyFor.JOBCENTER
) -> bytes:
    """An unsealed rendering, for previewing a draft; signed versions print from the archive."""
    document = load_document(store, document_type=document_type, document_id=document_id)
    return _render(document, organisation(store), copy_for)


def minutes_pdf(
    store: Store, *, meeting_id: str, copy_for: CopyFor = CopyFor.JOBCENTER, seal: bool = True
) -> bytes:
    """Meeting minutes; sealed when the organisation has a certificate (minutes are not
    signed or versioned, so they are not archived)."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        raise DocumentError("Mødet findes ikke.")
    document = MinutesDocument(
        meeting=meeting,
        parties=_parties(store, meeting.case_id),
        action_items=store.list(ActionItem, where={"meeting_id": meeting.id}),
    )
    pdf = render_minutes(document, organisation(store), copy_for)
    if seal and organisation_settings(store).can_seal:
        pdf = sealer(store).seal(pdf, reason="Referat forseglet af organisationen")
    return pdf


# -- signed versions: seal once, archive, reprint the archive ------------------------------------
def signed_versions(store: Store) -> list[SignedVersion]:
    versions = []
    for document_type, cls in SIGNABLE.items():
        for doc in store.list(cls, order_by=("case_id", "version", "id")):
            if doc.status == DocumentStatus.DRAFT.value:
                continue
            versions.append(
                SignedVersion(
                    document_type=document_type,
                    document_id=doc.id,
                    version=doc.version,
                    case_id=doc.case_id,
                    content_hash=content_hash(doc),
                    missing=tuple(missing_parties(doc, signatures_of(store, doc.id))),
                )
            )
    return versions


def seal_and_archive(
    store: Store, *, document_type: str, document_id: str, copy_for: CopyFor = CopyFor.JOBCENTER
) -> ArchivedDocument:
    """Render, seal and archive one copy of a signed version. Refuses drafts, incompletely
    signed versions and a copy that is archived already."""
    document = load_document(store, document_type=document_type, document_id=document_id)
    doc = document.agreement if isinstance(document, AgreementDocument) else document.plan
    if doc.status == DocumentStatus.DRAFT.value:
        raise DocumentError("Dokumentet er ikke underskrevet endnu; det kan kun forhåndsvises.")
    missing = missing_parties(doc, document.signatures)
    if missing:
        labels = ", ".join(Party(p).label.lower() for p in missing)
        raise DocumentError(f"Dokumentet mangler underskrift fra: {labels}.")
    pdf = _render(document, organisation(store), copy_for)
    sealed = sealer(store).seal(
        pdf, reason=f"{doc.catalogue().label}, version {doc.version}: underskrevet af alle parter"
    )
    try:
        return archive_repo.put(
            store,
            document_type=document_type,
            document_id=doc.id,
            version=doc.version,
            copy_for=copy_for.value,
            case_id=doc.case_id,
            content_hash=content_hash(doc),
            pdf=sealed,
        )
    except AlreadyArchived as exc:
        raise DocumentError("Denne version er allerede forseglet og arkiveret.") from exc


def archived_pdf(
    store: Store, *, document_type: str, document_id: str, copy_for: CopyFor = CopyFor.JOBCENTER
) -> bytes:
    """The archived sealed bytes of a signed version's copy, archiving them on first use."""
    doc = _signable(store, document_type, document_id)

    def archived() -> bytes | None:
        return archive_repo.get_pdf(
            store,
            document_type=document_type,
            document_id=doc.id,
            version=doc.version,
            copy_for=copy_for.value,
        )

    pdf = archived()
    if pdf is None:
        seal_and_archive(
            store, document_type=document_type, document_id=document_id, copy_for=copy_for
        )
        pdf = archived()
    assert pdf is not None
    return pdf


# -- one copy for one recipient: what "Forhåndsvis / udskriv" shows, prints and saves ---------
PRINTABLE = ("agreement", "plan", "meeting")
# At a company the paper handed over is the company's: the chooser starts there.
DEFAULT_COPY = CopyFor.COMPANY
STAFF_COPIES = (CopyFor.COMPANY, CopyFor.CITIZEN, CopyFor.JOBCENTER, CopyFor.MENTOR)


@dataclass(frozen=True, slots=True)
class DocumentCopy:
    """The bytes of one recipient's copy and what the preview should say about them."""

    pdf: bytes
    copy_for: CopyFor
    document_type: str
    document_id: str
    sealed: bool
    draft: bool
    note: str | None = None  # for jobcenter staff: why a signed copy is not sealed

    @property
    def suggested_name(self) -> str:
        return f"{DocumentKind(self.document_type).label}-{self.copy_for.value}.pdf"


def copies_for(viewer: Viewer) -> tuple[CopyFor, ...]:
    """The copies this person may print: a mentor only ever the mentor's copy."""
    return (CopyFor.MENTOR,) if viewer.is_mentor else STAFF_COPIES


def document_copy(
    store: Store,
    *,
    viewer: Viewer,
    document_type: str,
    document_id: str,
    copy_for: CopyFor = DEFAULT_COPY,
) -> DocumentCopy:
    """One recipient's copy of an agreement, plan or meeting's minutes.

    A signed version gives its archived sealed bytes (sealing and archiving them on first use);
    a draft is rendered as KLADDE. Without an organisation certificate a signed version falls
    back to an unsealed rendering, and only jobcenter staff are told why.
    """
    if document_type not in PRINTABLE:
        raise DocumentError(f"Ukendt dokumenttype: {document_type}")
    if copy_for not in copies_for(viewer):
        raise AccessDenied("Du kan kun udskrive mentorens eksemplar.")
    if document_type == "meeting":
        meeting = store.get(Meeting, document_id)
        if meeting is None:
            raise DocumentError("Mødet findes ikke.")
        require_case(store, meeting.case_id, viewer=viewer)
        can_seal = organisation_settings(store).can_seal
        pdf = minutes_pdf(store, meeting_id=document_id, copy_for=copy_for, seal=can_seal)
        return DocumentCopy(pdf, copy_for, document_type, document_id, sealed=can_seal, draft=False)
    doc = _signable(store, document_type, document_id)
    require_case(store, doc.case_id, viewer=viewer)
    if viewer.is_mentor and isinstance(doc, Agreement) and not doc.consent_to_share:
        raise AccessDenied("Borgeren har ikke givet samtykke til, at aftalen deles med mentor.")
    _require_consent_for_copy(store, doc, copy_for)
    if doc.status == DocumentStatus.DRAFT.value:
        pdf = render_document(
            store, document_type=document_type, document_id=document_id, copy_for=copy_for
        )
        return DocumentCopy(pdf, copy_for, document_type, document_id, sealed=False, draft=True)
    try:
        pdf = archived_pdf(
            store, document_type=document_type, document_id=document_id, copy_for=copy_for
        )
        return DocumentCopy(pdf, copy_for, document_type, document_id, sealed=True, draft=False)
    except DocumentError as exc:
        log.info("sealed copy unavailable; showing an unsealed rendering")
        pdf = render_document(
            store, document_type=document_type, document_id=document_id, copy_for=copy_for
        )
        note = None if viewer.is_mentor else str(exc)
        return DocumentCopy(
            pdf, copy_for, document_type, document_id, sealed=False, draft=False, note=note
        )


def _require_consent_for_copy(store: Store, doc: Agreement | Plan, copy_for: CopyFor) -> None:
    """The copies follow the citizen's consents (desktop.services.consents): no mentor's copy
    while sharing with the mentor is withdrawn, no company's copy of an agreement while the
    company may not see the accommodations."""
    case = store.get(Case, doc.case_id)
    if case is None:
        return
    if copy_for is CopyFor.MENTOR and consents.withdrawn(
        store, citizen_id=case.citizen_id, kind=consent_rules.GATES_MENTOR
    ):
        raise AccessDenied(
            "Borgeren har trukket samtykket til, at aftalen deles med mentor, tilbage: "
            "mentorens eksemplar kan ikke udskrives."
        )
    if (
        copy_for is CopyFor.COMPANY
        and isinstance(doc, Agreement)
        and consents.withdrawn(
            store, citizen_id=case.citizen_id, kind=consent_rules.GATES_COMPANY_COPY
        )
    ):
        raise AccessDenied(
            "Borgeren har trukket samtykket til, at virksomheden ser skånehensynene, tilbage: "
            "virksomhedens eksemplar af aftalen kan ikke udskrives."
        )


def export_pdf(
    store: Store,
    *,
    document_type: str,
    document_id: str,
    path: Path,
    copy_for: CopyFor = CopyFor.JOBCENTER,
) -> Path:
    """Write a signed version's archived PDF where the user chose ("Gem som PDF"); audited."""
    pdf = archived_pdf(
        store, document_type=document_type, document_id=document_id, copy_for=copy_for
    )
    return write_export(
        store,
        pdf=pdf,
        path=path,
        document_type=document_type,
        document_id=document_id,
        copy_for=copy_for,
    )


def write_export(
    store: Store,
    *,
    pdf: bytes,
    path: Path,
    document_type: str,
    document_id: str,
    copy_for: CopyFor,
    case_id: str | None = None,
) -> Path:
    """Write PDF bytes the user asked to save and audit it (no field values in the log)."""
    try:
        write_private(path, pdf)  # personal data: the owner's alone, whatever the umask
    except OSError as exc:
        raise DocumentError(f"Filen kan ikke gemmes: {path} ({exc.strerror})") from exc
    record_export(
        store,
        path=path,
        document_type=document_type,
        document_id=document_id,
        copy_for=copy_for,
        case_id=case_id,
    )
    return path


def record_export(
    store: Store,
    *,
    path: Path,
    document_type: str,
    document_id: str,
    copy_for: CopyFor,
    case_id: str | None = None,
) -> None:
    """Audit a "Gem som PDF": which copy, for whom, under which file name (no field values)."""
    store.audit(
        AuditAction.EXPORT,
        record_type=document_type,
        record_id=document_id,
        case_id=case_id or _case_id(store, document_type, document_id),
        detail=f"PDF gemt: {path.name}, {copy_label(copy_for)}",
    )


def copy_label(copy_for: CopyFor) -> str:
    """"virksomhedens eksemplar": the recipient as the audit log names it."""
    return copy_for.label.lower()


def record_print(
    store: Store,
    *,
    document_type: str,
    document_id: str,
    copy_for: CopyFor = CopyFor.JOBCENTER,
    pages: int | None = None,
) -> None:
    """Audit that a document was sent to a printer (the preview calls this after printing)."""
    extra = f", {pages} sider" if pages else ""
    store.audit(
        AuditAction.PRINT,
        record_type=document_type,
        record_id=document_id,
        case_id=_case_id(store, document_type, document_id),
        detail=f"udskrevet: {copy_label(copy_for)}{extra}",
    )


def _case_id(store: Store, document_type: str, document_id: str) -> str | None:
    if document_type == "meeting":
        meeting = store.get(Meeting, document_id)
        return meeting.case_id if meeting else None
    cls = SIGNABLE.get(document_type)
    doc = store.get(cls, document_id) if cls else None
    return doc.case_id if doc else None


def export_file_name(version: SignedVersion) -> str:
    """`<case>-<document>-v<version>.pdf`: ids and words only, never a person's name."""
    kind = DocumentKind(version.document_type).label
    return f"{version.case_id}-{kind}-v{version.version}.pdf"


def export_all(
    store: Store, *, out_dir: Path, copy_for: CopyFor = CopyFor.JOBCENTER
) -> ExportReport:
    """Write every signed version's archived PDF into out_dir (sealing what is not archived
    yet). Versions that cannot be sealed are reported, not fatal."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    skipped: list[tuple[SignedVersion, str]] = []
    used: set[str] = set()
    for version in signed_versions(store):
        name = export_file_name(version)
        if name in used:  # two separate agreements on one case at the same version number
            name = name.removesuffix(".pdf") + f"-{version.document_id[-8:]}.pdf"
        used.add(name)
        try:
            pdf = archived_pdf(
                store,
                document_type=version.document_type,
                document_id=version.document_id,
                copy_for=copy_for,
            )
        except DocumentError as exc:
            skipped.append((version, str(exc)))
            continue
        written.append(
            write_export(
                store,
                pdf=pdf,
                path=out_dir / name,
                document_type=version.document_type,
                document_id=version.document_id,
                copy_for=copy_for,
                case_id=version.case_id,
            )
        )
    return ExportReport(written=tuple(written), skipped=tuple(skipped))


def archived(store: Store, *, case_id: str | None = None) -> list[ArchivedDocument]:
    return archive_repo.list_archived(store, case_id=case_id)


# -- verification --------------------------------------------------------------------------------
def verify(
    data: bytes, *, store: Store | None = None, trusted: Sequence[asn1_x509.Certificate] = ()
) -> VerificationResult:
    """Check a PDF's seal, trusting the given certificates and the organisation's own."""
    anchors = list(trusted)
    if store is not None:
        anchors += trusted_certificates(store)
    return verify_pdf(data, trusted=anchors)


def read_trust_files(paths: Sequence[Path]) -> list[asn1_x509.Certificate]:
    certs: list[asn1_x509.Certificate] = []
    for path in paths:
        try:
            certs += load_certificates(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise DocumentError(f"Certifikatet kan ikke læses: {path}") from exc
    return certs
