"""The dialect registry, and detection of a dump's dialect from its first bytes."""

from __future__ import annotations

import re

from ..errors import DumpSyntaxError, Location
from .base import Dialect, Planner
from .mysql import MySQL
from .postgres import PostgreSQL

_DIALECTS: dict[str, Dialect] = {d.name: d for d in (MySQL(), PostgreSQL())}

DETECT_BYTES = 1 << 16
MIN_SCORE = 4  # below this, detection is a guess


def names() -> list[str]:
    return list(_DIALECTS)


def get_dialect(name: str) -> Dialect:
    return _DIALECTS[name]


def _sniff_sqlite_dump(head: bytes) -> int:
    score = 6 if head.startswith(b"PRAGMA foreign_keys=OFF;") else 0
    return score + (4 if b"\nBEGIN TRANSACTION;\n" in head[:200] else 0)


# Dump programs whose output is recognised but not read yet (PostgreSQL and SQLite
# come next): detection names them instead of guessing MySQL.
_NOT_YET = {"SQLite (.dump)": _sniff_sqlite_dump}


def detect(head: bytes, file: str) -> Dialect:
    """The dialect whose markers the first bytes of the dump show most clearly."""
    scores = sorted(((d.sniff(head), d.name) for d in _DIALECTS.values()), reverse=True)
    best, name = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0
    for program, sniff in _NOT_YET.items():
        if sniff(head) >= max(best, MIN_SCORE):
            raise DumpSyntaxError(
                f"this is a {program} dump, which dumpscrub does not read yet",
                Location(file, 1, 1),
                f"dumpscrub reads {', '.join(d.description for d in _DIALECTS.values())}",
            )
    if best < MIN_SCORE or best == runner_up:
        raise DumpSyntaxError(
            "cannot tell which program wrote this dump",
            Location(file, 1, 1),
            f"pass --dialect {'|'.join(names())}",
        )
    return _DIALECTS[name]


__all__ = ["Dialect", "Planner", "detect", "get_dialect", "names"]
