"""number: noise within bounds, rounding, the original's form kept, the column's range respected."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.errors import StrategyError
from dumpscrub.fakes import FakeEngine
from dumpscrub.model import Column
from support.strategy_checks import SECRET, fakes, rule, rules_problem

decimals = st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False)


def decimals_of(text: str) -> int:
    return len(text.partition(".")[2])


@given(st.one_of(st.integers(-10**12, 10**12).map(str), decimals.map(lambda d: f"{d:f}")), st.sampled_from([0.01, 0.1, 0.5]))
def test_noise_stays_within_the_factor_and_keeps_the_form(value: str, noise: float) -> None:
    (fake,) = fakes(rule("number", noise=noise), [value])
    assert decimals_of(fake) == decimals_of(value) and ("." in fake) == ("." in value)
    old, new = Decimal(value), Decimal(fake)
    quantum = Decimal(1).scaleb(-decimals_of(value))
    assert abs(new - old) <= abs(old) * Decimal(repr(noise)) + quantum
    assert len(str(abs(int(new)))) <= max(len(str(abs(int(old)))), 1)  # never gains an integer digit


def test_noise_differs_between_values_and_is_consistent() -> None:
    values = [str(1000 + i) for i in range(50)]
    made = fakes(rule("number", noise=0.1), values + values)
    assert made[:50] == made[50:]
    ratios = {round(int(f) / int(v), 3) for v, f in zip(values, made)}
    assert len(ratios) > 20


@pytest.mark.parametrize(
    "value,step,expected",
    [("1234", 1000, "1000"), ("1500.25", 1000, "2000.00"), ("-1499", 1000, "-1000"), ("12.34", 0.5, "12.50"), ("7", 10, "10")],
)
def test_round_examples(value: str, step: float, expected: str) -> None:
    assert fakes(rule("number", round=step), [value]) == [expected]


def test_integer_types_keep_their_range() -> None:
    tiny = rule("number", noise=0.5).adapt(Column("n", "tinyint", "integer"))
    made = fakes(tiny, [str(v) for v in range(60, 128)])
    assert all(-128 <= int(m) <= 127 for m in made)
    assert fakes(rule("number", round=100).adapt(Column("n", "tinyint", "integer")), ["127"]) == ["100"]


def test_not_a_number_is_an_error() -> None:
    with pytest.raises(StrategyError) as err:
        FakeEngine(SECRET).fake(rule("number", noise=0.1), "12 apples")
    assert "12 apples" not in str(err.value)


@pytest.mark.parametrize(
    "params,message",
    [({}, "exactly one of noise"), ({"noise": 0.1, "round": 10}, "exactly one of noise"),
     ({"noise": 2}, "at most 1"), ({"round": 0}, "greater than 0"), ({"noise": "lots"}, "expected a number")],
)
def test_bad_params(params: dict, message: str) -> None:
    assert message in rules_problem("number", **params)


def test_numbers_longer_than_the_default_decimal_precision_are_read() -> None:
    value = "12345678901234567890.1234567890"  # numeric(38,10): 30 digits, the default context keeps 28
    noisy, rounded = fakes(rule("number", noise=0.1), [value]) + fakes(rule("number", round=1000), [value])
    assert decimals_of(noisy) == decimals_of(rounded) == 10
    assert rounded == "12345678901234568000.0000000000"
    with pytest.raises(StrategyError, match="numbers of up to"):
        fakes(rule("number", round=10), ["9" * 5000])
