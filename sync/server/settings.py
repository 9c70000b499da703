"""Server settings from the environment (prefix TREPART_SERVER_), overridable by the CLI."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from sync.protocol import wire

DEFAULT_DB_FILE = "trepart-server.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TREPART_SERVER_", extra="ignore")

    # None: a SQLite file in data_dir, so a trial needs nothing but `trepart-server serve`.
    database_url: str | None = None
    data_dir: Path = Path(".")
    # Migrate on start; None means "only for the default SQLite file" (PostgreSQL is migrated by
    # IT with `trepart-server migrate`, so several workers never race to migrate).
    auto_migrate: bool | None = None
    log_level: str = "INFO"

    max_body_bytes: int = Field(default=wire.MAX_BODY_BYTES, ge=1024)
    max_batch: int = Field(default=wire.MAX_BATCH, ge=1, le=wire.MAX_BATCH)
    max_page: int = Field(default=wire.MAX_PAGE, ge=1, le=wire.MAX_PAGE)
    default_page: int = Field(default=wire.DEFAULT_PAGE, ge=1, le=wire.MAX_PAGE)
    # A pull scans at most this many change rows (visible or not) before returning with more=true,
    # so a device with a narrow view never makes one request walk the whole change log.
    max_scan: int = Field(default=5000, ge=100)

    login_window_s: int = Field(default=15 * 60, ge=1)
    login_max_failures_per_user: int = Field(default=10, ge=1)
    login_max_failures_per_address: int = Field(default=50, ge=1)

    # Argon2id cost for user passwords (RFC 9106 second recommendation: 64 MiB, t=3, p=4).
    argon2_memory_kib: int = Field(default=64 * 1024, ge=8)
    argon2_iterations: int = Field(default=3, ge=1)
    argon2_lanes: int = Field(default=4, ge=1)
    # Password checks running at once (each holds argon2_memory_kib); 0: one per CPU. A login
    # that waits longer than argon2_wait_s for a free slot is answered "busy" (503).
    argon2_max_concurrent: int = Field(default=0, ge=0, le=64)
    argon2_wait_s: float = Field(default=10.0, gt=0)

    # Threads per worker process that run requests (each holds at most one connection).
    worker_threads: int = Field(default=8, ge=1, le=200)
    # PostgreSQL connection pool per worker process.
    pool_size: int = Field(default=10, ge=1)
    pool_max_overflow: int = Field(default=10, ge=0)

    # The key for the evaluator's CSV pseudonyms (HMAC-SHA256), at least 32 characters. Kept
    # here, not in the database; the same key gives the same pseudonyms in every export.
    report_key: SecretStr | None = None

    # Retention (issue 18): what `trepart-server retention run` purges. The same periods belong
    # in the organisation file the devices read (docs/DATA-PROTECTION.md), since every device
    # also purges on its own.
    retention_closed_case_years: int = Field(default=5, ge=1, le=50)
    retention_screening_months: int = Field(default=24, ge=1, le=600)
    retention_health_notes_months: int = Field(default=24, ge=1, le=600)

    # Server data at rest (issue 18): the AES-GCM keys of the CPR and health-marked fields,
    # kept outside the database (sync.server.atrest). None: trepart-server.keys in data_dir.
    field_key_file: Path | None = None

    def resolved_field_key_file(self) -> Path:
        return self.field_key_file or self.data_dir.resolve() / "trepart-server.keys"

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / DEFAULT_DB_FILE).resolve()}"

    @property
    def is_default_sqlite(self) -> bool:
        return not self.database_url

    def should_auto_migrate(self) -> bool:
        if self.auto_migrate is not None:
            return self.auto_migrate
        return self.is_default_sqlite
