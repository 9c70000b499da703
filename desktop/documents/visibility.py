"""Which catalogue fields a copy may carry, straight from the record catalogue's rules.

- Health notes (GDPR art. 9) are never printed, not even on the jobcenter's own copy.
- CPR numbers appear only on the jobcenter's internal copy.
- A mentor's copy carries only what a mentor may read at all.
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


def printed_fields(rt: RecordType, copy_for: CopyFor) -> tuple[str, ...]:
    return tuple(f.name for f in rt.fields if may_print(f, copy_for))
