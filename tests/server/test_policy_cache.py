"""policy.can_read_party's answers are kept per request in DbFacts, and forgotten as soon as a
case or party changes within that request (a push that moves a case sees the new answer)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.protocol.wire import Operation
from sync.server import policy
from sync.server import push as push_service
from sync.server.db import read_transaction
from sync.server.policy import CaseInfo, Principal
from sync.server.store import DbFacts

T1 = Principal(user_id=uuid7(), username="k1", role=Role.CONSULTANT, team="t1")
T2 = Principal(user_id=uuid7(), username="k2", role=Role.CONSULTANT, team="t2")


def _op(clock: HybridClock, rt: str, rid: str, **values: Any) -> Operation:
    return Operation.model_validate({
        "op_id": uuid7(), "record_type": rt, "record_id": rid,
        "fields": {k: {"value": v, "hlc": str(clock.now())} for k, v in values.items()},
    })


@pytest.fixture
def citizen(engine: Engine) -> str:
    clock = HybridClock("dev")
    cid, case_id = uuid7(), uuid7()
    results = push_service.push(engine=engine, principal=T1, clock=HybridClock("server"), ops=[
        _op(clock, "citizen", cid, name="Borger"),
        _op(clock, "case", case_id, citizen_id=cid, team="t1", scheme="fleksjob", status="aktiv"),
    ]).results
    assert [r.status.value for r in results] == ["applied", "applied"]
    return cid


def test_asked_many_times_looked_up_once(engine: Engine, citizen: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with read_transaction(engine) as conn:
        facts = DbFacts(conn, with_mentors=False)
        calls = []
        real = facts.cases_referencing
        monkeypatch.setattr(facts, "cases_referencing",
                            lambda kind, pid: calls.append(pid) or real(kind, pid))
        answers = {policy.can_read_party(T1, "citizen", citizen, facts) for _ in range(50)}
        other = {policy.can_read_party(T2, "citizen", citizen, facts) for _ in range(50)}
    assert answers == {True} and other == {False}
    assert calls == [citizen, citizen]  # once per principal


def test_forgotten_when_a_case_changes(engine: Engine, citizen: str) -> None:
    with read_transaction(engine) as conn:
        facts = DbFacts(conn, with_mentors=False)
        assert not policy.can_read_party(T2, "citizen", citizen, facts)
        # Within the same request, a case of team t2 now refers to the citizen.
        facts.put_case(CaseInfo(case_id=uuid7(), team="t2", consultant="k2",
                                citizen_id=citizen, company_id=None, mentors=frozenset()))
        assert policy.can_read_party(T2, "citizen", citizen, facts)


def test_forgotten_when_a_party_changes(engine: Engine) -> None:
    with read_transaction(engine) as conn:
        facts = DbFacts(conn, with_mentors=False)
        cid = uuid7()
        assert not policy.can_read_party(T1, "citizen", cid, facts)  # not there yet
        facts.put_party(policy.RowView(record_type="citizen", record_id=cid, case_id=None,
                                       parent_id=None, owner_team="t1", created_by="k1",
                                       values={"name": "Ny"}))
        assert policy.can_read_party(T1, "citizen", cid, facts)
