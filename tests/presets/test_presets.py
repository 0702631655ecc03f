"""The bundled presets (src/dumpscrub/rules/presets/), each on the schema it was written for.

Application presets: the application's schema is created in a real server from its
DDL (schemas/, as the installer or migrations write it), filled with rows of
made-up people (preset_data.py), dumped by the real tool, scrubbed with a rules file
that is only `extends: [<preset>]`, and restored into a fresh database. Then:

* the scrub gave no warning (a preset's rules for absent tables and columns are silent);
* no personal value of any person is left anywhere in the scrubbed dump bytes (in any
  letter case), while
  each one checked is in the original dump (so the check can fail);
* every foreign key holds and no PRIMARY KEY or UNIQUE key has duplicates, read from
  the restored database's own catalog (mysqldump restores with the checks off);
* truncated tables are empty, drop_rows removed exactly its rows, other tables kept
  their row counts;
* columns the preset does not name are unchanged row by row, and so is a `when:`
  column in the rows its condition does not select;
* a person's value copied into several tables gets one fake in all of them.

Corpus presets: one dump per dump tool of each dataset goes through the round trip
of the corpus tests (support/checks.py: counts, fk.yml keys, unchanged columns,
changed ruled columns, same original same fake, no original left), and every
column its pii.yml lists is covered by a strategy that fits the column's type, the
same strategy on both sides of each foreign key. Only the default variant of each
tool runs here, to keep these tests under a minute: the other variants are read
by the same dialect readers, which tests/roundtrip runs over every corpus dump. The
employees dumps (173 and 143 MB) are too large: their coverage is checked on the
schema, and the round trip runs on a sample of the pg_dump (the first employees
and everything that references them).
"""

from __future__ import annotations

import functools
import lzma
import re
import subprocess
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import yaml

from dumpscrub import parse_rules
from dumpscrub.rules.load import PRESETS, presets
from preset_data import APPS, App, personal_values
from support.checks import NAME_CHANCE, round_trip
from support.corpus import CORPUS, dump_bytes, load_fks, load_pii
from support.databases import PG_SOCKET_DIR, Server, duplicates, orphans
from support.harnesses import MariaDBHarness, PostgresHarness, SQLiteHarness
from support.pii_rules import Choice, PiiRules, find_table, schema_tables
from support.roundtrip import Case
from support.scrubbing import scrub_bytes

DIALECT = {"mariadb": "mysql", "postgres": "postgres", "sqlite": "sqlite"}
CORPUS_PRESETS = ("sakila", "pagila", "chinook", "employees")
MIN_PERSONAL_VALUES = 25  # each application's rows hold at least this many distinct personal values


def preset_rules(name: str) -> str:
    return f"version: 1\nextends: [{name}]\n"


def preset_tables(name: str) -> dict[str, Any]:
    """The preset's `tables` mapping, as YAML gives it."""
    return yaml.safe_load((PRESETS / f"{name}.yml").read_text(encoding="utf-8"))["tables"]


def test_every_preset_file_is_listed_and_valid() -> None:
    assert set(presets()) == {a.preset for a in APPS} | set(CORPUS_PRESETS)
    for name in presets():
        rules = parse_rules(preset_rules(name), f"{name}-test.yml")
        assert rules.tables, name
        text = (PRESETS / f"{name}.yml").read_text(encoding="utf-8")
        assert text.startswith("# Preset: "), f"{name}.yml lacks its header comment"


# -- application presets ---------------------------------------------------------


def dump(server: Server, db: str) -> bytes:
    """The database as the real dump tool writes it, default options."""
    if server.name == "mariadb":
        cmd = ["mysqldump", f"--socket={server.socket}", "--user=root", db]
    elif server.name == "postgresql":
        cmd = ["pg_dump", "-h", PG_SOCKET_DIR, db]
    else:
        cmd = ["sqlite3", str(server.path(db)), ".dump"]
    return subprocess.run(cmd, capture_output=True, check=True).stdout


