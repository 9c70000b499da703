"""The `clocks` column of a record row: each field's hybrid logical clock, stored compactly.

Two forms, both read back to the same per-field map (`decode`):
- compact, when every field shares one stamp (a record after an initial sync, or after its
  first save): the stamp, a `|` and the field names joined by commas, e.g.
  `001796223332588:00000:75a7fb5e76bc|case_id,kind,place`. A stamp for each of ten fields costs
  ~40 bytes each in JSON; here it is written once (issue 16: clocks were ~14 % of record bytes).
- JSON, `{"field": "stamp", ...}`: any other map (fields with different stamps, none at all,
  or a field name that is not a plain identifier), and every row written before this form.

The forms cannot be mistaken for each other: JSON text starts with `{`, the compact form never.
Field names are kept, not implied by the record type, so the map read back is exactly the one
written, whatever fields a later catalogue adds. The `|` is found from the right: field names
in the compact form never contain it (identifiers only), while a node id in a stamp might.
This is the vault's own storage form only; on the wire clocks stay a per-field map.
"""

from __future__ import annotations

import json
import re

# Field names joined by commas; with exactly len-1 commas no name itself holds one.
_NAMES = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:,[A-Za-z_][A-Za-z0-9_]*)*")


def encode(clocks: dict[str, str]) -> str:
    """The column text for a field -> stamp map."""
    if clocks:
        try:
            distinct = set(clocks.values())
            names = ",".join(clocks)
        except TypeError:  # not stamps and names at all: kept as they are
            distinct = set()
        if len(distinct) == 1:
            stamp = distinct.pop()
            if (
                isinstance(stamp, str)
                and not stamp.startswith("{")
                and names.count(",") == len(clocks) - 1
                and _NAMES.fullmatch(names)
            ):
                return f"{stamp}|{names}"
    return json.dumps(clocks)


def decode(text: str) -> dict[str, str]:
    """The field -> stamp map of a column text in either form."""
    if text.startswith("{"):
        decoded: dict[str, str] = json.loads(text)
        return decoded
    stamp, _bar, names = text.rpartition("|")
    return dict.fromkeys(names.split(","), stamp)
