"""Matching on a small synthetic set: the exact order, with the reasons each suggestion shows."""

from __future__ import annotations

from desktop.domain.matching import (
    CitizenProfile,
    Distance,
    NeedProfile,
    citizens_for_need,
    distance_band,
    needs_for_citizen,
)

GARDEN, STORE, OFFICE, BAKERY = "c-garden", "c-store", "c-office", "c-bakery"

ANNA = CitizenProfile(
    citizen_id="anna", name="Anna", postcode="8000", capacity_hours=20.0,
    screening_functions=("loeft",), needed_accommodations=("ekstra_pauser", "roligt_sted"),
    wish_companies=(GARDEN,), dream_companies=(GARDEN,), wish_work=("lager",),
)

NEEDS = [
    NeedProfile("n-garden", GARDEN, "Havecenter", "Sæsonhjælp", hours_per_week=15.0,
                demands=("staa_gaa",), accommodations=("ekstra_pauser",), postcode="8200"),
    NeedProfile("n-store", STORE, "Lager A/S", "Lagermedarbejder", hours_per_week=18.0,
                demands=(), accommodations=("ekstra_pauser", "roligt_sted"), postcode="8000",
                text="Pakning af ordrer"),
    NeedProfile("n-office", OFFICE, "Kontor ApS", "Kontorassistent", hours_per_week=30.0,
                accommodations=("roligt_sted",), postcode="2100"),
    # Heavy lifting: the screening marks it, so this need is never suggested.
    NeedProfile("n-bakery", BAKERY, "Bageriet", "Bagermedhjælper", hours_per_week=10.0,
                demands=("loeft", "tempo"), accommodations=("ekstra_pauser",), postcode="8000"),
    NeedProfile("n-closed", STORE, "Lager A/S", "Chauffør", hours_per_week=10.0,
                postcode="8000", status="lukket"),
]


def test_needs_for_a_citizen_in_the_expected_order_with_reasons() -> None:
    result = needs_for_citizen(ANNA, NEEDS)
    assert result.ranked
    assert [s.need.need_id for s in result.suggestions] == ["n-store", "n-garden", "n-office"]
    assert result.excluded == 1  # the bakery: lifting hits the screening
    store, garden, office = result.suggestions
    assert [r.text for r in garden.reasons] == [
        "Timerne passer (15 t/uge, borgeren kan 20)",
        "Ingen krav rammer funktioner i screeningen",
        "Skånehensyn tilbydes: ekstra pauser",
        "Skånehensyn tilbydes ikke: roligt arbejdssted",
        "Borgerens drømmevirksomhed",
        "Samme landsdel (8000 og 8200)",
    ]
    assert garden.score == 3 + 2 + 1 - 1 + 5 + 0.5
    assert [r.text for r in store.reasons] == [
        "Timerne passer (18 t/uge, borgeren kan 20)",
        "Ingen krav rammer funktioner i screeningen",
        "Skånehensyn tilbydes: ekstra pauser, roligt arbejdssted",
        "Passer med ønsket «lager»",
        "Samme postnummer (8000)",
    ]
    assert store.score == 3 + 2 + 2 + 2 + 2
    assert [r.code for r in office.reasons] == [
        "hours_over", "no_function_hit", "accommodations_offered", "accommodations_missing",
        "distance_far",
    ]
    assert office.score == -3 + 2 + 1 - 1 + 0


def test_a_function_marked_in_screening_excludes_needs_with_that_demand() -> None:
    for_lifting = CitizenProfile("bo", "Bo", screening_functions=("loeft",))
    for_pace = CitizenProfile("bo", "Bo", screening_functions=("tempo",))
    bakery = [n for n in NEEDS if n.need_id == "n-bakery"]
    assert needs_for_citizen(for_lifting, bakery).suggestions == ()
    assert needs_for_citizen(for_lifting, bakery).excluded == 1
    assert needs_for_citizen(for_pace, bakery).suggestions == ()
    unmarked = CitizenProfile("bo", "Bo", screening_functions=("koersel",))
    assert [s.need.need_id for s in needs_for_citizen(unmarked, bakery).suggestions] == [
        "n-bakery"
    ]


def test_a_citizen_with_no_screening_and_no_wishes_is_told_what_is_missing() -> None:
    nobody = CitizenProfile("cy", "Cy", capacity_hours=10.0)
    result = needs_for_citizen(nobody, NEEDS)
    assert not result.ranked
    assert result.suggestions == ()
    assert result.missing == (
        "Borgeren har ingen screening: funktioner kan ikke vurderes",
        "Borgeren har ingen egen liste (ønskeliste)",
    )


def test_wishes_without_screening_rank_but_say_screening_is_missing() -> None:
    wishes_only = CitizenProfile("di", "Di", wish_work=("kontor",), postcode="2100")
    result = needs_for_citizen(wishes_only, NEEDS)
    assert result.ranked
    assert result.missing[0].startswith("Borgeren har ingen screening")
    # Without a screening nothing is excluded, not even the bakery's lifting.
    assert result.excluded == 0
    assert result.suggestions[0].need.need_id == "n-office"
    assert "Passer med ønsket «kontor»" in [r.text for r in result.suggestions[0].reasons]


