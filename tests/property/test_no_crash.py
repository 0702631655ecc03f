"""Whatever bytes come in, a run ends with output or a DumpscrubError: never another exception."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from dumpscrub import parse_rules, scrub
from dumpscrub.errors import DumpscrubError

RULES = parse_rules(
    "version: 1\ntables:\n  t:\n    columns:\n      email: email\n      note: hash\n  s: truncate\n", "rules.yml"
)
MYSQL = [
    b"CREATE TABLE `t` (`id` int, `email` varchar(40), `note` text);\n",
    b"CREATE TABLE `t` (`email` varchar(3));\n",
    b"INSERT INTO `t` VALUES ",
    b"INSERT INTO `s` VALUES (1);\n",
    b"INSERT INTO `t` (`email`) VALUES ",
    b"(1,'a@b.io','x')",
    b"(2,NULL,_binary 'z')",
    b"(3,0x41,X'4142')",
    b"(4,0x4G,X'ABC')",
    b",",
    b";\n",
    b"'",
    b"\\",
    b"(",
    b")",
    b"DELIMITER ;;\n",
    b"DELIMITER ;\n",
    b"/*!40101 SET NAMES utf8mb4 */;\n",
    b"-- MySQL dump\n",
    b"/* unterminated",
    b"\n",
]
POSTGRES = [
    b"CREATE TABLE public.t (\n    id integer,\n    email character varying(40),\n    note text[]\n);\n",
    b"CREATE DOMAIN public.d AS varchar(3);\n",
    b"CREATE TABLE public.t (\n    email public.d\n);\n",
    b"COPY public.t (id, email, note) FROM stdin;\n",
    b"COPY public.s (x) FROM stdin;\n",
    b"1\ta@b.io\t{a,\"b c\",NULL}\n",
    b"2\t\\N\t\\N\n",
    b"\\.\n",
    b"\t",
    b"\\",
    b"INSERT INTO public.t VALUES ",
    b"(1, 'a@b.io', '{x}')",
    b"(2, E'a\\'b', NULL::text[])",
    b"$$",
    b"$x$",
    b"DO $$ BEGIN; END $$;\n",
    b"SET client_encoding = 'LATIN1';\n",
    b"SET standard_conforming_strings = off;\n",
    b"\\restrict k\n",
    b"'",
    b",",
    b";\n",
    b"\n",
]
SQLITE = [
    b"CREATE TABLE t(id, email VARCHAR(40), note);\n",
    b"CREATE TABLE s(x);\n",
    b"INSERT INTO t VALUES",
    b"INSERT INTO \"s\" VALUES(1);\n",
    b"(1,'a@b.io',X'4142')",
    b"(2,replace('a\\nb','\\n',char(10)),NULL)",
    b"replace(",
    b"CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; END;\n",
    b"BEGIN TRANSACTION;\n",
    b"'",
    b"[",
    b",",
    b";\n",
    b"\n",
]
FRAGMENTS = {"mysql": MYSQL, "postgres": POSTGRES, "sqlite": SQLITE}


def dumps(fragments: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.lists(st.sampled_from(fragments) | st.binary(max_size=12), max_size=30).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(FRAGMENTS)).flatmap(lambda d: st.tuples(st.just(d), dumps(FRAGMENTS[d]))), st.sampled_from([16, 64, 1 << 20]))
def test_any_input_ends_cleanly(case: tuple[str, bytes], chunk_size: int) -> None:
    dialect, data = case
    out = io.BytesIO()
    try:
        scrub(io.BytesIO(data), out, RULES, dialect, b"k", name="fuzz.sql", chunk_size=chunk_size)
    except DumpscrubError as e:
        assert e.lines() and all("\n" not in line for line in e.lines())
