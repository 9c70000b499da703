"""API errors and the Danish messages users see. Messages never contain field values."""

from __future__ import annotations

from sync.protocol.catalogue import FieldSpec, RecordType


class ApiError(Exception):
    """An error answered with an ErrorBody; never a 500."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        wipe: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.wipe = wipe
        self.headers = headers or {}


# Refusal codes of OpResult.code.
INVALID = "invalid"
OUT_OF_SCOPE = "out_of_scope"
FROZEN = "frozen"
APPEND_ONLY = "append_only"
CLOCK_AHEAD = "clock_ahead"

# One message for every scope refusal, whether or not the record exists, so a refusal never
# tells anyone that a record they may not see is there.
MSG_OUT_OF_SCOPE = "Du har ikke adgang til at ændre denne post. Ændringen blev afvist."
MSG_CLOCK_AHEAD = (
    "Enhedens ur går for langt foran serverens. Ændringen får nye tidsstempler og sendes igen."
)
MSG_BAD_TOKEN = "Enheden er ikke logget ind. Log ind igen."
MSG_REVOKED = "Enheden er spærret af en administrator."
MSG_REVOKED_WIPE = "Enheden er spærret af en administrator, og dens data slettes nu."
MSG_DISABLED = "Brugeren er deaktiveret. Kontakt en administrator."
MSG_BAD_LOGIN = "Forkert brugernavn eller adgangskode."
MSG_RATE_LIMITED = "For mange mislykkede loginforsøg. Vent lidt, og prøv igen."
MSG_TOO_LARGE = "Forespørgslen er for stor."
MSG_BATCH_TOO_LARGE = "For mange ændringer i én forsendelse (højst {max})."
MSG_BAD_TEXT = "Ændringen indeholder tegn, som ikke kan gemmes (fx NUL-tegn)."
MSG_BUSY = "Serveren er travl lige nu. Ændringerne sendes igen om lidt."
MSG_INTERNAL = "Der opstod en fejl på serveren. Prøv igen senere."
MSG_NOT_FOUND = "Adressen findes ikke."
MSG_METHOD = "Metoden er ikke tilladt her."
MSG_BAD_REQUEST = "Ugyldig forespørgsel."


def field_label(spec: FieldSpec) -> str:
    return spec.label or spec.name


def msg_unknown_type(name: str) -> str:
    return f"Ukendt posttype «{name}»."


def msg_unknown_field(rt: RecordType, name: str) -> str:
    return f"Feltet «{name}» findes ikke på posttypen «{rt.label}»."


def msg_bad_value(rt: RecordType, spec: FieldSpec) -> str:
    return f"Ugyldig værdi i feltet «{field_label(spec)}» på «{rt.label}»."


def msg_bad_deleted(rt: RecordType) -> str:
    return f"Feltet «deleted» på «{rt.label}» skal være sand eller falsk."


def msg_bad_clock(name: str) -> str:
    return f"Ugyldigt tidsstempel på feltet «{name}»."


def msg_bad_id() -> str:
    return "Ugyldigt id på ændringen eller posten (skal være et UUID)."


def msg_missing(rt: RecordType, spec: FieldSpec) -> str:
    return f"Feltet «{field_label(spec)}» skal udfyldes, når «{rt.label}» oprettes."


def msg_hidden_field(rt: RecordType, spec: FieldSpec) -> str:
    return f"Du har ikke adgang til feltet «{field_label(spec)}» på «{rt.label}»."


def msg_frozen(rt: RecordType) -> str:
    return (
        f"«{rt.label}» er underskrevet og kan ikke ændres. "
        "Opret en ny version, som erstatter den, og få den underskrevet."
    )


def msg_append_only(rt: RecordType) -> str:
    return f"«{rt.label}» kan ikke ændres, når den først er gemt."


def msg_moved(rt: RecordType) -> str:
    return f"«{rt.label}» kan ikke flyttes til et andet forløb eller en anden borger."


def msg_op_reused() -> str:
    return "Ændringens id er allerede brugt af en anden bruger."


def msg_foreign_audit() -> str:
    return "En logpost skal stå i dit eget brugernavn."
