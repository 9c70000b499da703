import itertools

from hypothesis import given
from hypothesis import strategies as st

from sync.protocol.catalogue import CATALOGUE, MergeKind
from sync.protocol.hlc import HLC
from sync.protocol.merge import apply_writes, merge_text

MEETING = CATALOGUE["meeting"]
AGREEMENT = CATALOGUE["agreement"]
SIGNATURE = CATALOGUE["signature"]


def h(ms, node="a"):
    return str(HLC(ms, 0, node))


def test_lww_newer_wins_regardless_of_arrival_order():
    w1 = {"place": ("Lager", h(10, "a"), None)}
    w2 = {"place": ("Kontor", h(20, "b"), None)}
    s1 = apply_writes(MEETING, {}, {}, w1)
    s1 = apply_writes(MEETING, s1.values, s1.clocks, w2)
    s2 = apply_writes(MEETING, {}, {}, w2)
    s2 = apply_writes(MEETING, s2.values, s2.clocks, w1)
    assert s1.values == s2.values == {"place": "Kontor"}


def test_text_edits_in_different_paragraphs_merge():
    base = "Linje 1\nLinje 2\nLinje 3\n"
    mine = "Linje 1 ændret\nLinje 2\nLinje 3\n"
    theirs = "Linje 1\nLinje 2\nLinje 3 ændret\n"
    assert merge_text(base, mine, theirs) == "Linje 1 ændret\nLinje 2\nLinje 3 ændret\n"


def test_two_appended_notes_are_both_kept():
    assert merge_text("Start", "Start\nA skrev", "Start\nB skrev") == "Start\nA skrev\nB skrev"


def test_overlapping_text_edit_becomes_a_conflict_with_both_texts():
    state = apply_writes(MEETING, {}, {}, {"notes": ("Fælles tekst", h(1), None)})
    first = apply_writes(
        MEETING, state.values, state.clocks, {"notes": ("Version A", h(10, "a"), "Fælles tekst")}
    )
    second = apply_writes(
        MEETING, first.values, first.clocks, {"notes": ("Version B", h(20, "b"), "Fælles tekst")}
    )
    assert len(second.conflicts) == 1
    conflict = second.conflicts[0]
    assert {conflict.kept, conflict.other} == {"Version A", "Version B"}
    assert second.values["notes"] == conflict.kept == "Version B"  # newer clock kept in field


def test_signed_document_refuses_content_change_but_accepts_identical():
    values = {"status": "underskrevet", "aids": "Stol"}
    clocks = {"status": h(1), "aids": h(1)}
    refused = apply_writes(AGREEMENT, values, clocks, {"aids": ("Bord", h(5), None)})
    assert refused.refusal == "frozen"
    back_to_draft = apply_writes(AGREEMENT, values, clocks, {"status": ("kladde", h(5), None)})
    assert back_to_draft.refusal == "frozen"
    same = apply_writes(AGREEMENT, values, clocks, {"aids": ("Stol", h(5), None)})
    assert same.refusal is None
    superseded = apply_writes(AGREEMENT, values, clocks, {"status": ("erstattet", h(5), None)})
    assert superseded.refusal is None and superseded.values["status"] == "erstattet"


def test_append_only_record_cannot_change():
    values = {"signer_name": "Anne"}
    out = apply_writes(
        SIGNATURE, values, {"signer_name": h(1)}, {"signer_name": ("Bo", h(2), None)}
    )
    assert out.refusal == "append_only"
    again = apply_writes(
        SIGNATURE, values, {"signer_name": h(1)}, {"signer_name": ("Anne", h(2), None)}
    )
    assert again.refusal is None


lww_fields = [f.name for f in MEETING.fields if f.merge is MergeKind.LWW][:4]
writes = st.lists(
    st.tuples(
        st.sampled_from(lww_fields),
        st.text(max_size=5),
        st.integers(1, 50),
        st.sampled_from(["a", "b", "c"]),
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda w: (w[2], w[3]),
)


@given(writes)
def test_lww_converges_in_every_order_and_with_repeats(ws):
    results = set()
    for perm in itertools.islice(itertools.permutations(ws + ws[:1]), 30):
        values, clocks = {}, {}
        for name, value, ms, node in perm:
            out = apply_writes(MEETING, values, clocks, {name: (value, h(ms, node), None)})
            values, clocks = out.values, out.clocks
        results.add(tuple(sorted(values.items())))
    assert len(results) == 1
