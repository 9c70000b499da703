"""One process at a time per data directory.

OS-level advisory locks (flock on POSIX, msvcrt.locking on Windows) rather than a pid file:
the kernel drops them when the holder dies, so a crash can never leave a stale lock behind.
The lock file itself is never deleted, because deleting a lock file while another process waits
on it lets two processes each lock a different inode.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from desktop.vault.errors import VaultInUse

logger = logging.getLogger(__name__)

LOCK_FILE_NAME = "trepart.lock"

# Lock files this process holds, so in-process helpers (recover_vault) can tell "held by us"
# from "held by another process".
_held_here: set[Path] = set()
_held_here_guard = threading.Lock()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        # msvcrt locks the byte range at the current position, which must be where we locked.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ProcessLock:
    """Exclusive, non-blocking lock on ``path``; raises VaultInUse when someone else holds it.

    flock locks belong to an open file, so a second ProcessLock on the same path in the same
    process is refused too, which is what we want for two Vault objects on one directory.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        # os.open makes the descriptor non-inheritable, so a child process (a PDF viewer, say)
        # cannot keep the lock alive after we exit.
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            logger.info("Lock %s is held by another process", self._path)
            raise VaultInUse(self._path.parent)
        self._fd = fd
        with _held_here_guard:
            _held_here.add(self._key())
        logger.debug("Acquired %s", self._path)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with _held_here_guard:
            _held_here.discard(self._key())
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        logger.debug("Released %s", self._path)

    def _key(self) -> Path:
        return self._path.resolve()


def held_by_this_process(path: Path) -> bool:
    with _held_here_guard:
        return path.resolve() in _held_here


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold ``path`` for a short critical section unless this process already holds it."""
    if held_by_this_process(path):
        yield
        return
    lock = ProcessLock(path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()
