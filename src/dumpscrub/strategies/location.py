"""Parts of an address, one column each: street, city, postcode, country.

Values come from pools of the locale's Faker values (see FakeEngine.pool): the
same secret gives the same pools, and a pick is one index into them.
"""

from __future__ import annotations

import dataclasses

from ..fakes import POOL_SIZE
from .base import Strategy, restyle
from .registry import strategy

_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _fits(max_length: int | None):
    return lambda text: max_length is None or len(text) <= max_length


@strategy
class Street(Strategy):
    """A street line of the locale (12 rue de la Paix)."""

    name = "street"
    min_length = 4

    def generate(self, value, draw, engine, max_length):
        pool = engine.pool(engine.locale(draw), "street", lambda f: f.street_address())
        return pool.pick(draw, _fits(max_length)) or pool[draw.below(POOL_SIZE)][:max_length]


@strategy
class City(Strategy):
    """A city of the locale; keeps the case style (PARIS -> LYON)."""

    name = "city"

    def normalize(self, value, engine):
        return value.strip().casefold()

    def generate(self, value, draw, engine, max_length):
        pool = engine.pool(engine.locale(draw), "city", lambda f: f.city())
        folded = value.strip().casefold()
        found = pool.pick(draw, lambda c: _fits(max_length)(c) and c.casefold() != folded)
        return restyle(found or pool[draw.below(POOL_SIZE)][:max_length], value)


def shape(text: str) -> str:
    """A postcode's shape: digits as 9, letters as A (any case), the rest as is."""
    return "".join("9" if c in _DIGITS else "A" if c.isalpha() else c for c in text)


@dataclasses.dataclass(frozen=True)
class PostcodeParams:
    generalize: int | None = None  # keep this many leading characters, zero the rest

    def __post_init__(self):
        if self.generalize is not None and self.generalize < 0:
            raise ValueError("generalize is the number of leading characters kept (0 or more)")


@strategy
class Postcode(Strategy):
    """A postcode of the locale in the original's shape, or the original generalized (generalize: N)."""

    name = "postcode"
    Params = PostcodeParams

    def generate(self, value, draw, engine, max_length):
        keep = self.params.generalize
        if keep is not None:
            # 75011 -> 75000 (N=2), SW1A 1AA -> SW1A 0XX (N=4): the area stays, the rest goes.
            return value[:keep] + "".join(
                "0" if c in _DIGITS else ("x" if c.islower() else "X") if c.isalpha() else c for c in value[keep:]
            )
        wanted = shape(value)
        pool = engine.pool(engine.locale(draw), "postcode", lambda f: f.postcode())
        found = pool.pick(draw, lambda p: shape(p) == wanted and p != value)
        if found is not None:
            return restyle(found, value) if any(c.isalpha() for c in value) else found
        # The locale writes no postcode of this shape: the same shape, with other characters.
        while True:
            fake = "".join(
                draw.pick(_DIGITS) if c in _DIGITS
                else (draw.pick(_LETTERS).lower() if c.islower() else draw.pick(_LETTERS)) if c.isalpha()
                else c
                for c in value
            )
            if fake != value or not any(c.isalnum() for c in value):
                return fake


@strategy
class Country(Strategy):
    """A country name, or an ISO 3166 code when the original is a 2- or 3-letter code (same case)."""

    name = "country"
    min_length = 2

    def normalize(self, value, engine):
        return value.strip().casefold()

    def generate(self, value, draw, engine, max_length):
        text = value.strip()
        locale = engine.locale(draw)
        if len(text) in (2, 3) and text.isascii() and text.isalpha():
            representation = f"alpha-{len(text)}"
            pool = engine.pool(locale, "country:" + representation, lambda f: f.country_code(representation))
        else:
            pool = engine.pool(locale, "country", lambda f: f.country())
        folded = text.casefold()
        found = pool.pick(draw, lambda c: _fits(max_length)(c) and c.casefold() != folded)
        return restyle(found or pool[draw.below(POOL_SIZE)][:max_length], text)
