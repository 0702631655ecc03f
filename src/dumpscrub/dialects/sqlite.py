"""The sqlite3 shell's ``.dump``: ``INSERT INTO t VALUES(...)``, ``X'..'``, replace() wrappers.

Sources for the quirks handled here (SQLite 3.40, src/shell.c.in and lang_*.html):
- strings are ``'...'`` with ``''`` for a quote and no backslash escapes
  (lang_expr.html, "Literal Values"); identifiers are ``"..."``, ``[...]`` or
  backticks (lang_keywords.html);
- ``output_quoted_escaped_string()`` writes a string holding LF or CR as
  ``replace(replace('a\\r\\nb','\\r',char(13)),'\\n',char(10))``: each LF (CR)
  replaced by a marker the string does not contain, chosen by ``unused_string()``
  among ``\\n``, ``\\012``, ``(\\n0)``, ``(\\n1)``... (``\\r``, ``\\015``, ``(\\r0)``...);
- blobs are ``X'..'`` in lower-case hex, infinities ``1e999`` / ``-1e999``;
- ``.dump`` writes no values for generated columns, and no column list either
  (unless ``--preserve-rowids``): ``INSERT INTO t VALUES`` then lists the values
  of the other columns, as SQLite itself reads it (gencol.html, "Limitations");
- ``CREATE TRIGGER ... BEGIN ...; ...; END;`` holds semicolons: the statement ends
  at the ``;`` after the body's ``END`` (lang_createtrigger.html), CASE ... END
  inside it nesting;
- a broken database ends with ``ROLLBACK; -- due to errors``.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import ClassVar, Iterator

from .. import model, schema
from ..errors import DumpSyntaxError
from ..model import Column, Event, ForeignKey, Passthrough, TableDDL, TableDef
from ..reader import Source
from .base import Planner, next_statement, read_statement
from .owners import Trivia, attribute, body_tables, query_tables
from .values import InsertHeader, ValuesScanner, ValuesSyntax

_FIRST_LINE = b"PRAGMA foreign_keys=OFF;"

_STR = rb"'[^']*(?:''[^']*)*'"
_DSTR = rb'"[^"]*(?:""[^"]*)*"'
_BACKTICK = rb"`[^`]*(?:``[^`]*)*`"
_BRACKET = rb"\[[^\]]*\]"
_BLOCK_COMMENT = rb"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/"

# Whitespace and comments between statements (SQLite needs no space after ``--``).
_TRIVIA = re.compile(rb"(?:\s+|--[^\n]*(?:\n|\Z)|" + _BLOCK_COMMENT + rb")*")

_IDENT = _DSTR + rb"|" + _BRACKET + rb"|" + _BACKTICK + rb"|[A-Za-z0-9_$\x80-\xff]+"
_QNAME = rb"(?:" + _IDENT + rb")(?:\s*\.\s*(?:" + _IDENT + rb"))?"
_IDENT_RE = re.compile(_IDENT)

_VERB = rb"(?:INSERT(?:\s+OR\s+(?:REPLACE|IGNORE|ABORT|FAIL|ROLLBACK))?|REPLACE)\s+INTO\s+"
_INSERT_START = re.compile(rb"(?:INSERT|REPLACE)\b", re.I)
_INSERT = re.compile(
    _VERB + rb"(?P<table>" + _QNAME + rb")\s*"
    rb"(?:\((?P<cols>\s*(?:" + _IDENT + rb")(?:\s*,\s*(?:" + _IDENT + rb"))*)\s*\)\s*)?"
    rb"VALUES\b",
    re.I | re.S,
)
_INSERT_TABLE = re.compile(_VERB + rb"(?P<table>" + _QNAME + rb")", re.I | re.S)
_CREATE_TABLE = re.compile(
    rb"CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>" + _QNAME + rb")", re.I | re.S
)
_CREATE_TRIGGER = re.compile(rb"CREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\b", re.I)

# A value as sqlite3 writes it: a string, a replace() wrapper around one (nested
# once per special character: CR inside LF; NUL, which only dumpscrub writes,
# innermost), a blob, or a bare token (number, NULL).
_WRAP_TAIL = rb",'[^']*',char\(\d+\)\)"
_WRAPPED_ANY = rb"|".join(
    rb"replace\(" * depth + _STR + _WRAP_TAIL * depth for depth in (3, 2, 1)
)
_VALUE = _STR + rb"|[xX]'[0-9a-fA-F]*'|" + _WRAPPED_ANY + rb"|[^,()'\"\s]+"
# Tokens inside a row, for rows the fast pattern does not match.
_ROW_TOKEN = _STR + rb"|" + _DSTR + rb"|[^'\"(),]+|[(),]"

_WRAPPER = re.compile(rb"replace\((.*),'([^']*)',char\((\d+)\)\)", re.S)
_NUMBER = re.compile(rb"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

# The characters a replace() wrapper restores, innermost first, and the markers
# unused_string() tries for them before "(<first>N)".
_SPECIALS = ((b"\x00", b"\\0", b"\\000"), (b"\r", b"\\r", b"\\015"), (b"\n", b"\\n", b"\\012"))


class SQLiteCodec:
    """SQLite literals: ``'...'``, replace() wrappers, ``X'..'``, numbers, NULL."""

    def decode(self, raw: bytes) -> str | None:
        if raw[:1] == b"'":  # the common case, inline: a plain string
            return raw[1:-1].replace(b"''", b"'").decode("utf-8", "surrogateescape")
        if len(raw) == 4 and raw.upper() == b"NULL":
            return None
        return self.decode_bytes(raw).decode("utf-8", "surrogateescape")

    def decode_bytes(self, raw: bytes) -> bytes:
        first = raw[:1]
        if first == b"'":
            return raw[1:-1].replace(b"''", b"'")
        if first in (b"x", b"X") and raw[1:2] == b"'":
            try:
                return bytes.fromhex(raw[2:-1].decode("ascii"))
            except ValueError as e:  # odd digit count: SQLite refuses it too
                raise DumpSyntaxError("invalid blob literal in a value to rewrite") from e
        m = _WRAPPER.fullmatch(raw)
        if m is not None:
            inner, marker, code = m.groups()
            text = self.decode_bytes(inner)
            # SQLite's replace() with an empty pattern returns its input unchanged.
            return text.replace(marker, chr(int(code)).encode("utf-8", "surrogatepass")) if marker else text
        return raw  # a number or keyword: its text

    def is_blank(self, raw: bytes) -> bool:
        return raw == b"''" or raw[1:] == b"''" or (len(raw) == 4 and raw.upper() == b"NULL")

    def form(self, raw: bytes) -> bytes:
        first = raw[:1]
        if first == b"'" or first == b"r":  # a string and a wrapped string encode alike
            return b"'"
        if raw[1:2] == b"'":
            return b"X"
        return b"bare"

    def encode(self, value: str | None, like: bytes) -> bytes:
        if value is None:
            return b"NULL"
        data = value.encode("utf-8", "surrogateescape")
        first = like[:1]
        if first in (b"x", b"X") and like[1:2] == b"'":
            return b"X'" + data.hex().encode("ascii") + b"'"
        if first not in (b"'", b"r") and _NUMBER.fullmatch(data):
            return data  # an unquoted number stays unquoted
        return quote(data)


def quote(data: bytes) -> bytes:
    """A literal sqlite3 reads back as ``data``: ``'...'``, or a replace() wrapper as
    sqlite3's .dump writes it when ``data`` holds LF or CR (or NUL, which a raw
    string cannot hold)."""
    body = b"'" + data.replace(b"'", b"''") + b"'"
    specials = [s for s in _SPECIALS if s[0] in data]
    if not specials:
        return body
    for attempt in range(1000):
        markers = [_unused(data, a, b, attempt) for _, a, b in specials]
        literal = body
        for (char, _, _), marker in zip(specials, markers):
            literal = literal.replace(char, marker)
        for (char, _, _), marker in zip(specials, markers):
            literal = b"replace(%s,'%s',char(%d))" % (literal, marker, ord(char))
        # A marker next to text could read as another marker: check, as cheaply as it gets.
        if SQLiteCodec().decode_bytes(literal) == data:
            return literal
    raise DumpSyntaxError("cannot write this value as an SQLite literal")  # not reached in practice


def _unused(data: bytes, first: bytes, second: bytes, attempt: int) -> bytes:
    """shell.c's unused_string(): ``first``, ``second``, then ``(firstN)``, absent from ``data``."""
    if attempt == 0:
        if first not in data:
            return first
        if second not in data:
            return second
    n = 0
    while True:
        candidate = b"(%s%d)" % (first, n)
        if candidate not in data:
            if attempt <= 1:
                return candidate
            attempt -= 1
        n += 1


