"""The citizen's form fields, shared by the case form and the citizen form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.ui.kit.field_table import FormField, FormTable, Kind
from sync.protocol import vocabulary as v

CITIZEN_FORM = FormTable(
    "citizen",
    (
        FormField("name", mnemonic="n"),
        FormField(
            "cpr",
            mnemonic="c",
            placeholder=QT_TRANSLATE_NOOP("FormField", "ddmmåå-xxxx"),
            max_length=11,
        ),
        FormField("address", mnemonic="a"),
        FormField("phone", mnemonic="t"),
        FormField("email", mnemonic="e"),
        FormField(
            "target_group",
            Kind.CHOICE,
            mnemonic="å",
            enum=v.TargetGroup,
            empty=QT_TRANSLATE_NOOP("FormField", "(ikke angivet)"),
        ),
        FormField(
            "functional_limitations",
            Kind.TEXT,
            mnemonic="b",
            hint=QT_TRANSLATE_NOOP(
                "FormField",
                "Beskriv hvad det betyder for arbejdet, ikke diagnoser (fx "
                "'tåler ikke løft over 5 kg').",
            ),
        ),
        FormField(
            "health_notes",
            Kind.TEXT,
            mnemonic="h",
            hint=QT_TRANSLATE_NOOP(
                "FormField",
                "Kun for jobcentret. Vises aldrig for mentorer og kommer aldrig med på udskrifter.",
            ),
        ),
    ),
)
