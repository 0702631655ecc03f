"""Round trips through a real database, the same for MariaDB, PostgreSQL and SQLite.

A round-trip test scrubs a corpus dump with the real CLI (`run_dumpscrub`), restores
the original into one fresh database and the scrubbed output into another through a
`Harness`, which knows one server (support/harnesses.py), and reads both
(`read_schema`, `snapshot`); support/checks.py compares them.
"""

from __future__ import annotations

import abc
import subprocess
import sys
from contextlib import AbstractContextManager, closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from support.corpus import dumps
from support.databases import Server, row_counts
from support.literals import FINDERS
from support.pii_rules import Choice, PiiRules, build_rules

SECRET = "test"
SKIP_BIG = "DUMPSCRUB_SKIP_BIG"
BIG_DATASETS = {"employees"}
# A data-only dump restores on (and is scrubbed with) the schema-only dump of the same tool.
SCHEMA_VARIANTS = {
    "no-create-info": "no-data-skip-triggers",  # mysqldump
    "data-only": "schema-only",  # pg_dump
    "data-only-disable-triggers": "schema-only",
}

Value = bytes | None


@dataclass(frozen=True)
class Case:
    """One corpus dump and how it restores (shared/corpus/README.md, "Restoring")."""

    path: Path

    @property
    def dataset(self) -> str:
        return self.path.parent.name

    @property
    def tool(self) -> str:
        return self.path.name.split(".")[1]

    @property
    def variant(self) -> str:
        return self.path.name.split(".")[2]

    @property
    def is_big(self) -> bool:
        return self.dataset in BIG_DATASETS

    @property
    def schema(self) -> Path | None:
        """The schema dump a data-only dump is restored on (and scrubbed with)."""
        base = SCHEMA_VARIANTS.get(self.variant)
        if base is None:
            return None
        return self.path.with_name(self.path.name.replace(f".{self.variant}.", f".{base}."))


def case_rules(case: Case, original: bytes) -> PiiRules:
    """The pii.yml rules of `case`, fitted to its schema (its schema companion's, if data-only)."""
    return build_rules(case.dataset, case.tool, case.schema.read_bytes() if case.schema else original)


def rules_with(case: Case, original: bytes, extra: dict) -> str:
    """The case's pii.yml rules as YAML, with `extra` merged into its tables' mappings."""
    rules = yaml.safe_load(case_rules(case, original).yaml)
    for table, spec in extra.items():
        rules["tables"].setdefault(table, {}).update(spec)
    return yaml.safe_dump(rules, sort_keys=False)


def _is_schema_base(path: Path) -> bool:
    return any(f".{base}." in path.name for base in SCHEMA_VARIANTS.values())


def cases(tool: str) -> list[Case]:
    """The corpus dumps of `tool` that hold data (schema-only bases left out)."""
    return [Case(p) for p in dumps(tool) if not _is_schema_base(p)]


def schema_dumps(tool: str) -> list[Path]:
    """The schema-only dumps of `tool` that data-only dumps restore on."""
    return [p for p in dumps(tool) if _is_schema_base(p)]


def run_dumpscrub(source: Path | bytes, rules: PiiRules | str, tmp_path: Path, schema: Path | None = None) -> bytes:
    """The real CLI in a subprocess; the scrubbed dump it wrote.

    `source` is a path, or bytes fed on stdin (the decompressed .xz dumps); `rules`
    a PiiRules or the YAML text.
    """
    rules_file = tmp_path / "rules.yml"
    rules_file.write_text(rules if isinstance(rules, str) else rules.yaml, encoding="utf-8")
    out = tmp_path / "scrubbed.sql"
    cmd = [sys.executable, "-m", "dumpscrub", "-" if isinstance(source, bytes) else str(source)]
    cmd += ["-r", str(rules_file), "--secret", SECRET, "-o", str(out)]
    if schema is not None:
        cmd += ["--schema", str(schema)]
    proc = subprocess.run(cmd, input=source if isinstance(source, bytes) else None, capture_output=True, check=False)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, f"dumpscrub exited {proc.returncode}:\n{stderr}"
    assert "error" not in stderr.lower(), f"dumpscrub reported an error:\n{stderr}"
    assert "warning" not in stderr.lower(), f"dumpscrub warned (the rules come from this dump's schema):\n{stderr}"
    return out.read_bytes()


# -- what the checks know about the schema -------------------------------------


@dataclass
class Table:
    """A table of the original database, split by what the rules do to its columns."""

    name: str
    columns: list[str] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)  # column -> declared type, e.g. "varchar(254)"
    bare: set[str] = field(default_factory=set)  # columns the dump writes without quotes
    generated: set[str] = field(default_factory=set)
    ruled: dict[str, Choice] = field(default_factory=dict)  # columns a strategy other than keep rewrites
    primary_key: tuple[str, ...] = ()
    unique_keys: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def unchanged(self) -> list[str]:
        """Columns that must come out as they were: no rule, or keep (generated ones excluded)."""
        return [c for c in self.columns if c not in self.ruled and c not in self.generated]

    @property
    def compared(self) -> list[str]:
        """Ruled columns compared row by row (a generated one is recomputed by the server)."""
        return [c for c in self.columns if c in self.ruled and c not in self.generated]

    @property
    def row_key(self) -> tuple[str, ...]:
        """Columns that pair a row of the original with its row in the scrubbed database."""
        if self.primary_key and not set(self.primary_key) & set(self.ruled):
            return self.primary_key
        return tuple(self.unchanged)  # used only if unique: see Snapshot.rows


@dataclass(frozen=True)
class ColumnInfo:
    table: str
    name: str
    type: str
    bare: bool = False
    generated: bool = False


