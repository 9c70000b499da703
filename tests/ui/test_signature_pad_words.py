"""The signature pad in hand-over addresses the party properly: 'til virksomheden', not
'til virksomhed'."""

from __future__ import annotations

from desktop.ui.documents.signature_pad import SignDialog


def test_hand_over_note_names_the_party_in_the_definite_form(qtbot) -> None:
    for party, label, words in (("virksomhed", "Virksomhed", "til virksomheden."),
                                ("borger", "Borger", "til borgeren.")):
        dialog = SignDialog(party_label=label, document_label="aftalen", hand_over=True,
                            party=party)
        qtbot.addWidget(dialog)
        assert words in dialog.handover_note.text()
        assert f"til {label.lower()}." not in dialog.handover_note.text()
