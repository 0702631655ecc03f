"""CREATE TABLE → TableDef, with sqlglot (DDL is small; rows never go through here)."""

from __future__ import annotations

import dataclasses
import logging
import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from . import model
from .model import Column, ForeignKey, TableDef

# sqlglot logs a warning when it falls back to an opaque Command; we report
# unparsable DDL ourselves, once, with a location.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

_T = exp.DataType.Type

_KINDS: dict[str, set] = {
    model.TEXT: {
        _T.CHAR, _T.NCHAR, _T.VARCHAR, _T.NVARCHAR, _T.TEXT, _T.TINYTEXT, _T.MEDIUMTEXT,
        _T.LONGTEXT, _T.NAME, _T.BPCHAR, _T.SET,
    },
    model.BINARY: {
        _T.BINARY, _T.VARBINARY, _T.BLOB, _T.TINYBLOB, _T.MEDIUMBLOB, _T.LONGBLOB,
        _T.IMAGE,
    },
    model.INTEGER: {
        _T.TINYINT, _T.UTINYINT, _T.SMALLINT, _T.USMALLINT, _T.MEDIUMINT, _T.UMEDIUMINT,
        _T.INT, _T.UINT, _T.BIGINT, _T.UBIGINT, _T.SERIAL, _T.SMALLSERIAL, _T.BIGSERIAL,
        _T.YEAR,
    },
    model.NUMBER: {_T.DECIMAL, _T.UDECIMAL, _T.DOUBLE, _T.FLOAT, _T.MONEY, _T.SMALLMONEY},
    model.TEMPORAL: {
        _T.DATE, _T.DATETIME, _T.DATETIME64, _T.TIMESTAMP, _T.TIMESTAMPTZ, _T.TIMESTAMPLTZ,
        _T.TIME, _T.TIMETZ, _T.INTERVAL,
    },
    model.JSON: {_T.JSON, _T.JSONB},
    model.BOOLEAN: {_T.BOOLEAN, _T.BIT},
    model.ENUM: {_T.ENUM},
    model.UUID: {_T.UUID},
    model.INET: {_T.INET},
    model.ARRAY: {_T.ARRAY},
}
_KIND_OF = {t: kind for kind, types in _KINDS.items() for t in types}
_TEXT_NAMES = {"citext", "character varying", "string", "clob"}
# Unbounded-looking MySQL types that do have a byte limit.
_IMPLICIT_LENGTH = {_T.TINYTEXT: 255, _T.TINYBLOB: 255, _T.TEXT: 65535, _T.BLOB: 65535}


