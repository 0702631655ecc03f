"""Round trips through a real MariaDB: every mysqldump of the corpus, scrubbed by the CLI.

For each dump: build a rules file covering its pii.yml (support/pii_rules.py), run
`python -m dumpscrub` on it, restore the original into one fresh database and the
scrubbed output into another, and check (support/roundtrip.py, shared with the
PostgreSQL and SQLite round trips; support/harnesses.py knows MariaDB):

* dumpscrub exits 0 and says nothing about an error;
* both restores succeed, and the scrubbed one raises no warning the original does
  not (mysqldump's header sets SQL_MODE='NO_AUTO_VALUE_ON_ZERO' for its session,
  which overrides the server's strict global sql_mode; a warning is what strict
  mode would have turned into an error, e.g. a fake cut to the column's length);
* row counts are equal, table by table;
* every foreign key of fk.yml holds, and no PRIMARY KEY / UNIQUE key has duplicates
  (the dumps restore with FOREIGN_KEY_CHECKS=0 and UNIQUE_CHECKS=0, so the server
  did not check for us);
* columns without rules (and kept columns) are unchanged: an order-independent
  checksum per table and per column;
* ruled columns changed: NULL and '' stay as they are, "null" gives NULL,
  "constant" its value, a fake strategy changes every value (the name strategies
  pick from lists of common names, so a name may stay by chance: at most 1 in 50);
* equal originals get equal fakes in every table (same strategy, same column type);
* no original value of a ruled column is left in the scrubbed dump as a complete
  SQL literal.

The employees dump (173 MB, about a minute) runs too; DUMPSCRUB_SKIP_BIG=1 skips it on purpose.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from support.checks import assert_round_trip, assert_spoiled_edge_is_reported, check_warnings
from support.corpus import CORPUS
from support.databases import MariaDB
from support.harnesses import MariaDBHarness
from support.literals import mysql_literals
from support.roundtrip import Case, Snapshot, assert_schema_dump_unchanged, cases, schema_dumps

CASES = cases("mysqldump")
SCHEMA_DUMPS = schema_dumps("mysqldump")


@pytest.mark.parametrize("case", CASES, ids=[c.path.name for c in CASES])
def test_scrubbed_dump_restores_with_data_intact_and_no_personal_value_left(
    case: Case, mariadb: MariaDB, tmp_path: Path
) -> None:
    assert_round_trip(MariaDBHarness(mariadb), case, tmp_path)


def test_the_checks_report_what_they_look_for(mariadb: MariaDB, tmp_path: Path) -> None:
    """A check that cannot fail checks nothing: spoil a scrubbed edge database, and its dump, on purpose."""
    case = Case(CORPUS / "edge" / "edge.mysqldump.default.sql")
    h = MariaDBHarness(mariadb)

    def spoil(db: str) -> None:
        with mariadb.connect(db) as conn, closing(conn.cursor()) as cur:
            cur.execute("SET FOREIGN_KEY_CHECKS = 0")
            cur.execute("DELETE FROM audit_log WHERE id = 1")
            cur.execute("UPDATE companies SET name = 'Spoiled' WHERE id = 1")
            cur.execute("UPDATE orders SET user_email = 'nobody@invalid.example' WHERE id = 1")
            cur.execute("UPDATE orders SET ship_name = 'Someone Else' WHERE id = 2")
            cur.execute("ALTER TABLE crm_leads DROP INDEX email")
            cur.execute(  # lead 3 gets lead 2's fake e-mail
                "UPDATE crm_leads SET email = (SELECT e FROM (SELECT email AS e FROM crm_leads WHERE id = 2) AS x)"
                " WHERE id = 3"
            )
            cur.execute("UPDATE crm_leads SET phone = '+1 555 0100' WHERE id = 1")  # its original
            cur.execute("UPDATE crm_leads SET full_name = 'Rónán Smith' WHERE id = 1")  # its original
            cur.execute("UPDATE users SET bio = 'still here' WHERE bio IS NOT NULL LIMIT 1")

    result, _ = assert_spoiled_edge_is_reported(h, case, tmp_path, spoil)
    original = result.original
    assert len(mysql_literals(original, {b"O'Brien said \"hello\"", b"Alice Martin"})) == 2
    assert not mysql_literals(b"'x\\'Alice Martin\\''", {b"Alice Martin"}), "inside a longer literal is no leak"
    assert mysql_literals(b"(0x0A0B,'a')", {b"\n\x0b"}), "the --hex-blob form"

    db = mariadb.fresh_database("rt_warning")
    try:
        warned = h.restore(db, b"DO CAST('x1' AS SIGNED);\n")
    finally:
        mariadb.drop(db)
    assert warned == ["Warning (Code 1292): Truncated incorrect INTEGER value: 'x1'"]
    spoiled = Snapshot(result.after.counts, result.after.warnings + warned)
    assert check_warnings(result.before, spoiled) == [f"1 x {warned[0]}"]


@pytest.mark.parametrize("path", SCHEMA_DUMPS, ids=[p.name for p in SCHEMA_DUMPS])
def test_a_schema_only_dump_comes_out_byte_for_byte(path: Path, tmp_path: Path) -> None:
    assert_schema_dump_unchanged(path, tmp_path)
