"""Labels for the forms: catalogue field labels with a mnemonic, and vocabulary choices."""

from __future__ import annotations

from desktop.domain.labels import choices
from desktop.ui.kit.i18n import vocab
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE


def catalogue_label(record_type: str, name: str, mnemonic: str = "") -> str:
    """The field's Danish label (English through vocab), with `&` before the mnemonic letter."""
    text = vocab(CATALOGUE[record_type].field(name).label)
    if mnemonic and mnemonic.lower() in text.lower():
        i = text.lower().index(mnemonic.lower())
        text = text[:i] + "&" + text[i:]
    return text if text.endswith(("?", ":")) else text + ":"


def enum_choices(enum: type[v.LabelledEnum]) -> list[tuple[str, str]]:
    """(code, translated label) for a combo box."""
    return [(code, vocab(text)) for code, text in choices(enum)]