def parse_create_table(sql: str, dialect: str) -> TableDef | None:
    """Parse one CREATE TABLE statement; None when sqlglot cannot read it."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except (SqlglotError, ValueError, RecursionError):
        return None
    if not isinstance(tree, exp.Create) or not isinstance(tree.this, exp.Schema):
        return None
    name = _table_name(tree.this.this)
    columns: list[Column] = []
    unique: list[tuple[str, ...]] = []
    fks: list[ForeignKey] = []
    for item in tree.this.expressions:
        if isinstance(item, exp.ColumnDef):
            col, is_pk, is_unique, ref = _column(item, dialect)
            columns.append(col)
            if is_pk:
                unique.insert(0, (col.name,))
            elif is_unique:
                unique.append((col.name,))
            if ref is not None:
                fks.append(ForeignKey((col.name,), *ref))
        else:
            _table_constraint(item, unique, fks)
    if unique and _has_primary_key(tree):
        columns = not_null(columns, unique[0])
    return TableDef(name, tuple(columns), tuple(unique), tuple(fks))


def not_null(columns: list[Column], primary_key: tuple[str, ...]) -> list[Column]:
    """The columns, those of the PRIMARY KEY made NOT NULL (they are, whatever their line says)."""
    return [dataclasses.replace(c, nullable=False) if c.name in primary_key else c for c in columns]


def _has_primary_key(tree: exp.Create) -> bool:
    return tree.find(exp.PrimaryKey, exp.PrimaryKeyColumnConstraint) is not None


def _table_name(node: exp.Expression) -> str:
    if isinstance(node, exp.Table):
        parts = [p.name for p in (node.args.get("catalog"), node.args.get("db"), node.this) if p is not None]
        return ".".join(parts)
    return node.name


def _names(nodes: list[exp.Expression]) -> tuple[str, ...]:
    return tuple(n.name for n in nodes)


def _column(node: exp.ColumnDef, dialect: str) -> tuple[Column, bool, bool, tuple | None]:
    kind_node = node.args.get("kind")
    nullable, is_pk, is_unique, generated, is_json = True, False, False, False, False
    ref = None
    for constraint in node.constraints:
        kind = constraint.args.get("kind")
        if isinstance(kind, exp.NotNullColumnConstraint):
            nullable = bool(kind.args.get("allow_null"))
        elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
            is_pk, nullable = True, False
        elif isinstance(kind, exp.UniqueColumnConstraint):
            is_unique = True
        elif isinstance(kind, (exp.ComputedColumnConstraint, exp.GeneratedAsIdentityColumnConstraint)):
            generated = isinstance(kind, exp.ComputedColumnConstraint)
        elif isinstance(kind, exp.CheckColumnConstraint) and _checks_json(kind, node.name):
            is_json = True
        elif isinstance(kind, exp.Reference):
            schema = kind.this
            parent = _table_name(schema.this if isinstance(schema, exp.Schema) else schema)
            cols = _names(schema.expressions) if isinstance(schema, exp.Schema) else ()
            ref = (parent, cols)
    if kind_node is None:
        return Column(node.name, "", model.UNKNOWN, None, nullable), is_pk, is_unique, ref
    type_name, kind, length, enum_values = _type(kind_node, dialect)
    if is_json:  # MariaDB's JSON: a LONGTEXT with CHECK (json_valid(col)); only JSON fits it
        kind = model.JSON
    element = None
    inner, depth = kind_node, 0
    while inner.this == _T.ARRAY and inner.expressions and isinstance(inner.expressions[0], exp.DataType):
        inner, depth = inner.expressions[0], depth + 1  # varchar(20)[][]: the elements are varchar(20)
    if depth:
        element_type, element, length, _ = _type(inner, dialect)
        type_name = element_type + "[]" * depth
    col = Column(node.name, type_name, kind, length, nullable, enum_values, generated, element)
    return col, is_pk, is_unique, ref


# Types sqlglot does not know (MariaDB's inet4/inet6/uuid types).
_EXTRA_KINDS = {
    "inet4": model.INET, "inet6": model.INET, "uuid": model.UUID,
    **{g: model.OTHER for g in ("geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                                "multipolygon", "geometrycollection")},
}


def column_type(text: str, dialect: str) -> tuple[str, str, int | None, tuple[str, ...]]:
    """A column type written as text ('varchar(254)', "enum('F','M')") as
    (type name, kind, length, enum values)."""
    try:
        node = exp.DataType.build(text, dialect=dialect)
    except (SqlglotError, ValueError):
        name = text.split("(")[0].strip().lower()
        return name, _EXTRA_KINDS.get(name, model.UNKNOWN), None, ()
    if node.this == _T.USERDEFINED:
        name = text.split("(")[0].strip().lower()
        if name in _EXTRA_KINDS:
            return name, _EXTRA_KINDS[name], None, ()
    return _type(node, dialect)


def _checks_json(check: exp.Expression, column: str) -> bool:
    """Whether a CHECK constraint is json_valid(column), as MariaDB writes JSON columns."""
    for call in check.find_all(exp.Func):
        name = call.name if isinstance(call, exp.Anonymous) else call.sql_name()
        if name.upper() == "JSON_VALID" and any(c.name == column for c in call.find_all(exp.Column)):
            return True
    return False


def _type(node: exp.DataType, dialect: str) -> tuple[str, str, int | None, tuple[str, ...]]:
    dtype = node.this
    args = node.expressions
    if dtype == _T.USERDEFINED:
        name = node.sql(dialect).lower()
        base = name.split(".")[-1].strip('"')
        # A domain or extension type: its base type is not known here.
        return name, model.TEXT if base in _TEXT_NAMES else model.UNKNOWN, None, ()
    type_name = node.sql(dialect).split("(")[0].lower()
    kind = _KIND_OF.get(dtype, model.OTHER)
    if dtype in (_T.ENUM, _T.SET):
        values = tuple(a.name for a in args)
        return type_name, kind, None, values if dtype == _T.ENUM else ()
    length = None
    if kind in (model.TEXT, model.BINARY) and args:
        first = args[0]
        literal = first.this if isinstance(first, exp.DataTypeParam) else first
        if isinstance(literal, exp.Literal) and literal.is_int:
            length = int(literal.this)
    if length is None:
        length = _IMPLICIT_LENGTH.get(dtype) if dialect == "mysql" else None
    return type_name, kind, length, ()


def _table_constraint(item: exp.Expression, unique: list, fks: list) -> None:
    inner = item
    if isinstance(item, exp.Constraint):
        for sub in item.expressions:
            _table_constraint(sub, unique, fks)
        return
    if isinstance(inner, exp.PrimaryKey):
        unique.insert(0, _names(inner.expressions))
    elif isinstance(inner, exp.UniqueColumnConstraint):
        schema = inner.this
        if isinstance(schema, exp.Schema):
            unique.append(_names(schema.expressions))
    elif isinstance(inner, exp.ForeignKey):
        ref = inner.args.get("reference")
        if ref is not None and isinstance(ref.this, exp.Schema):
            fks.append(ForeignKey(_names(inner.expressions), _table_name(ref.this.this), _names(ref.this.expressions)))


# -- DDL text helpers, for readers of CREATE TABLE statements sqlglot cannot read ----

# One DDL token: a quoted string or identifier whole ('...', "...", `...`, [...], each
# quote doubled to escape it), a comment, a word, or one other character.
DDL_TOKEN = re.compile(
    r"""'[^']*(?:''[^']*)*'?|"[^"]*(?:""[^"]*)*"?|`[^`]*(?:``[^`]*)*`?|\[[^\]]*\]?
    |--[^\n]*|/\*.*?(?:\*/|\Z)|\d[\d.]*(?:[eE][-+]?\d+)?|[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*|\s+|.""",
    re.X | re.S,
)


def ddl_tokens(text: str) -> list[str]:
    """The tokens of a DDL text, comments and whitespace left out."""
    return [t for t in DDL_TOKEN.findall(text) if not t.isspace() and t[:2] not in ("--", "/*")]


def unquote(token: str) -> str:
    """An identifier token without its quotes: "a""b" -> a"b, [x y] -> x y, `t` -> t."""
    first = token[:1]
    if first in ("\"", "`", "'") and len(token) >= 2 and token[-1] == first:
        return token[1:-1].replace(first * 2, first)
    if first == "[" and token.endswith("]"):
        return token[1:-1]
    return token


def split_items(tokens: list[str]) -> list[list[str]]:
    """Tokens of a parenthesised list, cut at its top-level commas (the list's own
    parentheses not included)."""
    items: list[list[str]] = [[]]
    depth = 0
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "," and depth == 0:
            items.append([])
            continue
        items[-1].append(token)
    return [item for item in items if item]


def balanced(tokens: list[str], start: int) -> int:
    """The index after the ")" closing the "(" at ``tokens[start]``."""
    depth = 0
    for i in range(start, len(tokens)):
        if tokens[i] == "(":
            depth += 1
        elif tokens[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(tokens)
