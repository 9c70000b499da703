"""What a tombstone keeps, and when a case's data has expired: pure rules shared by the device
(which purges on its own, even offline) and the server (`trepart-server retention run`).

A tombstone keeps the record's id and type, the field naming its case and the field naming
the record it hangs off (a consent's or screening's citizen): ids only, never content.

Retention (issue 18, docs/DATA-PROTECTION.md): a closed or interrupted case is purged
`closed_case_years` after its end date, with everything in it and, once the citizen has no
other case left, the citizen and what hangs off them. Screening answers are purged
`screening_months` after the citizen's last case ended (or after the screening, for a citizen
who never got a case). Health notes (every health-marked field) are emptied
`health_notes_months` after the case ended, the citizen's own once all their cases ended that
long ago. The audit log is kept: it holds no field values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sync.protocol.catalogue import RecordType
from sync.protocol.vocabulary import CaseStatus

# The record a case-less record hangs off (also the server's parent_id).
PARENT_FIELDS: Mapping[str, str] = {
    "consent": "citizen_id", "screening": "citizen_id", "conflict": "record_id",
    "audit_entry": "record_id",
}

# Never purged by retention or erasure: the access log (who did what, when; no field values).
KEPT_TYPES = frozenset({"audit_entry"})

# Rules, named on the tombstone's audit entry (server: on the tombstone itself).
RULE_PERSON = "slettet af bruger"
RULE_CLOSED_CASE = "opbevaring: afsluttet forløb"
RULE_SCREENING = "opbevaring: screeningssvar"
RULE_HEALTH = "opbevaring: helbredsnoter"
RULE_ERASURE = "sletning efter anmodning"

CLOSED = frozenset({CaseStatus.CLOSED.value, CaseStatus.INTERRUPTED.value})


def tombstone_fields(rt: RecordType) -> tuple[str, ...]:
    """The catalogue fields a tombstone keeps (ids only)."""
    out: list[str] = []
    if rt.case_field is not None and rt.case_field != "id":
        out.append(rt.case_field)
    parent = PARENT_FIELDS.get(rt.name)
    if parent is not None and rt.has_field(parent) and parent not in out:
        out.append(parent)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Periods:
    closed_case_years: int = 5
    screening_months: int = 24
    health_notes_months: int = 24


def health_fields(rt: RecordType) -> tuple[str, ...]:
    """The health-marked fields the health-notes period empties (screening answers have their
    own period and go as a whole record)."""
    if rt.name == "screening":
        return ()
    return tuple(f.name for f in rt.fields if f.health)


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def case_expired(values: Mapping[str, Any], *, periods: Periods, today: dt.date) -> bool:
    """Is this case (its wire values) past its retention period? Open cases never are; a
    closed case without an end date is kept (a person must give it one first)."""
    if values.get("status") not in CLOSED:
        return False
    end = _date(values.get("end_date"))
    if end is None:
        return False
    return add_months(end, 12 * periods.closed_case_years) <= today


def case_health_expired(values: Mapping[str, Any], *, periods: Periods, today: dt.date) -> bool:
    """Have the health notes of this case's records passed their (shorter) period?"""
    if values.get("status") not in CLOSED:
        return False
    end = _date(values.get("end_date"))
    return end is not None and add_months(end, periods.health_notes_months) <= today


def citizen_health_expired(facts: CaseFacts, *, periods: Periods, today: dt.date) -> bool:
    """A citizen's own health notes go when every case of theirs ended that long ago."""
    if facts.open_or_unended or facts.last_end is None:
        return False
    return add_months(facts.last_end, periods.health_notes_months) <= today


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the screening rule needs to know of one citizen's cases."""

    open_or_unended: bool  # a case still running, or closed without an end date
    last_end: dt.date | None


def citizen_case_facts(cases: Iterable[Mapping[str, Any]]) -> CaseFacts:
    open_ = False
    last: dt.date | None = None
    for values in cases:
        end = _date(values.get("end_date"))
        if values.get("status") not in CLOSED or end is None:
            open_ = True
        elif last is None or end > last:
            last = end
    return CaseFacts(open_or_unended=open_, last_end=last)


def screening_expired(
    screening: Mapping[str, Any], facts: CaseFacts, *, periods: Periods, today: dt.date
) -> bool:
    if facts.open_or_unended:
        return False
    since = facts.last_end or _date(screening.get("screened_at"))
    if since is None:
        return False
    return add_months(since, periods.screening_months) <= today
