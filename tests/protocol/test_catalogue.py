from sync.protocol.catalogue import CATALOGUE, FieldType, MergeKind, hidden_from_mentors
from sync.protocol.codec import wire_type_ok


def test_mentors_never_see_cpr_or_health_fields():
    hidden = hidden_from_mentors()
    assert "cpr" in hidden["citizen"]
    for rt in CATALOGUE.values():
        for f in rt.fields:
            if f.health or f.name == "cpr":
                assert f.name in hidden[rt.name]
                assert not f.printable


def test_signed_documents_have_frozen_content_and_signatures_append():
    for name in ("agreement", "plan"):
        rt = CATALOGUE[name]
        assert rt.signable and rt.frozen_fields
    for name in ("signature", "audit_entry"):
        assert all(f.merge is MergeKind.APPEND for f in CATALOGUE[name].fields)


def test_refs_point_at_known_types():
    for rt in CATALOGUE.values():
        for f in rt.fields:
            if f.type is FieldType.REF and f.ref:
                assert f.ref in CATALOGUE


def test_wire_type_checks():
    rt = CATALOGUE["meeting"]
    assert wire_type_ok(rt.field("starts_at"), "2026-11-23T10:00:00")
    assert not wire_type_ok(rt.field("starts_at"), "i morgen")
    assert not wire_type_ok(rt.field("kind"), "fest")
    assert wire_type_ok(rt.field("planned_hours"), 7)
    assert not wire_type_ok(rt.field("planned_hours"), True)
    assert not wire_type_ok(rt.field("case_id"), None)  # required
