"""Demo data for the consent screen (issue 18): the consents of a few demo citizens who have a
skånehensyn agreement, with their history.

- sharing the agreement with the mentor, given (signed) when the agreement was made;
- for one citizen, contact with the doctor (retssikkerhedsloven § 11 a), given orally;
- for one citizen, the company seeing the accommodations: given on paper, later withdrawn.
Sharing with the mentor stays in force, so a mentor's demo still shows their agreements.
Everything is synthetic (the demo's fictitious citizens).
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import Agreement, Case, Consent
from desktop.services import consents as rules
from desktop.store import Store
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import ConsentKind, ConsentMethod

CITIZENS = 3


def _consent(citizen_id: str, kind: ConsentKind, how: ConsentMethod, start: dt.date,
             **kw: object) -> Consent:
    return Consent(
        id=uuid7(), citizen_id=citizen_id, kind=kind.value, given_how=how.value,
        what=kind.label, shared_with=rules.DEFAULT_SHARED_WITH.get(kind.value, "Jobcentret"),
        legal_basis=rules.DEFAULT_LEGAL_BASIS.get(kind.value)
        or "Samtykke (databeskyttelsesforordningen art. 6, stk. 1, litra a, og art. 9)",
        valid_from=start, **kw,  # type: ignore[arg-type]
    )


def add_consent_demo(store: Store, *, today: dt.date | None = None) -> dict[str, int]:
    today = today or dt.date.today()
    agreements = [a for a in store.list(Agreement) if a.consent_to_share]
    seen: list[str] = []
    out: list[Consent] = []
    for agreement in agreements:
        case = store.get(Case, agreement.case_id)
        if case is None or case.citizen_id in seen:
            continue
        seen.append(case.citizen_id)
        start = agreement.valid_from or case.start_date or today
        out.append(_consent(case.citizen_id, ConsentKind.MENTOR_AGREEMENT, ConsentMethod.SIGNED,
                            start))
        if len(seen) == 1:
            out.append(_consent(case.citizen_id, ConsentKind.DOCTOR_CONTACT, ConsentMethod.ORAL,
                                start))
        if len(seen) == 2:
            out.append(_consent(
                case.citizen_id, ConsentKind.COMPANY_ACCOMMODATIONS, ConsentMethod.PAPER, start,
                withdrawn=True, withdrawn_on=min(today, start + dt.timedelta(days=30)),
            ))
        if len(seen) == CITIZENS:
            break
    with store.batch():
        for consent in out:
            store.save(consent, audit=False)
    return {"consent": len(out)} if out else {}
