"""`dumpscrub preview`: the after values are what a real scrub with the same secret
writes, originals are masked, removed rows and table actions are shown; on corpus
dumps of the three dialects (edge with its rules, sakila/pagila/chinook with their presets)."""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dumpscrub.checks.dump import DumpFile
from dumpscrub.checks.preview import is_binary, mask
from dumpscrub.cli import cli
from support.corpus import CORPUS
from support.scrubbing import scrub_bytes

EDGE_RULES = Path(__file__).parent / "roundtrip" / "edge.rules.yml"
EDGE = {
    "mysqldump": CORPUS / "edge" / "edge.mysqldump.default.sql",
    "pg_dump": CORPUS / "edge" / "edge.pg_dump.default.sql",
    "sqlite3": CORPUS / "edge" / "edge.sqlite3.dump.sql",
}
CASES = {
    **{f"edge-{tool}": (path, EDGE_RULES.read_text()) for tool, path in EDGE.items()},
    "sakila-mysqldump": (CORPUS / "sakila" / "sakila.mysqldump.default.sql", "version: 1\nextends: [sakila]\n"),
    "pagila-pg_dump": (CORPUS / "pagila" / "pagila.pg_dump.default.sql", "version: 1\nextends: [pagila]\n"),
    "chinook-sqlite3": (CORPUS / "chinook" / "chinook.sqlite3.dump.sql", "version: 1\nextends: [chinook]\n"),
}
SECRET = "test-secret"  # support.scrubbing scrubs with it too


def preview(*args: str, input: bytes | None = None):
    # A wide terminal: rich would wrap long cells at 80 columns.
    return CliRunner().invoke(cli, ["preview", *args], input=input, catch_exceptions=False, env={"COLUMNS": "250"})


def write_rules(tmp_path: Path, text: str) -> str:
    path = tmp_path / "rules.yml"
    path.write_text(text)
    return str(path)


def first_rows(data: bytes, table: str, count: int) -> list[dict]:
    """The first rows of ``table`` (its partitions' rows included), decoded, by column."""
    with DumpFile(io.BytesIO(data), "dump.sql") as dump:
        parents = dump.survey().parents
        rows = dump.rows(lambda t, names: t == table or parents.get(t) == table)
        return [dict(zip(names, values)) for _, names, values in itertools.islice(rows, count)]


