"""`trepart-server report` over the server database (SQLite and PostgreSQL): the same figures as
the app computes from the same records, the pseudonymised CSV, its key and its audit entry."""

from __future__ import annotations

import csv
import datetime as dt
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from sync.evaluation import effect as e
from sync.evaluation.export import COLUMNS, pseudonym
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import admin, report
from sync.server import cli as server_cli
from tests.evaluation import synthetic as s
from tests.server.helpers import World

FROM, TO = (dt.date.fromisoformat(d) for d in s.PERIOD)
KEY = "k" * 40


def _push_synthetic(world: World) -> dict[str, str]:
    """The synthetic set through a consultant's device; returns synthetic id -> pushed id."""
    kim = world.device("kim", Role.CONSULTANT, "nord")
    ids: dict[str, str] = {}

    def new(old: str) -> str:
        return ids.setdefault(old, uuid7())

    project = s.PROJECTS[0]
    ops = [kim.op("project", new(project["id"]), team="nord",
                  **{k: v for k, v in project.items() if k != "id"})]
    for c in s.CASES:
        ops.append(kim.op("citizen", new(c["citizen_id"]), name=f"Borger {c['id']}",
                          cpr="010190-1234"))
        values = {k: v for k, v in c.items() if k != "id" and v is not None}
        values.update(citizen_id=new(c["citizen_id"]), project_id=new(c["project_id"]),
                      team="nord")
        ops.append(kim.op("case", new(c["id"]), **values))
    for kind, rows in (("retention_check", s.CHECKS), ("questionnaire", s.QUESTIONNAIRES),
                       ("scheme_application", s.APPLICATIONS)):
        for row in rows:
            values = {k: v for k, v in row.items() if k != "id" and v is not None}
            values["case_id"] = new(row["case_id"])
            ops.append(kim.op(kind, new(row["id"]), **values))
    kim.push_ok(*ops)
    return ids


def _local(ids: dict[str, str]) -> e.EffectReport:
    def swap(rows):
        out = []
        for r in rows:
            r = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in r.items()}
            out.append(r)
        return out

    data = e.EffectData.of(
        cases=swap(s.CASES), retention_checks=swap(s.CHECKS),
        questionnaires=swap(s.QUESTIONNAIRES), scheme_applications=swap(s.APPLICATIONS),
        projects=swap(s.PROJECTS),
    )
    return e.effect_report(data, period_from=FROM, period_to=TO)


def test_server_report_equals_the_apps_on_the_same_records(world: World) -> None:
    ids = _push_synthetic(world)
    on_server = report.effect_report(engine=world.engine, period_from=FROM, period_to=TO)
    assert on_server == _local(ids)
    assert on_server.groups["projekt"].self_support.weeks == 82


def test_server_export_csv_keyed_and_audited(world: World, tmp_path: Path) -> None:
    ids = _push_synthetic(world)
    settings = world.settings.model_copy(update={"report_key": SecretStr(KEY)})
    with pytest.raises(report.ReportError, match="TREPART_SERVER_REPORT_KEY"):
        report.export_csv(engine=world.engine, settings=world.settings, out=tmp_path / "a.csv",
                          period_from=FROM, period_to=TO)
    assert not (tmp_path / "a.csv").exists()
    out = tmp_path / "effekt.csv"
    count = report.export_csv(engine=world.engine, settings=settings, out=out,
                              period_from=FROM, period_to=TO, group="reference")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert count == len(rows) == 3 and tuple(rows[0]) == COLUMNS
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert {r["pseudonym"] for r in rows} == {
        pseudonym(KEY.encode(), "case", ids[c]) for c in ("R1", "R2", "R3")
    }
    text = out.read_text("utf-8")
    assert "Borger" not in text and "010190" not in text and "1234" not in text
    assert not any(pushed in text for pushed in ids.values())
    assert {r["foedselsaar"] for r in rows} == {"1990-1994"}
    audit = admin.audit(engine=world.engine, citizen_id=ids["cit-R1"])
    assert [a.action for a in audit.server if a.action == "admin_report_export"] == [
        "admin_report_export"
    ]


def test_server_cli_report(world: World, tmp_path: Path, capsys, monkeypatch) -> None:
    _push_synthetic(world)
    url = world.settings.resolved_database_url()
    out = tmp_path / "effekt.csv"
    monkeypatch.delenv("TREPART_SERVER_REPORT_KEY", raising=False)
    base = ["report", "--database-url", url, "--from", "2025-01-01", "--to", "2025-12-31"]
    assert server_cli.main([*base, "--out", str(out)]) == 1
    assert "TREPART_SERVER_REPORT_KEY" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("TREPART_SERVER_REPORT_KEY", KEY)
    assert server_cli.main([*base, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Projektgruppe: 4 forløb, 3 startet og 3 afsluttet" in printed
    assert "I job ved afslutning: projekt 66,7 % (2 af 3;" in printed
    assert "7 forløb skrevet pseudonymiseret" in printed
    logged = [a.action for a in admin.audit(engine=world.engine).server]
    assert "admin_report_view" in logged and "admin_report_export" in logged
    assert server_cli.main(
        ["report", "--database-url", url, "--from", "2025-12-31", "--to", "2025-01-01"]
    ) == 2
    assert "før startdatoen" in capsys.readouterr().err
    assert server_cli.main(
        ["report", "--database-url", url, "--from", "1990-01-01", "--to", "1990-12-31"]
    ) == 0
    assert "Der er ingen forløb i perioden" in capsys.readouterr().out


def test_server_report_counts_days_from_screening_to_contact_and_job(world: World) -> None:
    """Issue 13, item 1, on the server: the screening's day, the case's earliest meeting and its
    job start give the same days as in the app (SQLite and PostgreSQL)."""
    kim = world.device("kim", Role.CONSULTANT, "nord")
    citizen, screening_id, case = uuid7(), uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Borger Screenet", cpr="010190-1234"),
        kim.op("screening", screening_id, citizen_id=citizen,
               screened_at="2025-02-03T09:00:00+00:00", screened_by="kim",
               consent_to_record=True, impairment="ja", functions=["loeft"]),
        kim.op("case", case, citizen_id=citizen, team="nord", status="aktiv", group="projekt",
               scheme="virksomhedspraktik",
               start_date="2025-02-03", screening_id=screening_id, job_start_date="2025-04-04"),
        kim.op("meeting", uuid7(), case_id=case, kind="opfoelgning",
               starts_at="2025-03-05T10:00:00+00:00"),
        kim.op("meeting", uuid7(), case_id=case, kind="indledende",
               starts_at="2025-02-13T10:00:00+00:00"),
    )
    sc = report.effect_report(engine=world.engine, period_from=FROM, period_to=TO).groups[
        "projekt"].screening
    assert (sc.screened, sc.median_days_to_contact, sc.median_days_to_job) == (1, 10.0, 60.0)
