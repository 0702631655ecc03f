"""`dumpscrub init` on the command line: stdout or an atomic file, data-only dumps
with --schema, and a refusal rather than an empty answer when columns are unknown."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from dumpscrub.cli import cli
from support.corpus import CORPUS

SAKILA = CORPUS / "sakila"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_data_without_columns_is_refused_and_a_schema_makes_it_readable(tmp_path: Path) -> None:
    data = str(SAKILA / "sakila.mysqldump.no-create-info.sql")
    schema = str(SAKILA / "sakila.mysqldump.no-data-skip-triggers.sql")
    out = tmp_path / "rules.yml"
    for command in (["init", data, "-o", str(out)], ["scan", data]):
        refused = run(*command)
        assert refused.exit_code == 1 and refused.stdout == ""  # not "nothing to report"
        assert "comes without its columns (pass the schema with --schema FILE" in refused.stderr
    assert not out.exists()
    for command in (["init", data, "-o", str(out)], ["scan", data, "--format", "json"]):
        with_schema = run(*command, "--schema", schema)
        assert with_schema.exit_code in (0, 1), with_schema.output
    rules = yaml.safe_load(out.read_text())
    full = yaml.safe_load(run("init", str(SAKILA / "sakila.mysqldump.default.sql")).stdout)
    assert rules["tables"] == full["tables"]  # the same rules as from the whole dump


def test_init_writes_yaml_to_stdout_and_nothing_else() -> None:
    result = run("init", str(CORPUS / "chinook" / "chinook.sqlite3.dump.sql"))
    assert result.exit_code == 0 and result.stderr == ""
    rules = yaml.safe_load(result.stdout)
    assert rules["version"] == 1 and rules["strict"] is True
    assert set(rules["tables"]) == {"Album", "Artist", "Customer", "Employee", "Genre", "Invoice", "InvoiceLine",
                                    "MediaType", "Playlist", "PlaylistTrack", "Track"}
