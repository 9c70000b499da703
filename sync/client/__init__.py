"""The device side of sync: an engine that pushes the outbox and pulls changes, over a transport.

The engine works against two Protocols (LocalStore, Transport), so tests can run it against an
in-process server and the desktop plugs in its encrypted store. Never imports `desktop` or Qt.
"""

from sync.client.engine import LocalStore, SyncEngine, SyncProgress, SyncReport
from sync.client.transport import (
    AuthFailed,
    DeviceRevoked,
    HttpTransport,
    InvalidServerUrl,
    ServerTimedOut,
    ServerUnavailable,
    SyncCancelled,
    SyncError,
    Transport,
    login,
)

__all__ = [
    "AuthFailed",
    "DeviceRevoked",
    "HttpTransport",
    "InvalidServerUrl",
    "LocalStore",
    "ServerTimedOut",
    "ServerUnavailable",
    "SyncCancelled",
    "SyncEngine",
    "SyncError",
    "SyncProgress",
    "SyncReport",
    "Transport",
    "login",
]
