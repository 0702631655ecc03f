"""The SQLite reader: statements, rows and DDL as the sqlite3 shell's .dump writes them."""

from __future__ import annotations

import io

import pytest

from dumpscrub import model
from dumpscrub.dialects import detect
from dumpscrub.dialects.sqlite import SQLite, SQLiteCodec, parse_create_table
from dumpscrub.errors import DumpSyntaxError
from dumpscrub.model import PASS, Action, DataEnd, DataStart, Passthrough, Plan, Row, TableDDL
from dumpscrub.reader import Source
from support.scrubbing import scrub_bytes

HEAD = b"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
CREATE = b"CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  email TEXT,\n  note TEXT\n);\n"
RULES = "version: 1\ntables:\n  t:\n    columns:\n      email: email\n"
codec = SQLiteCodec()


def events(data: bytes, plan: Plan | None = None, chunk_size: int = 1 << 20) -> list:
    """The reader's events as tuples; rows give their ruled values (position 1)."""
    plan = plan or Plan(Action.ROWS, 3, (1,))
    src = Source(io.BytesIO(data), "dump.sql", chunk_size=chunk_size)
    seen = []
    out = []
    for event in SQLite().read(src, lambda table, columns, where: seen.append((table, columns)) or plan):
        if type(event) is Row:
            pieces, _ = event
            out.append(("row", b"".join(pieces), [pieces[1 + 2 * t] for t in plan.targets]))
        elif isinstance(event, Passthrough):
            out.append(("pass", event.raw))
        elif isinstance(event, DataStart):
            out.append(("start", event.table, event.header))
        elif isinstance(event, DataEnd):
            out.append(("end", event.trailer))
        elif isinstance(event, TableDDL):
            out.append(("ddl", event.name, event.raw))
    return out, seen


def joined(evs: list) -> bytes:
    return b"".join(ev[-1] if ev[0] in ("pass", "end", "ddl") else ev[1] if ev[0] == "row" else ev[2] for ev in evs)


def statements(evs: list) -> list[bytes]:
    return [ev[-1] for ev in evs if ev[0] in ("pass", "ddl") and ev[-1].strip()]


# -- statements ----------------------------------------------------------------


def test_trigger_with_semicolons_in_its_body_is_one_statement() -> None:
    trigger = (
        b"CREATE TRIGGER orders_ai AFTER INSERT ON orders\nBEGIN\n  -- a comment with ; inside\n"
        b"  INSERT INTO audit_log (a) VALUES ('x; y');\n  UPDATE t SET a = 1;\nEND\n;"
    )
    evs, _ = events(HEAD + trigger + b"\nCOMMIT;\n", PASS)
    assert trigger in statements(evs)
    assert statements(evs)[-1] == b"COMMIT;"


def test_case_end_inside_a_trigger_does_not_end_it() -> None:
    trigger = (
        b"CREATE TEMP TRIGGER tr BEFORE UPDATE ON t WHEN CASE WHEN new.a THEN 1 END = 1\nBEGIN\n"
        b"  UPDATE t SET b = CASE WHEN new.a > 0 THEN 'pos;' ELSE CASE new.a WHEN 0 THEN 'zero' END END;\n"
        b"  SELECT RAISE(ABORT, 'END;');\nEND;"
    )
    evs, _ = events(trigger + b"\nCREATE INDEX i ON t(a);\n", PASS)
    assert statements(evs) == [trigger, b"CREATE INDEX i ON t(a);"]


def test_header_statements_and_rollback_pass_through() -> None:
    data = HEAD + b"DELETE FROM sqlite_sequence;\nCREATE VIEW v AS SELECT ';' AS x;\nROLLBACK; -- due to errors\n"
    evs, _ = events(data, PASS)
    assert joined(evs) == data
    assert statements(evs) == [
        b"PRAGMA foreign_keys=OFF;", b"BEGIN TRANSACTION;", b"DELETE FROM sqlite_sequence;",
        b"CREATE VIEW v AS SELECT ';' AS x;", b"ROLLBACK;", b" -- due to errors\n",
    ]


