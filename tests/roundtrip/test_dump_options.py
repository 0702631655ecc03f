"""Dumps the corpus does not hold, made here by the real dump programs with other options.

The edge dataset (the hostile one) is restored from its corpus dump into each server,
dumped again with options the corpus lacks (pg_dump --quote-all-identifiers,
--on-conflict-do-nothing, odd --rows-per-insert; sqlite3 .dump --preserve-rowids and
--newlines, Python's iterdump(); mysqldump --compatible=ansi, --insert-ignore,
--replace), and each such dump goes through the whole round trip of the corpus dumps:
scrubbed with its pii.yml rules, restored with every constraint checked, every check
of support/checks.py passing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from support.checks import round_trip
from support.corpus import CORPUS, dump_bytes
from support.databases import PG_SOCKET_DIR, MariaDB, PostgreSQL, SQLite
from support.harnesses import MariaDBHarness, PostgresHarness, SQLiteHarness
from support.roundtrip import Case, case_rules

PG_OPTIONS = {
    "quote-all-identifiers": ["--quote-all-identifiers"],
    "column-inserts-rows-per-insert-7": ["--column-inserts", "--rows-per-insert=7", "--quote-all-identifiers"],
    "inserts-on-conflict-do-nothing": ["--inserts", "--on-conflict-do-nothing"],
}
SQLITE_OPTIONS = {
    "preserve-rowids": ".dump --preserve-rowids",
    "newlines": ".dump --newlines",  # line breaks raw inside strings, no replace() wrappers
}
MYSQL_OPTIONS = {
    # "double-quoted" names under sql_mode ANSI; --compatible drops SET NAMES, so the
    # client charset is given (the dump would be in the server's default charset otherwise)
    "compatible-ansi": ["--compatible=ansi", "--default-character-set=utf8mb4"],
    "insert-ignore-complete-insert": ["--insert-ignore", "--complete-insert"],
    "replace-skip-extended-insert": ["--replace", "--skip-extended-insert"],
}


@pytest.fixture(scope="module")
def edge_in(request: pytest.FixtureRequest) -> Iterator[Callable]:
    """Restore a corpus edge dump into a server once per module; yield a getter of the database."""
    made: dict[str, tuple] = {}

    def get(server, dump: str) -> str:
        if server.name not in made:
            db = server.fresh_database("edge_source")
            server.restore(db, dump_bytes(CORPUS / "edge" / dump))
            made[server.name] = (server, db)
        return made[server.name][1]

    yield get
    for server, db in made.values():
        server.drop(db)


def write_case(tmp_path: Path, tool: str, variant: str, data: bytes) -> Case:
    folder = tmp_path / "edge"  # Case reads the dataset (fk.yml, pii.yml) from the folder name
    folder.mkdir(exist_ok=True)
    path = folder / f"edge.{tool}.{variant}.sql"
    path.write_bytes(data)
    return Case(path)


# The sqlite3 shell reads a CR before a LF as a line end, also inside a literal: a dump
# holding CR LF raw in its strings (.dump --newlines, iterdump()) restores them as LF,
# so the restored originals are not all byte for byte in the dump, which is what the
# leak check's self-test asks. (.dump without --newlines writes CR as char(13).)
RAW_CR = {"newlines", "iterdump"}


def check(harness, case: Case, tmp_path: Path) -> None:
    original = case.path.read_bytes()
    work = tmp_path / "work"
    work.mkdir()
    result = round_trip(harness, case, work, original, case_rules(case, original))
    if case.variant in RAW_CR:
        result.problems.pop("the leak check itself")
    report = result.report()
    assert not report, f"{case.path.name}:\n{report}"


@pytest.mark.parametrize("variant", list(PG_OPTIONS))
def test_pg_dump_options(variant: str, postgres: PostgreSQL, edge_in, tmp_path: Path) -> None:
    db = edge_in(postgres, "edge.pg_dump.default.sql")
    cmd = ["pg_dump", "-h", PG_SOCKET_DIR, *PG_OPTIONS[variant], db]
    data = subprocess.run(cmd, capture_output=True, check=True).stdout
    check(PostgresHarness(postgres), write_case(tmp_path, "pg_dump", variant, data), tmp_path)


@pytest.mark.parametrize("variant", [*SQLITE_OPTIONS, "iterdump"])
def test_sqlite_dump_options(variant: str, sqlite: SQLite, edge_in, tmp_path: Path) -> None:
    db = edge_in(sqlite, "edge.sqlite3.dump.sql")
    if variant == "iterdump":
        conn = sqlite3.connect(sqlite.path(db))
        data = "\n".join(conn.iterdump()).encode("utf-8") + b"\n"
        conn.close()
    else:
        data = subprocess.run(["sqlite3", str(sqlite.path(db)), SQLITE_OPTIONS[variant]], capture_output=True, check=True).stdout
    check(SQLiteHarness(sqlite), write_case(tmp_path, "sqlite3", variant, data), tmp_path)


@pytest.mark.parametrize("variant", list(MYSQL_OPTIONS))
def test_mysqldump_options(variant: str, mariadb: MariaDB, edge_in, tmp_path: Path) -> None:
    db = edge_in(mariadb, "edge.mysqldump.default.sql")
    cmd = ["mysqldump", f"--socket={mariadb.socket}", "--user=root", *MYSQL_OPTIONS[variant], db]
    data = subprocess.run(cmd, capture_output=True, check=True).stdout
    check(MariaDBHarness(mariadb), write_case(tmp_path, "mysqldump", variant, data), tmp_path)


def test_custom_format_through_pg_restore_as_documented(postgres: PostgreSQL, edge_in, tmp_path: Path) -> None:
    db = edge_in(postgres, "edge.pg_dump.default.sql")
    archive = tmp_path / "edge.custom"
    subprocess.run(["pg_dump", "-h", PG_SOCKET_DIR, "-Fc", "-f", str(archive), db], check=True)
    rules = tmp_path / "rules.yml"
    rules.write_text("version: 1\ntables: {}\n")
    refused = subprocess.run([sys.executable, "-m", "dumpscrub", str(archive), "-r", str(rules)], capture_output=True)
    assert refused.returncode == 1 and b"pg_restore -f - " in refused.stderr
    plain = subprocess.run(["pg_restore", "-f", "-", str(archive)], capture_output=True, check=True).stdout
    check(PostgresHarness(postgres), write_case(tmp_path, "pg_dump", "custom-via-pg-restore", plain), tmp_path)
