"""The frozen field set is one list (sync.protocol.catalogue.FROZEN_FIELDS): the vault's triggers,
the device's own save check and the server's merge all use exactly it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.domain.lifecycle import FrozenDocumentError
from desktop.domain.records import Accommodation, Agreement, Case, Citizen
from desktop.store.schema import frozen_trigger_sql
from sync.protocol.catalogue import CATALOGUE, DOCUMENT_HEAD_FROZEN, FROZEN_FIELDS, MergeKind
from sync.protocol.ids import uuid7
from sync.protocol.merge import apply_writes

FIELD = re.compile(r'old\."(\w+)" IS NOT new\."\1"')


def _trigger(store, table: str) -> str:
    with store.read() as conn:
        return conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (f"{table}_frozen",),
        ).scalar_one()


def test_one_list_covers_head_and_every_content_field() -> None:
    assert set(FROZEN_FIELDS) == {rt.name for rt in CATALOGUE.values() if rt.signable}
    for name, fields in FROZEN_FIELDS.items():
        rt = CATALOGUE[name]
        content = {f.name for f in rt.fields if f.merge is MergeKind.FROZEN}
        assert set(fields) == content | set(DOCUMENT_HEAD_FROZEN)
        assert {"version", "supersedes_id", "case_id"} <= set(fields)
        assert "status" not in fields  # signed -> superseded stays possible
        assert len(fields) == len(set(fields))


@pytest.mark.parametrize("record_type", sorted(FROZEN_FIELDS))
def test_vault_trigger_is_generated_from_the_catalogue_list(store, record_type: str) -> None:
    sql = _trigger(store, CATALOGUE[record_type].table)
    assert set(FIELD.findall(sql)) == set(FROZEN_FIELDS[record_type])
    assert sql == frozen_trigger_sql(record_type)


@pytest.mark.parametrize("record_type", sorted(FROZEN_FIELDS))
def test_server_merge_freezes_exactly_the_catalogue_list(record_type: str) -> None:
    """Every field of the list is refused on a signed document; every other field is not."""
    rt = CATALOGUE[record_type]
    signed = {"status": "underskrevet"}
    clocks = {"status": "001796164512292:00000:dev"}
    stamp = "001796164512293:00000:dev"
    frozen_by_merge = set()
    for spec in rt.fields:
        if spec.name == "status":
            continue
        out = apply_writes(rt, dict(signed), dict(clocks), {spec.name: ("ændret", stamp, None)})
        if out.refusal == "frozen":
            frozen_by_merge.add(spec.name)
    assert frozen_by_merge == set(FROZEN_FIELDS[record_type])


@pytest.mark.parametrize("field", sorted(set(FROZEN_FIELDS["agreement"]) - {"case_id"}))
def test_the_device_refuses_a_change_to_every_field_of_the_list(store, field: str) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test"))
    signed = store.save(Agreement(id=uuid7(), case_id=case.id, status="underskrevet",
                                  valid_from=dt.date(2026, 3, 1)))
    spec = CATALOGUE["agreement"].field(field)
    other: object = {
        "version": 2, "supersedes_id": uuid7(), "parties": {"borger": {"name": "Ny"}},
        "scheme": "loentilskud", "weekday_hours": {"man": 4.0}, "accommodations": [],
        "consent_to_share": True, "valid_from": dt.date(2026, 4, 1),
        "valid_to": dt.date(2026, 4, 1), "review_date": dt.date(2026, 4, 1),
    }.get(field, 3.5 if spec.type.value == "float" else "Ny")
    if field == "accommodations":
        other = [Accommodation("andet", "Ny", "")]
    with pytest.raises(FrozenDocumentError):
        store.save(signed.replace(**{field: other}))
