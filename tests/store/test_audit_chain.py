"""The device's audit log is a hash chain: a changed, removed or inserted entry is found."""

from __future__ import annotations

from desktop.domain.records import Citizen
from desktop.store.store import AUDIT_CHAIN_HEAD
from sync.protocol import audit_chain
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import AuditAction


def _write_some(store) -> list[str]:
    citizen = store.save(Citizen(id=uuid7(), name="Testa Testesen"))
    store.audit(AuditAction.VIEW, record_type="citizen", record_id=citizen.id)
    store.audit(AuditAction.PRINT, record_type="citizen", record_id=citizen.id, detail="kopi")
    store.audit(AuditAction.EXPORT, detail="pseudonymiseret")
    return _chain_order(store)


def _chain_order(store) -> list[str]:
    by_hash = {e.hash: e for e in store.audit_log()}
    order, cursor = [], store.get_state(AUDIT_CHAIN_HEAD)
    while cursor is not None:
        order.append(by_hash[cursor].id)
        cursor = by_hash[cursor].prev_hash
    assert len(order) == len(by_hash) == 4
    return order[::-1]


def _tamper(store, sql: str, params: dict) -> None:
    # Whoever holds the database key can drop the append-only triggers: the chain still tells.
    with store.write() as conn:
        conn.exec_driver_sql('DROP TRIGGER "audit_entry_append_only_update"')
        conn.exec_driver_sql('DROP TRIGGER "audit_entry_append_only_delete"')
        conn.exec_driver_sql(sql, params)


def test_every_entry_links_to_the_one_before(store):
    ids = _write_some(store)
    entries = {e.id: e for e in store.audit_log()}
    chain = [entries[i] for i in ids]
    assert chain[0].prev_hash is None
    for before, after in zip(chain, chain[1:], strict=False):
        assert after.prev_hash == before.hash
    assert store.get_state(AUDIT_CHAIN_HEAD) == chain[-1].hash
    assert store.audit_chain_breaks() == []


def test_a_changed_entry_breaks_the_chain(store):
    ids = _write_some(store)
    _tamper(store, "UPDATE audit_entry SET detail = 'intet' WHERE id = :id", {"id": ids[2]})
    breaks = store.audit_chain_breaks()
    assert [(b.entry_id, b.reason) for b in breaks] == [(ids[2], audit_chain.MSG_HASH)]


def test_a_removed_entry_breaks_the_chain(store):
    ids = _write_some(store)
    _tamper(store, "DELETE FROM audit_entry WHERE id = :id", {"id": ids[1]})
    breaks = store.audit_chain_breaks()
    assert breaks and all(b.reason == audit_chain.MSG_LINK for b in breaks)
    assert ids[2] in {b.entry_id for b in breaks}


def test_a_removed_newest_entry_breaks_the_chain(store):
    ids = _write_some(store)
    _tamper(store, "DELETE FROM audit_entry WHERE id = :id", {"id": ids[-1]})
    assert [b.reason for b in store.audit_chain_breaks()] == [audit_chain.MSG_LINK]


def test_verify_goes_on_after_a_break():
    values = []
    head = None
    for n in range(3):
        v = {"at": f"2026-12-0{n + 1}T10:00:00+00:00", "username": "u", "action": "view",
             "prev_hash": head}
        entry_id = uuid7()
        v["hash"] = audit_chain.entry_hash(entry_id, v)
        head = v["hash"]
        values.append((entry_id, v))
    values[1][1]["detail"] = "ændret"
    breaks, new_head = audit_chain.verify(values, head=None)
    assert [b.entry_id for b in breaks] == [values[1][0]]
    assert new_head == head
