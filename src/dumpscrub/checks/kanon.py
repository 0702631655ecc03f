"""k-anonymity of quasi-identifier combinations in a (scrubbed) dump: `dumpscrub report`.

A combination such as birth date + postcode + gender splits a table's rows into
groups of rows sharing the same values (NULL is a value); k is the size of the
smallest group. Whoever knows a person's values for the combination finds their
row among k: a group of one is a person singled out.

Memory: one counter per combination, keyed by an 8-byte BLAKE2b digest of each
distinct value tuple (never the values themselves), and a set of digests per column
(its distinct values, which tell where generalizing helps most).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from hashlib import blake2b
from typing import BinaryIO

from .. import model
from ..errors import UsageError
from ..model import Catalog, TableDef, lineage, positions_of
from .dump import DumpFile

# Group sizes reported: (smallest, largest or None, label).
BUCKETS = ((1, 1, "1"), (2, 2, "2"), (3, 4, "3-4"), (5, 9, "5-9"), (10, 19, "10-19"),
           (20, 49, "20-49"), (50, 99, "50-99"), (100, None, "100+"))
ADVISED_K = 5  # without --min-k, suggestions are shown for combinations below this k
MAX_NAMES = 40  # names listed in an error about an unknown table or column

_POSTCODE = re.compile(r"post_?code|postal|zip|plz|code_?postal|(^|_)cp$", re.I)
_DATE_NAME = re.compile(r"birth|dob|date|naissance|_on$|_at$", re.I)
_KEY_NAME = re.compile(r"(_id|id)$")  # customer_id, CustomerId


@dataclass(frozen=True)
class Quasi:
    """One ``--quasi TABLE:COL,COL`` as given."""

    spec: str
    table: str
    columns: tuple[str, ...]


def parse_quasi(spec: str) -> Quasi:
    """Read ``users:birth_date,postcode,gender`` (the table may carry a schema)."""
    table, colon, rest = spec.rpartition(":")
    columns = tuple(c.strip() for c in rest.split(","))
    if not colon or not table.strip() or not all(columns):
        raise UsageError(f"--quasi {spec!r}: expected TABLE:COLUMN,COLUMN,... (e.g. users:birth_date,zip,gender)")
    folded = [c.casefold() for c in columns]
    if len(set(folded)) != len(folded):
        raise UsageError(f"--quasi {spec!r}: a column is named twice")
    return Quasi(spec, table.strip(), columns)


@dataclass(frozen=True)
class Suggestion:
    """A rule that raises k, for one column of a combination."""

    column: str
    rule: str  # YAML flow mapping, as a rules file would hold it
    why: str


@dataclass
class Combination:
    """The measure of one quasi-identifier combination."""

    table: str  # as the dump names it
    columns: tuple[str, ...]  # as the dump names them
    rows: int
    groups: int
    k: int | None  # None when the table has no rows (nobody to single out)
    unique_rows: int
    sizes: dict[str, int]  # bucket label -> rows in groups of that size
    distinct: dict[str, int]  # column -> distinct values
    ok: bool
    suggestions: list[Suggestion] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "table": self.table,
            "columns": list(self.columns),
            "k": self.k,
            "groups": self.groups,
            "rows": self.rows,
            "unique_rows": self.unique_rows,
            "sizes": self.sizes,
            "distinct": self.distinct,
            "ok": self.ok,
            "suggestions": [{"column": s.column, "rule": s.rule, "why": s.why} for s in self.suggestions],
        }


@dataclass
class KReport:
    combinations: list[Combination]
    min_k: int | None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.combinations)

    def to_json(self) -> dict:
        return {"combinations": [c.to_json() for c in self.combinations], "min_k": self.min_k, "ok": self.ok}


def digest(values) -> bytes:
    """8 bytes standing for a tuple of values (str or None), distinct tuples apart:
    each value is length-prefixed, NULL has its own tag."""
    h = blake2b(digest_size=8)
    for value in values:
        if value is None:
            h.update(b"\0")
        else:
            data = value.encode("utf-8", "surrogateescape")
            h.update(b"\1" + len(data).to_bytes(8, "big") + data)
    return h.digest()


class _Measure:
    """The counters of one combination while the rows go by."""

    def __init__(self, tdef: TableDef, columns: tuple[str, ...]):
        self.tdef = tdef
        self.columns = columns
        self.groups: Counter[bytes] = Counter()
        self.seen: list[set[bytes]] = [set() for _ in columns]
        self.largest: list[float] = [0.0 for _ in columns]  # magnitude of numeric values
        self.numeric = [tdef.column(c).kind in (model.INTEGER, model.NUMBER) for c in columns]

    def add(self, values: list) -> None:
        self.groups[digest(values)] += 1
        for i, value in enumerate(values):
            self.seen[i].add(digest((value,)))
            if self.numeric[i] and value is not None:
                try:
                    self.largest[i] = max(self.largest[i], abs(float(value)))
                except ValueError:
                    pass  # not a plain number (a MySQL zero date in an int?): no magnitude

    def result(self, min_k: int | None) -> Combination:
        sizes = {label: 0 for _, _, label in BUCKETS}
        for size, count in Counter(self.groups.values()).items():
            sizes[_bucket(size)] += size * count
        rows = sum(self.groups.values())
        k = min(self.groups.values()) if self.groups else None
        ok = min_k is None or k is None or k >= min_k
        combination = Combination(
            table=self.tdef.name,
            columns=self.columns,
            rows=rows,
            groups=len(self.groups),
            k=k,
            unique_rows=sizes["1"],
            sizes=sizes,
            distinct={c: len(s) for c, s in zip(self.columns, self.seen)},
            ok=ok,
        )
        # Most distinct values first: generalizing that column merges the most groups.
        order = sorted(range(len(self.columns)), key=lambda i: -len(self.seen[i]))
        combination.suggestions = [self._suggest(i) for i in order]
        return combination

    def _suggest(self, i: int) -> Suggestion:
        name = self.columns[i]
        column = self.tdef.column(name)
        in_key = any(name in fk.columns for fk in self.tdef.foreign_keys) or any(name in key for key in self.tdef.unique_keys)
        if column.kind == model.TEMPORAL or (column.kind in (model.TEXT, model.UNKNOWN) and _DATE_NAME.search(name)):
            strategy = "date" if column.type == "date" or column.kind != model.TEMPORAL else "datetime"
            return Suggestion(name, f"{{strategy: {strategy}, generalize: year}}",
                              "keeps the year only (generalize: month keeps more, and groups fewer rows)")
        if _POSTCODE.search(name):
            return Suggestion(name, "{strategy: postcode, generalize: 2}",
                              "keeps the first characters (the area), zeroes the rest")
        if column.kind in (model.INTEGER, model.NUMBER) and not (in_key or _KEY_NAME.search(name)):
            step = _round_step(self.largest[i])
            return Suggestion(name, f"{{strategy: number, round: {step}}}",
                              "rounds to a multiple: fewer distinct values")
        if in_key or (column.kind == model.INTEGER and _KEY_NAME.search(name)):
            return Suggestion(name, "-", "a key: it cannot be generalized without breaking its links; "
                              "generalize the other columns")
        rule = "null" if column.nullable else "{strategy: constant, value: ...}"
        return Suggestion(name, rule, "removes the column from the combination (a fake keeps the groups as "
                          "they are: the same original always gets the same fake)")


def _bucket(size: int) -> str:
    for low, high, label in BUCKETS:
        if size >= low and (high is None or size <= high):
            return label
    raise ValueError(f"no bucket for a group of {size}")


def _round_step(largest: float) -> int:
    """A multiple to round to: two significant digits of the largest value, at least 10."""
    digits = int(math.log10(largest)) + 1 if largest >= 1 else 1
    return max(10, 10 ** (digits - 2))


def resolve(catalog: Catalog, quasi: Quasi) -> tuple[TableDef, tuple[str, ...]]:
    """The table and columns a --quasi names, as the dump spells them; a usage error
    naming what exists otherwise."""
    tdef = catalog.get(quasi.table)
    if tdef is None:
        raise UsageError(f"--quasi {quasi.spec!r}: the dump has no table `{quasi.table}` "
                         f"(it has: {_listed(catalog.tables)})")
    columns = []
    for name in quasi.columns:
        column = tdef.column(name)
        if column is None:
            raise UsageError(f"--quasi {quasi.spec!r}: table `{tdef.name}` has no column `{name}` "
                             f"(it has: {_listed(c.name for c in tdef.columns)})")
        columns.append(column.name)
    return tdef, tuple(columns)


def _listed(names) -> str:
    names = list(names)
    shown = ", ".join(names[:MAX_NAMES])
    return shown + (f", ... ({len(names)} in all)" if len(names) > MAX_NAMES else "")


def measure(stream: BinaryIO, name: str, quasis: list[Quasi], min_k: int | None = None,
            dialect: str = "auto") -> KReport:
    """Read the dump once for its schema and once for the rows of the tables named;
    measure every combination."""
    with DumpFile(stream, name, dialect) as dump:
        surveyed = dump.survey()
        catalog = surveyed.catalog
        measures = [_Measure(*resolve(catalog, q)) for q in quasis]
        by_table: dict[str, list[_Measure]] = {}
        for m in measures:
            by_table.setdefault(m.tdef.name, []).append(m)
        owner: dict[str, str | None] = {}  # table as its data statements name it -> the measured table

        def owner_of(table: str) -> str | None:
            """The measured table a data statement's rows count for: itself, or the
            partitioned table it is part of (pg_dump writes rows under each partition)."""
            if table not in owner:
                measured = (tdef.name for t in lineage(table, surveyed.parents) if (tdef := catalog.get(t)) is not None)
                owner[table] = next((name for name in measured if name in by_table), None)
            return owner[table]

        positions: dict[tuple[str, tuple[str, ...]], list[tuple[_Measure, list[int]]]] = {}

        def plan_for(table: str, names: tuple[str, ...]) -> list[tuple[_Measure, list[int]]]:
            key = (table, names)
            if key not in positions:
                position = positions_of(names)
                planned = []
                for m in by_table[owner_of(table)]:
                    found = [position(c) for c in m.columns]
                    if None in found:
                        missing = [c for c, i in zip(m.columns, found) if i is None]
                        raise UsageError(f"`{table}`: its data has no value for {', '.join(missing)} "
                                         "(a generated column, which the dump leaves out?)")
                    planned.append((m, found))
                positions[key] = planned
            return positions[key]

        for table, names, values in dump.rows(lambda table, names: owner_of(table) is not None):
            for m, found in plan_for(table, names):
                m.add([values[i] for i in found])
    return KReport([m.result(min_k) for m in measures], min_k)


def render(report: KReport, console) -> None:
    """The report as rich tables for people."""
    from rich.table import Table

    summary = Table("table", "columns", "rows", "groups", "k", "unique rows", "verdict",
                    title="k-anonymity of quasi-identifier combinations", title_justify="left")
    for c in report.combinations:
        if c.k is None:
            verdict = "no rows"
        elif report.min_k is None:
            verdict = "[red]singles people out[/]" if c.k == 1 else f"k = {c.k}"
        else:
            verdict = "ok" if c.ok else f"[red]below --min-k {report.min_k}[/]"
        summary.add_row(c.table, ", ".join(c.columns), f"{c.rows:,}", f"{c.groups:,}",
                        "-" if c.k is None else str(c.k), f"{c.unique_rows:,}", verdict)
    console.print(summary)
    for c in report.combinations:
        if not c.rows:
            continue
        console.print(f"[bold]{c.table}[/] ({', '.join(c.columns)}): rows by the size of their group")
        sizes = Table("group size", "rows", "share")
        for label, rows in c.sizes.items():
            if rows:
                sizes.add_row(label, f"{rows:,}", f"{100 * rows / c.rows:.1f}%")
        console.print(sizes)
        threshold = report.min_k if report.min_k is not None else ADVISED_K
        if c.k is not None and c.k < threshold:
            console.print(f"[bold]{c.table}[/]: rules that raise k (the column with the most distinct values first)")
            advice = Table("column", "distinct values", "rule that raises k", "why")
            for s in c.suggestions:
                advice.add_row(s.column, f"{c.distinct[s.column]:,}", s.rule, s.why)
            console.print(advice)
