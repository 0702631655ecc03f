"""Which table each statement of a dump belongs to (Passthrough.table), and which tables it
uses (Passthrough.uses): on every corpus dump, and on the wrappers the dump programs write."""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.dialects import get_dialect
from dumpscrub.dialects.owners import Lead, Trail, Trivia, attribute, body_tables, query_tables
from dumpscrub.model import PASS, Constraint, Partition, Passthrough, TableDDL
from dumpscrub.reader import Source
from support.corpus import dump_bytes, dumps
from support.events import raw_of

DIALECTS = {"mysqldump": "mysql", "pg_dump": "postgres", "sqlite3": "sqlite"}
# employees is 140-170 MB: its statements are those of the other pg_dump/mysqldump files.
DUMPS = [p for tool in DIALECTS for p in dumps(tool) if not p.name.startswith("employees")]


def read(data: bytes, dialect: str, chunk_size: int = 1 << 20) -> list:
    src = Source(io.BytesIO(data), "dump.sql", chunk_size=chunk_size)
    return list(get_dialect(dialect).read(src, lambda table, columns, where: PASS))


def tool_of(path: Path) -> str:
    return path.name.split(".")[1]


def whole_statements(events: list) -> list:
    """The events, with the pieces of an untouched INSERT or COPY cut by the buffer joined."""
    out: list = []
    for event in events:
        previous = out[-1] if out else None
        if (
            type(event) is Passthrough and type(previous) is Passthrough and previous.table == event.table
            and event.table is not None and previous.raw.lstrip().upper().startswith((b"INSERT", b"REPLACE", b"COPY"))
            and not previous.raw.rstrip().endswith((b";", b"\\."))
        ):
            out[-1] = Passthrough(previous.raw + event.raw, event.table)
        else:
            out.append(event)
    return out


# Statements about one table, as each program writes them: each must carry a table.
ABOUT_ONE_TABLE = {
    "mysql": re.compile(
        rb"(?:/\*!\d+ )?(?:DROP TABLE IF EXISTS|LOCK TABLES|ALTER TABLE|/\*!\d+ CREATE\*/ /\*!\d+ DEFINER=\S+\*/ /\*!\d+ TRIGGER)"
        rb"|UNLOCK TABLES|\s*--\s+-- (?:Table structure|Dumping data) for table"
    ),
    "postgres": re.compile(
        rb"ALTER TABLE|CREATE (?:UNIQUE )?INDEX|CREATE TRIGGER|COMMENT ON (?:TABLE|COLUMN)|ALTER SEQUENCE \S+ OWNED BY"
        rb"|ALTER INDEX \S+ ATTACH PARTITION|GRANT \S+ ON TABLE|REVOKE \S+ ON TABLE|COPY |INSERT INTO"
        rb"|\s*--\s+-- (?:Data for )?Name: [^;]*; Type: (?:TABLE|TABLE DATA|INDEX|TRIGGER|COMMENT|DEFAULT|SEQUENCE OWNED BY);"
    ),
    "sqlite": re.compile(rb"CREATE (?:UNIQUE )?INDEX|CREATE TRIGGER|INSERT INTO"),
}


@pytest.mark.parametrize("path", DUMPS, ids=[p.name for p in DUMPS])
def test_every_statement_about_one_table_names_it(path: Path) -> None:
    data = dump_bytes(path)
    dialect = DIALECTS[tool_of(path)]
    events = read(data, dialect)
    assert b"".join(raw_of(e) for e in events) == data
    for event in whole_statements(events):
        if type(event) is not Passthrough or not event.raw.strip():
            continue
        raw, table = event.raw, event.table
        if table is not None:
            last = table.rsplit(".", 1)[-1].encode("utf-8", "surrogateescape")
            # Its own text names it, or it is a wrapper of a statement that does.
            # (pg_dump's header of an index, a trigger... goes with the statement after it.)
            wrapper = re.match(rb"(?:/\*!\d+ )?(?:SET |DELIMITER |UNLOCK TABLES)|\s*--\s+-- Name: ", raw)
            assert last in raw or wrapper or b"sqlite_sequence" in raw, (table, raw[:200])
        elif ABOUT_ONE_TABLE[dialect].match(raw):
            # Only the statements of something that is not a table carry none.
            assert re.search(
                rb"_seq\b|OWNER TO|\bVIEW\b|Type: (?:SEQUENCE|VIEW|MATERIALIZED VIEW)\b|Name: (?:PROCEDURE|FUNCTION|SCHEMA|TYPE|DOMAIN) ",
                raw,
            ), raw[:200]


