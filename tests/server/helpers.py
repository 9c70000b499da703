"""Test helpers: users, logged-in devices with their own clocks, and operation builders."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import admin
from sync.server.settings import Settings

PASSWORD = "korrekt hest batteri"


@dataclass
class Device:
    client: TestClient
    username: str
    token: str
    device_id: str
    clock: HybridClock
    cursor: int = 0
    seen: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    removed: set[tuple[str, str]] = field(default_factory=set)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def op(
        self, record_type: str, record_id: str | None = None, /, *, op_id: str | None = None,
        bases: dict[str, str | None] | None = None, **values: Any,
    ) -> dict[str, Any]:
        """An operation writing `values` (field names may include record_type and record_id,
        hence the positional-only parameters)."""
        fields: dict[str, Any] = {}
        for name, value in values.items():
            fw: dict[str, Any] = {"value": value, "hlc": str(self.clock.now())}
            if bases and name in bases:
                fw["base"] = bases[name]
            fields[name] = fw
        return {
            "op_id": op_id or uuid7(), "record_type": record_type,
            "record_id": record_id or uuid7(), "fields": fields,
        }

    def push_raw(self, ops: list[dict[str, Any]]) -> Any:
        # Serialised here, not by the HTTP client: a hostile device may send what strict JSON
        # encoders refuse (NaN, Infinity), and the server must answer that, not the client.
        body = json.dumps({"ops": ops}, allow_nan=True)
        return self.client.post(
            "/v1/push", content=body,
            headers={**self.headers, "Content-Type": "application/json"},
        )

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        r = self.push_raw(list(ops))
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    def push_ok(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        results = self.push(*ops)
        bad = [r for r in results if r["status"] != "applied"]
        assert not bad, bad
        return results

    def pull_page(self, *, cursor: int | None = None, limit: int | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"cursor": self.cursor if cursor is None else cursor}
        if limit is not None:
            params["limit"] = limit
        r = self.client.get("/v1/pull", params=params, headers=self.headers)
        assert r.status_code == 200, r.text
        return dict(r.json())

    def pull(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Pull to the end from the device's cursor; remembers the latest state of each record."""
        out: list[dict[str, Any]] = []
        while True:
            page = self.pull_page(limit=limit)
            out.extend(page["changes"])
            for ch in page["changes"]:
                if ch.get("removed"):
                    # What a device does with a removal: forget the record (no values came).
                    assert ch["values"] == {} and ch["clocks"] == {}
                    self.seen.pop((ch["record_type"], ch["record_id"]), None)
                    self.removed.add((ch["record_type"], ch["record_id"]))
                    continue
                self.seen[(ch["record_type"], ch["record_id"])] = ch
                for stamp in ch["clocks"].values():
                    self.clock.observe(stamp)
            assert page["cursor"] >= self.cursor
            self.cursor = page["cursor"]
            if not page["more"]:
                return out


@dataclass
class World:
    client: TestClient
    settings: Settings
    engine: Engine

    def user(self, username: str, role: Role | str, team: str | None = None) -> None:
        admin.add_user(
            engine=self.engine, settings=self.settings, username=username, password=PASSWORD,
            role=Role(role), team=team,
        )

    def login(self, username: str, *, device_name: str = "bærbar") -> Device:
        r = self.client.post(
            "/v1/login",
            json={"username": username, "password": PASSWORD, "device_name": device_name},
        )
        assert r.status_code == 200, r.text
        body = r.json()
        return Device(
            client=self.client, username=username, token=body["device_token"],
            device_id=body["device_id"], clock=HybridClock(f"dev-{os.urandom(3).hex()}"),
        )

    def device(self, username: str, role: Role | str, team: str | None = None) -> Device:
        self.user(username, role, team)
        return self.login(username)


