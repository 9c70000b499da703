"""The pseudonymised export for evaluating the projects' effect (e.g. by an external
evaluator): one CSV per record type, with no field values that say who anyone is.

What goes in, decided from the catalogue for every field:
- ids (the record's own and every reference) as pseudonyms: HMAC-SHA256 under a key the
  municipality keeps, so the same case has the same pseudonym in every file and every export
  made with the same key, and nobody without the key can link it back;
- coded values only: choices (scheme, status, outcome, job status ...), numbers, yes/no and dates;
- never free text, names, addresses, phone numbers, CPR numbers, e-mails, JSON lists (which hold
  names and words), file contents, or any health-marked field (GDPR art. 9);
- only the record types an evaluation needs (EXPORTED); citizens, companies, consents,
  screenings, signatures, attachments and the log are left out whole.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from collections.abc import Iterable, Mapping
from typing import Any

from sync.protocol.catalogue import CATALOGUE, FieldSpec, FieldType, RecordType

EXPORTED = (
    "case", "meeting", "action_item", "follow_up", "retention_check", "questionnaire",
    "scheme_application", "project", "case_transfer",
)
CODED = frozenset({FieldType.ENUM, FieldType.INT, FieldType.FLOAT, FieldType.BOOL, FieldType.DATE})


def exported_fields(rt: RecordType) -> tuple[FieldSpec, ...]:
    """The fields of `rt` the export carries (references are pseudonymised)."""
    return tuple(
        f for f in rt.fields
        if not f.health and f.name != "cpr" and (f.type in CODED or f.type is FieldType.REF)
    )


def pseudonym(key: bytes, record_id: str) -> str:
    return hmac.new(key, record_id.encode("ascii", "replace"), hashlib.sha256).hexdigest()[:32]


def csv_for(
    rt: RecordType, rows: Iterable[tuple[str, Mapping[str, Any]]], *, key: bytes
) -> str:
    """One record type's rows (id, wire values; deleted rows left out) as CSV text."""
    fields = exported_fields(rt)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["pseudonym", *(f.name for f in fields)])
    for record_id, values in rows:
        if values.get("deleted") is True:
            continue
        cells: list[Any] = [pseudonym(key, record_id)]
        for f in fields:
            value = values.get(f.name)
            if value is None:
                cells.append("")
            elif f.type is FieldType.REF:
                cells.append(pseudonym(key, str(value)))
            elif f.type is FieldType.BOOL:
                cells.append("1" if value else "0")
            else:
                cells.append(str(value))
        writer.writerow(cells)
    return out.getvalue()


def export(
    rows_by_type: Mapping[str, Iterable[tuple[str, Mapping[str, Any]]]], *, key: bytes
) -> dict[str, str]:
    """File name -> CSV text, one file per exported record type."""
    if len(key) < 32:
        raise ValueError("the pseudonymisation key must be at least 32 bytes")
    return {
        f"{name}.csv": csv_for(CATALOGUE[name], rows_by_type.get(name, ()), key=key)
        for name in EXPORTED
    }
