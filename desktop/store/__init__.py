"""SQLAlchemy 2 on SQLCipher 4: records, outbox, audit log, full-text search, drafts."""

from desktop.store.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseTooNew,
    DiskFull,
    RecordNotFound,
    StoreError,
)
from desktop.store.store import Actor, OutboxOp, SearchHit, Store

__all__ = [
    "Actor",
    "DatabaseDamaged",
    "DatabaseMissing",
    "DatabaseTooNew",
    "DiskFull",
    "OutboxOp",
    "RecordNotFound",
    "SearchHit",
    "Store",
    "StoreError",
]
