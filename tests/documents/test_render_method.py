"""The agreement prints the scheme that pays for an accommodation, and the citizen's own list
only on the citizen's copy and only when the citizen wants it there (never on the company's,
the jobcenter's or a mentor's copy)."""

from __future__ import annotations

import dataclasses

from desktop.documents import CopyFor, examples, render_agreement
from desktop.domain.records import Accommodation
from desktop.services.wishes import to_lines

ORG = examples.organisation()
WISHES = [
    {"company_id": "", "work": "Dyrepasser i zoo", "dream": True, "status": "kontaktet",
     "status_date": "2026-11-03", "note": "Ringer igen"},
    {"company_id": "", "work": "Gartneri", "dream": False, "status": "ikke_kontaktet",
     "status_date": "", "note": ""},
]


def _document(on_copy: bool):
    document = examples.agreement_document()
    case = document.parties.case.replace(wishes=WISHES, wishes_on_citizen_copy=on_copy)
    accommodations = [
        *document.agreement.accommodations,
        Accommodation("roligt_sted", "Eget lille kontor", "Hele dagen", "arbejdspladsindretning"),
    ]
    return dataclasses.replace(
        document,
        agreement=document.agreement.replace(accommodations=accommodations),
        parties=dataclasses.replace(document.parties, case=case),
        own_list=to_lines(WISHES, {}) if on_copy else (),
    )


def test_the_scheme_that_pays_an_accommodation_is_printed(pdf_text) -> None:
    text = pdf_text(render_agreement(_document(False), ORG, CopyFor.COMPANY))
    assert "Betales af" in text and "Mindre arbejdspladsindretning" in text
    plain = pdf_text(render_agreement(examples.agreement_document(), ORG, CopyFor.COMPANY))
    assert "Betales af" not in plain


def test_the_own_list_is_only_on_the_citizens_copy_and_only_when_wanted(pdf_text) -> None:
    wanted = _document(True)
    citizen = pdf_text(render_agreement(wanted, ORG, CopyFor.CITIZEN))
    assert "Din egen liste" in citizen and "Dyrepasser i zoo" in citizen
    assert "Drøm" in citizen and "Kontaktet" in citizen
    for copy in (CopyFor.COMPANY, CopyFor.JOBCENTER, CopyFor.MENTOR):
        text = pdf_text(render_agreement(wanted, ORG, copy))
        assert "Dyrepasser" not in text and "Din egen liste" not in text, copy
    not_wanted = dataclasses.replace(wanted, parties=dataclasses.replace(
        wanted.parties, case=wanted.parties.case.replace(wishes_on_citizen_copy=False)))
    assert "Dyrepasser" not in pdf_text(render_agreement(not_wanted, ORG, CopyFor.CITIZEN))
