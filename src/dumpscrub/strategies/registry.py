"""The registry of strategies: name -> class. Listing, validation and docs read it."""

from __future__ import annotations

from typing import TypeVar

from .base import Strategy

_REGISTRY: dict[str, type[Strategy]] = {}

S = TypeVar("S", bound=type[Strategy])


def strategy(cls: S) -> S:
    """Class decorator: register a strategy under its ``name``."""
    if cls.name in _REGISTRY:
        raise ValueError(f"strategy {cls.name!r} is registered twice")
    if not (cls.__doc__ or "").strip():
        raise ValueError(f"strategy {cls.name!r} needs a one-line docstring")
    _REGISTRY[cls.name] = cls
    return cls


def get(name: str) -> type[Strategy] | None:
    return _REGISTRY.get(name)


def names() -> list[str]:
    return sorted(_REGISTRY)


def all_strategies() -> list[type[Strategy]]:
    return [_REGISTRY[n] for n in names()]
