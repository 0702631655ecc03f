"""A dump read for checking, not rewriting: its dialect and schema (a first pass),
then its rows, decoded, as many passes as a command needs.

The passes go through the same readers as a scrub; the bytes are never written.
Like a scrub, a file is read again from its start and stdin is spooled to a
temporary file during the first pass.
"""

from __future__ import annotations

from typing import BinaryIO, Callable, Iterable, Iterator

from .. import dialects
from ..errors import DumpInputError
from ..model import PASS, Action, Catalog, DataStart, Plan, Row
from ..pipeline import Replay, Survey, load_schema, resolve_dialect, survey
from ..reader import CHUNK_SIZE, Source, decompressed

# (table as the dump spells it, column names of the data statement, decoded values)
TableRow = tuple[str, tuple[str, ...], list]


class DumpFile:
    """One dump: ``survey()`` reads its schema, ``rows()`` its rows, as often as needed.

    Use as a context manager (the spooled copy of stdin is removed on exit).
    """

    def __init__(
        self,
        stream: BinaryIO,
        name: str,
        dialect: str = "auto",
        schemas: Iterable[tuple[BinaryIO, str]] = (),
        chunk_size: int = CHUNK_SIZE,
        on_read: Callable[[int], None] | None = None,
    ):
        self.name = name
        self._requested = dialect
        self._schemas = list(schemas)
        self._chunk_size = chunk_size
        self._on_read = on_read
        self._replay = Replay(stream)
        self._surveyed: Survey | None = None
        self.dialect: dialects.Dialect | None = None

    def __enter__(self) -> "DumpFile":
        return self

    def __exit__(self, *exc) -> None:
        self._replay.close()

    @property
    def catalog(self) -> Catalog:
        return self.survey().catalog

    def survey(self) -> Survey:
        """The first pass (done once): the dialect, every table with its keys, the
        partitions, and which tables have data statements."""
        if self._surveyed is None:
            first = Source(decompressed(self._replay.first(), self.name), self.name, chunk_size=self._chunk_size)
            self.dialect = resolve_dialect(self._requested, first)
            catalog = Catalog()
            for stream, schema_name in self._schemas:
                load_schema(stream, schema_name, self.dialect, catalog)
            self._surveyed = survey(self.dialect, first, catalog)
        return self._surveyed

    def require_columns(self) -> None:
        """A located error when a table has data but no known columns (a data-only dump
        without column lists, made without --schema): its values could be anything, and
        a check that read nothing would report nothing."""
        surveyed = self.survey()
        unknown = sorted(t for t, named in surveyed.data.items()
                         if not named and self.catalog.get(t) is None and not t.startswith("sqlite_"))
        if unknown:
            shown = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
            raise DumpInputError(f"{self.name}: the data of {shown} comes without its columns",
                                 hint="pass the schema with --schema FILE, or dump with --complete-insert")

    def columns(self, table: str, names: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """The column names of a data statement: its own list, else its table's."""
        if names is not None:
            return names
        tdef = self.catalog.get(table)
        return tuple(c.name for c in tdef.columns) if tdef is not None else None

    def rows(self, want: Callable[[str, tuple[str, ...]], bool] = lambda table, names: True,
             limit: int | None = None) -> Iterator[TableRow]:
        """Every row of the tables ``want`` accepts (given the table and its data
        statement's column names), decoded: text as str, NULL as None. With ``limit``,
        at most that many rows of each table. Rows whose column names are unknown (a
        data-only dump without column lists or --schema) are skipped."""
        self.survey()
        taken: dict[str, int] = {}
        current: list = [None, ()]  # table, names of the statement being read

        def plan(table: str, names: tuple[str, ...] | None, pos: int) -> Plan:
            names = self.columns(table, names)
            if names is None or (limit is not None and taken.get(table, 0) >= limit) or not want(table, names):
                return PASS
            current[0], current[1] = table, names
            return Plan(Action.ROWS, len(names), tuple(range(len(names))))

        source = Source(decompressed(self._replay.again(), self.name), self.name,
                        chunk_size=self._chunk_size, on_read=self._on_read)
        decode = None
        for event in self.dialect.read(source, plan):
            kind = type(event)
            if kind is Row:
                table, names = current
                count = taken.get(table, 0)
                if limit is not None and count >= limit:
                    continue
                taken[table] = count + 1
                pieces = event[0]
                yield table, names, [decode(pieces[i]) for i in range(1, len(pieces), 2)]
            elif kind is DataStart:
                decode = event.codec.decode