SMALL = [p for p in DUMPS if p.suffix == ".sql" and p.stat().st_size < 1_200_000]


@pytest.mark.parametrize("path", SMALL, ids=[p.name for p in SMALL])
def test_a_small_buffer_changes_no_attribution(path: Path) -> None:
    data = dump_bytes(path)
    dialect = DIALECTS[tool_of(path)]

    def statements(chunk_size: int) -> list:
        """Runs of events of one kind, table and uses, joined (untouched data comes in
        as many pieces as the buffer makes)."""
        events = read(data, dialect, chunk_size)
        key = lambda e: (type(e).__name__, getattr(e, "table", None), getattr(e, "uses", ()))  # noqa: E731
        return [(k, b"".join(raw_of(e) for e in run)) for k, run in itertools.groupby(events, key)]

    assert statements(4096) == statements(1 << 20)


def tagged(events) -> list[tuple[str | None, bytes]]:
    return [(e.table, e.raw) for e in events if type(e) is Passthrough]


MYSQL_TRIGGER = b"""UNLOCK TABLES;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET character_set_client  = utf8mb4 */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_ALL_TABLES' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER orders_ai AFTER INSERT ON orders FOR EACH ROW
BEGIN
  INSERT INTO audit_log (actor_email, details) VALUES (NEW.user_email, TRIM(LEADING 'x' FROM NEW.note));
END */;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;

--
-- Dumping routines for database 'shop'
--
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = '' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `p` */;
DELIMITER ;;
CREATE DEFINER=`root`@`localhost` PROCEDURE `p`()
BEGIN SELECT 1; END ;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
"""


def test_mysqldump_trigger_wrapper_goes_with_the_trigger_and_a_routine_wrapper_with_nothing() -> None:
    events = read(MYSQL_TRIGGER, "mysql")
    pairs = tagged(events)
    trigger = next(e for e in events if type(e) is Passthrough and b"TRIGGER" in e.raw)
    assert trigger.table == "orders" and trigger.uses == ("audit_log",)
    start = next(i for i, (_, raw) in enumerate(pairs) if raw.startswith(b"/*!50003 SET @saved_cs_client"))
    end = next(i for i, (_, raw) in enumerate(pairs) if b"Dumping routines" in raw)
    assert {table for table, _ in pairs[start:end]} == {"orders"}
    assert {table for table, _ in pairs[end:]} == {None}


def test_a_delimiter_pair_whose_opening_went_elsewhere_is_not_dropped_half() -> None:
    """DELIMITER ;; with no saving SET before it stays; so must the DELIMITER ; after."""
    data = b"DELIMITER ;;\n/*!50003 CREATE*/ /*!50003 TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1 */;;\nDELIMITER ;\n"
    pairs = tagged(read(data, "mysql"))
    assert pairs[0] == (None, b"DELIMITER ;;\n")
    assert pairs[1][0] == "t"
    assert (None, b"DELIMITER ;\n") in pairs


def test_mysqldump_lock_and_keys_go_with_their_table_and_a_lock_of_two_with_none() -> None:
    data = (
        b"LOCK TABLES `a b` WRITE;\n/*!40000 ALTER TABLE `a b` DISABLE KEYS */;\nUNLOCK TABLES;\n"
        b"LOCK TABLES `c` WRITE, `d` READ;\nUNLOCK TABLES;\nCREATE INDEX i ON `e` (x);\nTRUNCATE TABLE `f`;\n"
    )
    statements = [(t, raw) for t, raw in tagged(read(data, "mysql")) if raw.strip()]
    assert [t for t, _ in statements] == ["a b", "a b", "a b", None, None, "e", "f"]


