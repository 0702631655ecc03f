"""pg_dump plain format: COPY ... FROM stdin blocks, and INSERTs with --inserts.

Sources for the quirks handled here:
- COPY text format: PostgreSQL manual, "COPY", section "Text Format": fields
  separated by tabs, ``\\N`` for NULL, backslash escapes ``\\b \\f \\n \\r \\t \\v``,
  octal ``\\NNN``, hex ``\\xNN``, any other escaped character stands for itself;
  the data ends at a line holding only ``\\.``;
- string constants: "Lexical Structure": ``'...'`` doubles its quotes and, with
  standard_conforming_strings on (what pg_dump sets), takes backslashes literally;
  ``E'...'`` takes C-like backslash escapes; ``$tag$...$tag$`` is dollar quoting
  (function bodies, DO blocks); ``"..."`` is an identifier; ``::type`` a cast;
- pg_dump writes psql meta-commands (``\\restrict KEY``, ``\\connect db``) on
  lines of their own, without a semicolon;
- domains (CREATE DOMAIN) and enums (CREATE TYPE ... AS ENUM) come before the
  tables that use them: a column of such a type gets the kind of the base type.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import ClassVar, Iterator

from .. import model, schema
from ..errors import DumpSyntaxError
from ..model import Action, Constraint, DataEnd, DataStart, Event, ForeignKey, Partition, Passthrough, TableDDL, TableDef
from ..reader import Source
from .base import UTF8, Planner, encode_errors, next_statement, python_encoding, read_statement
from .owners import Trivia, attribute, body_tables, query_tables
from .values import InsertHeader, ValuesScanner, ValuesSyntax

_WORD = rb"[A-Za-z_\x80-\xff][A-Za-z0-9_$\x80-\xff]*"  # an unquoted identifier or keyword
_STD_STR = rb"'[^']*(?:''[^']*)*'"  # standard_conforming_strings on: no backslash escapes
_ESC_STR = rb"'[^'\\]*(?:(?:\\.|'')[^'\\]*)*'"  # E'...', or '...' with it off
_QIDENT = rb'"[^"]*(?:""[^"]*)*"'
_DOLLAR = rb"\$(?P<tag>(?:[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*)?)\$.*?\$(?P=tag)\$"
_BLOCK_COMMENT = rb"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/"
# A $ that does not open a dollar quote ($1, a lone $). One that opens a quote whose
# end is not in the buffer yet matches nothing, so a scan stops there and asks for more.
_LONE_DOLLAR = rb"\$(?!(?:[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*)?\$)\d*"

_IDENT = _QIDENT + rb"|" + _WORD
_QNAME = rb"(?:" + _IDENT + rb")(?:\s*\.\s*(?:" + _IDENT + rb")){0,2}"
_IDENT_RE = re.compile(_IDENT)
_NAMES = rb"\s*(?:" + _IDENT + rb")(?:\s*,\s*(?:" + _IDENT + rb"))*\s*"  # a column list, inside its parentheses
_IDENT_LIST = re.compile(_QNAME)  # the first name of a list

# Whitespace, comments, and psql meta-commands (a backslash command runs to the end of its line).
_TRIVIA = re.compile(rb"(?:\s+|--[^\n]*(?:\n|\Z)|" + _BLOCK_COMMENT + rb"|\\[A-Za-z!?][^\n]*(?:\n|\Z))*")
_SETTING = re.compile(rb"SET\s+standard_conforming_strings\s*(?:=|TO)\s*'?(on|off)'?\s*;", re.I)
_CLIENT_ENCODING = re.compile(rb"SET\s+client_encoding\s*(?:=|TO)\s*'?([A-Za-z0-9_-]+)'?\s*;", re.I)
# PostgreSQL's client encodings (the manual's "Character Set Support" table) that keep
# every byte below 0x80 ASCII. SQL_ASCII means bytes as they are.
_ENCODINGS = {
    b"utf8": UTF8, b"unicode": UTF8, b"sqlascii": UTF8,
    **{b"latin%d" % n: f"iso8859-{iso}" for n, iso in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14), (9, 15), (10, 16))},
    **{b"iso8859%d" % n: f"iso8859-{n}" for n in (5, 6, 7, 8)},
    **{b"win%d" % n: f"cp{n}" for n in (866, 874, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258)},
    b"koi8r": "koi8-r", b"koi8u": "koi8-u", b"eucjp": "euc-jp", b"euckr": "euc-kr", b"euccn": "gb2312",
    b"eucjis2004": "euc-jis-2004",
}

_COPY = re.compile(
    rb"COPY\s+(?P<table>" + _QNAME + rb")\s*"
    rb"(?:\((?P<cols>" + _NAMES + rb")\)\s*)?"
    rb"FROM\s+stdin\s*;[ \t]*\r?\n",
    re.I,
)
_END_MARKER = re.compile(rb"\n\\\.\r?\n")  # the line ending a COPY block
_LAST_END_MARKER = re.compile(rb"(?:\A|\n)\\\.\r?\Z")  # the same, when the dump ends there
_EMPTY_BLOCK = re.compile(rb"\\\.\r?\n")
_COPY_ANY = re.compile(rb"COPY\s+(?P<table>" + _QNAME + rb")[^;]*;[ \t]*\r?\n", re.I)
_COPY_START = re.compile(rb"COPY\b(?=[^;]*\bFROM\s+stdin\b)", re.I)
_INSERT_START = re.compile(rb"INSERT\b", re.I)
_INSERT = re.compile(
    rb"INSERT\s+INTO\s+(?P<table>" + _QNAME + rb")\s*"
    rb"(?:AS\s+(?:" + _IDENT + rb")\s*)?"
    rb"(?:\((?P<cols>" + _NAMES + rb")\)\s*)?"
    rb"(?:OVERRIDING\s+(?:SYSTEM|USER)\s+VALUE\s+)?"
    rb"VALUES\b",
    re.I,
)
_INSERT_TABLE = re.compile(rb"INSERT\s+INTO\s+(?P<table>" + _QNAME + rb")", re.I)
_CREATE_TABLE = re.compile(
    rb"CREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMPORARY|TEMP)\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    rb"(?P<table>" + _QNAME + rb")\s*\(",
    re.I,
)
# A table holding part of another's rows: its rows are the parent's and take its rules.
_ATTACH = re.compile(
    rb"ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?(?P<parent>" + _QNAME + rb")\s+ATTACH\s+PARTITION\s+(?P<table>" + _QNAME + rb")",
    re.I,
)
_PARTITION_OF = re.compile(
    rb"CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>" + _QNAME + rb")\s+PARTITION\s+OF\s+(?P<parent>" + _QNAME + rb")",
    re.I,
)
# Keys pg_dump adds after the data.
_COLS = rb"\(" + _NAMES + rb"\)"
_ADD_CONSTRAINT = re.compile(
    rb"ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?(?P<table>" + _QNAME + rb")\s+ADD\s+CONSTRAINT\s+(?:" + _IDENT + rb")\s+"
    rb"(?:(?P<kind>PRIMARY\s+KEY|UNIQUE)(?:\s+NULLS\s+(?:NOT\s+)?DISTINCT)?\s*(?P<cols>" + _COLS + rb")"
    rb"|FOREIGN\s+KEY\s*(?P<fk>" + _COLS + rb")\s*REFERENCES\s+(?P<parent>" + _QNAME + rb")\s*(?P<pk>" + _COLS + rb")?)",
    re.I,
)
_INHERITS = re.compile(rb"\)\s*INHERITS\s*\((?P<parents>[^)]*)\)", re.I)
_CREATE_DOMAIN = re.compile(
    rb"CREATE\s+DOMAIN\s+(?P<name>" + _QNAME + rb")\s+(?:AS\s+)?(?P<type>.+?)\s*"
    rb"(?:\bCONSTRAINT\b|\bCHECK\b|\bNOT\s+NULL\b|\bNULL\b|\bDEFAULT\b|\bCOLLATE\b|;|$)",
    re.I | re.S,
)
_CREATE_TYPE = re.compile(rb"CREATE\s+TYPE\s+(?P<name>" + _QNAME + rb")\s+AS\s*(?P<what>ENUM|RANGE|\()", re.I)
_CREATE_ENUM = re.compile(rb"CREATE\s+TYPE\s+(?P<name>" + _QNAME + rb")\s+AS\s+ENUM\s*\((?P<labels>.*)\)\s*;?\s*$", re.I | re.S)

# A type after ``::``: a name (maybe qualified or quoted), multi-word names,
# a precision, array brackets; casts may chain.
_CAST = (
    rb"(?:\s*::\s*(?:" + _QIDENT + rb"|[A-Za-z_][A-Za-z0-9_.]*)"
    rb"(?:\s+(?:varying|precision|with|without|time|zone)\b|\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\)|\[\])*)*"
)


def quote(name: str) -> str:
    """A name as PostgreSQL spells it in messages: public.users, public."newsletter signups"."""
    return ".".join(p if re.fullmatch(r"[a-z_][a-z0-9_$]*", p) else '"' + p.replace('"', '""') + '"' for p in name.split("."))


def _syntax(standard_strings: bool) -> ValuesSyntax:
    """The literal syntax with standard_conforming_strings on or off."""
    plain = _STD_STR if standard_strings else _ESC_STR
    value = (
        rb"(?:(?:[Ee]" + _ESC_STR + rb"|(?:[BbXxNn]|[Uu]&)?" + plain + rb")" + _CAST
        + rb"|-?[A-Za-z0-9_.+]+(?:(?<=[eE])-[0-9]+)?" + _CAST + rb")"  # 1.5e-10: a bare float
    )
    token = rb"[Ee]" + _ESC_STR + rb"|" + plain + rb"|" + _QIDENT + rb"|" + _DOLLAR + rb"|[^'\"$(),]+|" + _LONE_DOLLAR + rb"|[(),]"
    return ValuesSyntax(
        value=value,
        token=token,
        statement=lambda delim, comments: _statement_pattern(standard_strings, comments),
        quote=quote,
    )


_PATTERNS: dict[tuple[bool, bool], re.Pattern] = {}


def _statement_pattern(standard_strings: bool, comments: bool = True) -> re.Pattern:
    """Runs of tokens that cannot end a statement (strings, identifiers, dollar bodies whole)."""
    key = (standard_strings, comments)
    if key not in _PATTERNS:
        plain = _STD_STR if standard_strings else _ESC_STR
        extra = rb"|--[^\n]*|" + _BLOCK_COMMENT + rb"|[-/]" if comments else rb"|[-/]"
        _PATTERNS[key] = re.compile(
            rb"(?:[Ee]" + _ESC_STR + rb"|" + _WORD + rb"|" + plain + rb"|" + _QIDENT + rb"|" + _DOLLAR
            + rb"|" + _LONE_DOLLAR + rb"|[^'\"$;\-/A-Za-z_\x80-\xff]+" + extra + rb")*",
            re.S,
        )
    return _PATTERNS[key]


@lru_cache(maxsize=4096)  # names repeat at every statement
def ident(raw: bytes) -> str:
    """public."A b" -> public.A b (quoted parts unquoted, others as written)."""
    parts = []
    for m in _IDENT_RE.finditer(raw):
        token = m.group()
        if token[:1] == b'"':
            token = token[1:-1].replace(b'""', b'"')
        parts.append(token.decode("utf-8", "surrogateescape"))
    return ".".join(parts)


_SCANNERS = {std: ValuesScanner(_syntax(std)) for std in (True, False)}
_HEADER = InsertHeader(_INSERT, _INSERT_TABLE, ident, _IDENT_RE, "dumpscrub reads INSERT INTO ... VALUES as pg_dump --inserts writes it")


# -- literal codecs -----------------------------------------------------------

_COPY_UNESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))", re.S)
_COPY_ESCAPES = {b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"v": b"\v"}
_COPY_SPECIAL = re.compile(rb"[\\\b\f\n\r\t\v]")
_COPY_ESCAPE_OF = {b"\\": b"\\\\", b"\b": b"\\b", b"\f": b"\\f", b"\n": b"\\n", b"\r": b"\\r", b"\t": b"\\t", b"\v": b"\\v"}


def _copy_unescape_one(m: re.Match) -> bytes:
    octal, hexa, char = m.groups()
    if octal is not None:
        return bytes([int(octal, 8) & 0xFF])
    if hexa is not None:
        return bytes([int(hexa, 16)])
    return _COPY_ESCAPES.get(char, char)


def copy_unescape(field: bytes) -> bytes:
    """The bytes a COPY text-format field stands for (not \\N)."""
    return _COPY_UNESCAPE.sub(_copy_unescape_one, field) if b"\\" in field else field


def copy_escape(data: bytes) -> bytes:
    """A COPY text-format field for ``data``, escaped as the server's COPY TO does."""
    if _COPY_SPECIAL.search(data) is None:
        return data
    return _COPY_SPECIAL.sub(lambda m: _COPY_ESCAPE_OF[m.group()], data)


