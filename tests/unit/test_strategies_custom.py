"""faker: any provider by name, checked at load, consistent per value."""

from __future__ import annotations

import re

import pytest

from support.strategy_checks import fakes, rule, rules_problem


def test_provider_with_args_is_consistent_and_seeded_by_the_value() -> None:
    values = [f"plate {i}" for i in range(30)]
    made = fakes(rule("faker", provider="license_plate"), values + values)
    assert made[:30] == made[30:] and len(set(made[:30])) > 20
    (number,) = fakes(rule("faker", provider="random_int", args={"min": 5, "max": 9}), ["x"])
    assert 5 <= int(number) <= 9


def test_locale_is_the_rules() -> None:
    (ssn,) = fakes(rule("faker", provider="ssn"), ["1 85 05 78 006 084 36"], locales=("fr_FR",))
    assert re.fullmatch(r"[12]\d{14}", ssn.replace(" ", ""))


@pytest.mark.parametrize(
    "params,message",
    [
        ({"provider": "jobb"}, "Faker has no provider 'jobb'. Did you mean 'job'?"),
        ({"provider": "seed_instance"}, "Faker has no provider 'seed_instance'"),
        ({"provider": "random_int", "args": {"minimum": 1}}, "args do not fit Faker's random_int()"),
        ({"provider": "job", "args": [1]}, "expected a mapping"),
    ],
)
def test_bad_params(params: dict, message: str) -> None:
    assert message in rules_problem("faker", **params)
