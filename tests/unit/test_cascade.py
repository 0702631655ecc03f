"""Forgetting on small dumps: the rows that leave, whatever the order of the tables."""

from __future__ import annotations

import re
from pathlib import Path

from support.scrubbing import scrub_bytes

# Children before their parents (as mysqldump orders tables by name), a grandchild,
# a self-reference, a composite key, and a NULL key.
MYSQL = b"""CREATE TABLE `a_items` (`id` int NOT NULL, `order_id` int, PRIMARY KEY (`id`),
  CONSTRAINT `f1` FOREIGN KEY (`order_id`) REFERENCES `b_orders` (`id`));
INSERT INTO `a_items` VALUES (1,10),(2,11),(3,12),(4,NULL);
CREATE TABLE `b_orders` (`id` int NOT NULL, `email` varchar(50), `tenant` int, PRIMARY KEY (`id`),
  CONSTRAINT `f2` FOREIGN KEY (`email`) REFERENCES `c_users` (`email`));
INSERT INTO `b_orders` VALUES (10,'ZOE@X.IO',1),(11,'bob@x.io',1),(12,'eve@x.io',2);
CREATE TABLE `c_users` (`id` int NOT NULL, `email` varchar(50), `referred_by` varchar(50), `tenant` int,
  PRIMARY KEY (`id`), UNIQUE KEY `u` (`email`), UNIQUE KEY `t` (`tenant`,`id`),
  CONSTRAINT `f3` FOREIGN KEY (`referred_by`) REFERENCES `c_users` (`email`));
INSERT INTO `c_users` VALUES (1,'zoe@x.io',NULL,1),(2,'bob@x.io','zoe@x.io',1),(3,'eve@x.io','bob@x.io',2),(4,'ann@x.io',NULL,2);
CREATE TABLE `d_memberships` (`tenant` int, `user_id` int,
  CONSTRAINT `f4` FOREIGN KEY (`tenant`,`user_id`) REFERENCES `c_users` (`tenant`,`id`));
INSERT INTO `d_memberships` VALUES (1,1),(2,4),(2,3),(NULL,1);
"""


def ids(output: bytes, table: str) -> list[str]:
    m = re.search(rb"INSERT INTO `" + table.encode() + rb"` VALUES (.*);", output)
    return [row.split(",")[0] + ("," + row.split(",")[1] if table == "d_memberships" else "")
            for row in re.findall(r"\(([^)]*)\)", m.group(1).decode())] if m else []


def run(tmp_path: Path, forgotten: str, data: bytes = MYSQL, dialect: str = "mysql") -> bytes:
    (tmp_path / "gone.txt").write_text(forgotten)
    rules = f"version: 1\ntables:\n  c_users:\n    forget: {{column: email, file: {tmp_path / 'gone.txt'}}}\n"
    out, warnings = scrub_bytes(data, rules, dialect)
    assert not warnings
    return out


def test_a_forgotten_user_takes_every_referencing_row_along_in_any_table_order(tmp_path: Path) -> None:
    out = run(tmp_path, "zoe@x.io\n")
    # zoe leaves; bob was referred by zoe, eve by bob: the self-reference is transitive.
    assert ids(out, "c_users") == ["4"]
    # Orders of zoe (by MySQL's case-insensitive email), bob and eve; their items.
    assert ids(out, "b_orders") == []
    assert ids(out, "a_items") == ["4"]  # a NULL key references nothing
    # Composite key (tenant, user_id): the rows of users 1 and 3 leave, (2,4) stays, NULL stays.
    assert ids(out, "d_memberships") == ["2,4", "NULL,1"]


def test_mysql_keys_compare_ignoring_case_as_its_collations_do(tmp_path: Path) -> None:
    out = run(tmp_path, "ANN@X.IO\n")
    assert ids(out, "c_users") == ["1", "2", "3"]
    assert ids(out, "d_memberships") == ["1,1", "2,3", "NULL,1"]


def test_rows_that_leave_keep_the_statement_valid(tmp_path: Path) -> None:
    out = run(tmp_path, "ann@x.io\n")
    # The first rows of c_users stay, the last leaves: no dangling separator either way.
    assert b"INSERT INTO `c_users` VALUES (1,'zoe@x.io',NULL,1),(2,'bob@x.io','zoe@x.io',1),(3,'eve@x.io','bob@x.io',2);" in out
    out = run(tmp_path, "zoe@x.io\n")
    assert b"INSERT INTO `a_items` VALUES (4,NULL);" in out