def test_quoted_identifiers_hold_semicolons_and_quotes() -> None:
    data = b'CREATE TABLE "we;ird ""t""" ([a;b] TEXT, `c``d` TEXT, "e" TEXT);\n'
    evs, _ = events(data + b'INSERT INTO "we;ird ""t""" VALUES(1,\'x\',NULL);\n')
    assert evs[0] == ("ddl", 'we;ird "t"', data.rstrip(b"\n"))
    assert ("start", 'we;ird "t"', b'INSERT INTO "we;ird ""t""" VALUES') in evs
    assert ("row", b"(1,'x',NULL)", [b"'x'"]) in evs


def test_bracket_names_in_inserts() -> None:
    evs, seen = events(b"INSERT INTO [my table] VALUES(1,'a@b.c',2);\n")
    assert seen == [("my table", None)]
    assert evs[1] == ("row", b"(1,'a@b.c',2)", [b"'a@b.c'"])


def test_column_list_is_given_to_the_planner() -> None:
    _, seen = events(b'INSERT INTO t(id,"e mail",note) VALUES(1,\'a\',2);\n')
    assert seen == [("t", ("id", "e mail", "note"))]


def test_generated_columns_are_left_out_of_the_implicit_column_list() -> None:
    create = b"CREATE TABLE g(a TEXT, b TEXT GENERATED ALWAYS AS (upper(a)) VIRTUAL, c TEXT AS (a||'x'));\n"
    _, seen = events(create + b"INSERT INTO g VALUES('x');\n", Plan(Action.ROWS, 1, (0,)))
    assert seen == [("g", ("a",))]


def test_every_literal_form_is_one_value() -> None:
    row = (
        b"(1e999,-1.5e+10,NULL,'it''s; (x)',X'00ff27',"
        b"replace('a\\nb','\\n',char(10)),replace(replace('a\\r\\nb','\\r',char(13)),'\\n',char(10)),"
        b"replace('x\\n(\\n0)','(\\n0)',char(10)),'')"
    )
    evs, _ = events(b"INSERT INTO t VALUES" + row + b";\n", Plan(Action.ROWS, 9, tuple(range(9))))
    values = evs[1][2]
    assert evs[1][1] == row
    assert [codec.decode(v) for v in values] == [
        "1e999", "-1.5e+10", None, "it's; (x)", "\x00\udcff'", "a\nb", "a\r\nb", "x\\n\n", "",
    ]


def test_rows_of_untouched_tables_are_not_parsed() -> None:
    data = b"INSERT INTO t VALUES(1,'no end' -- not a comment;\n"
    evs, _ = events(data, PASS)
    assert evs == [("pass", data[:-1]), ("pass", b"\n")]


def test_truncated_table_rows_are_left_out() -> None:
    data = HEAD + CREATE + b"INSERT INTO t VALUES(1,'a','b');\nCOMMIT;\n"
    evs, _ = events(data, model.DROP)
    assert joined(evs) == HEAD + CREATE + b"COMMIT;\n"


# -- scrubbing ---------------------------------------------------------------------


def test_a_wrapped_value_is_rewritten_and_others_keep_their_bytes() -> None:
    data = HEAD + CREATE + (
        b"INSERT INTO t VALUES(1,replace('a@b.c\\nx','\\n',char(10)),replace('keep\\nme','\\n',char(10)));\n"
        b"INSERT INTO t VALUES(2,'z@y.x',X'00');\nCOMMIT;\n"
    )
    out, _ = scrub_bytes(data, RULES, "sqlite")
    lines = out.splitlines()
    assert lines[-3].endswith(b",replace('keep\\nme','\\n',char(10)));")
    assert lines[-2].startswith(b"INSERT INTO t VALUES(2,'") and lines[-2].endswith(b"',X'00');")
    assert b"a@b.c" not in out and b"z@y.x" not in out


