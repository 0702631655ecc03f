"""Forgetting on real servers: rows that leave the dump take every row referencing them along.

Each case scrubs a corpus dump with its pii.yml rules plus a `forget:` list (or a
`drop_rows:` condition) on a table that other tables reference, restores it, and
compares the restored row counts with an oracle: the transitive closure of the
forgotten rows over the dataset's fk.yml, computed here in Python from the restored
original. Then every foreign key and unique key of the scrubbed database is checked,
and the forgotten keys must be gone.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.checks import check_keys, read_schema
from support.corpus import CORPUS, load_fks
from support.databases import row_counts
from support.harnesses import harness_for
from support.roundtrip import Case, Harness, case_rules, rules_with, run_dumpscrub


@dataclass(frozen=True)
class Forget:
    dump: str  # corpus file
    table: str
    column: str
    every: int  # forget one key in this many (sorted), so that some rows of each child go
    case_insensitive: bool = False  # MariaDB compares the key with its column's collation


CASES = [
    Forget("sakila/sakila.mysqldump.default.sql", "customer", "customer_id", 25),
    Forget("sakila/sakila.sqlite3.dump.sql", "customer", "customer_id", 25),
    Forget("pagila/pagila.pg_dump.default.sql", "customer", "customer_id", 25),  # partitioned payments
    Forget("chinook/chinook.pg_dump.default.sql", "customer", "customer_id", 7),
    Forget("chinook/chinook.mysqldump.default.sql", "Customer", "CustomerId", 7),
    Forget("chinook/chinook.sqlite3.dump.sql", "Customer", "CustomerId", 7),
    # Keys that are e-mails, a self-reference (users.referred_by), and composite keys.
    Forget("edge/edge.mysqldump.default.sql", "users", "email", 9, case_insensitive=True),
    Forget("edge/edge.pg_dump.default.sql", "users", "email", 9),
    Forget("edge/edge.sqlite3.dump.sql", "users", "email", 9),
]


def fetch(h: Harness, db: str, table: str, columns: list[str]) -> list[tuple]:
    q = h.server.quote
    with h.server.connect(db) as conn, closing(conn.cursor()) as cur:
        cur.execute(f"SELECT {', '.join(q(c) for c in columns)} FROM {h.server.table(table)}")
        return [tuple(row) for row in cur.fetchall()]


def expected_losses(
    h: Harness, db: str, fks: list[dict], table: str, column: str, forgotten: list, fold: bool
) -> dict[str, int]:
    """Rows each table loses when the rows of `table` whose `column` is in `forgotten`
    leave: the closure over `fks`."""
    norm = (lambda v: v.casefold() if isinstance(v, str) else v) if fold else (lambda v: v)
    columns: dict[str, list[str]] = {}
    for fk in fks:
        columns.setdefault(fk["child"], []).extend(c for c in fk["columns"] if c not in columns[fk["child"]])
        columns.setdefault(fk["parent"], []).extend(
            c for c in fk["parent_columns"] if c not in columns[fk["parent"]]
        )
    rows = {t: fetch(h, db, t, cols) for t, cols in columns.items()}
    lost: dict[str, set[int]] = {t: set() for t in rows}
    position = columns[table].index(column)
    lost[table] = {i for i, row in enumerate(rows[table]) if row[position] in forgotten}
    changed = True
    while changed:
        changed = False
        for fk in fks:
            parent, child = fk["parent"], fk["child"]
            pidx = [columns[parent].index(c) for c in fk["parent_columns"]]
            cidx = [columns[child].index(c) for c in fk["columns"]]
            keys = {tuple(norm(rows[parent][i][k]) for k in pidx) for i in lost[parent]}
            for j, row in enumerate(rows[child]):
                key = tuple(row[k] for k in cidx)
                if j not in lost[child] and None not in key and tuple(map(norm, key)) in keys:
                    lost[child].add(j)
                    changed = True
    return {t: len(ix) for t, ix in lost.items() if ix}


@pytest.mark.parametrize("spec", CASES, ids=[c.dump.split("/")[1] for c in CASES])
def test_forgotten_rows_leave_with_every_row_that_references_them(
    spec: Forget, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    case = Case(CORPUS / spec.dump)
    h = harness_for(case.tool, request)
    original = case.path.read_bytes()
    fks = load_fks(case.dataset, case.tool)
    with h.restored(case, original, "fg_original") as (db, _):
        keys = sorted(fetch(h, db, spec.table, [spec.column]), key=lambda r: str(r[0]))[:: spec.every]
        forgotten = [k[0] for k in keys]
        assert any(fk["parent"] == spec.table and spec.column in fk["parent_columns"] for fk in fks)
        losses = expected_losses(h, db, fks, spec.table, spec.column, forgotten, spec.case_insensitive)
        before = row_counts(h.server, db)
        if case.tool == "pg_dump":  # a partitioned table counts its partitions' rows, checked one by one
            partitioned = h.server.query(db, "SELECT relname FROM pg_class WHERE relkind = 'p'")
            for (name,) in partitioned:
                before.pop(name, None)
    assert len(losses) >= 2, f"the case should cascade: {losses}"
    (tmp_path / "forgotten.txt").write_text("".join(f"{k}\n" for k in forgotten), encoding="utf-8")
    rules = rules_with(case, original, {spec.table: {"forget": {"column": spec.column, "file": "forgotten.txt"}}})
    scrubbed = run_dumpscrub(case.path, rules, tmp_path)
    with h.restored(case, scrubbed, "fg_scrubbed") as (db, _):
        after = row_counts(h.server, db)
        tables = read_schema(h, db, case_rules(case, original))
        problems = check_keys(h, db, case.dataset, tables)
        left = [k for (k,) in fetch(h, db, spec.table, [spec.column]) if k in forgotten]
    assert not problems, problems
    assert not left, f"{len(left)} forgotten keys are still in {spec.table}"
    wrong = {
        t: (before[t], after.get(t), before[t] - losses.get(t, 0))
        for t in before
        if after.get(t) != before[t] - losses.get(t, 0)
    }
    assert not wrong, f"table: (before, after, expected after): {wrong}"


def test_drop_rows_on_a_partitioned_table_reaches_its_partitions(postgres, request, tmp_path: Path) -> None:
    """pagila's payment is partitioned by month: its rule's condition judges the rows of
    every partition."""
    case = Case(CORPUS / "pagila" / "pagila.pg_dump.default.sql")
    h = harness_for(case.tool, request)
    original = case.path.read_bytes()
    condition = "amount > 7 OR customer_id = 1"
    with h.restored(case, original, "fg_original") as (db, _):
        before = row_counts(h.server, db)
        gone = h.server.query(db, f"SELECT COUNT(*) FROM payment WHERE {condition}")[0][0]
        by_partition = dict(h.server.query(
            db, f"SELECT tableoid::regclass::text, COUNT(*) FROM payment WHERE {condition} GROUP BY 1"
        ))
    assert gone and len(by_partition) >= 3
    rules = rules_with(case, original, {"payment": {"drop_rows": condition}})
    scrubbed = run_dumpscrub(case.path, rules, tmp_path)
    with h.restored(case, scrubbed, "fg_scrubbed") as (db, _):
        after = row_counts(h.server, db)
        left = h.server.query(db, f"SELECT COUNT(*) FROM payment WHERE {condition}")[0][0]
    assert left == 0
    assert after["payment"] == before["payment"] - gone
    for partition, n in by_partition.items():
        assert after[partition] == before[partition] - n, partition
