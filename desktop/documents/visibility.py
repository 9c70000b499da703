"""Which catalogue fields a copy may carry, straight from the record catalogue's rules.

- Health notes (GDPR art. 9) are never printed, not even on the jobcenter's own copy.
- CPR numbers appear only on the jobcenter's internal copy.
- A mentor's copy carries only what a mentor may read at all.
- Minimisation (issue 18, docs/DATA-PROTECTION.md): the company's copy carries the citizen's
  name and phone number (the company must be able to reach the citizen about the workday: a
  sick day, a changed schedule), not the home address or e-mail, which the company does not
  need for the placement or the agreement.
"""

from __future__ import annotations

from desktop.documents.model import CopyFor
from sync.protocol.catalogue import FieldSpec, RecordType


def may_print(spec: FieldSpec, copy_for: CopyFor) -> bool:
    if spec.health:
        return False
    if not spec.printable:  # CPR (and anything the catalogue later marks unprintable)
        return copy_for is CopyFor.JOBCENTER and spec.name == "cpr"
    if copy_for is CopyFor.MENTOR:
        return spec.mentor_visible
    return True


# Fields a copy leaves out although the recipient may in general read them (minimisation).
WITHHELD_FROM_COPY: dict[CopyFor, dict[str, frozenset[str]]] = {
    CopyFor.COMPANY: {"citizen": frozenset({"address", "email"})},
}


def may_print_on(record_type: str, spec: FieldSpec, copy_for: CopyFor) -> bool:
    """`may_print`, and not withheld from this copy of this record type."""
    withheld = WITHHELD_FROM_COPY.get(copy_for, {}).get(record_type, frozenset())
    return spec.name not in withheld and may_print(spec, copy_for)


def printed_fields(rt: RecordType, copy_for: CopyFor) -> tuple[str, ...]:
    return tuple(f.name for f in rt.fields if may_print_on(rt.name, f, copy_for))
