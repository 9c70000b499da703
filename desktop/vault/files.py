"""Files that hold personal data or keys are the owner's alone (0600), whatever the umask.

Modes are set with fchmod on the open descriptor, which the umask does not touch, before a
single byte is written. SQLite gives a database's -wal and -shm files the database file's own
mode, so a trepart.db made here keeps its companions private too.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600
_BINARY = getattr(os, "O_BINARY", 0)


def _restrict(fd: int) -> None:
    if os.name == "posix":
        os.fchmod(fd, PRIVATE_MODE)


def write_private(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path``, readable by its owner only; ``exclusive`` refuses an old file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY
    if exclusive:
        flags |= os.O_EXCL
    fd = os.open(path, flags, PRIVATE_MODE)
    try:
        _restrict(fd)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def ensure_private(path: Path, *, create: bool = False) -> None:
    """Make ``path`` owner-only; with ``create``, make it (empty) first if it is missing."""
    if not create and not path.exists():
        return
    fd = os.open(path, (os.O_RDWR | os.O_CREAT if create else os.O_RDONLY) | _BINARY, PRIVATE_MODE)
    try:
        _restrict(fd)
    finally:
        os.close(fd)
