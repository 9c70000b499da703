"""Response models of the server's own endpoints (the sync wire models live in sync.protocol)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MeResponse(_Model):
    username: str
    role: str
    team: str | None = None
    device_id: str
    server_time_ms: int


class HealthResponse(_Model):
    status: str  # "ok"
    database: str  # "ok" | "unavailable"
    api_version: str
    server_time_ms: int
