"""Posts that quote their users' emails and phones, with a JSON profile, through the
real dump programs of all three servers.

Each database (MariaDB with a JSON column, PostgreSQL with jsonb, SQLite with a
json_valid CHECK) is dumped by its own tool, scrubbed with users.email: email,
users.phone: phone, posts.body: scrub_text and posts.profile: json, and restored
with its constraints checked. Every email a post quotes must be its owner's fake in
users, every phone it quotes (written otherwise than in users) its owner's fake
phone, the profile's paths must hold the same fakes, and no original email or phone
may be left anywhere.
"""

from __future__ import annotations

import json
import re
import subprocess
from typing import Any

import pytest

from support.databases import PG_SOCKET_DIR, MariaDB, PostgreSQL, Server, SQLite, orphans
from support.scrubbing import scrub_bytes

USERS = [
    (1, "marie.dupont@gmail.com", "+33 6 12 34 56 78"),
    (2, "John.Smith@Example.COM", "+33 1 23 45 67 89"),
    (3, "zoe.obrien@mail.test", "07 98 76 54 32"),
]
# The numbers as posts and profiles write them (not as users.phone does).
WRITTEN = {1: "06 12 34 56 78", 2: "01.23.45.67.89", 3: "+33798765432"}
NATIONAL_DIGITS = {1: "612345678", 2: "123456789", 3: "798765432"}
POSTS = [
    (1, 1, "Écrivez-moi à marie.dupont@gmail.com ou au 06 12 34 56 78 !\nMerci.",
     {"name": "Marie Dupont", "contact": {"email": "marie.dupont@gmail.com", "phone": "06 12 34 56 78"}, "tags": ["vip"], "age": 42}),
    (2, 2, "Contact: John.Smith@Example.COM, tél. 01.23.45.67.89 (bureau). Commande #100234 du 15/01/2024.",
     {"name": "John Smith", "contact": {"email": "John.Smith@Example.COM", "phones": ["01.23.45.67.89", "+33 1 23 45 67 89"]}}),
    (3, 3, "Pas d'adresse ici : « des guillemets », un 'apostrophe' et un \\ antislash.",
     {"name": "Zoë O'Brien", "contact": {"email": "zoe.obrien@mail.test", "phone": "+33798765432"}, "note": 'it\'s "quoted"'}),
    (4, 1, "Deux fois : marie.dupont@gmail.com et zoe.obrien@mail.test (de Zoé, +33798765432).", None),
]
RULES = """\
version: 1
locale: fr_FR
tables:
  users:
    columns:
      email: email
      phone: phone
  posts:
    columns:
      body: scrub_text
      profile:
        strategy: json
        paths:
          $.name: name
          $.contact.email: email
          $..phone: phone
          $.contact.phones: phone
"""
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
FK = {"child": "posts", "columns": ["user_id"], "parent": "users", "parent_columns": ["id"]}

DDL = {
    "mariadb": [
        "CREATE TABLE users (id int PRIMARY KEY, email varchar(120) NOT NULL UNIQUE, phone varchar(30))",
        "CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL, body text NOT NULL, profile JSON,"
        " FOREIGN KEY (user_id) REFERENCES users (id))",
    ],
    "postgresql": [
        "CREATE TABLE users (id int PRIMARY KEY, email varchar(120) NOT NULL UNIQUE, phone varchar(30))",
        "CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users (id), body text NOT NULL,"
        " profile jsonb)",
    ],
    "sqlite": [
        "CREATE TABLE users (id integer PRIMARY KEY, email varchar(120) NOT NULL UNIQUE, phone varchar(30))",
        "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
        " body text NOT NULL, profile text CHECK (profile IS NULL OR json_valid(profile)))",
    ],
}


def fill(server: Server, db: str) -> None:
    p = server.placeholder
    with server.connect(db) as conn:
        cur = conn.cursor()
        for statement in DDL[server.name]:
            cur.execute(statement)
        cur.executemany(f"INSERT INTO users VALUES ({p}, {p}, {p})", USERS)
        cur.executemany(
            f"INSERT INTO posts VALUES ({p}, {p}, {p}, {p})",
            [(i, u, body, None if profile is None else json.dumps(profile, ensure_ascii=False)) for i, u, body, profile in POSTS],
        )
        cur.close()


