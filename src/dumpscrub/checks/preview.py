"""Before and after of the first rows of each ruled table: `dumpscrub preview`.

The "after" values are what a scrub writes, because they come from one: the dump
goes through ``pipeline.scrub`` into a sink that keeps nothing, and the rewriter
reports each row it sees, before and after (``rewrite.Watch``). The run stops once
every table shown has its rows. Originals are shown masked (the first and last
character of each word), unless asked otherwise: a terminal may be shared or recorded.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import BinaryIO, Callable

from ..errors import UsageError
from ..model import Catalog, Codec, lineage, positions_of
from ..pipeline import scrub
from ..rules import Rules, TableAction, TableRule
from .dump import DumpFile
from .values import mask

DEFAULT_ROWS = 5
CELL_WIDTH = 48  # characters of a value shown in a text table
MAX_NAMES = 40  # table names listed in an error about an unknown table

_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\udc80-\udcff]")


def is_binary(value: str) -> bool:
    """Whether a decoded value holds bytes that are not text (a blob, a picture)."""
    return _BINARY.search(value) is not None


@dataclass
class PreviewRow:
    key: dict[str, str | None]  # the key columns (unchanged by the rules), for orientation
    before: dict[str, str | None]  # the changed columns, masked unless --show-originals
    after: dict[str, str | None] | None  # None: the row leaves the dump
    unchanged: list[str] = field(default_factory=list)  # columns the rules left as they were in this row


@dataclass
class TablePreview:
    table: str
    status: str  # rewritten, truncated, dropped, kept, no rule, no rows
    key: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    rows: list[PreviewRow] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "table": self.table,
            "status": self.status,
            "key": list(self.key),
            "columns": list(self.columns),
            "rows": [
                {"key": r.key, "removed": r.after is None, "before": r.before, "after": r.after, "unchanged": r.unchanged}
                for r in self.rows
            ],
        }


@dataclass
class Preview:
    tables: list[TablePreview]
    has_secret: bool
    originals: bool  # whether originals are shown unmasked

    def to_json(self) -> dict:
        return {"tables": [t.to_json() for t in self.tables], "secret": self.has_secret,
                "originals": "shown" if self.originals else "masked"}


class _Enough(Exception):
    """Every table shown has its rows: the scrub stops there (nothing it writes is kept)."""


@dataclass
class _Seen:
    """The rows the rewriter reported for one table (or a partitioned table's partitions)."""

    table: str
    rule: TableRule | None
    expected: bool  # whether rows of it will reach the rewriter
    rows: list[tuple[tuple[str, ...], Codec, list[bytes], list[bytes] | None]] = field(default_factory=list)


def preview(
    stream: BinaryIO,
    rules: Rules,
    *,
    name: str = "<dump>",
    dialect: str = "auto",
    secret: bytes | None = None,
    tables: tuple[str, ...] = (),
    rows: int = DEFAULT_ROWS,
    show_originals: bool = False,
    warn: Callable[[str], None] | None = None,
) -> Preview:
    """Scrub the dump until every table shown has ``rows`` rows; what the rules did to them."""
    with ExitStack() as stack:
        src = _seekable(stream, stack)
        start = src.tell()
        with DumpFile(src, name, dialect) as dump:
            surveyed = dump.survey()
        catalog, parents = surveyed.catalog, surveyed.parents
        names = list(dict.fromkeys([*catalog.tables, *sorted(surveyed.data)]))

        def group_of(table: str) -> tuple[str, TableRule | None]:
            """The table a data statement's rows are shown under, and its rule: the
            table itself, or the partitioned table whose rule applies to it."""
            return next(((t, r) for t in lineage(table, parents) if (r := rules.table(t)) is not None), (table, None))

        has_data = {group_of(t)[0] for t in surveyed.data}
        if tables:
            chosen = [group_of(_resolve(catalog, names, t))[0] for t in tables]
        else:
            chosen = [t for t in names if group_of(t)[1] is not None and group_of(t)[0] == t]
        shown: dict[str, _Seen] = {}
        for table in dict.fromkeys(chosen):
            rule = group_of(table)[1]
            active = rule is not None and rule.action is None and (
                bool(rule.drop_rows or rule.forget) or any(not c.strategy.is_identity for c in rule.columns.values()))
            shown[table] = _Seen(table, rule, expected=active and table in has_data)

        def watch(table, columns, codec, before, after) -> None:
            seen = shown.get(group_of(table)[0])
            if seen is None or len(seen.rows) >= rows:
                return
            seen.rows.append((columns, codec, before, None if after is None else after.copy()))
            if all(len(s.rows) >= rows for s in shown.values() if s.expected):
                raise _Enough

        if any(s.expected for s in shown.values()):
            src.seek(start)
            try:
                scrub(src, _Sink(), rules, dialect, secret, name=name, warn=warn, watch=watch)
            except _Enough:
                pass  # every table shown has its rows
        return Preview([_table_preview(s, catalog, has_data, show_originals) for s in shown.values()],
                       secret is not None, show_originals)


def _resolve(catalog: Catalog, names: list[str], table: str) -> str:
    tdef = catalog.get(table)
    if tdef is not None:
        return tdef.name
    folded = table.casefold()
    for name in names:  # a data-only dump: tables known by their data statements alone
        if folded in (name.casefold(), name.rsplit(".", 1)[-1].casefold()):
            return name
    raise UsageError(f"--table {table}: the dump has no table `{table}` (it has: {_listed(names)})")


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_NAMES])
    return shown + (f", ... ({len(names)} in all)" if len(names) > MAX_NAMES else "")


