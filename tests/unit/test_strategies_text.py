"""text, mask, regex."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from support.strategy_checks import fakes, rule, rules_problem

prose = st.text(alphabet=st.characters(categories=("L", "N", "Zs", "P")), min_size=1, max_size=400)


@given(prose, st.integers(min_value=0, max_value=3))
def test_text_is_about_as_long_with_as_many_line_breaks(value: str, breaks: int) -> None:
    words = value.split(" ")
    if breaks and len(words) > breaks:
        value = "\n".join([" ".join(words[: len(words) - breaks]), *words[len(words) - breaks :]])
    (fake,) = fakes(rule("text"), [value])
    if len(value) >= 10:
        assert 0.8 * len(value) - 1 <= len(fake) <= 1.2 * len(value) + 1
        assert fake != value
    assert fake.count("\n") <= value.count("\n")
    if len(fake) >= 40:
        assert fake.count("\n") == value.count("\n")


@given(st.integers(min_value=1, max_value=80))
def test_text_fits_the_column(max_length: int) -> None:
    (fake,) = fakes(rule("text"), ["A long note about a customer, " * 5], max_length)
    assert 0 < len(fake) <= max_length


def test_text_keeps_crlf_and_is_the_locales() -> None:
    (fake,) = fakes(rule("text"), ["Première ligne d'un texte assez long\r\nseconde ligne du même texte"], locales=("fr_FR",))
    assert fake.count("\r\n") == 1 and "\n" not in fake.replace("\r\n", "")


@pytest.mark.parametrize(
    "value,params,expected",
    [
        ("4111 1111 1111 1234", {}, "**** **** **** 1234"),
        ("4111-1111-1111-1234", {"keep_first": 4, "keep_last": 0, "char": "#"}, "4111-####-####-####"),
        ("jane.doe@example.com", {"keep_first": 1, "keep_last": 3}, "j***.***@*******.com"),
        ("1234", {}, "****"),  # nothing would be hidden: all of it is
        ("FR76 3000 6000 0112 3456 7890 189", {"keep_first": 4, "keep_last": 3}, "FR76 **** **** **** **** **** 189"),
    ],
)
def test_mask_examples(value: str, params: dict, expected: str) -> None:
    assert fakes(rule("mask", **params), [value]) == [expected]


@given(st.text(min_size=1, max_size=40), st.integers(0, 5), st.integers(0, 5))
def test_mask_keeps_length_and_layout(value: str, first: int, last: int) -> None:
    (masked,) = fakes(rule("mask", keep_first=first, keep_last=last), [value])
    assert len(masked) == len(value)
    assert all(m == v for m, v in zip(masked, value) if not v.isalnum())
    hidden = sum(1 for m, v in zip(masked, value) if v.isalnum() and m == "*")
    alnum = sum(1 for v in value if v.isalnum())
    assert hidden == (alnum - first - last if alnum > first + last else alnum)


def test_regex_replaces_with_groups() -> None:
    strategy = rule("regex", pattern=r"^(\w)\w*@(.*)$", replace=r"\1***@\2")
    assert fakes(strategy, ["jane@example.com", "no at sign"]) == ["j***@example.com", "no at sign"]


@pytest.mark.parametrize(
    "name,params,message",
    [
        ("mask", {"char": "**"}, "one character"),
        ("mask", {"keep_last": -1}, "0 or more"),
        ("regex", {"pattern": "(unclosed", "replace": "x"}, "not a valid regular expression: missing )"),
        ("regex", {"pattern": "(a)", "replace": r"\2"}, "replace does not fit the pattern: invalid group reference 2"),
        ("regex", {"pattern": "a"}, "needs parameter 'replace'"),
    ],
)
def test_bad_params(name: str, params: dict, message: str) -> None:
    assert message in rules_problem(name, **params)
