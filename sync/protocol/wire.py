"""Wire models of the sync API (/v1). Versioned: fields are only ever added, never re-purposed."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

API_VERSION = "v1"
MAX_BATCH = 500
MAX_PAGE = 1000
DEFAULT_PAGE = 500
MAX_BODY_BYTES = 8 * 1024 * 1024


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldWrite(_Model):
    value: Any = None
    hlc: str = Field(min_length=23, max_length=120)
    # For `text` fields: the value the editor started from, so the server can merge three-way.
    base: str | None = None


class Operation(_Model):
    op_id: str = Field(min_length=32, max_length=36, description="UUIDv7 made on the device")
    record_type: str = Field(max_length=40)
    record_id: str = Field(min_length=32, max_length=36)
    fields: dict[str, FieldWrite] = Field(max_length=100)


class PushRequest(_Model):
    ops: list[Operation] = Field(max_length=MAX_BATCH)


class OpStatus(StrEnum):
    APPLIED = "applied"
    REFUSED = "refused"


class OpResult(_Model):
    op_id: str
    status: OpStatus
    code: str | None = None  # frozen | out_of_scope | invalid | append_only | clock_ahead
    message: str | None = None  # Danish, for the user
    conflicts: list[str] = Field(default_factory=list)  # fields kept as conflict records


class PushResponse(_Model):
    results: list[OpResult]
    server_time_ms: int


class RecordChange(_Model):
    seq: int
    record_type: str
    record_id: str
    values: dict[str, Any]
    clocks: dict[str, str]
    deleted: bool = False
    # The record no longer reaches this device (a mentor, after a consent was withdrawn): the
    # device deletes what it has of it. Carries no values.
    removed: bool = False


class PullResponse(_Model):
    changes: list[RecordChange]
    cursor: int
    more: bool
    server_time_ms: int
    # About how many records the device is still to receive after this page (an estimate: the
    # app shows it as "ca."). Sent only when the request asked for it (`count=1`), so a device
    # that predates the field never receives it; absent from servers that predate it. Only a
    # hint: not range-checked here (a page is never refused for it), the device takes < 0 as 0.
    remaining: int | None = None


class LoginRequest(_Model):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    device_name: str = Field(min_length=1, max_length=200)


class LoginResponse(_Model):
    device_id: str
    device_token: str
    username: str
    role: str
    team: str | None = None
    server_time_ms: int


class TeamMember(_Model):
    username: str = Field(min_length=1, max_length=100)
    role: str = Field(min_length=1, max_length=20)


class TeamResponse(_Model):
    """GET /v1/team: the active users of the caller's team (for picking a case's mentors)."""

    team: str | None = None
    members: list[TeamMember] = Field(default_factory=list, max_length=5000)


class ErrorBody(_Model):
    code: str
    message: str
    wipe: bool = False
    server_time_ms: int | None = None
