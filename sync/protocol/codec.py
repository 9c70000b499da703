"""Converting field values between Python types and their wire (JSON) form, by catalogue type."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sync.protocol.catalogue import FieldSpec, FieldType
from sync.protocol.validation import value_problem


def to_wire(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    match spec.type:
        case FieldType.DATE | FieldType.DATETIME:
            return value.isoformat() if hasattr(value, "isoformat") else str(value)
        case FieldType.BOOL:
            return bool(value)
        case FieldType.INT:
            return int(value)
        case FieldType.FLOAT:
            return float(value)
        case FieldType.JSON:
            return json.loads(json.dumps(value, default=_jsonable))
        case _:
            return str(value)


def from_wire(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    match spec.type:
        case FieldType.DATE:
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
        case FieldType.DATETIME:
            return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
        case FieldType.BOOL:
            return bool(value)
        case FieldType.INT:
            return int(value)
        case FieldType.FLOAT:
            return float(value)
        case _:
            return value


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        import dataclasses

        # A field marked omit_if_none is left out while unset: adding an optional value to a
        # shape then leaves the canonical form (and the hash) of existing records unchanged.
        omit = {
            f.name
            for f in dataclasses.fields(value)
            if f.metadata.get("omit_if_none") and getattr(value, f.name) is None
        }
        return {k: v for k, v in dataclasses.asdict(value).items() if k not in omit}
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def wire_type_ok(spec: FieldSpec, value: Any) -> bool:
    """Does a value have the precise type and shape its field needs? (sync.protocol.validation)"""
    return value_problem(spec, value) is None


def canonical_json(value: Any) -> str:
    """The one canonical text of a JSON value: sorted keys, no spaces, UTF-8 as is.

    PostgreSQL's jsonb does not keep object key order, so two texts of the same value may differ;
    every equality check and hash over JSON values goes through this form (or compares values).
    """
    return _CANONICAL(value)


# One encoder for every call: json.dumps with options builds a new JSONEncoder each time, ~40 %
# of the cost of a small value (the encoder keeps no state between calls).
_CANONICAL = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
).encode


def same_value(spec: FieldSpec | None, a: Any, b: Any) -> bool:
    """Are two wire values of a field the same value? JSON values compare in canonical form, so
    key order never makes a value look changed (and 1 never equals true)."""
    if spec is not None and spec.type is FieldType.JSON:
        if a is None or b is None:
            return a is None and b is None
        try:
            return canonical_json(a) == canonical_json(b)
        except (TypeError, ValueError):
            return False
    return bool(a == b)