def fill(server: Server, db: str, app: App) -> None:
    server.restore(db, app.ddl())
    with server.connect(db) as conn, closing(conn.cursor()) as cur:
        for table, rows in app.rows().items():
            for row in rows:
                columns = ", ".join(server.quote(c) for c in row)
                marks = ", ".join([server.placeholder] * len(row))
                cur.execute(f"INSERT INTO {server.quote(table)} ({columns}) VALUES ({marks})", list(row.values()))


def catalog(server: Server, db: str) -> tuple[dict[str, list[str]], list[dict], list[tuple[str, tuple[str, ...]]]]:
    """(table -> primary key columns, foreign keys as fk.yml writes them, UNIQUE keys) of `db`."""
    primary: dict[str, list[str]] = {}
    fks: dict[tuple, dict] = {}
    unique: dict[tuple, list[str]] = {}
    if server.name == "mariadb":
        for table, index, column in server.query(
            None,
            "SELECT table_name, index_name, column_name FROM information_schema.statistics"
            " WHERE table_schema = %s AND non_unique = 0 ORDER BY table_name, index_name, seq_in_index",
            (db,),
        ):
            unique.setdefault((table, index), []).append(column)
        for name, table, column, parent, parent_column in server.query(
            None,
            "SELECT constraint_name, table_name, column_name, referenced_table_name, referenced_column_name"
            " FROM information_schema.key_column_usage WHERE table_schema = %s"
            " AND referenced_table_name IS NOT NULL ORDER BY constraint_name, ordinal_position",
            (db,),
        ):
            fk = fks.setdefault((table, name), {"child": table, "parent": parent, "columns": [], "parent_columns": []})
            fk["columns"].append(column)
            fk["parent_columns"].append(parent_column)
        primary = {table: cols for (table, index), cols in unique.items() if index == "PRIMARY"}
    elif server.name == "postgresql":
        for index, table, column, is_primary in server.query(
            db,
            "SELECT i.indexrelid::regclass::text, t.relname, a.attname, i.indisprimary FROM pg_index i"
            " JOIN pg_class t ON t.oid = i.indrelid"
            " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(col, n)"
            " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.col"
            " WHERE i.indisunique AND t.relnamespace = 'public'::regnamespace ORDER BY 1, k.n",
        ):
            unique.setdefault((table, index), []).append(column)
            if is_primary:
                primary.setdefault(table, []).append(column)
        for name, table, column, parent, parent_column in server.query(
            db,
            "SELECT c.conname, t.relname, a.attname, p.relname, pa.attname FROM pg_constraint c"
            " CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, pcol, n)"
            " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.col"
            " JOIN pg_class p ON p.oid = c.confrelid JOIN pg_attribute pa ON pa.attrelid = p.oid AND pa.attnum = k.pcol"
            " WHERE c.contype = 'f' AND t.relnamespace = 'public'::regnamespace ORDER BY c.conname, k.n",
        ):
            fk = fks.setdefault((table, name), {"child": table, "parent": parent, "columns": [], "parent_columns": []})
            fk["columns"].append(column)
            fk["parent_columns"].append(parent_column)
    else:
        for table in server.tables(db):
            q = server.quote(table)
            info = server.query(db, f"PRAGMA table_info({q})")
            primary[table] = [name for _, name, *_rest, pk in sorted(info, key=lambda r: r[5]) if pk]
            for _, name, is_unique, *_ in server.query(db, f"PRAGMA index_list({q})"):
                if is_unique:
                    unique[(table, name)] = [c for _, _, c in server.query(db, f"PRAGMA index_info({server.quote(name)})")]
            for fk_id, _, parent, column, parent_column, *_ in server.query(db, f"PRAGMA foreign_key_list({q})"):
                fk = fks.setdefault((table, fk_id), {"child": table, "parent": parent, "columns": [], "parent_columns": []})
                fk["columns"].append(column)
                fk["parent_columns"].append(parent_column)
    return primary, list(fks.values()), [(table, tuple(cols)) for (table, _), cols in unique.items()]


