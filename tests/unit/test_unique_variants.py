"""A unique column holding two spellings of one original (the same phone number written
two ways, an email whose domain differs in case) gets two fakes: the restore would
fail on a duplicate otherwise. Other columns keep the fake of the first spelling."""

from __future__ import annotations

import re

from support.scrubbing import scrub_bytes

DUMP = b"""SET standard_conforming_strings = on;
CREATE TABLE public.users (id integer NOT NULL, email text NOT NULL, phone text);
COPY public.users (id, email, phone) FROM stdin;
1\tZoe@Example.COM\t+1 202 555 0143
2\tZoe@example.com\t(202) 555-0143
3\tbob@x.io\t\\N
\\.

CREATE TABLE public.posts (id integer NOT NULL, email text, phone text);
COPY public.posts (id, email, phone) FROM stdin;
1\tZoe@example.com\t202.555.0143
\\.

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_phone_key UNIQUE (phone);
"""
RULES = """version: 1
locale: en_US
tables:
  users: {columns: {email: email, phone: phone}}
  posts: {columns: {email: email, phone: phone}}
"""


def rows(out: bytes, table: str) -> list[list[str]]:
    block = re.search(rb"COPY public\." + table.encode() + rb" .*?\n(.*?)\\\.\n", out, re.S).group(1)
    return [line.split("\t") for line in block.decode().splitlines()]


def test_two_spellings_in_a_unique_column_get_two_fakes() -> None:
    out, warnings = scrub_bytes(DUMP, RULES, "postgres")
    assert not warnings
    users, posts = rows(out, "users"), rows(out, "posts")
    assert users[0][1] != users[1][1] and users[0][2] != users[1][2]  # keys added after the data hold
    assert users[1][1].endswith(("example.com", "example.org", "example.net"))
    # A column without a unique key keeps the first spelling's fake (the number matches
    # whatever its layout, the domain whatever its case).
    assert posts[0][1] == users[0][1] and posts[0][2] == users[0][2]


def test_a_key_and_its_copies_are_faked_to_fit_the_shortest_of_them() -> None:
    data = b"""CREATE TABLE `users` (`id` int NOT NULL, `email` varchar(255), PRIMARY KEY (`id`), UNIQUE KEY `e` (`email`));
INSERT INTO `users` VALUES (1,'ab@x.io'),(2,'christopher.montgomery-smith@corp.example');
CREATE TABLE `orders` (`id` int NOT NULL, `email` varchar(20), CONSTRAINT `f` FOREIGN KEY (`email`) REFERENCES `users` (`email`));
INSERT INTO `orders` VALUES (10,'ab@x.io'),(11,'christopher.montgomery-smith@corp.example');
"""
    out, _ = scrub_bytes(data, "version: 1\ntables:\n  users:\n    columns:\n      email: email\n", "mysql")
    users = re.findall(rb"\((\d+),'([^']*)'\)", re.search(rb"INSERT INTO `users` VALUES (.*);", out).group(1))
    orders = re.findall(rb"\((\d+),'([^']*)'\)", re.search(rb"INSERT INTO `orders` VALUES (.*);", out).group(1))
    assert [e for _, e in users] == [e for _, e in orders]
    assert all(len(e) <= 20 for _, e in users)
