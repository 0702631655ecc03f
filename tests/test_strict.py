"""--strict and `strict: true`: privacy by default. Every column of every table with
data must be classified (a strategy or keep) or its table must have an action; the
run stops with exit 2, naming each unclassified table.column, before writing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from dumpscrub.checks.dump import DumpFile
from dumpscrub.cli import cli
from support.corpus import CORPUS

EDGE = {
    "mysqldump": CORPUS / "edge" / "edge.mysqldump.default.sql",
    "pg_dump": CORPUS / "edge" / "edge.pg_dump.default.sql",
    "sqlite3": CORPUS / "edge" / "edge.sqlite3.dump.sql",
}
EDGE_RULES = Path(__file__).parent / "roundtrip" / "edge.rules.yml"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def complete(dump: Path, base: dict) -> dict:
    """``base`` with `keep` for every column of the dump it leaves unclassified."""
    rules = {"version": 1, "tables": {name: dict(rule) if isinstance(rule, dict) else rule
                                      for name, rule in base["tables"].items()}}
    with dump.open("rb") as stream, DumpFile(stream, str(dump)) as d:
        surveyed = d.survey()
        for table in surveyed.data:
            if surveyed.catalog.get(table) is None:
                continue  # sqlite_sequence
            bare = table.split(".", 1)[1] if table.startswith("public.") else table
            rule = rules["tables"].setdefault(bare, {"columns": {}})
            if isinstance(rule, str):
                continue
            columns = rule.setdefault("columns", {})
            for column in surveyed.catalog.get(table).columns:
                columns.setdefault(column.name, "keep")
    return rules


def write(tmp_path: Path, rules: dict, name: str = "rules.yml") -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(rules, sort_keys=False))
    return str(path)


@pytest.mark.parametrize("tool", EDGE)
def test_complete_rules_pass_and_one_missing_column_stops_the_run(tmp_path: Path, tool: str) -> None:
    dump = EDGE[tool]
    rules = complete(dump, yaml.safe_load(EDGE_RULES.read_text()))
    out = tmp_path / "out.sql"
    ok = run(str(dump), "-r", write(tmp_path, rules), "--strict", "-o", str(out))
    assert ok.exit_code == 0, ok.output
    assert out.stat().st_size > 0

    del rules["tables"]["orders"]["columns"]["note"]
    del rules["tables"]["companies"]["columns"]["vat_number"]
    out.unlink()
    refused = run(str(dump), "-r", write(tmp_path, rules), "--strict", "-o", str(out))
    assert refused.exit_code == 2, refused.output
    prefix = "public." if tool == "pg_dump" else ""
    lines = refused.output.splitlines()
    assert lines[0].startswith("dumpscrub: error: ") and "--strict: 2 column(s)" in lines[0]
    assert any(f"`{prefix}orders.note` is not classified" in line for line in lines)
    assert any(f"`{prefix}companies.vat_number` is not classified" in line for line in lines)
    assert len(lines) == 3, refused.output  # the head line and one line per column
    assert not out.exists(), "a refused run writes nothing"


def test_the_rules_file_can_ask_for_strict(tmp_path: Path) -> None:
    dump = EDGE["sqlite3"]
    rules = complete(dump, yaml.safe_load(EDGE_RULES.read_text()))
    del rules["tables"]["users"]["columns"]["bio"]
    rules["strict"] = True
    result = run(str(dump), "-r", write(tmp_path, rules), "-o", str(tmp_path / "out.sql"))
    assert result.exit_code == 2
    assert "`users.bio` is not classified" in result.output
    rules["strict"] = False
    assert run(str(dump), "-r", write(tmp_path, rules), "-q", "-o", str(tmp_path / "out.sql")).exit_code == 0


def test_a_table_action_classifies_the_whole_table(tmp_path: Path) -> None:
    dump = EDGE["mysqldump"]
    rules = complete(dump, yaml.safe_load(EDGE_RULES.read_text()))
    rules["tables"]["audit_log"] = "truncate"
    rules["tables"]["companies"] = "keep"
    assert run(str(dump), "-r", write(tmp_path, rules), "--strict", "-q", "-o", str(tmp_path / "o.sql")).exit_code == 0
    del rules["tables"]["crm_leads"]  # a table without any rule: each of its columns is listed
    result = run(str(dump), "-r", write(tmp_path, rules), "--strict", "-o", str(tmp_path / "o.sql"))
    assert result.exit_code == 2
    with dump.open("rb") as stream, DumpFile(stream, str(dump)) as d:
        expected = [c.name for c in d.catalog.get("crm_leads").columns]
    assert [line.split("`")[1] for line in result.output.splitlines()[1:]] == [f"crm_leads.{c}" for c in expected]


def test_a_column_that_follows_a_scrubbed_key_is_classified(tmp_path: Path) -> None:
    # orders.user_email has no rule: its foreign key to users.email gives it users.email's strategy.
    dump = EDGE["pg_dump"]
    rules = complete(dump, yaml.safe_load(EDGE_RULES.read_text()))
    del rules["tables"]["orders"]["columns"]["user_email"]
    assert run(str(dump), "-r", write(tmp_path, rules), "--strict", "-q", "-o", str(tmp_path / "o.sql")).exit_code == 0
    # ...but a column that references an unscrubbed key is not.
    del rules["tables"]["orders"]["columns"]["id"]
    result = run(str(dump), "-r", write(tmp_path, rules), "--strict", "-o", str(tmp_path / "o.sql"))
    assert result.exit_code == 2 and "`public.orders.id` is not classified" in result.output


def test_partitions_take_their_parents_rules(tmp_path: Path) -> None:
    dump = CORPUS / "pagila" / "pagila.pg_dump.default.sql"
    base = {"version": 1, "tables": {}}
    rules = complete(dump, {"tables": {}})
    # Classify pagila through its parent tables only: no rule names a partition.
    rules["tables"] = {t: r for t, r in rules["tables"].items() if not t.startswith("payment_p")}
    rules["tables"]["payment"] = {"columns": {"payment_id": "keep", "customer_id": "keep", "staff_id": "keep",
                                              "rental_id": "keep", "amount": "keep", "payment_date": "keep"}}
    base["tables"] = rules["tables"]
    result = run(str(dump), "-r", write(tmp_path, base), "--strict", "-q", "-o", str(tmp_path / "o.sql"))
    assert result.exit_code == 0, result.output
    del base["tables"]["payment"]["columns"]["amount"]
    result = run(str(dump), "-r", write(tmp_path, base), "--strict", "-o", str(tmp_path / "o.sql"))
    assert result.exit_code == 2
    named = [line.split("`")[1] for line in result.output.splitlines()[1:]]
    assert named and all(n.startswith("public.payment_p") and n.endswith(".amount") for n in named), named