def rows_by_key(server: Server, db: str, table: str, key: list[str], columns: list[str], extra: str = "") -> dict:
    """{primary key values: the columns' values (and `extra`, an SQL expression, last)}."""
    wanted = [server.quote(c) for c in [*key, *columns]] + ([extra] if extra else [])
    found = server.query(db, f"SELECT {', '.join(wanted)} FROM {server.quote(table)}")
    return {tuple(r[: len(key)]): tuple(r[len(key) :]) for r in found}


def unchanged_problems(server: Server, source: str, scrubbed: str, app: App) -> list[str]:
    """Columns the preset does not name, and `when:` columns outside their condition, that changed."""
    rules = {name.casefold(): rule for name, rule in preset_tables(app.preset).items()}
    primary, _, _ = catalog(server, source)
    problems = []
    for table in server.tables(source):
        if table in app.emptied:
            continue
        rule = rules.get(table.casefold())
        columns_rules = (rule.get("columns") or {}) if isinstance(rule, dict) else {}
        ruled = {c.casefold(): spec for c, spec in columns_rules.items()}
        key = primary[table]
        all_columns = [name for (name,) in _column_names(server, source, table)]
        for column in all_columns:
            spec = ruled.get(column.casefold(), False)
            if spec is not False and not (isinstance(spec, dict) and "when" in spec):
                continue  # ruled in every row
            when = spec["when"] if isinstance(spec, dict) else "1 = 0"
            selected = f"CASE WHEN ({when}) THEN 1 ELSE 0 END"
            before = rows_by_key(server, source, table, key, [column], selected)
            after = rows_by_key(server, scrubbed, table, key, [column])
            changed = [k for k, (value, hit) in before.items() if not hit and k in after and after[k][0] != value]
            if changed:
                problems.append(f"{table}.{column}: {len(changed)} rows changed, e.g. key {changed[0]}")
    return problems


def _column_names(server: Server, db: str, table: str) -> list[tuple[str]]:
    if server.name == "sqlite":
        return [(r[1],) for r in server.query(db, f"PRAGMA table_info({server.quote(table)})")]
    schema = db if server.name == "mariadb" else "public"
    sql = (
        "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s"
        " ORDER BY ordinal_position"
    )
    return server.query(db if server.name == "postgresql" else None, sql, (schema, table))


def count(server: Server, db: str, table: str, where: str = "1 = 1") -> int:
    return int(server.query(db, f"SELECT COUNT(*) FROM {server.quote(table)} WHERE {where}")[0][0])


@pytest.mark.parametrize("app", APPS, ids=[a.id for a in APPS])
def test_application_preset_scrubs_its_schema(app: App, request: pytest.FixtureRequest) -> None:
    server: Server = request.getfixturevalue(app.server)
    source = server.fresh_database(f"preset_{app.preset}")
    scrubbed_db = server.fresh_database(f"preset_{app.preset}_scrubbed")
    try:
        fill(server, source, app)
        original = dump(server, source)
        scrubbed, warnings = scrub_bytes(original, preset_rules(app.preset), DIALECT[app.server])
        assert warnings == [], warnings
        server.restore(scrubbed_db, scrubbed)

        # Ignoring case: a name also leaks as part of a login, a domain or a file name.
        present = sorted(v for v in personal_values() if v.lower().encode("utf-8") in original.lower())
        assert len(present) >= MIN_PERSONAL_VALUES, f"only {len(present)} personal values in the original dump"
        left = [v for v in present if v.lower().encode("utf-8") in scrubbed.lower()]
        assert left == [], f"personal values left in the scrubbed dump: {left}"

        _, fks, unique = catalog(server, scrubbed_db)
        assert len(fks) == len(catalog(server, source)[1]), "the restore lost foreign keys"
        key_problems = [f"FK {fk['child']}({fk['columns']}) -> {fk['parent']}" for fk in fks if orphans(server, scrubbed_db, fk)]
        key_problems += [f"UNIQUE {t}{cols}" for t, cols in unique if duplicates(server, scrubbed_db, t, cols)]
        assert key_problems == []

        for table in server.tables(source):
            if table in app.emptied:
                expected = 0
            else:
                expected = count(server, source, table, app.kept_rows.get(table, "1 = 1"))
            assert count(server, scrubbed_db, table) == expected, table
        assert all(count(server, source, t) > 0 for t in app.emptied), "an emptied table had no rows to begin with"
        assert all(count(server, source, t) > count(server, source, t, w) for t, w in app.kept_rows.items())

        assert unchanged_problems(server, source, scrubbed_db, app) == []

        for query in app.same_fakes:
            rows = server.query(scrubbed_db, query)
            assert rows and all(len(set(row)) == 1 for row in rows), f"{query}: {rows[:3]}"
    finally:
        server.drop(source)
        server.drop(scrubbed_db)


