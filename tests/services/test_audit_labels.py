"""The case log names fields by their labels, not by the catalogue's internal names."""

from desktop.services.cases import audit_field_labels
from desktop.services.signing import VOID_DETAIL


def test_a_change_lists_labels() -> None:
    assert audit_field_labels("meeting", "accommodations_working,notes") == (
        "Virker skånehensynene?", "Referat")


def test_a_voided_signature_lists_the_changed_fields_by_label() -> None:
    assert audit_field_labels("agreement", VOID_DETAIL + "valid_to") == ("Gælder til",)


def test_free_text_details_are_left_alone() -> None:
    assert audit_field_labels("agreement", "udskrevet: Virksomhedens kopi") == ()
    assert audit_field_labels(None, "notes") == ()
    assert audit_field_labels("meeting", "") == ()