class _Text:
    """Values as text in the dump's client_encoding."""

    def __init__(self, encoding: str = UTF8):
        self.encoding = encoding
        self.errors = encode_errors(encoding)


class _Arrays:
    """The text form of PostgreSQL arrays (manual, "Arrays", "Array Value Input"):
    ``{a,"b c",NULL,{nested}}``, double quotes and backslashes inside elements."""

    def split_array(self, text: str) -> list:
        prefix, _, body = text.rpartition("=") if text.startswith("[") else ("", "", text)
        try:
            items, end = _parse_array(body, 0)
        except IndexError:
            end = -1
        if end != len(body.rstrip()) or prefix:
            raise DumpSyntaxError("malformed array value in a column to rewrite", hint="is the column an array?")
        return items

    def join_array(self, items: list) -> str:
        return "{" + ",".join(
            self.join_array(item) if isinstance(item, list) else "NULL" if item is None else _array_element(item)
            for item in items
        ) + "}"


_ARRAY_SPACE = " \t\n\r\v\f"  # what array_in skips around elements (ASCII only)
_ARRAY_QUOTED = frozenset('{}",\\' + _ARRAY_SPACE)


def _parse_array(text: str, i: int) -> tuple[list, int]:
    """The elements of the array at ``text[i]`` (after spaces), and where it ends."""
    while text[i] in _ARRAY_SPACE:
        i += 1
    if text[i] != "{":
        raise IndexError(i)
    i += 1
    items: list = []
    while True:
        while text[i] in _ARRAY_SPACE:
            i += 1
        if text[i] == "}" and not items:
            return items, i + 1
        if text[i] == "{":
            item, i = _parse_array(text, i)
            items.append(item)
        elif text[i] == '"':
            i += 1
            chars = []
            while text[i] != '"':
                if text[i] == "\\":
                    i += 1
                chars.append(text[i])
                i += 1
            items.append("".join(chars))
            i += 1
        else:
            chars, escaped = [], False
            while text[i] not in ",}":
                if text[i] == "\\":
                    i += 1
                    escaped = True
                chars.append(text[i])
                i += 1
            word = "".join(chars).strip(_ARRAY_SPACE)
            items.append(None if word.upper() == "NULL" and not escaped else word)
        while text[i] in _ARRAY_SPACE:
            i += 1
        if text[i] == "}":
            return items, i + 1
        if text[i] != ",":
            raise IndexError(i)
        i += 1