@pytest.mark.parametrize("case", sorted(CASES))
def test_after_values_are_what_a_scrub_writes(case: str, tmp_path: Path) -> None:
    path, rules_text = CASES[case]
    rules = write_rules(tmp_path, rules_text)
    result = preview(str(path), "-r", rules, "--rows", "3", "--secret", SECRET, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    scrubbed, _ = scrub_bytes(path.read_bytes(), rules_text, secret=SECRET.encode())
    rewritten = [t for t in doc["tables"] if t["status"] == "rewritten"]
    assert rewritten and doc["secret"] is True and doc["originals"] == "masked"
    compared = 0
    for table in rewritten:
        assert table["columns"] and 1 <= len(table["rows"]) <= 3
        kept = [r for r in table["rows"] if not r["removed"]]
        written = first_rows(scrubbed, table["table"], len(kept))
        assert len(written) == len(kept)
        for row, out in zip(kept, written):
            for column in table["key"]:
                assert row["key"][column] == out[column]
            for column, value in row["after"].items():
                if column in row["unchanged"] or (value is not None and value.startswith("<") and value.endswith(" bytes>")):
                    continue
                assert value == out[column], (table["table"], column)
                compared += 1
    assert compared >= 5


def originals_of(path: Path, tables: list[dict], count: int) -> set[str]:
    """The original values of the columns a preview shows, long enough to be telling."""
    data = path.read_bytes()
    found = set()
    for table in tables:
        for row in first_rows(data, table["table"], count):
            for column in table["columns"]:
                value = row[column]
                if value is not None and len(value) >= 5 and not is_binary(value):
                    found.add(value)
    return found


@pytest.mark.parametrize("tool", sorted(EDGE))
def test_originals_are_masked_unless_asked(tool: str) -> None:
    path = EDGE[tool]
    shown = json.loads(preview(str(path), "-r", str(EDGE_RULES), "--rows", "4", "--format", "json").stdout)
    rewritten = [t for t in shown["tables"] if t["status"] == "rewritten"]
    originals = originals_of(path, rewritten, 4)
    assert len(originals) >= 20
    for args in ((), ("--format", "json")):
        result = preview(str(path), "-r", str(EDGE_RULES), "--rows", "4", *args)
        assert result.exit_code == 0
        leaked = [v for v in originals if v in result.stdout]
        assert leaked == []
    open_result = preview(str(path), "-r", str(EDGE_RULES), "--rows", "4", "--show-originals")
    assert any(v in open_result.stdout for v in originals if len(v) < 40)


def test_removed_rows_and_table_actions(tmp_path: Path) -> None:
    path = EDGE["sqlite3"]
    rules = write_rules(tmp_path, """version: 1
tables:
  users:
    drop_rows: "birth_date < '1960-01-01'"
    columns:
      full_name: name
  orders:
    columns:
      ship_name: name
  audit_log: truncate
  sms_messages: drop
""")
    doc = json.loads(preview(str(path), "-r", rules, "--rows", "20", "--secret", SECRET, "--format", "json").stdout)
    tables = {t["table"]: t for t in doc["tables"]}
    assert tables["audit_log"]["status"] == "truncated" and tables["sms_messages"]["status"] == "dropped"
    originals = first_rows(path.read_bytes(), "users", 20)
    expected = [r["birth_date"] is not None and r["birth_date"] < "1960-01-01" for r in originals]
    removed_flags = [r["removed"] for r in tables["users"]["rows"]]
    assert len(removed_flags) == 20
    # Every row the condition names leaves; so may others (users.referred_by references
    # users.email: a user referred by one who leaves goes too).
    assert all(r for r, e in zip(removed_flags, expected) if e)
    assert any(expected) and not all(removed_flags)
    removed = next(r for r in tables["users"]["rows"] if r["removed"])
    assert removed["after"] is None and removed["before"]["full_name"] != originals[expected.index(True)]["full_name"]
    text = preview(str(path), "-r", rules, "--rows", "20").stdout
    assert "row removed" in text
    assert "audit_log: truncate: every row is left out" in text
    assert "sms_messages: drop: the table is left out entirely" in text


def test_table_option_chooses_and_checks(tmp_path: Path) -> None:
    path = str(EDGE["pg_dump"])
    doc = json.loads(preview(path, "-r", str(EDGE_RULES), "--table", "orders", "--table", "companies",
                             "--rows", "2", "--format", "json").stdout)
    assert [(t["table"], t["status"]) for t in doc["tables"]] == [("public.orders", "rewritten"),
                                                                 ("public.companies", "no rule")]
    orders = doc["tables"][0]
    assert orders["key"] == ["id"] and len(orders["rows"]) == 2
    assert {"user_email", "ship_name", "client_ip"} <= set(orders["columns"])
    missing = preview(path, "-r", str(EDGE_RULES), "--table", "nope")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("dumpscrub: error: --table nope: the dump has no table `nope` (it has: ")
    assert "public.users" in missing.stderr


def test_errors_exit_codes(tmp_path: Path) -> None:
    path = EDGE["sqlite3"]
    bad_rules = write_rules(tmp_path, "version: 1\ntables:\n  users:\n    columns:\n      email: emial\n")
    result = preview(str(path), "-r", bad_rules)
    assert result.exit_code == 2 and "unknown strategy 'emial'" in result.stderr
    data = path.read_bytes()
    cut = data[: data.index(b"INSERT INTO users") + 60]  # a row cut in the middle of a string
    broken = tmp_path / "broken.sql"
    broken.write_bytes(cut)
    result = preview(str(broken), "-r", str(EDGE_RULES))
    assert result.exit_code == 1 and result.stderr.startswith("dumpscrub: error: ")
    assert result.stdout == ""


def test_reads_stdin_from_a_pipe() -> None:
    # A pipe cannot seek: preview copies it once and reads the copy twice.
    data = EDGE["mysqldump"].read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "dumpscrub", "preview", "-", "-r", str(EDGE_RULES), "--table", "users", "--rows", "1",
         "--secret", SECRET, "--format", "json"],
        input=data, capture_output=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    (users,) = json.loads(result.stdout)["tables"]
    assert users["table"] == "users" and len(users["rows"]) == 1 and "email" in users["columns"]


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("alice@example.com", "a***@e***.com"),
        ("Jean-Pierre Dupont", "J**n-P****e D****t"),
        ("Al", "**"),
        ("1987-06-14", "1**7-**-**"),
        ("", ""),
    ],
)
def test_mask(value: str, masked: str) -> None:
    assert mask(value) == masked
