"""What a dialect reader produces: table definitions and a stream of events.

A reader turns dump bytes into events. Bytes that no rule can touch travel as
``Passthrough`` and are written back unchanged. The rows of a table that rules
touch travel one by one as ``Row`` events between ``DataStart`` and ``DataEnd``,
so memory stays bounded by one row whatever the size of a statement.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from typing import Callable, Iterator, Mapping, Protocol, Sequence

# Column kinds: what a strategy may write into a column.
TEXT = "text"
BINARY = "binary"
INTEGER = "integer"
NUMBER = "number"
TEMPORAL = "temporal"
JSON = "json"
BOOLEAN = "boolean"
ENUM = "enum"
UUID = "uuid"
INET = "inet"
ARRAY = "array"
OTHER = "other"
UNKNOWN = "unknown"  # no DDL seen: nothing is known about the column


@dataclass(frozen=True, slots=True)
class Column:
    """One column as its CREATE TABLE declares it."""

    name: str
    type: str  # the declared type, lower case, without arguments: "varchar", "int", "jsonb"
    kind: str  # one of the kinds above
    length: int | None = None  # max characters (text) or bytes (binary) when bounded
    nullable: bool = True
    enum_values: tuple[str, ...] = ()
    generated: bool = False
    element: str | None = None  # for an array: the kind of its elements (length: theirs)

    def describe(self) -> str:
        """The type as DDL writes it: varchar(254), text[], varchar(20)[]."""
        base = self.type.rstrip("[]")
        return f"{base}({self.length}){self.type[len(base):]}" if self.length else self.type

    def of_elements(self) -> "Column":
        """An array column as one of its elements (for strategies that fake element by element)."""
        return dataclasses.replace(self, type=self.type.rstrip("[]"), kind=self.element or UNKNOWN, element=None)


def lineage(table: str, parents: Mapping[str, str]) -> Iterator[str]:
    """``table``, then the table it is a partition of, and so on up (``parents``: each
    partition's parent, as Partition events give them); a cycle ends the walk."""
    seen = {table}
    yield table
    while table in parents and parents[table] not in seen:
        table = parents[table]
        seen.add(table)
        yield table


def positions_of(names: Sequence[str]) -> Callable[[str], int | None]:
    """Where a column stands among a data statement's ``names``: by its exact name,
    else ignoring case (rules and keys may spell a name otherwise than the dump)."""
    index = {n: i for i, n in enumerate(names)}
    folded = {n.casefold(): i for i, n in enumerate(names)}
    return lambda name: index.get(name, folded.get(name.casefold()))


@dataclass(frozen=True, slots=True)
class ForeignKey:
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableDef:
    """A table's columns in dump order, and its keys."""

    name: str
    columns: tuple[Column, ...]
    unique_keys: tuple[tuple[str, ...], ...] = ()  # PRIMARY KEY first when there is one
    foreign_keys: tuple[ForeignKey, ...] = ()

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        folded = name.casefold()
        matches = [c for c in self.columns if c.name.casefold() == folded]
        return matches[0] if len(matches) == 1 else None

    def is_unique(self, name: str) -> bool:
        """Whether the column is part of a PRIMARY KEY or UNIQUE key."""
        return any(name in key for key in self.unique_keys)


class Codec(Protocol):
    """Decodes one value as it stands in a row, and encodes a replacement in the same form."""

    def decode(self, raw: bytes) -> str | None:
        """The stored value (NULL is None). Text is UTF-8 with surrogateescape."""

    def encode(self, value: str | None, like: bytes) -> bytes:
        """The literal for ``value``, in the same form (quoting, hex, introducer) as ``like``."""

    def is_blank(self, raw: bytes) -> bool:
        """Whether ``raw`` is NULL or an empty string (without decoding it)."""

    def form(self, raw: bytes) -> bytes:
        """A short key for the literal's form: ``encode(v, a) == encode(v, b)`` when
        ``form(a) == form(b)`` (lets a constant be encoded once per form)."""

    # Dialects with array types (PostgreSQL) also read and write an array value's text:
    # split_array('{a,"b c",NULL}') == ["a", "b c", None] (nested lists for more
    # dimensions), join_array does the reverse. Only called for ARRAY columns.


class Action(enum.Enum):
    """What a reader does with the rows of a table."""

    PASS = "pass"  # copy the bytes, do not parse rows
    ROWS = "rows"  # yield each row
    DROP = "drop"  # leave the data statements out


@dataclass(frozen=True, slots=True)
class Plan:
    action: Action
    ncols: int = 0  # values per row, when rows are parsed
    targets: tuple[int, ...] = ()  # value positions the rewriter needs


PASS = Plan(Action.PASS)
DROP = Plan(Action.DROP)


@dataclass(slots=True)
class Passthrough:
    """Bytes written back unchanged.

    ``table`` is set when the bytes concern that table alone and go away with it (its
    indexes, triggers, comments, grants, LOCK TABLES, the comment block a dump program
    writes before it...): the name as the dump spells it, unquoted and qualified as its
    CREATE TABLE is (``TableDDL.name``). ``uses`` names the other tables (or views) the
    statement needs to exist: the tables a view reads, those a trigger's body writes.
    """

    raw: bytes
    table: str | None = None
    uses: tuple[str, ...] = ()


@dataclass(slots=True)
class TableDDL:
    """A CREATE TABLE statement (its bytes are written unchanged)."""

    raw: bytes
    table: TableDef | None  # None when the statement could not be parsed
    line: int
    name: str  # the table name as the statement spells it


@dataclass(slots=True)
class Partition:
    """A table that holds part of another table's rows (a partition, or an inheriting
    table): the parent's rules apply to it when it has none of its own. ``raw`` is
    the statement that says so (written unchanged; empty when another event carries it)."""

    raw: bytes
    table: str
    parent: str


@dataclass(slots=True)
class Constraint:
    """A key added to a table after its CREATE TABLE (pg_dump's ALTER TABLE ... ADD
    CONSTRAINT, written after the data): a PRIMARY KEY or UNIQUE key, or a foreign key."""

    raw: bytes
    table: str
    unique: tuple[str, ...] = ()
    primary: bool = False
    foreign_key: ForeignKey | None = None
    line: int = 0


@dataclass(slots=True)
class DataStart:
    """The header of a data statement (INSERT ... VALUES, COPY ... FROM stdin)."""

    table: str
    header: bytes
    codec: Codec


# One row of a data statement: ``(pieces, pos)``. ``pieces`` is the row's bytes cut
# into separators and values, alternating: ``pieces[1 + 2 * i]`` is the i-th value,
# ``pieces[0]`` what comes before the first value (the separator from the previous
# row or the header, and the opening of the row), the last piece what follows the
# last value; joined they are the row exactly. ``pos`` is where the row starts in the
# reader's buffer (for error locations). A plain tuple, not a class: it is the one
# event made per row, and a tuple costs a third of an object.
Row = tuple


@dataclass(slots=True)
class DataEnd:
    trailer: bytes


Event = Passthrough | TableDDL | Partition | Constraint | DataStart | Row | DataEnd


@dataclass
class Catalog:
    """Every table definition seen so far (from the dump or a --schema file)."""

    tables: dict[str, TableDef] = field(default_factory=dict)

    def add(self, table: TableDef) -> None:
        self.tables[table.name] = table

    def add_key(self, key: "Constraint") -> TableDef | None:
        """Record a key added by ALTER TABLE; the table as it now is (None if unknown)."""
        table = self.get(key.table)
        if table is None:
            return None
        unique = table.unique_keys
        if key.unique:
            unique = (key.unique, *unique) if key.primary else (*unique, key.unique)
        fks = (*table.foreign_keys, key.foreign_key) if key.foreign_key else table.foreign_keys
        table = dataclasses.replace(table, unique_keys=unique, foreign_keys=fks)
        self.tables[table.name] = table
        return table

    def get(self, name: str) -> TableDef | None:
        """A table by the name the dump or a rule gives it: exactly, then without the
        other's schema (``public.users`` / ``users``), then ignoring case."""
        found = self.tables.get(name)
        if found is None and "." in name:
            found = self.tables.get(name.rsplit(".", 1)[1])
        if found is None:
            bare = name.rsplit(".", 1)[-1].casefold()
            matches = [
                t for key, t in self.tables.items() if key.casefold() == name.casefold() or key.rsplit(".", 1)[-1].casefold() == bare
            ]
            found = matches[0] if len(matches) == 1 else None
        return found
