"""dumpscrub: make production SQL dumps safe to hand to developers."""

from .pipeline import scrub
from .rules import load_rules, parse_rules

__version__ = "0.1.0"

__all__ = ["__version__", "load_rules", "parse_rules", "scrub"]
