"""Which table each statement of a dump belongs to, so that a dropped table goes whole.

A table's statements are not all about it by their own text: mysqldump saves and
sets ``character_set_client`` before a CREATE TABLE and restores it after, wraps
each trigger in eight SETs and a ``DELIMITER ;;`` pair; the blank lines after a
statement end it. A reader marks those as ``Lead`` (belongs to the statement
that follows) or ``Trail`` (belongs to the one before), passes the whitespace and
comments between statements as ``Trivia``, and ``attribute`` gives them the table
of their neighbour. Everything else carries its table (or none) already.

A lead run and the trail that undoes it always go together: a ``Trail`` takes the
table of the statement before only when the leads before that statement went to
the same table. A restore must never see ``SET sql_mode = @saved_sql_mode`` without
the SET that saved it (sql_mode cannot be NULL), nor ``DELIMITER ;`` without its
``DELIMITER ;;``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

from .. import schema  # noqa: F401  (quiets sqlglot's logger: a view it cannot read is not an error)
from ..model import Constraint, DataEnd, DataStart, Event, Partition, Passthrough, TableDDL


@dataclass(slots=True)
class Lead:
    """A statement that belongs to the statement after it (mysqldump's saving SETs).

    ``continues``: only when it follows another lead (a SET that gives the value is
    part of a wrapper only after the SET that saved the old one).
    """

    raw: bytes
    continues: bool = False


@dataclass(slots=True)
class Trail:
    """A statement that undoes the lead run before the statement it follows."""

    raw: bytes


@dataclass(slots=True)
class Trivia:
    """Whitespace and comments between two statements, as the reader skipped them."""

    raw: bytes


# Classifies a run of comments (after the line end of the statement before): the
# table it names (a header such as "-- Table structure for table `t`"), and whether
# it is the header of whatever statement follows (pg_dump's "-- Name: ...; Type: ...").
CommentRole = Callable[[bytes], "tuple[str | None, bool]"]

_MAX_PENDING = 64  # a lead run longer than any wrapper a dump program writes is not one
_LINE_END = re.compile(rb"[ \t]*\r?\n")
_BLANK = re.compile(rb"\s*")


def split_trivia(raw: bytes) -> tuple[bytes, bytes]:
    """The line end of the statement before (maybe empty), and the rest."""
    m = _LINE_END.match(raw)
    return (raw[: m.end()], raw[m.end() :]) if m else (b"", raw)


def attribute(events: Iterator[Event | Lead | Trail | Trivia], comments: CommentRole) -> Iterator[Event]:
    """Give leads, trails and trivia the table of their neighbours; pass the rest on."""
    pending: list[Passthrough] = []  # leads waiting for their statement
    last: str | None = None  # the table of the last statement, while nothing else came
    opened: str | None = None  # the table the last lead run went to

    def flush(table: str | None) -> Iterator[Passthrough]:
        nonlocal opened
        if pending:
            opened = table
            for event in pending:
                event.table = table
            yield from pending
            pending.clear()

    for event in events:
        kind = type(event)
        if kind is tuple or kind is DataEnd:  # rows: the bulk of a dump, first
            yield event
            continue
        if kind is Trivia:
            head, rest = split_trivia(event.raw)
            if head:
                if pending:
                    pending.append(Passthrough(head))
                else:
                    yield Passthrough(head, last)
            if not rest:
                continue
            if _BLANK.fullmatch(rest):
                if pending:
                    pending.append(Passthrough(rest))
                else:
                    yield Passthrough(rest, last)
                continue
            table, leads = comments(rest)
            if leads and table is None:
                pending.append(Passthrough(rest))
            else:
                yield from flush(None)
                last = table
                yield Passthrough(rest, table)
        elif kind is Lead:
            if event.continues and not pending:
                last = None
                yield Passthrough(event.raw)
            else:
                pending.append(Passthrough(event.raw))
                if len(pending) > _MAX_PENDING:
                    yield from flush(None)
        elif kind is Trail:
            if pending:
                pending.append(Passthrough(event.raw))
            else:
                yield Passthrough(event.raw, last if opened == last else None)
        else:
            table = _table_of(event)
            yield from flush(table)
            last = table
            yield event
    yield from flush(None)


def _table_of(event: Event) -> str | None:
    kind = type(event)
    if kind is Passthrough or kind is Constraint or kind is DataStart or kind is Partition:
        return event.table
    if kind is TableDDL:
        return event.name
    return None


# -- the tables a statement reads or writes --------------------------------------


def _name(table: exp.Table) -> str:
    return ".".join(part for part in (table.catalog, table.db, table.name) if part)


def query_tables(sql: str, dialect: str) -> tuple[str, ...]:
    """The tables (and views) a CREATE VIEW reads, each once.

    sqlglot finds them (``exp.Table`` nodes, common table expressions left out). A
    statement it cannot read gives none: the view then names no table it needs,
    which is what the dump says of it anyway as far as dumpscrub can tell.
    """
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except (SqlglotError, ValueError, RecursionError):
        return ()
    if isinstance(tree, exp.Create):
        own = _name(tree.this) if isinstance(tree.this, exp.Table) else None
        tree = tree.expression
        if tree is None:
            return ()
    else:
        own = None
    local = {cte.alias for cte in tree.find_all(exp.CTE)}
    found = dict.fromkeys(
        name for table in tree.find_all(exp.Table) if (name := _name(table)) and name not in local and name != own
    )
    return tuple(found)


_CALL_WORDS = {TokenType.VAR, TokenType.IDENTIFIER}
_STATEMENT_START = {TokenType.SEMICOLON, TokenType.BEGIN, TokenType.THEN, TokenType.ELSE}


def body_tables(sql: str, dialect: str) -> tuple[str, ...]:
    """The tables a trigger's (or rule's, or policy's) body writes or reads, in order.

    Bodies are procedural (BEGIN ... END, IF ... END IF) and sqlglot parses few of
    them, so its tokenizer finds the names instead: after INSERT/REPLACE INTO, after
    UPDATE at the start of a statement, after DELETE FROM and JOIN, and after a FROM
    that is not inside a function call (``TRIM(x FROM y)``, ``EXTRACT(YEAR FROM d)``)
    nor in ``IS DISTINCT FROM``. A body the tokenizer cannot read gives none.
    """
    try:
        tokens = sqlglot.Dialect.get_or_raise(dialect).tokenize(sql)
    except (SqlglotError, ValueError):
        return ()
    found: dict[str, None] = {}
    calls: list[bool] = []  # for each open parenthesis: does it open a function call?
    before = None
    for i, token in enumerate(tokens):
        kind = token.token_type
        if kind is TokenType.L_PAREN:
            calls.append(before in _CALL_WORDS)
        elif kind is TokenType.R_PAREN and calls:
            calls.pop()
        names_next = (
            (kind is TokenType.INTO and before in (TokenType.INSERT, TokenType.REPLACE, TokenType.IGNORE))
            or (kind is TokenType.UPDATE and (before is None or before in _STATEMENT_START))
            or kind is TokenType.JOIN
            or (kind is TokenType.FROM and before is not TokenType.DISTINCT and not (calls and calls[-1]))
        )
        if names_next:
            name = _dotted(tokens, i + 1)
            if name:
                found[name] = None
        before = kind
    return tuple(found)


def _dotted(tokens: list, i: int) -> str | None:
    """The (qualified) name starting at ``tokens[i]``, if one does."""
    parts = []
    while i < len(tokens) and tokens[i].token_type in _CALL_WORDS:
        parts.append(tokens[i].text)
        if i + 1 < len(tokens) and tokens[i + 1].token_type is TokenType.DOT:
            i += 2
        else:
            break
    return ".".join(parts) if parts else None