@lru_cache(maxsize=4096)  # names repeat at every statement
def ident(raw: bytes) -> str:
    """"a""b" -> a"b; [x y] -> x y; main.t -> main.t (UTF-8, other bytes kept with surrogateescape)."""
    return ".".join(
        schema.unquote(m.group().decode("utf-8", "surrogateescape")) for m in _IDENT_RE.finditer(raw)
    )


@lru_cache(maxsize=16)
def _statement_pattern(delim: bytes, comments: bool = True) -> re.Pattern:
    """Runs of tokens that cannot end a statement ended by ``delim`` (strings, quoted
    names and comments whole).

    A ``-`` or ``/`` is taken alone only when the next byte is known not to open a
    comment, so a comment cut by the end of the buffer is scanned again whole.
    Without ``comments`` (an INSERT's body, where sqlite3 writes none) fewer
    alternatives make the scan of untouched data faster.
    """
    d = re.escape(delim[:1])
    quoted = rb"|" + _STR + rb"|" + _DSTR + rb"|" + _BACKTICK + rb"|" + _BRACKET
    if comments:
        body = rb"[^'\"`\[/\-" + d + rb"]+" + quoted + rb"|--[^\n]*\n|" + _BLOCK_COMMENT + rb"|[/\-](?=[^*\-])"
    else:
        body = rb"[^'\"`\[" + d + rb"]+" + quoted
    return re.compile(rb"(?:" + body + rb")*", re.S)