# Minimal valid field sets per record type (case-scoped ones need `case_id` added).
def create_values(
    record_type: str, *, case_id: str, citizen_id: str, username: str, ref_id: str
) -> dict[str, Any]:
    table: dict[str, dict[str, Any]] = {
        "citizen": {"name": "Ny Borger", "cpr": "010203-1234", "health_notes": "hemmeligt"},
        "company": {"name": "Ny Virksomhed ApS", "cvr": "13748136"},
        "case": {
            "citizen_id": citizen_id, "team": "nord", "scheme": "fleksjob", "status": "aktiv",
        },
        "meeting": {
            "case_id": case_id, "kind": "opfoelgning", "starts_at": "2026-03-01T10:00:00+01:00",
        },
        "action_item": {"case_id": case_id, "what": "Ring til lederen", "owner": "jobcenter"},
        "agreement": {
            "case_id": case_id, "version": 1, "status": "kladde", "scheme": "fleksjob",
            "valid_from": "2026-03-01",
        },
        "plan": {
            "case_id": case_id, "version": 1, "status": "kladde", "goal": "Fast job",
            "start_date": "2026-03-01", "end_date": "2026-09-01",
        },
        "signature": {
            "case_id": case_id, "document_type": "agreement", "document_id": ref_id,
            "document_version": 1, "content_hash": "ab" * 32, "party": "borger",
            "signer_name": "Borger", "signed_at": "2026-03-01T10:00:00+01:00", "method": "skaerm",
        },
        "consent": {
            "citizen_id": citizen_id, "what": "Helbredsoplysninger", "shared_with": "Lægen",
            "valid_from": "2026-03-01",
        },
        "follow_up": {"case_id": case_id, "kind": "midtvej", "due_date": "2026-06-01"},
        "conflict": {
            "case_id": case_id, "record_type": "meeting", "record_id": ref_id, "field": "notes",
            "resolved": False,
        },
        "audit_entry": {
            "case_id": case_id, "at": "2026-03-01T10:00:00+01:00", "username": username,
            "action": "view", "record_type": "case", "record_id": case_id,
        },
        "attachment": {
            "case_id": case_id, "filename": "blanket.pdf", "media_type": "pdf", "size": 5,
            "chunks": 1, "sha256": hashlib.sha256(b"%PDF-").hexdigest(), "health": False,
        },
        "attachment_chunk": {
            "case_id": case_id, "attachment_id": ref_id, "seq": 0,
            "data": base64.b64encode(b"%PDF-").decode(),
        },
        "screening": {
            "citizen_id": citizen_id, "screened_at": "2026-03-01T10:00:00+01:00",
            "consent_to_record": True, "impairment": "ja", "functions": ["loeft", "tempo"],
            "what_helped": "hemmeligt",
        },
        "scheme_application": {
            "case_id": case_id, "scheme": "personlig_assistance", "status": "soegt",
            "need_date": "2026-03-01", "applied_date": "2026-03-05",
        },
        "questionnaire": {
            "case_id": case_id, "kind": "start", "answered_on": "2026-03-01", "wellbeing": 3,
            "confidence": 2, "hours_managed": 4, "own_assessment": 3,
        },
        "retention_check": {
            "case_id": case_id, "checked_on": "2026-06-01", "job_status": "samme_job",
            "hours_per_week": 20.0, "on_benefits": False,
        },
        "project": {"name": "Rampen", "team": "nord", "target_jobs": 40},
        "case_transfer": {
            "case_id": case_id, "direction": "til", "unit": "Socialområdet",
            "transferred_on": "2026-04-01",
        },
    }
    return table[record_type]


# One ordinary change per type, for update attempts.
UPDATE_VALUES: dict[str, dict[str, Any]] = {
    "citizen": {"phone": "12345678"},
    "company": {"phone": "87654321"},
    "case": {"title": "Nyt navn"},
    "meeting": {"place": "Kantinen"},
    "action_item": {"done": True},
    "agreement": {"legal_basis": "LAB kap. 20"},
    "plan": {"tasks": "Lageropgaver"},
    "signature": {"signer_role": "Leder"},
    "consent": {"withdrawn": True},
    "follow_up": {"label": "Midtvejsopfølgning"},
    "conflict": {"resolved": True},
    "audit_entry": {"detail": "ændret"},
    "attachment": {"description": "Underskrevet blanket"},
    "attachment_chunk": {"seq": 1},
    "screening": {"what_helped": "Faste pauser"},
    "scheme_application": {"status": "bevilget", "decision_date": "2026-03-20"},
    "questionnaire": {"wellbeing": 4},
    "retention_check": {"hours_per_week": 25.0},
    "project": {"target_enrolled": 100},
    "case_transfer": {"what_shared": "Planen"},
}


