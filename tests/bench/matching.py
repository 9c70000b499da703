"""Matching: one citizen against 5,000 open needs, one need against 10,000 citizens (issue 14:
p95 under 100 ms). The baseline, measured in the same run, is a bare loop over the same inputs
that only reads each candidate's fields, so the ratio shows what scoring and ranking add.

`--size smoke` runs 500 needs and 1,000 citizens with fewer repetitions.
"""

from __future__ import annotations

import random
import time

from desktop.domain.matching import (
    CitizenProfile,
    NeedProfile,
    citizens_for_need,
    needs_for_citizen,
)
from sync.protocol import vocabulary as v
from tests.bench.common import BenchRow, percentile

POSTCODES = ("1050", "2100", "4600", "4700", "5000", "6200", "7100", "8000", "8200", "8700", "9000")
FUNCTIONS = v.WorkFunction.codes()
ACCOMMODATIONS = v.AccommodationCategory.codes()


def _needs(rng: random.Random, n: int, companies: list[str]) -> list[NeedProfile]:
    return [
        NeedProfile(
            need_id=f"need-{i}",
            company_id=rng.choice(companies),
            company_name=f"Firma {i}",
            title=rng.choice(("Lagermedhjælper", "Kontorassistent", "Gartner", "Bager")),
            hours_per_week=float(rng.choice((8, 12, 15, 20, 25, 30, 37))),
            demands=tuple(rng.sample(FUNCTIONS, rng.randint(0, 3))),
            accommodations=tuple(rng.sample(ACCOMMODATIONS, rng.randint(0, 5))),
            postcode=rng.choice(POSTCODES),
            text="Faste opgaver, lager og pakning",
        )
        for i in range(n)
    ]


def _citizens(rng: random.Random, n: int, companies: list[str]) -> list[CitizenProfile]:
    return [
        CitizenProfile(
            citizen_id=f"cit-{i}",
            name=f"Borger {i}",
            postcode=rng.choice(POSTCODES),
            capacity_hours=float(rng.choice((6, 10, 15, 20, 30))),
            screening_functions=tuple(rng.sample(FUNCTIONS, rng.randint(0, 2)))
            if rng.random() < 0.9
            else None,
            needed_accommodations=tuple(rng.sample(ACCOMMODATIONS, rng.randint(0, 3))),
            wish_companies=tuple(rng.sample(companies, 2)),
            wish_work=("lager",) if rng.random() < 0.3 else (),
        )
        for i in range(n)
    ]


def _p95_ms(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return percentile(samples, 95)


def run(size: str) -> list[BenchRow]:
    n_needs, n_citizens, repeat = (5_000, 10_000, 40) if size == "full" else (500, 1_000, 10)
    rng = random.Random(14)
    companies = [f"company-{i}" for i in range(400)]
    needs = _needs(rng, n_needs, companies)
    citizens = _citizens(rng, n_citizens, companies)
    one_citizen = citizens[0]
    one_need = needs[0]

    def bare_needs() -> None:
        sum(len(n.demands) + len(n.accommodations) for n in needs)

    def bare_citizens() -> None:
        sum(len(c.needed_accommodations) for c in citizens)

    for_citizen = _p95_ms(lambda: needs_for_citizen(one_citizen, needs), repeat)
    for_need = _p95_ms(lambda: citizens_for_need(one_need, citizens), repeat)
    base_needs = _p95_ms(bare_needs, repeat)
    base_citizens = _p95_ms(bare_citizens, repeat)
    return [
        BenchRow(
            "matching",
            f"1 citizen vs {n_needs:,} open needs, p95",
            for_citizen,
            "ms",
            base_needs,
            "< 100 ms",
            for_citizen < 100,
        ),
        BenchRow(
            "matching",
            f"1 need vs {n_citizens:,} citizens, p95",
            for_need,
            "ms",
            base_citizens,
            "< 100 ms",
            for_need < 100,
        ),
    ]
