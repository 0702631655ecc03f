"""Find values standing in a dump as complete literals, one finder per dump tool.

The round-trip leak check asks: which of these original values does the scrubbed
dump still hold, as a whole literal (not as part of a longer one)? Each finder cuts
the dump into the literals its tool writes, encodes every value the way that tool
would, and intersects the two sets. The dumps are read in chunks cut where no
literal can be cut in two, so a 170 MB dump never becomes millions of objects at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dumpscrub.dialects.mysql import escape

CHUNK = 1 << 24
Finder = Callable[[bytes, set[bytes]], set[bytes]]

# A piece of a MySQL dump ending at an unescaped quote: every literal's body is one piece
# (backslash pairs are consumed left to right, so \' and \\ are handled wherever they are).
# Unrolled loop, not possessive quantifiers: Python 3.10 has none, and it cannot backtrack badly.
_MYSQL_PIECE = re.compile(rb"[^'\\]*(?:\\.[^'\\]*)*'", re.S)
_MYSQL_HEX = re.compile(rb"0x[0-9A-Fa-f]+")
# Standard SQL (pg_dump with standard_conforming_strings = on, sqlite3 .dump): a quote is
# doubled, a backslash is an ordinary character. A `--` comment outside a literal is
# consumed whole, so an apostrophe in it does not shift the pairing of quotes.
_SQL_LITERAL = re.compile(rb"--[^\n]*|'((?:[^']|'')*)'")
# A bare number in a VALUES list: pg_dump and sqlite3 do not quote numbers (pg_dump puts a
# space after each comma).
_BARE_NUMBER = re.compile(rb"(?<=[(, ])-?[0-9][0-9.eE+-]*(?=[,)])")
_SQLITE_BLOB = re.compile(rb"[Xx]'([0-9A-Fa-f]*)'")
# pg_dump's COPY blocks: header line, tab-separated rows, `\.` alone on a line.
_COPY = re.compile(rb"^COPY [^\n]* FROM stdin;\n(.*?)^\\\.$", re.M | re.S)
_COPY_FIELD = re.compile(rb"[^\t\n]+")
# PostgreSQL's COPY text format escapes (the COPY documentation, "Text Format").
_COPY_ESCAPES = {b"\\": b"\\\\", b"\b": b"\\b", b"\f": b"\\f", b"\n": b"\\n", b"\r": b"\\r", b"\t": b"\\t", b"\v": b"\\v"}
_COPY_SPECIAL = re.compile(rb"[\\\b\f\n\r\t\v]")


def _chunks(data: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) spans of about CHUNK bytes, each ending after a newline."""
    end = len(data) if end is None else end
    pos = start
    while pos < end:
        stop = (data.find(b"\n", pos + CHUNK, end) + 1 if pos + CHUNK < end else end) or end
        yield pos, stop
        pos = stop


def mysql_literals(dump: bytes, values: set[bytes]) -> set[bytes]:
    """Which of `values` stand in the MySQL dump as a complete literal: 'escaped' or 0xHEX."""
    quoted = {escape(v) + b"'": v for v in values}
    hexed = {b"0x" + v.hex().upper().encode("ascii"): v for v in values}
    found: set[bytes] = set()
    # Cut at a newline: mysqldump escapes \n inside literals, so none is cut in two.
    for start, end in _chunks(dump):
        found |= {quoted[p] for p in quoted.keys() & set(_MYSQL_PIECE.findall(dump, start, end))}
    found |= {hexed[h] for h in hexed.keys() & set(_MYSQL_HEX.findall(dump))}
    return found


def _sql_pieces(text: bytes) -> set[bytes]:
    """Bodies of the quoted literals and the bare numbers of a standard-SQL text."""
    return set(_SQL_LITERAL.findall(text)) | set(_BARE_NUMBER.findall(text))


def copy_escape(value: bytes) -> bytes:
    """A value as a field of a pg_dump COPY block."""
    return _COPY_SPECIAL.sub(lambda m: _COPY_ESCAPES[m.group()], value)


def postgres_literals(dump: bytes, values: set[bytes]) -> set[bytes]:
    """Which of `values` stand in the pg_dump dump as a COPY field or an INSERT literal.

    Values are the text form of each column (`col::text`), which is what pg_dump writes.
    """
    as_field = {copy_escape(v): v for v in values}
    as_literal = {v.replace(b"'", b"''"): v for v in values}
    found: set[bytes] = set()
    pos = 0
    for block in _COPY.finditer(dump):
        # Outside COPY: INSERT statements may span lines (raw CR/LF in literals), so whole.
        found |= {as_literal[p] for p in as_literal.keys() & _sql_pieces(dump[pos : block.start()])}
        for start, end in _chunks(dump, block.start(1), block.end(1)):  # a row is one line
            found |= {as_field[f] for f in as_field.keys() & set(_COPY_FIELD.findall(dump, start, end))}
        pos = block.end()
    found |= {as_literal[p] for p in as_literal.keys() & _sql_pieces(dump[pos:])}
    return found


def _sqlite_forms(value: bytes) -> list[bytes]:
    """The bodies sqlite3's .dump may write for a text value.

    A text holding CR or LF is written `replace('a\\nb','\\n',char(10))`: the shell picks a
    marker the text lacks (`\\n`, else `\\012`, ...; shell.c, output_quoted_escaped_string).
    `.dump --newlines` and Python's iterdump() write line breaks as they are.
    """
    body = value.replace(b"'", b"''")
    if b"\n" not in value and b"\r" not in value:
        return [body]
    forms = [body]
    for nl, cr in ((b"\\n", b"\\r"), (b"\\012", b"\\015")):
        forms.append(body.replace(b"\n", nl).replace(b"\r", cr))
    return forms


def sqlite_literals(dump: bytes, values: set[bytes]) -> set[bytes]:
    """Which of `values` stand in the sqlite3 .dump as a literal: 'text', X'hex' or a number."""
    forms = {form: v for v in values for form in _sqlite_forms(v)}
    hexed = {v.hex().encode("ascii"): v for v in values}
    found: set[bytes] = set()
    # .dump writes CR and LF inside literals as replace(...) markers, so each INSERT is
    # one line and a chunk cut after a newline cuts no literal.
    for start, end in _chunks(dump):
        text = dump[start:end]
        found |= {forms[p] for p in forms.keys() & _sql_pieces(text)}
        found |= {hexed[h] for h in hexed.keys() & {b.lower() for b in _SQLITE_BLOB.findall(text)}}
    return found


FINDERS: dict[str, Finder] = {"mysqldump": mysql_literals, "pg_dump": postgres_literals, "sqlite3": sqlite_literals}
