"""What a mutation changed, so each view refreshes only what it shows (Anki's OpChanges).

Services return a Changes value from every mutation; the UI broadcasts it once, and views decide
for themselves whether they care. Views never call each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    record_types: frozenset[str] = field(default_factory=frozenset)
    case_ids: frozenset[str] = field(default_factory=frozenset)
    drafts: bool = False
    # The sync outbox grew or shrank (every saved record and every audit entry adds to it).
    outbox: bool = False
    # After unlocking or a sync pull: every view reloads.
    everything: bool = False

    @classmethod
    def of(
        cls,
        *record_types: str,
        case_ids: Iterable[str | None] = (),
        drafts: bool = False,
        outbox: bool = True,
    ) -> Changes:
        return cls(
            record_types=frozenset(record_types),
            case_ids=frozenset(c for c in case_ids if c),
            drafts=drafts,
            outbox=outbox,
        )

    @classmethod
    def all(cls) -> Changes:
        return cls(drafts=True, outbox=True, everything=True)

    def touches(self, *record_types: str) -> bool:
        return self.everything or bool(self.record_types.intersection(record_types))

    def touches_case(self, case_id: str | None) -> bool:
        return self.everything or (case_id is not None and case_id in self.case_ids)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            record_types=self.record_types | other.record_types,
            case_ids=self.case_ids | other.case_ids,
            drafts=self.drafts or other.drafts,
            outbox=self.outbox or other.outbox,
            everything=self.everything or other.everything,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.record_types or self.case_ids or self.drafts or self.outbox or self.everything
        )
