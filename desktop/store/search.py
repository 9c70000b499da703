"""Turning what a user types into a fast, safe FTS5 query."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

import sqlcipher3

# Runs of letters and digits; "_" is a word character to Python but separates words in FTS5.
_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
_PROBE_LOCK = threading.Lock()

# Longest prefix with its own FTS5 prefix index (migration 0004).
INDEXED_PREFIX = 7


def fold(text: str) -> str:
    """Case and diacritics folded like FTS5's unicode61 tokenizer (remove_diacritics 2)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _index_splits_at(ch: str) -> bool:
    """Does the index's tokenizer end a word at `ch`? Asked of FTS5 itself (an in-memory table
    with the index's tokenizer, nothing on disk), once per character and process: a few letters
    and digits (vowel signs of some scripts, letters newer than its tables) separate words there
    although Python counts them as letters, and a phrase would be refused (migration 0015)."""
    if ch.isascii():
        return False  # [^\W_] leaves ASCII letters and digits only, all word characters
    return _splits_at(ch)


@functools.cache
def _probe() -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(":memory:", check_same_thread=False)
    conn.execute(
        "CREATE VIRTUAL TABLE probe USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute("CREATE VIRTUAL TABLE probe_words USING fts5vocab(probe, instance)")
    return conn


@functools.lru_cache(maxsize=4096)
def _splits_at(ch: str) -> bool:
    with _PROBE_LOCK:
        probe = _probe()
        probe.execute("DELETE FROM probe")
        probe.execute("INSERT INTO probe(rowid, body) VALUES (1, ?)", (f"a{ch}b",))
        (words,) = probe.execute("SELECT count(*) FROM probe_words").fetchone()
        return bool(words != 1)


def index_words(user_text: str) -> list[str]:
    """What the user typed, as the words the index's tokenizer would make of it."""
    out: list[str] = []
    for run in _TOKEN_RE.findall(user_text):
        word = ""
        for ch in run:
            if _index_splits_at(ch):
                if word:
                    out.append(word)
                word = ""
            else:
                word += ch
        if word:
            out.append(word)
    return out


def fts_query(user_text: str) -> tuple[str, str] | None:
    """What a user typed -> (safe FTS5 MATCH expression, folded words to confirm).

    Every word is a quoted prefix. Words longer than the longest prefix index are matched on
    their indexed prefix and confirmed by `trepart_contains` on the candidates only: otherwise
    FTS5 would merge the doclists of every term with that prefix before returning one row.
    """
    tokens = index_words(user_text)
    if not tokens:
        return None
    match = " ".join(f'"{t[:INDEXED_PREFIX]}"*' for t in tokens)
    confirm = " ".join(fold(t) for t in tokens if len(t) > INDEXED_PREFIX)
    return match, confirm


def contains_all(body: str | None, words: str) -> bool:
    if not words:
        return True
    folded = fold(body or "")
    return all(_starts_a_word(folded, w) for w in words.split(" "))


def _starts_a_word(text: str, word: str) -> bool:
    """`word` occurs where one of the text's words starts, as an FTS5 prefix query matches."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _word_char(text[at - 1]):
            return True
        at = text.find(word, at + 1)
    return False


def _word_char(ch: str) -> bool:
    return _TOKEN_RE.match(ch) is not None and not _index_splits_at(ch)