CPR = "010203-1234"
SECRET_ADDRESS = "Hemmelig Vej 1"
HEALTH = "diagnose-xyz"


@dataclass
class Scenario:
    """Team nord's case A with one record of every type, and a user of every role."""

    world: World
    devices: dict[str, Device]
    ids: dict[str, str]  # record type -> id of the record of that type in case A
    case_id: str
    citizen_id: str
    company_id: str
    conflict_visible: str  # conflict on meeting.notes (mentor may see)
    conflict_hidden: list[str]  # conflicts on health notes (mentor may not)


def build_scenario(world: World) -> Scenario:
    world.user("kim", Role.CONSULTANT, "nord")
    world.user("tina", Role.TEAMLEAD, "nord")
    world.user("mo", Role.MENTOR)
    world.user("mia", Role.MENTOR)
    world.user("sid", Role.CONSULTANT, "syd")
    world.user("ada", Role.ADMIN)
    devices = {name: world.login(name) for name in ("kim", "tina", "mo", "mia", "sid", "ada")}
    kim, tina = devices["kim"], devices["tina"]
    ids = {name: uuid7() for name in (
        "citizen", "company", "case", "meeting", "action_item", "agreement", "plan", "signature",
        "consent", "follow_up", "audit_entry", "attachment", "attachment_chunk",
        "screening", "scheme_application", "questionnaire", "retention_check", "project",
        "case_transfer",
    )}
    case_id, citizen_id = ids["case"], ids["citizen"]
    kim.push_ok(
        kim.op("citizen", citizen_id, name="Anna Andersen", cpr=CPR, address=SECRET_ADDRESS,
               target_group="fleksjob", health_notes=HEALTH, functional_limitations="Ingen løft"),
        kim.op("company", ids["company"], name="Lager A/S", cvr="13748136"),
        kim.op("case", case_id, citizen_id=citizen_id, company_id=ids["company"], team="nord",
               consultant="kim", mentors=["mo"], scheme="fleksjob", status="aktiv",
               group="projekt"),
    )
    ops = []
    for rtype in ("meeting", "action_item", "agreement", "plan", "signature", "consent",
                  "follow_up", "audit_entry", "attachment", "attachment_chunk", "screening",
                  "scheme_application", "questionnaire", "retention_check", "project",
                  "case_transfer"):
        values = create_values(rtype, case_id=case_id, citizen_id=citizen_id, username="kim",
                               ref_id=ids["attachment" if rtype == "attachment_chunk"
                                          else "agreement"])
        if rtype == "meeting":
            values = {**values, "notes": "a", "health_notes": "h0"}
        if rtype == "agreement":
            # Consent given, so the case's mentor may read the agreement, plan and signature.
            values = {**values, "health_notes": HEALTH, "consent_to_share": True}
        if rtype == "plan":
            values = {**values, "agreement_id": ids["agreement"]}
        ops.append(kim.op(rtype, ids[rtype], **values))
    kim.push_ok(*ops)
    tina.pull()
    # Concurrent edits from the same base on two laptops: text conflicts.
    kim.push_ok(
        kim.op("meeting", ids["meeting"], notes="b", health_notes="h1",
               bases={"notes": "a", "health_notes": "h0"}),
        kim.op("citizen", citizen_id, health_notes="k-" + HEALTH, bases={"health_notes": HEALTH}),
    )
    results = tina.push(
        tina.op("meeting", ids["meeting"], notes="c", health_notes="h2",
                bases={"notes": "a", "health_notes": "h0"}),
        tina.op("citizen", citizen_id, health_notes="t-" + HEALTH,
                bases={"health_notes": HEALTH}),
    )
    assert sorted(results[0]["conflicts"]) == ["health_notes", "notes"], results
    assert results[1]["conflicts"] == ["health_notes"], results
    kim.pull()
    conflicts = {
        (ch["values"]["record_type"], ch["values"]["field"]): ch["record_id"]
        for ch in kim.seen.values() if ch["record_type"] == "conflict"
    }
    return Scenario(
        world=world, devices=devices, ids=ids, case_id=case_id, citizen_id=citizen_id,
        company_id=ids["company"], conflict_visible=conflicts[("meeting", "notes")],
        conflict_hidden=[conflicts[("meeting", "health_notes")],
                         conflicts[("citizen", "health_notes")]],
    )
