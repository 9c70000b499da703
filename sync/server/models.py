"""SQLAlchemy 2 models. The data layer queries their tables with Core for speed.

Records are stored generically, driven by the catalogue: one `records` row holds the latest state
of one record (values and per-field clocks as JSON), and `seq` says when it last changed. Pull is
"rows with seq > cursor", so `seq` must be assigned in commit order (see store.assign_seqs).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic migrations stay the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JsonType = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    team: Mapped[str | None] = mapped_column(String(100))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at_ms: Mapped[int] = mapped_column(BigInteger)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # SHA-256 of the device token: a stolen database does not give working tokens.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    last_seen_ms: Mapped[int | None] = mapped_column(BigInteger)
    revoked_at_ms: Mapped[int | None] = mapped_column(BigInteger)
    wipe: Mapped[bool] = mapped_column(Boolean, default=False)


class Record(Base):
    __tablename__ = "records"
    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # The case the record belongs to (its own id for a case); None for citizens, companies,
    # consents and case-less audit entries.
    case_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # The record a case-less record hangs off: a consent's citizen, a conflict's record.
    parent_id: Mapped[str | None] = mapped_column(String(36), index=True)
    values: Mapped[dict[str, Any]] = mapped_column(JsonType)
    clocks: Mapped[dict[str, str]] = mapped_column(JsonType)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # NULL while the transaction writing the row is still open: seqs are given out as the very
    # last statement before commit (store.assign_seqs), so they follow commit order.
    seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    owner_team: Mapped[str | None] = mapped_column(String(100))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    updated_at_ms: Mapped[int] = mapped_column(BigInteger)


class CaseIndex(Base):
    """Who a case belongs to, kept beside its record so the policy needs no JSON queries."""

    __tablename__ = "case_index"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team: Mapped[str | None] = mapped_column(String(100), index=True)
    consultant: Mapped[str | None] = mapped_column(String(100))
    citizen_id: Mapped[str | None] = mapped_column(String(36), index=True)
    company_id: Mapped[str | None] = mapped_column(String(36), index=True)


class CaseMentor(Base):
    __tablename__ = "case_mentors"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class ChangeCounter(Base):
    """One row: the last seq handed out. Its row lock, taken by the statement that hands out
    seqs and held to commit, serialises change-log appends."""

    __tablename__ = "change_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger)


class AppliedOp(Base):
    __tablename__ = "applied_ops"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    result: Mapped[dict[str, Any]] = mapped_column(JsonType)
    applied_at_ms: Mapped[int] = mapped_column(BigInteger)


class ServerAudit(Base):
    __tablename__ = "server_audit"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at_ms: Mapped[int] = mapped_column(BigInteger, index=True)
    username: Mapped[str | None] = mapped_column(String(100), index=True)
    device_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40))
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    refused_count: Mapped[int] = mapped_column(Integer, default=0)
    # "type:id" of the records concerned and the ids of their cases and citizens, as JSON text so
    # `trepart-server audit --citizen` can search them the same way on SQLite and PostgreSQL.
    records: Mapped[str] = mapped_column(Text, default="[]")
    subjects: Mapped[str] = mapped_column(Text, default="[]")
    detail: Mapped[str | None] = mapped_column(String(500))


class LoginAttempt(Base):
    """Failed logins, kept in the database so every worker and host sees the same count."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # "user" | "address"
    key: Mapped[str] = mapped_column(String(200))
    at_ms: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (Index("ix_login_attempts_kind_key_at", "kind", "key", "at_ms"),)


class AuditChain(Base):
    """Where each device's audit hash chain stands on the server (sync.server.audit_chain)."""

    __tablename__ = "audit_chains"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    head_hash: Mapped[str | None] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(BigInteger, default=0)
    breaks: Mapped[int] = mapped_column(Integer, default=0)
    last_break_at_ms: Mapped[int | None] = mapped_column(BigInteger)
    updated_at_ms: Mapped[int] = mapped_column(BigInteger)


# The tables, typed as tables, for the Core queries of the data layer.
users = cast(Table, User.__table__)
devices = cast(Table, Device.__table__)
records = cast(Table, Record.__table__)
case_index = cast(Table, CaseIndex.__table__)
case_mentors = cast(Table, CaseMentor.__table__)
change_counter = cast(Table, ChangeCounter.__table__)
applied_ops = cast(Table, AppliedOp.__table__)
server_audit = cast(Table, ServerAudit.__table__)
login_attempts = cast(Table, LoginAttempt.__table__)
audit_chains = cast(Table, AuditChain.__table__)
metadata = Base.metadata
