"""Real database servers for the tests: restore a dump, query it, check it.

`MariaDB`, `PostgreSQL` and `SQLite` share one small API (`fresh_database`,
`restore`, `query`, `drop`), so a round-trip test can run the same checks
(`orphans`, `duplicates`, `row_counts`) on all three. The servers are installed and
started by `scripts/services.sh`; both are reached as root over their unix sockets.
"""

from __future__ import annotations

import abc
import itertools
import os
import re
import shlex
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pymysql

# The sql_mode of the server the corpus was dumped from (MariaDB 10.11's default).
# Set globally, so every restore session starts strict; the dumps' own headers may
# still relax it for their session, as they do on any real server.
STRICT_SQL_MODE = "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION"
MARIADB_DEFAULT_SOCKET = "/run/mysqld/mysqld.sock"
PG_SOCKET_DIR = "/var/run/postgresql"

_PREFIX = re.compile(r"[a-z][a-z0-9_]{0,39}")
_STDERR_CHARS = 2000


class Server(abc.ABC):
    """A database server (or, for SQLite, a folder of database files).

    Attributes:
        name: "mariadb", "postgresql" or "sqlite".
        tool: the corpus' name of the dump tool for this server (see `corpus.dumps`).
        placeholder: the query parameter marker of its Python driver.
    """

    name: str
    tool: str
    placeholder: str

    def __init__(self) -> None:
        self._serial = itertools.count(1)

    def _new_name(self, prefix: str) -> str:
        if not _PREFIX.fullmatch(prefix):
            raise ValueError(f"database prefix must match {_PREFIX.pattern}: {prefix!r}")
        # pid: runs in parallel (pytest-xdist) or a leftover of a crashed run never clash.
        return f"{prefix}_{os.getpid()}_{next(self._serial)}"

    @abc.abstractmethod
    def fresh_database(self, prefix: str) -> str:
        """Create an empty database named after `prefix` and return its name."""

    @abc.abstractmethod
    def restore(self, db: str, data: bytes) -> None:
        """Pipe a dump (or any SQL script) into the server's command-line client.

        Raises:
            AssertionError: the client failed; the message holds its stderr.
        """

    @abc.abstractmethod
    def drop(self, db: str) -> None:
        """Drop the database; nothing happens if it does not exist."""

    @abc.abstractmethod
    def connect(self, db: str | None) -> Any:
        """A context manager yielding an autocommit DB-API connection to `db`.

        Use it for several statements in one session (e.g. switching FK checks off
        before an insert); `query` is enough for everything else.
        """

    @abc.abstractmethod
    def quote(self, identifier: str) -> str:
        """Quote one identifier (a table or column name) for this server."""

    @abc.abstractmethod
    def tables(self, db: str) -> list[str]:
        """Names of the base tables of `db`, in the form `table()` accepts."""

    def table(self, name: str) -> str:
        """Quote a table name as it appears in the corpus' pii.yml / fk.yml."""
        return self.quote(name)

    def query(self, db: str | None, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement in its own session; return its rows ([] if it has none).

        Parameters use the driver's marker, `self.placeholder`.
        """
        with self.connect(db) as conn, closing(conn.cursor()) as cur:
            if params is None:
                # No parameters: the driver must not treat `%` in the SQL as a marker.
                cur.execute(sql)
            else:
                cur.execute(sql, params)
            return [tuple(row) for row in cur.fetchall()] if cur.description else []


def _pipe(cmd: list[str], data: bytes, *, fail_on_stderr: bool = False) -> None:
    """Feed `data` to `cmd` on stdin; raise AssertionError with its stderr on failure."""
    proc = subprocess.run(cmd, input=data, capture_output=True, check=False)
    if proc.returncode != 0 or (fail_on_stderr and proc.stderr):
        stderr = proc.stderr.decode("utf-8", "replace")[:_STDERR_CHARS]
        raise AssertionError(f"`{shlex.join(cmd)}` failed (exit code {proc.returncode}):\n{stderr}")


def mariadb_socket() -> str:
    """The MariaDB server's unix socket: $MYSQL_UNIX_PORT, else the client's default."""
    if env := os.environ.get("MYSQL_UNIX_PORT"):
        return env
    # `mariadb --help --verbose` ends with the option values, e.g.
    # "socket                            /run/mysqld/mysqld.sock".
    out = subprocess.run(["mariadb", "--help", "--verbose"], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        if key == "socket" and value.strip() not in ("", "(No default value)"):
            return value.strip()
    return MARIADB_DEFAULT_SOCKET


class MariaDB(Server):
    """MariaDB as root over the unix socket (Debian's root uses unix_socket auth).

    Creating it sets the server's global sql_mode to `STRICT_SQL_MODE`.
    """

    name = "mariadb"
    tool = "mysqldump"
    placeholder = "%s"

    def __init__(self, socket: str | None = None) -> None:
        super().__init__()
        self.socket = socket or mariadb_socket()
        self.query(None, "SET GLOBAL sql_mode = %s", (STRICT_SQL_MODE,))

    @contextmanager
    def connect(self, db: str | None = None) -> Iterator[pymysql.connections.Connection]:
        # Our own socket: pymysql 1.1 leaks the one it opens when the server is down,
        # a ResourceWarning that filterwarnings=error turns into a crash of pytest.
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(self.socket)
        except OSError as e:
            sock.close()
            raise ConnectionError(f"cannot connect to MariaDB at {self.socket}: {e}") from e
        conn = pymysql.connect(
            unix_socket=self.socket, user="root", database=db, charset="utf8mb4", autocommit=True, defer_connect=True
        )
        conn.connect(sock)  # closes sock if the handshake fails
        try:
            yield conn
        finally:
            conn.close()

    def quote(self, identifier: str) -> str:
        return "`" + identifier.replace("`", "``") + "`"

    def fresh_database(self, prefix: str) -> str:
        db = self._new_name(prefix)
        self.drop(db)
        # The corpus server's charset (Debian's stock config); stock MariaDB says latin1.
        self.query(None, f"CREATE DATABASE {self.quote(db)} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
        return db

    def restore(self, db: str, data: bytes, init_command: str | None = None) -> None:
        """Pipe `data` into `mariadb --default-character-set=utf8mb4 [--init-command=…] db`.

        `init_command` gives the session settings a dump lacks (--compact dumps have
        no SET header), e.g. "SET FOREIGN_KEY_CHECKS=0, SQL_MODE='NO_AUTO_VALUE_ON_ZERO'".
        """
        cmd = ["mariadb", f"--socket={self.socket}", "--user=root", "--default-character-set=utf8mb4"]
        if init_command is not None:
            cmd.append(f"--init-command={init_command}")
        _pipe([*cmd, db], data)

    def drop(self, db: str) -> None:
        self.query(None, f"DROP DATABASE IF EXISTS {self.quote(db)}")

    def tables(self, db: str) -> list[str]:
        rows = self.query(
            None,
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = %s AND table_type IN ('BASE TABLE', 'SYSTEM VERSIONED') ORDER BY table_name",
            (db,),
        )
        return [name for (name,) in rows]


class PostgreSQL(Server):
    """PostgreSQL as the superuser role named after the OS user (root), peer auth."""

    name = "postgresql"
    tool = "pg_dump"
    placeholder = "%s"

    def __init__(self, host: str = PG_SOCKET_DIR) -> None:
        super().__init__()
        self.host = host
        self.query("postgres", "SELECT 1")

    @contextmanager
    def connect(self, db: str | None = None) -> Iterator[psycopg.Connection]:
        conn = psycopg.connect(host=self.host, dbname=db or "postgres", autocommit=True)
        try:
            yield conn
        finally:
            conn.close()

    def quote(self, identifier: str) -> str:
        return '"' + identifier.replace('"', '""') + '"'

    def table(self, name: str) -> str:
        """Quote "crm.leads" as "crm"."leads": a dot separates the schema.

        A table in public whose own name holds a dot cannot be named this way.
        """
        schema, dot, table = name.partition(".")
        return f"{self.quote(schema)}.{self.quote(table)}" if dot else self.quote(name)

    def fresh_database(self, prefix: str) -> str:
        db = self._new_name(prefix)
        self.drop(db)
        # template0 + explicit encoding/locale: UTF8 even if the cluster was created
        # under an unset LANG (which makes SQL_ASCII databases).
        self.query(
            "postgres", f"CREATE DATABASE {self.quote(db)} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
        )
        return db

    def restore(self, db: str, data: bytes) -> None:
        """Pipe `data` into `psql -X -q -v ON_ERROR_STOP=1 -d db`."""
        # -w: never prompt for a password (it would hang without a terminal).
        _pipe(["psql", "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-d", db], data)

    def drop(self, db: str) -> None:
        # FORCE: a connection a failed test left open must not keep the database alive.
        self.query("postgres", f"DROP DATABASE IF EXISTS {self.quote(db)} WITH (FORCE)")

    def tables(self, db: str) -> list[str]:
        """Tables of every non-system schema, as "schema.table" unless in public.

        Partitioned tables and their partitions are both listed (so a partitioned
        table's rows count twice in a sum); views and materialized views are not.
        """
        rows = self.query(
            db,
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema'"
            r" AND n.nspname NOT LIKE 'pg\_%' ORDER BY 1, 2",
        )
        return [table if schema == "public" else f"{schema}.{table}" for schema, table in rows]


class SQLite(Server):
    """SQLite databases as files in `directory` (a new temporary folder by default)."""

    name = "sqlite"
    tool = "sqlite3"
    placeholder = "?"

    def __init__(self, directory: Path | None = None) -> None:
        super().__init__()
        if shutil.which("sqlite3") is None:
            raise FileNotFoundError("the sqlite3 command-line shell is not installed")
        self.directory = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="dumpscrub-sqlite-"))

    def path(self, db: str) -> Path:
        """The file of database `db`."""
        return self.directory / f"{db}.sqlite"

    @contextmanager
    def connect(self, db: str | None) -> Iterator[sqlite3.Connection]:
        if db is None:
            raise ValueError("SQLite has no server-level session: name a database")
        # mode=rw: querying a dropped or misspelled database fails instead of creating it.
        # isolation_level=None: autocommit, like the other two.
        conn = sqlite3.connect(f"{self.path(db).as_uri()}?mode=rw", uri=True, isolation_level=None)
        try:
            yield conn
        finally:
            conn.close()

    def quote(self, identifier: str) -> str:
        return '"' + identifier.replace('"', '""') + '"'

    def fresh_database(self, prefix: str) -> str:
        db = self._new_name(prefix)
        self.drop(db)
        self.path(db).touch()
        return db

    def restore(self, db: str, data: bytes) -> None:
        """Pipe `data` into `sqlite3 -bail FILE`; anything on stderr counts as failure."""
        _pipe(["sqlite3", "-bail", str(self.path(db))], data, fail_on_stderr=True)

    def drop(self, db: str) -> None:
        self.path(db).unlink(missing_ok=True)

    def tables(self, db: str) -> list[str]:
        """Every table in sqlite_master, internal ones such as sqlite_sequence included."""
        return [name for (name,) in self.query(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _count(conn: Any, sql: str) -> int:
    with closing(conn.cursor()) as cur:
        cur.execute(sql)
        return int(cur.fetchone()[0])


def orphans(server: Server, db: str, fk: dict) -> int:
    """Count the child rows of foreign key `fk` that have no parent row.

    Rows with a NULL in any FK column are not checked (MATCH SIMPLE, what all three
    servers enforce). Values compare with the server's own rules (MariaDB's
    collations ignore case, as its FK checks do).

    Args:
        fk: an entry of a corpus fk.yml: child, columns, parent, parent_columns.
    """
    q = server.quote
    pairs = list(zip(fk["columns"], fk["parent_columns"], strict=True))
    not_null = " AND ".join(f"c.{q(col)} IS NOT NULL" for col, _ in pairs)
    match = " AND ".join(f"p.{q(pcol)} = c.{q(col)}" for col, pcol in pairs)
    sql = (
        f"SELECT COUNT(*) FROM {server.table(fk['child'])} AS c WHERE {not_null}"
        f" AND NOT EXISTS (SELECT 1 FROM {server.table(fk['parent'])} AS p WHERE {match})"
    )
    return int(server.query(db, sql)[0][0])


def duplicates(server: Server, db: str, table: str, columns: str | Sequence[str]) -> int:
    """Count the value groups of `columns` that occur in more than one row.

    Rows with a NULL in any of the columns are ignored, as a UNIQUE index does.
    """
    cols = [columns] if isinstance(columns, str) else list(columns)
    quoted = ", ".join(server.quote(col) for col in cols)
    not_null = " AND ".join(f"{server.quote(col)} IS NOT NULL" for col in cols)
    sql = (
        f"SELECT COUNT(*) FROM (SELECT 1 AS one FROM {server.table(table)} WHERE {not_null}"
        f" GROUP BY {quoted} HAVING COUNT(*) > 1) AS d"
    )
    return int(server.query(db, sql)[0][0])


def row_counts(server: Server, db: str) -> dict[str, int]:
    """Exact row count of every base table of `db` (see each server's `tables`)."""
    names = server.tables(db)
    with server.connect(db) as conn:
        return {name: _count(conn, f"SELECT COUNT(*) FROM {server.table(name)}") for name in names}
