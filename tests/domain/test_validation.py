import datetime as dt

from desktop.domain.lifecycle import (
    aftercare_dates,
    content_hash,
    missing_parties,
    new_version,
    verification_code,
)
from desktop.domain.problems import ValidationError
from desktop.domain.records import (
    RECORD_CLASSES,
    Accommodation,
    Agreement,
    Case,
    Citizen,
    Company,
    HoursPeriod,
    Meeting,
    Plan,
    Signature,
)
from desktop.domain.validation import (
    completeness_for_signing,
    plan_completeness_for_signing,
    validate,
    validate_periods,
)


def codes(problems, blocking_only=True):
    return sorted(p.code for p in problems if p.blocking or not blocking_only)


def test_domain_records_mirror_the_catalogue():
    import dataclasses

    for name, cls in RECORD_CLASSES.items():
        fields = tuple(f.name for f in dataclasses.fields(cls) if f.name != "id")
        assert fields == cls.catalogue().field_names, name


def test_citizen_reports_every_problem_at_once():
    c = Citizen(id="x", name="", cpr="320190-1234", email="ikke-en-mail")
    assert codes(validate(c)) == ["cpr.date", "email.format", "name.required"]
    err = ValidationError(validate(c))
    assert "CPR" in str(err) and "Navn skal udfyldes" in str(err)


def test_company_cvr_and_contacts():
    c = Company(id="x", name="Bæk ApS", cvr="13748137", contacts=[{"name": ""}])
    assert codes(validate(c)) == ["contacts.name", "cvr.checksum"]
    assert validate(Company(id="x", name="Bæk ApS", cvr="13748136")) == []


def test_case_dates_in_order():
    case = Case(
        id="x", citizen_id="c", start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 4, 1)
    )
    assert codes(validate(case)) == ["case.dates"]


def test_meeting_requires_time_and_next_after():
    m = Meeting(id="x", case_id="c", starts_at=None)
    assert "starts_at.required" in codes(validate(m))
    m = Meeting(
        id="x",
        case_id="c",
        starts_at=dt.datetime(2026, 1, 2, 10),
        next_meeting_at=dt.datetime(2026, 1, 1, 10),
        actual_hours=40,
    )
    assert codes(validate(m)) == ["actual_hours.max", "meeting.next"]


def test_diagnosis_words_give_a_notice_not_an_error():
    c = Citizen(id="x", name="A", functional_limitations="Har depression og angst")
    problems = validate(c)
    assert codes(problems) == []
    assert [p.code for p in problems] == ["health.diagnosis"]


def _agreement(**kw):
    base = dict(
        id="a1",
        case_id="c",
        valid_from=dt.date(2026, 1, 1),
        hours_per_week=12,
        weekday_hours={"man": 4, "tir": 4, "ons": 4},
        accommodations=[Accommodation("ekstra_pauser", "Ekstra pause kl. 10", "Dagligt")],
        bad_day_plan="Ring til mentor",
    )
    base.update(kw)
    return Agreement(**base)


def test_agreement_valid_to_before_valid_from():
    a = _agreement(valid_to=dt.date(2025, 12, 1))
    assert codes(validate(a)) == ["agreement.dates"]


def test_agreement_spread_must_match_hours():
    assert codes(validate(_agreement(hours_per_week=10))) == ["agreement.spread"]


def test_hours_in_messages_are_written_with_a_decimal_comma():
    a = _agreement(hours_per_week=12.5, weekday_hours={"man": 4, "tir": 4, "ons": 4.25})
    (problem,) = validate(a)
    assert "(12,25)" in problem.message and "(12,5)" in problem.message


def test_incomplete_agreement_says_what_is_missing():
    a = Agreement(id="a", case_id="c")
    missing = codes(completeness_for_signing(a))
    assert "accommodations.missing" in missing
    assert "bad_day_plan.missing" in missing
    assert "valid_from.required" in missing
    assert completeness_for_signing(_agreement()) == []


def test_hours_progression_overlap_gap_and_max():
    ok = [HoursPeriod(1, 2, 2, 2), HoursPeriod(3, 4, 3, 3)]
    assert validate_periods(ok) == []
    assert codes(validate_periods([HoursPeriod(1, 3, 2, 2), HoursPeriod(3, 4, 3, 3)])) == [
        "period.overlap"
    ]
    assert codes(validate_periods([HoursPeriod(1, 2, 2, 2), HoursPeriod(5, 6, 3, 3)])) == [
        "period.gap"
    ]
    assert codes(validate_periods([HoursPeriod(1, 2, 5, 8)])) == ["period.max"]


def test_plan_validation_includes_periods():
    p = Plan(
        id="p",
        case_id="c",
        goal="Mål",
        start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 3, 1),
        periods=[HoursPeriod(1, 2, 7, 6)],
    )
    assert codes(validate(p)) == ["period.max"]


def test_plan_needs_progression_and_every_partys_commitments_before_signing():
    p = Plan(
        id="p",
        case_id="c",
        goal="Mål",
        start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 3, 1),
        commitments={"borger": "Møder til tiden"},
    )
    problems = plan_completeness_for_signing(p)
    assert [pr.code for pr in problems] == ["periods.missing", "commitments.missing"]
    assert problems[1].message == "Planen mangler forpligtelser for: virksomhed, jobcenter."
    ready = p.replace(
        periods=[HoursPeriod(1, 4, 3, 3.0)],
        commitments={"borger": "a", "virksomhed": "b", "jobcenter": "c"},
    )
    assert plan_completeness_for_signing(ready) == []
    too_many = ready.replace(periods=[HoursPeriod(1, 2, 7, 6)])
    assert codes(plan_completeness_for_signing(too_many)) == ["period.max"]


def test_content_hash_covers_content_not_status():
    a = _agreement()
    signed = a.replace(status="underskrevet")
    assert content_hash(a) == content_hash(signed)
    assert content_hash(a) != content_hash(a.replace(hours_per_week=13))
    assert content_hash(a) == content_hash(a.replace(health_notes="kun jobcenter"))  # not printed
    assert len(verification_code(content_hash(a))) == 14


def test_lifecycle_new_version_and_missing_parties():
    a = _agreement(status="underskrevet")
    digest = content_hash(a)
    sigs = [
        Signature(
            id=f"s{i}", case_id="c", document_id=a.id, content_hash=digest, party=p, signer_name="X"
        )
        for i, p in enumerate(("borger", "virksomhed"))
    ]
    assert missing_parties(a, sigs) == ["jobcenter"]
    v2 = new_version(a, new_id="a2")
    assert (v2.version, v2.supersedes_id, v2.status) == (2, "a1", "kladde")
    assert missing_parties(v2, sigs) == ["borger", "virksomhed", "jobcenter"]


def test_aftercare_default_cadence():
    dates = aftercare_dates(dt.date(2026, 1, 1))
    assert dates[0] == dt.date(2026, 1, 15) and len(dates) == 5
    assert dates[-1] == dt.date(2027, 1, 1)
