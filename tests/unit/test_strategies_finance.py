"""iban and credit_card: valid checksums, same country/brand and layout, collision-free."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.errors import StrategyError
from dumpscrub.fakes import FakeEngine
from dumpscrub.strategies.finance import Iban, card_prefix, iban_check_digits, is_luhn_valid, is_valid_iban
from support.strategy_checks import SECRET, fakes, rule

# Published examples (ECBS / bank documentation) and well-known test card numbers.
IBANS = [
    "FR76 3000 6000 0112 3456 7890 189",
    "DE89370400440532013000",
    "GB82 WEST 1234 5698 7654 32",
    "nl91abna0417164300",
    "NO9386011117947",
    "MT84MALT011000012345MTLCAST001S",
]
CARDS = {
    "4111 1111 1111 1111": "4",
    "5555-5555-5555-4444": "55",
    "2223003122003222": "2223",
    "378282246310005": "37",
    "6011 1111 1111 1117": "6011",
    "6500000000000002": "65",
    "6445644564456445": "644",
    "3530111333300000": "3530",
    "30569309025904": "305",
    "38520000023237": "38",
    "6759649826438453": "6",
}


def layout(text: str) -> str:
    return re.sub(r"[0-9]", "9", re.sub(r"[A-Z]", "A", re.sub(r"[a-z]", "a", text)))


def test_the_examples_are_valid() -> None:
    assert all(is_valid_iban(v) for v in IBANS)
    assert all(is_luhn_valid(re.sub(r"\D", "", v)) for v in CARDS)


@pytest.mark.parametrize("value", IBANS)
def test_iban_keeps_country_length_layout_and_is_valid(value: str) -> None:
    (fake,) = fakes(rule("iban"), [value])
    assert is_valid_iban(fake), fake
    assert fake != value and fake[:2] == value[:2]
    assert layout(fake[4:]) == layout(value[4:])  # letters stay letters, digits digits, spaces and case kept


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=11, max_size=30), st.sampled_from(["FR", "DE", "ES"]))
def test_iban_of_any_bban_is_valid(bban: str, country: str) -> None:
    value = country + iban_check_digits(country, bban) + bban
    (fake,) = fakes(rule("iban"), [value])
    assert is_valid_iban(fake) and layout(fake) == layout(value) and fake != value


def test_iban_is_keyed_on_its_compact_form() -> None:
    a, b = fakes(rule("iban"), ["FR7630006000011234567890189", "fr76 3000 6000 0112 3456 7890 189"])
    assert a == b.replace(" ", "").upper()


@pytest.mark.parametrize("value,prefix", CARDS.items())
def test_card_keeps_brand_length_separators_and_is_luhn_valid(value: str, prefix: str) -> None:
    (fake,) = fakes(rule("credit_card"), [value])
    digits = re.sub(r"\D", "", fake)
    assert is_luhn_valid(digits) and fake != value
    assert layout(fake) == layout(value) and digits.startswith(prefix)
    assert card_prefix(re.sub(r"\D", "", value)) == prefix


@pytest.mark.parametrize("name,make", [
    ("iban", lambda i: f"DE{iban_check_digits('DE', f'{i:018d}')}{i:018d}"),
    ("credit_card", lambda i: f"4{i:014d}" + "0"),
])
def test_collision_free_on_thousands_of_values(name: str, make) -> None:
    engine = FakeEngine(SECRET)
    strategy = rule(name)
    made = [engine.fake(strategy, make(i)) for i in range(4000)]
    assert len(set(made)) == len(made)


@pytest.mark.parametrize("name,value", [("iban", "not an iban"), ("iban", "FR12"), ("credit_card", "1234-5678")])
def test_unreadable_values_are_errors_that_do_not_show_them(name: str, value: str) -> None:
    with pytest.raises(StrategyError) as err:
        FakeEngine(SECRET).fake(rule(name), value)
    assert value not in str(err.value)


def test_an_iban_written_without_its_country_code_keeps_that_form() -> None:
    engine = FakeEngine(b"k", ("pl_PL",))
    fake = engine.fake(Iban(), "61109010140000071219812874")
    assert fake.isdigit() and len(fake) == 26 and is_valid_iban("PL" + fake) and fake != "61109010140000071219812874"
    with pytest.raises(StrategyError):  # no locale says which country: not an IBAN
        FakeEngine(b"k", ("en_US",)).fake(Iban(), "61109010140000071219812874")
