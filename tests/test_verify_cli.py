"""`dumpscrub verify`: exit codes, the JSON document, stdin, and no original printed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dumpscrub.cli import cli

HEAD = (
    "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
    "CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT, city TEXT);\n"
)
ORIGINAL = HEAD + (
    "INSERT INTO users VALUES(1,'jane.doe@gmail.com','Paris');\n"
    "INSERT INTO users VALUES(2,'bob@yahoo.fr','Lyon');\nCOMMIT;\n"
)
CLEAN = HEAD + (
    "INSERT INTO users VALUES(1,'amy.lee@example.com','Lyon');\n"
    "INSERT INTO users VALUES(2,'tom42@example.org','Nice');\nCOMMIT;\n"
)
RULES = "version: 1\ntables:\n  users:\n    columns: {email: email, city: city}\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    paths = {}
    for name, text in (("original.sql", ORIGINAL), ("clean.sql", CLEAN), ("rules.yml", RULES),
                       ("bad.yml", "version: 1\ntables:\n  users:\n    columns: {email: emial}\n")):
        (tmp_path / name).write_text(text)
        paths[name] = str(tmp_path / name)
    return paths


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def test_a_clean_scrub_exits_0_with_a_summary(files) -> None:
    result = run("verify", files["original.sql"], files["clean.sql"], "-r", files["rules.yml"])
    assert result.exit_code == 0, result.output
    assert "verify: ok: 2 covered columns" in result.output


def test_an_unscrubbed_copy_exits_1_and_names_the_columns_not_the_values(files) -> None:
    result = run("verify", files["original.sql"], files["original.sql"], "-r", files["rules.yml"])
    assert result.exit_code == 1
    assert "users.email" in result.output and "j***@g***.com" in result.output
    assert "FAILED" in result.output
    for value in ("jane.doe", "gmail", "bob@", "Paris", "Lyon"):
        assert value not in result.output


def test_json_has_the_documented_shape(files) -> None:
    result = run("verify", files["original.sql"], files["original.sql"], "-r", files["rules.yml"], "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.output)
    assert set(doc) >= {"ok", "leaks", "row_counts", "checked"}
    assert doc["ok"] is False
    assert set(doc["checked"]) >= {"tables", "columns", "values", "distinctive", "per_row"}
    assert {(leak["table"], leak["column"], leak["found_table"], leak["found_column"], leak["check"])
            for leak in doc["leaks"]} == {("users", "email", "users", "email", "anywhere"),
                                          ("users", "city", "users", "city", "per_row")}
    assert doc["row_counts"] == [
        {"table": "users", "original": 2, "scrubbed": 2, "expected": 2, "why": "same as the original", "ok": True}
    ]
    assert "jane.doe@gmail.com" not in result.output
    clean = json.loads(run("verify", files["original.sql"], files["clean.sql"], "-r", files["rules.yml"],
                           "--format", "json").output)
    assert clean["ok"] is True and clean["leaks"] == []


def test_stdin_for_one_dump(files) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dumpscrub", "verify", files["original.sql"], "-", "-r", files["rules.yml"]],
        input=CLEAN.encode(), capture_output=True,
    )
    assert result.returncode == 0, result.stderr
    spoiled = CLEAN.replace("'tom42@example.org'", "'bob@yahoo.fr'")
    result = subprocess.run(
        [sys.executable, "-m", "dumpscrub", "verify", "-", files["clean.sql"], "-r", files["rules.yml"]],
        input=ORIGINAL.encode(), capture_output=True,
    )
    assert result.returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "dumpscrub", "verify", files["original.sql"], "-", "-r", files["rules.yml"]],
        input=spoiled.encode(), capture_output=True,
    )
    assert result.returncode == 1 and b"bob@yahoo" not in result.stdout + result.stderr


def test_usage_and_rules_errors_exit_2(files) -> None:
    both = run("verify", "-", "-", "-r", files["rules.yml"], stdin="")
    assert both.exit_code == 2
    assert "dumpscrub: error: only one of ORIGINAL and SCRUBBED can be - (stdin)" in both.output
    bad = run("verify", files["original.sql"], files["clean.sql"], "-r", files["bad.yml"])
    assert bad.exit_code == 2 and "unknown strategy 'emial'" in bad.output
    missing = run("verify", files["original.sql"], files["clean.sql"])
    assert missing.exit_code == 2  # click: -r is required


def test_a_missing_dump_exits_1(files) -> None:
    result = run("verify", files["original.sql"], "/nonexistent/scrubbed.sql", "-r", files["rules.yml"])
    assert result.exit_code == 1
    assert "dumpscrub: error: /nonexistent/scrubbed.sql: cannot open" in result.output


COMPANY_HEAD = (
    "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
    "CREATE TABLE companies(id INTEGER PRIMARY KEY, hr_email TEXT, switchboard TEXT);\n"
    "CREATE TABLE postings(id INTEGER PRIMARY KEY, description TEXT);\n"
    "CREATE TABLE candidates(id INTEGER PRIMARY KEY, email TEXT, ethnicity TEXT, disability TEXT);\n"
    "INSERT INTO companies VALUES(1,'jobs@brandt.de','089 489364394');\n"
)
COMPANY_RULES = """version: 1
locale: de_DE
tables:
  companies: {columns: {id: keep, hr_email: keep, switchboard: keep}}
  postings: {columns: {id: keep, description: scrub_text}}
  candidates: {columns: {id: keep, email: email, ethnicity: text, disability: keep}}
"""


def test_placeholders_and_company_data_pass_with_notes_a_real_copy_fails(tmp_path: Path) -> None:
    def write(name: str, posting: str, candidates: list[tuple[str, str, str]]) -> str:
        rows = "".join(f"INSERT INTO candidates VALUES({i},'{e}','{x}','{d}');\n"
                       for i, (e, x, d) in enumerate(candidates, 1))
        text = COMPANY_HEAD + f"INSERT INTO postings VALUES(1,'{posting}');\n" + rows + "COMMIT;\n"
        (tmp_path / name).write_text(text)
        return str(tmp_path / name)

    original = write("original.sql", "Bewerbung an jobs@brandt.de oder 089 489364394",
                     [(f"p{i}@web.de", "Prefer not to say", "Prefer not to say") for i in range(3)])
    clean = write("clean.sql", "Bewerbung an a@example.com oder 030 1234567",
                  [(f"f{i}@example.com", "Lorem", "Prefer not to say") for i in range(3)])
    (tmp_path / "rules.yml").write_text(COMPANY_RULES)
    rules = str(tmp_path / "rules.yml")
    text = run("verify", original, clean, "-r", rules)
    assert text.exit_code == 0, text.output
    assert "verify: note:" in text.output and "companies.switchboard" in text.output
    doc = json.loads(run("verify", original, clean, "-r", rules, "--format", "json").output)
    assert doc["ok"] is True and doc["checked"]["kept_matches"] == 1
    # a candidate's e-mail copied into a kept column of a scrubbed table is a leak all the same
    leaked = write("leaked.sql", "Lorem", [("f0@example.com", "Lorem", "p1@web.de")] * 3)
    failed = run("verify", original, leaked, "-r", rules, "--format", "json")
    assert failed.exit_code == 1
    assert [(leak["column"], leak["found_column"]) for leak in json.loads(failed.output)["leaks"]] == [
        ("email", "disability")
    ]
    assert "p1@web.de" not in failed.output
