"""A table left out with every statement the reader gave it: the dump still restores.

For each corpus dump, the tables nothing else needs (no foreign key of another table
in the dataset's fk.yml, no view or trigger naming them in ``uses``, not a partition
nor a partitioned table) are dropped the way the rewriter drops them: their
Passthrough events (``table``), their TableDDL and Constraint events and their data
(the planner says DROP) are left out. The rest is restored into a real server
(MariaDB, PostgreSQL with ON_ERROR_STOP, sqlite3 -bail), and:

* the restore succeeds;
* the dropped tables are not there, every other table is, with the row count the
  corpus verification recorded for it (shared/corpus/verification/restore-report.tsv);
* no statement left without a table names a dropped table (but functions and
  procedures, which the servers resolve when they run, not when they are created).

The employees dumps (140-170 MB) and pagila's --inserts/--column-inserts dumps (xz,
one INSERT per row, slow to restore) are left out: their statements other than data
are those of the other dumps of the same program, which run here.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess

import pytest
import yaml

from dumpscrub.dialects import get_dialect
from dumpscrub.model import DROP, PASS, Constraint, Partition, Passthrough, TableDDL
from dumpscrub.reader import Source
from support.corpus import CORPUS, dump_bytes
from support.databases import MariaDB, Server, SQLite, row_counts
from support.events import raw_of
from support.harnesses import COMPACT_INIT
from support.roundtrip import Case, cases

DIALECTS = {"mysqldump": "mysql", "pg_dump": "postgres", "sqlite3": "sqlite"}
CASES = [c for tool in DIALECTS for c in cases(tool) if c.path.suffix == ".sql"]
_OWN_DATABASE = {
    "mysql": re.compile(rb"(?<=`)corpus_\w+(?=`)"),  # CREATE DATABASE / USE of --databases
    "postgres": re.compile(rb"(?<=[ \n])corpus_\w+(?=[ ;\n])"),  # CREATE DATABASE / \connect of --create
}


def recorded_rows(case: Case) -> dict[str, int]:
    """Rows per table of the dump as the corpus verification restored it."""
    with (CORPUS / "verification" / "restore-report.tsv").open(encoding="utf-8") as fh:
        return {row["table"]: int(row["restored_rows"]) for row in csv.DictReader(fh, delimiter="\t") if row["file"] == case.path.name}


def short(name: str) -> str:
    """A dump's table name as fk.yml and Server.tables spell it (public. left out)."""
    return name[len("public.") :] if name.startswith("public.") else name


def events(data: bytes, dialect: str, dropped: frozenset[str] = frozenset()) -> list:
    planner = lambda table, columns, where: DROP if table in dropped else PASS  # noqa: E731
    return list(get_dialect(dialect).read(Source(io.BytesIO(data), "dump.sql"), planner))


def is_dropped(event, dropped: frozenset[str]) -> bool:
    """What the rewriter leaves out of a dropped table."""
    if isinstance(event, (Passthrough, Constraint, Partition)):
        return event.table in dropped
    if isinstance(event, TableDDL):
        return event.name in dropped
    return False


def droppable(case: Case, parts: list[list]) -> frozenset[str]:
    """The tables of the dump that nothing else needs (see the module docstring)."""
    tables = {e.name for evs in parts for e in evs if isinstance(e, TableDDL)}
    with (CORPUS / case.dataset / "fk.yml").open(encoding="utf-8") as fh:
        fks = yaml.safe_load(fh)[case.tool]
    needed = {fk["parent"].casefold() for fk in fks if fk["parent"] != fk["child"]}
    for evs in parts:
        for e in evs:
            if isinstance(e, Passthrough):
                needed.update(short(u).casefold() for u in e.uses)
            elif isinstance(e, Partition):
                needed.update({short(e.table).casefold(), short(e.parent).casefold()})
    return frozenset(t for t in tables if short(t).casefold() not in needed)


