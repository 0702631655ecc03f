"""Round trips through a real PostgreSQL: every pg_dump of the corpus, scrubbed by the CLI.

For each dump: build a rules file covering its pii.yml (support/pii_rules.py), run
`python -m dumpscrub` on it, restore the original into one fresh database and the
scrubbed output into another with `psql -X -v ON_ERROR_STOP=1` (a data-only dump on
its schema-only companion; the --create dump into the database it creates), and run
the checks of support/roundtrip.py. pg_dump adds PRIMARY KEY, UNIQUE and FOREIGN KEY
constraints after the data, so the restore itself validates the scrubbed rows; the
checks count orphans and duplicates again. Column types must survive
(information_schema.columns data_type, the same in both databases).

The employees stand-in (143 MB) runs too; DUMPSCRUB_SKIP_BIG=1 skips it on purpose.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from support.checks import assert_round_trip, assert_spoiled_edge_is_reported, check_leaks, check_types
from support.corpus import CORPUS
from support.databases import PostgreSQL
from support.harnesses import PostgresHarness
from support.literals import postgres_literals
from support.roundtrip import Case, assert_schema_dump_unchanged, cases, schema_dumps

CASES = cases("pg_dump")
SCHEMA_DUMPS = schema_dumps("pg_dump")


@pytest.mark.parametrize("case", CASES, ids=[c.path.name for c in CASES])
def test_scrubbed_dump_restores_with_data_intact_and_no_personal_value_left(
    case: Case, postgres: PostgreSQL, tmp_path: Path
) -> None:
    assert_round_trip(PostgresHarness(postgres), case, tmp_path)


def test_the_checks_report_what_they_look_for(postgres: PostgreSQL, tmp_path: Path) -> None:
    """A check that cannot fail checks nothing: spoil a scrubbed edge database, and its dump, on purpose."""
    case = Case(CORPUS / "edge" / "edge.pg_dump.default.sql")
    h = PostgresHarness(postgres)

    def spoil(db: str) -> None:
        with postgres.connect(db) as conn, closing(conn.cursor()) as cur:
            cur.execute("SET session_replication_role = replica")  # no FK triggers, no others
            cur.execute("DELETE FROM audit_log WHERE id = 1")
            cur.execute("UPDATE companies SET name = 'Spoiled' WHERE id = 1")
            cur.execute("ALTER TABLE companies ALTER COLUMN vat_number TYPE text")
            cur.execute("UPDATE orders SET user_email = 'nobody@invalid.example' WHERE id = 1")
            cur.execute("UPDATE orders SET ship_name = 'Someone Else' WHERE id = 2")
            cur.execute("ALTER TABLE crm.leads DROP CONSTRAINT leads_email_key")
            cur.execute("UPDATE crm.leads SET email = (SELECT email FROM crm.leads WHERE id = 2) WHERE id = 3")
            cur.execute("UPDATE crm.leads SET phone = '+1 555 0100' WHERE id = 1")  # its original
            cur.execute("UPDATE crm.leads SET full_name = 'Rónán Smith' WHERE id = 1")  # its original
            cur.execute(
                "UPDATE users SET bio = 'still here' WHERE email = (SELECT min(email) FROM users WHERE bio IS NOT NULL)"
            )

    result, originals = assert_spoiled_edge_is_reported(h, case, tmp_path, spoil)
    assert check_types(result.before, result.after) == ["public.companies.vat_number: character varying -> text"]
    copied = result.scrubbed + b"\nCOPY public.companies (id, name) FROM stdin;\n9\tAlice Martin\n\\.\n"
    leaks = check_leaks(h, copied, originals)
    assert [leak.split(": ", 1)[1] for leak in leaks] == ["'Alice Martin'"], leaks
    assert postgres_literals(b"COPY t (a) FROM stdin;\n1\ta\\tb\\\\c\n\\.\n", {b"a\tb\\c"}), "COPY escapes"
    assert postgres_literals(b"INSERT INTO t VALUES ('O''Brien', 12345);\n", {b"O'Brien", b"12345"}) == {
        b"O'Brien",
        b"12345",
    }
    assert not postgres_literals(b"INSERT INTO t VALUES ('x''Alice Martin''');\n", {b"Alice Martin"}), (
        "inside a longer literal is no leak"
    )


@pytest.mark.parametrize("path", SCHEMA_DUMPS, ids=[p.name for p in SCHEMA_DUMPS])
def test_a_schema_only_dump_comes_out_byte_for_byte(path: Path, tmp_path: Path) -> None:
    assert_schema_dump_unchanged(path, tmp_path)
