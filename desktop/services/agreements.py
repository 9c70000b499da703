"""Skånehensyn agreements: a new draft filled from the case, legal bases, accommodations.

Saving, signing and versions are shared with plans (desktop.services.signing).
"""

from __future__ import annotations

from typing import Any

from desktop.domain.records import Accommodation, Agreement, Case, Citizen, Company
from desktop.services.access import Viewer, require_case, require_jobcenter
from desktop.services.signing import consultant_full_name
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

# Legal references per scheme, shown on the agreement (DOMAIN.md; check the current
# consolidations before trusting chapter numbers).
LEGAL_BASIS = {
    v.Scheme.VIRKSOMHEDSPRAKTIK.value: "Lov om en aktiv beskæftigelsesindsats, kap. 11",
    v.Scheme.LONTILSKUD.value: "Lov om en aktiv beskæftigelsesindsats, kap. 12",
    v.Scheme.FLEKSJOB.value: "Lov om en aktiv beskæftigelsesindsats, kap. 20",
    v.Scheme.SMAAJOB.value: "Lov om en aktiv beskæftigelsesindsats",
    v.Scheme.ORDINAER_EFTERVAERN.value: "Lov om en aktiv beskæftigelsesindsats (efterværn)",
    v.Scheme.MENTORSTOTTE.value: "Lov om en aktiv beskæftigelsesindsats, kap. 26",
}

# Accommodations a consultant picks from, with a functional description to start from.
ACCOMMODATION_CATALOGUE: tuple[tuple[str, str, str], ...] = (
    (
        v.AccommodationCategory.REDUCED_HOURS.value,
        "Arbejder færre timer end normalt.",
        "Hele perioden",
    ),
    (
        v.AccommodationCategory.DAYS_OFF.value,
        "Fri en hverdag midt i ugen for at restituere.",
        "Hver uge",
    ),
    (
        v.AccommodationCategory.SLOWER_PACE.value,
        "Arbejder i eget tempo uden tidspres.",
        "Hele tiden",
    ),
    (
        v.AccommodationCategory.EXTRA_BREAKS.value,
        "En ekstra pause på 10 minutter formiddag og eftermiddag.",
        "Dagligt",
    ),
    (
        v.AccommodationCategory.EXEMPT_TASKS.value,
        "Fritaget for opgaver med kundekontakt i telefonen.",
        "Hele tiden",
    ),
    (
        v.AccommodationCategory.NO_HEAVY_LIFTING.value,
        "Løfter ikke over 5 kg; en kollega hjælper.",
        "Hele tiden",
    ),
    (
        v.AccommodationCategory.QUIET_PLACE.value,
        "Arbejdsplads væk fra støj og gennemgang.",
        "Hele tiden",
    ),
    (
        v.AccommodationCategory.FIXED_ROUTINES.value,
        "Faste opgaver i samme rækkefølge hver dag.",
        "Dagligt",
    ),
    (v.AccommodationCategory.FLEXIBLE_START.value, "Møder mellem kl. 8 og 10.", "Dagligt"),
    (
        v.AccommodationCategory.WORK_FROM_HOME.value,
        "Arbejder hjemmefra én dag om ugen.",
        "Hver uge",
    ),
    (
        v.AccommodationCategory.WRITTEN_INSTRUCTIONS.value,
        "Nye opgaver gives også på skrift.",
        "Ved nye opgaver",
    ),
)


def accommodation_from_catalogue(category: str) -> Accommodation:
    for code, description, when in ACCOMMODATION_CATALOGUE:
        if code == category:
            return Accommodation(category=code, description=description, when=when)
    return Accommodation(category=v.AccommodationCategory.OTHER.value)


def _parties(store: Store, case: Case) -> dict[str, Any]:
    citizen = store.get(Citizen, case.citizen_id)
    company = store.get(Company, case.company_id) if case.company_id else None
    contact = company.contacts[0]["name"] if company and company.contacts else ""
    return {
        v.Party.CITIZEN.value: {"name": citizen.name if citizen else ""},
        v.Party.COMPANY.value: {"name": company.name if company else "", "contact": contact},
        v.Party.JOBCENTER.value: {
            "name": store.get_state("org.name") or "Jobcentret",
            # Printed on paper: the consultant's full name, never a user name.
            "contact": consultant_full_name(store),
        },
    }


def new_agreement(store: Store, *, viewer: Viewer, case_id: str) -> Agreement:
    """A draft filled from the case: parties, scheme, legal basis and period."""
    require_jobcenter(viewer)
    case = require_case(store, case_id, viewer=viewer)
    return Agreement(
        id=uuid7(),
        case_id=case.id,
        version=1,
        status=v.DocumentStatus.DRAFT.value,
        parties=_parties(store, case),
        scheme=case.scheme,
        legal_basis=LEGAL_BASIS.get(case.scheme),
        valid_from=case.start_date,
        valid_to=case.end_date,
        consent_to_share=False,
    )
