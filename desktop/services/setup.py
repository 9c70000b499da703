"""First run: choosing a password, creating the vault, and what IT needs to recover it.

The recovery copy of the database key is wrapped for the organisation's public key, found (in
this order) in TREPART_RECOVERY_PUBLIC_KEY, `recovery-public.pem` in the data folder, or in the
machine's Trepart configuration folder; the user may also choose the file. Without it a
forgotten password means the local data cannot be opened again, and the user is told so.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop.domain.problems import Problem
from desktop.services import organisation
from desktop.services.session import Session, create_vault
from desktop.vault import KdfParams
from desktop.vault.recovery import load_recovery_public_key, public_key_fingerprint
from sync.protocol.vocabulary import Role

MIN_PASSWORD_LENGTH = 10
RECOVERY_KEY_ENV = "TREPART_RECOVERY_PUBLIC_KEY"
RECOVERY_KEY_FILE = "recovery-public.pem"
_USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,99}$")
# A few of the passwords people choose first; a hint, not a dictionary attack defence.
COMMON = {
    "password",
    "passw0rd",
    "adgangskode",
    "sommer2024",
    "sommer2025",
    "vinter2024",
    "qwerty",
    "123456",
    "12345678",
    "1234567890",
    "trepart",
    "kommune",
    "jobcenter",
    "velkommen",
    "velkommen1",
    "letmein",
    "monkey",
    "dragon",
    "sommerfugl",
    "hemmelig",
}


@dataclass(frozen=True, slots=True)
class PasswordStrength:
    score: int  # 0 (very weak) .. 4 (strong)
    label: str
    hints: tuple[str, ...]
    acceptable: bool


def password_strength(password: str) -> PasswordStrength:
    """A rough estimate from length, variety and obvious patterns, with Danish hints."""
    hints: list[str] = []
    length = len(password)
    classes = sum(
        bool(re.search(p, password)) for p in (r"[a-zæøå]", r"[A-ZÆØÅ]", r"\d", r"[^\w]|_")
    )
    lowered = password.lower()
    score = 0
    if length >= MIN_PASSWORD_LENGTH:
        score += 1
    if length >= 14:
        score += 1
    if length >= 20:
        score += 1
    if classes >= 3 or (classes >= 2 and length >= 16):
        score += 1
    if " " in password.strip() and length >= 16:
        score += 1  # a pass phrase of several words
    weak_pattern = (
        lowered in COMMON
        or re.fullmatch(r"(.)\1+", password) is not None
        or re.fullmatch(r"\d+", password) is not None
        or any(word in lowered for word in ("1234", "abcd", "qwer", "asdf"))
    )
    if weak_pattern:
        score = min(score, 1)
        hints.append("Undgå almindelige ord, gentagelser og talrækker.")
    score = max(0, min(score, 4))
    if length < MIN_PASSWORD_LENGTH:
        hints.append(f"Brug mindst {MIN_PASSWORD_LENGTH} tegn.")
    if length < 16:
        hints.append("En sætning på flere ord er både stærk og let at huske.")
    if classes < 2 and length < 20:
        hints.append("Bland store og små bogstaver, tal eller tegn.")
    labels = ("Meget svag", "Svag", "Middel", "Stærk", "Meget stærk")
    acceptable = length >= MIN_PASSWORD_LENGTH and not weak_pattern and score >= 2
    return PasswordStrength(
        score=score, label=labels[score], hints=tuple(hints), acceptable=acceptable
    )


@dataclass(frozen=True, slots=True)
class Identity:
    username: str
    role: str
    team: str | None


def validate_identity(identity: Identity) -> list[Problem]:
    problems: list[Problem] = []
    if not _USERNAME_RE.match(identity.username):
        problems.append(
            Problem(
                "identity.username",
                "username",
                "Brugernavnet skal være 2-100 tegn: små bogstaver, tal, punktum, bindestreg "
                "eller @ (fx fornavn.efternavn).",
            )
        )
    if identity.role not in Role.codes():
        problems.append(Problem("identity.role", "role", "Vælg en rolle."))
    if identity.team and len(identity.team) > 100:
        problems.append(Problem("identity.team", "team", "Teamets navn må højst være 100 tegn."))
    return problems


def find_recovery_key(data_dir: Path) -> Path | None:
    candidates = []
    if os.environ.get(RECOVERY_KEY_ENV):
        candidates.append(Path(os.environ[RECOVERY_KEY_ENV]))
    # The organisation's defaults file names the key IT holds the private half of.
    org_key = organisation.current().get("recovery_public_key")
    if org_key:
        candidates.append(Path(org_key))
    candidates.append(Path(data_dir) / RECOVERY_KEY_FILE)
    candidates.append(Path(platformdirs.site_config_dir("Trepart", "Trepart")) / RECOVERY_KEY_FILE)
    candidates.append(Path(platformdirs.user_config_dir("Trepart", "Trepart")) / RECOVERY_KEY_FILE)
    return next((p for p in candidates if p.is_file()), None)


def recovery_key_fingerprint(pem: bytes) -> str:
    """Raises the vault's RecoveryKeyInvalid (Danish message) for a file that is no usable key."""
    return public_key_fingerprint(load_recovery_public_key(pem))


@dataclass(frozen=True, slots=True)
class RecoveryInfo:
    """Shown once after the vault is made: what IT needs if the password is forgotten."""

    vault_id: str
    data_dir: Path
    username: str
    has_recovery: bool
    key_fingerprint: str | None

    @property
    def fingerprint_groups(self) -> str:
        fp = (self.key_fingerprint or "").upper()
        return " ".join(fp[i : i + 4] for i in range(0, min(len(fp), 32), 4))

    def as_text(self) -> str:
        lines = [
            "Trepart – gendannelsesoplysninger",
            f"Bruger: {self.username}",
            f"Databasens id: {self.vault_id}",
            f"Datamappe: {self.data_dir}",
        ]
        if self.has_recovery:
            lines += [
                f"Organisationens gendannelsesnøgle (SHA-256): {self.fingerprint_groups}",
                "Glemmer du adgangskoden, kan IT sætte en ny med organisationens private nøgle:",
                f'  trepart vault recover --data-dir "{self.data_dir}" '
                "--recovery-key <privat-nøgle.pem>",
            ]
        else:
            lines += [
                "Der er ingen gendannelseskopi: glemmer du adgangskoden, kan de lokale data ikke",
                "åbnes igen. Data, der er synkroniseret til serveren, kan hentes på en ny vault.",
            ]
        return "\n".join(lines)


def create_first_vault(
    data_dir: Path,
    password: str,
    *,
    identity: Identity,
    recovery_public_key_pem: bytes | None,
    kdf: KdfParams | None = None,
) -> tuple[Session, RecoveryInfo]:
    session = create_vault(
        Path(data_dir),
        password,
        username=identity.username,
        role=identity.role,
        team=identity.team or None,
        recovery_public_key_pem=recovery_public_key_pem,
        kdf=kdf,
    )
    fingerprint = (
        recovery_key_fingerprint(recovery_public_key_pem) if recovery_public_key_pem else None
    )
    info = RecoveryInfo(
        vault_id=session.vault.vault_id,
        data_dir=Path(data_dir),
        username=identity.username,
        has_recovery=session.vault.has_recovery,
        key_fingerprint=fingerprint,
    )
    return session, info
