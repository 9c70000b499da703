"""The demo's consents (issue 18): a few citizens with agreements get a consent history."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import Consent
from desktop.services import consents, demo
from desktop.services.access import Viewer
from sync.protocol.vocabulary import ConsentKind


def test_demo_citizens_have_a_consent_history(store) -> None:
    demo.generate(store, cases=6, meetings_per_case=1, today=dt.date(2026, 12, 2))
    kinds = {c.kind for c in store.list(Consent)} - {None}
    assert ConsentKind.MENTOR_AGREEMENT.value in kinds
    viewer = Viewer("test.konsulent", "consultant", demo.TEAM)
    mentor_shared = [c for c in store.list(Consent)
                     if c.kind == ConsentKind.MENTOR_AGREEMENT.value]
    assert mentor_shared
    for c in mentor_shared:
        # Sharing with the mentor stays in force: the mentor's demo still has the agreements.
        assert not consents.withdrawn(store, citizen_id=c.citizen_id, kind=c.kind)
        assert consents.history(store, viewer=viewer, citizen_id=c.citizen_id)
    withdrawn = [c for c in store.list(Consent) if c.withdrawn]
    assert all(c.withdrawn_on is not None for c in withdrawn)
