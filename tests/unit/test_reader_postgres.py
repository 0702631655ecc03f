"""The PostgreSQL reader: pg_dump's COPY blocks, --inserts statements and everything between."""

from __future__ import annotations

import io
import re

import pytest

from dumpscrub.dialects.postgres import PostgreSQL
from dumpscrub.errors import DumpSyntaxError, RulesError
from dumpscrub.model import Action, Catalog, Constraint, DataEnd, DataStart, Partition, Passthrough, Plan, TableDDL
from dumpscrub.reader import Source
from support.scrubbing import scrub_bytes

HEADER = b"--\n-- PostgreSQL database dump\n--\n\n\\restrict abc123\n\nSET standard_conforming_strings = on;\n"
CREATE = b"CREATE TABLE public.t (\n    id integer NOT NULL,\n    email character varying(100),\n    note text\n);\n\n"
RULES = "version: 1\ntables:\n  t:\n    columns:\n      email: email\n"


def read(data: bytes, plan: Plan | None = None, chunk_size: int = 1 << 20) -> list:
    """The reader's events, rows as their value lists."""
    src = Source(io.BytesIO(data), "dump.sql", chunk_size=chunk_size)
    plan = plan or Plan(Action.ROWS, 3, (1,))
    seen = []
    for event in PostgreSQL().read(src, lambda table, columns, where: plan):
        if isinstance(event, tuple):
            pieces, _ = event
            seen.append(("row", pieces[1::2]))
        elif isinstance(event, TableDDL):
            seen.append(("ddl", event.name, event.table))
        elif isinstance(event, DataStart):
            seen.append(("start", event.table, event.header))
        elif isinstance(event, DataEnd):
            seen.append(("end", event.trailer))
        elif isinstance(event, (Constraint, Partition)):
            seen.append(("meta", event))
        else:
            assert isinstance(event, Passthrough)
            seen.append(("pass", event.raw))
    return seen


def test_copy_rows_are_split_field_by_field_and_end_at_the_marker() -> None:
    data = HEADER + CREATE + b"COPY public.t (id, email, note) FROM stdin;\n1\ta@x.io\t\\N\n2\t\\N\tline\\nbreak\\t\\\\\n\\.\n\nSELECT 1;\n"
    seen = read(data)
    assert ("start", "public.t", b"COPY public.t (id, email, note) FROM stdin;\n") in seen
    rows = [e[1] for e in seen if e[0] == "row"]
    assert rows == [[b"1", b"a@x.io", b"\\N"], [b"2", b"\\N", b"line\\nbreak\\t\\\\"]]
    assert ("end", b"\\.\n") in seen
    assert seen[-2:] == [("pass", b"SELECT 1;"), ("pass", b"\n")]


def test_a_value_that_reads_backslash_dot_is_not_the_end_of_the_data() -> None:
    data = b"COPY public.t (id, email, note) FROM stdin;\n1\t\\\\.\tx\n\\.\n"
    rows = [e[1] for e in read(data) if e[0] == "row"]
    assert rows == [[b"1", b"\\\\.", b"x"]]


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 5, 64, 1 << 20])
def test_output_does_not_depend_on_where_chunks_end(chunk_size: int) -> None:
    data = (
        HEADER + CREATE
        + b"COPY public.t (id, email, note) FROM stdin;\n1\ta@x.io\tn\n2\tb@y.org\t\\N\n\\.\n\n"
        + b"-- a comment; INSERT INTO public.t VALUES (9, 'kept@comment.io', 'n');\n"
        + b"COPY public.other (x) FROM stdin;\n\\.\n\nINSERT INTO public.t VALUES (3, 'c@z.net', 'it''s');\n"
        + b"CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'a;b'; $body$ LANGUAGE sql;\n"
    )
    whole, _ = scrub_bytes(data, RULES, "postgres")
    assert scrub_bytes(data, RULES, "postgres", chunk_size=chunk_size)[0] == whole
    assert b"a@x.io" not in whole and b"c@z.net" not in whole
    assert b"$body$ SELECT 'a;b'; $body$" in whole
    assert b"-- a comment; INSERT INTO public.t VALUES (9, 'kept@comment.io', 'n');\n" in whole


