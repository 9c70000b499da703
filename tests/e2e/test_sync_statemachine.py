"""Three laptops and a server under a hostile network, checked by a Hypothesis state machine.

Random edits, syncs, dropped requests, dropped responses, duplicated deliveries, crashes with
reopen, and clocks skewed by up to a day. After a final calm round of syncs every device and the
server hold the same records, nothing arrived twice, every last-writer-wins field holds the value
of the write with the highest clock the server accepted, and every line anyone added to a
meeting's notes is still there (in the notes or in a conflict record).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import hypothesis.strategies as st
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from desktop.domain.records import ActionItem, Agreement, Conflict, Meeting
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from desktop.store import syncing
from sync.client import SyncError
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.hlc import HLC, HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import DocumentStatus, Role
from sync.server.main import create_app
from sync.server.models import records
from tests.e2e.conftest import (
    SERVER_URL,
    TEAM,
    VAULT_PASSWORD,
    Device,
    InProcessTransport,
    Server,
    empty_server_engine,
    new_case,
)
from tests.server.helpers import World

MEETING_KINDS = set(CATALOGUE["meeting"].field("kind").choices)

NAMES = ("anne", "bo", "carl")
SIGNED_AGREEMENT = {
    "version": 1, "status": DocumentStatus.SIGNED.value, "scheme": "fleksjob",
    "valid_from": "2026-03-01", "hours_per_week": 12.0,
}
FROZEN_EDITS = {"version": 2, "scheme": "loentilskud", "hours_per_week": 30.0,
                "valid_from": "2026-04-01", "status": DocumentStatus.DRAFT.value}
# Values of the wrong type or shape for a meeting's fields, as a hostile device would send.
_junk = st.one_of(
    st.integers(min_value=10**20), st.integers(max_value=-1), st.text(max_size=5),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(),
                                                          max_size=2),
)
BAD_WRITES = st.one_of(
    st.tuples(st.just("planned_hours"), st.one_of(st.just(10**400), st.integers(169, 10**6),
                                                   st.text(max_size=5), st.lists(st.floats()))),
    st.tuples(st.just("actual_hours"), st.one_of(st.just(10**400), st.just(-1.5))),
    st.tuples(st.just("participants"), st.one_of(
        st.just({"evil": 1}), st.just([1, 2, 3]), st.lists(_junk, min_size=1, max_size=3),
        st.lists(st.fixed_dictionaries({"navn": st.text(max_size=3)}), min_size=1, max_size=2),
    )),
    st.tuples(st.just("kind"), st.text(max_size=8).filter(lambda t: t not in MEETING_KINDS)),
    st.tuples(st.just("starts_at"), st.one_of(st.just("i går"), _junk)),
    st.tuples(st.just("case_id"), st.just("ikke-et-id")),
)
LWW_FIELDS = ("place", "planned_hours")


class SyncMachine(RuleBasedStateMachine):
    database_url: str  # set per server database by test_sync_state_machine

    @initialize()
    def setup(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="trepart-sm-"))
        engine, cfg = empty_server_engine(self.database_url, self.tmp)
        self.client = TestClient(create_app(cfg, engine=engine))
        self.server = Server(engine=engine, settings=cfg, client=self.client)
        self.devices: dict[str, Device] = {}
        self.applied: dict[tuple[str, str], list[tuple[HLC, object]]] = {}
        self.sent: dict[str, list[tuple[str, str, object, str]]] = {}
        self.lines: list[str] = []
        self.line_no = 0
        self.items: list[str] = []  # every action item any device added, by its text
        for name in NAMES:
            from tests.e2e.conftest import FAST_KDF, SERVER_PASSWORD

            self.server.add_user(name, Role.CONSULTANT)
            session = sessions.create_vault(
                self.tmp / name,
                VAULT_PASSWORD,
                username=name,
                role="consultant",
                team="Team Vest",
                kdf=FAST_KDF,
            )
            transport = self._transport()
            sync_service.log_in(
                session.store,
                server_url=SERVER_URL,
                username=name,
                password=SERVER_PASSWORD,
                http_transport=transport,
            )
            self.devices[name] = Device(name, session, transport)
        anne = self.devices["anne"].store
        case = new_case(anne)
        self.case_id = case.id
        self.meetings = []
        for i in range(2):
            m = anne.save(
                Meeting(
                    id=uuid7(),
                    case_id=case.id,
                    kind="opfoelgning",
                    starts_at=dt.datetime(2026, 11, 23, 9 + i),
                    notes="",
                )
            )
            self.meetings.append(m.id)
        # A hostile laptop in the same team, with its own valid token, talking raw HTTP.
        self.eve = World(client=self.client, settings=cfg, engine=engine).device(
            "eve", Role.CONSULTANT, TEAM)
        self.eve_ops: list[dict] = []
        for name in NAMES:
            self._sync(name)
        # A signed agreement on the server (the case is there now) that every laptop pulls.
        self.agreement = uuid7()
        self.eve.push_ok(self.eve.op("agreement", self.agreement, **SIGNED_AGREEMENT,
                                     case_id=case.id))
        for name in NAMES:
            self._sync(name)

    def _transport(self) -> InProcessTransport:
        transport = self.server.transport()
        transport.observers.append(self._observe)
        return transport

    def _observe(self, request, response) -> None:
        """Record what the server accepted: the ground truth for the lww invariant."""
        if request.url.path != "/v1/push" or response.status_code != 200:
            return
        ops = {op["op_id"]: op for op in json.loads(request.content)["ops"]}
        for result in response.json()["results"]:
            op = ops.get(result["op_id"])
            if op is None or result["status"] != "applied" or op["record_type"] != "meeting":
                continue
            for name, write in op["fields"].items():
                if name in LWW_FIELDS:
                    key = (op["record_id"], name)
                    self.applied.setdefault(key, []).append(
                        (HLC.parse(write["hlc"]), write["value"])
                    )

    def _sync(self, name: str) -> None:
        # When the network gives up, the outbox keeps everything for next time.
        with contextlib.suppress(SyncError):
            self.devices[name].sync()

    # -- rules -------------------------------------------------------------------------------
    @rule(
        name=st.sampled_from(NAMES),
        meeting=st.integers(0, 1),
        field=st.sampled_from(LWW_FIELDS),
        value=st.integers(1, 30),
    )
    def edit_field(self, name, meeting, field, value):
        store = self.devices[name].store
        m = store.get(Meeting, self.meetings[meeting])
        new = f"Sted {value}" if field == "place" else float(value)
        store.save(m.replace(**{field: new}))

    @rule(name=st.sampled_from(NAMES), meeting=st.integers(0, 1))
    def append_note_line(self, name, meeting):
        store = self.devices[name].store
        m = store.get(Meeting, self.meetings[meeting])
        self.line_no += 1
        line = f"{name} linje {self.line_no}"
        self.lines.append(line)
        store.save(m.replace(notes=(m.notes or "") + line + "\n"))

    @rule(name=st.sampled_from(NAMES))
    def add_action_item(self, name):
        self.line_no += 1
        what = f"{name} opgave {self.line_no}"
        self.items.append(what)
        self.devices[name].store.save(
            ActionItem(id=uuid7(), case_id=self.case_id, what=what, owner="jobcenter")
        )

    @rule(
        name=st.sampled_from(NAMES),
        drop_request=st.booleans(),
        drop_response=st.booleans(),
        duplicate=st.booleans(),
        outage=st.booleans(),
    )
    def sync(self, name, drop_request, drop_response, duplicate, outage):
        t = self.devices[name].transport
        t.fail_next_request = 10 if outage else int(drop_request)
        t.fail_next_response = int(drop_response)
        t.duplicate_next = int(duplicate)
        self._sync(name)
        t.fail_next_request = t.fail_next_response = t.duplicate_next = 0

    @rule(name=st.sampled_from(NAMES))
    def crash_and_reopen(self, name):
        device = self.devices[name]
        device.session.close()
        device.session = sessions.open_session(self.tmp / name, VAULT_PASSWORD)

    @rule(name=st.sampled_from(NAMES), skew=st.integers(-86_400, 86_400))
    def skew_clock(self, name, skew):
        store = self.devices[name].store
        wall = dt.datetime.now().timestamp
        # The wall clock jumps; the hybrid logical clock never runs backwards (it keeps its last
        # stamp), exactly as when the app restarts on a laptop whose clock was changed.
        skewed = HybridClock(store.actor.device_id[-12:], wall=lambda: wall() + skew)
        skewed.reset_to(store.clock.last)
        store._clock = skewed

    @rule(meeting=st.integers(0, 1), bad=BAD_WRITES)
    def hostile_value(self, meeting, bad):
        """Wrong types and shapes: the server refuses each with a reason, applies none."""
        field, value = bad
        op = self.eve.op("meeting", self.meetings[meeting], **{field: value})
        self.eve_ops.append(op)
        r = self.eve.push_raw([op])
        assert r.status_code < 500, r.text
        if r.status_code == 200:
            assert [x["status"] for x in r.json()["results"]] == ["refused"], (field, r.text)

    @rule(field=st.sampled_from(sorted(FROZEN_EDITS)))
    def hostile_frozen_edit(self, field):
        results = self.eve.push(self.eve.op("agreement", self.agreement,
                                            **{field: FROZEN_EDITS[field]}))
        assert [x["status"] for x in results] == ["refused"], results

    @rule(data=st.data())
    def hostile_replay(self, data):
        """An old operation again, even with other content: the stored answer, nothing applied."""
        if not self.eve_ops:
            return
        op = data.draw(st.sampled_from(self.eve_ops))
        r = self.eve.push_raw([op])
        assert r.status_code < 500, r.text

    # -- invariants ----------------------------------------------------------------------------
    @invariant()
    def honest_devices_never_set_anything_aside(self):
        for name, device in self.devices.items():
            assert syncing.problems(device.store) == [], f"{name}: {syncing.problems(device.store)}"

    @invariant()
    def nothing_arrives_twice(self):
        """What a user would see after a retried or repeated message: a line of the notes or an
        action item twice. Held after every step on every device, not only at the end."""
        for name, device in self.devices.items():
            for meeting_id in self.meetings:
                lines = [ln for ln in (device.store.get(Meeting, meeting_id).notes or "").split(
                    "\n") if ln]
                assert len(lines) == len(set(lines)), f"{name}: a note line arrived twice"
            whats = [a.what for a in device.store.list(ActionItem)]
            assert len(whats) == len(set(whats)), f"{name}: an action item arrived twice"

    @invariant()
    def own_writes_are_never_lost(self):
        """A device never loses what it wrote itself, whatever it pulls or however it crashes."""
        for name, device in self.devices.items():
            mine = [w for w in self.items if w.startswith(f"{name} ")]
            held = {a.what for a in device.store.list(ActionItem)}
            assert set(mine) <= held, f"{name} lost an action item it wrote"

    def teardown(self) -> None:
        if not hasattr(self, "devices"):
            return
        try:
            for _ in range(2):
                for name in NAMES:
                    self.devices[name].sync()  # calm network: must succeed
            self._check_final_state()
        finally:
            for device in self.devices.values():
                device.session.close()
            self.client.close()
            self.server.engine.dispose()
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _check_final_state(self) -> None:
        stores = [d.store for d in self.devices.values()]
        for store in stores:
            assert store.outbox_count() == 0
        for meeting_id in self.meetings:
            states = [s.get(Meeting, meeting_id) for s in stores]
            differing = {
                name: {k: getattr(st_, k) for k in ("place", "planned_hours", "notes")}
                for name, st_ in zip(NAMES, states, strict=True)
            }
            assert all(state == states[0] for state in states), (
                f"devices did not converge: {differing}")
            final = states[0]
            for field in LWW_FIELDS:
                writes = self.applied.get((meeting_id, field))
                if writes:
                    expected = max(writes, key=lambda w: w[0])[1]
                    assert getattr(final, field) == expected, (field, writes)
        conflicts = [c for c in stores[0].list(Conflict)]
        texts = " ".join(
            [stores[0].get(Meeting, m).notes or "" for m in self.meetings]
            + [f"{c.kept or ''} {c.other or ''}" for c in conflicts]
        )
        for line in self.lines:
            assert line in texts, f"lost note line {line!r}"
        with self.server.engine.connect() as conn:
            rows = conn.execute(
                select(records.c.record_type, records.c["values"]).where(
                    records.c.record_type.in_(("meeting", "action_item"))
                )
            ).all()
        assert sum(1 for r in rows if r.record_type == "meeting") == len(self.meetings)
        on_server = sorted(
            (json.loads(v) if isinstance(v, str) else v)["what"]
            for t, v in rows if t == "action_item"
        )
        assert on_server == sorted(self.items), "an action item was lost or arrived twice"
        for store in stores:
            assert len(store.list(Meeting)) == len(self.meetings)
            signed = store.get(Agreement, self.agreement)
            assert signed is not None and signed.status == SIGNED_AGREEMENT["status"]
            assert (signed.version, signed.scheme, signed.hours_per_week) == (
                1, SIGNED_AGREEMENT["scheme"], SIGNED_AGREEMENT["hours_per_week"])
            assert sorted(a.what for a in store.list(ActionItem)) == sorted(self.items)


SETTINGS = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def test_sync_state_machine(server_db: str) -> None:
    """The state machine against a server on SQLite and on PostgreSQL."""
    machine = type("SyncMachineOn", (SyncMachine,), {"database_url": server_db})
    run_state_machine_as_test(machine, settings=SETTINGS)