def _array_element(item: str) -> str:
    """One element as array_out writes it: quoted when it must be."""
    if item == "" or item.upper() == "NULL" or any(c in _ARRAY_QUOTED for c in item):
        return '"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return item


class CopyCodec(_Text, _Arrays):
    """One field of a COPY ... FROM stdin row (text format)."""

    def decode(self, raw: bytes) -> str | None:
        if raw == b"\\N":
            return None
        return copy_unescape(raw).decode(self.encoding, "surrogateescape")

    def encode(self, value: str | None, like: bytes) -> bytes:
        if value is None:
            return b"\\N"
        return copy_escape(value.encode(self.encoding, self.errors))

    def is_blank(self, raw: bytes) -> bool:
        return raw == b"" or raw == b"\\N"

    def form(self, raw: bytes) -> bytes:
        return b""


_E_UNESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|''", re.S)
_E_ESCAPES = {b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t"}


def _e_unescape_one(m: re.Match) -> bytes:
    if m.group() == b"''":
        return b"'"
    octal, hexa, u4, u8, char = m.groups()
    if octal is not None:
        return bytes([int(octal, 8) & 0xFF])
    if hexa is not None:
        return bytes([int(hexa, 16)])
    if u4 is not None or u8 is not None:
        return chr(int(u4 or u8, 16)).encode("utf-8", "surrogatepass")
    return _E_ESCAPES.get(char, char)


class LiteralCodec(_Text, _Arrays):
    """SQL constants as pg_dump --inserts writes them: '...', E'...', numbers, NULL, casts."""

    def __init__(self, standard_strings: bool = True, encoding: str = UTF8):
        super().__init__(encoding)
        self.standard_strings = standard_strings

    def _split(self, raw: bytes) -> tuple[bytes, bytes, bytes]:
        """(prefix, quoted body, cast) of a string constant: E'a''b'::text -> E, a''b, ::text."""
        quote = raw.find(b"'")
        end = raw.rfind(b"'")
        return raw[:quote], raw[quote + 1 : end], raw[end + 1 :]

    def decode(self, raw: bytes) -> str | None:
        if raw[:1] == b"'" and raw[-1:] == b"'" and (self.standard_strings or b"\\" not in raw):
            return raw[1:-1].replace(b"''", b"'").decode(self.encoding, "surrogateescape")  # the common case
        if b"'" not in raw:
            bare = raw.split(b"::", 1)[0].strip()
            return None if bare.upper() == b"NULL" else bare.decode(self.encoding, "surrogateescape")
        prefix, body, _ = self._split(raw)
        letter = prefix.strip().upper()
        if letter == b"E" or (not self.standard_strings and letter in (b"", b"N")):
            data = _E_UNESCAPE.sub(_e_unescape_one, body)
        elif letter in (b"", b"N", b"B", b"X"):
            data = body.replace(b"''", b"'")
        else:
            raise DumpSyntaxError(f"cannot decode a {prefix.decode('ascii', 'replace')}'...' constant to rewrite")
        return data.decode(self.encoding, "surrogateescape")

    def encode(self, value: str | None, like: bytes) -> bytes:
        if value is None:
            return b"NULL"
        data = value.encode(self.encoding, self.errors)
        if b"'" not in like:
            cast = like[like.find(b"::") :] if b"::" in like else b""
            if re.fullmatch(rb"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", data):
                return data + cast  # an unquoted number stays unquoted
            return b"'" + data.replace(b"'", b"''") + b"'" + cast
        prefix, _, cast = self._split(like)
        letter = prefix.strip().upper()
        if letter == b"E" or not self.standard_strings:
            body = data.replace(b"\\", b"\\\\").replace(b"'", b"''")
            return (prefix if letter == b"E" else b"") + b"'" + body + b"'" + cast
        return b"'" + data.replace(b"'", b"''") + b"'" + cast

    def is_blank(self, raw: bytes) -> bool:
        return raw == b"''" or raw.upper() == b"NULL"

    def form(self, raw: bytes) -> bytes:
        if b"'" not in raw:
            return b"bare" + raw[raw.find(b"::") :] if b"::" in raw else b"bare"
        prefix, _, cast = self._split(raw)
        return prefix.upper() + b"'" + cast


# -- types declared in the dump -----------------------------------------------


class _Types:
    """Domains and enum types seen so far: a column of such a type takes its kind."""

    def __init__(self) -> None:
        self.columns: dict[str, model.Column] = {}  # type name (quotes removed) -> a column of its base type

    def learn(self, statement: bytes) -> None:
        m = _CREATE_DOMAIN.match(statement)
        if m:
            type_text = m.group("type").decode("utf-8", "surrogateescape")
            name, kind, length, values = schema.column_type(type_text, "postgres")
            base = self.resolve(model.Column("", name, kind, length, True, values))
            self._add(m.group("name"), base)
            return
        m = _CREATE_TYPE.match(statement)
        if m and m.group("what").upper() != b"ENUM":
            # A composite or range type: no text fits it; null, keep or a constant of its own.
            self._add(m.group("name"), model.Column("", ident(m.group("name")), model.OTHER))
            return
        m = _CREATE_ENUM.match(statement)
        if m:
            labels = tuple(
                b.replace(b"''", b"'").decode("utf-8", "surrogateescape")
                for b in re.findall(rb"'((?:[^']|'')*)'", m.group("labels"))
            )
            self._add(m.group("name"), model.Column("", ident(m.group("name")), model.ENUM, None, True, labels))

    def _add(self, raw_name: bytes, column: model.Column) -> None:
        self.columns[ident(raw_name).casefold()] = column

    def resolve(self, column: model.Column) -> model.Column:
        """The column with the kind, length and values of its domain or enum type (of its
        elements' type, for an array of them)."""
        if column.kind == model.ARRAY:
            if column.element != model.UNKNOWN:
                return column
            base = self._lookup(column.type.replace("[]", ""))
            return column if base is None else dataclasses.replace(column, element=base.kind, length=base.length)
        if column.kind not in (model.UNKNOWN, model.OTHER, model.TEXT):
            return column
        base = self._lookup(column.type)
        if base is None:
            return column
        return dataclasses.replace(column, kind=base.kind, length=base.length, enum_values=base.enum_values)

    def _lookup(self, type_name: str) -> model.Column | None:
        key = ident(type_name.encode("utf-8", "surrogateescape")).casefold()
        return self.columns.get(key) or self.columns.get(f"public.{key}")


@lru_cache(maxsize=None)
def _copy_codec(encoding: str) -> CopyCodec:
    return CopyCodec(encoding)


@lru_cache(maxsize=None)
def _literal_codec(standard_strings: bool, encoding: str) -> LiteralCodec:
    return LiteralCodec(standard_strings, encoding)


class PostgreSQL:
    name: ClassVar[str] = "postgres"
    description: ClassVar[str] = "pg_dump plain-format output (PostgreSQL 12-17; COPY or --inserts)"
    sqlglot_dialect: ClassVar[str] = "postgres"

    def sniff(self, head: bytes) -> int:
        score = 10 if b"-- PostgreSQL database dump" in head else 0
        score += 5 if b"SET standard_conforming_strings" in head else 0
        score += 5 if re.search(rb"^COPY \S+ (?:\([^)]*\) )?FROM stdin;$", head, re.M) else 0
        score += 5 if b"SELECT pg_catalog.set_config(" in head else 0
        return score

    def parse_schema(self, statement: bytes, types: _Types | None = None) -> TableDef | None:
        text = statement.decode("utf-8", "surrogateescape")
        table = schema.parse_create_table(text, self.sqlglot_dialect)
        if table is None:
            # Clauses after the column list (PARTITION BY, INHERITS, WITH, TABLESPACE) say
            # nothing about the columns: read the statement without them.
            head = _CREATE_TABLE.match(statement)
            if head is None:
                return None
            end = _balanced(statement, head.end() - 1)
            table = schema.parse_create_table(statement[:end].decode("utf-8", "surrogateescape"), self.sqlglot_dialect)
            if table is None:
                return None
        if types is not None and types.columns:
            table = dataclasses.replace(table, columns=tuple(types.resolve(c) for c in table.columns))
        return table

    def read(self, src: Source, planner: Planner) -> Iterator[Event]:
        return attribute(self._events(src, planner), _comment_role)

    def _events(self, src: Source, planner: Planner) -> Iterator[Event | Trivia]:
        types = _Types()
        owners = _Owners()
        standard = True
        encoding = UTF8  # until a SET client_encoding says otherwise
        pos = 0
        while True:
            pos = yield from next_statement(src, pos, _TRIVIA)
            if pos < 0:
                return
            buf = src.buf
            if _COPY_START.match(buf, pos):
                pos = yield from self._copy(src, pos, planner, _copy_codec(encoding))
            elif _INSERT_START.match(buf, pos):
                pos = yield from _SCANNERS[standard].insert(src, pos, planner, _HEADER, _literal_codec(standard, encoding))
            else:
                raw, pos = read_statement(src, pos, _statement_pattern(standard), b";", b"'\"$Ee/")
                setting = _SETTING.match(raw)
                if setting:
                    standard = setting.group(1).lower() == b"on"
                named = _CLIENT_ENCODING.match(raw)
                if named:
                    where = src.location(pos - len(raw))
                    encoding = python_encoding(named.group(1), _ENCODINGS, "pg_dump --encoding=UTF8", where)
                m = _CREATE_TABLE.match(raw)
                if m:
                    table = ident(m.group("table"))
                    yield TableDDL(raw, self.parse_schema(raw, types), src.location(pos - len(raw)).line, table)
                    inherits = _INHERITS.search(raw)
                    if inherits:
                        parent = _IDENT_LIST.match(inherits.group("parents").strip())
                        if parent:
                            yield Partition(b"", table, ident(parent.group()))
                    continue
                key = _ADD_CONSTRAINT.match(raw)
                if key:
                    event = _constraint(key, raw, src.location(pos - len(raw)).line)
                    owners.learn_constraint(raw, event.table)
                    yield event
                    continue
                part = _ATTACH.match(raw) or _PARTITION_OF.match(raw)
                if part:
                    yield Partition(raw, ident(part.group("table")), ident(part.group("parent")))
                    continue
                types.learn(raw)
                yield owners.classify(raw)

    # -- COPY ... FROM stdin ------------------------------------------------------

    def _copy(self, src: Source, start: int, planner: Planner, codec: CopyCodec) -> Iterator[Event]:
        buf = src.buf
        head = _COPY.match(buf, start)
        if head is None:
            # COPY with options (CSV, another delimiter): copied as it is when no rule needs its rows.
            other = _COPY_ANY.match(buf, start)
            table = ident(other.group("table")) if other else None
            plan = planner(table, None, start) if table else None
            if plan is not None and plan.action is Action.PASS:
                return (yield from self._skip_copy(src, start, other.end(), keep=True, table=table))
            raise DumpSyntaxError(
                f"cannot read this COPY statement{f' into {quote(table)}' if table else ''}",
                src.location(start),
                "dumpscrub reads COPY ... FROM stdin in text format, as pg_dump writes it",
            )
        table = ident(head.group("table"))
        columns = tuple(ident(c.group()) for c in _IDENT_RE.finditer(head.group("cols"))) if head.group("cols") else None
        plan = planner(table, columns, start)
        if plan.action is Action.PASS or (plan.action is Action.ROWS and _EMPTY_BLOCK.match(buf, head.end())):
            # Untouched, or no rows to rewrite (an empty block of a ruled table stays as it was).
            return (yield from self._skip_copy(src, start, head.end(), keep=True, table=table))
        if plan.action is not Action.ROWS:
            return (yield from self._skip_copy(src, start, head.end(), keep=plan.action is Action.PASS, table=table))
        yield DataStart(table, buf[start : head.end()], codec)
        return (yield from self._copy_rows(src, head.end(), plan.ncols, table))

    def _skip_copy(self, src: Source, start: int, data: int, keep: bool, table: str) -> Iterator[Event]:
        """Copy (or leave out) a COPY block without splitting its rows."""
        scan = data - 1  # the header's newline: the end marker may be the very next line
        while True:
            buf = src.buf
            found = _END_MARKER.search(buf, scan)
            if found is not None:
                end = found.end()
                if keep:
                    yield Passthrough(buf[start:end], table)
                return end
            cut = max(start, len(buf) - 4)  # the marker may straddle two chunks
            if keep and cut > start:
                yield Passthrough(buf[start:cut], table)
            if not src.more(cut):
                if _LAST_END_MARKER.search(src.buf):
                    if keep:
                        yield Passthrough(src.buf, table)
                    return len(src.buf)
                raise DumpSyntaxError(
                    f"the COPY data of {quote(table)} has no end marker (a line holding only \\.)",
                    src.location(len(src.buf)),
                    "is the dump truncated?",
                )
            start = scan = 0

    def _copy_rows(self, src: Source, pos: int, ncols: int, table: str) -> Iterator[Event]:
        while True:
            buf = src.buf
            nl = buf.find(b"\n", pos)
            if nl < 0:
                if src.more(pos):
                    pos = 0
                    continue
                buf, pos = src.buf, 0
                nl = len(buf)  # the last line has no newline
                if nl == 0:
                    raise DumpSyntaxError(
                        f"the COPY data of {quote(table)} has no end marker (a line holding only \\.)",
                        src.location(0),
                        "is the dump truncated?",
                    )
            # A CR before the LF ends the line too (COPY reads \r\n line ends, the same on
            # every line): it stays with the line end, not with the last field.
            end = nl - 1 if buf[nl - 1 : nl] == b"\r" and nl > pos else nl
            line = buf[pos:end]
            if line == b"\\.":
                yield DataEnd(buf[pos : nl + 1])
                return nl + 1
            fields = line.split(b"\t")
            if len(fields) != ncols:
                raise DumpSyntaxError(
                    f"COPY row has {len(fields)} fields but {quote(table)} has {ncols} columns",
                    src.location(pos),
                    "is the column list of the COPY statement the one the data was dumped with?",
                )
            pieces = [b"\t"] * (2 * ncols + 1)
            pieces[0] = b""
            pieces[1::2] = fields
            pieces[-1] = buf[end : nl + 1]
            yield (pieces, pos)
            pos = nl + 1



# -- which table a statement belongs to (for dropping a table whole) -----------------

_TABLE = rb"(?P<table>" + _QNAME + rb")"
_ONE = rb"(?:" + _IDENT + rb")"  # one name (_IDENT is an alternation)
_ALTER_TABLE = re.compile(rb"ALTER\s+(?:FOREIGN\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?" + _TABLE, re.I)
_IDENTITY = re.compile(rb"\bAS\s+IDENTITY\s*\(\s*SEQUENCE\s+NAME\s+(?P<sequence>" + _QNAME + rb")", re.I)
_REFERENCES = re.compile(rb"\bREFERENCES\s+" + _TABLE, re.I)
_CREATE_INDEX = re.compile(
    rb"CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:(?P<index>" + _ONE + rb")\s+)?"
    rb"ON\s+(?:ONLY\s+)?" + _TABLE,
    re.I,
)
_ALTER_INDEX = re.compile(
    rb"ALTER\s+INDEX\s+(?:IF\s+EXISTS\s+)?(?P<index>" + _QNAME + rb")(?:\s+ATTACH\s+PARTITION\s+(?P<child>" + _QNAME + rb"))?",
    re.I,
)
_CONSTRAINT_NAME = re.compile(rb"ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?" + _QNAME + rb"\s+ADD\s+CONSTRAINT\s+(?P<name>" + _ONE + rb")", re.I)
# ON <table> / ON TABLE <table>, and COLUMN <table>.<column> (the column cut off below).
_ON_COLUMN = rb"(?:(?:FOREIGN\s+)?TABLE\s+" + _TABLE + rb"|COLUMN\s+(?P<column>" + _QNAME + rb"))"
_OWNED = tuple(
    re.compile(pattern, re.I | re.S)
    for pattern in (
        rb"COMMENT\s+ON\s+" + _ON_COLUMN + rb"\s+IS\b",
        rb"COMMENT\s+ON\s+(?:CONSTRAINT|TRIGGER|POLICY|RULE)\s+" + _ONE + rb"\s+ON\s+(?!DOMAIN\b)" + _TABLE,
        rb"SECURITY\s+LABEL\s+(?:FOR\s+" + _ONE + rb"\s+)?ON\s+" + _ON_COLUMN,
        rb"(?:GRANT|REVOKE)\s[^;]*?\bON\s+TABLE\s+" + _TABLE + rb"\s+(?:TO|FROM)\b",
        rb"CREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT\s+)?TRIGGER\s+" + _ONE + rb"\s[^;]*?\bON\s+" + _TABLE,
        rb"CREATE\s+POLICY\s+" + _ONE + rb"\s+ON\s+" + _TABLE,
        rb"CREATE\s+(?:OR\s+REPLACE\s+)?RULE\s+" + _ONE + rb"\s+AS\s+ON\s+\w+\s+TO\s+" + _TABLE,
        rb"ALTER\s+SEQUENCE\s+(?:IF\s+EXISTS\s+)?" + _QNAME + rb"\s+OWNED\s+BY\s+(?P<column>" + _QNAME + rb")",
        rb"CREATE\s+STATISTICS\s[^;]*?\bFROM\s+" + _TABLE,
        rb"ALTER\s+PUBLICATION\s+" + _ONE + rb"\s+ADD\s+TABLE\s+(?:ONLY\s+)?" + _TABLE + rb"(?!\s*,)",
        rb"DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?" + _TABLE + rb"(?:\s+(?:CASCADE|RESTRICT))?\s*;",
        rb"DROP\s+(?:TRIGGER|POLICY|RULE)\s+(?:IF\s+EXISTS\s+)?" + _ONE + rb"\s+ON\s+" + _TABLE,
    )
)
# Statements whose body may name other tables (a trigger's FROM, a rule's action, a policy's subquery).
_BODY_AFTER = re.compile(rb"(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT\s+)?TRIGGER|CREATE\s+POLICY|CREATE\s+(?:OR\s+REPLACE\s+)?RULE)\b", re.I)
_RULE_DO = re.compile(rb"\bDO\s+(?:INSTEAD\s+|ALSO\s+)?", re.I)
_SETVAL = re.compile(rb"SELECT\s+pg_catalog\.setval\('(?P<sequence>(?:[^']|'')*)'", re.I)
_VIEW = re.compile(
    rb"CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:RECURSIVE\s+)?(?:MATERIALIZED\s+)?VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    rb"(?P<view>" + _QNAME + rb")\s*(?:\([^)]*\)\s*)?(?:WITH\s*\([^)]*\)\s*)?(?:USING\s+\w+\s+)?(?:TABLESPACE\s+\w+\s+)?AS\s",
    re.I,
)
_WITH_DATA = re.compile(rb"\s+WITH\s+(?:NO\s+)?DATA\s*;?\s*\Z", re.I)
# pg_dump's header before each object: "-- Name: t; Type: TABLE; Schema: public; Owner: postgres"
# (and "-- Data for Name: ..." before its data); Schema "-" is an object without one.
_OBJECT_HEADER = re.compile(
    rb"\s*--[ \t]*\r?\n-- (?:Data for )?Name: (?P<name>[^\n]*?); Type: (?P<type>[^;\n]*); Schema: (?P<schema>[^;\n]*);"
    rb"[^\n]*\r?\n--[ \t]*\r?\n\s*"
)


