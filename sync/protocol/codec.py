"""Converting field values between Python types and their wire (JSON) form, by catalogue type."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sync.protocol.catalogue import FieldSpec, FieldType


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

        return dataclasses.asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def wire_type_ok(spec: FieldSpec, value: Any) -> bool:
    """Does a pushed value have the shape its field needs? (The server refuses others.)"""
    if value is None:
        return not spec.required
    try:
        match spec.type:
            case FieldType.STR | FieldType.TEXT | FieldType.REF:
                ok = isinstance(value, str)
                if ok and spec.max_length and spec.type is not FieldType.TEXT:
                    ok = len(value) <= spec.max_length
                return ok and (spec.type is not FieldType.TEXT or len(value) <= 200_000)
            case FieldType.ENUM:
                return isinstance(value, str) and value in spec.choices
            case FieldType.INT:
                return isinstance(value, int) and not isinstance(value, bool)
            case FieldType.FLOAT:
                return isinstance(value, int | float) and not isinstance(value, bool)
            case FieldType.BOOL:
                return isinstance(value, bool)
            case FieldType.DATE:
                dt.date.fromisoformat(value)
                return len(value) == 10
            case FieldType.DATETIME:
                dt.datetime.fromisoformat(value)
                return True
            case FieldType.JSON:
                return isinstance(value, list | dict)
    except (TypeError, ValueError):
        return False
    return False