# Tokens of a trigger, to find the END closing its body.
_TRIGGER_TOKEN = re.compile(
    _STR + rb"|" + _DSTR + rb"|" + _BACKTICK + rb"|" + _BRACKET + rb"|--[^\n]*\n|" + _BLOCK_COMMENT
    + rb"|[A-Za-z_\x80-\xff][A-Za-z0-9_$\x80-\xff]*|[^'\"`\[A-Za-z_\x80-\xff/\-;]+|[/\-](?=[^*\-])|;",
    re.S,
)

_SCANNER = ValuesScanner(
    ValuesSyntax(value=_VALUE, token=_ROW_TOKEN, statement=_statement_pattern, quote=lambda table: f'"{table}"')
)
_HEADER = InsertHeader(_INSERT, _INSERT_TABLE, ident, _IDENT_RE, "dumpscrub reads INSERT ... VALUES as sqlite3's .dump writes it")


class SQLite:
    name: ClassVar[str] = "sqlite"
    description: ClassVar[str] = "sqlite3 shell .dump output"
    sqlglot_dialect: ClassVar[str] = "sqlite"
    codec = SQLiteCodec()

    def sniff(self, head: bytes) -> int:
        score = 0
        if head.startswith(_FIRST_LINE):  # shell.c writes these two lines first, always
            score += 6
            if head[len(_FIRST_LINE) :].lstrip(b"\r\n").startswith(b"BEGIN TRANSACTION;"):
                score += 4
        if re.search(rb"^INSERT INTO (?:\"[^\"\n]*\"|[^\s`(]+) VALUES\(", head, re.M):
            score += 4  # sqlite3 writes no space before the parenthesis, mysqldump and pg_dump do
        if re.search(rb"^CREATE TABLE (?!`)(?:\"[^\"\n]*\"|\[[^\]\n]*\]|[^\s.`]+)\s*\(", head, re.M):
            score += 2  # unqualified and without backticks (pg_dump qualifies, mysqldump backticks)
        return score

    def parse_schema(self, statement: bytes) -> TableDef | None:
        return parse_create_table(statement.decode("utf-8", "surrogateescape"))

    def read(self, src: Source, planner: Planner) -> Iterator[Event]:
        return attribute(self._events(src, planner), lambda comments: (None, False))

    def _events(self, src: Source, planner: Planner) -> Iterator[Event | Trivia]:
        # Tables with generated columns: .dump leaves their values out, so an INSERT
        # without a column list lists the other columns (passed to the planner as if
        # the INSERT named them).
        implicit: dict[str, tuple[str, ...]] = {}
        pos = 0
        while True:
            pos = yield from next_statement(src, pos, _TRIVIA)
            if pos < 0:
                return
            buf = src.buf
            if _INSERT_START.match(buf, pos):
                inserts = _SCANNER.insert(src, pos, planner, _HEADER, self.codec, b";", implicit)
                pos = yield from _catalog_rows(inserts)
            elif _CREATE_TRIGGER.match(buf, pos):
                pos = yield from self._trigger(src, pos)
            else:
                pos = yield from self._statement(src, pos, implicit)

    def _statement(self, src: Source, start: int, implicit: dict) -> Iterator[Event]:
        """Any statement but INSERT and CREATE TRIGGER: find its end, learn CREATE TABLE, pass it on."""
        raw, end = read_statement(src, start, _statement_pattern(b";"), b";", b"'\"`[")
        m = _CREATE_TABLE.match(raw)
        if m:
            name = ident(m.group("table"))
            table = self.parse_schema(raw[:-1] if raw.endswith(b";") else raw)
            implicit.pop(name, None)
            if table is not None and any(c.generated for c in table.columns):
                implicit[name] = tuple(c.name for c in table.columns if not c.generated)
            yield TableDDL(raw, table, src.location(end - len(raw)).line, name)
        else:
            yield _classify(raw)
        return end

    def _trigger(self, src: Source, start: int) -> Iterator[Event]:
        """CREATE TRIGGER: ends at the first ``;`` after the END closing its body."""
        while True:
            buf = src.buf
            end = _trigger_end(buf, start, src.eof)
            if end is not None:
                yield _classify(buf[start:end])
                return end
            if not src.more(start):
                raise DumpSyntaxError("unterminated CREATE TRIGGER (no END; closing its body)", src.location(0))
            start = 0


