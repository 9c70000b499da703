"""Agreements and plans alike: drafts, signing on the spot, freezing, versions.

The lifecycle: a draft is edited freely; each of the three parties signs the exact content
(its SHA-256 is in the signature); when the last party has signed the version is frozen (status
signed) and the version it replaces becomes superseded; from then on no path changes it (the
service refuses, the store refuses, a database trigger refuses). "Ændr aftale" starts a new
draft version; the old version stays readable with its signatures.

What only an agreement or only a plan has lives in desktop.services.agreements and
desktop.services.plans.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from desktop.documents.model import CopyFor
from desktop.domain.lifecycle import (
    REQUIRED_PARTIES,
    FrozenDocumentError,
    check_signature,
    content_hash,
    missing_parties,
    new_version,
)
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import Agreement, AuditEntry, Case, Plan, Signature
from desktop.domain.validation import (
    completeness_for_signing,
    plan_completeness_for_signing,
    validate,
)
from desktop.services import documents
from desktop.services.access import Viewer, redact, require_case, require_jobcenter
from desktop.services.changes import Changes
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import record_type
from sync.protocol.ids import uuid7

log = logging.getLogger(__name__)

Document = Agreement | Plan
KINDS: dict[str, type[Agreement] | type[Plan]] = {"agreement": Agreement, "plan": Plan}


class SigningError(ValueError):
    """A refused signing, with the problems in Danish; nothing was changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems))


class SignaturesWouldBeVoided(SigningError):
    """Saving this edit would void signatures given on the stored content; nothing was saved.

    The user is asked first ("Borger har underskrevet; ændringen kræver en ny underskrift") and
    saves again with `void_signatures=True`: a signature is never voided silently.
    """

    def __init__(self, signatures: list[Signature]) -> None:
        self.signatures = signatures
        super().__init__([Problem("signatures.void", "status", void_warning(signatures))])


def void_warning(signatures: list[Signature]) -> str:
    """'Borger og Virksomhed har underskrevet; ændringen kræver en ny underskrift'."""
    labels = [v.Party(p).label for p in REQUIRED_PARTIES if any(s.party == p for s in signatures)]
    who = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " og " + labels[-1]
    return f"{who} har underskrevet; ændringen kræver en ny underskrift."


@dataclass(frozen=True, slots=True)
class VoidedSignature:
    """A signature made void by a later edit of the draft: kept, never deleted."""

    signature: Signature
    voided_at: dt.datetime | None  # None: voided before voiding was recorded
    voided_by: str | None  # the user who made the edit
    fields: tuple[str, ...]  # the edited fields (names), the edit that voided it


@dataclass(frozen=True, slots=True)
class DocumentVersion:
    """One version of an agreement or plan with who signed it, for the history view.

    `signatures` holds the valid signatures only, one per party; signatures voided by an edit of
    the draft are in `voided`, each with who edited, when and which fields.
    """

    document: Document
    signatures: tuple[Signature, ...]
    missing: tuple[str, ...]
    content_hash: str
    voided: tuple[VoidedSignature, ...] = ()

    @property
    def frozen(self) -> bool:
        return self.document.status != v.DocumentStatus.DRAFT.value


@dataclass(frozen=True, slots=True)
class SignResult:
    changes: Changes
    signature: Signature
    frozen: bool  # the last party signed: the version is now frozen
    missing: tuple[str, ...]
    seal_problem: str | None = None  # the PDF seal could not be made (settings); signing stands


FULL_NAME_STATE = "user.full_name"


def consultant_full_name(store: Store) -> str:
    """The logged-in consultant's full name as they last signed for the jobcenter ('' if never)."""
    return store.get_state(FULL_NAME_STATE) or ""


def is_user_name(store: Store, name: str, case: Case | None = None) -> bool:
    """A login name ('demo.konsulent') where a printed name belongs."""
    names = {store.actor.username}
    if case is not None and case.consultant:
        names.add(case.consultant)
    return name.strip() in names


def signed_by_text(signature: Signature) -> str:
    """Who signed, for the case log: 'Borger: Åse Bæk' (the operator is the entry's user)."""
    return f"{v.Party(signature.party).label}: {signature.signer_name}"


def _stored(store: Store, doc: Document) -> Document | None:
    return store.get(type(doc), doc.id)


def valid_signatures(store: Store, document: Document) -> list[Signature]:
    """The signatures given on exactly this content, one per party (the latest)."""
    by_party = {s.party: s for s in documents.signatures_on(store, document)}
    return [by_party[p] for p in REQUIRED_PARTIES if p in by_party]


