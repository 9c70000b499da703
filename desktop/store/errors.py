"""Store errors, each with a Danish message a consultant can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every store failure; str() is the Danish message."""


class DatabaseMissing(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Databasefilen {path} mangler eller er tom. Trepart opretter ikke en tom database i "
            "stedet for dine data. Kontakt IT, som kan genskabe den fra en sikkerhedskopi."
        )
        self.path = path


class DatabaseDamaged(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"Databasefilen {path} er beskadiget eller ændret udefra ({reason}). Filen er ikke "
            "blevet ændret. Kontakt IT; kør eventuelt 'trepart vault check'."
        )
        self.path = path
        self.reason = reason


class DatabaseTooNew(StoreError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"Databasen er lavet af en nyere version af Trepart (skema {revision}). "
            "Opdater Trepart for at åbne den."
        )
        self.revision = revision


class DiskFull(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Disken er fuld, så ændringen blev ikke gemt. Intet er gået tabt: frigør plads og "
            "prøv igen."
        )


class RecordNotFound(StoreError):
    def __init__(self, record_type: str, record_id: str) -> None:
        super().__init__(f"Posten findes ikke ({record_type}).")
        self.record_type = record_type
        self.record_id = record_id
