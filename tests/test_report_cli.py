"""`dumpscrub report`: k-anonymity of corpus dumps in the three dialects, checked against
a GROUP BY in the server the dump restores into; exit codes; generalizing raises k."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dumpscrub.cli import cli
from support.corpus import CORPUS, dump_bytes
from support.databases import Server
from support.scrubbing import scrub_bytes

EDGE = {
    "mysqldump": CORPUS / "edge" / "edge.mysqldump.default.sql",
    "pg_dump": CORPUS / "edge" / "edge.pg_dump.default.sql",
    "sqlite3": CORPUS / "edge" / "edge.sqlite3.dump.sql",
}
# One dump per server; every quasi-identifier combination its pii.yml lists.
CASES = {
    "mariadb": ("chinook", "mysqldump", CORPUS / "chinook" / "chinook.mysqldump.default.sql"),
    "postgres": ("pagila", "pg_dump", CORPUS / "pagila" / "pagila.pg_dump.default.sql"),  # payment is partitioned
    "sqlite": ("sakila", "sqlite3", CORPUS / "sakila" / "sakila.sqlite3.dump.sql"),
}


def report(*args: str):
    # A wide terminal: rich would wrap a long cell at 80 columns.
    return CliRunner().invoke(cli, ["report", *args], catch_exceptions=False, env={"COLUMNS": "200"})


def quasi_of(dataset: str, tool: str) -> list[dict]:
    import yaml

    with (CORPUS / dataset / "pii.yml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)[tool]["quasi_identifiers"]


def grouped(server: Server, db: str, table: str, columns: list[str]) -> tuple[int, int, int, int]:
    """(k, groups, rows, unique rows) by the server's own GROUP BY, NULL a value as in ours.
    MariaDB compares text ignoring case and trailing spaces: group its bytes instead."""
    cols = [f"CAST({server.quote(c)} AS BINARY)" if server.name == "mariadb" else server.quote(c) for c in columns]
    sql = (
        "SELECT MIN(n), COUNT(*), SUM(n), SUM(CASE WHEN n = 1 THEN 1 ELSE 0 END)"
        f" FROM (SELECT COUNT(*) AS n FROM {server.table(table)} GROUP BY {', '.join(cols)}) AS g"
    )
    return tuple(int(v) for v in server.query(db, sql)[0])


@pytest.mark.parametrize("fixture", sorted(CASES))
def test_k_equals_the_servers_group_by(fixture: str, request: pytest.FixtureRequest) -> None:
    dataset, tool, path = CASES[fixture]
    server: Server = request.getfixturevalue(fixture)
    combos = quasi_of(dataset, tool)
    args = [f"{c['table']}:{','.join(c['columns'])}" for c in combos]
    result = report(str(path), *[a for spec in args for a in ("--quasi", spec)], "--format", "json")
    assert result.exit_code == 0, result.output  # no --min-k: report only
    measured = json.loads(result.stdout)["combinations"]
    db = server.fresh_database("kanon")
    try:
        server.restore(db, dump_bytes(path))
        for combo, got in zip(combos, measured, strict=True):
            expected = grouped(server, db, combo["table"], combo["columns"])
            assert (got["k"], got["groups"], got["rows"], got["unique_rows"]) == expected, combo
            assert sum(got["sizes"].values()) == got["rows"]
    finally:
        server.drop(db)


def test_exit_code_follows_min_k() -> None:
    path = str(EDGE["sqlite3"])
    quasi = ["--quasi", "users:birth_date,gender,zip"]
    assert report(path, *quasi).exit_code == 0
    assert report(path, *quasi, "--min-k", "1").exit_code == 0
    low = report(path, *quasi, "--min-k", "2", "--format", "json")
    assert low.exit_code == 1
    doc = json.loads(low.stdout)
    assert doc["ok"] is False and doc["min_k"] == 2 and doc["combinations"][0]["k"] == 1
    # Any combination below the threshold fails the run; a kind combination alone passes.
    roomy = report(path, "--quasi", "users:is_active", "--min-k", "2", "--format", "json")
    assert roomy.exit_code == 0 and json.loads(roomy.stdout)["ok"] is True


def test_text_report_shows_groups_and_what_raises_k() -> None:
    result = report(str(EDGE["pg_dump"]), "--quasi", "users:birth_date,gender,zip", "--min-k", "5")
    assert result.exit_code == 1
    out = result.stdout
    assert "public.users" in out and "below --min-k 5" in out
    assert "group size" in out
    assert "{strategy: date, generalize: year}" in out
    assert "{strategy: postcode, generalize: 2}" in out


SAKILA = {
    "mysqldump": CORPUS / "sakila" / "sakila.mysqldump.default.sql",
    "pg_dump": CORPUS / "pagila" / "pagila.pg_dump.default.sql",
    "sqlite3": CORPUS / "sakila" / "sakila.sqlite3.dump.sql",
}


@pytest.mark.parametrize("tool", sorted(SAKILA))
def test_generalizing_dates_raises_k(tool: str, tmp_path: Path) -> None:
    # Who rented when, and at which desk: unique to the second; by year, groups of many.
    original = SAKILA[tool]
    rules = "version: 1\ntables:\n  rental:\n    columns:\n      rental_date: {strategy: date, generalize: year}\n"
    scrubbed, _ = scrub_bytes(original.read_bytes(), rules)
    out = tmp_path / "scrubbed.sql"
    out.write_bytes(scrubbed)
    quasi = ["--quasi", "rental:rental_date,staff_id", "--min-k", "5", "--format", "json"]
    first, second = report(str(original), *quasi), report(str(out), *quasi)
    before, after = (json.loads(r.stdout)["combinations"][0] for r in (first, second))
    assert (first.exit_code, second.exit_code) == (1, 0)
    assert after["rows"] == before["rows"] == 16044
    assert before["k"] == 1 and after["k"] >= 5
    assert after["groups"] < before["groups"] and after["unique_rows"] == 0


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("staff:birth_date", "the dump has no table `staff` (it has: "),
        ("users:birth_date,postcode", "table `users` has no column `postcode` (it has: email, uuid, phone,"),
        ("users", "expected TABLE:COLUMN,COLUMN"),
    ],
)
def test_unknown_names_are_usage_errors(spec: str, message: str) -> None:
    result = report(str(EDGE["sqlite3"]), "--quasi", spec)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("dumpscrub: error: ") and message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_quasi_is_required() -> None:
    result = report(str(EDGE["sqlite3"]))
    assert result.exit_code == 2 and "--quasi" in result.stderr


def test_reads_stdin_and_prints_no_value() -> None:
    data = EDGE["mysqldump"].read_bytes()
    result = CliRunner().invoke(cli, ["report", "-", "--quasi", "users:email,zip"], input=data,
                                catch_exceptions=False, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "users" in result.stdout and "email, zip" in result.stdout
    assert "@" not in result.stdout  # counts only: no email, no value at all