PG = b"""--
-- Name: t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.t (
    id bigint NOT NULL
);


ALTER TABLE public.t OWNER TO postgres;

--
-- Name: t_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.t_id_seq
);


--
-- Name: v; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v AS
 WITH recent AS (SELECT id FROM public.t) SELECT r.id FROM recent r JOIN public.u ON u.id = r.id;


--
-- Name: m; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.m AS
 SELECT count(*) AS n FROM public.t
  WITH NO DATA;


--
-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.t (id) FROM stdin;
1
\\.


--
-- Name: t_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.t_id_seq', 1, true);


--
-- Name: t_x; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX t_x ON ONLY public.t USING btree (id);
ALTER INDEX public.parent_x ATTACH PARTITION public.t_x;
COMMENT ON COLUMN public.t.id IS 'the id; ''quoted''';
GRANT SELECT ON TABLE public.t TO reader;
CREATE POLICY p ON public.t USING ((EXISTS ( SELECT 1 FROM public.w)));
CREATE RULE r AS ON DELETE TO public.t DO INSTEAD UPDATE public.z SET gone = true;
SECURITY LABEL FOR dummy ON COLUMN public.t.id IS 'secret';
CREATE STATISTICS s (dependencies) ON id, id2 FROM public.t;
ALTER PUBLICATION pub ADD TABLE ONLY public.t;
COMMENT ON PROCEDURE public.p() IS 'not a table';
"""


def test_pg_dump_statements_of_a_table_and_what_views_policies_and_rules_use() -> None:
    events = read(PG, "postgres")
    statements = [e for e in events if type(e) is Passthrough and e.raw.strip()]
    by_start = {e.raw.split(b"\n", 1)[0].strip(): e for e in statements}
    for head in (
        b"ALTER TABLE public.t OWNER TO postgres;",
        b"ALTER TABLE public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (",
        b"COPY public.t (id) FROM stdin;",
        b"SELECT pg_catalog.setval('public.t_id_seq', 1, true);",
        b"CREATE INDEX t_x ON ONLY public.t USING btree (id);",
        b"ALTER INDEX public.parent_x ATTACH PARTITION public.t_x;",
        b"COMMENT ON COLUMN public.t.id IS 'the id; ''quoted''';",
        b"GRANT SELECT ON TABLE public.t TO reader;",
        b"SECURITY LABEL FOR dummy ON COLUMN public.t.id IS 'secret';",
        b"CREATE STATISTICS s (dependencies) ON id, id2 FROM public.t;",
        b"ALTER PUBLICATION pub ADD TABLE ONLY public.t;",
    ):
        assert by_start[head].table == "public.t", head
    assert by_start[b"CREATE POLICY p ON public.t USING ((EXISTS ( SELECT 1 FROM public.w)));"].uses == ("public.w",)
    assert by_start[b"CREATE RULE r AS ON DELETE TO public.t DO INSTEAD UPDATE public.z SET gone = true;"].uses == ("public.z",)
    assert by_start[b"CREATE VIEW public.v AS"].table is None
    assert sorted(by_start[b"CREATE VIEW public.v AS"].uses) == ["public.t", "public.u"]
    assert by_start[b"CREATE MATERIALIZED VIEW public.m AS"].uses == ("public.t",)
    assert by_start[b"COMMENT ON PROCEDURE public.p() IS 'not a table';"].table is None
    headers = [e for e in statements if e.raw.lstrip().startswith(b"--")]
    assert [h.table for h in headers] == ["public.t", "public.t", None, None, "public.t", "public.t", "public.t"]


def test_pg_dump_header_of_dropped_data_still_names_its_table() -> None:
    data = PG[PG.index(b"--\n-- Data for") :]
    src = Source(io.BytesIO(data), "dump.sql")
    events = list(get_dialect("postgres").read(src, lambda table, columns, where: __import__("dumpscrub.model").model.DROP))
    assert tagged(events)[0] == ("public.t", b"--\n-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: postgres\n--\n\n")


