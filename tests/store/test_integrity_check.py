"""integrity_check on a flipped page keeps SQLCipher's HMAC finding, whatever page it is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.services import demo
from desktop.store import Store
from desktop.store.engine import PAGE_SIZE
from desktop.store.errors import DatabaseDamaged


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> tuple[bytes, bytes]:
    key = os.urandom(32)
    path = tmp_path_factory.mktemp("integrity") / "trepart.db"
    store = Store.open(path, key, create=True)
    store.set_identity(username="test.konsulent", role="consultant", team="Team Test")
    demo.generate(store, cases=4, meetings_per_case=6)
    store.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists() or Path(f"{path}{suffix}").stat().st_size == 0
    return key, path.read_bytes()


def test_every_interior_page_flip_is_reported_with_its_page_number(database, tmp_path):
    key, original = database
    pages = len(original) // PAGE_SIZE
    assert pages > 20
    path = tmp_path / "trepart.db"
    reported = 0
    for page in range(2, pages + 1):
        data = bytearray(original)
        data[(page - 1) * PAGE_SIZE + 300] ^= 0x01
        path.write_bytes(bytes(data))
        try:
            store = Store.open(path, key, read_only=True)
        except DatabaseDamaged:
            continue  # the schema's own pages: refused on opening, which is also a report
        try:
            problems = store.integrity_check()  # never "SQL logic error" instead of the finding
        finally:
            store.close()
        assert f"HMAC verification failed for page {page}" in problems, (page, problems[:3])
        reported += 1
        assert path.read_bytes() == bytes(data)
    assert reported > pages // 2
