"""The pseudonymised export for the external evaluator (issue 13, item 9): one CSV row per case.

Pure, like the report: the app (`trepart report`, the report view) and the server
(`trepart-server report`) hand it the same plain records and a secret key, and get the same rows.

What a row holds is a fixed list of columns (COLUMNS), filled from figures the report computes,
codes from the vocabulary and months, never from a record's own text: no name, CPR number,
address, phone, e-mail, free text, record id or health answer (the well-being score is health
data and stays out). A case is named by a stable pseudonym, an HMAC-SHA256 of its id under a key
kept inside the vault or in the server's settings: the same key gives the same pseudonym in every
export, so the evaluator can follow a case between exports, and without the key nobody can turn a
pseudonym back into a case. The birth year is given in 5-year bands, dates as year and month.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from collections.abc import Iterable, Mapping
from typing import Any

from sync.evaluation import effect as e
from sync.protocol.cpr import cpr_birth_date

MIN_KEY_BYTES = 32
BIRTH_BAND_YEARS = 5
# Score columns: the questionnaire scores that are not health data.
EXPORT_SCORES = ("confidence", "hours_managed", "own_assessment")
COLUMNS: tuple[str, ...] = (
    "pseudonym",
    "borger_pseudonym",
    "gruppe",
    "projekt",
    "foedselsaar",
    "maalgruppe",
    "ordning",
    "status",
    "start_maaned",
    "slut_maaned",
    "resultat",
    "jobstart_maaned",
    "fastholdt_3_mdr",
    "fastholdt_6_mdr",
    "fastholdt_12_mdr",
    "opfoelgningsuger",
    "selvforsoergende_uger",
    "ukendte_uger",
    "selvforsoergelsesgrad",
    *(f"{kind}_{score}" for kind in ("start", "slut") for score in EXPORT_SCORES),
    "ufuldstaendige_skemaer",
    "ordninger_afgjort",
    "ordninger_afventer",
    "dage_behov_til_afgoerelse_median",
)


class PseudonymKeyError(ValueError):
    """The pseudonym key is missing or too short (Danish message)."""


def pseudonym(key: bytes, kind: str, record_id: str) -> str:
    if len(key) < MIN_KEY_BYTES:
        raise PseudonymKeyError(
            f"Nøglen til pseudonymer skal være mindst {MIN_KEY_BYTES} byte lang."
        )
    mac = hmac.new(key, f"trepart:{kind}:{record_id}".encode(), hashlib.sha256)
    return mac.hexdigest()[:20]


def birth_band(cpr: str | None) -> str:
    """'1980-1984' for a CPR number born in 1982; '' when there is none or it is not valid."""
    born = cpr_birth_date(cpr) if cpr else None
    if born is None:
        return ""
    first = born.year - born.year % BIRTH_BAND_YEARS
    return f"{first}-{first + BIRTH_BAND_YEARS - 1}"


def _month(value: Any) -> str:
    day = e.as_date(value)
    return "" if day is None else f"{day:%Y-%m}"


def _retention(value: bool | None | str) -> str:
    if value == "not_yet":
        return "ikke_endnu"
    if value is None:
        return "ukendt"
    return "ja" if value else "nej"


def _number(value: float | None, digits: int = 3) -> str:
    return "" if value is None else f"{round(value, digits):g}"


def export_rows(
    *,
    key: bytes,
    data: e.EffectData,
    cases: Iterable[Mapping[str, Any]],
    citizens: Mapping[str, Mapping[str, Any]],
    period_from: Any,
    period_to: Any,
    group: str | None = None,
    project_id: str | None = None,
) -> list[dict[str, str]]:
    """One row per case in the period (group None: both groups), sorted by pseudonym."""
    chosen = {
        c.id: c
        for c in e.select_cases(
            data, period_from=period_from, period_to=period_to, group=group,
            project_id=project_id,
        )
    }
    rows = []
    for raw in cases:
        facts = chosen.get(str(raw.get("id")))
        if facts is None:
            continue
        citizen = citizens.get(str(raw.get("citizen_id") or ""), {})
        checks = data.checks.get(facts.id, [])
        weeks, good, unknown = e.follow_up_weeks(facts, checks, period_to)
        questionnaire = _latest_scores(data.questionnaires.get(facts.id, []))
        track = e.fast_track([facts], data.applications)
        project = data.projects.get(facts.project_id or "")
        row = {
            "pseudonym": pseudonym(key, "case", facts.id),
            "borger_pseudonym": (
                pseudonym(key, "citizen", str(raw["citizen_id"])) if raw.get("citizen_id") else ""
            ),
            "gruppe": facts.group,
            "projekt": project.name if project else "",
            "foedselsaar": birth_band(citizen.get("cpr")),
            "maalgruppe": str(citizen.get("target_group") or ""),
            "ordning": str(raw.get("scheme") or ""),
            "status": str(raw.get("status") or ""),
            "start_maaned": _month(facts.start),
            "slut_maaned": _month(facts.end),
            "resultat": facts.outcome or "",
            "jobstart_maaned": _month(facts.job_start),
            **{
                f"fastholdt_{m}_mdr": _retention(e.retention_at(facts, checks, m, period_to))
                for m in e.MILESTONES
            },
            "opfoelgningsuger": str(weeks),
            "selvforsoergende_uger": str(good),
            "ukendte_uger": str(unknown),
            "selvforsoergelsesgrad": _number(good / weeks if weeks else None),
            **questionnaire,
            "ordninger_afgjort": str(track.decided),
            "ordninger_afventer": str(track.pending),
            "dage_behov_til_afgoerelse_median": _number(track.median_days, 1),
        }
        rows.append(row)
    return sorted(rows, key=lambda r: r["pseudonym"])


def _latest_scores(questionnaires: list[Mapping[str, Any]]) -> dict[str, str]:
    """The latest complete start and end questionnaire's non-health scores, and the number of
    incomplete ones left out."""
    out = {f"{kind}_{s}": "" for kind in ("start", "slut") for s in EXPORT_SCORES}
    incomplete = 0
    latest: dict[str, Mapping[str, Any]] = {}
    for q in questionnaires:
        if not e.complete(q):
            incomplete += 1
            continue
        kind = str(q.get("kind"))
        current = latest.get(kind)
        if current is None or str(q.get("answered_on")) > str(current.get("answered_on")):
            latest[kind] = q
    for kind, q in latest.items():
        for s in EXPORT_SCORES:
            out[f"{kind}_{s}"] = str(q.get(s))
    out["ufuldstaendige_skemaer"] = str(incomplete)
    return out


def to_csv(rows: Iterable[Mapping[str, str]]) -> str:
    """RFC 4180 CSV (comma, CRLF, UTF-8), a header row first: what R, Stata and Excel read."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="raise")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()
