"""A small synthetic data set whose report figures were worked out by hand (see
tests/evaluation/test_effect.py for the arithmetic). Fictitious; wire values as plain dicts."""

from __future__ import annotations

PROJECT_ID = "0190aaaa-0000-7000-8000-000000000001"
PERIOD = ("2025-01-01", "2025-12-31")


def _case(cid, group, start, end=None, outcome=None, job_start=None, citizen=None):
    return {
        "id": cid, "group": group, "project_id": PROJECT_ID, "start_date": start,
        "end_date": end, "outcome": outcome, "job_start_date": job_start,
        "citizen_id": citizen or f"cit-{cid}", "scheme": "ordinaer_eftervaern",
        "status": "afsluttet" if end else "aktiv",
    }


CASES = [
    _case("P1", "projekt", "2025-01-06", "2025-03-31", "ansat", "2025-03-03"),
    _case("P2", "projekt", "2025-02-01", "2025-04-30", "ansat", "2025-04-01"),
    _case("P3", None, "2025-03-01"),  # no group: counts as project group
    _case("P4", "projekt", "2024-06-01", "2025-01-31", "fortsat_ledig"),
    _case("P5", "projekt", "2024-01-01", "2024-12-31", "ansat"),  # ended before the period
    _case("R1", "reference", "2025-01-10", "2025-02-28", "ansat", "2025-03-01"),
    _case("R2", "reference", "2025-01-15", "2025-05-31"),  # outcome unknown
    _case("R3", "reference", "2025-02-01"),
]


def _check(case_id, on, status, hours=None, on_benefits=None):
    return {
        "id": f"rc-{case_id}-{on}", "case_id": case_id, "checked_on": on,
        "job_status": status, "hours_per_week": hours, "on_benefits": on_benefits,
    }


CHECKS = [
    _check("P1", "2025-06-03", "samme_job", 20.0),
    _check("P1", "2025-09-03", "samme_job", 25.0),
    _check("P2", "2025-07-10", "ledig", 0.0),
    _check("R1", "2025-06-01", "andet_job", 15.0, on_benefits=False),
    _check("R1", "2025-09-15", None),  # no job status: unknown, never employed
]


def _q(case_id, kind, on, w, c, h, o):
    return {
        "id": f"q-{case_id}-{kind}-{on}", "case_id": case_id, "kind": kind, "answered_on": on,
        "wellbeing": w, "confidence": c, "hours_managed": h, "own_assessment": o,
    }


QUESTIONNAIRES = [
    _q("P1", "start", "2025-01-05", 5, 5, 5, 5),  # superseded by the later start
    _q("P1", "start", "2025-01-10", 2, 2, 2, 2),
    _q("P1", "slut", "2025-03-30", 4, 3, 5, 4),
    _q("P2", "start", "2025-02-01", 3, 3, 3, 3),
    _q("P2", "slut", "2025-04-30", None, 3, 3, 3),  # half filled in: excluded, counted
    _q("P3", "start", "2025-03-01", 1, 2, 3, 4),
    _q("P3", "slut", "2025-06-01", 3, 2, 3, 5),
]


def _a(case_id, scheme, status, need, decision=None):
    return {
        "id": f"sa-{case_id}-{scheme}", "case_id": case_id, "scheme": scheme, "status": status,
        "need_date": need, "decision_date": decision,
    }


APPLICATIONS = [
    _a("P1", "personlig_assistance", "bevilget", "2025-03-01", "2025-03-15"),
    _a("P2", "hjaelpemidler", "afslaaet", "2025-04-01", "2025-05-11"),
    _a("P2", "mentorstoette", "soegt", "2025-04-05"),
    _a("P3", "fleksjob", "ikke_relevant", "2025-03-01"),
    _a("P4", "fortrinsadgang", "bevilget", "2025-02-10", "2025-02-01"),  # decided before need
]

PROJECTS = [
    {"id": PROJECT_ID, "name": "Rampen Vest", "target_enrolled": 10, "target_jobs": 4,
     "target_retained_6m": 70.0},
]
