"""template: a value built from the fakes of the same row's other columns."""

from __future__ import annotations

import dataclasses
import string
import unicodedata

from ..errors import StrategyError
from .base import Strategy
from .registry import strategy


@dataclasses.dataclass(frozen=True)
class TemplateParams:
    format: str  # "{first_name}.{last_name}@example.org": column names in braces (Python format syntax)
    lower: bool = False  # lower-case the result
    ascii: bool = False  # drop accents and other non-ASCII letters from the fakes (Zoë -> Zoe)

    def __post_init__(self):
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(self.format) if f is not None]
        except ValueError as e:
            raise ValueError(f"template format: {e}") from e
        if not fields:
            raise ValueError("a template names at least one column in braces: \"{first_name}.{last_name}@example.org\"")
        if any(not f or f.isdigit() or any(c in f for c in ".[") for f in fields):
            raise ValueError("template fields are column names: {first_name}, not {} or {0} or {a.b}")


@strategy
class Template(Strategy):
    """Built from the fakes of the same row's columns: format "{first_name}.{last_name}@example.org"."""

    name = "template"
    Params = TemplateParams

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns whose fakes the template reads, in order of first use."""
        fields = (f for _, f, _, _ in string.Formatter().parse(self.params.format) if f is not None)
        return tuple(dict.fromkeys(fields))

    def render(self, fakes: dict[str, str]) -> str:
        if self.params.ascii:
            fakes = {k: unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode() for k, v in fakes.items()}
        text = self.params.format.format(**fakes)
        return text.lower() if self.params.lower else text

    def generate(self, value, draw, engine, max_length):
        raise StrategyError("strategy 'template' reads the other columns of a row: use it as a column's rule")