def _comment_role(comments: bytes) -> tuple[str | None, bool]:
    """pg_dump's header of a table or of its data belongs to the table; any other
    object's header to the statement after it."""
    m = _OBJECT_HEADER.fullmatch(comments)
    if m is None:
        return None, False
    if m.group("type") not in (b"TABLE", b"TABLE DATA", b"FOREIGN TABLE"):
        return None, True
    name = m.group("name").decode("utf-8", "surrogateescape")
    schema = m.group("schema").decode("utf-8", "surrogateescape")
    return (name if schema == "-" else f"{schema}.{name}"), False


def _schema_of(table: str) -> str:
    """The schema part of a qualified name, with its dot ("" for none)."""
    return table.rpartition(".")[0] + "." if "." in table else ""


class _Owners:
    """The table each pg_dump statement belongs to, and the tables it uses.

    Indexes (and the indexes of keys) are remembered with their table, for the
    ``ALTER INDEX ... ATTACH PARTITION`` of a partition's index, which belongs to the
    partition (it cannot be run without it); identity sequences with their table, for
    the ``setval`` that pg_dump writes after the data (the sequence goes with the table).
    A sequence only OWNED BY a column stays: its CREATE SEQUENCE comes before anything
    says whose it is, and a sequence left without its table restores cleanly.
    """

    def __init__(self) -> None:
        self.indexes: dict[str, str] = {}  # qualified index name -> table
        self.sequences: dict[str, str] = {}  # qualified identity sequence name -> table

    def learn_constraint(self, raw: bytes, table: str) -> None:
        m = _CONSTRAINT_NAME.match(raw)
        if m:
            self.indexes[_schema_of(table) + ident(m.group("name"))] = table

    def classify(self, raw: bytes) -> Passthrough:
        m = _ALTER_TABLE.match(raw)
        if m:
            table = ident(m.group("table"))
            identity = _IDENTITY.search(raw)
            if identity:
                self.sequences[ident(identity.group("sequence"))] = table
            return Passthrough(raw, table, _others(_REFERENCES.finditer(raw), table))
        m = _CREATE_INDEX.match(raw)
        if m:
            table = ident(m.group("table"))
            if m.group("index"):
                self.indexes[_schema_of(table) + ident(m.group("index"))] = table
            return Passthrough(raw, table)
        m = _ALTER_INDEX.match(raw)
        if m:
            return Passthrough(raw, self.indexes.get(ident(m.group("child") or m.group("index"))))
        for pattern in _OWNED:
            m = pattern.match(raw)
            if m:
                named = m.groupdict()
                table = ident(named["table"]) if named.get("table") else ident(named["column"]).rpartition(".")[0]
                uses = ()
                if _BODY_AFTER.match(raw):
                    # A rule's DO [INSTEAD] would make sqlglot's tokenizer read the rest as one command.
                    body = _RULE_DO.sub(b";", raw[m.end() :], count=1).decode("utf-8", "surrogateescape")
                    uses = tuple(u for u in body_tables(body, "postgres") if u != table)
                return Passthrough(raw, table, uses)
        m = _SETVAL.match(raw)
        if m:
            sequence = m.group("sequence").replace(b"''", b"'")
            return Passthrough(raw, self.sequences.get(ident(sequence)))
        m = _VIEW.match(raw)
        if m:
            query = _WITH_DATA.sub(b"", raw[m.end() :]).decode("utf-8", "surrogateescape")
            return Passthrough(raw, None, query_tables(query, "postgres"))
        return Passthrough(raw)