def test_untouched_copy_blocks_and_tables_pass_byte_for_byte() -> None:
    block = b"COPY public.other (id, secret) FROM stdin;\n1\t\\x00ff\n2\t\\N\n\\.\n"
    data = HEADER + block + b"\n\\unrestrict abc123\n"
    out, _ = scrub_bytes(data, RULES, "postgres", chunk_size=7)
    assert out == data


def test_an_empty_copy_block_of_a_ruled_table_is_kept() -> None:
    data = CREATE + b"COPY public.t (id, email, note) FROM stdin;\n\\.\n\n"
    assert scrub_bytes(data, RULES, "postgres")[0] == data


def test_semicolons_inside_dollar_quotes_strings_and_comments_do_not_end_statements() -> None:
    body = (
        b"CREATE FUNCTION public.f() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $_$\nBEGIN\n"
        b"  -- a comment; with $$ and a 'quote\n  INSERT INTO t VALUES ('x; y', $$z;$$);\n  RETURN NEW;\nEND;\n$_$;\n"
    )
    data = body + b"COMMENT ON TABLE public.t IS 'a; b ''c''';\nSELECT E'it\\'s; fine';\n"
    seen = read(data)
    assert seen == [
        ("pass", body[:-1]),
        ("pass", b"\n"),
        ("pass", b"COMMENT ON TABLE public.t IS 'a; b ''c''';"),
        ("pass", b"\n"),
        ("pass", b"SELECT E'it\\'s; fine';"),
        ("pass", b"\n"),
    ]


def test_inserts_with_rows_per_insert_and_quoted_identifiers() -> None:
    data = (
        b'CREATE TABLE public."newsletter signups" (\n    "e-mail" character varying(254) NOT NULL,\n    "Name" text\n);\n'
        b'INSERT INTO public."newsletter signups" VALUES\n\t(\'a@x.io\', \'Ann\'),\n\t(\'b@y.org\', NULL);\n'
        b'INSERT INTO public."newsletter signups" ("e-mail", "Name") VALUES (\'c@z.net\', \'O\'\'Neil\');\n'
    )
    rules = 'version: 1\ntables:\n  "newsletter signups":\n    columns:\n      "e-mail": email\n      Name: name\n'
    out, warnings = scrub_bytes(data, rules, "postgres")
    assert not warnings
    for original in (b"a@x.io", b"b@y.org", b"c@z.net", b"O''Neil", b"'Ann'"):
        assert original not in out
    assert out.count(b"INSERT INTO public.\"newsletter signups\"") == 2
    assert b"\t(" in out and b", NULL)" in out


def test_casts_and_e_strings_keep_their_form() -> None:
    data = CREATE + b"INSERT INTO public.t VALUES (1, E'a\\\\b@x.io'::character varying, 'n'::text);\n"
    out, _ = scrub_bytes(data, RULES, "postgres")
    row = out.split(b"VALUES (1, ", 1)[1]
    assert row.startswith(b"E'") and b"'::character varying, 'n'::text);" in row


def test_bare_floats_with_a_negative_exponent_are_values() -> None:
    # pg_dump --inserts writes float8 values bare: -1.5e-10, 2.5e+20, 'NaN'.
    create = b"CREATE TABLE public.m (\n    email text,\n    x double precision,\n    y real\n);\n"
    data = create + b"INSERT INTO public.m VALUES ('a@x.io', -1.5e-10, 2.5e+20), ('b@y.org', 1e-05, 'NaN');\n"
    rules = "version: 1\ntables:\n  m:\n    columns:\n      x: null\n      y: null\n"
    out, _ = scrub_bytes(data, rules, "postgres")
    assert b"('a@x.io', NULL, NULL)" in out and b"('b@y.org', NULL, NULL);" in out


def test_domains_and_enums_give_columns_their_base_kind() -> None:
    data = (
        b"CREATE DOMAIN public.email_address AS character varying(254)\n\tCONSTRAINT c CHECK ((VALUE)::text ~~ '%@%'::text);\n"
        b"CREATE TYPE public.gender AS ENUM (\n    'F',\n    'M'\n);\n"
        b"CREATE TABLE public.u (\n    email public.email_address NOT NULL,\n    gender public.gender\n)\nPARTITION BY LIST (gender);\n"
    )
    (ddl,) = [e for e in read(data) if e[0] == "ddl"]
    table = ddl[2]
    assert table.name == "public.u"
    email, gender = table.columns
    assert (email.kind, email.length, email.nullable) == ("text", 254, False)
    assert (gender.kind, gender.enum_values) == ("enum", ("F", "M"))


