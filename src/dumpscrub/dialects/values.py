"""Rows of ``INSERT ... VALUES (...), (...);``: the scanner the three dialects share.

The dialects differ in how a literal is spelled (MySQL's backslash escapes,
PostgreSQL's ``E'...'`` and ``::casts``, SQLite's ``replace(...)`` wrappers) and in
what may appear between statements; a ``ValuesSyntax`` names those differences,
and ``ValuesScanner`` does the rest the same way for all three:

- the fast path matches a whole row of simple values with one regex that captures
  every byte (the row's pieces, see ``model.Row``);
- the slow path walks a row token by token (expressions, a wrong number of values)
  and checks that every value to rewrite is a literal;
- rows of tables no rule touches are not parsed at all: the statement is copied
  (or left out) a buffer at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from ..errors import DumpSyntaxError
from ..model import Action, Codec, DataEnd, DataStart, Event, Passthrough
from ..reader import Source
from .base import Planner, unterminated

_LEAD = re.compile(rb"\s*(?:,\s*)?")
_SPACE = re.compile(rb"\s*")


@dataclass(frozen=True)
class ValuesSyntax:
    """How one dialect spells the values of a row.

    Attributes:
        value: regex source of one simple value (a literal as the dump program
            writes it); the fast path and the "is it a literal" check use it.
        token: regex source of one token inside a row, for the slow path: strings
            and quoted identifiers whole, ``(``, ``)`` and ``,`` alone, anything else
            in runs.
        statement: the pattern of runs of bytes that cannot end a statement ended by
            the given delimiter (strings and comments whole); with ``comments=False``
            for the body of an INSERT, where dump programs write none.
        quote: how a table name is shown in messages.
    """

    value: bytes
    token: bytes
    statement: Callable[[bytes, bool], re.Pattern]
    quote: Callable[[str], str]


@dataclass(frozen=True)
class InsertHeader:
    """How one dialect spells the head of an INSERT, up to VALUES.

    Attributes:
        full: the head up to VALUES, with groups ``table`` and ``cols`` (the column list).
        named: the head up to the table name, for INSERTs ``full`` does not read.
        ident: a (qualified) name as the dump spells it -> the name as text.
        ident_re: one name of a column list.
        hint: what the dialect reads, said when an INSERT into a ruled table is not that.
    """

    full: re.Pattern
    named: re.Pattern
    ident: Callable[[bytes], str]
    ident_re: re.Pattern
    hint: str


class ValuesScanner:
    def __init__(self, syntax: ValuesSyntax):
        self.syntax = syntax
        self._simple = re.compile(syntax.value, re.S)
        self._token = re.compile(syntax.token, re.S)
        self._rows = lru_cache(maxsize=64)(self._row_pattern)

    def _row_pattern(self, ncols: int) -> re.Pattern:
        """One row of ``ncols`` simple values, every byte in a group: ``m.groups()`` is the
        row's pieces (see model.Row), made in one call."""
        values = rb"(\s*,\s*)".join([rb"(" + self.syntax.value + rb")"] * ncols)
        return re.compile(rb"(\s*(?:,\s*)?\(\s*)" + values + rb"(\s*\))", re.S)

    def insert(
        self,
        src: Source,
        start: int,
        planner: Planner,
        head: InsertHeader,
        codec: Codec,
        delim: bytes = b";",
        implicit: dict[str, tuple[str, ...]] | None = None,
    ) -> Iterator[Event]:
        """An INSERT at ``start``: copied, left out, or its rows yielded, as the planner says.

        ``implicit`` gives the columns of an INSERT without a column list, for tables
        whose INSERTs do not list every column (SQLite's generated columns).
        """
        buf = src.buf
        m = head.full.match(buf, start)
        if m is None:
            named = head.named.match(buf, start)
            table = head.ident(named.group("table")) if named else None
            plan = planner(table, None, start) if table else None
            if plan is not None and plan.action is Action.PASS:
                return (yield from self.skip(src, start, delim, keep=True, table=table))
            raise DumpSyntaxError(
                f"cannot read this INSERT statement{f' into {self.syntax.quote(table)}' if table else ''}",
                src.location(start),
                head.hint,
            )
        table = head.ident(m.group("table"))
        cols = m.group("cols")
        if cols:
            columns = tuple(head.ident(c.group()) for c in head.ident_re.finditer(cols))
        else:
            columns = implicit.get(table) if implicit else None
        plan = planner(table, columns, start)
        header = buf[start : m.end()]
        while True:
            if plan.action is Action.ROWS:
                yield DataStart(table, header, codec)
                end = yield from self.rows(src, start + len(header), plan.ncols, plan.targets, table, delim)
            else:
                end = yield from self.skip(src, start, delim, keep=plan.action is Action.PASS, table=table)
            # pg_dump --inserts and sqlite3 write one INSERT per row: a statement that
            # starts with the same bytes up to VALUES has the same table, columns and
            # plan, and is read without the head regex and the planner.
            buf = src.buf
            if buf.startswith(header, end):
                start = end
            elif buf[end : end + 1] == b"\n" and buf.startswith(header, end + 1):
                yield Passthrough(b"\n", table)  # the line end of the statement before
                start = end + 1
            else:
                return end

    def skip(self, src: Source, start: int, delim: bytes, keep: bool, table: str | None) -> Iterator[Event]:
        """Copy (or drop) an INSERT into ``table`` without parsing its rows, a buffer at a time."""
        pattern = self.syntax.statement(delim, False)
        scan = start
        while True:
            buf = src.buf
            end = pattern.match(buf, scan).end()
            if buf.startswith(delim, end):
                end += len(delim)
                if not keep and buf[end : end + 1] == b"\n":
                    end += 1
                if keep:
                    yield Passthrough(buf[start:end], table)
                return end
            if keep and end > start:
                yield Passthrough(buf[start:end], table)
            if not src.more(end):  # drops buf[:end]: what is left was not emitted
                if not src.buf:
                    return 0
                raise DumpSyntaxError(unterminated(src.buf, 0), src.location(0))
            scan = start = 0

    def rows(
        self, src: Source, pos: int, ncols: int, targets: tuple[int, ...], table: str, delim: bytes
    ) -> Iterator[Event]:
        """Yield each row from ``pos`` (just after VALUES) and the statement's end."""
        row_re = self._rows(ncols)
        while True:
            buf = src.buf
            m = row_re.match(buf, pos)
            if m is not None:
                yield (list(m.groups()), pos)
                pos = m.end()
                continue
            space = _SPACE.match(buf, pos).end()
            if buf.startswith(delim, space):
                end = space + len(delim)
                if buf[end : end + 1] == b"\n":
                    end += 1
                elif end >= len(buf) and not src.eof:
                    src.more(pos)
                    pos = 0
                    continue
                yield DataEnd(buf[pos:end])
                return end
            parsed = self._slow_row(buf, pos)
            if parsed is None:  # the row goes on past the buffer
                if not src.more(pos):
                    raise DumpSyntaxError(
                        f"unterminated row in INSERT INTO {self.syntax.quote(table)}", src.location(len(src.buf))
                    )
                pos = 0
                continue
            if parsed is False:
                # Something else follows the rows (ON DUPLICATE KEY UPDATE, ON CONFLICT,
                # RETURNING ...): keep it as the trailer.
                return (yield from self._trailer(src, pos, delim))
            row_start, spans, end = parsed
            if len(spans) != ncols:
                raise DumpSyntaxError(
                    f"row has {len(spans)} values but table {self.syntax.quote(table)} has {ncols} columns",
                    src.location(row_start),
                    "is the CREATE TABLE for this table the one the data was dumped with?",
                )
            for t in targets:
                s, e = spans[t]
                if not self._simple.fullmatch(buf, s, e):
                    raise DumpSyntaxError(
                        f"a value to rewrite in {self.syntax.quote(table)} is an expression, not a literal",
                        src.location(s),
                    )
            pieces, last = [], pos
            for s, e in spans:  # separators and values alternate, as the fast pattern's groups do
                pieces += (buf[last:s], buf[s:e])
                last = e
            pieces.append(buf[last:end])
            yield (pieces, pos)
            pos = end

    def _slow_row(self, buf: bytes, pos: int):
        """Parse one row token by token. None: needs more bytes; False: no row here."""
        p = _LEAD.match(buf, pos).end()
        if p >= len(buf):
            return None
        if buf[p : p + 1] != b"(":
            return False
        row_start = p
        p += 1
        depth = 0
        spans: list[tuple[int, int]] = []
        value_start = p
        token_re = self._token
        while True:
            m = token_re.match(buf, p)
            if m is None:
                return None  # an unterminated string: more bytes needed (or a syntax error at EOF)
            token = m.group()
            p = m.end()
            if token == b"(":
                depth += 1
            elif token in (b",", b")") and depth == 0:
                spans.append(_strip(buf, value_start, m.start()))
                value_start = p
                if token == b")":
                    return row_start, spans, p
            elif token == b")":
                depth -= 1
            if p >= len(buf):
                return None

    def _trailer(self, src: Source, start: int, delim: bytes) -> Iterator[Event]:
        pattern = self.syntax.statement(delim, True)
        while True:
            buf = src.buf
            end = pattern.match(buf, start).end()
            if buf.startswith(delim, end):
                end += len(delim)
                yield DataEnd(buf[start:end])
                return end
            if not src.more(start):
                raise DumpSyntaxError(unterminated(src.buf, end), src.location(end))
            start = 0


def _strip(buf: bytes, start: int, end: int) -> tuple[int, int]:
    while start < end and buf[start] in b" \t\r\n":
        start += 1
    while end > start and buf[end - 1] in b" \t\r\n":
        end -= 1
    return start, end
