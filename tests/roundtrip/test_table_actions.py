"""Table actions on real servers: `drop` leaves a table out whole, `truncate` empties one
and takes the rows referencing it along; a table something still needs cannot be dropped."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support.corpus import CORPUS, load_fks
from support.databases import orphans, row_counts
from support.harnesses import harness_for
from support.roundtrip import Case, rules_with, run_dumpscrub

EDGE = ["edge/edge.mysqldump.default.sql", "edge/edge.pg_dump.default.sql", "edge/edge.sqlite3.dump.sql"]


@pytest.mark.parametrize("dump", EDGE, ids=[d.split("/")[1] for d in EDGE])
def test_dropped_tables_are_gone_and_truncated_ones_take_their_children_along(
    dump: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    case = Case(CORPUS / dump)
    h = harness_for(case.tool, request)
    original = case.path.read_bytes()
    rules = rules_with(case, original, {"kyc_checks": {"action": "drop"}, "orders": {"action": "truncate"}})
    with h.restored(case, original, "ta_original") as (db, _):
        before = row_counts(h.server, db)
    assert before["kyc_checks"] and before["orders"] and before["order_items"]
    scrubbed = run_dumpscrub(case.path, rules, tmp_path)
    # No statement, comment or index of it is left (pg_dump's sequence for its id stays:
    # it is created before anything says whose it is, and restores on its own).
    assert not re.search(rb"kyc_checks(?!_id_seq)", scrubbed)
    with h.restored(case, scrubbed, "ta_scrubbed") as (db, _):
        after = row_counts(h.server, db)
        problems = [
            f"{fk['child']} -> {fk['parent']}: {n} orphans"
            for fk in load_fks(case.dataset, case.tool)
            if "kyc_checks" not in (fk["child"], fk["parent"]) and (n := orphans(h.server, db, fk))
        ]
    assert "kyc_checks" not in after
    assert after["orders"] == 0
    assert after["order_items"] == 0  # every item references an order
    unchanged = {t: n for t, n in before.items() if t not in ("kyc_checks", "orders", "order_items")}
    assert {t: after[t] for t in unchanged} == unchanged
    assert not problems, problems


@pytest.mark.parametrize(
    "dump,table,needed_by",
    [
        ("edge/edge.pg_dump.default.sql", "users", "orders"),  # foreign keys (added after the data)
        ("edge/edge.sqlite3.dump.sql", "users", "orders"),
        ("edge/edge.mysqldump.default.sql", "audit_log", "trigger"),  # a trigger on orders writes it
    ],
)
def test_a_table_something_needs_cannot_be_dropped(dump: str, table: str, needed_by: str, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yml"
    rules.write_text(yaml.safe_dump({"version": 1, "tables": {table: "drop"}}))
    out = tmp_path / "out.sql"
    proc = subprocess.run(
        [sys.executable, "-m", "dumpscrub", str(CORPUS / dump), "-r", str(rules), "-o", str(out)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 2, proc.stderr
    assert f"{table}` is dropped" in proc.stderr and needed_by in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
