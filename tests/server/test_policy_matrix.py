"""The authorization matrix: every role x record type x field class x push / pull / delete.

Field classes come from the catalogue: frozen (content of signable documents), health (GDPR
art. 9) and mentor-hidden (CPR, address, target group). Each cell states its expected outcome;
the matrix runs per user on a fresh scenario, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

import pytest

from sync.protocol.catalogue import CATALOGUE, FieldSpec, FieldType, MergeKind, RecordType
from sync.protocol.ids import uuid7
from tests.server.helpers import Scenario
from tests.server.test_policy import EXPECTED_PULL, EXPECTED_PUSH

USERS = sorted(EXPECTED_PULL)
MENTORS = {"mo", "mia"}
FIELD_CLASSES = ("frozen", "health", "hidden")
APPEND_ONLY = {name for name, rt in CATALOGUE.items() if rt.append_only}

# Values that are valid for a field of each type (fields named here get their own).
_BY_TYPE: dict[FieldType, Any] = {
    FieldType.STR: "Ændret", FieldType.TEXT: "Ændret tekst", FieldType.INT: 2,
    FieldType.FLOAT: 12.5, FieldType.BOOL: True, FieldType.DATE: "2026-04-01",
    FieldType.DATETIME: "2026-04-01T10:00:00+02:00",
}
# The case's group stays "projekt": a reference case refuses project data (questionnaires, the
# fast track) at push, and this matrix writes those on the same case afterwards.
_BY_NAME: dict[str, Any] = {"cpr": "020304-5678", "address": "Ny Vej 2", "group": "projekt"}


def _in_class(spec: FieldSpec, klass: str) -> bool:
    if klass == "frozen":
        return spec.merge is MergeKind.FROZEN
    if klass == "health":
        return spec.health
    return not spec.mentor_visible and not spec.health


def representative(rt: RecordType, klass: str) -> FieldSpec | None:
    """One field of the class on this type that takes a plain value (JSON fields have shapes
    of their own, tested with validation)."""
    for spec in rt.fields:
        if _in_class(spec, klass) and (spec.type in _BY_TYPE or spec.type is FieldType.ENUM):
            return spec
    return None


def value_for(spec: FieldSpec) -> Any:
    if spec.name in _BY_NAME:
        return _BY_NAME[spec.name]
    if spec.type is FieldType.ENUM:
        return spec.choices[-1]
    return _BY_TYPE[spec.type]


CELLS = [
    (rtype, klass, spec.name)
    for rtype, rt in sorted(CATALOGUE.items())
    for klass in FIELD_CLASSES
    if (spec := representative(rt, klass)) is not None
]


def test_every_field_class_is_covered() -> None:
    covered = {klass for _, klass, _ in CELLS}
    assert covered == set(FIELD_CLASSES)
    # Every type with a field of a class has a cell for it.
    for rtype, rt in CATALOGUE.items():
        for klass in FIELD_CLASSES:
            has = any(_in_class(f, klass) for f in rt.fields)
            assert has == any(c[:2] == (rtype, klass) for c in CELLS), (rtype, klass)


def expected_pull(user: str, rtype: str, klass: str) -> bool:
    """Does `user` receive this field of the scenario's record of `rtype`?"""
    if rtype not in EXPECTED_PULL[user]:
        return False
    return not (user in MENTORS and klass in ("health", "hidden"))


def expected_write(user: str, rtype: str, klass: str, name: str, *, signed: bool) -> str:
    """The outcome (status or refusal code) of `user` writing field `name` of the class."""
    if rtype not in EXPECTED_PUSH[user]:
        return "out_of_scope"
    if user in MENTORS and klass in ("health", "hidden"):
        return "out_of_scope"
    if signed and CATALOGUE[rtype].field(name).merge is MergeKind.FROZEN:
        return "frozen"  # a health note on a signed agreement is signed content too
    return "applied"


def expected_delete(user: str, rtype: str, *, signed: bool, own: bool) -> str:
    if rtype not in EXPECTED_PUSH[user] or rtype == "conflict" and user in MENTORS:
        return "out_of_scope"
    if user in MENTORS and not (own and rtype in ("meeting", "action_item")):
        return "out_of_scope"
    if rtype in APPEND_ONLY:
        return "append_only"
    if signed:
        return "frozen"
    return "applied"


