"""The dialect registry, and detection of a dump's dialect from its first bytes."""

from __future__ import annotations

from ..errors import DumpSyntaxError, Location
from .base import Dialect, Planner
from .mysql import MySQL
from .postgres import PostgreSQL
from .sqlite import SQLite

_DIALECTS: dict[str, Dialect] = {d.name: d for d in (MySQL(), PostgreSQL(), SQLite())}

DETECT_BYTES = 1 << 16
MIN_SCORE = 4  # below this, detection is a guess


def names() -> list[str]:
    return list(_DIALECTS)


def get_dialect(name: str) -> Dialect:
    return _DIALECTS[name]


def detect(head: bytes, file: str) -> Dialect:
    """The dialect whose markers the first bytes of the dump show most clearly."""
    scores = sorted(((d.sniff(head), d.name) for d in _DIALECTS.values()), reverse=True)
    best, name = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0
    if best < MIN_SCORE or best == runner_up:
        raise DumpSyntaxError(
            "cannot tell which program wrote this dump",
            Location(file, 1, 1),
            f"pass --dialect {'|'.join(names())}",
        )
    return _DIALECTS[name]


__all__ = ["Dialect", "Planner", "detect", "get_dialect", "names"]
