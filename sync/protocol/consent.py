"""What a citizen's consents decide, shared by the server's access policy and the app.

A consent's history is its records: giving a consent writes a record of its kind, withdrawing it
marks that record withdrawn (with the date), and consenting again writes a new record. Per kind
the newest record decides (by `valid_from`, then by id, which is time-ordered); a deleted record
counts for nothing.

How this relates to the agreement's own "Samtykke til deling" (`consent_to_share`): that field
is the consent recorded in the agreement when it was made, and it is part of what the parties
sign, so it cannot change afterwards. The consent screen's "sharing the agreement with the
mentor" is the living consent: while its newest record is withdrawn, no agreement of the
citizen (and so no plan or signature hanging off one) reaches a mentor, whatever the agreement
says. A mentor receives an agreement only while both say yes; a citizen with no record of the
kind is decided by the agreement alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sync.protocol.vocabulary import ConsentKind

# The kinds whose withdrawal the app and the server act on at once.
GATES_MENTOR = ConsentKind.MENTOR_AGREEMENT.value
GATES_COMPANY_COPY = ConsentKind.COMPANY_ACCOMMODATIONS.value


def newest(
    consents: Iterable[tuple[str, Mapping[str, Any]]], kind: str
) -> Mapping[str, Any] | None:
    """The values of the newest live consent record of `kind`, or None."""
    best: tuple[str, str, Mapping[str, Any]] | None = None
    for record_id, values in consents:
        if values.get("deleted") is True or values.get("kind") != kind:
            continue
        key = (str(values.get("valid_from") or ""), record_id, values)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best is not None else None


def withdrawn(consents: Iterable[tuple[str, Mapping[str, Any]]], kind: str) -> bool:
    """Has the citizen withdrawn the consent of `kind` (its newest record is withdrawn)?"""
    record = newest(consents, kind)
    return record is not None and record.get("withdrawn") is True


def in_force(values: Mapping[str, Any], today: dt.date) -> bool:
    """Is one consent record in force today (given, not withdrawn, within its dates)?"""
    if values.get("withdrawn") is True or values.get("deleted") is True:
        return False
    start, end = values.get("valid_from"), values.get("valid_to")
    if start is not None and str(start) > today.isoformat():
        return False
    return end is None or str(end) >= today.isoformat()
