"""street, city, postcode, country: the locale's values, fitted, consistent, shaped like the original."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.strategies.location import shape
from support.strategy_checks import fakes, rule, rules_problem

CITIES = ["Paris", "LYON", "marseille", "Saint-Étienne", "Springfield"]


@pytest.mark.parametrize("locale", ["en_US", "fr_FR", "de_DE"])
def test_street_and_city_are_the_locales_and_consistent(locale: str) -> None:
    streets = fakes(rule("street"), ["12 rue de la Paix", "1 Main St", "12 rue de la Paix"], locales=(locale,))
    assert streets[0] == streets[2] and all(re.search(r"\d", s) for s in streets)
    cities = fakes(rule("city"), CITIES, locales=(locale,))
    assert all(c.casefold() != o.casefold() for c, o in zip(cities, CITIES))
    assert cities[1].isupper() and cities[2].islower()


@pytest.mark.parametrize("name", ["street", "city", "country"])
@given(max_length=st.integers(min_value=4, max_value=12))
def test_fits_the_column(name: str, max_length: int) -> None:
    made = fakes(rule(name), ["Somewhere Long Enough To Be Cut", "Other Place"], max_length)
    assert all(0 < len(m) <= max_length for m in made)


@pytest.mark.parametrize("locale,value", [("fr_FR", "75011"), ("en_GB", "SW1A 1AA"), ("nl_NL", "1234 AB"),
                                           ("pl_PL", "00-950"), ("en_US", "K1A 0B1"), ("en_US", "sw1a 1aa")])
def test_postcode_keeps_the_shape(locale: str, value: str) -> None:
    made = fakes(rule("postcode"), [value, value + " "[:0]], locales=(locale,))
    assert shape(made[0]) == shape(value) and made[0] != value
    assert made[0].islower() == value.islower() and made[0] == made[1]


@given(st.from_regex(r"[0-9A-Za-z]{2,5}[ -]?[0-9A-Za-z]{0,4}", fullmatch=True), st.integers(0, 4))
def test_postcode_generalize(value: str, keep: int) -> None:
    (made,) = fakes(rule("postcode", generalize=keep), [value])
    assert made[:keep] == value[:keep] and len(made) == len(value)
    assert set(made[keep:]) <= set("0Xx -")
    assert shape(made) == shape(value)


def test_postcode_generalize_examples() -> None:
    assert fakes(rule("postcode", generalize=2), ["75011"]) == ["75000"]
    assert fakes(rule("postcode", generalize=4), ["SW1A 1AA"]) == ["SW1A 0XX"]


def test_country_names_and_codes() -> None:
    made = fakes(rule("country"), ["France", "fr", "FR", "FRA", "deu"] * 30)
    name, lower2, upper2, upper3, lower3 = made[:5]
    assert name != "France" and len(name) > 3
    assert re.fullmatch(r"[a-z]{2}", lower2) and re.fullmatch(r"[A-Z]{2}", upper2) and lower2.upper() == upper2
    assert re.fullmatch(r"[A-Z]{3}", upper3) and upper3 != "FRA" and re.fullmatch(r"[a-z]{3}", lower3)


def test_postcode_bad_param() -> None:
    assert "0 or more" in rules_problem("postcode", generalize=-1)
