"""What the detector's round tests (tests/unit/test_scan_round13.py and after) share: one
column judged by ``detect_column`` on hand-written values, in a given table context, and
the category a column's name says there."""

from __future__ import annotations

import datetime as dt

from dumpscrub import model
from dumpscrub.checks.detect import Finding, NameBook, Sample, TableContext, detect_column
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()


def detect(name: str, *values: str | None, ctx: TableContext = LINKED, table: str = "t",
           book: NameBook | None = None, kind: str = model.TEXT) -> Finding | None:
    """The finding on column ``name`` of ``table`` holding ``values`` (None for a NULL)."""
    sample = Sample()
    for value in values:
        sample.add(value)
    return detect_column(table, name, Column(name, "varchar", kind), sample, ctx, TODAY, book)


def category(name: str, ctx: TableContext) -> str | None:
    """The category a column's name says in a table of context ``ctx`` (None: nothing)."""
    found = ctx.match(name)
    return found.category if found is not None else None
