"""Any Faker provider by name: the strategy for data no built-in strategy knows."""

from __future__ import annotations

import dataclasses
import difflib
import inspect
from typing import Any

from .. import model
from ..errors import StrategyError
from ..fakes import provider_methods
from .base import TEXTUAL, Strategy
from .registry import strategy


@dataclasses.dataclass(frozen=True)
class FakerParams:
    provider: str  # a Faker provider method: job, license_plate, ssn, ...
    args: dict[str, Any] | None = None  # its keyword arguments

    def __post_init__(self):
        methods = provider_methods()
        method = methods.get(self.provider)
        if method is None:
            close = difflib.get_close_matches(self.provider, list(methods), n=1, cutoff=0.6)
            hint = f". Did you mean '{close[0]}'?" if close else ""
            raise ValueError(f"Faker has no provider '{self.provider}'{hint}")
        try:
            inspect.signature(method).bind(**(self.args or {}))
        except TypeError as e:
            raise ValueError(f"args do not fit Faker's {self.provider}(): {e}") from None


@strategy
class FakerProvider(Strategy):
    """Any Faker provider by name (provider: job, args: {...}), seeded from the value: consistent."""

    name = "faker"
    Params = FakerParams
    # The provider says what it makes; the rule's author picks one that fits the column.
    kinds = TEXTUAL | {model.INTEGER, model.NUMBER, model.TEMPORAL, model.UUID, model.INET}

    def generate(self, value, draw, engine, max_length):
        provider, args = self.params.provider, self.params.args or {}
        locale = engine.locale(draw)
        try:
            made = engine.faker_call(locale, draw, lambda f: getattr(f, provider)(**args))
        except (AttributeError, TypeError) as e:  # the locale lacks it, or takes other arguments
            raise StrategyError(
                f"strategy 'faker' cannot call {provider}() in locale {locale}: {e}",
                hint="pick a provider this locale has",
            ) from None
        return str(made)
