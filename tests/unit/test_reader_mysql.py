"""The MySQL reader: statement and row boundaries as mysqldump and MariaDB write them."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dumpscrub.dialects.mysql import MySQL, MySQLCodec
from dumpscrub.errors import DumpSyntaxError
from dumpscrub.model import DataEnd, DataStart, Passthrough, Row, TableDDL
from dumpscrub.reader import Source
from support.scrubbing import scrub_bytes

CREATE = b"CREATE TABLE `t` (\n  `id` int(11) NOT NULL,\n  `email` varchar(100) DEFAULT NULL,\n  `note` text,\n  PRIMARY KEY (`id`)\n);\n"
RULES = "version: 1\ntables:\n  t:\n    columns:\n      email: email\n"
codec = MySQLCodec()


def events(data: bytes, targets=(1,), ncols=3, chunk_size=1 << 20):
    from dumpscrub.model import Action, Plan

    src = Source(io.BytesIO(data), "dump.sql", chunk_size=chunk_size)
    plan = Plan(Action.ROWS, ncols, targets)
    out = []
    for event in MySQL().read(src, lambda table, columns, where: plan):
        if type(event) is Row:
            pieces, _ = event
            lead, _, row = pieces[0].partition(b"(")
            out.append(("row", lead, b"(" + row + b"".join(pieces[1:]), [pieces[1 + 2 * t] for t in targets]))
        elif isinstance(event, Passthrough):
            out.append(("pass", event.raw))
        elif isinstance(event, DataStart):
            out.append(("start", event.table, event.header))
        elif isinstance(event, DataEnd):
            out.append(("end", event.trailer))
        elif isinstance(event, TableDDL):
            out.append(("ddl", event.name, event.raw))
    return out


def joined(evs) -> bytes:
    """Concatenate events back into bytes (what a rewriter without rules writes)."""
    parts = []
    for ev in evs:
        if ev[0] == "row":
            parts += [ev[1], ev[2]]
        elif ev[0] in ("pass", "end"):
            parts.append(ev[1])
        elif ev[0] == "start":
            parts.append(ev[2])
        elif ev[0] == "ddl":
            parts.append(ev[2])
    return b"".join(parts)


def test_mariadb_rows_one_per_line() -> None:
    data = CREATE + b"INSERT INTO `t` VALUES\n(1,'a@x.io','n'),\n(2,NULL,'it\\'s');\n"
    evs = events(data)
    rows = [e for e in evs if e[0] == "row"]
    assert [r[3] for r in rows] == [[b"'a@x.io'"], [b"NULL"]]
    assert rows[1][1] == b",\n"
    assert joined(evs) == data


def test_mysql_extended_insert_on_one_line() -> None:
    data = CREATE + b"INSERT INTO `t` VALUES (1,'a@x.io','n'),(2,'b@x.io','x);\\n(3,');\n"
    rows = [e for e in events(data) if e[0] == "row"]
    assert [r[3] for r in rows] == [[b"'a@x.io'"], [b"'b@x.io'"]]


def test_values_that_look_like_statement_ends() -> None:
    data = CREATE + b"INSERT INTO `t` VALUES (1,'a;b','\\');\\nINSERT INTO `t` VALUES (9,'x','y');'),(2,'c','d');\n"
    rows = [e for e in events(data) if e[0] == "row"]
    assert len(rows) == 2


def test_complete_insert_with_column_list() -> None:
    data = b"INSERT INTO `t` (`id`, `email`, `note`) VALUES (1,'a@x.io','n');\n"
    evs = events(data)
    assert evs[0] == ("start", "t", b"INSERT INTO `t` (`id`, `email`, `note`) VALUES")


@pytest.mark.parametrize("verb", [b"INSERT IGNORE INTO", b"REPLACE INTO", b"INSERT  INTO"])
def test_insert_variants(verb: bytes) -> None:
    data = verb + b" `t` VALUES (1,'a@x.io','n');\n"
    assert [e[3] for e in events(data) if e[0] == "row"] == [[b"'a@x.io'"]]


def test_introducers_and_hex_literals() -> None:
    data = b"INSERT INTO `t` VALUES (1,_binary 'a\\0b',0x4142),(2,X'41',_utf8mb4'\xc3\xa9');\n"
    rows = [e[3] for e in events(data, targets=(1, 2)) if e[0] == "row"]
    assert rows == [[b"_binary 'a\\0b'", b"0x4142"], [b"X'41'", b"_utf8mb4'\xc3\xa9'"]]


def test_expressions_in_untouched_columns() -> None:
    data = b"INSERT INTO `t` VALUES (1,'a@x.io',CONCAT('a', 'b'));\n"
    rows = [e[3] for e in events(data) if e[0] == "row"]
    assert rows == [[b"'a@x.io'"]]


def test_expression_in_a_rewritten_column_is_an_error() -> None:
    data = b"INSERT INTO `t` VALUES (1,CONCAT('a','@x.io'),'n');\n"
    with pytest.raises(DumpSyntaxError, match="expression"):
        events(data)


def test_wrong_value_count_is_an_error_with_location() -> None:
    data = CREATE + b"INSERT INTO `t` VALUES\n(1,'a@x.io','n'),\n(2,'b@x.io');\n"
    with pytest.raises(DumpSyntaxError) as err:
        events(data)
    assert "row has 2 values but table `t` has 3 columns" in err.value.message
    assert (err.value.location.line, err.value.location.col) == (9, 1)


def test_unterminated_row_is_an_error() -> None:
    with pytest.raises(DumpSyntaxError, match="unterminated row"):
        events(b"INSERT INTO `t` VALUES (1,'a@x.io','n\n")


def test_delimiter_blocks_and_conditional_comments() -> None:
    data = (
        b"/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump\n/*!40101 SET NAMES utf8mb4 */;\n"
        b"DELIMITER ;;\n/*!50003 CREATE*/ /*!50003 TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n"
        b"  INSERT INTO audit VALUES (1); SET @x = ';'; END */;;\nDELIMITER ;\n"
        b"INSERT INTO `t` VALUES (1,'a@x.io','n');\n"
    )
    evs = events(data)
    assert [e[3] for e in evs if e[0] == "row"] == [[b"'a@x.io'"]]
    trigger = [e for e in evs if e[0] == "pass" and b"TRIGGER" in e[1]]
    assert trigger and trigger[0][1].endswith(b"END */;;")


def test_create_table_is_learned() -> None:
    ddl = [e for e in events(CREATE) if e[0] == "ddl"]
    assert ddl[0][1] == "t"


def test_identifiers_with_backticks_spaces_and_schema() -> None:
    data = b"INSERT INTO `db`.`news``letter signups` VALUES (1,'a@x.io','n');\n"
    assert events(data)[0][1] == "db.news`letter signups"


corpus_like = st.lists(
    st.tuples(st.integers(0, 10**6), st.text(max_size=30) | st.none(), st.binary(max_size=20)),
    min_size=1,
    max_size=12,
)


def _dump(rows, one_line: bool) -> bytes:
    sep = b"," if one_line else b",\n"
    body = sep.join(
        b"(%d,%s,%s)" % (i, codec.encode(e, b"'x'"), codec.encode(n.decode("utf-8", "surrogateescape"), b"_binary 'x'"))
        for i, e, n in rows
    )
    return CREATE + b"INSERT INTO `t` VALUES " + (b"" if one_line else b"\n") + body + b";\n"


@settings(max_examples=60)
@given(corpus_like, st.booleans(), st.sampled_from([7, 64, 1000]))
def test_any_chunking_gives_the_same_output(rows, one_line, chunk_size) -> None:
    data = _dump(rows, one_line)
    whole, _ = scrub_bytes(data, RULES, "mysql")
    chunked, _ = scrub_bytes(data, RULES, "mysql", chunk_size=chunk_size)
    assert chunked == whole


@settings(max_examples=60)
@given(corpus_like, st.booleans())
def test_untouched_values_keep_their_bytes(rows, one_line) -> None:
    data = _dump(rows, one_line)
    out, _ = scrub_bytes(data, RULES, "mysql")
    before = [e for e in events(data, targets=(0, 1, 2)) if e[0] == "row"]
    after = [e for e in events(out, targets=(0, 1, 2)) if e[0] == "row"]
    assert len(before) == len(after)
    for (_, _, _, (id1, email1, note1)), (_, _, _, (id2, email2, note2)) in zip(before, after):
        assert (id1, note1) == (id2, note2)
        original = codec.decode(email1)
        assert (codec.decode(email2) in (None, "")) == (original in (None, ""))


@given(st.binary(max_size=300), st.lists(st.integers(0, 299), max_size=20), st.integers(0, 50))
def test_locations_in_any_order_count_lines_right(data: bytes, positions, keep: int) -> None:
    src = Source(io.BytesIO(data), "dump.sql", chunk_size=64)
    src.more(0)
    while src.more(0):
        pass
    keep = min(keep, len(src.buf))
    dropped = src.buf[:keep].count(b"\n")
    src.more(keep)  # drop a prefix, as the reader does, then locate
    for pos in positions:
        pos = min(pos, len(src.buf))
        assert src.location(pos).line == 1 + dropped + src.buf.count(b"\n", 0, pos)


def test_a_table_created_again_is_read_with_its_new_columns() -> None:
    # `mysqldump --databases a b`: two tables named `t`, with different columns.
    data = (
        b"USE `a`;\n" + CREATE + b"INSERT INTO `t` VALUES (1,'a@x.io','n');\n"
        b"USE `b`;\nCREATE TABLE `t` (`email` varchar(100), `id` int);\nINSERT INTO `t` VALUES ('b@x.io',2);\n"
    )
    out, _ = scrub_bytes(data, RULES, "mysql")
    assert b"a@x.io" not in out and b"b@x.io" not in out
    assert out.endswith(b",2);\n") and b"INSERT INTO `t` VALUES (1,'" in out


def test_insert_in_a_conditional_comment_is_refused_for_ruled_tables() -> None:
    hidden = b"/*!40000 INSERT INTO `t` VALUES (1,'a@x.io','n') */;\n"
    with pytest.raises(DumpSyntaxError, match="inside a /"):
        scrub_bytes(CREATE + hidden, RULES, "mysql")
    other = b"/*!40000 INSERT INTO `other` VALUES (1) */;\n"
    assert scrub_bytes(CREATE + other, RULES, "mysql")[0] == CREATE + other


@pytest.mark.parametrize(
    "ddl,expected",
    [
        (  # partitions: sqlglot stops at PARTITION BY
            "CREATE TABLE `events` (\n  `id` bigint(20) NOT NULL,\n  `email` varchar(100) DEFAULT NULL,\n"
            "  `created` date NOT NULL,\n  PRIMARY KEY (`id`,`created`)\n) ENGINE=InnoDB\n"
            " PARTITION BY RANGE (year(`created`))\n(PARTITION `p2022` VALUES LESS THAN (2023) ENGINE = InnoDB)",
            [("id", "integer", None, False), ("email", "text", 100, True), ("created", "temporal", None, False)],
        ),
        (  # MariaDB types and system versioning
            "CREATE TABLE `t` (\n  `ip` inet6 DEFAULT NULL,\n  `u` uuid NOT NULL,\n  `g` enum('a,b','c)') NOT NULL,\n"
            "  `j` longtext CHARACTER SET utf8mb4 DEFAULT NULL CHECK (json_valid(`j`)),\n  `p` point NOT NULL,\n"
            "  `a` int(11) DEFAULT NULL,\n  UNIQUE KEY `x` (`a`),\n  SPATIAL KEY `p` (`p`)\n) ENGINE=InnoDB WITH SYSTEM VERSIONING",
            [("ip", "inet", None, True), ("u", "uuid", None, False), ("g", "enum", None, False),
             ("j", "json", None, True), ("p", "other", None, False), ("a", "integer", None, True)],
        ),
    ],
)
def test_ddl_sqlglot_cannot_read_is_read_from_its_layout(ddl: str, expected) -> None:
    table = MySQL().parse_schema(ddl.encode())
    assert [(c.name, c.kind, c.length, c.nullable) for c in table.columns] == expected


def test_layout_reader_finds_keys_and_enum_values() -> None:
    table = MySQL().parse_schema(
        b"CREATE TABLE `t` (\n  `a` int(11) NOT NULL,\n  `g` enum('a,b','c)') DEFAULT NULL,\n  `n` inet6,\n"
        b"  PRIMARY KEY (`a`),\n  UNIQUE KEY `u` (`g`,`n`),\n"
        b"  CONSTRAINT `f` FOREIGN KEY (`g`) REFERENCES `p` (`x`) ON DELETE CASCADE\n) WITH SYSTEM VERSIONING"
    )
    assert table.unique_keys == (("a",), ("g", "n"))
    assert table.column("g").enum_values == ("a,b", "c)")
    assert [(fk.columns, fk.parent, fk.parent_columns) for fk in table.foreign_keys] == [(("g",), "p", ("x",))]


def test_ansi_quotes_dumps_name_tables_and_columns_in_double_quotes() -> None:
    # mysqldump --compatible=ansi: the header sets sql_mode ANSI, each trigger sets its
    # own mode and restores the saved one afterwards.
    data = (
        b"/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO,ANSI' */;\n"
        b'CREATE TABLE "t" (\n  "id" int(11) NOT NULL,\n  "e-mail" varchar(20) DEFAULT NULL,\n  PRIMARY KEY ("id")\n);\n'
        b"/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;\n"
        b"/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES' */ ;\n"
        b"/*!50003 SET sql_mode              = @saved_sql_mode */ ;\n"
        b'CREATE TABLE "u" (\n  "id" int(11) NOT NULL,\n  "note" varchar(20) DEFAULT NULL\n);\n'
        b"INSERT INTO \"t\" VALUES (1,'a@x.io'),(2,NULL);\n"
    )
    rules = 'version: 1\ntables:\n  t:\n    columns:\n      "e-mail": email\n  u:\n    columns:\n      note: null\n'
    out, warnings = scrub_bytes(data, rules, "mysql")
    assert warnings == []  # both CREATE TABLEs read: the saved ANSI mode came back after the trigger's
    assert b"a@x.io" not in out and b"(2,NULL);" in out
    fake = out.split(b"VALUES (1,'", 1)[1].split(b"'", 1)[0]
    assert len(fake) <= 20  # fitted to varchar(20): the double-quoted CREATE TABLE was read
