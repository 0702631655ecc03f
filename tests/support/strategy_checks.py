"""Shared checks of the strategy unit tests: strategies built as a rules file builds them,
rules problems with their location, and fakes compared across engines and orders."""

from __future__ import annotations

import json

import pytest

from dumpscrub.errors import RulesError
from dumpscrub.fakes import FakeEngine
from dumpscrub.rules import parse_rules
from dumpscrub.strategies import Strategy

SECRET = b"strategy-tests"


def rule(name: str, **params) -> Strategy:
    """The strategy of a one-column rules file ``{strategy: name, **params}``."""
    spec = json.dumps({"strategy": name, **params})  # JSON is YAML
    rules = parse_rules(f"version: 1\ntables:\n  t:\n    columns:\n      c: {spec}\n")
    return rules.tables["t"].columns["c"].strategy


def rules_problem(name: str, **params) -> str:
    """The located message of a rules file whose one rule is invalid."""
    spec = json.dumps({"strategy": name, **params})
    with pytest.raises(RulesError) as err:
        parse_rules(f"version: 1\ntables:\n  t:\n    columns:\n      c: {spec}\n", "rules.yml")
    line = err.value.lines()[0]
    assert line.startswith("rules.yml:5:"), line  # points at the rule
    return line


def fakes(strategy: Strategy, values, max_length: int | None = None, locales=("en_US",)) -> list:
    """The fakes of ``values``, checked to be the same from a second engine with the same
    secret fed the values in reverse order (a fake depends on nothing else; the spaces of
    collision-free strategies are large enough here that no claim changes a fake)."""
    first = FakeEngine(SECRET, locales)
    made = [first.fake(strategy, v, max_length) for v in values]
    second = FakeEngine(SECRET, locales)
    again = [second.fake(strategy, v, max_length) for v in reversed(values)][::-1]
    assert made == again
    return made
