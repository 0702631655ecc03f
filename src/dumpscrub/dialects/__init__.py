"""The dialect registry, and detection of a dump's dialect from its first bytes."""

from __future__ import annotations

from ..errors import DumpInputError, DumpSyntaxError, Location
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


# Binary files people pass by mistake, and the command that turns each into a dump.
_ARCHIVES = (
    (lambda head: head.startswith(b"PGDMP"), "a pg_dump custom-format archive (pg_dump -Fc)", "pg_restore -f - {file} | dumpscrub - ..."),
    (
        lambda head: head[257:262] == b"ustar" and head.startswith(b"toc.dat"),
        "a pg_dump tar-format archive (pg_dump -Ft)",
        "pg_restore -f - {file} | dumpscrub - ...",
    ),
    (lambda head: head.startswith(b"SQLite format 3\x00"), "an SQLite database file, not a dump", "sqlite3 {file} .dump | dumpscrub - ..."),
)


def refuse_archives(head: bytes, file: str) -> None:
    """A located error when the input is an archive or database file rather than SQL."""
    for matches, what, command in _ARCHIVES:
        if matches(head):
            raise DumpInputError(f"this is {what}", Location(file, 1, 1), "make it plain SQL first: " + command.format(file=file))


def detect(head: bytes, file: str) -> Dialect:
    """The dialect whose markers the first bytes of the dump show most clearly."""
    refuse_archives(head, file)
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


__all__ = ["Dialect", "Planner", "detect", "get_dialect", "names", "refuse_archives"]
