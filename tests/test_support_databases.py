"""The test helpers of tests/support against the real servers.

Restores the corpus' chinook dumps, counts their rows, re-checks their foreign
keys, and makes sure `orphans` and `duplicates` do report bad data (a check that
cannot fail checks nothing).
"""

from __future__ import annotations

import functools
import lzma
import sqlite3
from collections.abc import Iterator

import psycopg
import pymysql
import pytest

from support.corpus import CORPUS, dump_bytes, dumps, load_fks, load_pii
from support.databases import STRICT_SQL_MODE, MariaDB, Server, duplicates, orphans, row_counts

# shared/corpus/README.md, "Row counts"; MariaDB and SQLite names.
CHINOOK_ROWS = {
    "Album": 347,
    "Artist": 275,
    "Customer": 59,
    "Employee": 8,
    "Genre": 25,
    "Invoice": 412,
    "InvoiceLine": 2240,
    "MediaType": 5,
    "Playlist": 18,
    "PlaylistTrack": 8715,
    "Track": 3503,
}
# The PostgreSQL edition of chinook names everything in snake_case (see its fk.yml).
PG_NAMES = {
    "Album": "album",
    "Artist": "artist",
    "Customer": "customer",
    "Employee": "employee",
    "Genre": "genre",
    "Invoice": "invoice",
    "InvoiceLine": "invoice_line",
    "MediaType": "media_type",
    "Playlist": "playlist",
    "PlaylistTrack": "playlist_track",
    "Track": "track",
    "AlbumId": "album_id",
    "Title": "title",
    "ArtistId": "artist_id",
    "CustomerId": "customer_id",
    "FirstName": "first_name",
    "LastName": "last_name",
    "Email": "email",
}
CHINOOK_DUMPS = {
    "mariadb": "chinook.mysqldump.default.sql",
    "postgres": "chinook.pg_dump.default.sql",
    "sqlite": "chinook.sqlite3.dump.sql",
}
# Parameters naming a fixture; a test reaching a server through getfixturevalue
# must carry the `servers` marker itself (conftest only sees fixtures it requests).
SERVER_PARAMS = [
    pytest.param("mariadb", marks=pytest.mark.servers),
    pytest.param("postgres", marks=pytest.mark.servers),
    "sqlite",
]
# One session's statement that lets it insert rows breaking a foreign key.
FK_CHECKS_OFF = {
    "mariadb": "SET FOREIGN_KEY_CHECKS = 0",
    "postgresql": "SET session_replication_role = replica",
    "sqlite": "PRAGMA foreign_keys = OFF",
}


def chinook_name(server: Server, name: str) -> str:
    """A chinook table or column name as `server`'s edition spells it."""
    return PG_NAMES[name] if server.name == "postgresql" else name


def chinook_ident(server: Server, name: str) -> str:
    """`chinook_name`, quoted for SQL."""
    return server.quote(chinook_name(server, name))


