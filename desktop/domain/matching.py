"""Matching citizens and company needs: a ranked, explainable list, for the consultant to judge.

Pure: plain values in, plain values out (no Qt, no database), so it is tested on small synthetic
sets and benchmarked on large ones (tests/bench/matching.py). Nothing is sent or shared: the
consultant reads the suggestions and decides. A need's company never sees anything of this.

The score is a sum of named parts, and each part that counts is a `Reason` shown beside the
suggestion:
- hours: the need's hours per week against the citizen's capacity (the hours of the case's
  agreement, else its plan or last meeting);
- functions: a need whose demands hit a function the citizen's screening marks is left out
  (counted, never ranked); one with no such demand says so;
- accommodations: the skånehensyn the citizen needs (from the agreement) that the company can
  offer, and those it cannot;
- the citizen's own list: the company is on it (the dream counts more), or the kind of work in a
  wish appears in the need's title, tasks or the company's industry;
- distance between postcodes, approximated (see `distance_band`).

A citizen with neither a screening nor an own list gets no ranking but the list of what is missing;
with one of them, the ranking runs and the result says what it could not weigh.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TypeVar

from sync.protocol import vocabulary as v

HOURS_FIT = 3.0
HOURS_OVER = -3.0
NO_FUNCTION_HIT = 2.0
ACCOMMODATION_OFFERED = 1.0
ACCOMMODATION_MISSING = -1.0
ON_OWN_LIST = 4.0
DREAM = 1.0
WORK_WISH = 2.0
DISTANCE_POINTS = {0: 2.0, 1: 1.5, 2: 0.5, 3: 0.0}


class Distance(IntEnum):
    """How far apart two Danish postcodes are, roughly (smaller is nearer)."""

    SAME = 0  # the same postcode
    NEAR = 1  # the same first two digits: the same town or its neighbours (e.g. 80xx Aarhus)
    REGION = 2  # the same first digit: the same part of the country (e.g. 8xxx East Jutland)
    FAR = 3  # another part of the country


def distance_band(a: str | None, b: str | None) -> Distance | None:
    """A simple approximation of the distance between two postcodes, None when one is unknown.

    Danish postcodes were handed out by region and, within a region, roughly along the roads out
    of its main town: 1000-2999 Copenhagen and its suburbs, 3xxx North Zealand and Bornholm
    (37xx), 4xxx the rest of Zealand and the southern islands, 5xxx Funen, 6xxx South Jutland, 7xxx
    the middle and west of Jutland, 8xxx East Jutland, 9xxx North Jutland. So a shared prefix is
    a fair, cheap stand-in for "near" without a map or a network call: it is wrong at the borders
    of the bands (8600 Silkeborg is nearer 7400 Herning than 8900 Randers is), and the reason
    shown says "samme område", never kilometres.
    """
    if not a or not b or len(a) != 4 or len(b) != 4 or not (a + b).isdigit():
        return None
    if a == b:
        return Distance.SAME
    if a[:2] == b[:2]:
        return Distance.NEAR
    if a[0] == b[0] or (a[0] in "12" and b[0] in "12"):
        return Distance.REGION
    return Distance.FAR


_DISTANCE_TEXT = {
    Distance.SAME: "Samme postnummer ({a})",
    Distance.NEAR: "Samme område ({a} og {b})",
    Distance.REGION: "Samme landsdel ({a} og {b})",
    Distance.FAR: "Langt væk ({a} og {b})",
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One part of a score: a code the UI words in its language, its arguments, the points it
    gives, and the Danish text."""

    code: str
    points: float
    text: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CitizenProfile:
    citizen_id: str
    name: str
    case_id: str | None = None
    postcode: str | None = None
    capacity_hours: float | None = None  # None: not known
    # None: no screening recorded; () a screening that marks no function.
    screening_functions: tuple[str, ...] | None = None
    needed_accommodations: tuple[str, ...] = ()
    wish_companies: tuple[str, ...] = ()  # company ids on the citizen's own list
    dream_companies: tuple[str, ...] = ()
    wish_work: tuple[str, ...] = ()  # kinds of work on the list ("lager", "gartneri")

    @property
    def has_wishes(self) -> bool:
        return bool(self.wish_companies or self.wish_work)


@dataclass(frozen=True, slots=True)
class NeedProfile:
    need_id: str
    company_id: str
    company_name: str
    title: str
    kind: str = v.NeedKind.ORDINARY.value
    hours_per_week: float | None = None
    demands: tuple[str, ...] = ()
    accommodations: tuple[str, ...] = ()
    postcode: str | None = None
    text: str = ""  # the need's tasks and the company's industry, for the own-list wishes
    status: str = v.NeedStatus.OPEN.value


@dataclass(frozen=True, slots=True)
class Suggestion:
    citizen: CitizenProfile
    need: NeedProfile
    score: float
    reasons: tuple[Reason, ...]
    distance: Distance | None