def test_sqlite_keys_compare_exactly(tmp_path: Path) -> None:
    data = b"""PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE c_users (id INTEGER PRIMARY KEY, email TEXT UNIQUE);
INSERT INTO c_users VALUES(1,'zoe@x.io');
INSERT INTO c_users VALUES(2,'Zoe@x.io');
CREATE TABLE b_orders (id INTEGER PRIMARY KEY, email TEXT REFERENCES c_users(email));
INSERT INTO b_orders VALUES(10,'zoe@x.io');
INSERT INTO b_orders VALUES(11,'Zoe@x.io');
COMMIT;
"""
    out = run(tmp_path, "zoe@x.io\n", data, "sqlite")
    assert b"VALUES(1," not in out and b"VALUES(10," not in out
    assert b"INSERT INTO c_users VALUES(2,'Zoe@x.io');" in out and b"INSERT INTO b_orders VALUES(11,'Zoe@x.io');" in out


def test_a_kept_table_still_loses_the_rows_that_reference_rows_that_left(tmp_path: Path) -> None:
    data = b"""CREATE TABLE `users` (`id` int NOT NULL, PRIMARY KEY (`id`));
INSERT INTO `users` VALUES (1),(2);
CREATE TABLE `orders` (`id` int NOT NULL, `user_id` int, CONSTRAINT `f` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`));
INSERT INTO `orders` VALUES (10,1),(11,2);
"""
    (tmp_path / "gone.txt").write_text("\ufeff1\r\n")  # a byte-order mark and CRLF, as Windows tools write
    rules = f"version: 1\ntables:\n  users:\n    forget: {{column: id, file: {tmp_path / 'gone.txt'}}}\n  orders: keep\n"
    out, _ = scrub_bytes(data, rules, "mysql")
    assert b"INSERT INTO `users` VALUES (2);" in out
    assert b"INSERT INTO `orders` VALUES (11,2);" in out


def test_references_in_the_rules_name_tables_without_the_dumps_schema(tmp_path: Path) -> None:
    data = b"""SET standard_conforming_strings = on;
CREATE TABLE public.users (id integer NOT NULL, email text);
COPY public.users (id, email) FROM stdin;
1\ta@x.io
2\tb@x.io
\\.

CREATE TABLE public.orders (id integer NOT NULL, customer_email text);
COPY public.orders (id, customer_email) FROM stdin;
10\ta@x.io
11\tb@x.io
\\.
"""
    (tmp_path / "gone.txt").write_text("1\n")
    rules = (
        f"version: 1\ntables:\n  users:\n    forget: {{column: id, file: {tmp_path / 'gone.txt'}}}\n"
        "    columns:\n      email: email\n  orders:\n    references:\n      customer_email: users.email\n"
    )
    out, _ = scrub_bytes(data, rules, "postgres")
    assert b"\n10\t" not in out and b"\n1\t" not in out
    users = re.search(rb"COPY public.users .*?\n(.*?)\\\.", out, re.S).group(1)
    orders = re.search(rb"COPY public.orders .*?\n(.*?)\\\.", out, re.S).group(1)
    assert users.split(b"\t")[1] == orders.split(b"\t")[1]  # the reference is followed too


def test_a_key_without_columns_references_the_primary_key(tmp_path: Path) -> None:
    data = b"""PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users(id INTEGER PRIMARY KEY, deleted INT);
INSERT INTO users VALUES(1,1);
INSERT INTO users VALUES(2,0);
CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INT REFERENCES users, note TEXT);
INSERT INTO orders VALUES(10,1,'x');
INSERT INTO orders VALUES(11,2,'y');
COMMIT;
"""
    out, _ = scrub_bytes(data, 'version: 1\ntables:\n  users:\n    drop_rows: "deleted = 1"\n', "sqlite")
    assert b"VALUES(10," not in out and b"INSERT INTO orders VALUES(11,2,'y');" in out


def test_forget_keys_that_match_no_row_are_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").write_text("zoe@x.io\nnobody@x.io\nann@x.io\n")
    rules = (f"version: 1\ntables:\n  c_users:\n    drop_rows: \"id = 4\"\n"
             f"    forget: {{column: email, file: {tmp_path / 'gone.txt'}}}\n")
    _, warnings = scrub_bytes(MYSQL, rules, "mysql")
    # ann@x.io is user 4, whom drop_rows removes too: her key still counts as found.
    assert len(warnings) == 1 and "1 of the 3 keys of" in warnings[0] and "`c_users`.`email`" in warnings[0]
