"""The PostgreSQL codecs round-trip any text, and the server reads what they write."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dumpscrub.dialects.postgres import CopyCodec, LiteralCodec, copy_escape, copy_unescape
from support.databases import PostgreSQL

copy = CopyCodec()
literal = LiteralCodec(standard_strings=True)
escaped_literal = LiteralCodec(standard_strings=False)

# Text as PostgreSQL stores it: any code point but NUL (text columns cannot hold it).
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
hostile = st.text(alphabet="\\'\"\t\n\r\b\f\v.N$;ab\u2028\U0001f600")


@given(texts | hostile)
def test_copy_fields_round_trip(value: str) -> None:
    field = copy.encode(value, b"x")
    assert b"\t" not in field and b"\n" not in field and b"\r" not in field
    assert field != b"\\N" and field != b"\\."
    assert copy.decode(field) == value


@given(st.binary())
def test_copy_escape_round_trips_any_bytes(data: bytes) -> None:
    assert copy_unescape(copy_escape(data)) == data


def test_copy_reads_every_escape_of_the_text_format() -> None:
    assert copy.decode(b"\\N") is None
    assert copy.decode(b"a\\tb\\nc\\rd\\be\\ff\\vg\\\\h\\101\\x42\\q") == "a\tb\nc\rd\be\ff\vg\\hABq"


@given(texts | hostile)
def test_literals_round_trip_in_every_form(value: str) -> None:
    for like in (b"'x'", b"E'x'", b"'x'::text", b"E'x'::character varying"):
        encoded = literal.encode(value, like)
        assert literal.decode(encoded) == value, like
        assert encoded.endswith(like[like.rfind(b"'") + 1 :])  # the cast stays
    assert escaped_literal.decode(escaped_literal.encode(value, b"'x'")) == value


def test_e_strings_decode_every_escape() -> None:
    assert literal.decode(b"E'a\\'b''c\\\\d\\n\\t\\101\\x42\\u00e9\\U0001F600'") == "a'b'c\\d\n\tABé\U0001f600"
    assert literal.decode(b"'C:\\dir\\n'") == "C:\\dir\\n"  # standard strings take backslashes literally
    assert literal.decode(b"NULL") is None
    assert literal.decode(b"-12.5") == "-12.5"


@settings(max_examples=25)
@given(st.lists(texts | hostile, min_size=1, max_size=20))
def test_postgres_reads_back_what_the_codecs_write(postgres: PostgreSQL, values: list[str]) -> None:
    with postgres.connect("postgres") as conn:
        for value in values:
            for like in (b"'x'", b"E'x'::text"):
                sql = b"SELECT " + literal.encode(value, like)
                (got,) = conn.execute(sql).fetchone()
                assert got == value, (value, sql)
        with conn.cursor() as cur:
            cur.execute("CREATE TEMPORARY TABLE copied (i int, v text)")
            with cur.copy("COPY copied (i, v) FROM STDIN") as block:
                block.write(b"".join(b"%d\t%s\n" % (i, copy.encode(v, b"")) for i, v in enumerate(values)))
            rows = cur.execute("SELECT v FROM copied ORDER BY i").fetchall()
            cur.execute("DROP TABLE copied")
    assert [r[0] for r in rows] == values


arrays = st.lists(st.none() | texts | hostile | st.just("NULL"), max_size=6)


@given(arrays | st.lists(st.lists(texts, min_size=2, max_size=2), min_size=1, max_size=3))
def test_array_text_round_trips(items: list) -> None:
    assert copy.split_array(copy.join_array(items)) == items


@settings(max_examples=25)
@given(arrays)
def test_postgres_reads_the_arrays_join_array_writes(postgres: PostgreSQL, items: list) -> None:
    text = copy.join_array(items)
    with postgres.connect("postgres") as conn:
        (got,) = conn.execute("SELECT %s::text[]", (text,)).fetchone()
        (back,) = conn.execute("SELECT %s::text[]::text", (text,)).fetchone()
    assert got == items
    assert copy.split_array(back) == items  # and what the server writes reads back the same