@pytest.mark.parametrize("chunk_size", [*range(1, 65), 1 << 20])
def test_any_chunking_gives_the_same_output(chunk_size: int) -> None:
    data = HEAD + CREATE + (
        b"INSERT INTO t VALUES(1,'a@x.io','n; (x)');\n"
        b"INSERT INTO t VALUES(2,replace('b@x.io\\n','\\n',char(10)),replace(replace('a\\r\\nb','\\r',char(13)),'\\n',char(10)));\n"
        b"-- a comment; with 'quotes\n/* block; comment */\n"
        b"CREATE TABLE u(a, b);\nINSERT INTO u VALUES('a@x.io',X'0102');\n"
        b"CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET note = CASE WHEN 1 THEN 'a;' END; END;\n"
        b"INSERT INTO t VALUES(3,NULL,'');\nCOMMIT;\n"
    )
    expected, _ = scrub_bytes(data, RULES, "sqlite")
    assert scrub_bytes(data, RULES, "sqlite", chunk_size=chunk_size)[0] == expected
    nothing = "version: 1\ntables:\n  other:\n    columns:\n      x: email\n"
    assert scrub_bytes(data, nothing, "sqlite", chunk_size=chunk_size)[0] == data


# -- errors --------------------------------------------------------------------------


def test_unterminated_string_is_an_error_with_location() -> None:
    data = HEAD + CREATE + b"INSERT INTO t VALUES(1,'a@x.io','n);\n"
    with pytest.raises(DumpSyntaxError, match="unterminated string literal") as err:
        scrub_bytes(data, RULES, "sqlite")
    # The first pass (which learns the schema) finds it, at the statement's start.
    assert str(err.value.location) == "dump.sql:8:1"


def test_unterminated_string_in_a_statement_is_an_error_with_location() -> None:
    with pytest.raises(DumpSyntaxError, match="unterminated string literal") as err:
        scrub_bytes(HEAD + b"CREATE VIEW v AS SELECT 'x;\n", RULES, "sqlite")
    assert str(err.value.location) == "dump.sql:3:25"


def test_wrong_value_count_is_an_error_with_location() -> None:
    data = HEAD + CREATE + b"INSERT INTO t VALUES(1,'a@x.io','n');\nINSERT INTO t VALUES(2,'b@x.io');\n"
    with pytest.raises(DumpSyntaxError, match='row has 2 values but table "t" has 3 columns') as err:
        scrub_bytes(data, RULES, "sqlite")
    assert str(err.value.location) == "dump.sql:9:21"


def test_expression_where_a_value_is_rewritten_is_an_error() -> None:
    data = HEAD + CREATE + b"INSERT INTO t VALUES(1,lower('A@X.IO'),'n');\n"
    with pytest.raises(DumpSyntaxError, match="expression, not a literal") as err:
        scrub_bytes(data, RULES, "sqlite")
    assert str(err.value.location) == "dump.sql:8:24"
    # The same expression in a column without a rule passes.
    ok = HEAD + CREATE + b"INSERT INTO t VALUES(1,'a@x.io',lower('N'));\n"
    assert scrub_bytes(ok, RULES, "sqlite")[0].endswith(b",lower('N'));\n")


def test_insert_that_is_not_values_into_a_ruled_table_is_refused() -> None:
    data = HEAD + CREATE + b"INSERT INTO t SELECT * FROM u;\n"
    with pytest.raises(DumpSyntaxError, match='cannot read this INSERT statement into "t"') as err:
        scrub_bytes(data, RULES, "sqlite")
    assert str(err.value.location) == "dump.sql:8:1"


def test_unterminated_trigger_is_an_error() -> None:
    with pytest.raises(DumpSyntaxError, match="unterminated CREATE TRIGGER"):
        scrub_bytes(HEAD + b"CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;\n", RULES, "sqlite")


def test_odd_blob_in_a_value_to_rewrite_is_a_located_error() -> None:
    data = HEAD + CREATE + b"INSERT INTO t VALUES(1,X'abc','n');\n"
    with pytest.raises(DumpSyntaxError, match="invalid blob literal") as err:
        scrub_bytes(data, RULES, "sqlite")
    assert str(err.value.location) == "dump.sql:8:21"  # the row: the codec runs in the rewriter


# -- detection -------------------------------------------------------------------------


