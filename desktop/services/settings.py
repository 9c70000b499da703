"""The user's application settings: language, automatic lock, sync interval, the largest file
that may be attached. Nothing personal.

Kept as settings.json beside the vault (not inside it) because the language must be known
before the vault is unlocked, and the idle lock protects the unlocked state.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from desktop.services import organisation
from desktop.services.organisation import Organisation

log = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "settings.json"
LANGUAGES = ("system", "da", "en")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240
MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS = 1, 60
MIN_SYNC_MINUTES, MAX_SYNC_MINUTES = 1, 120
MIN_NETWORK_TIMEOUT, MAX_NETWORK_TIMEOUT = 1, 120
# Attachments: the catalogue's maximum (sync.protocol.catalogue.ATTACHMENT_MAX_BYTES) bounds it.
MIN_ATTACHMENT_MB, MAX_ATTACHMENT_MB = 1, 100
MIN_FAST_TRACK_DAYS, MAX_FAST_TRACK_DAYS = 1, 365


@dataclass(frozen=True, slots=True)
class AppSettings:
    language: str = "system"  # "system", "da" or "en"
    idle_lock_minutes: int = 5
    autosave_seconds: int = 3
    sync_interval_minutes: int = 5  # background sync while logged in (server URL: in the vault)
    # How long to wait for the server's answer (connecting waits at most 5 s of it); a server
    # that takes longer counts as offline for this attempt.
    network_timeout_seconds: int = 10
    attachment_max_mb: int = 50  # the largest file that may be attached (1 MB = 1024 × 1024 bytes)
    # I dag lists compensation scheme applications that have waited longer than this (fast track).
    fast_track_wait_days: int = 14

    def normalised(self) -> AppSettings:
        language = self.language if self.language in LANGUAGES else "system"
        idle = min(max(int(self.idle_lock_minutes), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)
        autosave = min(max(int(self.autosave_seconds), MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)
        sync = min(max(int(self.sync_interval_minutes), MIN_SYNC_MINUTES), MAX_SYNC_MINUTES)
        timeout = min(max(int(self.network_timeout_seconds), MIN_NETWORK_TIMEOUT),
                      MAX_NETWORK_TIMEOUT)
        attachment = min(
            max(int(self.attachment_max_mb), MIN_ATTACHMENT_MB), MAX_ATTACHMENT_MB
        )
        fast_track = min(
            max(int(self.fast_track_wait_days), MIN_FAST_TRACK_DAYS), MAX_FAST_TRACK_DAYS
        )
        return replace(self, language=language, idle_lock_minutes=idle, autosave_seconds=autosave,
                       sync_interval_minutes=sync, network_timeout_seconds=timeout,
                       attachment_max_mb=attachment, fast_track_wait_days=fast_track)

    @property
    def attachment_max_bytes(self) -> int:
        return self.attachment_max_mb * 1024 * 1024


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE_NAME


# Settings the organisation's defaults file (desktop.services.organisation) may give or lock.
ORGANISATION_KEYS = ("language", "idle_lock_minutes", "attachment_max_mb", "fast_track_wait_days")


def locked_settings(org: Organisation | None = None) -> frozenset[str]:
    """The settings fixed by the organisation (the dialog shows them, greyed out)."""
    org = org or organisation.current()
    return frozenset(k for k in ORGANISATION_KEYS if org.is_locked(k))


def load_settings(data_dir: Path, org: Organisation | None = None) -> AppSettings:
    """The user's settings; a setting the user has not made takes the organisation's default,
    and a setting the organisation locks always takes its value."""
    org = org or organisation.current()
    org_values = {k: org.get(k) for k in ORGANISATION_KEYS if org.get(k) is not None}
    path = settings_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raw = {}
    except (OSError, ValueError) as exc:
        log.warning("Settings file unreadable (%s); using defaults", type(exc).__name__)
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    known = {k: raw[k] for k in AppSettings.__dataclass_fields__ if k in raw}
    locked = {k: v for k, v in org_values.items() if org.is_locked(k)}
    try:
        return AppSettings(**{**org_values, **known, **locked}).normalised()
    except (TypeError, ValueError):
        return AppSettings(**{**org_values, **locked}).normalised()


def save_settings(data_dir: Path, settings: AppSettings) -> AppSettings:
    settings = settings.normalised()
    path = settings_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return settings
