"""People's names, picked from the locale's Faker lists with Faker's weights.

Names are keyed case-insensitively and keep the original's case (MARY stays
upper case). A full name is faked token by token, so the ``name`` fake of
"Marie Dupont" is the ``first_name`` fake of "Marie" and the ``last_name`` fake
of "Dupont": the same person reads the same in every table.
"""

from __future__ import annotations

from .base import Strategy, restyle
from .registry import strategy

_TRIES = 8  # picks tried to find a name that fits a short column


def _pick_fitting(pick, max_length: int | None) -> str:
    name = pick()
    for _ in range(_TRIES):
        if max_length is None or len(name) <= max_length:
            return name
        name = pick()
    return name[:max_length]


@strategy
class FirstName(Strategy):
    """A first name of the same gender when the locale tells it (Marie -> Claire)."""

    name = "first_name"

    def normalize(self, value, engine):
        return value.strip().casefold()

    def generate(self, value, draw, engine, max_length):
        locale = engine.locale(draw)
        folded = value.strip().casefold()
        if folded in engine.name_set(locale, "first_names_female") and folded not in engine.name_set(
            locale, "first_names_male"
        ):
            names = engine.names(locale, "first_names_female")
        elif folded in engine.name_set(locale, "first_names_male"):
            names = engine.names(locale, "first_names_male")
        else:
            names = engine.names(locale, "first_names")
        return restyle(_pick_fitting(lambda: names.pick(draw), max_length), value)


@strategy
class LastName(Strategy):
    """A last name (Dupont -> Moreau)."""

    name = "last_name"

    def normalize(self, value, engine):
        return value.strip().casefold()

    def generate(self, value, draw, engine, max_length):
        names = engine.names(engine.locale(draw), "last_names")
        return restyle(_pick_fitting(lambda: names.pick(draw), max_length), value)


@strategy
class Name(Strategy):
    """A full name, token by token: first_name fakes for given names, last_name for the family name."""

    name = "name"

    def __init__(self, params=None):
        super().__init__(params)
        self._first = FirstName()
        self._last = LastName()

    def normalize(self, value, engine):
        return " ".join(value.split()).casefold()

    def _given(self, token: str, engine) -> str:
        letters = [c for c in token if c.isalpha()]
        if not letters:  # punctuation between names ("Jean - Paul") says nothing about anyone
            return token
        fake = engine.fake(self._first, token)
        if len(letters) == 1:  # an initial stays an initial: "M." -> "J."
            return token.replace(letters[0], fake[:1].upper())
        return fake

    def generate(self, value, draw, engine, max_length):
        if "," in value:  # "Dupont, Marie"
            family, _, given = value.partition(",")
            given_tokens = given.split()
            last = engine.fake(self._last, family.strip()) if family.strip() else ""
            firsts = [self._given(t, engine) for t in given_tokens]
            full = ", ".join(p for p in (last, " ".join(firsts)) if p)
            candidates = [full, last]
        else:
            tokens = value.split()
            if not tokens:
                return value
            if len(tokens) == 1:
                return engine.fake(self._first, tokens[0], max_length)
            firsts = [self._given(t, engine) for t in tokens[:-1]]
            last = engine.fake(self._last, tokens[-1])
            full = " ".join([*firsts, last])
            candidates = [full, f"{firsts[0]} {last}", last]
        for candidate in candidates:
            if max_length is None or len(candidate) <= max_length:
                return candidate
        return candidates[-1][:max_length]