def test_detection_tells_sqlite_from_mysql() -> None:
    assert detect(HEAD + CREATE, "d").name == "sqlite"
    assert detect(b"CREATE TABLE t(a);\nINSERT INTO t VALUES(1);\n", "d").name == "sqlite"
    mysql = b"-- MySQL dump 10.19\n/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE `t` (\n  `a` int\n);\nINSERT INTO `t` VALUES (1);\n"
    assert detect(mysql, "d").name == "mysql"
    assert SQLite().sniff(mysql) == 0


# -- DDL ------------------------------------------------------------------------------


def test_untyped_and_quoted_columns() -> None:
    t = parse_create_table('CREATE TABLE t(a, b INTEGER, "c d", [e f] varchar(12) NOT NULL, `g` BLOB)')
    assert [(c.name, c.type, c.kind, c.length, c.nullable) for c in t.columns] == [
        ("a", "", model.UNKNOWN, None, True),
        ("b", "integer", model.INTEGER, None, True),
        ("c d", "", model.UNKNOWN, None, True),
        ("e f", "varchar", model.TEXT, 12, False),
        ("g", "blob", model.BINARY, None, True),
    ]


@pytest.mark.parametrize(
    "declared, kind",
    [
        ("INT", model.INTEGER), ("BIGINT UNSIGNED", model.INTEGER), ("POINT", model.INTEGER),
        ("NVARCHAR(10)", model.TEXT), ("CLOB", model.TEXT), ("BLOB SUB_TYPE TEXT", model.TEXT),
        ("BLOB", model.BINARY), ("REAL", model.NUMBER), ("DOUBLE PRECISION", model.NUMBER),
        ("DECIMAL(5,2)", model.NUMBER), ("DATETIME", model.TEMPORAL), ("BOOLEAN", model.BOOLEAN),
        ("JSON", model.JSON), ("ANY", model.UNKNOWN),
    ],
)
def test_kinds_follow_sqlite_type_affinity(declared: str, kind: str) -> None:
    assert parse_create_table(f"CREATE TABLE t(x {declared})").columns[0].kind == kind


def test_keys_constraints_strict_and_without_rowid() -> None:
    t = parse_create_table(
        "CREATE TABLE IF NOT EXISTS \"user phones\" (\n  user_email TEXT NOT NULL REFERENCES users (email) ON DELETE CASCADE,\n"
        "  phone TEXT NOT NULL UNIQUE, -- a comment, with (parens\n  kind TEXT DEFAULT ('mobile,x') CHECK (kind IN ('a', 'b')),\n"
        "  CONSTRAINT pk PRIMARY KEY (user_email, phone COLLATE nocase),\n"
        "  FOREIGN KEY (kind) REFERENCES kinds\n) WITHOUT ROWID, STRICT"
    )
    assert t.name == "user phones"
    assert [c.name for c in t.columns] == ["user_email", "phone", "kind"]
    assert t.unique_keys == (("user_email", "phone"), ("phone",))
    assert [(f.columns, f.parent, f.parent_columns) for f in t.foreign_keys] == [
        (("user_email",), "users", ("email",)),
        (("kind",), "kinds", ()),
    ]
    assert [c.nullable for c in t.columns] == [False, False, True]


def test_generated_and_json_valid_columns() -> None:
    t = parse_create_table(
        "CREATE TABLE u(email TEXT PRIMARY KEY, profile TEXT CHECK (profile IS NULL OR json_valid(profile)),"
        " extra TEXT, d TEXT GENERATED ALWAYS AS (substr(email, instr(email, '@') + 1)) VIRTUAL,"
        " s TEXT AS (upper(email)) STORED, CHECK (json_valid(extra)))"
    )
    kinds = {c.name: (c.kind, c.generated) for c in t.columns}
    assert kinds == {
        "email": (model.TEXT, False), "profile": (model.JSON, False), "extra": (model.JSON, False),
        "d": (model.TEXT, True), "s": (model.TEXT, True),
    }
    assert t.column("email").nullable is False


def test_create_table_as_select_has_no_definition() -> None:
    assert parse_create_table("CREATE TABLE t AS SELECT 1") is None
