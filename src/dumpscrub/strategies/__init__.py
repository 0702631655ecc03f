"""Strategies: how a value is replaced. Built-ins are imported here explicitly."""

from . import contact, generic, network, person  # noqa: F401  (registers the built-ins)
from . import binary, custom, finance, identity, location, numeric, temporal, text  # noqa: F401  (issue 4)
from . import freetext, structured, template  # noqa: F401  (issue 4: scrub_text, json, template)
from .base import Strategy
from .registry import all_strategies, get, names, strategy

__all__ = ["Strategy", "all_strategies", "get", "names", "strategy"]
