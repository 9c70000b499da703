"""Turning what a user types into a fast, safe FTS5 query."""

from __future__ import annotations

import re
import unicodedata

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)

# Longest prefix with its own FTS5 prefix index (migration 0004).
INDEXED_PREFIX = 7


def fold(text: str) -> str:
    """Case and diacritics folded like FTS5's unicode61 tokenizer (remove_diacritics 2)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fts_query(user_text: str) -> tuple[str, str] | None:
    """What a user typed -> (safe FTS5 MATCH expression, folded words to confirm).

    Every word is a quoted prefix. Words longer than the longest prefix index are matched on
    their indexed prefix and confirmed by `trepart_contains` on the candidates only: otherwise
    FTS5 would merge the doclists of every term with that prefix before returning one row.
    """
    tokens = _TOKEN_RE.findall(user_text)
    if not tokens:
        return None
    match = " ".join(f'"{t[:INDEXED_PREFIX]}"*' for t in tokens)
    confirm = " ".join(fold(t) for t in tokens if len(t) > INDEXED_PREFIX)
    return match, confirm


def contains_all(body: str | None, words: str) -> bool:
    if not words:
        return True
    folded = fold(body or "")
    # A word must start where the text's word starts, as an FTS5 prefix query would.
    return all(re.search(r"(?<!\w)" + re.escape(w), folded) for w in words.split(" "))
