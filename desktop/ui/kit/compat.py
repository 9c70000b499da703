"""Work-around for a bug in the Qt bindings, detected at run time rather than assumed.

PySide6 6.12.0 on CPython 3.11: calls that return `None` (every void C++ method: setText,
setObjectName, processEvents, ...), `Signal.emit()` (returns `True`) and Python overrides
returning `None` to C++ (a model's `data()` for an unused role) drop a reference to the
interpreter's `None`/`True` singletons without having taken one. After some thousands of calls
CPython aborts with "Fatal Python error: none_dealloc" (or bool_dealloc). PySide6 6.11.3 does
not do this, and on CPython 3.12+ these singletons are immortal, so the bug is harmless there.

When (and only when) the installed bindings are measured to leak, we do what CPython 3.12 does:
give `None`, `True` and `False` a reference count no leak can use up. These objects are
statically allocated and are never freed, so nothing else changes. The real fix is a PySide6
release without the leak (or pinning PySide6-Essentials below 6.12).
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

# 2**40 references: at a million leaked references a second, 12 days of use.
IMMORTAL_REFERENCES = 1 << 40
PROBE_CALLS = 64




def bindings_leak_none() -> bool:
    """Do void calls of the installed PySide6 take references from None?"""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= PROBE_CALLS


def _immortalise(obj: object) -> None:
    # ob_refcnt is the first field of every CPython object, at the address id() returns.
    ctypes.c_ssize_t.from_address(id(obj)).value += IMMORTAL_REFERENCES


def protect_singletons() -> bool:
    """Apply the work-around if needed; True when it was applied."""
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    if not bindings_leak_none():
        return False
    for singleton in (None, True, False):
        _immortalise(singleton)
    log.info("PySide6 leaks references to None/True/False: singletons protected")
    return True


PROTECTED = protect_singletons()
