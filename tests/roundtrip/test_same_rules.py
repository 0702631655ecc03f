"""One hand-written rules file (edge.rules.yml) on the edge dumps of all three tools.

The edge dataset holds the same rows in MariaDB, PostgreSQL and SQLite. Scrubbed with
the same rules and the same --secret, each dump must restore on its own server with
every constraint checked (support/roundtrip.py runs all its checks), and each
original e-mail must get the same fake in all three outputs: a fake depends on the
secret, the strategy and the value, never on the dump program.
"""

from __future__ import annotations

from pathlib import Path

from support.checks import fakes_of, round_trip, show
from support.corpus import CORPUS, dump_bytes
from support.databases import MariaDB, PostgreSQL, SQLite
from support.harnesses import MariaDBHarness, PostgresHarness, SQLiteHarness
from support.pii_rules import PiiRules
from support.roundtrip import Case, Harness

RULES = Path(__file__).with_name("edge.rules.yml")
DUMPS = [
    "edge.mysqldump.default.sql",
    "edge.pg_dump.default.sql",
    "edge.pg_dump.column-inserts.sql",
    "edge.sqlite3.dump.sql",
]
USERS = 272  # shared/corpus/README.md, row counts


def test_one_rules_file_gives_the_same_fakes_in_every_dialect(
    mariadb: MariaDB, postgres: PostgreSQL, sqlite: SQLite, tmp_path: Path
) -> None:
    harnesses: dict[str, Harness] = {
        "mysqldump": MariaDBHarness(mariadb),
        "pg_dump": PostgresHarness(postgres),
        "sqlite3": SQLiteHarness(sqlite),
    }
    rules = PiiRules.from_yaml(RULES.read_text(encoding="utf-8"), str(RULES))
    fakes: dict[str, dict[bytes, bytes | None]] = {}
    reports = []
    for name in DUMPS:
        case = Case(CORPUS / "edge" / name)
        work = tmp_path / name
        work.mkdir()
        result = round_trip(harnesses[case.tool], case, work, dump_bytes(case.path), rules)
        if report := result.report():
            reports.append(f"{name}:\n{report}")
        fakes[name] = fakes_of(result.before, result.after, result.tables["users"], "email")
    assert not reports, "\n".join(reports)

    first, *others = DUMPS
    assert len(fakes[first]) == USERS, f"{first}: only {len(fakes[first])} users paired"
    for name in others:
        differ = [
            f"{show(email)}: {show(fake)} in {first}, {show(fakes[name].get(email))} in {name}"
            for email, fake in sorted(fakes[first].items())
            if fakes[name].get(email) != fake
        ]
        assert not differ, f"{len(differ)} e-mails got another fake:\n" + "\n".join(differ[:8])

