"""The citizen's consents: give, withdraw, list the history, and what they decide.

What each kind gates follows at once (sync.protocol.consent has the rule and why it sits beside
the agreement's own "Samtykke til deling"):
- sharing the agreement with the mentor: while withdrawn, the server sends the citizen's
  agreements, plans and signatures to no mentor and tells the mentors' devices to remove what
  they had; here, no mentor's copy of them can be printed;
- the company seeing the accommodations: while withdrawn, no company's copy of an agreement;
- contact with the doctor (retssikkerhedsloven § 11 a) and screening answers stored: recorded,
  dated and withdrawable, for the caseworker and the DPO to see.
Withdrawing keeps the record (marked withdrawn, with the date); consenting again is a new
record, so the history stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.problems import Problem, ValidationError
from desktop.domain.records import Citizen, Consent
from desktop.services.access import AccessDenied, Viewer, require_jobcenter
from desktop.services.changes import Changes
from desktop.store import Store, queries
from sync.protocol import consent as rules
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import ConsentKind, ConsentMethod

DEFAULT_LEGAL_BASIS = {
    ConsentKind.DOCTOR_CONTACT.value: "Retssikkerhedsloven § 11 a",
}
DEFAULT_SHARED_WITH = {
    ConsentKind.MENTOR_AGREEMENT.value: "Virksomhedsmentor",
    ConsentKind.COMPANY_ACCOMMODATIONS.value: "Virksomheden",
    ConsentKind.DOCTOR_CONTACT.value: "Borgerens egen læge",
    ConsentKind.SCREENING_STORED.value: "Jobcentret",
}


@dataclass(frozen=True, slots=True)
class ConsentRow:
    id: str
    kind: str
    kind_label: str
    what: str
    shared_with: str
    given_how_label: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    withdrawn: bool
    withdrawn_on: dt.date | None
    in_force: bool
    current: bool  # the newest record of its kind: the one that decides


def _require_citizen(store: Store, viewer: Viewer, citizen_id: str) -> Citizen:
    if viewer.restricted:
        raise AccessDenied("Kun jobcentrets medarbejdere kan se og ændre samtykker.")
    citizen = store.get(Citizen, citizen_id)
    if citizen is None:
        raise AccessDenied("Borgeren findes ikke, eller du har ikke adgang til borgeren.")
    return citizen


def history(
    store: Store, *, viewer: Viewer, citizen_id: str, today: dt.date | None = None
) -> list[ConsentRow]:
    """Every consent of the citizen, newest first, the deciding one of each kind marked."""
    _require_citizen(store, viewer, citizen_id)
    today = today or dt.date.today()
    records = store.list(Consent, where={"citizen_id": citizen_id})
    pairs = [(c.id, c.to_values()) for c in records]
    deciding = {
        kind.value: newest.get("_id")
        for kind in ConsentKind
        if (newest := rules.newest([(i, {**v, "_id": i}) for i, v in pairs], kind.value))
    }
    rows = []
    for c in records:
        values = c.to_values()
        kind = c.kind or ConsentKind.OTHER.value
        rows.append(ConsentRow(
            id=c.id, kind=kind, kind_label=_label(ConsentKind, kind), what=c.what,
            shared_with=c.shared_with, given_how_label=_label(ConsentMethod, c.given_how),
            valid_from=c.valid_from, valid_to=c.valid_to, withdrawn=bool(c.withdrawn),
            withdrawn_on=c.withdrawn_on, in_force=rules.in_force(values, today),
            current=deciding.get(kind) == c.id,
        ))
    rows.sort(key=lambda r: (r.valid_from or dt.date.min, r.id), reverse=True)
    return rows


def _label(enum: type[ConsentKind] | type[ConsentMethod], code: str | None) -> str:
    try:
        return enum(code).label if code else ""
    except ValueError:
        return code or ""


def give(
    store: Store,
    *,
    viewer: Viewer,
    citizen_id: str,
    kind: str,
    given_how: str,
    valid_from: dt.date,
    valid_to: dt.date | None = None,
    what: str = "",
    shared_with: str = "",
    legal_basis: str | None = None,
) -> Changes:
    """Record a consent the citizen gave (a new record, whatever came before)."""
    require_jobcenter(viewer)
    _require_citizen(store, viewer, citizen_id)
    problems = []
    if kind not in ConsentKind.codes():
        problems.append(Problem("consent.kind", "kind", "Vælg, hvad der gives samtykke til."))
    if given_how not in ConsentMethod.codes():
        problems.append(Problem("consent.how", "given_how", "Vælg, hvordan samtykket er givet."))
    if valid_to is not None and valid_to < valid_from:
        problems.append(
            Problem("consent.dates", "valid_to", "«Til» kan ikke ligge før «Fra».")
        )
    if problems:
        raise ValidationError(problems)
    label = ConsentKind(kind).label
    record = Consent(
        id=uuid7(), citizen_id=citizen_id, kind=kind, given_how=given_how,
        what=what.strip() or label, shared_with=shared_with.strip()
        or DEFAULT_SHARED_WITH.get(kind, "Jobcentret"),
        legal_basis=(legal_basis or "").strip() or DEFAULT_LEGAL_BASIS.get(kind)
        or "Samtykke (databeskyttelsesforordningen art. 6, stk. 1, litra a, og art. 9)",
        valid_from=valid_from, valid_to=valid_to, withdrawn=False,
    )
    with store.batch() as conn:
        store.save(record)
        case_ids = queries.case_ids_of(conn, citizen_id=citizen_id)
    return Changes.of("consent", "agreement", case_ids=case_ids)


def withdraw(
    store: Store, *, viewer: Viewer, consent_id: str, on: dt.date | None = None
) -> Changes:
    """The citizen withdraws a consent: kept in the history, marked withdrawn from `on`."""
    require_jobcenter(viewer)
    record = store.get(Consent, consent_id)
    if record is None:
        raise AccessDenied("Samtykket findes ikke.")
    _require_citizen(store, viewer, record.citizen_id)
    if record.withdrawn:
        return Changes.of(outbox=False)
    from desktop.services import screening  # screening asks this module about consents

    with store.batch() as conn:
        store.save(record.replace(withdrawn=True, withdrawn_on=on or dt.date.today()))
        case_ids = queries.case_ids_of(conn, citizen_id=record.citizen_id)
        forgotten = 0
        if record.kind == screening.STORED:
            # What the consent gated goes at once: the answers, on every device and the server.
            forgotten = screening.forget_answers(store, citizen_id=record.citizen_id)
    if forgotten:
        return Changes.of("consent", "agreement", "screening", case_ids=case_ids)
    return Changes.of("consent", "agreement", case_ids=case_ids)


def withdrawn(store: Store, *, citizen_id: str, kind: str) -> bool:
    """Has the citizen withdrawn the consent of `kind` (its newest record is withdrawn)?"""
    records = store.list(Consent, where={"citizen_id": citizen_id})
    return rules.withdrawn([(c.id, c.to_values()) for c in records], kind)
