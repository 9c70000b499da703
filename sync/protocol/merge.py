"""Field merge rules shared by the server and the device: pure functions, no I/O.

A record's state is its field values plus, per field, the hybrid logical clock of the write that
set it. An operation carries, per field, the new value, its clock and (for `text` fields) the
base the editor started from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from merge3 import Merge3

from sync.protocol.catalogue import FieldSpec, MergeKind, RecordType
from sync.protocol.codec import same_value
from sync.protocol.hlc import HLC
from sync.protocol.vocabulary import DocumentStatus


def merge_text(base: str, mine: str, theirs: str) -> str | None:
    """Three-way merge of free text by lines; None when an overlap needs a person.

    Two insertions at the same place (both appended a paragraph, say) are not a real overlap:
    both texts are kept, `mine` first, so a note written on two laptops is never lost.
    """
    base_lines = base.splitlines(keepends=True)
    mine_lines = _terminated(mine.splitlines(keepends=True))
    theirs_lines = _terminated(theirs.splitlines(keepends=True))
    base_lines = _terminated(base_lines)
    out: list[str] = []
    for group in Merge3(base_lines, mine_lines, theirs_lines).merge_groups():
        if group[0] != "conflict":
            out.extend(group[1])
            continue
        _, base_part, mine_part, theirs_part = group
        if not base_part:
            out.extend(mine_part)
            out.extend(theirs_part)
            continue
        return None
    merged = "".join(out)
    if not (mine.endswith("\n") or theirs.endswith("\n")) and merged.endswith("\n"):
        merged = merged[:-1]
    return merged


def _terminated(lines: list[str]) -> list[str]:
    # Without this, "a" and "a\n" differ and an appended line conflicts with the last one.
    if lines and not lines[-1].endswith("\n"):
        lines = [*lines[:-1], lines[-1] + "\n"]
    return lines


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A concurrent text edit that could not be merged: both texts survive."""

    field: str
    base: str | None
    kept: str
    other: str


@dataclass(slots=True)
class MergeOutcome:
    values: dict[str, Any] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    conflicts: list[FieldConflict] = field(default_factory=list)
    refusal: str | None = None  # code: frozen | append_only | invalid


def is_signed(values: dict[str, Any]) -> bool:
    return values.get("status") in (DocumentStatus.SIGNED.value, DocumentStatus.SUPERSEDED.value)


def apply_writes(
    rt: RecordType,
    values: dict[str, Any] | None,
    clocks: dict[str, str] | None,
    writes: dict[str, tuple[Any, str, Any]],
) -> MergeOutcome:
    """Merge `writes` ({field: (value, hlc, base)}) into a record's current state.

    Returns the new state; `refusal` set means nothing at all may be applied.
    """
    exists = values is not None
    cur_values = dict(values or {})
    cur_clocks = dict(clocks or {})
    out = MergeOutcome(values=cur_values, clocks=cur_clocks)

    if rt.append_only and exists:
        same = all(
            same_value(_spec(rt, name), cur_values.get(name), value)
            for name, (value, _, _) in writes.items()
        )
        if not same:
            out.refusal = "append_only"
        return out

    if rt.signable and exists and is_signed(cur_values):
        sealed = rt.sealed_fields  # the one frozen list (sync.protocol.catalogue.FROZEN_FIELDS)
        for name, (value, _, _) in writes.items():
            if name in sealed and not same_value(rt.field(name), cur_values.get(name), value):
                out.refusal = "frozen"
                return out
            if name == "status" and value == DocumentStatus.DRAFT.value:
                out.refusal = "frozen"
                return out

    for name, (value, stamp, base) in writes.items():
        spec_kind = rt.field(name).merge if rt.has_field(name) else MergeKind.LWW
        current = cur_values.get(name)
        current_clock = cur_clocks.get(name)
        newer = current_clock is None or HLC.parse(stamp) > HLC.parse(current_clock)
        latest = stamp if newer else current_clock
        assert latest is not None

        new_value: Any
        if spec_kind is MergeKind.TEXT and exists and current_clock is not None:
            result = _merge_text_field(name, current, value, base, newer)
            if isinstance(result, FieldConflict):
                out.conflicts.append(result)
                new_value = result.kept
            else:
                new_value = result
        elif newer:
            new_value = value
        else:
            new_value = current

        if not same_value(_spec(rt, name), new_value, current) or name not in cur_values:
            out.changed.add(name)
        cur_values[name] = new_value
        if latest != current_clock:
            out.changed.add(name)
        cur_clocks[name] = latest
    return out


def _spec(rt: RecordType, name: str) -> FieldSpec | None:
    return rt.field(name) if rt.has_field(name) else None


def _merge_text_field(
    name: str, current: str | None, incoming: str | None, base: str | None, incoming_newer: bool
) -> str | FieldConflict | None:
    cur = current or ""
    new = incoming or ""
    if cur == new:
        return current
    if base is not None and cur == (base or ""):
        return incoming  # nobody else touched it since the editor started
    if base is not None and new == (base or ""):
        return current  # the incoming write did not change the text
    merged = merge_text(base or "", cur, new)
    if merged is not None:
        return merged
    kept, other = (new, cur) if incoming_newer else (cur, new)
    return FieldConflict(field=name, base=base, kept=kept, other=other)