def _trigger_end(buf: bytes, start: int, eof: bool) -> int | None:
    """The end of the CREATE TRIGGER at ``start`` (after its ``;``), None if not in ``buf``."""
    in_body = body_done = False
    cases = 0
    p = start
    while p < len(buf):
        m = _TRIGGER_TOKEN.match(buf, p)
        if m is None or (m.end() == len(buf) and not eof):
            return None  # a token cut by the end of the buffer
        token = m.group()
        p = m.end()
        if token == b";":
            if body_done:
                return p
            continue
        word = token.upper()
        if word == b"CASE":
            cases += 1
        elif word == b"END":
            if cases:
                cases -= 1
            elif in_body:
                body_done = True
        elif word == b"BEGIN":
            in_body = True
    return None


# -- which table a statement belongs to (for dropping a table whole) -----------------

_TABLE = rb"(?P<table>" + _QNAME + rb")"
_CREATE_INDEX = re.compile(
    rb"CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?" + _QNAME + rb"\s+ON\s+" + _TABLE, re.I
)
_TRIGGER_ON = re.compile(
    rb"CREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?" + _QNAME + rb"\s[^;]*?\bON\s+" + _TABLE
    + rb"(?P<rest>.*)",
    re.I | re.S,
)
_VIEW = re.compile(rb"CREATE\s+(?:TEMP(?:ORARY)?\s+)?VIEW\b", re.I)
# Rows of SQLite's own tables that describe one table: the first value names it
# (sqlite_sequence(name, seq), sqlite_stat1(tbl, idx, stat), sqlite_stat4(tbl, ...)).
_CATALOGS = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
_FIRST_VALUE = re.compile(rb"[^(]*\(\s*'((?:[^']|'')*)'", re.S)