def _others(matches: Iterator[re.Match], table: str) -> tuple[str, ...]:
    """The tables named by ``matches`` other than ``table``, each once."""
    return tuple(u for u in dict.fromkeys(ident(m.group("table")) for m in matches) if u != table)


def _names(cols: bytes | None) -> tuple[str, ...]:
    return tuple(ident(m.group()) for m in _IDENT_RE.finditer(cols)) if cols else ()


def _constraint(m: re.Match, raw: bytes, line: int) -> Constraint:
    table = ident(m.group("table"))
    if m.group("kind"):
        primary = m.group("kind").upper().startswith(b"PRIMARY")
        return Constraint(raw, table, _names(m.group("cols")), primary, line=line)
    fk = ForeignKey(_names(m.group("fk")), ident(m.group("parent")), _names(m.group("pk")))
    return Constraint(raw, table, foreign_key=fk, line=line)


def _balanced(data: bytes, start: int) -> int:
    """The index after the parenthesis closing the one at ``start`` (strings and identifiers skipped)."""
    depth = 0
    for m in re.finditer(rb"'[^']*(?:''[^']*)*'|" + _QIDENT + rb"|[()]|[^'\"()]+", data[start:]):
        token = m.group()
        if token == b"(":
            depth += 1
        elif token == b")":
            depth -= 1
            if depth == 0:
                return start + m.end()
    return len(data)
