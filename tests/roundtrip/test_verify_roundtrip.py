"""verify on real corpus dumps and real scrubs (no server needed: both dumps are read
as files). A clean scrub passes; an unscrubbed copy, a scrub that missed a rule, an
email put back into a free-text column and rows no rule explains fail."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from dumpscrub import parse_rules, scrub
from dumpscrub.checks.dump import DumpFile
from dumpscrub.checks.verify import verify
from support.corpus import CORPUS

EDGE_RULES = (Path(__file__).with_name("edge.rules.yml")).read_text(encoding="utf-8")
EDGE = {
    "mysqldump": CORPUS / "edge" / "edge.mysqldump.default.sql",
    "pg_dump": CORPUS / "edge" / "edge.pg_dump.default.sql",
    "sqlite3": CORPUS / "edge" / "edge.sqlite3.dump.sql",
}
PRESETS = {
    "sakila-mysqldump": (CORPUS / "sakila" / "sakila.mysqldump.default.sql", "version: 1\nextends: [sakila]\n"),
    "sakila-sqlite3": (CORPUS / "sakila" / "sakila.sqlite3.dump.sql", "version: 1\nextends: [sakila]\n"),
    "chinook-pg_dump": (CORPUS / "chinook" / "chinook.pg_dump.default.sql", "version: 1\nextends: [chinook]\n"),
    "chinook-mysqldump": (CORPUS / "chinook" / "chinook.mysqldump.default.sql", "version: 1\nextends: [chinook]\n"),
}


def scrubbed(path: Path, rules_yaml: str) -> bytes:
    out = io.BytesIO()
    with path.open("rb") as f:
        scrub(f, out, parse_rules(rules_yaml), warn=lambda message: None)
    return out.getvalue()


def check(original: Path, data: bytes, rules_yaml: str):
    with original.open("rb") as f:
        return verify(f, io.BytesIO(data), parse_rules(rules_yaml))


def one_email(path: Path, table: str) -> str:
    with path.open("rb") as f, DumpFile(f, str(path)) as d:
        for name, names, values in d.rows(lambda t, n: t.rsplit(".", 1)[-1] == table, limit=1):
            return values[names.index("email")]
    raise AssertionError(f"no row in {table}")


@pytest.mark.parametrize("tool", EDGE)
def test_a_clean_scrub_of_edge_passes(tool: str) -> None:
    result = check(EDGE[tool], scrubbed(EDGE[tool], EDGE_RULES), EDGE_RULES)
    assert result.ok, json.dumps(result.as_json(), indent=1)[:3000]
    assert result.checked["distinctive"] > 4000 and result.checked["per_row"] > 1000
    assert len(result.row_counts) >= 11


@pytest.mark.parametrize("case", PRESETS)
def test_a_clean_scrub_with_a_preset_passes(case: str) -> None:
    path, rules = PRESETS[case]
    result = check(path, scrubbed(path, rules), rules)
    assert result.ok, json.dumps(result.as_json(), indent=1)[:3000]
    assert result.checked["values"] > 1000


@pytest.mark.parametrize("tool", EDGE)
def test_an_unscrubbed_copy_fails_without_printing_originals(tool: str) -> None:
    original = EDGE[tool].read_bytes()
    result = check(EDGE[tool], original, EDGE_RULES)
    assert not result.ok
    # A value several columns hold is reported under the first column read that holds it
    leaked = {(leak.found_table.rsplit(".", 1)[-1], leak.found_column) for leak in result.leaks}
    for column in [("users", "email"), ("users", "phone"), ("orders", "ship_address"), ("users", "birth_date")]:
        assert column in leaked
    assert ("users", "birth_date", "per_row") in {
        (leak.table.rsplit(".", 1)[-1], leak.column, leak.check) for leak in result.leaks
    }
    report = json.dumps(result.as_json())
    email = one_email(EDGE[tool], "users")
    assert email not in report and email.split("@")[0] not in report


def test_a_scrub_that_missed_a_rule_fails() -> None:
    path, rules = PRESETS["sakila-mysqldump"]
    partial = rules + "tables:\n  customer:\n    columns:\n      email: keep\n"
    result = check(path, scrubbed(path, partial), rules)
    assert not result.ok
    assert {(leak.table, leak.column, leak.found_column) for leak in result.leaks} == {("customer", "email", "email")}
    assert result.leaks[0].values == 599  # every customer


def test_a_scrub_that_missed_a_low_entropy_rule_fails_per_row() -> None:
    partial = EDGE_RULES.replace("      ship_name: name\n", "")
    result = check(EDGE["sqlite3"], scrubbed(EDGE["sqlite3"], partial), EDGE_RULES)
    assert ("orders", "ship_name", "per_row") in {(leak.table, leak.column, leak.check) for leak in result.leaks}
    # every leak is in the column left as it was (a hostile sms body is also a ship name there)
    assert {(leak.found_table, leak.found_column) for leak in result.leaks} == {("orders", "ship_name")}


def test_an_email_put_back_into_free_text_fails() -> None:
    path = EDGE["sqlite3"]
    data = scrubbed(path, EDGE_RULES)
    email = one_email(path, "users")
    assert data.count(b"'redacted'") > 1  # sms_messages.body: {strategy: constant, value: redacted}
    spoiled = data.replace(b"'redacted'", f"'write to {email} again'".encode(), 1)
    result = check(path, spoiled, EDGE_RULES)
    assert [(leak.found_table, leak.found_column, leak.values, leak.check) for leak in result.leaks] == [
        ("sms_messages", "body", 1, "anywhere")
    ]
    assert email not in json.dumps(result.as_json())


def test_rows_added_or_removed_without_a_rule_fail() -> None:
    path = EDGE["sqlite3"]
    data = scrubbed(path, EDGE_RULES)
    line = re.search(rb"^INSERT INTO order_items VALUES.*\n", data, re.M)
    assert line is not None
    removed = data[: line.start()] + data[line.end():]
    added = data[: line.end()] + line.group() + data[line.end():]
    for spoiled, count in ((removed, -1), (added, 1)):
        result = check(path, spoiled, EDGE_RULES)
        assert not result.leaks
        wrong = [(r.table, r.scrubbed - r.expected) for r in result.row_counts if not r.ok]
        assert wrong == [("order_items", count)]


def test_rows_that_rules_remove_are_counted_exactly() -> None:
    path = EDGE["pg_dump"]
    rules = EDGE_RULES.replace("  orders:\n", "  orders:\n    drop_rows: \"total > 100\"\n", 1)
    rules += "  companies: truncate\n"
    data = scrubbed(path, rules)
    result = check(path, data, rules)
    assert result.ok, json.dumps(result.as_json(), indent=1)[:3000]
    counts = {r.table: r for r in result.row_counts}
    assert counts["public.orders"].expected < counts["public.orders"].original
    assert counts["public.order_items"].expected < counts["public.order_items"].original  # they reference orders
    assert (counts["public.companies"].expected, counts["public.companies"].scrubbed) == (0, 0)  # truncated
    # One row the rules remove, put back: more rows than the rules leave
    line = re.search(rb"^COPY public.orders .*\n", data, re.M)
    spoiled = data[: line.end()] + data[line.end(): data.index(b"\n", line.end()) + 1] + data[line.end():]
    again = check(path, spoiled, rules)
    assert [(r.table, r.scrubbed - r.expected) for r in again.row_counts if not r.ok] == [("public.orders", 1)]