# -- corpus presets --------------------------------------------------------------

CORPUS_CASES = (
    ("sakila", "sakila/sakila.mysqldump.default.sql", "mariadb"),
    ("sakila", "sakila/sakila.sqlite3.dump.sql", "sqlite"),
    ("pagila", "pagila/pagila.pg_dump.default.sql", "postgres"),
    ("chinook", "chinook/chinook.mysqldump.default.sql", "mariadb"),
    ("chinook", "chinook/chinook.pg_dump.default.sql", "postgres"),
    ("chinook", "chinook/chinook.sqlite3.dump.sql", "sqlite"),
)
BY_CHANCE = {"faker", "city", "country", "date"}
_LEFT = re.compile(r"\S+ \((?P<strategy>\w+)\): (?P<kept>\d+) of (?P<total>\d+) values left unchanged")
HARNESSES = {"mariadb": MariaDBHarness, "postgresql": PostgresHarness, "sqlite": SQLiteHarness}


def preset_choices(preset: str, tool: str, schema_dump: bytes) -> dict[tuple[str, str], Choice]:
    """What the preset does to each column the dump has, in the round-trip checks' terms."""
    tables = schema_tables(schema_dump, tool)
    choices = {}
    for table, rule in preset_tables(preset).items():
        tdef = find_table(tables, table)
        if tdef is None or not isinstance(rule, dict):
            continue
        for column, spec in (rule.get("columns") or {}).items():
            col = tdef.column(column)
            if col is None:
                continue  # the other engine's spelling (chinook)
            strategy = "null" if spec is None else spec if isinstance(spec, str) else spec["strategy"]
            value = spec.get("value") if isinstance(spec, dict) else None
            choices[(tdef.name.rsplit(".", 1)[-1], col.name)] = Choice(strategy, "preset", preset, value)
    return choices


def by_chance(problem: str) -> bool:
    """A ruled column's values left unchanged as rarely as chance explains: a pick from
    a list (a state, a city, a country) may be the original, and a date generalized to
    its year stays when it is already the 1st of January (at most 1 in NAME_CHANCE, as
    for names)."""
    m = _LEFT.fullmatch(problem)
    return m is not None and m["strategy"] in BY_CHANCE and int(m["kept"]) * NAME_CHANCE <= int(m["total"])


def corpus_round_trip(preset: str, case: Case, server: Server, tmp_path: Path, original: bytes) -> dict[str, list[str]]:
    rules = PiiRules(preset_rules(preset), preset_choices(preset, case.tool, original))
    assert rules.columns, f"the {preset} preset names no column of {case.path.name}"
    result = round_trip(HARNESSES[server.name](server), case, tmp_path, original, rules)
    found = {check: [p for p in problems if not by_chance(p)] for check, problems in result.problems.items()}
    return {check: problems for check, problems in found.items() if problems}


