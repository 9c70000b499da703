"""`trepart-server keys status | rotate | retire`: the field keys of sync.server.atrest.

Rotating adds a key, makes it current and re-encrypts every stored CPR number and health-marked
value under it (also any value stored in clear before this version), page by page, each page in
its own short transaction. A row a push rewrites meanwhile is left to that push (its worker
encrypts with the key it has loaded); `status` shows what each key still protects, and `retire`
removes old keys only once no value uses them, so a running worker is never left unable to read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Engine, bindparam, select, update

from sync.server import atrest
from sync.server import models as m
from sync.server.db import read_transaction, write_transaction

PAGE = 500
CLEAR = "klar tekst"

_TYPES = sorted({"conflict", *(t for t, names in atrest.SENSITIVE.items() if names)})

_REWRITE = (
    update(m.records)
    .where(
        m.records.c.record_type == bindparam("k_type"),
        m.records.c.record_id == bindparam("k_id"),
        m.records.c.seq == bindparam("k_seq"),
    )
    .values(values=bindparam("v", type_=m.JsonType))
)


def usage(engine: Engine) -> Counter[str]:
    """How many stored values each key protects (CLEAR: stored in clear)."""
    out: Counter[str] = Counter()
    rc = m.records.c
    with read_transaction(engine) as conn:
        stmt = select(rc.record_type, rc["values"]).where(rc.record_type.in_(_TYPES))
        for rtype, values in conn.execute(stmt):
            values = values or {}
            for name in atrest.sensitive_fields(rtype, values):
                value = values.get(name)
                if value is None:
                    continue
                out[atrest.FieldCipher.key_id_of(value) or CLEAR] += 1
    return out


@dataclass(frozen=True, slots=True)
class Rotated:
    key_id: str
    rewritten: int
    skipped: int  # rows a push rewrote meanwhile


def rotate(engine: Engine) -> Rotated:
    cipher = atrest.cipher_for(engine)
    kid = cipher.rotate()
    return _reencrypt(engine, kid, only_clear=False)


def seal_clear(engine: Engine) -> Rotated:
    """Encrypt what an older version stored in clear (run by `trepart-server migrate`)."""
    cipher = atrest.cipher_for(engine)
    if not usage(engine).get(CLEAR):
        return Rotated(key_id="", rewritten=0, skipped=0)
    return _reencrypt(engine, cipher.current, only_clear=True)


def _reencrypt(engine: Engine, kid: str, *, only_clear: bool) -> Rotated:
    cipher = atrest.cipher_for(engine)
    rewritten = skipped = 0
    last = 0
    rc = m.records.c
    while True:
        with write_transaction(engine) as conn:
            page = conn.execute(
                select(rc.record_type, rc.record_id, rc.seq, rc["values"])
                .where(rc.record_type.in_(_TYPES), rc.seq > last)
                .order_by(rc.seq)
                .limit(PAGE)
            ).all()
            if not page:
                break
            last = page[-1][2]
            params = []
            for rtype, rid, seq, stored in page:
                stored = stored or {}
                names = [
                    n for n in atrest.sensitive_fields(rtype, stored) if stored.get(n) is not None
                ]
                held = [atrest.FieldCipher.key_id_of(stored[n]) for n in names]
                if not names or all(k == kid for k in held):
                    continue
                if only_clear and all(k is not None for k in held):
                    continue
                plain = cipher.open(rtype, rid, stored)
                params.append({
                    "k_type": rtype, "k_id": rid, "k_seq": seq,
                    "v": cipher.seal(rtype, rid, plain),
                })
            for p in params:
                # The values are the same: the seq stays, so no device is sent anything.
                if conn.execute(_REWRITE, p).rowcount:
                    rewritten += 1
                else:
                    skipped += 1
    return Rotated(key_id=kid, rewritten=rewritten, skipped=skipped)


def retire(engine: Engine) -> list[str]:
    """Remove the keys no stored value uses; refuses nothing, removes only what is safe."""
    cipher = atrest.cipher_for(engine)
    used = {k for k in usage(engine) if k != CLEAR}
    return cipher.retire(keep=used)