@pytest.fixture(params=SERVER_PARAMS)
def server(request: pytest.FixtureRequest) -> Server:
    """Each of the three servers in turn."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="module", params=SERVER_PARAMS)
def chinook(request: pytest.FixtureRequest) -> Iterator[tuple[Server, str]]:
    """A database of each kind holding the restored chinook dump (tests must undo their changes)."""
    server = request.getfixturevalue(request.param)
    db = server.fresh_database("chinook")
    try:
        server.restore(db, dump_bytes(CORPUS / "chinook" / CHINOOK_DUMPS[request.param]))
        yield server, db
    finally:
        server.drop(db)


def test_chinook_row_counts(chinook: tuple[Server, str]) -> None:
    server, db = chinook
    expected = {chinook_name(server, table): rows for table, rows in CHINOOK_ROWS.items()}
    assert row_counts(server, db) == expected


def test_chinook_has_no_orphans(chinook: tuple[Server, str]) -> None:
    server, db = chinook
    fks = load_fks("chinook", server.tool)
    assert len(fks) == 11
    found = {(fk["child"], *fk["columns"]): orphans(server, db, fk) for fk in fks}
    assert found == dict.fromkeys(found, 0)


def test_orphans_finds_a_bad_child_row(chinook: tuple[Server, str]) -> None:
    server, db = chinook
    n = functools.partial(chinook_ident, server)
    fks = load_fks("chinook", server.tool)
    (album_artist,) = [fk for fk in fks if fk["child"] == chinook_name(server, "Album")]
    ph = server.placeholder
    with server.connect(db) as conn:
        cur = conn.cursor()
        cur.execute(FK_CHECKS_OFF[server.name])
        cur.execute(
            f"INSERT INTO {n('Album')} ({n('AlbumId')}, {n('Title')}, {n('ArtistId')}) VALUES ({ph}, {ph}, {ph})",
            (99999, "Orphaned Album", 99999),
        )
        cur.close()
    try:
        assert orphans(server, db, album_artist) == 1
        assert sum(orphans(server, db, fk) for fk in fks) == 1
    finally:
        server.query(db, f"DELETE FROM {n('Album')} WHERE {n('AlbumId')} = {ph}", (99999,))
    assert orphans(server, db, album_artist) == 0


def test_duplicates_finds_a_repeated_email(chinook: tuple[Server, str]) -> None:
    server, db = chinook
    n = functools.partial(chinook_ident, server)
    customer, email = chinook_name(server, "Customer"), chinook_name(server, "Email")
    assert {"table": customer, "column": email, "category": "email"} in load_pii("chinook", server.tool)
    assert duplicates(server, db, customer, email) == 0
    ph = server.placeholder
    ((first,),) = server.query(db, f"SELECT {n('Email')} FROM {n('Customer')} WHERE {n('CustomerId')} = 1")
    insert = (
        f"INSERT INTO {n('Customer')} ({n('CustomerId')}, {n('FirstName')}, {n('LastName')}, {n('Email')})"
        f" VALUES ({ph}, 'Dup', 'Licate', {ph})"
    )
    try:
        server.query(db, insert, (99998, first))
        assert duplicates(server, db, customer, email) == 1
        server.query(db, insert, (99999, first))
        assert duplicates(server, db, customer, [email]) == 1  # one value, three rows: one group
    finally:
        server.query(db, f"DELETE FROM {n('Customer')} WHERE {n('CustomerId')} > {ph}", (99997,))
    assert duplicates(server, db, customer, email) == 0


def test_checks_quote_awkward_names_and_skip_nulls(server: Server) -> None:
    """Spaces, a dash, a keyword, a schema (PostgreSQL); NULLs are neither orphans nor duplicates."""
    q = server.quote
    parent = "users"
    child = "crm.newsletter signups" if server.name == "postgresql" else "newsletter signups"
    users_rows = [("a@x", "111"), ("b@x", "222")]
    child_rows = [  # id, e-mail, phone
        (1, "a@x", "111"),
        (2, None, None),
        (3, "ghost@x", "111"),  # orphan of both FKs
        (4, "b@x", "222"),
        (5, "b@x", "999"),  # orphan of the composite FK only
        (6, "ghost@x", None),  # orphan of the e-mail FK; composite not checked (a NULL)
        (7, None, "222"),
    ]
    ph = server.placeholder
    db = server.fresh_database("awkward")
    try:
        if server.name == "postgresql":
            server.query(db, "CREATE SCHEMA crm")
        server.query(db, f"CREATE TABLE {q(parent)} ({q('email')} VARCHAR(40) PRIMARY KEY, {q('phone')} VARCHAR(20))")
        server.query(
            db,
            f"CREATE TABLE {server.table(child)} ({q('id')} INTEGER PRIMARY KEY,"
            f" {q('e-mail')} VARCHAR(40), {q('from')} VARCHAR(20))",
        )
        for row in users_rows:
            server.query(db, f"INSERT INTO {q(parent)} VALUES ({ph}, {ph})", row)
        for row in child_rows:
            server.query(db, f"INSERT INTO {server.table(child)} VALUES ({ph}, {ph}, {ph})", row)

        by_email = {"child": child, "columns": ["e-mail"], "parent": parent, "parent_columns": ["email"]}
        composite = {"child": child, "columns": ["e-mail", "from"], "parent": parent, "parent_columns": ["email", "phone"]}
        assert orphans(server, db, by_email) == 2
        assert orphans(server, db, composite) == 2
        assert duplicates(server, db, child, "e-mail") == 2  # b@x, ghost@x (two NULLs do not count)
        assert duplicates(server, db, child, "from") == 2  # 111, 222
        assert duplicates(server, db, child, ["e-mail", "from"]) == 0
        assert row_counts(server, db) == {parent: 2, child: 7}
    finally:
        server.drop(db)


def test_restore_failure_shows_the_client_error(server: Server) -> None:
    db = server.fresh_database("broken")
    try:
        with pytest.raises(AssertionError, match="no_such_table"):
            server.restore(db, b"SELECT 1;\nSELECT * FROM no_such_table;\n")
    finally:
        server.drop(db)


def test_mariadb_restores_in_strict_mode(mariadb: MariaDB) -> None:
    assert mariadb.query(None, "SELECT @@GLOBAL.sql_mode") == [(STRICT_SQL_MODE,)]
    db = mariadb.fresh_database("strict")
    try:
        with pytest.raises(AssertionError, match="Data too long"):
            mariadb.restore(db, b"CREATE TABLE t (c VARCHAR(2));\nINSERT INTO t VALUES ('abc');\n")
    finally:
        mariadb.drop(db)


def test_dropped_databases_are_gone(server: Server) -> None:
    db = server.fresh_database("gone")
    server.drop(db)
    with pytest.raises((pymysql.err.OperationalError, psycopg.OperationalError, sqlite3.OperationalError)):
        server.query(db, "SELECT 1")


def test_corpus_helpers() -> None:
    assert CORPUS.is_dir(), f"the corpus is expected at {CORPUS}"
    for tool, suffix in (("mysqldump", ".sql"), ("pg_dump", ".sql.xz"), ("sqlite3", ".sql")):
        paths = dumps(tool)
        assert paths and all(f".{tool}." in path.name for path in paths)
        assert any(path.name.endswith(suffix) for path in paths)
    (xz,) = [path for path in dumps("pg_dump") if path.name == "pagila.pg_dump.inserts.sql.xz"]
    data = dump_bytes(xz)
    assert data == lzma.decompress(xz.read_bytes())
    assert data.startswith(b"--\n-- PostgreSQL database dump\n")
    with pytest.raises(ValueError, match="unknown dump tool"):
        dumps("mariadb-dump")