def _table_preview(seen: _Seen, catalog: Catalog, has_data: set[str], originals: bool) -> TablePreview:
    rule = seen.rule
    if rule is not None and rule.action is not None:
        status = {TableAction.TRUNCATE: "truncated", TableAction.DROP: "dropped", TableAction.KEEP: "kept"}[rule.action]
        return TablePreview(seen.table, status)
    if not seen.rows:
        return TablePreview(seen.table, "no rule" if rule is None else "no rows" if seen.table not in has_data else "unchanged")
    tdef = catalog.get(seen.table)
    ruled = {c.casefold() for c, r in (rule.columns.items() if rule else ()) if not r.strategy.is_identity}
    # The columns shown: those the rules name, and any other the rewrite changed (a
    # rule that follows a foreign key), in the dump's order.
    columns: list[str] = []
    for names, _, before, after in seen.rows:
        for i, column in enumerate(names):
            changed = after is not None and before[1 + 2 * i] != after[1 + 2 * i]
            if (changed or column.casefold() in ruled) and column not in columns:
                columns.append(column)
    first_key = tdef.unique_keys[0] if tdef is not None and tdef.unique_keys else ()
    key = tuple(c for c in first_key if c not in columns)
    result = TablePreview(seen.table, "rewritten", key, tuple(columns))
    for names, codec, before, after in seen.rows:
        position = positions_of(names)

        def value(pieces: list[bytes], column: str) -> str | None:
            i = position(column)
            return None if i is None else codec.decode(pieces[1 + 2 * i])

        row = PreviewRow(
            key={c: _hidden(value(before, c), True) for c in key},
            before={c: _hidden(value(before, c), originals) for c in columns},
            after=None,
        )
        if after is not None:
            row.after = {}
            for c in columns:
                old, new = value(before, c), value(after, c)
                if old == new:
                    row.unchanged.append(c)
                    row.after[c] = row.before[c]  # the original again: as hidden as it is before
                else:
                    row.after[c] = _hidden(new, True)
        result.rows.append(row)
    return result


def _hidden(value: str | None, originals: bool) -> str | None:
    if value is None:
        return None
    if is_binary(value):
        return f"<{len(value.encode('utf-8', 'surrogateescape')):,} bytes>"
    return value if originals else mask(value)


def _seekable(stream: BinaryIO, stack: ExitStack) -> BinaryIO:
    """The dump as a stream that can be read twice (stdin from a pipe is copied to a
    temporary file first): once to learn its tables, once more by the scrub."""
    try:
        if stream.seekable():
            return stream
    except (OSError, ValueError):
        pass  # a closed or odd stream: copy it like a pipe
    copy = stack.enter_context(tempfile.TemporaryFile(prefix="dumpscrub-preview-"))
    shutil.copyfileobj(stream, copy)
    copy.seek(0)
    return copy


class _Sink(io.RawIOBase):
    """The scrubbed dump's bytes, thrown away: only the rows the rewriter reports matter."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return len(data)


def render(result: Preview, console) -> None:
    """The preview as rich tables for people."""
    from rich.markup import escape
    from rich.table import Table

    for t in result.tables:
        title = f"[bold]{escape(t.table)}[/]"
        if t.status != "rewritten":
            console.print(f"{title}: " + {
                "truncated": "truncate: every row is left out, its CREATE TABLE stays",
                "dropped": "drop: the table is left out entirely",
                "kept": "keep: its rows pass as they are",
                "no rule": "no rule: its rows pass as they are",
                "no rows": "the dump has no rows of it",
                "unchanged": "the rules change nothing in its rows (are the columns they name in the dump?)",
            }[t.status])
            continue
        console.print(f"{title}: the first {len(t.rows)} rows, {len(t.columns)} columns changed")
        table = Table(*(t.key or ("#",)), "column", "before", "after")
        for n, row in enumerate(t.rows, 1):
            keys = [_cell(row.key[c]) for c in t.key] if t.key else [str(n)]
            blank = [""] * len(keys)
            if row.after is None:
                table.add_row(*keys, "", "", "[red]row removed[/]", end_section=True)
                continue
            for j, c in enumerate(t.columns):
                after = "[dim](unchanged)[/]" if c in row.unchanged else _cell(row.after[c])
                table.add_row(*(keys if j == 0 else blank), escape(c), _cell(row.before[c]), after,
                              end_section=j == len(t.columns) - 1)
        console.print(table)
    if not result.has_secret:
        console.print("[dim]No --secret: these fakes come from a random key; a scrub with the same --secret "
                      "writes the same values.[/]")


def _cell(value: str | None) -> str:
    from rich.markup import escape

    if value is None:
        return "[dim]NULL[/]"
    text = value.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", " ")
    if len(text) > CELL_WIDTH:
        text = text[: CELL_WIDTH - 1] + "…"
    return escape(text)
