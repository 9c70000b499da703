"""The pure heart of sync: record catalogue, hybrid logical clocks, wire models, merge rules."""

from sync.protocol.catalogue import (
    CATALOGUE,
    FieldSpec,
    FieldType,
    MergeKind,
    RecordType,
    record_type,
)
from sync.protocol.hlc import HLC, HybridClock

__all__ = [
    "CATALOGUE",
    "FieldSpec",
    "FieldType",
    "HLC",
    "HybridClock",
    "MergeKind",
    "RecordType",
    "record_type",
]
