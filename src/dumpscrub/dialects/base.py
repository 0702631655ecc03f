"""The interface every dialect implements, and scanning helpers they share."""

from __future__ import annotations

from typing import Callable, ClassVar, Iterator, Protocol

from ..errors import Location
from ..model import Event, Plan, TableDef
from ..reader import Source

# Called by a reader at each data statement, with the table name as the dump
# spells it (schema-qualified when the dump qualifies it), the column list when
# the statement has one, and where the statement starts.
Planner = Callable[[str, "tuple[str, ...] | None", Location], Plan]


class Dialect(Protocol):
    name: ClassVar[str]
    description: ClassVar[str]
    sqlglot_dialect: ClassVar[str]

    def sniff(self, head: bytes) -> int:
        """How strongly the first bytes of a dump look like this dialect (0: not at all)."""

    def read(self, src: Source, planner: Planner) -> Iterator[Event]:
        """Turn the dump into events; parse the rows of the tables the planner asks for."""

    def parse_schema(self, statement: bytes) -> TableDef | None:
        """A CREATE TABLE statement of this dialect as a table definition."""
