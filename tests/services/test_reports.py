"""The effect report and the pseudonymised CSV over a demo vault: the demo cohort's known
outcomes reach the report, the CSV holds no personal value of the vault, everything is audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

from desktop.domain.records import (
    AuditEntry,
    Case,
    Citizen,
    Questionnaire,
    RetentionCheck,
    SchemeApplication,
)
from desktop.services import demo, reports
from desktop.services.demo_effect import EFFECT_COHORT
from sync.evaluation import export as x
from sync.protocol.catalogue import CATALOGUE, FieldType
from tests.services.conftest import CONSULTANT, MENTOR

TODAY = dt.date(2026, 11, 30)
FROM, TO = dt.date(2024, 1, 1), TODAY


@pytest.fixture
def demo_store(store):
    demo.generate(store, cases=24, meetings_per_case=3, today=TODAY)
    return store


def _cohort(store):
    return [c for c in store.list(Case) if (c.title or "").startswith("Effektforløb")]


def test_demo_cohort_both_groups_and_reference_gets_only_outcome_data(demo_store):
    cohort = _cohort(demo_store)
    assert len(cohort) == EFFECT_COHORT
    reference = {c.id for c in cohort if c.group == "reference"}
    assert len(reference) == EFFECT_COHORT // 2
    for cls in (Questionnaire, SchemeApplication):
        assert not [r for r in demo_store.list(cls) if r.case_id in reference]
    checks = [r for r in demo_store.list(RetentionCheck) if r.case_id in reference]
    assert len(checks) == 4 * len(reference)


def test_report_over_the_demo_has_both_groups(demo_store):
    report = reports.effect_report(
        demo_store, viewer=CONSULTANT, period_from=FROM, period_to=TO
    )
    project, reference = report.groups["projekt"], report.groups["reference"]
    assert project.cases > 0 and reference.cases > 0
    assert project.retained[12].n >= EFFECT_COHORT // 2 - 1
    assert project.questionnaire.pairs >= 1 and project.questionnaire.incomplete >= 1
    assert reference.questionnaire.pairs == 0 and reference.fast_track.decided == 0
    audit = [a for a in demo_store.list(AuditEntry) if a.record_type == "report"]
    assert [a.action for a in audit] == ["view"]


def test_dates_out_of_order_are_refused(demo_store):
    with pytest.raises(reports.ReportError, match="før startdatoen"):
        reports.effect_report(demo_store, viewer=CONSULTANT, period_from=TO, period_to=FROM)


def test_a_mentor_gets_no_report(demo_store):
    with pytest.raises(PermissionError):
        reports.effect_report(demo_store, viewer=MENTOR, period_from=FROM, period_to=TO)


def _vault_values(store) -> set[str]:
    """Every text value in the vault a CSV must not carry: names, CPR (with and without the
    hyphen), addresses, phones, e-mails, free text, and every record id."""
    values: set[str] = set()
    for name, rt in CATALOGUE.items():
        if name == "project":  # a project's name is no personal data: the CSV names it
            continue
        table = reports._values  # the same reader the export uses
        cls = {c.RECORD_TYPE: c for c in _record_classes()}.get(name)
        if cls is None:
            continue
        for row in table(store, cls):
            values.add(str(row["id"]))
            for f in rt.fields:
                value = row.get(f.name)
                if f.type in (FieldType.STR, FieldType.TEXT, FieldType.REF) and value:
                    values.add(str(value))
                    if f.name == "cpr":
                        values.add(str(value).replace("-", ""))
    return {v for v in values if len(v) >= 4}


def _record_classes():
    from desktop.domain import records

    return [
        c for c in vars(records).values()
        if isinstance(c, type) and issubclass(c, records.Record) and c.RECORD_TYPE
    ]


def test_csv_holds_no_value_from_the_vault(demo_store, tmp_path):
    out = tmp_path / "effekt.csv"
    result = reports.export_csv(
        demo_store, viewer=CONSULTANT, out=out, period_from=FROM, period_to=TO
    )
    text = out.read_text("utf-8")
    assert (out.stat().st_mode & 0o777) == 0o600
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == result.rows > EFFECT_COHORT
    assert tuple(rows[0]) == x.COLUMNS
    secrets_ = _vault_values(demo_store)
    assert len(secrets_) > 100
    # The project's name is in the CSV by design (no personal data): scan the rest.
    from desktop.domain.records import Project

    scanned = text
    for project in demo_store.list(Project):
        scanned = scanned.replace(project.name, "")
    assert scanned != text
    # A pseudonym is 20 random-looking hex digits (a fresh key each run): one may hold a
    # postcode's four digits by chance. Pseudonyms are checked as whole cells, the rest as text.
    pseudonyms = {r[c] for r in rows for c in ("pseudonym", "borger_pseudonym") if r[c]}
    assert pseudonyms and all(re.fullmatch(r"[0-9a-f]{20}", p) for p in pseudonyms)
    assert not pseudonyms & secrets_
    for p in pseudonyms:
        scanned = scanned.replace(p, "")
    leaked = [s for s in secrets_ if s in scanned]
    assert leaked == []
    # No CPR-shaped number at all, and birth years only as 5-year bands.
    assert not re.search(r"(?<![0-9a-f])\d{6}-?\d{4}(?![0-9a-f])", text)
    assert all(re.fullmatch(r"(\d{4}-\d{4})?", r["foedselsaar"]) for r in rows)
    assert all(int(r["foedselsaar"][5:]) - int(r["foedselsaar"][:4]) == 4
               for r in rows if r["foedselsaar"])
    assert "wellbeing" not in text and "trivsel" not in text


def test_pseudonyms_are_stable_and_keyed(demo_store, tmp_path):
    first, _ = reports.export_csv_text(
        demo_store, viewer=CONSULTANT, period_from=FROM, period_to=TO
    )
    again, _ = reports.export_csv_text(
        demo_store, viewer=CONSULTANT, period_from=FROM, period_to=TO
    )
    assert first == again
    case = _cohort(demo_store)[0]
    key = reports.pseudonym_key(demo_store)
    assert x.pseudonym(key, "case", case.id) in first
    assert x.pseudonym(b"k" * 32, "case", case.id) not in first


def test_export_by_group_and_audit(demo_store):
    _, project_rows = reports.export_csv_text(
        demo_store, viewer=CONSULTANT, period_from=FROM, period_to=TO, group="projekt"
    )
    text, reference_rows = reports.export_csv_text(
        demo_store, viewer=CONSULTANT, period_from=FROM, period_to=TO, group="reference"
    )
    _, all_rows = reports.export_csv_text(
        demo_store, viewer=CONSULTANT, period_from=FROM, period_to=TO
    )
    assert project_rows + reference_rows == all_rows
    assert {r["gruppe"] for r in csv.DictReader(io.StringIO(text))} == {"reference"}
    exports = [a for a in demo_store.list(AuditEntry) if a.action == "export"]
    assert len(exports) == 3
    assert all("forløb" in a.detail for a in exports)
    # The audit never names a citizen.
    names = {c.name for c in demo_store.list(Citizen)}
    assert not any(n in a.detail for a in exports for n in names)


def test_empty_period_gives_only_the_header(demo_store):
    text, count = reports.export_csv_text(
        demo_store, viewer=CONSULTANT, period_from=dt.date(1990, 1, 1),
        period_to=dt.date(1990, 12, 31),
    )
    assert count == 0 and text.strip() == ",".join(x.COLUMNS)


def test_no_effect_demo_in_a_mentor_vault(store):
    store.set_identity(username="mette.mentor", role="mentor", team=None)
    from desktop.services.demo_effect import add_effect_demo

    demo.save_all(store, list(demo.records(cases=24, meetings_per_case=1, seed=1, today=TODAY)))
    assert add_effect_demo(store, seed=1, today=TODAY) == {}
    assert store.count(Questionnaire) == store.count(SchemeApplication) == 0


def test_days_from_screening_over_the_demo_match_a_direct_count(demo_store):
    """The report's days from screening to first company contact and to job start, against the
    same figures counted directly from the records (issue 13, item 1)."""
    import statistics

    from desktop.domain.records import Meeting, Screening

    report = reports.effect_report(demo_store, viewer=CONSULTANT, period_from=FROM, period_to=TO)
    sc = report.groups["projekt"].screening
    chosen = {c.id for c in demo_store.list(Case)
              if c.group != "reference" and c.screening_id
              and (c.start_date is None or c.start_date <= TO)
              and (c.end_date is None or c.end_date >= FROM)}
    screened = {s.id: s.screened_at.date() for s in demo_store.list(Screening)}
    to_contact, to_job = [], []
    for case in demo_store.list(Case):
        if case.id not in chosen or case.screening_id not in screened:
            continue
        day = screened[case.screening_id]
        met = [m.starts_at.date() for m in demo_store.list(Meeting, where={"case_id": case.id})]
        listed = [dt.date.fromisoformat(w["status_date"]) for w in case.wishes or []
                  if w.get("status") not in (None, "", "ikke_kontaktet") and w.get("status_date")]
        first = min(met + listed, default=None)
        if first is not None and first >= day:
            to_contact.append((first - day).days)
        if case.job_start_date is not None and case.job_start_date >= day:
            to_job.append((case.job_start_date - day).days)
    assert sc.screened == len([c for c in chosen if demo_store.get(Case, c).screening_id
                               in screened]) > 0
    assert sc.to_contact == len(to_contact) > 0
    assert sc.median_days_to_contact == float(statistics.median(to_contact))
    assert sc.to_job == len(to_job)
