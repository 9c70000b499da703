"""Decrypt every page of a SQLCipher 4 vault file and of its WAL, free pages included.

Grepping the raw (encrypted) file proves nothing; these plaintext pages are what a person with
the key could read. SQLCipher 4 with a raw key: each page is AES-256-CBC under the key itself,
with the page's 16-byte IV followed by its 64-byte HMAC in the last 80 bytes (the reserve).
Page 1 starts with the file's 16-byte salt, which is not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16 IV + 64 HMAC-SHA512
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(raw: bytes, key: bytes, *, first: bool) -> bytes:
    assert len(raw) == PAGE
    start = 16 if first else 0
    iv = raw[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = raw[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(db: Path, key: bytes) -> list[bytes]:
    """Every page of `db` and of `db-wal` (each frame), decrypted."""
    pages: list[bytes] = []
    data = db.read_bytes()
    assert len(data) % PAGE == 0
    for n in range(len(data) // PAGE):
        pages.append(decrypt_page(data[n * PAGE : (n + 1) * PAGE], key, first=n == 0))
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        blob = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(blob):
            page_no = int.from_bytes(blob[offset : offset + 4], "big")
            raw = blob[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            pages.append(decrypt_page(raw, key, first=page_no == 1))
            offset += FRAME_HEADER + PAGE
    return pages


def found_in_vault(db: Path, key: bytes, needles: list[str]) -> list[str]:
    """Which of `needles` (UTF-8, and folded as the search index stores them) occur anywhere."""
    pages = plaintext_pages(db, key)
    blob = b"".join(pages)
    return [n for n in needles if n.encode("utf-8") in blob]


def assert_decrypts(db: Path, key: bytes) -> None:
    """The decryption is right: page 1 reads as an SQLite header."""
    first = plaintext_pages(db, key)[0]
    # Page 1 plaintext lacks the 16-byte magic (the salt took its place): bytes 16.. of a
    # normal header, page size at offset 16 of the header = offset 0 here.
    assert int.from_bytes(first[0:2], "big") in (PAGE, 1), "page 1 did not decrypt"