def test_a_copy_row_with_the_wrong_field_count_is_located() -> None:
    data = CREATE + b"COPY public.t (id, email, note) FROM stdin;\n1\ta@x.io\tn\n2\tb@y.org\n\\.\n"
    with pytest.raises(DumpSyntaxError) as err:
        scrub_bytes(data, RULES, "postgres")
    assert str(err.value.location) == "dump.sql:9:1"
    assert "COPY row has 2 fields but public.t has 3 columns" in err.value.message


def test_a_copy_block_without_its_end_marker_is_an_error() -> None:
    data = CREATE + b"COPY public.t (id, email, note) FROM stdin;\n1\ta@x.io\tn\n"
    with pytest.raises(DumpSyntaxError, match="no end marker"):
        scrub_bytes(data, RULES, "postgres")
    with pytest.raises(DumpSyntaxError, match="no end marker"):  # untouched tables too
        scrub_bytes(data, "version: 1\ntables:\n  other: truncate\n", "postgres")


def test_an_unterminated_dollar_quote_is_an_error() -> None:
    with pytest.raises(DumpSyntaxError, match="unterminated dollar-quoted string") as err:
        scrub_bytes(b"SELECT 1;\nDO $x$ BEGIN; END $y$;\n", RULES, "postgres")
    assert err.value.location.line == 2


def test_truncate_leaves_out_copy_blocks_and_inserts() -> None:
    data = CREATE + b"COPY public.t (id, email, note) FROM stdin;\n1\ta@x.io\tn\n\\.\n\nINSERT INTO public.t VALUES (2, 'b@y.org', 'n');\nSELECT 1;\n"
    out, _ = scrub_bytes(data, "version: 1\ntables:\n  t: truncate\n", "postgres")
    assert out == CREATE + b"\nSELECT 1;\n"


def test_copy_with_options_is_refused_for_a_ruled_table_and_copied_otherwise() -> None:
    block = b"COPY public.t (id, email, note) FROM stdin WITH (FORMAT csv);\n1,a@x.io,n\n\\.\n"
    with pytest.raises(DumpSyntaxError, match="cannot read this COPY statement into public.t"):
        scrub_bytes(CREATE + block, RULES, "postgres")
    untouched = block.replace(b"public.t", b"public.other")
    assert scrub_bytes(untouched, RULES, "postgres")[0] == untouched


@pytest.mark.parametrize(
    "declare",
    [
        b"CREATE TABLE public.t_2024 (\n    id integer,\n    email text,\n    note text\n);\n"
        b"ALTER TABLE ONLY public.t ATTACH PARTITION public.t_2024 FOR VALUES FROM (1) TO (100);\n",
        b"CREATE TABLE public.t_2024 PARTITION OF public.t FOR VALUES FROM (1) TO (100);\n",
        b"CREATE TABLE public.t_2024 (\n    id integer,\n    email text,\n    note text\n)\nINHERITS (public.t);\n",
    ],
    ids=["attach-partition", "partition-of", "inherits"],
)
def test_the_rules_of_a_partitioned_table_apply_to_its_partitions(declare: bytes) -> None:
    data = CREATE + declare + b"COPY public.t_2024 (id, email, note) FROM stdin;\n1\ta@x.io\tn\n\\.\n"
    out, _ = scrub_bytes(data, RULES, "postgres")
    assert out.startswith(CREATE + declare)
    assert b"a@x.io" not in out and b"\tn\n\\.\n" in out