@dataclass(frozen=True, slots=True)
class MatchResult:
    suggestions: tuple[Suggestion, ...] = ()
    # What the matching could not weigh, in Danish: "Borgeren har ingen screening", ...
    missing: tuple[str, ...] = ()
    # Needs (or citizens) left out because a demand hits a function the screening marks.
    excluded: int = 0
    ranked: bool = True  # False: nothing to rank on, see `missing`


def _hours(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 3}


def _labels(enum: type[v.LabelledEnum], codes: Iterable[str]) -> str:
    out = []
    for code in codes:
        try:
            out.append(enum(code).label.casefold())
        except ValueError:
            out.append(code)
    return ", ".join(out)


def hit_functions(citizen: CitizenProfile, need: NeedProfile) -> tuple[str, ...]:
    """The need's demands that hit a function the citizen's screening marks."""
    marked = citizen.screening_functions or ()
    return tuple(d for d in need.demands if d in marked)


def score(citizen: CitizenProfile, need: NeedProfile) -> Suggestion | None:
    """The suggestion for one pair, or None when a demand hits a marked function."""
    if hit_functions(citizen, need):
        return None
    reasons: list[Reason] = []
    if need.hours_per_week is not None and citizen.capacity_hours is not None:
        h, cap = _hours(need.hours_per_week), _hours(citizen.capacity_hours)
        if need.hours_per_week <= citizen.capacity_hours:
            reasons.append(
                Reason(
                    "hours_fit",
                    HOURS_FIT,
                    f"Timerne passer ({h} t/uge, borgeren kan {cap})",
                    (h, cap),
                )
            )
        else:
            reasons.append(
                Reason(
                    "hours_over",
                    HOURS_OVER,
                    f"Flere timer end borgeren kan ({h} t/uge mod {cap})",
                    (h, cap),
                )
            )
    if citizen.screening_functions is not None:
        reasons.append(
            Reason("no_function_hit", NO_FUNCTION_HIT, "Ingen krav rammer funktioner i screeningen")
        )
    offered = [a for a in citizen.needed_accommodations if a in need.accommodations]
    lacking = [a for a in citizen.needed_accommodations if a not in need.accommodations]
    if offered:
        text = _labels(v.AccommodationCategory, offered)
        reasons.append(
            Reason(
                "accommodations_offered",
                ACCOMMODATION_OFFERED * len(offered),
                f"Skånehensyn tilbydes: {text}",
                tuple(offered),  # codes: the UI words them in its own language
            )
        )
    if lacking:
        text = _labels(v.AccommodationCategory, lacking)
        reasons.append(
            Reason(
                "accommodations_missing",
                ACCOMMODATION_MISSING * len(lacking),
                f"Skånehensyn tilbydes ikke: {text}",
                tuple(lacking),
            )
        )
    if need.company_id in citizen.wish_companies:
        dream = need.company_id in citizen.dream_companies
        reasons.append(
            Reason(
                "own_list_dream" if dream else "own_list",
                ON_OWN_LIST + (DREAM if dream else 0.0),
                "Borgerens drømmevirksomhed" if dream else "På borgerens egen liste",
            )
        )
    else:
        need_text = f"{need.title} {need.text}".casefold()
        for wish in citizen.wish_work:
            # A word of the wish inside the need's words: "lager" fits "Lagermedarbejder".
            if any(w in need_text for w in _words(wish)):
                reasons.append(
                    Reason("work_wish", WORK_WISH, f"Passer med ønsket «{wish}»", (wish,))
                )
                break
    band = distance_band(citizen.postcode, need.postcode)
    if band is not None:
        a, b = citizen.postcode or "", need.postcode or ""
        reasons.append(
            Reason(
                f"distance_{band.name.lower()}",
                DISTANCE_POINTS[band],
                _DISTANCE_TEXT[band].format(a=a, b=b),
                (a, b),
            )
        )
    total = 0.0
    for r in reasons:  # added one by one, in order, like `points`
        total += r.points
    total = round(total, 2)
    return Suggestion(citizen, need, total, tuple(reasons), band)


def missing_for(citizen: CitizenProfile) -> tuple[str, ...]:
    out = []
    if citizen.screening_functions is None:
        out.append("Borgeren har ingen screening: funktioner kan ikke vurderes")
    if not citizen.has_wishes:
        out.append("Borgeren har ingen egen liste (ønskeliste)")
    if citizen.capacity_hours is None:
        out.append("Borgerens timer pr. uge er ikke kendt (ingen aftale, plan eller møde)")
    return tuple(out)


def _wish_words(citizen: CitizenProfile) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_words(w)) for w in citizen.wish_work)