def test_citizens_for_a_need_in_the_expected_order() -> None:
    store_need = NEEDS[1]
    citizens = [
        ANNA,
        CitizenProfile("bo", "Bo", postcode="9000", capacity_hours=10.0, screening_functions=()),
        CitizenProfile("cy", "Cy"),  # nothing to rank on
        CitizenProfile("eva", "Eva", postcode="8000", capacity_hours=25.0,
                       screening_functions=(), wish_companies=(STORE,)),
    ]
    result = citizens_for_need(store_need, citizens)
    # Anna and Eva both score 11: the tie goes by name.
    assert [s.citizen.citizen_id for s in result.suggestions] == ["anna", "eva", "bo"]
    assert result.missing == ("1 borger(e) uden screening og egen liste er ikke med",)
    eva = result.suggestions[1]
    assert "På borgerens egen liste" in [r.text for r in eva.reasons]


def test_distance_bands() -> None:
    assert distance_band("8000", "8000") is Distance.SAME
    assert distance_band("8000", "8210") is Distance.REGION
    assert distance_band("8000", "8020") is Distance.NEAR
    assert distance_band("2100", "1050") is Distance.REGION  # Copenhagen spans 1xxx and 2xxx
    assert distance_band("2100", "9000") is Distance.FAR
    assert distance_band(None, "8000") is None
    assert distance_band("80a0", "8000") is None


def test_the_fast_score_agrees_with_the_explained_one_on_random_sets() -> None:
    import random

    from desktop.domain.matching import _need_text, _wish_words, points, score
    from sync.protocol import vocabulary as v

    rng = random.Random(7)
    functions, accommodations = v.WorkFunction.codes(), v.AccommodationCategory.codes()
    companies = ["a", "b", "c"]
    for _ in range(2000):
        citizen = CitizenProfile(
            "x", "X", postcode=rng.choice(("8000", "8020", "2100", None)),
            capacity_hours=rng.choice((None, 10.0, 20.0)),
            screening_functions=rng.choice((None, (), tuple(rng.sample(functions, 2)))),
            needed_accommodations=tuple(rng.sample(accommodations, rng.randint(0, 3))),
            wish_companies=tuple(rng.sample(companies, rng.randint(0, 2))),
            dream_companies=tuple(rng.sample(companies, rng.randint(0, 1))),
            wish_work=rng.choice(((), ("lager",), ("kontor", "bager"))),
        )
        need = NeedProfile(
            "n", rng.choice(companies), "F", rng.choice(("Lagerhjælp", "Kontor", "Gartner")),
            hours_per_week=rng.choice((None, 8.0, 15.0, 30.0)),
            demands=tuple(rng.sample(functions, rng.randint(0, 2))),
            accommodations=tuple(rng.sample(accommodations, rng.randint(0, 4))),
            postcode=rng.choice(("8000", "8200", "9000", None)),
        )
        fast = points(citizen, need, _wish_words(citizen), _need_text(need))
        explained = score(citizen, need)
        if explained is None:
            assert fast is None
        else:
            assert fast == (explained.score, explained.distance)


def test_a_limit_keeps_exactly_the_best_of_the_full_order_ties_included() -> None:
    import random

    rng = random.Random(3)
    citizens = [
        CitizenProfile(f"c{i:03}", rng.choice(("Ane", "Bo", "Cy", "Di")) + f" {i % 7}",
                       postcode=rng.choice(("8000", "8200", "9000")),
                       capacity_hours=rng.choice((10.0, 20.0)), screening_functions=())
        for i in range(300)
    ]
    need = NEEDS[1]
    full = citizens_for_need(need, citizens, limit=None).suggestions
    for limit in (1, 7, 50, 299):
        cut = citizens_for_need(need, citizens, limit=limit).suggestions
        assert [s.citizen.citizen_id for s in cut] == [
            s.citizen.citizen_id for s in full[:limit]
        ]
    keys = [(-s.score, s.distance, s.citizen.name.casefold(), s.citizen.citizen_id) for s in full]
    assert keys == sorted(keys)


def test_no_reason_names_what_the_screening_marks() -> None:
    """The screening's functions are health data: a reason says only that no demand hits one,
    never which functions are marked (and a need that hits one is simply left out)."""
    from sync.protocol import vocabulary as v

    marked = ("koncentration", "stoej_lys", "laese_skrive")
    citizen = CitizenProfile("x", "X", postcode="8000", capacity_hours=20.0,
                             screening_functions=marked, wish_work=("lager",))
    result = needs_for_citizen(citizen, NEEDS, limit=None)
    labels = [v.WorkFunction(code).label.casefold() for code in marked]
    for s in result.suggestions:
        for r in s.reasons:
            text = r.text.casefold()
            assert not any(label in text for label in labels), r.text
            assert not set(marked) & set(r.args), r.args
