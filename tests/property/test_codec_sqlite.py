"""The SQLite literal codec round-trips any text and any bytes, and SQLite reads back
what it writes (the python sqlite3 module, and the real sqlite3 shell)."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.dialects import sqlite as dialect
from dumpscrub.dialects.sqlite import SQLiteCodec

codec = SQLiteCodec()
VALUE = re.compile(dialect._VALUE, re.S)  # what the reader accepts as one value
# The markers sqlite3 and dumpscrub choose, and the characters they stand for.
PIECES = ["\\n", "\\012", "(\\n0)", "(\\n1)", "\\r", "\\015", "(\\r0)", "\\0", "\\000", "(\\00)",
          "\n", "\r", "\x00", "'", "''", "\\", "(", ")", "0", "a", "é", "\U0001f600"]
valid_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",))) | st.lists(st.sampled_from(PIECES)).map("".join)
any_text = valid_text | st.binary().map(lambda b: b.decode("utf-8", "surrogateescape"))
LIKES = (b"'x'", b"replace('a\\nb','\\n',char(10))", b"NULL", b"42")


@given(any_text)
def test_text_round_trips_in_every_string_form(value: str) -> None:
    for like in LIKES:
        encoded = codec.encode(value, like)
        assert VALUE.fullmatch(encoded), encoded
        assert codec.decode(encoded) == value
        assert codec.form(encoded) in (b"'", b"bare")


@given(valid_text)
def test_plain_strings_unless_a_line_break_or_nul(value: str) -> None:
    encoded = codec.encode(value, b"'x'")
    assert encoded.startswith(b"replace(") == any(c in value for c in "\n\r\x00")
    assert b"\n" not in encoded and b"\r" not in encoded and b"\x00" not in encoded


@given(st.binary())
def test_bytes_round_trip_as_blobs(data: bytes) -> None:
    value = data.decode("utf-8", "surrogateescape")
    encoded = codec.encode(value, b"X'00'")
    assert encoded == b"X'" + data.hex().encode() + b"'"
    assert codec.decode(encoded) == value
    assert codec.is_blank(encoded) == (data == b"")


@given(valid_text)
def test_sqlite_reads_back_the_text(value: str) -> None:
    literal = codec.encode(value, b"'x'").decode("utf-8")
    with sqlite3.connect(":memory:") as con:
        assert con.execute(f"SELECT {literal}").fetchone()[0] == value


@given(st.binary())
def test_sqlite_reads_back_the_blob(data: bytes) -> None:
    literal = codec.encode(data.decode("utf-8", "surrogateescape"), b"X''").decode("ascii")
    with sqlite3.connect(":memory:") as con:
        assert con.execute(f"SELECT {literal}").fetchone()[0] == data


HOSTILE = ["a\nb", "a\r\nb", "\\n\n", "\\n\\012\n", "\\n\\012(\\n0)\n", "\\r\\015\r\n", "it's\r", "\x00",
           "\\0\x00\n\r", "é\U0001f600\n'", "", "''\n''", "(\\n0)(\\r0)\r\n\r\n"]


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 shell is not installed")
def test_the_sqlite3_shell_reads_back_the_text() -> None:
    script = b"".join(b"SELECT hex(" + codec.encode(v, b"'x'") + b");\n" for v in HOSTILE)
    run = subprocess.run(["sqlite3", "-bail", ":memory:"], input=script, capture_output=True, check=True)
    assert run.stdout.decode().split("\n")[:-1] == [v.encode().hex().upper() for v in HOSTILE]


def test_decodes_what_sqlite3_writes() -> None:
    # Literals copied from `sqlite3 .dump` output (3.40), markers chosen by unused_string().
    assert codec.decode(b"replace(replace('a\\r\\nb','\\r',char(13)),'\\n',char(10))") == "a\r\nb"
    assert codec.decode(b"replace('\\n is\\012','(\\n0)',char(10))") == "\\n is\\012"
    assert codec.decode(b"replace('x(\\n0)','(\\n0)',char(10))") == "x\n"
    assert codec.decode(b"'O''Brien'") == "O'Brien"
    assert codec.decode(b"X'00FF'") == "\x00\udcff"
    assert codec.decode(b"NULL") is None and codec.decode(b"-1e999") == "-1e999"
