"""Reader events back to bytes, for tests that filter a reader's events themselves."""

from __future__ import annotations

from dumpscrub.model import DataEnd, DataStart


def raw_of(event) -> bytes:
    """The bytes an event stands for (a row is a ``(pieces, pos)`` tuple)."""
    if isinstance(event, DataStart):
        return event.header
    if isinstance(event, DataEnd):
        return event.trailer
    if isinstance(event, tuple):
        return b"".join(event[0])
    return event.raw