def test_a_rule_on_a_generated_column_leaves_default_alone() -> None:
    create = (
        b"CREATE TABLE public.t (\n    id integer NOT NULL,\n    email text,\n"
        b"    domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED\n);\n"
    )
    rules = RULES + "      domain: {strategy: constant, value: example.org}\n"
    inserts = create + b"INSERT INTO public.t VALUES (1, 'a@x.io', DEFAULT);\n"  # pg_dump --inserts
    copy = create + b"COPY public.t (id, email) FROM stdin;\n1\ta@x.io\n\\.\n"  # COPY leaves it out
    for data in (inserts, copy):
        out, warnings = scrub_bytes(data, rules, "postgres")
        assert b"a@x.io" not in out and not warnings
        assert out.count(b"DEFAULT") == data.count(b"DEFAULT")
    mysql = b"CREATE TABLE `t` (\n  `email` text,\n  `domain` text GENERATED ALWAYS AS (substring_index(`email`,'@',-1)) VIRTUAL\n);\nINSERT INTO `t` VALUES ('a@x.io','x.io');\n"
    out, warnings = scrub_bytes(mysql, rules, "mysql")
    assert b"'x.io'" not in out and b"'example.org');" in out  # the value mysqldump wrote is scrubbed too


def test_a_text_strategy_on_an_array_column_fakes_each_element() -> None:
    create = b"CREATE TABLE public.t (\n    id integer NOT NULL,\n    email text,\n    aliases character varying(40)[]\n);\n"
    rules = RULES + "      aliases: email\n"
    copy = create + b'COPY public.t (id, email, aliases) FROM stdin;\n1\ta@x.io\t{a@x.io,"b c@y.org",NULL,""}\n2\t\\N\t{}\n\\.\n'
    inserts = create + b"INSERT INTO public.t VALUES (1, 'a@x.io', '{a@x.io,\"b c@y.org\",NULL,\"\"}'), (2, NULL, '{}');\n"
    fakes = []
    for data in (copy, inserts):
        out, warnings = scrub_bytes(data, rules, "postgres")
        assert not warnings and b"x.io" not in out and b"y.org" not in out
        row = out.split(b"1\t" if data is copy else b"(1, ", 1)[1]
        email, rest = re.split(rb"\t|, ", row, maxsplit=1)
        items = re.search(rb"\{[^}]*\}", rest).group().decode()
        assert items.startswith("{" + email.strip(b"'").decode() + ",")  # same fake as the email column
        assert items.endswith(',NULL,""}') and b"{}" in out
        fakes.append(items)
    assert fakes[0] == fakes[1]


def test_a_strategy_that_cannot_fill_an_element_is_refused_at_the_start() -> None:
    data = b"CREATE TABLE public.t (\n    id integer,\n    email text,\n    note text,\n    ids integer[]\n);\n"
    with pytest.raises(RulesError, match=r"`public.t`.`ids`: strategy 'email' cannot fill a column of type int \(the elements of int\[\]\)$"):
        scrub_bytes(data + b"COPY public.t (id, email, note, ids) FROM stdin;\n\\.\n", RULES + "      ids: email\n", "postgres")


def test_a_text_strategy_is_refused_on_a_composite_type_column() -> None:
    data = (
        b"CREATE TYPE public.postal AS (\n\tstreet text,\n\tcity text\n);\n"
        b"CREATE TABLE public.t (\n    id integer,\n    email public.postal,\n    note text\n);\n"
        b"COPY public.t (id, email, note) FROM stdin;\n1\t(\"1 Main St\",Springfield)\tn\n\\.\n"
    )
    with pytest.raises(RulesError, match="strategy 'email' cannot fill a column of type public.postal"):
        scrub_bytes(data, RULES, "postgres")
    out, _ = scrub_bytes(data, RULES.replace("email: email", "email: null"), "postgres")
    assert b"1\t\\N\tn\n" in out


def test_overriding_system_value_and_on_conflict_are_kept() -> None:
    # pg_dump --inserts for GENERATED ALWAYS identity columns, and --on-conflict-do-nothing.
    data = CREATE + (
        b"INSERT INTO public.t (id, email, note) OVERRIDING SYSTEM VALUE VALUES (1, 'a@x.io', 'n') ON CONFLICT DO NOTHING;\n"
    )
    out, _ = scrub_bytes(data, RULES, "postgres")
    assert b"a@x.io" not in out
    assert out.startswith(CREATE + b"INSERT INTO public.t (id, email, note) OVERRIDING SYSTEM VALUE VALUES (1, '")
    assert out.endswith(b"', 'n') ON CONFLICT DO NOTHING;\n")


