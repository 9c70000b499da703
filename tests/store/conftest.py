import os
from pathlib import Path

import pytest

from desktop.store import Store


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def store(tmp_path: Path, key: bytes):
    s = Store.open(tmp_path / "trepart.db", key, create=True)
    s.set_identity(username="test.konsulent", role="consultant", team="Team Test")
    yield s
    s.close()