def points(
    citizen: CitizenProfile,
    need: NeedProfile,
    wish_words: tuple[tuple[str, ...], ...],
    need_text: str,
    bands: dict[tuple[str | None, str | None], Distance | None] | None = None,
) -> tuple[float, Distance | None] | None:
    """The score of `score(citizen, need)` without building its reasons (the ranking's fast
    path: only the suggestions shown get their reasons). The parts are added in the same order,
    so the two agree to the last bit; a test holds them together. `bands` caches distances
    between postcode pairs across one ranking."""
    marked = citizen.screening_functions
    if marked and any(d in marked for d in need.demands):
        return None
    total = 0.0
    if need.hours_per_week is not None and citizen.capacity_hours is not None:
        total += HOURS_FIT if need.hours_per_week <= citizen.capacity_hours else HOURS_OVER
    if marked is not None:
        total += NO_FUNCTION_HIT
    needed = citizen.needed_accommodations
    if needed:
        offered = 0
        for a in needed:
            if a in need.accommodations:
                offered += 1
        lacking = len(needed) - offered
        if offered:
            total += ACCOMMODATION_OFFERED * offered
        if lacking:
            total += ACCOMMODATION_MISSING * lacking
    if need.company_id in citizen.wish_companies:
        total += ON_OWN_LIST + (DREAM if need.company_id in citizen.dream_companies else 0.0)
    else:
        for words in wish_words:
            if any(w in need_text for w in words):
                total += WORK_WISH
                break
    if bands is None:
        band = distance_band(citizen.postcode, need.postcode)
    else:
        key = (citizen.postcode, need.postcode)
        band = (
            bands[key]
            if key in bands
            else bands.setdefault(key, distance_band(citizen.postcode, need.postcode))
        )
    if band is not None:
        total += DISTANCE_POINTS[band]
    return round(total, 2), band


def _need_text(need: NeedProfile) -> str:
    return f"{need.title} {need.text}".casefold()


T = TypeVar("T")


def _best(
    scored: list[tuple[float, int, int]],
    items: Sequence[T],
    name: Callable[[T], tuple[str, str]],
    limit: int | None,
) -> list[T]:
    """The `limit` best items by (score desc, distance, name, id). The name is computed only
    for the items that can make the cut (the ranking's hot path scores thousands)."""
    if limit and len(scored) > limit:
        cut = heapq.nsmallest(limit, scored)[-1][:2]
        scored = [k for k in scored if k[:2] <= cut]
    ranked = sorted(scored, key=lambda k: (k[0], k[1], *name(items[k[2]])))
    return [items[k[2]] for k in (ranked[:limit] if limit else ranked)]


def needs_for_citizen(
    citizen: CitizenProfile, needs: Sequence[NeedProfile], *, limit: int | None = 50
) -> MatchResult:
    """Open needs ranked for one citizen (needs that are filled or closed are left out)."""
    missing = missing_for(citizen)
    if citizen.screening_functions is None and not citizen.has_wishes:
        return MatchResult(missing=missing, ranked=False)
    wish_words = _wish_words(citizen)
    bands: dict[tuple[str | None, str | None], Distance | None] = {}
    scored: list[tuple[float, int, int]] = []
    excluded = 0
    for i, need in enumerate(needs):
        if need.status not in OPEN_STATUSES:
            continue
        got = points(citizen, need, wish_words, _need_text(need), bands)
        if got is None:
            excluded += 1
            continue
        total, band = got
        scored.append((-total, 9 if band is None else int(band), i))
    top = _best(scored, needs, lambda n: (n.title.casefold(), n.need_id), limit)
    out = tuple(s for n in top if (s := score(citizen, n)) is not None)
    return MatchResult(out, missing, excluded)


def citizens_for_need(
    need: NeedProfile, citizens: Sequence[CitizenProfile], *, limit: int | None = 50
) -> MatchResult:
    """The team's citizens ranked for one need. Citizens with neither a screening nor an own
    list are not ranked; their number is given in `missing`."""
    scored: list[tuple[float, int, int]] = []
    excluded = unrankable = 0
    need_text = _need_text(need)
    bands: dict[tuple[str | None, str | None], Distance | None] = {}
    words: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for i, citizen in enumerate(citizens):
        if (
            citizen.screening_functions is None
            and not citizen.wish_companies
            and not citizen.wish_work
        ):
            unrankable += 1
            continue
        wish_words: tuple[tuple[str, ...], ...] = ()
        if citizen.wish_work:
            wish_words = words.get(citizen.wish_work) or words.setdefault(
                citizen.wish_work, _wish_words(citizen)
            )
        got = points(citizen, need, wish_words, need_text, bands)
        if got is None:
            excluded += 1
            continue
        total, band = got
        scored.append((-total, 9 if band is None else int(band), i))
    top = _best(scored, citizens, lambda c: (c.name.casefold(), c.citizen_id), limit)
    out = tuple(s for c in top if (s := score(c, need)) is not None)
    missing = (
        (f"{unrankable} borger(e) uden screening og egen liste er ikke med",) if unrankable else ()
    )
    return MatchResult(out, missing, excluded)


OPEN_STATUSES = frozenset({v.NeedStatus.OPEN.value, v.NeedStatus.IN_DIALOGUE.value})
