"""Danish identifiers: CPR (persons), CVR and P-numbers (companies)."""

from __future__ import annotations

from desktop.domain.problems import Problem, Severity
from sync.protocol.cpr import CPR_RE as _CPR_RE
from sync.protocol.cpr import cpr_birth_date as cpr_birth_date
from sync.protocol.cpr import cpr_century as cpr_century

_CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def normalise_cpr(text: str) -> str:
    """DDMMYY-SSSS with the hyphen; input may omit it or carry spaces around."""
    digits = text.strip().replace("-", "").replace(" ", "")
    return f"{digits[:6]}-{digits[6:]}" if len(digits) == 10 else text.strip()


def cpr_passes_modulus11(text: str) -> bool:
    digits = text.strip().replace("-", "")
    return sum(int(d) * w for d, w in zip(digits, _CPR_WEIGHTS, strict=True)) % 11 == 0


def _foreign_digits(value: str) -> bool:
    """True if ``value`` holds digits other than 0-9 (full-width, Arabic-Indic, superscript)."""
    return any(not c.isascii() and (c.isdigit() or c.isnumeric()) for c in value)


def validate_cpr(text: str, *, field: str = "cpr") -> list[Problem]:
    """Problems with a CPR number; never raises. Only the ASCII digits 0-9 are accepted."""
    value = text.strip()
    if _foreign_digits(value):
        return [
            Problem(
                "cpr.digits",
                field,
                "CPR-nummeret må kun indeholde almindelige cifre (0-9). Skriv det igen med "
                "tastaturets taltaster.",
            )
        ]
    if not _CPR_RE.match(value):
        return [Problem("cpr.format", field, "CPR-nummeret skal have formen DDMMÅÅ-XXXX.")]
    if cpr_birth_date(value) is None:
        return [
            Problem("cpr.date", field, "CPR-nummerets første seks cifre er ikke en gyldig dato.")
        ]
    if not cpr_passes_modulus11(value):
        # Since 2007 valid CPR numbers may fail modulus 11: tell, never block.
        return [
            Problem(
                "cpr.modulus11",
                field,
                "CPR-nummeret består ikke modulus 11-kontrollen. Det kan være gyldigt; "
                "kontrollér det med borgeren.",
                Severity.NOTICE,
            )
        ]
    return []


def cvr_is_valid(text: str) -> bool:
    value = text.strip()
    if len(value) != 8 or not _ascii_digits(value) or value[0] == "0":
        return False
    return sum(int(d) * w for d, w in zip(value, _CVR_WEIGHTS, strict=True)) % 11 == 0


def _ascii_digits(value: str) -> bool:
    # str.isdigit() is also true for "²" and "١", which int() then refuses or reads as digits.
    return value.isascii() and value.isdigit()


def validate_cvr(text: str, *, field: str = "cvr") -> list[Problem]:
    """Problems with a CVR number; never raises. Only the ASCII digits 0-9 are accepted."""
    value = text.strip()
    if _foreign_digits(value):
        return [
            Problem(
                "cvr.digits",
                field,
                "CVR-nummeret må kun indeholde almindelige cifre (0-9). Skriv det igen med "
                "tastaturets taltaster.",
            )
        ]
    if len(value) != 8 or not _ascii_digits(value):
        return [Problem("cvr.format", field, "CVR-nummeret skal være 8 cifre.")]
    if not cvr_is_valid(value):
        return [
            Problem(
                "cvr.checksum", field, "CVR-nummeret er ugyldigt (kontrolcifferet passer ikke)."
            )
        ]
    return []


def validate_p_number(text: str, *, field: str = "p_number") -> list[Problem]:
    value = text.strip()
    if len(value) != 10 or not _ascii_digits(value):
        return [Problem("pnumber.format", field, "P-nummeret skal være 10 cifre.")]
    return []