@pytest.mark.parametrize(("preset", "path", "server_name"), CORPUS_CASES, ids=[p for _, p, _ in CORPUS_CASES])
def test_corpus_preset_round_trip(
    preset: str, path: str, server_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    server = request.getfixturevalue(server_name)
    case = Case(CORPUS / path)
    assert corpus_round_trip(preset, case, server, tmp_path, dump_bytes(case.path)) == {}


@functools.cache
def employees_sample(first: int = 500) -> bytes:
    """The pg_dump of employees with the first `first` employees (and the department
    managers) and only the rows referencing them: every key still holds. Read once
    (143 MB), for the round trip and the coverage check."""
    path = CORPUS / "employees" / "employees-standin.pg_dump.default.sql.xz"
    kept: set[bytes] = set()
    out = []
    table = None
    with lzma.open(path) as dump_file:
        for line in dump_file:
            if table is None:
                if line.startswith(b"COPY public."):
                    table = line.split(b" ", 2)[1].removeprefix(b"public.")
                out.append(line)
                continue
            if line == b"\\.\n":
                table = None
                out.append(line)
                continue
            emp_no = line.split(b"\t", 1)[0]
            if table == b"dept_manager":
                kept.add(line.split(b"\t", 1)[0])
            elif table == b"employees" and int(emp_no) < 10001 + first:
                kept.add(emp_no)
            if table == b"departments" or emp_no in kept:
                out.append(line)
    return b"".join(out)


def test_employees_preset_round_trip_on_a_sample(postgres, tmp_path: Path) -> None:
    sample = employees_sample()
    folder = tmp_path / "employees"  # Case reads the dataset (fk.yml) from the folder's name
    folder.mkdir()
    path = folder / "employees.pg_dump.sample.sql"
    path.write_bytes(sample)
    problems = corpus_round_trip("employees", Case(path), postgres, tmp_path, sample)
    assert problems == {}


def corpus_schema(dataset: str, tool: str) -> bytes:
    """A dump of `dataset` by `tool` holding at least every CREATE TABLE."""
    paths = sorted((CORPUS / dataset).glob(f"*.{tool}.*"))
    if dataset != "employees":
        return dump_bytes(paths[0])
    if tool == "pg_dump":
        return employees_sample()
    # The big mysqldump without its rows (each on a line of its own, starting with "(").
    with lzma.open(paths[0]) as dump_file:
        return b"".join(line for line in dump_file if not line.startswith((b"INSERT INTO", b"(")))


@pytest.mark.parametrize("dataset", CORPUS_PRESETS)
def test_corpus_preset_covers_every_pii_column_with_a_fitting_strategy(dataset: str) -> None:
    rules = parse_rules(preset_rules(dataset), f"{dataset}-test.yml")
    pii = yaml.safe_load((CORPUS / dataset / "pii.yml").read_text(encoding="utf-8"))
    tools = [t for t in ("mysqldump", "pg_dump", "sqlite3") if t in pii]
    assert tools
    for tool in tools:
        tables = schema_tables(corpus_schema(dataset, tool), tool)
        missing, unfit = [], []
        for entry in load_pii(dataset, tool):
            table_rule = rules.table(entry["table"])
            rule = table_rule.column(entry["column"]) if table_rule is not None else None
            column = find_table(tables, entry["table"]).column(entry["column"])
            if rule is None:
                missing.append(f"{entry['table']}.{entry['column']}")
            elif (reason := rule.strategy.adapt(column).check(column)) is not None:
                unfit.append(f"{entry['table']}.{entry['column']}: {reason}")
        assert missing == [], f"{dataset} {tool}: pii.yml columns the preset does not cover"
        assert unfit == [], f"{dataset} {tool}"
        for fk in load_fks(dataset, tool):
            sides = []
            for table, columns in ((fk["child"], fk["columns"]), (fk["parent"], fk["parent_columns"])):
                table_rule = rules.table(table)
                found = [table_rule.column(c) if table_rule else None for c in columns]
                sides.append([r.strategy.key if r else None for r in found])
            assert sides[0] == sides[1], f"{dataset} {tool}: {fk['child']}{fk['columns']} -> {fk['parent']}"
