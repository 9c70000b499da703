"""Search-as-you-type over cases: an in-memory word index of what the viewer may see.

Why not the store's FTS5 index alone: a short prefix such as "s" or a common word matches tens
of thousands of meetings in a vault with 100,000 of them, and mapping those back to cases took
0.1-3 s per keystroke. A word -> cases index answers any prefix in a few milliseconds.

The index holds, per case, the words of the catalogue's search fields (case, citizen, company,
meetings, action items) that the viewer may read; fields hidden from mentors are never read for
a restricted viewer, and jobcenter staff can also find a citizen by CPR number. It is built in
chunks on the database worker after unlocking, kept current from the Changes of each save, and
dropped on lock. Only the database worker touches it.
"""

from __future__ import annotations

import bisect
import contextlib
import re
import time
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.services.access import Viewer, hidden_fields
from desktop.services.cases import mentor_scope
from desktop.services.changes import Changes
from desktop.store import Store, queries
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.vocabulary import AuditAction

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_CPR_RE = re.compile(r"\d{6}-\d{4}")
# æ, ø and å are letters of their own in Danish; other accents fold away (é -> e, ü -> u).
_KEEP = set("æøå")
CHUNK_CASES = 250
# A case found again by a search within this many seconds is not logged again.
SEARCH_HIT_AGAIN_S = 600.0
# A token whose posting list would be larger than its bitmap is kept as a bitmap (an int).
RECORD_TYPES = ("case", "citizen", "company", "meeting", "action_item")


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    word = word.casefold()
    if word.isascii():
        return word
    out = []
    for ch in word:
        if ch in _KEEP:
            out.append(ch)
            continue
        out.extend(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(out)


def words_of(text: str) -> list[str]:
    return [fold_word(w) for w in _WORD_RE.findall(text)]


def searchable_fields(viewer: Viewer) -> dict[str, Sequence[str]]:
    """Per record type, the columns the index reads for this viewer: the catalogue's search
    fields minus the hidden ones, plus the CPR number for viewers who may read it."""
    fields: dict[str, Sequence[str]] = {}
    for name in RECORD_TYPES:
        rt = CATALOGUE[name]
        hidden = hidden_fields(name, viewer=viewer)
        chosen = [f for f in rt.search_fields if f not in hidden]
        if name == "citizen" and "cpr" not in hidden:
            chosen.append("cpr")
        fields[name] = tuple(chosen)
    return fields


@dataclass(frozen=True, slots=True)
class SearchResult:
    text: str
    # None: nothing searchable typed (no filter); otherwise the matching case ids.
    case_ids: frozenset[str] | None


class CaseSearchIndex:
    def __init__(self, viewer: Viewer) -> None:
        self.viewer = viewer
        self._fields = searchable_fields(viewer)
        self._reset()

    def _reset(self) -> None:
        self._audited: dict[str, float] = {}  # case id -> when its last search hit was logged
        self._slot: dict[str, int] = {}  # case id -> slot
        self._ids: list[str | None] = []  # slot -> case id (None: removed)
        self._words_of_slot: list[tuple[str, ...]] = []
        self._postings: dict[str, array[int]] = {}
        self._vocabulary: list[str] = []  # sorted, for prefix ranges
        self._vocabulary_dirty = False
        self._pending: list[str] = []  # case ids still to read while building
        self._started = False

    # -- building ------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._started and not self._pending

    @property
    def progress(self) -> tuple[int, int]:
        total = len(self._slot) + len(self._pending)
        return len(self._slot), total

    def start(self, store: Store) -> None:
        with store.read() as conn:
            self._pending = queries.visible_case_ids(conn, mentor=mentor_scope(self.viewer))
        self._started = True

    def build_step(self, store: Store, *, chunk: int = CHUNK_CASES) -> bool:
        """Index the next chunk of cases; True when the index is complete."""
        if not self._started:
            self.start(store)
        batch = self._pending[:chunk]
        if batch:
            with store.read() as conn:
                texts = queries.search_texts(conn, batch, fields=self._fields)
            for case_id, parts in texts.items():
                self._set_case(case_id, parts)
        # Only now is the chunk indexed: `ready` must not turn true while it is being read.
        self._pending = self._pending[len(batch):]
        return not self._pending

    def build_all(self, store: Store) -> None:
        while not self.build_step(store):
            pass

    def refresh(self, store: Store, changes: Changes) -> None:
        """Re-read the cases a save touched (and pick up new cases the viewer may now see)."""
        if not self._started:
            return
        if changes.everything:
            self._reset()
            self.build_all(store)
            return
        if not changes.touches(*RECORD_TYPES) or not changes.case_ids:
            return
        with store.read() as conn:
            visible = set(queries.visible_case_ids(conn, mentor=mentor_scope(self.viewer)))
            wanted = [c for c in changes.case_ids if c in visible]
            texts = queries.search_texts(conn, wanted, fields=self._fields)
        for case_id in changes.case_ids:
            if case_id in texts:
                if case_id in self._pending:
                    continue  # the build will read it
                self._set_case(case_id, texts[case_id])
            else:
                self._remove_case(case_id)

    def _set_case(self, case_id: str, parts: Iterable[str]) -> None:
        words = set()
        for part in parts:
            words.update(words_of(part))
            if "-" in part:
                # A CPR number "010190-1234" is also found as "0101901234".
                words.update(m.replace("-", "") for m in _CPR_RE.findall(part))
        slot = self._slot.get(case_id)
        if slot is None:
            slot = len(self._ids)
            self._slot[case_id] = slot
            self._ids.append(case_id)
            self._words_of_slot.append(())
        old = set(self._words_of_slot[slot])
        for word in old - words:
            posting = self._postings.get(word)
            if posting is not None:
                with contextlib.suppress(ValueError):
                    posting.remove(slot)
        for word in words - old:
            posting = self._postings.get(word)
            if posting is None:
                self._postings[word] = array("I", (slot,))
                self._vocabulary_dirty = True
            else:
                posting.append(slot)
        self._words_of_slot[slot] = tuple(words)

    def _remove_case(self, case_id: str) -> None:
        slot = self._slot.pop(case_id, None)
        if slot is None:
            return
        self._set_case_words_empty(slot)
        self._ids[slot] = None

    def _set_case_words_empty(self, slot: int) -> None:
        for word in self._words_of_slot[slot]:
            posting = self._postings.get(word)
            if posting is not None:
                with contextlib.suppress(ValueError):
                    posting.remove(slot)
        self._words_of_slot[slot] = ()

    # -- searching -----------------------------------------------------------------------
    def _words_with_prefix(self, prefix: str) -> Sequence[str]:
        if self._vocabulary_dirty:
            self._vocabulary = sorted(self._postings)
            self._vocabulary_dirty = False
        lo = bisect.bisect_left(self._vocabulary, prefix)
        hi = bisect.bisect_left(self._vocabulary, prefix + "\U0010ffff")
        return self._vocabulary[lo:hi]

    def _slots_for_prefix(self, prefix: str) -> bytearray:
        flags = bytearray(len(self._ids))
        for word in self._words_with_prefix(prefix):
            for slot in self._postings[word]:
                flags[slot] = 1
        return flags

    def audited_search(self, store: Store, text: str) -> SearchResult:
        """`search`, with each case in the result logged as read (a search hit: the result
        list shows its citizen, company and title). A case is logged again only after
        SEARCH_HIT_AGAIN_S, so typing a name letter by letter does not log it per keystroke.
        The search text is never logged: it may be a name or a CPR number."""
        result = self.search(text)
        if result.case_ids:
            now = time.monotonic()
            due = sorted(
                cid for cid in result.case_ids
                if now - self._audited.get(cid, -SEARCH_HIT_AGAIN_S) >= SEARCH_HIT_AGAIN_S
            )
            if due:
                with store.batch():
                    for cid in due:
                        store.audit(
                            AuditAction.SEARCH_HIT, record_type="case", record_id=cid,
                            case_id=cid, detail=f"søgeresultat ({len(result.case_ids)} forløb)",
                        )
                self._audited.update(dict.fromkeys(due, now))
        return result

    def search(self, text: str) -> SearchResult:
        """Cases in which every typed word begins some word (in any of the case's records)."""
        prefixes = sorted(set(words_of(text)), key=len, reverse=True)
        if not prefixes:
            return SearchResult(text=text, case_ids=None)
        result: bytearray | None = None
        for prefix in prefixes:  # longest first: the most selective, so later words do less
            flags = self._slots_for_prefix(prefix)
            if result is None:
                result = flags
            else:
                result = bytearray(a & b for a, b in zip(result, flags, strict=True))
            if not any(result):
                return SearchResult(text=text, case_ids=frozenset())
        assert result is not None
        ids = self._ids
        found = frozenset(
            cid for slot, hit in enumerate(result) if hit and (cid := ids[slot]) is not None
        )
        return SearchResult(text=text, case_ids=found)
