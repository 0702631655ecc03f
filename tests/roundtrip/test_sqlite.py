"""Round trips through SQLite: every sqlite3 .dump of the corpus, scrubbed by the CLI.

For each dump: build a rules file covering its pii.yml (support/pii_rules.py), run
`python -m dumpscrub` on it, restore the original and the scrubbed output each into
a fresh file with `sqlite3 -bail` (anything on stderr fails), and run the checks of
support/roundtrip.py, plus `PRAGMA integrity_check` and `PRAGMA foreign_key_check`
on the scrubbed database (.dump starts with PRAGMA foreign_keys=OFF, so the restore
did not check the keys for us).
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from support.checks import (
    assert_round_trip,
    check_counts,
    check_leaks,
    check_ruled,
    leak_candidates,
    scrub_and_restore,
)
from support.corpus import CORPUS, dump_bytes
from support.databases import SQLite
from support.harnesses import SQLiteHarness
from support.literals import sqlite_literals
from support.roundtrip import Case, case_rules, cases

CASES = cases("sqlite3")


@pytest.mark.parametrize("case", CASES, ids=[c.path.name for c in CASES])
def test_scrubbed_dump_restores_with_data_intact_and_no_personal_value_left(
    case: Case, sqlite: SQLite, tmp_path: Path
) -> None:
    assert_round_trip(SQLiteHarness(sqlite), case, tmp_path)


def test_the_checks_report_what_they_look_for(sqlite: SQLite, tmp_path: Path) -> None:
    """The SQLite-only parts can fail: the pragmas, and the forms of .dump literals."""
    case = Case(CORPUS / "edge" / "edge.sqlite3.dump.sql")
    original = dump_bytes(case.path)
    h = SQLiteHarness(sqlite)

    def spoil(db: str) -> None:
        with sqlite.connect(db) as conn, closing(conn.cursor()) as cur:
            cur.execute("DELETE FROM users WHERE email = (SELECT user_email FROM orders WHERE id = 1)")
            cur.execute("UPDATE crm_leads SET phone = '+1 555 0100' WHERE id = 1")  # its original

    rules = case_rules(case, original)
    scrubbed, tables, before, after, key_problems = scrub_and_restore(h, case, tmp_path, original, rules, spoil)
    assert check_counts(before, after) == ["users: 272 rows before, 271 after"]
    assert any(p.startswith("FK orders(user_email) -> users: ") for p in key_problems), key_problems
    assert any(p.startswith("PRAGMA foreign_key_check: orders -> users: ") for p in key_problems), key_problems
    assert "crm_leads.phone (phone): 1 of 30 values left unchanged" in check_ruled(before, after, tables)

    originals = leak_candidates(before, after, tables, rules)
    assert check_leaks(h, scrubbed, originals) == []
    assert check_leaks(h, original, originals)[-1] == f"… {len(originals)} values in all"
    assert sqlite_literals(b"INSERT INTO t VALUES(replace('a\\nb''c','\\n',char(10)));\n", {b"a\nb'c"})
    assert sqlite_literals(b"INSERT INTO t VALUES(X'0a0b');\n", {b"\n\x0b"}), "a BLOB"
    assert not sqlite_literals(b"INSERT INTO t VALUES('x''Alice Martin''');\n", {b"Alice Martin"})
