"""Amounts and counts: number, blurred by a consistent factor or rounded."""

from __future__ import annotations

import dataclasses
import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from .. import model
from ..errors import StrategyError
from ..model import Column
from .base import Strategy
from .registry import strategy

_NUMBER = re.compile(r"\s*([+-]?)(\d*)(?:\.(\d*))?\s*")
_FACTOR_STEPS = 1_000_000  # resolution of the noise factor
# The largest value of the integer types whose range is known by their name (signed).
_INT_LIMITS = {
    "tinyint": 127, "smallint": 32767, "int2": 32767, "smallserial": 32767, "mediumint": 8388607,
    "int": 2**31 - 1, "integer": 2**31 - 1, "int4": 2**31 - 1, "serial": 2**31 - 1,
    "bigint": 2**63 - 1, "int8": 2**63 - 1, "bigserial": 2**63 - 1,
}

DIGITS = 2100  # PostgreSQL's numeric holds up to 131072 digits before the point; MySQL's decimal 65


@dataclasses.dataclass(frozen=True)
class NumberParams:
    noise: float | None = None  # multiply by a consistent factor in [1 - noise, 1 + noise]
    round: float | None = None  # round to the nearest multiple of this

    def __post_init__(self):
        if (self.noise is None) == (self.round is None):
            raise ValueError("give exactly one of noise (e.g. 0.1) or round (e.g. 1000)")
        if self.noise is not None and not 0 < self.noise <= 1:
            raise ValueError("noise is a fraction of the value, greater than 0 and at most 1")
        if self.round is not None and not self.round > 0:
            raise ValueError("round is the multiple to round to, greater than 0")


@strategy
class Number(Strategy):
    """A number blurred by a consistent factor (noise: 0.1) or rounded (round: 1000), in the original's form."""

    name = "number"
    Params = NumberParams
    kinds = frozenset({model.INTEGER, model.NUMBER, model.TEXT, model.UNKNOWN})
    limit: int | None = None  # the largest value the column's integer type holds, when known

    def adapt(self, column: Column) -> Strategy:
        limit = _INT_LIMITS.get(column.type)
        if limit is None:
            return self
        bounded = Number(self.params)
        bounded.limit = limit
        bounded.key += f"\0{limit}"  # its own fakes: a value near the limit is faked differently
        return bounded

    def generate(self, value, draw, engine, max_length):
        # Room for numeric(1000, ...) values: the default context keeps 28 digits.
        with localcontext() as context:
            context.prec = DIGITS
            try:
                return self._generate(value, draw)
            except InvalidOperation:
                raise StrategyError(f"strategy 'number' reads numbers of up to {DIGITS} digits") from None

    def _generate(self, value, draw):
        m = _NUMBER.fullmatch(value)
        if m is None or not (m[2] or m[3]):
            raise StrategyError(
                "strategy 'number' cannot read a value as a number",
                hint="it reads integers and decimals such as -12 or 3.50 (no exponent)",
            )
        sign, whole, fraction = m[1], m[2], m[3]
        number = Decimal(f"{sign}{whole or 0}.{fraction or 0}")
        quantum = Decimal(1).scaleb(-len(fraction)) if fraction else Decimal(1)
        if self.params.noise is not None:
            # u in [-1, 1]: the factor is 1 + noise * u
            u = Decimal(draw.below(2 * _FACTOR_STEPS + 1) - _FACTOR_STEPS) / _FACTOR_STEPS
            offset = number * Decimal(repr(self.params.noise)) * u
            new = (number + offset).quantize(quantum, ROUND_HALF_EVEN)
            if not self._fits(new, whole):  # never overflow the column: the factor the other way
                new = (number - offset).quantize(quantum, ROUND_HALF_EVEN)
        else:
            step = Decimal(repr(self.params.round))
            new = ((number / step).quantize(Decimal(1), ROUND_HALF_UP) * step).quantize(quantum, ROUND_HALF_UP)
            if not self._in_range(new):  # rounded up past the column's integer type: round down
                new = ((number / step).to_integral_value(rounding=ROUND_DOWN) * step).quantize(quantum)
        text = f"{new:f}"
        if text.startswith("-") and new == 0:
            text = text[1:]  # -0.00 reads as a mistake
        if sign == "+" and not text.startswith("-"):
            text = "+" + text
        return text

    def _fits(self, new: Decimal, whole: str) -> bool:
        """Whether ``new`` has no more integer digits than the original (a decimal(5,2)
        holding 999.99 holds its fake) and stays in the column's integer type."""
        digits = len(str(abs(int(new))).lstrip("0"))
        return digits <= max(len(whole.lstrip("0")), 1) and self._in_range(new)

    def _in_range(self, new: Decimal) -> bool:
        return self.limit is None or -self.limit - 1 <= new <= self.limit
