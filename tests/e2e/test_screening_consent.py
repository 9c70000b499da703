"""The consent screen's "screening answers are kept" gates the answers: withdrawing it empties
every screening of the citizen at once, on this laptop, on the server and on a colleague's laptop
at the next sync, with no old text left in either vault file; a screening saved with answers
after the withdrawal is refused in Danish until a new consent is recorded. SQLite and PostgreSQL
(`server`)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError
from desktop.domain.records import Screening
from desktop.services import consents, screening
from desktop.services.access import Viewer
from sync.protocol.vocabulary import ConsentKind, ConsentMethod
from tests.e2e.conftest import TEAM, new_case
from tests.vault_pages import found_in_vault

ANNE = Viewer("anne", "consultant", TEAM)
HELPED = "Faste pauser og Quokkastol ved skrivebordet"


def _screen(store, citizen_id: str, *, consent: bool = True) -> Screening:
    s = screening.new_screening(citizen_id, viewer=ANNE).replace(
        consent_to_record=consent, impairment="ja", functions=["loeft"], what_helped=HELPED,
    )
    screening.save_screening(store, viewer=ANNE, screening=s)
    return s


def test_withdrawing_the_screening_consent_empties_the_answers_everywhere(make_device) -> None:
    anne, bo = make_device("anne"), make_device("bo")
    case = new_case(anne.store)
    citizen_id = case.citizen_id
    consents.give(anne.store, viewer=ANNE, citizen_id=citizen_id,
                  kind=ConsentKind.SCREENING_STORED.value, given_how=ConsentMethod.ORAL.value,
                  valid_from=dt.date(2026, 11, 1))
    first = _screen(anne.store, citizen_id)
    anne.sync(), bo.sync()
    assert bo.store.get(Screening, first.id).what_helped == HELPED

    given = consents.history(anne.store, viewer=ANNE, citizen_id=citizen_id)[0]
    changes = consents.withdraw(anne.store, viewer=ANNE, consent_id=given.id)
    assert "screening" in changes.record_types  # the open screens reload
    anne.sync(), bo.sync()
    for device in (anne, bo):
        kept = device.store.get(Screening, first.id)
        assert (kept.consent_to_record, kept.impairment, kept.functions, kept.what_helped) == (
            False, None, [], None
        ), device.name
        assert kept.screened_at is not None  # that it happened stays
        device.store.checkpoint()
        left = found_in_vault(device.store.path, device.session.vault.database_key, ["Quokkastol"])
        assert left == [], device.name

    # A new screening with answers needs a new consent first; without answers it is fine.
    with pytest.raises(ValidationError) as refused:
        _screen(anne.store, citizen_id)
    assert "trukket samtykket" in str(refused.value.problems[0].message)
    _screen(anne.store, citizen_id, consent=False)
    consents.give(anne.store, viewer=ANNE, citizen_id=citizen_id,
                  kind=ConsentKind.SCREENING_STORED.value, given_how=ConsentMethod.SIGNED.value,
                  valid_from=dt.date(2026, 12, 2))
    again = _screen(anne.store, citizen_id)
    assert anne.store.get(Screening, again.id).what_helped == HELPED
