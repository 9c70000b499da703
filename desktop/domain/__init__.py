"""Pure domain: records, validation and lifecycle rules. No Qt, no SQLAlchemy."""

from desktop.domain.identifiers import (
    cpr_birth_date,
    cvr_is_valid,
    normalise_cpr,
    validate_cpr,
    validate_cvr,
)
from desktop.domain.problems import Problem, Severity, ValidationError, blocking
from desktop.domain.records import RECORD_CLASSES
from desktop.domain.validation import validate

__all__ = [
    "Problem",
    "RECORD_CLASSES",
    "Severity",
    "ValidationError",
    "blocking",
    "cpr_birth_date",
    "cvr_is_valid",
    "normalise_cpr",
    "validate",
    "validate_cpr",
    "validate_cvr",
]