def _outcome(result: dict[str, Any]) -> str:
    return "applied" if result["status"] == "applied" else str(result["code"])


def _signed_agreement(scenario: Scenario) -> str:
    kim = scenario.devices["kim"]
    doc = uuid7()
    kim.push_ok(kim.op(
        "agreement", doc, case_id=scenario.case_id, version=1, status="underskrevet",
        scheme="fleksjob", valid_from="2026-03-01", consent_to_share=True,
        health_notes="signeret helbred",
    ))
    return doc


@pytest.mark.parametrize("user", USERS)
def test_matrix(scenario: Scenario, user: str) -> None:
    signed_id = _signed_agreement(scenario)
    device = scenario.devices[user]
    record_of = {**scenario.ids, "conflict": scenario.conflict_visible}

    # pull: every record type x field class
    device.cursor = 0
    device.pull()
    for rtype, klass, name in CELLS:
        change = device.seen.get((rtype, record_of[rtype]))
        received = change is not None and name in change["values"]
        assert received == expected_pull(user, rtype, klass), ("pull", user, rtype, klass)
        if change is not None:
            assert name in change["clocks"] or not received

    # push: a write of every field class, on the drafts and on the signed agreement
    ops, cells = [], []
    for rtype, klass, name in CELLS:
        spec = CATALOGUE[rtype].field(name)
        ops.append(device.op(rtype, record_of[rtype], **{name: value_for(spec)}))
        cells.append((rtype, klass, name, False))
        if rtype == "agreement":
            ops.append(device.op(rtype, signed_id, **{name: value_for(spec)}))
            cells.append((rtype, klass, name, True))
    for (rtype, klass, name, signed), result in zip(cells, device.push(*ops), strict=True):
        want = expected_write(user, rtype, klass, name, signed=signed)
        assert _outcome(result) == want, ("push", user, rtype, klass, signed, result)

    # delete: every record type (all written by the consultant), and the signed agreement
    targets = [(rtype, record_of[rtype], False) for rtype in sorted(CATALOGUE)]
    targets.append(("agreement", signed_id, True))
    results = device.push(*(device.op(t, rid, deleted=True) for t, rid, _ in targets))
    for (rtype, _, signed), result in zip(targets, results, strict=True):
        want = expected_delete(user, rtype, signed=signed, own=False)
        assert _outcome(result) == want, ("delete", user, rtype, signed, result)


def test_mentor_deletes_only_what_they_wrote(scenario: Scenario) -> None:
    mo, kim = scenario.devices["mo"], scenario.devices["kim"]
    meeting, item = uuid7(), uuid7()
    mo.push_ok(
        mo.op("meeting", meeting, case_id=scenario.case_id, kind="opfoelgning",
              starts_at="2026-03-01T10:00:00+01:00"),
        mo.op("action_item", item, case_id=scenario.case_id, what="Ring", owner="mentor"),
    )
    theirs = mo.push(
        mo.op("meeting", scenario.ids["meeting"], deleted=True),
        mo.op("action_item", scenario.ids["action_item"], deleted=True),
    )
    assert [_outcome(r) for r in theirs] == ["out_of_scope", "out_of_scope"]
    own = mo.push(mo.op("meeting", meeting, deleted=True), mo.op("action_item", item, deleted=True))
    assert [_outcome(r) for r in own] == ["applied", "applied"]
    assert all(expected_delete("mo", t, signed=False, own=True) == "applied"
               for t in ("meeting", "action_item"))
    # The consultant's records are untouched; the mentor's own are gone for everyone.
    kim.pull()
    assert kim.seen[("meeting", scenario.ids["meeting"])]["deleted"] is False
    assert kim.seen[("meeting", meeting)]["deleted"] is True
    assert kim.seen[("action_item", item)]["deleted"] is True
    # Nor may a mentor bring back what the consultant deleted.
    kim.push_ok(kim.op("action_item", scenario.ids["action_item"], deleted=True))
    mo.pull()
    back = mo.push(mo.op("action_item", scenario.ids["action_item"], deleted=False))
    assert _outcome(back[0]) == "out_of_scope"
