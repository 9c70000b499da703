"""validation.canonical_uuid (a regular expression) accepts exactly the strings that are their
own canonical UUID text, str(uuid.UUID(s)) == s."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from sync.protocol.validation import canonical_uuid


def _reference(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


_HEXISH = st.text(alphabet="0123456789abcdefABCDEF-{}urn:x\n ", min_size=30, max_size=40)


@given(st.one_of(_HEXISH, st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()),
                 st.uuids().map(lambda u: u.hex), st.uuids().map(lambda u: f"{{{u}}}"),
                 st.uuids().map(lambda u: f"{u}\n"), st.text(max_size=40)))
def test_same_as_the_uuid_module(value: str) -> None:
    assert canonical_uuid(value) is _reference(value)


def test_examples() -> None:
    u = str(uuid.uuid4())
    assert canonical_uuid(u)
    assert not canonical_uuid(u.upper())
    assert not canonical_uuid(u.replace("-", ""))
    assert not canonical_uuid(f"urn:uuid:{u}")
    assert not canonical_uuid(u[:-1] + "\n")
    assert not canonical_uuid(u[:-1] + "٣")  # a non-ASCII digit
    assert not canonical_uuid(None)
