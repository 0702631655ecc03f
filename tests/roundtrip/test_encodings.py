"""Dumps in another encoding than UTF-8: fakes are written in the dump's own encoding.

mysqldump --default-character-set=latin1 writes `SET NAMES latin1` and Windows-1252
bytes; pg_dump --encoding=LATIN1 writes `SET client_encoding = 'LATIN1'` and ISO 8859-1
bytes. Polish fakes (pl_PL) hold letters neither has (ł, ś): they are written without
their accents (ł has no plain form: ?), never as UTF-8 bytes in a Latin-1 file, which
would restore as mojibake (Å‚) or fail.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support.databases import PG_SOCKET_DIR, MariaDB, PostgreSQL

PEOPLE = [(1, "José Müller", "jose.muller@mail.test"), (2, "Zoë Ørsted", "zoe@mail.test"), (3, "Ann Lee", "ann@mail.test")]
RULES = "version: 1\nlocale: pl_PL\ntables:\n  people:\n    columns:\n      name: name\n      email: email\n"
MOJIBAKE = ("Ã", "Å", "Ä", "\ufffd")


def scrub(dump: bytes, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    rules = tmp_path / "rules.yml"
    rules.write_text(RULES, encoding="utf-8")
    cmd = [sys.executable, "-m", "dumpscrub", "-", "-r", str(rules), "--secret", "enc", *extra]
    return subprocess.run(cmd, input=dump, capture_output=True, check=False)


def check_names(names: list[str]) -> None:
    assert len(names) == len(PEOPLE)
    for name in names:
        assert not any(m in name for m in MOJIBAKE), name
        assert name not in {p[1] for p in PEOPLE}
        name.encode("iso8859-1")  # only what Latin-1 holds


def test_a_latin1_mysqldump_gets_latin1_fakes(mariadb: MariaDB, tmp_path: Path) -> None:
    source = mariadb.fresh_database("latin1_source")
    target = mariadb.fresh_database("latin1_target")
    try:
        with mariadb.connect(source) as conn, conn.cursor() as cur:
            cur.execute("CREATE TABLE people (id int PRIMARY KEY, name varchar(60), email varchar(80)) CHARACTER SET latin1")
            cur.executemany("INSERT INTO people VALUES (%s, %s, %s)", PEOPLE)
        dump = subprocess.run(
            ["mysqldump", f"--socket={mariadb.socket}", "--user=root", "--default-character-set=latin1", source],
            capture_output=True, check=True,
        ).stdout
        assert b"SET NAMES latin1" in dump and "José".encode("cp1252") in dump
        result = scrub(dump, tmp_path)
        assert result.returncode == 0, result.stderr.decode()
        result.stdout.decode("cp1252")  # one encoding throughout
        assert b"\xc3" not in result.stdout and b"\xc5" not in result.stdout  # no UTF-8 lead bytes of Latin letters
        mariadb.restore(target, result.stdout)
        check_names([n for (n,) in mariadb.query(target, "SELECT name FROM people ORDER BY id")])
    finally:
        mariadb.drop(source)
        mariadb.drop(target)


def test_a_latin1_pg_dump_gets_latin1_fakes(postgres: PostgreSQL, tmp_path: Path) -> None:
    source = postgres.fresh_database("latin1_source")
    target = postgres.fresh_database("latin1_target")
    try:
        with postgres.connect(source) as conn:
            conn.execute("CREATE TABLE people (id int PRIMARY KEY, name varchar(60), email varchar(80) UNIQUE)")
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO people VALUES (%s, %s, %s)", PEOPLE)
        dump = subprocess.run(
            ["pg_dump", "-h", PG_SOCKET_DIR, "--encoding=LATIN1", source], capture_output=True, check=True
        ).stdout
        assert b"SET client_encoding = 'LATIN1';" in dump and "José".encode("latin-1") in dump
        result = scrub(dump, tmp_path)
        assert result.returncode == 0, result.stderr.decode()
        result.stdout.decode("latin-1")
        assert b"\xc3" not in result.stdout and b"\xc5" not in result.stdout
        postgres.restore(target, result.stdout)  # psql -v ON_ERROR_STOP=1
        check_names([n for (n,) in postgres.query(target, "SELECT name FROM people ORDER BY id")])
    finally:
        postgres.drop(source)
        postgres.drop(target)


@pytest.mark.parametrize(
    "dump,name,hint",
    [
        (b"/*!40101 SET NAMES sjis */;\nINSERT INTO `people` VALUES (1,'x','y');\n", "sjis", "mysqldump --default-character-set=utf8mb4"),
        (b"SET client_encoding = 'SJIS';\nSET standard_conforming_strings = on;\n", "SJIS", "pg_dump --encoding=UTF8"),
    ],
)
def test_encodings_where_a_quote_can_end_a_character_are_refused(dump: bytes, name: str, hint: str, tmp_path: Path) -> None:
    dialect = "mysql" if b"NAMES" in dump else "postgres"
    result = scrub(dump, tmp_path, "--dialect", dialect)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"dumpscrub: error: <stdin>:1:1: the dump is in the {name} encoding, which dumpscrub does not read "
        f"(dump it again in UTF-8 ({hint}))\n"
    )
