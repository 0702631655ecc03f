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
FRAGMENTS = [
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
dumps = st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=12), max_size=30).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(dumps, st.sampled_from([16, 64, 1 << 20]))
def test_any_input_ends_cleanly(data: bytes, chunk_size: int) -> None:
    out = io.BytesIO()
    try:
        scrub(io.BytesIO(data), out, RULES, "mysql", b"k", name="fuzz.sql", chunk_size=chunk_size)
    except DumpscrubError as e:
        assert e.lines() and all("\n" not in line for line in e.lines())
