"""The audit log's hash chain: each device's entries carry the hash of the entry before them.

An entry's hash is SHA-256 over the canonical JSON (sync.protocol.codec.canonical_json) of its
id, its catalogue fields as the device wrote them (wire form) and the previous entry's hash, so
changing, removing or inserting an entry anywhere in a device's log breaks the chain from there
on. The first entry of a chain has no previous hash. The device checks its own chain
(`trepart vault check`); the server checks each device's chain as the entries arrive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sync.protocol.codec import canonical_json

# What the hash covers: everything the entry says, and where it stands in the chain.
CHAINED_FIELDS: tuple[str, ...] = (
    "case_id", "at", "username", "device_id", "role", "action", "record_type", "record_id",
    "detail", "prev_hash",
)


def entry_hash(entry_id: str, values: Mapping[str, Any]) -> str:
    """The hash of one entry (wire values), hex."""
    body = {"id": entry_id, **{k: values.get(k) for k in CHAINED_FIELDS}}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    entry_id: str
    reason: str  # Danish, for the check's output; never a field value

    def __str__(self) -> str:
        return f"{self.entry_id}: {self.reason}"


MSG_HASH = "postens indhold passer ikke med dens hash (ændret efter den blev skrevet)"
MSG_LINK = "posten peger ikke på den forrige post i kæden (en post mangler eller er indsat)"
MSG_UNCHAINED = "posten har ingen hash, men kæden er begyndt"


def verify(
    entries: Iterable[tuple[str, Mapping[str, Any]]], *, head: str | None
) -> tuple[list[ChainBreak], str | None]:
    """Check entries in chain order, starting after the hash `head` (None: a new chain).

    Returns the breaks found and the new head. After a break the chain goes on from the entry
    that broke it, so one bad entry is reported once and never blocks what follows."""
    breaks: list[ChainBreak] = []
    for entry_id, values in entries:
        claimed = values.get("hash")
        if not isinstance(claimed, str):
            if head is not None:
                breaks.append(ChainBreak(entry_id, MSG_UNCHAINED))
            continue
        if entry_hash(entry_id, values) != claimed:
            breaks.append(ChainBreak(entry_id, MSG_HASH))
        elif values.get("prev_hash") != head:
            breaks.append(ChainBreak(entry_id, MSG_LINK))
        head = claimed
    return breaks, head
