"""Server data at rest: CPR numbers, health-marked fields and files are stored AES-GCM encrypted.

The catalogue says which fields they are (FieldSpec.health, and `cpr`); a conflict record about
one of them carries its texts encrypted too. Values are encrypted as the data layer writes a
row and decrypted as it reads one (sync.server.store), so merge, policy and redaction work on
the values exactly as before, and a database dump or backup holds none of them in clear. The
server never searches or compares these fields in SQL (they are compared in memory, after
decryption), so nothing needs a deterministic encryption.

Keys live outside the database, in a key file (TREPART_SERVER_FIELD_KEY_FILE, by default
`trepart-server.keys` in the data folder), created 0600 on first need:
    {"current": "<key id>", "keys": {"<key id>": "<base64 of 32 bytes>", ...}}
A stored value is the text "enc1:<key id>:<base64 of nonce | ciphertext+tag>"; the associated
data binds it to its record type, record id and field, so a value copied to another row or field
does not decrypt. `trepart-server keys rotate` adds a key, makes it current and re-encrypts every
value under it; `keys retire` removes keys no value uses any more (after the workers were
restarted on the new file).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
import time
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pydantic_core
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Engine

from sync.protocol.catalogue import CATALOGUE

PREFIX = "enc1:"
KEY_FILE_NAME = "trepart-server.keys"

# Files: the server cannot know what a scan holds (a lægeerklæring may be attached before it is
# marked, and its name alone can say what it is), so every attachment's name and description and
# every chunk's bytes are encrypted, marked or not.
_FILE_FIELDS = {"attachment": ("filename", "description"), "attachment_chunk": ("data",)}

# Record type -> its encrypted fields.
SENSITIVE: dict[str, frozenset[str]] = {
    rt.name: frozenset(
        [f.name for f in rt.fields if f.health or f.name == "cpr"]
        + [name for name in _FILE_FIELDS.get(rt.name, ()) if rt.has_field(name)]
    )
    for rt in CATALOGUE.values()
}
_CONFLICT_TEXTS = ("base", "kept", "other")


MSG_TAMPERED = "Et krypteret felt kan ikke dekrypteres (ændret eller flyttet)."


class FieldKeyError(Exception):
    """The key file is missing, unreadable, or lacks the key a value was encrypted with."""


# Record types that can hold an encrypted value at all (a conflict: about such a field).
_MAY_HOLD = frozenset(name for name, fields in SENSITIVE.items() if fields) | {"conflict"}


def sensitive_fields(record_type: str, values: dict[str, Any]) -> Iterable[str]:
    if record_type == "conflict":
        about = SENSITIVE.get(str(values.get("record_type")), frozenset())
        if values.get("field") in about:
            return _CONFLICT_TEXTS
        return ()
    return SENSITIVE.get(record_type, frozenset())


class FieldCipher:
    """The keys of one key file, loaded lazily (a command that touches no such value never
    creates the file) and reloaded when a value names a key it does not know yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._keys: dict[str, AESGCM] = {}
        self._current: str | None = None

    # -- the key file
    def _load(self, *, create: bool) -> None:
        with self._lock:
            if not self.path.exists():
                if not create:
                    raise FieldKeyError(
                        f"Nøglefilen {self.path} findes ikke: krypterede felter kan ikke læses."
                    )
                _write_key_file(self.path, {"current": None, "keys": {}}, new_key=True)
            try:
                data = json.loads(self.path.read_text("utf-8"))
                keys = {kid: base64.b64decode(k) for kid, k in data["keys"].items()}
                current = data["current"]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise FieldKeyError(f"Nøglefilen {self.path} kan ikke læses.") from exc
            if current not in keys or any(len(k) != 32 for k in keys.values()):
                raise FieldKeyError(f"Nøglefilen {self.path} er ugyldig.")
            self._keys = {kid: AESGCM(k) for kid, k in keys.items()}
            self._current = current

    def reload(self) -> None:
        self._load(create=False)

    @property
    def current(self) -> str:
        if self._current is None:
            self._load(create=True)
        assert self._current is not None
        return self._current

    # -- values
    def encrypt(self, value: Any, *, aad: str) -> str:
        kid = self.current
        nonce = secrets.token_bytes(12)
        plain = pydantic_core.to_json(value)
        sealed = self._keys[kid].encrypt(nonce, plain, aad.encode("utf-8"))
        return f"{PREFIX}{kid}:{base64.b64encode(nonce + sealed).decode('ascii')}"

    def decrypt(self, stored: str, *, aad: str) -> Any:
        try:
            kid, blob = stored[len(PREFIX):].split(":", 1)
        except ValueError as exc:
            raise FieldKeyError("Et krypteret felt er ødelagt.") from exc
        if kid not in self._keys:
            self._load(create=False)
            if kid not in self._keys:
                raise FieldKeyError(f"Nøglen {kid} mangler i nøglefilen {self.path}.")
        raw = base64.b64decode(blob)
        try:
            plain = self._keys[kid].decrypt(raw[:12], raw[12:], aad.encode("utf-8"))
        except InvalidTag as exc:
            raise FieldKeyError(MSG_TAMPERED) from exc
        return pydantic_core.from_json(plain)

    @staticmethod
    def key_id_of(stored: Any) -> str | None:
        if isinstance(stored, str) and stored.startswith(PREFIX):
            return stored[len(PREFIX):].split(":", 1)[0]
        return None

    # -- rows
    def seal(self, record_type: str, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """`values` with its sensitive fields encrypted (a copy; None stays None)."""
        if record_type not in _MAY_HOLD:
            return values
        names = [n for n in sensitive_fields(record_type, values) if values.get(n) is not None]
        if not names:
            return values
        out = dict(values)
        for name in names:
            if not (isinstance(out[name], str) and out[name].startswith(PREFIX)):
                out[name] = self.encrypt(out[name], aad=f"{record_type}:{record_id}:{name}")
        return out

    def open(self, record_type: str, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
        if record_type not in _MAY_HOLD:
            return values
        names = [
            n for n in sensitive_fields(record_type, values)
            if isinstance(values.get(n), str) and values[n].startswith(PREFIX)
        ]
        if not names:
            return values
        out = dict(values)
        for name in names:
            out[name] = self.decrypt(out[name], aad=f"{record_type}:{record_id}:{name}")
        return out

    # -- rotation
    def rotate(self) -> str:
        """Add a new key and make it current (old keys stay, for values not re-encrypted yet)."""
        self.current  # noqa: B018 - loads (or creates) the file first
        with self._lock:
            data = _read_key_file(self.path)
            kid = time.strftime("k%Y%m%d%H%M%S", time.gmtime()) + secrets.token_hex(2)
            data["keys"][kid] = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            data["current"] = kid
            _write_key_file(self.path, data)
        self._load(create=False)
        return kid

    def retire(self, keep: set[str]) -> list[str]:
        """Remove every key but the current one and those in `keep`; returns the removed ids."""
        self.current  # noqa: B018
        with self._lock:
            data = _read_key_file(self.path)
            gone = [k for k in data["keys"] if k != data["current"] and k not in keep]
            for k in gone:
                del data["keys"][k]
            _write_key_file(self.path, data)
        self._load(create=False)
        return gone

    def key_ids(self) -> list[str]:
        self.current  # noqa: B018
        return sorted(self._keys)


def _read_key_file(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text("utf-8")))


def _write_key_file(path: Path, data: dict[str, Any], *, new_key: bool = False) -> None:
    """Written 0600 beside itself and renamed into place, so a crash leaves the old file."""
    if new_key:
        kid = time.strftime("k%Y%m%d%H%M%S", time.gmtime()) + secrets.token_hex(2)
        data = {"current": kid, "keys": {kid: base64.b64encode(secrets.token_bytes(32)).decode()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        os.write(fd, json.dumps(data, indent=2).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


# Engine -> its cipher (an execution_options() copy of an engine is looked up as its base;
# not the pool, which dispose() replaces).
_CIPHERS: weakref.WeakKeyDictionary[Engine, FieldCipher] = weakref.WeakKeyDictionary()


def attach(engine: Engine, cipher: FieldCipher) -> None:
    _CIPHERS[engine] = cipher


def cipher_for(conn: Connection | Engine) -> FieldCipher:
    engine: Any = conn.engine if isinstance(conn, Connection) else conn
    while engine not in _CIPHERS and getattr(engine, "_proxied", None) is not None:
        engine = engine._proxied
    cipher = _CIPHERS.get(engine)
    if cipher is None:
        raise FieldKeyError("Databasen er åbnet uden nøglefil (sync.server.db.make_engine).")
    return cipher
