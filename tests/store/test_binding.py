"""Issue 16: None and bytes are bound by the vault's driver without its slow failing adapter
lookup, and still as NULL and BLOB, the same values as before."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from desktop.store import engine


def test_none_and_bytes_are_found_in_the_adapter_registry():
    # Registered by desktop.store.engine (imported above), which every store's connection
    # comes from. Without it, sqlcipher3's lookup fails ("can't adapt") and every bound None
    # or bytes value pays for the failure.
    assert sqlcipher3.adapt(None) is None
    blob = os.urandom(16)
    assert sqlcipher3.adapt(blob) is blob


def test_values_bind_as_before(tmp_path: Path):
    conn = engine.connect_raw(tmp_path / "v.db", os.urandom(32), create=True)
    try:
        conn.execute("CREATE TABLE t (a, b, c, d, e)")
        blob = bytes(range(256))
        rows = [(None, blob, 1, 2.5, "tekst æøå"), (None, b"", True, None, "")]
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
        conn.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows[0])
        got = conn.execute(
            "SELECT a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d), e FROM t ORDER BY rowid"
        ).fetchall()
    finally:
        conn.close()
    assert got == [
        (None, "null", blob, "blob", 1, "integer", 2.5, "real", "tekst æøå"),
        (None, "null", b"", "blob", 1, "integer", None, "null", ""),
        (None, "null", blob, "blob", 1, "integer", 2.5, "real", "tekst æøå"),
    ]
