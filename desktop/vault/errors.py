"""Errors raised by the vault.

Every error carries a Danish ``message`` (also its ``str()``) because the UI shows it to the
consultant as is. Messages may name files and directories but never a password or key.
"""

from __future__ import annotations

import math
from pathlib import Path


class VaultError(Exception):
    """Base class for everything the vault raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class VaultNotFound(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Der findes ingen nøglefil ({path}). Trepart er ikke sat op i denne mappe."
        )
        self.path = path


class VaultExists(VaultError):
    def __init__(self, path: Path, *, orphaned_database: bool = False) -> None:
        if orphaned_database:
            message = (
                f"Mappen {path.parent} indeholder allerede en database, men ingen nøglefil. "
                "Der oprettes ikke en ny, fordi den gamle database så ikke kan åbnes igen. "
                "Kontakt IT for at få nøglefilen gendannet."
            )
        else:
            message = f"Der findes allerede en nøglefil ({path}). Den bliver ikke overskrevet."
        super().__init__(message)
        self.path = path
        self.orphaned_database = orphaned_database


class VaultCorrupt(VaultError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"Nøglefilen {path} er beskadiget ({detail}). Filen er ikke ændret. "
            "Kontakt IT for at få den gendannet fra en sikkerhedskopi."
        )
        self.path = path
        self.detail = detail


class VaultTooNew(VaultError):
    def __init__(self, path: Path, *, found: int, supported: int) -> None:
        super().__init__(
            f"Nøglefilen {path} er lavet af en nyere version af Trepart (format {found}; denne "
            f"version kan læse op til format {supported}). Opdatér Trepart for at åbne dine data."
        )
        self.path = path
        self.found = found
        self.supported = supported


class WrongPassword(VaultError):
    def __init__(self) -> None:
        super().__init__("Forkert adgangskode.")


class UnlockThrottled(VaultError):
    def __init__(self, seconds_left: float) -> None:
        # Whole seconds for the user; the exact value stays available for a countdown.
        shown = max(1, math.ceil(seconds_left))
        unit = "sekund" if shown == 1 else "sekunder"
        super().__init__(f"For mange forkerte forsøg. Prøv igen om {shown} {unit}.")
        self.seconds_left = seconds_left


class VaultInUse(VaultError):
    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            f"Trepart har allerede dataene i {data_dir} åbne i et andet vindue. "
            "Luk det andet vindue og prøv igen."
        )
        self.data_dir = data_dir


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("Dataene er låst. Lås op med din adgangskode.")


class EmptyPassword(VaultError):
    def __init__(self) -> None:
        super().__init__("Adgangskoden må ikke være tom.")


class RecoveryKeyInvalid(VaultError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"Gendannelsesnøglen kan ikke bruges: {detail}.")
        self.detail = detail


class NoRecoveryCopy(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Nøglefilen {path} har ingen gendannelseskopi, så adgangskoden kan ikke nulstilles "
            "med organisationens nøgle."
        )
        self.path = path


class WrongRecoveryKey(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Gendannelsesnøglen passer ikke til denne nøglefil. Brug organisationens private "
            "nøgle, der hører til den offentlige nøgle, som Trepart blev sat op med."
        )