def dump(server: Server, db: str) -> tuple[bytes, str]:
    if isinstance(server, MariaDB):
        cmd, dialect = ["mysqldump", f"--socket={server.socket}", "--user=root", db], "mysql"
    elif isinstance(server, PostgreSQL):
        cmd, dialect = ["pg_dump", "-h", PG_SOCKET_DIR, db], "postgres"
    else:
        cmd, dialect = ["sqlite3", str(server.path(db)), ".dump"], "sqlite"
    return subprocess.run(cmd, capture_output=True, check=True).stdout, dialect


def as_json(value: Any) -> Any:
    return value if value is None or isinstance(value, (dict, list)) else json.loads(value)


def round_trip(server: Server) -> tuple[dict[int, tuple[str, str]], dict[int, tuple[int, str, Any]], bytes]:
    """Fill, dump, scrub, restore; the restored users (id -> email, phone) and posts."""
    source = server.fresh_database("freetext_source")
    target = server.fresh_database("freetext_target")
    try:
        fill(server, source)
        original, dialect = dump(server, source)
        assert b"marie.dupont@gmail.com" in original  # the dump holds what the checks look for
        scrubbed, warnings = scrub_bytes(original, RULES, dialect)
        assert warnings == []
        server.restore(target, scrubbed)  # CHECK (json_valid), jsonb, NOT NULL, UNIQUE; pg_dump's keys
        assert orphans(server, target, FK) == 0
        if isinstance(server, SQLite):
            assert server.query(target, "PRAGMA foreign_key_check") == []
        users = {i: (email, phone) for i, email, phone in server.query(target, "SELECT id, email, phone FROM users")}
        posts = {i: (u, body, as_json(profile)) for i, u, body, profile in server.query(target, "SELECT * FROM posts")}
        return users, posts, scrubbed
    finally:
        server.drop(source)
        server.drop(target)


def check(users: dict[int, tuple[str, str]], posts: dict[int, tuple[int, str, Any]]) -> None:
    assert sorted(users) == [u[0] for u in USERS] and sorted(posts) == [p[0] for p in POSTS]
    owner = {email.casefold(): i for i, email, _ in USERS}
    for i, author, body, profile in POSTS:
        _, new_body, new_profile = posts[i]
        quoted = [owner[e.casefold()] for e in EMAIL.findall(body)]
        assert EMAIL.findall(new_body) == [users[u][0] for u in quoted], i
        for u, written in WRITTEN.items():
            if written in body:
                assert users[u][1] in new_body, (i, u)
        assert new_body.count("\n") == body.count("\n")
        if i == 2:
            assert "Commande #100234 du 15/01/2024" in new_body  # no phone, no card
        if profile is None:
            assert new_profile is None
            continue
        contact = new_profile["contact"]
        assert contact["email"] == users[author][0]
        phones = [contact["phone"]] if "phone" in contact else contact["phones"]
        assert phones == [users[author][1]] * len(phones)
        assert new_profile["name"] != profile["name"]
        assert {k: v for k, v in new_profile.items() if k not in ("name", "contact")} == {
            k: v for k, v in profile.items() if k not in ("name", "contact")
        }


def check_nothing_left(users: dict, posts: dict) -> None:
    values = [str(v) for row in users.values() for v in row]
    values += [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for row in posts.values() for v in row]
    for i, email, phone in USERS:
        for value in values:
            assert email.casefold() not in value.casefold(), (email, value)
            assert phone not in value and WRITTEN[i] not in value, (phone, value)
            assert NATIONAL_DIGITS[i] not in "".join(c for c in value if c.isdigit()), (phone, value)


@pytest.fixture(scope="module")
def results(mariadb: MariaDB, postgres: PostgreSQL, sqlite: SQLite) -> dict[str, tuple]:
    return {server.name: round_trip(server) for server in (mariadb, postgres, sqlite)}


@pytest.mark.parametrize("server", ["mariadb", "postgresql", "sqlite"])
def test_posts_quote_their_users_fakes_and_nothing_personal_is_left(results: dict, server: str) -> None:
    users, posts, _ = results[server]
    check(users, posts)
    check_nothing_left(users, posts)


def test_the_three_dump_programs_get_the_same_fakes(results: dict) -> None:
    users = [results[name][0] for name in ("mariadb", "postgresql", "sqlite")]
    assert users[0] == users[1] == users[2]
    bodies = [{i: body for i, (_, body, _) in results[name][1].items()} for name in ("mariadb", "postgresql", "sqlite")]
    assert bodies[0] == bodies[1] == bodies[2]
