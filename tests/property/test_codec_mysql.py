"""The MySQL literal codec round-trips any text and any bytes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.dialects.mysql import MySQLCodec, escape, unescape

codec = MySQLCodec()
# Text as the engine sees it: any code point, and raw bytes smuggled as surrogates.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",))) | st.binary().map(
    lambda b: b.decode("utf-8", "surrogateescape")
)
hostile = st.text(alphabet="\\'\"\x00\n\r\x1a\t%_ab\u2028\U0001f600")


@given(texts | hostile)
def test_string_literal_round_trips(value: str) -> None:
    encoded = codec.encode(value, b"'x'")
    assert encoded.startswith(b"'") and encoded.endswith(b"'")
    assert codec.decode(encoded) == value


@given(st.binary())
def test_bytes_round_trip_in_every_form(data: bytes) -> None:
    value = data.decode("utf-8", "surrogateescape")
    for like in (b"'x'", b"_binary 'x'", b"0x00", b"X'00'"):
        assert codec.decode(codec.encode(value, like)) == value, like


@given(st.binary())
def test_escape_leaves_no_raw_specials(data: bytes) -> None:
    escaped = escape(data)
    assert b"\n" not in escaped and b"\r" not in escaped and b"\x00" not in escaped
    assert unescape(escaped) == data


def test_escapes_as_mysqldump_writes_them() -> None:
    assert codec.decode(rb"'O\'Brien \\ \"x\" \0\n\r\Z\t\b'") == "O'Brien \\ \"x\" \x00\n\r\x1a\t\x08"
    assert codec.encode("O'Brien\n", b"'x'") == rb"'O\'Brien\n'"


def test_like_escapes_keep_their_backslash() -> None:
    # MySQL manual, String Literals: \% and \_ keep the backslash outside LIKE.
    assert codec.decode(rb"'50\% \_'") == "50\\% \\_"


def test_doubled_quote_is_one_quote() -> None:
    assert codec.decode(b"'it''s'") == "it's"


def test_forms_are_kept() -> None:
    assert codec.encode("ab", b"_binary 'x'") == b"_binary 'ab'"
    assert codec.encode("ab", b"_utf8mb4'x'") == b"_utf8mb4'ab'"
    assert codec.encode("ab", b"0xFF") == b"0x6162"
    assert codec.encode("", b"0xFF") == b"''"
    assert codec.encode("ab", b"X'FF'") == b"X'6162'"
    assert codec.encode("12", b"7") == b"12"
    assert codec.encode("1a", b"7") == b"'1a'"
    assert codec.encode(None, b"'x'") == b"NULL"


def test_null_and_numbers() -> None:
    assert codec.decode(b"NULL") is None
    assert codec.decode(b"null") is None
    assert codec.decode(b"-12.5e3") == "-12.5e3"
    assert codec.decode(b"0x4142") == "AB"
    assert codec.decode(b"x'4142'") == "AB"


LITERALS = [b"'x'", b"'it''s'", b"'a\\nb'", b'"x"', b"_binary 'x'", b"_binary'\\0'", b"_utf8mb4'x'",
            b"0x41", b"0X4142", b"X'41'", b"x'4142'", b"12", b"-1.5e3", b"NULL", b"''", b"_binary ''"]


@given(texts, st.sampled_from(LITERALS), st.sampled_from(LITERALS))
def test_same_form_same_encoding(value: str, a: bytes, b: bytes) -> None:
    if codec.form(a) == codec.form(b):
        assert codec.encode(value, a) == codec.encode(value, b)


def test_blank_literals() -> None:
    blank = {b"NULL", b"null", b"''", b'""', b"_binary ''", b"X''"}
    for raw in LITERALS + [b"X''", b"null", b'""']:
        assert codec.is_blank(raw) == (raw in blank), raw
        assert codec.is_blank(raw) == (codec.decode(raw) in (None, "")), raw


def test_hex_literals_odd_and_invalid() -> None:
    from dumpscrub.errors import DumpSyntaxError

    assert codec.decode(b"0x414") == "\x04\x14"  # an odd count: a leading 0 is implied
    for raw in (b"0xZZ", b"X'4G'"):
        try:
            codec.decode(raw)
        except DumpSyntaxError as e:
            assert "hexadecimal" in e.message
        else:
            raise AssertionError(raw)
