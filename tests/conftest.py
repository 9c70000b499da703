"""Shared test setup: Qt offscreen, fast KDF parameters, PostgreSQL discovery."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One server field-key file for the whole test run (sync.server.atrest), as a server and its
# admin commands share one in a deployment; never a file in the working directory.
os.environ.setdefault(
    "TREPART_SERVER_FIELD_KEY_FILE",
    os.path.join(tempfile.mkdtemp(prefix="trepart-keys-"), "trepart-server.keys"),
)

import pytest  # noqa: E402

# PySide6 6.12.0 on CPython 3.11 leaks references to None/True; desktop.ui.compat guards them and
# must run before any Qt code (see desktop/ui/compat.py).
import desktop.ui  # noqa: E402, F401

POSTGRES_URL = os.environ.get(
    "TREPART_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


_TRUE_WORDS = frozenset({"1", "true", "yes", "on", "y", "t"})


def is_ci(value: str | None = None) -> bool:
    """Whether we run under CI: any true-ish ``CI`` value (1, true, yes, on; any case) counts.

    ``value`` defaults to the environment's ``CI``; CI services set it to "true" or "1".
    """
    if value is None:
        value = os.environ.get("CI")
    return (value or "").strip().lower() in _TRUE_WORDS


def _postgres_available() -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    try:
        with psycopg.connect(POSTGRES_URL.replace("+psycopg", ""), connect_timeout=3):
            return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The PostgreSQL URL; skips locally, fails under CI (see is_ci), when no server answers."""
    if not _postgres_available():
        if is_ci():
            pytest.fail(f"PostgreSQL is required under CI but {POSTGRES_URL} does not answer")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL} (set TREPART_TEST_POSTGRES_URL)")
    return POSTGRES_URL


@pytest.fixture(autouse=True)
def _no_organisation_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads an organisation defaults file of the machine it runs on; the tests of that
    file point TREPART_ORGANISATION_FILE at their own and call organisation.reset()."""
    from desktop.services import organisation

    monkeypatch.setattr(organisation, "_current", organisation.Organisation())