def left_out(data: bytes, dialect: str, dropped: frozenset[str]) -> tuple[bytes, list[bytes]]:
    """The dump without the dropped tables, and the statements kept without a table."""
    kept = [e for e in events(data, dialect, dropped) if not is_dropped(e, dropped)]
    untabled = [e.raw for e in kept if type(e) is Passthrough and e.table is None and e.raw.strip()]
    return b"".join(raw_of(e) for e in kept), untabled


def restore(server: Server, case: Case, scripts: list[bytes], db: str) -> None:
    dialect = DIALECTS[case.tool]
    for script in scripts:
        own = _OWN_DATABASE.get(dialect)
        if own is not None and own.search(script[: 1 << 20]) and case.variant in ("databases", "create"):
            # It creates and connects to its own database: give it ours instead.
            script = own.sub(db.encode("ascii"), script)
            if isinstance(server, MariaDB):
                server.drop(db)
                _restore(server, case, script, None)
            else:
                server.drop(db)
                server.restore("postgres", script)
            continue
        _restore(server, case, script, db)


def _restore(server: Server, case: Case, script: bytes, db: str | None) -> None:
    if isinstance(server, MariaDB):
        init = COMPACT_INIT if case.variant == "compact" else None
        if db is None:
            _mariadb_pipe(server, script, init)
        else:
            server.restore(db, script, init)
    else:
        server.restore(db, script)


def _mariadb_pipe(server: MariaDB, script: bytes, init: str | None) -> None:
    """A script that chooses its own database (USE): no database on the command line."""
    cmd = ["mariadb", f"--socket={server.socket}", "--user=root", "--default-character-set=utf8mb4"]
    if init is not None:
        cmd.append(f"--init-command={init}")
    proc = subprocess.run(cmd, input=script, capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[:2000]


ROUTINE = re.compile(rb"(?:/\*!\d+\s*)?CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER=\S+\s+)?(?:FUNCTION|PROCEDURE)\b", re.I)


def mentions(raw: bytes, table: str) -> bool:
    name = short(table).rsplit(".", 1)[-1].encode("utf-8", "surrogateescape")
    return re.search(rb"(?<![\w$])" + re.escape(name) + rb"(?![\w$])", raw, re.I) is not None


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Server:
    case: Case = request.node.callspec.params["case"]
    return request.getfixturevalue({"mysqldump": "mariadb", "pg_dump": "postgres", "sqlite3": "sqlite"}[case.tool])


@pytest.mark.parametrize("case", CASES, ids=[c.path.name for c in CASES])
def test_dropped_tables_leave_nothing_behind_and_the_rest_restores(case: Case, server: Server) -> None:
    dialect = DIALECTS[case.tool]
    data = dump_bytes(case.path)
    # A data-only dump is read after its schema, in one stream: pg_dump's setval of an
    # identity sequence says whose it is only through the schema's ALTER TABLE.
    sources = [case.schema.read_bytes() + data] if case.schema else [data]
    dropped = droppable(case, [events(s, dialect) for s in sources])
    if not dropped:
        # sakila and pagila: every table is a foreign key's parent, read by a view, written
        # by another table's trigger (film_text), or a partition; the edge and chinook dumps
        # of the same programs run this test.
        pytest.skip(f"every table of {case.path.name} is needed by a foreign key, a view, a trigger or a partition")

    scripts, untabled = [], []
    for source in sources:
        script, loose = left_out(source, dialect, dropped)
        scripts.append(script)
        untabled += loose
    for raw in untabled:
        if ROUTINE.match(raw):
            continue  # a function or procedure is resolved when called: it may name any table
        named = [t for t in dropped if mentions(raw, t)]
        assert not named, f"a statement kept without a table names {named}: {raw[:300]!r}"

    db = server.fresh_database("dropstmt")
    try:
        restore(server, case, scripts, db)
        counts = {short(t): n for t, n in row_counts(server, db).items()}
    finally:
        server.drop(db)
    expected = {short(t): n for t, n in recorded_rows(case).items() if short(t) not in {short(d) for d in dropped}}
    if isinstance(server, SQLite):
        counts.pop("sqlite_sequence", None)
        expected.pop("sqlite_sequence", None)
    assert not {short(d) for d in dropped} & set(counts), "a dropped table was restored"
    assert counts == expected
