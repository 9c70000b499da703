"""What the status bar and the Synkronisering page say about sync, read from the store.

The facts come from the sync service (desktop.services.sync: logged in or not, the server,
the outbox, the last successful sync, refused operations). Whether the server answers right now
is only known while a sync runs; the UI's SyncStatusSource takes that from whoever runs it
(`publish`). Until a device is logged in the honest answer is "not connected to a server".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.store import Store


@dataclass(frozen=True, slots=True)
class SyncStatus:
    configured: bool = False  # this device is logged in to a server
    online: bool | None = None  # None: unknown (not configured, or no sync tried this session)
    pending: int = 0  # operations in the outbox waiting to be pushed
    last_sync: dt.datetime | None = None
    server: str | None = None
    error: str | None = None  # a Danish message from the last attempt
    problems: int = 0  # operations the server refused, kept for a person to look at


def _parse(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def read_sync_status(store: Store) -> SyncStatus:
    from desktop.services import sync as sync_service

    status = sync_service.status(store)
    return SyncStatus(configured=status.configured, online=None, pending=status.waiting,
                      last_sync=_parse(status.last_sync), server=status.server_url,
                      problems=status.problems)
