"""One round-trip Harness per server (see support/roundtrip.py): how a corpus dump
restores there, how its schema and values are read, and how tables are checksummed."""

from __future__ import annotations

import abc
import hashlib
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from support.databases import MariaDB, PostgreSQL, SQLite
from support.roundtrip import Case, ColumnInfo, Harness

# shared/corpus/README.md, "Restoring": a --compact dump carries no session settings.
COMPACT_INIT = "SET FOREIGN_KEY_CHECKS=0, UNIQUE_CHECKS=0, SQL_MODE='NO_AUTO_VALUE_ON_ZERO', TIME_ZONE='+00:00'"
# mysqldump writes these unquoted, so their values cannot explain a quoted literal.
MYSQL_NUMERIC = {"tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "year"}
_MYSQL_CREATE_DATABASE = re.compile(rb"^CREATE DATABASE [^`\n]*`((?:[^`]|``)+)`", re.M)
_PG_CREATE_DATABASE = re.compile(rb'^CREATE DATABASE ("(?:[^"]|"")+"|\w+)', re.M)
_WARNING = re.compile(r"^(?:Warning|Note|Error) \(Code \d+\): .*$", re.M)
_AT_ROW = re.compile(r" at row \d+")
# Order-independent checksum: the sum of a 60-bit MD5 prefix per row (exact sums in SQL).
CHECKSUM_BITS = 60


class SummedMD5(Harness):
    """Checksums computed by the server: a sum of MD5 prefixes, per row and per column."""

    @abc.abstractmethod
    def encoded(self, column: str) -> str:
        """The column as text, NULL included, distinct values kept distinct."""

    @abc.abstractmethod
    def summed(self, expr: str) -> str:
        """The exact sum over the table of a CHECKSUM_BITS-bit prefix of MD5(expr)."""

    def checksums(self, cur: Any, table: str, columns: list[str]) -> tuple[tuple, dict[str, Any]]:
        row = "CONCAT_WS(',', " + ", ".join(self.encoded(c) for c in columns) + ")"
        per_column = ", ".join(self.summed(self.encoded(c)) for c in columns)
        cur.execute(f"SELECT COUNT(*), {self.summed(row)}, {per_column} FROM {table}")
        count, total, *sums = cur.fetchone()
        return (count, total), dict(zip(columns, sums, strict=True))


class MariaDBHarness(SummedMD5):
    tool = "mysqldump"

    def __init__(self, server: MariaDB) -> None:
        self.server = server

    def restore(self, db: str | None, data: bytes, init_command: str | None = None) -> list[str]:
        """Like MariaDB.restore, with --show-warnings: returns the warnings the server raised.

        mysqldump's header sets SQL_MODE='NO_AUTO_VALUE_ON_ZERO' for its session, which
        overrides the server's strict global sql_mode; a warning is what strict mode would
        have turned into an error. Each warning loses its "at row N", so two restores
        compare by kind.
        """
        m = self.server
        cmd = ["mariadb", f"--socket={m.socket}", "--user=root", "--default-character-set=utf8mb4", "--show-warnings"]
        if init_command is not None:
            cmd.append(f"--init-command={init_command}")
        if db is not None:
            cmd.append(db)
        proc = subprocess.run(cmd, input=data, capture_output=True, check=False)
        assert proc.returncode == 0, (
            f"restore into {db} failed (exit code {proc.returncode}):\n{proc.stderr.decode('utf-8', 'replace')[:2000]}"
        )
        return [_AT_ROW.sub("", w) for w in _WARNING.findall(proc.stdout.decode("utf-8", "replace"))]

    @contextmanager
    def restored(self, case: Case, data: bytes, prefix: str) -> Iterator[tuple[str, list[str]]]:
        own = _MYSQL_CREATE_DATABASE.search(data[: 1 << 20])
        if own is not None:
            # A --databases dump creates and USEs its own database: restore it under that name.
            db = own.group(1).decode("utf-8").replace("``", "`")
            self.server.drop(db)
            target = None
        else:
            db = target = self.server.fresh_database(prefix)
        init = COMPACT_INIT if case.variant == "compact" else None
        try:
            warnings = []
            if case.schema is not None:
                warnings += self.restore(target, case.schema.read_bytes(), init)
            warnings += self.restore(target, data, init)
            yield db, warnings
        finally:
            self.server.drop(db)

    def columns(self, db: str) -> list[ColumnInfo]:
        rows = self.server.query(
            None,
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, EXTRA FROM information_schema.COLUMNS"
            " WHERE TABLE_SCHEMA = %s ORDER BY TABLE_NAME, ORDINAL_POSITION",
            (db,),
        )
        return [
            ColumnInfo(t, c, column_type, data_type.lower() in MYSQL_NUMERIC, "GENERATED" in extra.upper())
            for t, c, column_type, data_type, extra in rows
        ]

    def keys(self, db: str) -> list[tuple[str, bool, tuple[str, ...]]]:
        found: dict[tuple[str, str], list[str]] = {}
        for table, index, column in self.server.query(
            None,
            "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
            " WHERE TABLE_SCHEMA = %s AND NON_UNIQUE = 0 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
            (db,),
        ):
            found.setdefault((table, index), []).append(column)
        return [(table, index == "PRIMARY", tuple(cols)) for (table, index), cols in found.items()]

    def as_bytes(self, column: str) -> str:
        # As bytes, exactly as stored: text in its charset, dates as text, BIT/GEOMETRY raw.
        return f"CAST({self.server.quote(column)} AS BINARY)"

    def encoded(self, column: str) -> str:
        return f"IFNULL(HEX({self.as_bytes(column)}), 'N')"  # NULL and '' stay apart

    def summed(self, expr: str) -> str:
        return f"COALESCE(SUM(CAST(CONV(LEFT(MD5({expr}), {CHECKSUM_BITS // 4}), 16, 10) AS UNSIGNED)), 0)"


class PostgresHarness(SummedMD5):
    tool = "pg_dump"

    def __init__(self, server: PostgreSQL) -> None:
        self.server = server

    @contextmanager
    def restored(self, case: Case, data: bytes, prefix: str) -> Iterator[tuple[str, list[str]]]:
        own = _PG_CREATE_DATABASE.search(data[: 1 << 20])
        if own is not None:
            # A --create dump creates its database and \connects to it: restore from
            # `postgres`, under the dump's own name (which must not exist yet).
            name = own.group(1).decode("utf-8")
            db = name[1:-1].replace('""', '"') if name.startswith('"') else name
            self.server.drop(db)
            target = "postgres"
        else:
            db = target = self.server.fresh_database(prefix)
            # --inserts dumps autocommit each row: without waiting for each commit's
            # flush, they restore several times faster (and the same way).
            self.server.query("postgres", f"ALTER DATABASE {self.server.quote(db)} SET synchronous_commit = off")
        try:
            if case.schema is not None:
                self.server.restore(target, case.schema.read_bytes())
            self.server.restore(target, data)
            yield db, []
        finally:
            self.server.drop(db)

    # A table as Server.tables names it: "schema.table" unless in public.
    _TABLE = "CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END"
    _USER_TABLES = (
        "c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"
    )

    def columns(self, db: str) -> list[ColumnInfo]:
        rows = self.server.query(
            db,
            f"SELECT {self._TABLE}, a.attname, format_type(a.atttypid, a.atttypmod), a.attgenerated <> ''"
            " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            f" WHERE {self._USER_TABLES} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, a.attnum",
        )
        # Every value of a COPY block is bare text: each unchanged value may explain a field.
        return [ColumnInfo(t, col, typ, False, gen) for t, col, typ, gen in rows]

    def keys(self, db: str) -> list[tuple[str, bool, tuple[str, ...]]]:
        # Unique indexes on plain columns over the whole table (no expression, no WHERE).
        rows = self.server.query(
            db,
            f"SELECT {self._TABLE}, i.indisprimary, array_agg(a.attname ORDER BY k.ord)"
            " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)"
            " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
            f" WHERE {self._USER_TABLES} AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL"
            " GROUP BY i.indexrelid, 1, 2 ORDER BY 1, 2 DESC",
        )
        return [(t, primary, tuple(cols)) for t, primary, cols in rows]

    def text(self, column: str) -> str:
        """The value as the type's output function writes it, which is what pg_dump writes.

        Not `::text`: the text() of inet adds the netmask of a host address (/32).
        format() of NULL is '', hence the CASE.
        """
        q = self.server.quote(column)
        return f"CASE WHEN {q} IS NOT NULL THEN format('%s', {q}) END"

    def as_bytes(self, column: str) -> str:
        return f"convert_to({self.text(column)}, 'UTF8')"  # bytea as \x..., arrays as {...}

    def encoded(self, column: str) -> str:
        return f"quote_nullable({self.text(column)})"  # NULL and '' stay apart

    def summed(self, expr: str) -> str:
        return f"COALESCE(SUM(('x' || left(md5({expr}), {CHECKSUM_BITS // 4}))::bit({CHECKSUM_BITS})::bigint), 0)"

    def column_types(self, db: str) -> dict[tuple[str, ...], str]:
        """information_schema.columns data_type of every column of every user schema (views too)."""
        rows = self.server.query(
            db,
            "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
        )
        return {(s, t, c): d for s, t, c, d in rows}


class SQLiteHarness(Harness):
    tool = "sqlite3"

    def __init__(self, server: SQLite) -> None:
        self.server = server

    @contextmanager
    def restored(self, case: Case, data: bytes, prefix: str) -> Iterator[tuple[str, list[str]]]:
        db = self.server.fresh_database(prefix)
        try:
            self.server.restore(db, data)
            yield db, []
        finally:
            self.server.drop(db)

    def columns(self, db: str) -> list[ColumnInfo]:
        found = []
        for table in self.server.tables(db):
            # table_xinfo: (cid, name, type, notnull, dflt_value, pk, hidden); hidden 2 and 3
            # are VIRTUAL and STORED generated columns.
            for _, name, typ, _, _, _, hidden in self.server.query(db, f"PRAGMA table_xinfo({self.server.quote(table)})"):
                found.append(ColumnInfo(table, name, typ, False, hidden in (2, 3)))
        return found

    def keys(self, db: str) -> list[tuple[str, bool, tuple[str, ...]]]:
        q = self.server.quote
        found = []
        for table in self.server.tables(db):
            info = self.server.query(db, f"PRAGMA table_info({q(table)})")
            pk = tuple(name for _, name, _, _, _, pk in sorted(info, key=lambda r: r[5]) if pk)
            if pk:
                found.append((table, True, pk))
            # index_list: (seq, name, unique, origin, partial)
            for _, index, unique, _, partial in self.server.query(db, f"PRAGMA index_list({q(table)})"):
                if unique and not partial:
                    cols = [name for _, _, name in self.server.query(db, f"PRAGMA index_info({q(index)})")]
                    if None not in cols:  # an index on an expression has no column name
                        found.append((table, False, tuple(cols)))
        return found

    def as_bytes(self, column: str) -> str:
        return f"CAST({self.server.quote(column)} AS BLOB)"

    def checksums(self, cur: Any, table: str, columns: list[str]) -> tuple[tuple, dict[str, Any]]:
        # SQLite has no MD5: sum in Python (the SQLite datasets are small).
        def digest(values: tuple) -> int:
            return int.from_bytes(hashlib.md5(repr(values).encode()).digest()[:8], "big") >> (64 - CHECKSUM_BITS)

        cur.execute(f"SELECT {', '.join(self.as_bytes(c) for c in columns)} FROM {table}")
        count, total, per_column = 0, 0, [0] * len(columns)
        for row in cur.fetchall():
            count += 1
            total += digest(row)
            for i, value in enumerate(row):
                per_column[i] += digest((value,))
        return (count, total), dict(zip(columns, per_column, strict=True))

    def server_problems(self, db: str) -> list[str]:
        integrity = [row[0] for row in self.server.query(db, "PRAGMA integrity_check")]
        problems = [f"PRAGMA integrity_check: {line}" for line in integrity if line != "ok"]
        # foreign_key_check: (table, rowid, parent, fkid)
        violations = self.server.query(db, "PRAGMA foreign_key_check")
        by_fk: dict[tuple[str, str], int] = {}
        for table, _, parent, _ in violations:
            by_fk[(table, parent)] = by_fk.get((table, parent), 0) + 1
        problems += [f"PRAGMA foreign_key_check: {t} -> {p}: {n} rows" for (t, p), n in sorted(by_fk.items())]
        return problems


def harness_for(tool: str, request: pytest.FixtureRequest) -> Harness:
    """The harness of the server that restores `tool`'s dumps (its fixture requested)."""
    if tool == "mysqldump":
        return MariaDBHarness(request.getfixturevalue("mariadb"))
    if tool == "pg_dump":
        return PostgresHarness(request.getfixturevalue("postgres"))
    return SQLiteHarness(request.getfixturevalue("sqlite"))
