"""Organisation defaults: one file IT ships beside the app (server URL, CA bundle, lock time,
the municipality's name and logo for PDFs, the seal certificate, the recovery public key,
language, attachment limit, retention periods), read at every start.

Where the file is looked for, first found wins:
1. the path in TREPART_ORGANISATION_FILE;
2. `trepart-organisation.toml` beside the program (the packaged build's folder);
3. the system's configuration folder (platformdirs.site_config_dir: /etc/xdg/Trepart on Linux,
   C:\\ProgramData\\Trepart\\Trepart on Windows).

The file is TOML (docs/IT-GUIDE.md lists every key). A key's value is a default: a consultant's
own setting wins, unless the key is listed in `locked`, in which case the organisation's value
always applies and the settings dialog shows it as fixed. Paths in the file may be relative to
the file. A file that cannot be read or has a wrong key or value is reported in Danish (what and
where) and ignored as a whole: the app still starts, on its own defaults.
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger(__name__)

ENV_FILE = "TREPART_ORGANISATION_FILE"
FILE_NAME = "trepart-organisation.toml"
# The path-valued keys (resolved against the file's folder).
PATH_KEYS = (
    "ca_bundle", "municipality_logo", "organisation_certificate", "recovery_public_key",
)


class Retention(BaseModel):
    """How long data is kept (the data protection issue's retention rules read these)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
    closed_case_years: Annotated[int, Field(ge=1, le=50)] = 5
    screening_months: Annotated[int, Field(ge=1, le=600)] = 24
    health_notes_months: Annotated[int, Field(ge=1, le=600)] = 24


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    server_url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = None
    ca_bundle: Annotated[str, Field(min_length=1, max_length=1000)] | None = None
    idle_lock_minutes: Annotated[int, Field(ge=1, le=240)] | None = None
    municipality_name: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    municipality_logo: Annotated[str, Field(min_length=1, max_length=1000)] | None = None
    organisation_certificate: Annotated[str, Field(min_length=1, max_length=1000)] | None = None
    organisation_certificate_password: Annotated[str, Field(max_length=1000)] | None = None
    recovery_public_key: Annotated[str, Field(min_length=1, max_length=1000)] | None = None
    language: Annotated[str, Field(pattern=r"^(system|da|en)$")] | None = None
    attachment_max_mb: Annotated[int, Field(ge=1, le=100)] | None = None
    fast_track_wait_days: Annotated[int, Field(ge=1, le=365)] | None = None
    retention: Retention | None = None
    locked: list[str] = []


LOCKABLE = frozenset(name for name in _File.model_fields if name != "locked")

# Danish names of the keys, for messages and the settings dialog.
KEY_LABELS = {
    "server_url": "serveradresse", "ca_bundle": "CA-certifikater",
    "idle_lock_minutes": "automatisk lås", "municipality_name": "kommunens navn",
    "municipality_logo": "kommunens logo", "organisation_certificate": "seglcertifikat",
    "organisation_certificate_password": "seglcertifikatets adgangskode",
    "recovery_public_key": "gendannelsesnøgle", "language": "sprog",
    "attachment_max_mb": "største bilag", "fast_track_wait_days": "ventetid i hurtigt spor",
    "retention": "opbevaringsperioder",
}


@dataclass(frozen=True, slots=True)
class Organisation:
    """The organisation's defaults as read, with the file they came from (None: no file) and a
    Danish message when the file was there but could not be used."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    problem: str | None = None

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def is_locked(self, key: str) -> bool:
        return key in self.locked and key in self.values

    @property
    def retention(self) -> Retention:
        value = self.values.get("retention")
        return value if isinstance(value, Retention) else Retention()


def pick(org: Organisation, key: str, own: Any) -> Any:
    """One value: the organisation's when it locks the key, else the user's own (`own`, None
    when not set), else the organisation's default."""
    if org.is_locked(key):
        return org.get(key)
    return own if own is not None else org.get(key)


def candidate_paths() -> list[Path]:
    paths: list[Path] = []
    if os.environ.get(ENV_FILE):
        paths.append(Path(os.environ[ENV_FILE]))
        return paths  # IT pointed at one file: only that one
    program = Path(sys.executable).resolve().parent
    paths.append(program / FILE_NAME)
    paths.append(Path(platformdirs.site_config_dir("Trepart", "Trepart")) / FILE_NAME)
    return paths


def load(path: Path | None = None) -> Organisation:
    """The organisation's defaults from `path`, or from the first file found (module doc)."""
    if path is None:
        for candidate in candidate_paths():
            if candidate.exists():
                path = candidate
                break
        else:
            if os.environ.get(ENV_FILE):
                return Organisation(problem=_msg_missing(Path(os.environ[ENV_FILE])))
            return Organisation()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError:
        return Organisation(path=path, problem=_msg_unreadable(path))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        where = f" ({exc})" if isinstance(exc, tomllib.TOMLDecodeError) else ""
        return Organisation(path=path, problem=(
            f"Organisationens indstillingsfil {path} er ikke gyldig TOML{where}. Trepart "
            "starter med sine egne standardværdier; bed IT om at rette filen."
        ))
    try:
        parsed = _File.model_validate(raw)
    except ValidationError as exc:
        return Organisation(path=path, problem=_msg_invalid(path, exc))
    unknown_locks = sorted(set(parsed.locked) - LOCKABLE)
    if unknown_locks:
        return Organisation(path=path, problem=(
            f"Organisationens indstillingsfil {path}: «locked» nævner ukendte nøgler "
            f"({', '.join(unknown_locks)}). Trepart starter med sine egne standardværdier; bed "
            "IT om at rette filen."
        ))
    values: dict[str, Any] = {
        k: v for k, v in parsed.model_dump(exclude={"locked"}).items() if v is not None
    }
    if parsed.retention is not None:
        values["retention"] = parsed.retention
    for key in PATH_KEYS:
        if key in values:
            p = Path(values[key]).expanduser()
            values[key] = str(p if p.is_absolute() else (path.parent / p).resolve())
    return Organisation(path=path, values=values, locked=frozenset(parsed.locked))


def _msg_missing(path: Path) -> str:
    return (
        f"Organisationens indstillingsfil {path} (fra {ENV_FILE}) findes ikke. Trepart starter "
        "med sine egne standardværdier."
    )


def _msg_unreadable(path: Path) -> str:
    return (
        f"Organisationens indstillingsfil {path} kan ikke læses. Trepart starter med sine egne "
        "standardværdier; bed IT om at rette filens rettigheder."
    )


def _msg_invalid(path: Path, exc: ValidationError) -> str:
    reasons = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(x) for x in err["loc"])
        if err["type"] == "extra_forbidden":
            reasons.append(f"«{loc}» er ikke en kendt nøgle")
        else:
            reasons.append(f"«{loc}» har en ugyldig værdi")
    return (
        f"Organisationens indstillingsfil {path} kan ikke bruges: {'; '.join(reasons)}. Trepart "
        "starter med sine egne standardværdier; bed IT om at rette filen."
    )


_current: Organisation | None = None


def current() -> Organisation:
    """The organisation's defaults, read once per process (a restart reads the file again)."""
    global _current
    if _current is None:
        _current = load()
        if _current.problem:
            log.warning("Organisation defaults not used: %s", _current.problem)
        elif _current.path is not None:
            log.info("Organisation defaults from %s", _current.path)
    return _current


def reset() -> None:
    """Forget the file read (tests; the app reads it once at start)."""
    global _current
    _current = None