def test_keys_added_after_the_data_are_learned_and_checked() -> None:
    data = CREATE + (
        b"COPY public.t (id, email, note) FROM stdin;\n1\ta@x.io\tAnn Lee\n\\.\n\n"
        b"ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n"
        b"ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_note_key UNIQUE (note);\n"
        b"ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_email_fkey FOREIGN KEY (email) REFERENCES public.u(email);\n"
    )
    keys = [e[1] for e in read(data, plan=Plan(Action.PASS)) if e[0] == "meta"]
    assert [(k.unique, k.primary, k.line) for k in keys] == [(("id",), True, 11), (("note",), False, 13), ((), False, 15)]
    out, warnings = scrub_bytes(data, RULES + "      note: name\n", "postgres")
    assert out.endswith(data[data.index(b"ALTER TABLE") :])
    assert warnings == [
        "rules.yml:6:7: `public.t`.`note` is part of a PRIMARY KEY or UNIQUE key (added after the data, at "
        "dump.sql:13: the restore fails on a duplicate), and strategy 'name' can give two rows the same value "
        "(use a collision-free strategy such as 'hash', 'email' or 'phone')"
    ]
    catalog = Catalog()
    catalog.add(PostgreSQL().parse_schema(CREATE.strip()))
    for key in keys:
        catalog.add_key(key)
    table = catalog.get("public.t")
    assert table.unique_keys == (("id",), ("note",))
    assert [(fk.columns, fk.parent, fk.parent_columns) for fk in table.foreign_keys] == [(("email",), "public.u", ("email",))]


def test_arrays_of_domains_enums_and_more_dimensions_know_their_elements() -> None:
    types = (
        b"CREATE TYPE public.gender AS ENUM (\n    'F',\n    'M'\n);\n"
        b"CREATE DOMAIN public.email_address AS character varying(254);\n"
    )
    create = (
        b"CREATE TABLE public.u (\n    a public.gender[],\n    b public.email_address[],\n"
        b"    c character varying(20)[][]\n);\n"
    )
    (ddl,) = [e for e in read(types + create) if e[0] == "ddl"]
    a, b, c = ddl[2].columns
    assert (a.kind, a.element) == ("array", "enum")
    assert (b.kind, b.element, b.length) == ("array", "text", 254)
    assert (c.kind, c.element, c.length, c.describe()) == ("array", "text", 20, "varchar(20)[][]")
    rules = "version: 1\ntables:\n  u:\n    columns:\n      a: first_name\n"
    with pytest.raises(RulesError, match=r"strategy 'first_name' cannot fill a column of type public.gender \(the elements of public.gender\[\]\)$"):
        scrub_bytes(types + create + b"COPY public.u (a, b, c) FROM stdin;\n\\.\n", rules, "postgres")


def test_copy_rows_with_crlf_line_ends_keep_them() -> None:
    data = CREATE + b"COPY public.t (id, note, email) FROM stdin;\r\n1\tn\ta@x.io\r\n2\tm\t\\N\r\n\\.\r\n"
    out, _ = scrub_bytes(data, RULES, "postgres")
    rows = out.split(b"FROM stdin;\r\n", 1)[1].split(b"\r\n")
    assert rows[0].startswith(b"1\tn\t") and b"a@x.io" not in rows[0]
    assert rows[0].endswith((b".com", b".org", b".net"))  # the fake, without the CR
    assert rows[1:] == [b"2\tm\t\\N", b"\\.", b""]


@pytest.mark.parametrize("chunk_size", [1, 3, 5, 1 << 20])
def test_untouched_copy_blocks_with_crlf_line_ends_are_found_and_kept(chunk_size: int) -> None:
    data = b"COPY public.other (x) FROM stdin;\r\n1\r\n\\.\r\nCOPY public.other (x) FROM stdin;\r\n\\.\r\nSELECT 1;\r\n"
    assert scrub_bytes(data, RULES, "postgres", chunk_size=chunk_size)[0] == data
    assert scrub_bytes(data + b"COPY public.x (x) FROM stdin;\r\n\\.", RULES, "postgres", chunk_size=chunk_size)[0].endswith(b"\\.")