def test_sqlite_catalog_rows_go_with_the_table_they_describe() -> None:
    data = (
        b"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE \"a b\"(id INTEGER PRIMARY KEY AUTOINCREMENT);\n"
        b"DELETE FROM sqlite_sequence;\nINSERT INTO sqlite_sequence VALUES('a b',3);\nINSERT INTO sqlite_sequence VALUES('c',4);\n"
        b"ANALYZE sqlite_schema;\nINSERT INTO sqlite_stat1 VALUES('c','c_i','10 1');\n"
        b"CREATE INDEX i ON \"a b\"(id);\nCREATE TRIGGER tr AFTER DELETE ON c BEGIN DELETE FROM \"a b\" WHERE id = OLD.id; END;\n"
        b"CREATE VIEW v AS SELECT * FROM \"a b\" JOIN c USING (id);\nCOMMIT;\n"
    )
    events = read(data, "sqlite")
    assert b"".join(raw_of(e) for e in events) == data
    statements = [(e.table, e.uses, e.raw) for e in events if type(e) is Passthrough and e.raw.strip()]
    assert [(t, u) for t, u, _ in statements] == [
        (None, ()), (None, ()), (None, ()), ("a b", ()), ("c", ()), (None, ()), ("c", ()), ("a b", ()),
        ("c", ("a b",)), (None, ("a b", "c")), (None, ()),
    ]


def test_body_tables_skips_from_inside_function_calls_and_distinct_from() -> None:
    body = "BEGIN UPDATE `x y`.t SET a = TRIM(LEADING 'a' FROM b) WHERE c IS DISTINCT FROM d; DELETE FROM u; SELECT * FROM v JOIN w ON 1; END"
    assert body_tables(body, "mysql") == ("x y.t", "u", "v", "w")
    assert body_tables("'unterminated", "mysql") == ()


def test_query_tables_leaves_out_ctes_and_gives_none_for_what_sqlglot_cannot_read() -> None:
    assert sorted(query_tables("CREATE VIEW v AS WITH c AS (SELECT 1 FROM a) SELECT * FROM c JOIN b ON TRUE", "postgres")) == ["a", "b"]
    assert query_tables("CREATE VIEW v AS SELECT FROM WHERE ((", "postgres") == ()


# -- the attribution of leads and trails, on any sequence of them -------------------

_PIECES = st.one_of(
    st.builds(Lead, st.sampled_from([b"SET @saved=@@x;", b"SET x=1;"]), st.booleans()),
    st.builds(Trail, st.sampled_from([b"SET x=@saved;", b"DELIMITER ;\n"])),
    st.builds(Trivia, st.sampled_from([b"\n", b"\n\n", b"\n-- note\n", b"-- x\n\n"])),
    st.builds(Passthrough, st.sampled_from([b"CREATE INDEX;", b"SELECT 1;"]), st.sampled_from([None, "a", "b"])),
    st.builds(lambda t: TableDDL(b"CREATE TABLE;", None, 1, t), st.sampled_from(["a", "b"])),
    st.builds(lambda t: Constraint(b"ALTER TABLE ADD;", t), st.sampled_from(["a", "b"])),
    st.builds(lambda t: Partition(b"ATTACH;", t, "p"), st.sampled_from(["a", "b"])),
)


@given(st.lists(_PIECES, max_size=40))
def test_attribution_keeps_every_byte_and_never_splits_a_wrapper(pieces) -> None:
    raws = [p.raw for p in pieces]
    out = list(attribute(iter(pieces), lambda comments: (None, b"note" in comments)))
    assert b"".join(e.raw for e in out) == b"".join(raws)
    assert all(type(e) in (Passthrough, TableDDL, Constraint, Partition) for e in out)
    # A trail goes with a table only when a lead before it did (never with a statement alone).
    leading = (b"SET @saved=@@x;", b"SET x=1;", b"-- note\n")
    for i, e in enumerate(out):
        if type(e) is Passthrough and e.raw in (b"SET x=@saved;", b"DELIMITER ;\n") and e.table is not None:
            assert any(type(o) is Passthrough and o.raw in leading and o.table == e.table for o in out[:i])