class Harness(abc.ABC):
    """What the round trip needs of one server beyond support.databases.Server."""

    server: Server
    tool: str

    @abc.abstractmethod
    def restored(self, case: Case, data: bytes, prefix: str) -> AbstractContextManager[tuple[str, list[str]]]:
        """Restore `data` (on `case.schema` first, if any); yield (database, warnings); drop it afterwards."""

    @abc.abstractmethod
    def columns(self, db: str) -> list[ColumnInfo]:
        """Every column of every base table, in table order then column order."""

    @abc.abstractmethod
    def keys(self, db: str) -> list[tuple[str, bool, tuple[str, ...]]]:
        """(table, is primary, columns) of every PRIMARY KEY and full-table UNIQUE key."""

    @abc.abstractmethod
    def as_bytes(self, column: str) -> str:
        """An SQL expression giving the column's value as bytes, in the form the dump writes it."""

    @abc.abstractmethod
    def checksums(self, cur: Any, table: str, columns: list[str]) -> tuple[tuple, dict[str, Any]]:
        """Order-independent ((count, row checksum), {column: checksum}) of `table`'s `columns`."""

    def column_types(self, db: str) -> dict[tuple[str, str], str]:
        """(table, column) -> the type the server reports, to tell that types survive."""
        return {(c.table, c.name): c.type for c in self.columns(db)}

    def server_problems(self, db: str) -> list[str]:
        """What the server itself reports wrong about a restored database (SQLite's pragmas)."""
        return []

    def find_literals(self, dump: bytes, values: set[bytes]) -> set[bytes]:
        return FINDERS[self.tool](dump, values)


def read_schema(h: Harness, db: str, rules: PiiRules) -> dict[str, Table]:
    ruled: dict[tuple[str, str], Choice] = {
        (t.casefold(), c.casefold()): choice for (t, c), choice in rules.columns.items() if not choice.is_kept
    }
    tables = {name: Table(name) for name in h.server.tables(db)}
    for col in h.columns(db):
        t = tables.get(col.table)
        if t is None:
            continue  # a view
        t.columns.append(col.name)
        t.types[col.name] = col.type
        if col.bare:
            t.bare.add(col.name)
        if col.generated:
            t.generated.add(col.name)
        choice = ruled.get((col.table.casefold(), col.name.casefold()))
        if choice is not None:
            t.ruled[col.name] = choice
    for table, is_primary, columns in h.keys(db):
        if table in tables and columns not in tables[table].unique_keys:
            tables[table].unique_keys.append(columns)
            if is_primary:
                tables[table].primary_key = columns
    missing = set(ruled) - {(t.name.casefold(), c.casefold()) for t in tables.values() for c in t.ruled}
    assert not missing, f"ruled columns missing from the restored database: {sorted(missing)}"
    return tables


# -- a database, as far as the checks need it ---------------------------------


@dataclass
class Snapshot:
    counts: dict[str, int]
    warnings: list[str]
    # table -> (row checksum, {column: column checksum}) over the unchanged columns
    checksums: dict[str, tuple[tuple, dict[str, Any]]] = field(default_factory=dict)
    # table -> [(row key values, ruled values in Table.ruled order)]
    ruled_rows: dict[str, list[tuple[tuple, tuple[Value, ...]]]] = field(default_factory=dict)
    kept_values: set[bytes] = field(default_factory=set)  # of unchanged columns the dump quotes
    column_types: dict[tuple[str, ...], str] = field(default_factory=dict)

    def rows(self, table: Table) -> dict[tuple, tuple[Value, ...]] | None:
        """The ruled values by row key; None when the key does not tell rows apart."""
        rows = self.ruled_rows[table.name]
        paired = dict(rows)
        return paired if table.row_key and len(paired) == len(rows) else None

    def values(self, table: Table, column: str) -> list[Value]:
        i = list(table.ruled).index(column)
        return [values[i] for _, values in self.ruled_rows[table.name]]


def _bytes(value: Any) -> Value:
    # psycopg gives bytea as bytes; memoryview from some drivers, str never (as_bytes casts).
    return bytes(value) if isinstance(value, memoryview) else value


def snapshot(h: Harness, db: str, tables: dict[str, Table], warnings: list[str], kept: bool) -> Snapshot:
    """Read what the checks compare; with `kept`, also every value of the unchanged columns."""
    snap = Snapshot(row_counts(h.server, db), warnings, column_types=h.column_types(db))
    with h.server.connect(db) as conn, closing(conn.cursor()) as cur:
        for t in tables.values():
            table = h.server.table(t.name)
            if t.unchanged:
                snap.checksums[t.name] = h.checksums(cur, table, t.unchanged)
            if t.ruled:
                cols = [*t.row_key, *t.ruled]
                cur.execute(f"SELECT {', '.join(h.as_bytes(c) for c in cols)} FROM {table}")
                n = len(t.row_key)
                snap.ruled_rows[t.name] = [
                    (tuple(map(_bytes, r[:n])), tuple(map(_bytes, r[n:]))) for r in cur.fetchall()
                ]
            if kept:
                for column in (c for c in t.unchanged if c not in t.bare):
                    cur.execute(f"SELECT DISTINCT {h.as_bytes(column)} FROM {table}")
                    snap.kept_values.update(_bytes(v) for (v,) in cur.fetchall() if v is not None)
    return snap


def assert_schema_dump_unchanged(path: Path, tmp_path: Path) -> None:
    """A schema-only dump (the base of the data-only restores) has no rows to rewrite:
    with its dataset's rules it comes out byte for byte."""
    case = Case(path)
    rules = build_rules(case.dataset, case.tool, path.read_bytes())
    assert run_dumpscrub(path, rules, tmp_path) == path.read_bytes()
