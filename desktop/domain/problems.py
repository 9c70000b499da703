"""Validation results: every problem at once, each with a stable code and a Danish message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # blocks saving
    NOTICE = "notice"  # shown, never blocks (e.g. a CPR number failing modulus 11)


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    field: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR


class ValidationError(ValueError):
    """Raised by services when a record has blocking problems; carries them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [p for p in problems if p.blocking]
        super().__init__("; ".join(p.message for p in self.problems) or "Ugyldige data")


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]