def _changed_fields(old: Document, new: Document) -> list[str]:
    rt = old.catalogue()
    return [n for n in rt.frozen_fields if getattr(old, n) != getattr(new, n)]


def save_draft_document(
    store: Store, *, viewer: Viewer, document: Document, void_signatures: bool = False
) -> Changes:
    """Save a draft agreement or plan. Frozen versions are refused; invalid content too.

    An edit of content someone has signed voids their signature. Unless the caller confirms
    (`void_signatures=True`, after asking the user) the save is refused with
    SignaturesWouldBeVoided; when confirmed, each voided signature is kept and the voiding is
    logged against it (who, when, which fields), in the same transaction as the save.
    """
    require_jobcenter(viewer)
    require_case(store, document.case_id, viewer=viewer)
    stored = _stored(store, document)
    if stored is not None and stored.status != v.DocumentStatus.DRAFT.value:
        raise FrozenDocumentError(document.catalogue().label.lower())
    if document.status != v.DocumentStatus.DRAFT.value:
        raise FrozenDocumentError(document.catalogue().label.lower())
    problems = blocking(validate(document))
    if problems:
        raise ValidationError(problems)
    voided: list[Signature] = []
    fields: list[str] = []
    if stored is not None and content_hash(stored) != content_hash(document):
        voided = valid_signatures(store, stored)
        fields = _changed_fields(stored, document)
    if voided and not void_signatures:
        raise SignaturesWouldBeVoided(voided)
    with store.batch():
        store.save(document)
        for s in voided:
            # Field names only, never values (the audit log's rule).
            store.audit(
                v.AuditAction.CHANGE,
                record_type="signature",
                record_id=s.id,
                case_id=document.case_id,
                detail=VOID_DETAIL + ",".join(fields),
            )
    kinds = (document.RECORD_TYPE, "signature") if voided else (document.RECORD_TYPE,)
    return Changes.of(*kinds, case_ids=[document.case_id])


# An audit entry "changed" on a signature (which is otherwise never changed) records its voiding.
VOID_DETAIL = "annulleret af ændring i: "


def _voidings(store: Store, case_id: str) -> dict[str, AuditEntry]:
    return {
        e.record_id: e
        for e in store.list(AuditEntry, where={"case_id": case_id, "record_type": "signature"})
        if e.record_id
        and e.action == v.AuditAction.CHANGE.value
        and (e.detail or "").startswith(VOID_DETAIL)
    }


def signing_problems(store: Store, document: Document) -> list[Problem]:
    """Everything that stops this version from being signed, in Danish."""
    if isinstance(document, Agreement):
        return completeness_for_signing(document)
    return plan_completeness_for_signing(document)


def sign(
    store: Store,
    *,
    viewer: Viewer,
    kind: str,
    document_id: str,
    party: str,
    signer_name: str,
    signer_role: str | None = None,
    strokes: list[list[list[float]]] | None = None,
    on_paper: bool = False,
    paper_scan_b64: str | None = None,
    now: dt.datetime | None = None,
) -> SignResult:
    """One party signs the stored draft, on the screen (strokes) or on paper (a scan).

    When the third party signs, the version is frozen, the version it replaces becomes
    superseded, and the sealed PDFs are archived. Refusals change nothing.
    """
    cls = KINDS[kind]
    document = store.get(cls, document_id)
    if document is None:
        raise SigningError([Problem("document.missing", "id", "Dokumentet findes ikke.")])
    require_case(store, document.case_id, viewer=viewer)
    if viewer.is_mentor:
        raise SigningError([Problem("role", "party", "En mentor kan ikke underskrive her.")])
    if document.status != v.DocumentStatus.DRAFT.value:
        raise FrozenDocumentError(document.catalogue().label.lower())
    if party not in REQUIRED_PARTIES:
        raise SigningError([Problem("party", "party", "Ukendt part.")])
    problems = signing_problems(store, document)
    signatures = documents.signatures_of(store, document.id)
    digest = content_hash(document)
    if any(s.party == party and s.content_hash == digest for s in signatures):
        problems.append(
            Problem(
                "party.signed",
                "party",
                f"{v.Party(party).label} har allerede underskrevet denne version.",
            )
        )
    method = v.SignatureMethod.PAPER if on_paper else v.SignatureMethod.SCREEN
    signature = Signature(
        id=uuid7(),
        case_id=document.case_id,
        document_type=kind,
        document_id=document.id,
        document_version=document.version,
        content_hash=digest,
        party=party,
        signer_name=signer_name.strip(),
        signer_role=signer_role or v.Party(party).label,
        signed_at=now or dt.datetime.now(dt.UTC),
        method=method.value,
        strokes=strokes,
        attachment=paper_scan_b64,
    )
    problems += check_signature(signature)
    case = store.get(Case, document.case_id)
    if signature.signer_name and is_user_name(store, signature.signer_name, case):
        problems.append(
            Problem(
                "signature.username",
                "signer_name",
                "Skriv underskriverens fulde navn, ikke et brugernavn.",
            )
        )
    if problems:
        raise SigningError(problems)

    with store.batch():
        store.append(signature, audit_detail=signed_by_text(signature))
        if party == v.Party.JOBCENTER.value and not viewer.is_mentor:
            store.set_state(FULL_NAME_STATE, signature.signer_name)
        missing = tuple(missing_parties(document, [*signatures, signature]))
        if not missing:
            store.save(document.replace(status=v.DocumentStatus.SIGNED.value))
            if document.supersedes_id:
                old = store.get(cls, document.supersedes_id)
                if old is not None and old.status == v.DocumentStatus.SIGNED.value:
                    store.save(old.replace(status=v.DocumentStatus.SUPERSEDED.value))
    changes = Changes.of(kind, "signature", case_ids=[document.case_id])
    seal_problem = None
    if not missing:
        seal_problem = _seal(store, kind=kind, document_id=document.id)
    return SignResult(changes, signature, not missing, missing, seal_problem)