def _classify(raw: bytes) -> Passthrough:
    """The table a statement of a .dump belongs to, and the tables it uses."""
    m = _CREATE_INDEX.match(raw)
    if m:
        return Passthrough(raw, ident(m.group("table")))
    m = _TRIGGER_ON.match(raw)
    if m:
        table = ident(m.group("table"))
        body = m.group("rest").decode("utf-8", "surrogateescape")
        return Passthrough(raw, table, tuple(u for u in body_tables(body, "sqlite") if u != table))
    if _VIEW.match(raw):
        return Passthrough(raw, None, query_tables(raw.decode("utf-8", "surrogateescape"), "sqlite"))
    return Passthrough(raw)


def _catalog_rows(events: Iterator[Event]) -> Iterator[Event]:
    """An INSERT's events, with a row of sqlite_sequence or sqlite_stat1 given the table it
    describes; returns what the INSERT's reader returns (where it ended).

    .dump writes one INSERT per row; the line end between two goes with the row before.
    """
    named = None
    while True:
        try:
            event = next(events)
        except StopIteration as done:
            return done.value
        if type(event) is Passthrough and event.table in _CATALOGS:
            m = _FIRST_VALUE.match(event.raw)
            if m:
                named = m.group(1).replace(b"''", b"'").decode("utf-8", "surrogateescape")
            event.table = named
        yield event


# -- CREATE TABLE ------------------------------------------------------------------

_COLUMN_STOP = {"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
                "GENERATED", "AS"}