def _seal(store: Store, *, kind: str, document_id: str) -> str | None:
    """Seal and archive the signed version's copies. A missing certificate does not undo the
    signatures: the version is signed either way, and can be sealed once settings are fixed."""
    try:
        for copy_for in (CopyFor.JOBCENTER, CopyFor.COMPANY, CopyFor.CITIZEN):
            documents.seal_and_archive(
                store, document_type=kind, document_id=document_id, copy_for=copy_for
            )
    except Exception as exc:  # settings or certificate problems, reported to the user
        log.warning("sealing %s failed: %s", kind, type(exc).__name__)
        return str(exc)
    return None


def change_document(store: Store, *, viewer: Viewer, kind: str, document_id: str) -> Document:
    """'Ændr aftale': a new draft version copying the signed one; saved at once."""
    require_jobcenter(viewer)
    cls = KINDS[kind]
    document = store.get(cls, document_id)
    if document is None:
        raise SigningError([Problem("document.missing", "id", "Dokumentet findes ikke.")])
    require_case(store, document.case_id, viewer=viewer)
    if document.status == v.DocumentStatus.DRAFT.value:
        raise SigningError(
            [Problem("document.draft", "status", "Dokumentet er en kladde; ret den direkte.")]
        )
    open_drafts = [
        d
        for d in store.list(cls, where={"case_id": document.case_id})
        if d.supersedes_id == document.id and d.status == v.DocumentStatus.DRAFT.value
    ]
    if open_drafts:
        return open_drafts[0]
    draft = new_version(document, new_id=uuid7())
    store.save(draft)
    return draft


def history(store: Store, *, viewer: Viewer, case_id: str, kind: str) -> list[DocumentVersion]:
    """Every version, oldest first, with its signatures; hidden fields redacted for mentors."""
    require_case(store, case_id, viewer=viewer)
    cls = KINDS[kind]
    voidings = _voidings(store, case_id)
    labels = {f.name: f.label for f in record_type(kind).fields}
    versions = []
    for doc in store.list(cls, where={"case_id": case_id}, order_by=("version", "created_at")):
        digest = content_hash(doc)
        valid = tuple(valid_signatures(store, doc))
        voided = []
        for s in documents.signatures_of(store, doc.id):
            if s.content_hash == digest:
                continue
            entry = voidings.get(s.id)
            names = (entry.detail or "")[len(VOID_DETAIL) :].split(",") if entry else []
            voided.append(
                VoidedSignature(
                    s,
                    entry.at if entry else None,
                    entry.username if entry else None,
                    tuple(labels.get(n, n) for n in names if n),
                )
            )
        versions.append(
            DocumentVersion(
                redact(doc, viewer=viewer),
                valid,
                tuple(missing_parties(doc, valid)),
                digest,
                tuple(voided),
            )
        )
    return versions


def current_versions(
    store: Store, *, viewer: Viewer, case_id: str, kind: str
) -> list[DocumentVersion]:
    """Versions not superseded: the valid signed one and/or the draft that will replace it."""
    return [
        d
        for d in history(store, viewer=viewer, case_id=case_id, kind=kind)
        if d.document.status != v.DocumentStatus.SUPERSEDED.value
    ]