_TABLE_CONSTRAINT = {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"}
_TEMPORAL = {"DATE", "DATETIME", "TIMESTAMP", "TIME"}
_DECIMAL = {"NUMERIC", "DECIMAL", "NUMBER", "MONEY"}


def affinity_kind(declared: str) -> str:
    """The model kind of a declared column type, by SQLite's affinity rules
    (datatype3.html, 3.1), in their order: INT, then CHAR/CLOB/TEXT, then BLOB or
    no type, then REAL/FLOA/DOUB, else NUMERIC. A NUMERIC column holds whatever was
    written into it, so there the type's name decides (DATE, BOOLEAN, JSON...)."""
    upper = declared.upper()
    if not upper:
        return model.UNKNOWN
    if "INT" in upper:
        return model.INTEGER
    if "CHAR" in upper or "CLOB" in upper or "TEXT" in upper:
        return model.TEXT
    if "BLOB" in upper:
        return model.BINARY
    if "REAL" in upper or "FLOA" in upper or "DOUB" in upper:
        return model.NUMBER
    first = upper.split()[0]
    if first in _TEMPORAL:
        return model.TEMPORAL
    if first in ("BOOLEAN", "BOOL"):
        return model.BOOLEAN
    if first == "JSON":
        return model.JSON
    return model.NUMBER if first in _DECIMAL else model.UNKNOWN


def parse_create_table(text: str) -> TableDef | None:
    """CREATE TABLE as sqlite_master stores it (any formatting and quoting, untyped
    columns, STRICT, WITHOUT ROWID) as a table definition; None for CREATE TABLE ... AS.

    sqlglot is not used: it drops untyped columns without an error and names
    VARCHAR(45) "text", so its result could not be trusted column by column.
    """
    tokens = schema.ddl_tokens(text)
    upper = [t.upper() for t in tokens]
    try:
        i = upper.index("TABLE") + 1
        if upper[i : i + 3] == ["IF", "NOT", "EXISTS"]:
            i += 3
        open_at = tokens.index("(", i)
    except ValueError:
        return None
    name = ".".join(schema.unquote(t) for t in tokens[i:open_at] if t != ".")
    close_at = schema.balanced(tokens, open_at)
    columns: list[Column] = []
    unique: list[tuple[str, ...]] = []
    primary: tuple[str, ...] = ()
    fks: list[ForeignKey] = []
    json_columns: set[str] = set()
    for item in schema.split_items(tokens[open_at + 1 : close_at - 1]):
        head = item[0].upper()
        if head in _TABLE_CONSTRAINT:
            words = [t.upper() for t in item]
            body = item[2:] if head == "CONSTRAINT" else item
            key = words[2] if head == "CONSTRAINT" and len(words) > 2 else head
            if key == "PRIMARY":
                primary = _paren_names(body)
                unique.insert(0, primary)
            elif key == "UNIQUE":
                unique.append(_paren_names(body))
            elif key == "FOREIGN":
                fk = _foreign_key(body)
                if fk is not None:
                    fks.append(fk)
            json_columns.update(_json_checked(item))
            continue
        col, is_pk, is_unique, ref = _column(item)
        columns.append(col)
        if is_pk:
            primary = (col.name,)
            unique.insert(0, primary)
        elif is_unique:
            unique.append((col.name,))
        if ref is not None:
            fks.append(ForeignKey((col.name,), *ref))
        if col.name in _json_checked(item):
            json_columns.add(col.name)
    if not columns:
        return None
    columns = [
        dataclasses.replace(c, kind=model.JSON, length=None) if c.name in json_columns else c
        for c in schema.not_null(columns, primary)
    ]
    return TableDef(name, tuple(columns), tuple(k for k in unique if k), tuple(fks))


def _column(item: list[str]) -> tuple[Column, bool, bool, tuple[str, tuple[str, ...]] | None]:
    name = schema.unquote(item[0])
    i = 1
    words: list[str] = []
    length = None
    while i < len(item) and item[i].upper() not in _COLUMN_STOP:
        if item[i] == "(":
            end = schema.balanced(item, i)
            numbers = [t for t in item[i + 1 : end - 1] if t.isdigit()]
            length = int(numbers[0]) if numbers else None
            i = end
            continue
        words.append(schema.unquote(item[i]))
        i += 1
    declared = " ".join(words)
    kind = affinity_kind(declared)
    rest = [t.upper() for t in item[i:]]
    nullable, is_pk, is_unique, generated, ref = True, False, False, False, None
    for j, word in enumerate(rest):
        if word == "NOT" and rest[j + 1 : j + 2] == ["NULL"]:
            nullable = False
        elif word == "PRIMARY":
            is_pk, nullable = True, False
        elif word == "UNIQUE":
            is_unique = True
        elif word == "GENERATED" or (word == "AS" and rest[j + 1 : j + 2] == ["("]):
            generated = True
        elif word == "REFERENCES" and ref is None:
            fk = _foreign_key(["FOREIGN", "KEY", "(", item[0], ")"] + item[i + j :])
            ref = (fk.parent, fk.parent_columns) if fk is not None else None
    bounded = kind in (model.TEXT, model.BINARY)
    return Column(name, declared.lower(), kind, length if bounded else None, nullable, (), generated), is_pk, is_unique, ref


def _paren_names(tokens: list[str]) -> tuple[str, ...]:
    """The names of the first parenthesised list: (a COLLATE nocase, "b" DESC) -> (a, b)."""
    if "(" not in tokens:
        return ()
    start = tokens.index("(")
    inner = tokens[start + 1 : schema.balanced(tokens, start) - 1]
    return tuple(schema.unquote(item[0]) for item in schema.split_items(inner))


def _foreign_key(tokens: list[str]) -> ForeignKey | None:
    """FOREIGN KEY (a, b) REFERENCES parent (x, y) ..."""
    upper = [t.upper() for t in tokens]
    if "REFERENCES" not in upper:
        return None
    at = upper.index("REFERENCES")
    if at + 1 >= len(tokens):
        return None
    after = tokens[at + 2 :]
    parent_columns = _paren_names(after) if after[:1] == ["("] else ()
    return ForeignKey(_paren_names(tokens[:at]), schema.unquote(tokens[at + 1]), parent_columns)


def _json_checked(tokens: list[str]) -> set[str]:
    """Columns a CHECK (... json_valid(col) ...) in these tokens requires to be JSON."""
    found = set()
    for j, token in enumerate(tokens):
        if token.upper() == "JSON_VALID" and tokens[j + 1 : j + 2] == ["("] and j + 2 < len(tokens):
            found.add(schema.unquote(tokens[j + 2]))
    return found
