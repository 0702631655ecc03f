"""`dumpscrub scan`: exit codes, the JSON document, -r coverage, foreign-key links, masking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dumpscrub.checks.dump import DumpFile
from dumpscrub.cli import cli
from support.corpus import CORPUS

EDGE = CORPUS / "edge" / "edge.sqlite3.dump.sql"
EDGE_PG = CORPUS / "edge" / "edge.pg_dump.default.sql"
EDGE_RULES = Path(__file__).parent / "roundtrip" / "edge.rules.yml"
FINDING_KEYS = {"table", "column", "category", "reason", "confidence", "sensitive", "quasi", "example"}


def run(*args: str):
    return CliRunner().invoke(cli, ["scan", *args], catch_exceptions=False)


def scan_json(*args: str) -> tuple[int, dict]:
    result = run(*args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_personal_data_found_exits_1_with_the_json_document() -> None:
    code, doc = scan_json(str(EDGE))
    assert code == 1
    assert set(doc) == {"findings", "quasi_identifiers", "summary"}
    assert all(set(f) == FINDING_KEYS for f in doc["findings"])
    found = {(f["table"], f["column"]): f for f in doc["findings"]}
    assert found[("users", "email")]["category"] == "email"
    assert found[("users", "birth_date")]["quasi"] is True
    assert found[("users", "password_hash")]["category"] == "password"
    assert {"table": "users", "columns": ["birth_date", "gender", "zip"]}.items() <= doc["quasi_identifiers"][0].items()
    summary = doc["summary"]
    assert summary["findings"] == len(doc["findings"]) and summary["dialect"] == "sqlite"
    assert summary["tables"] == 12 and summary["rows_sampled"] > 0


def test_nothing_personal_exits_0(tmp_path: Path) -> None:
    dump = write(tmp_path, "films.sql", (
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
        "CREATE TABLE film (film_id INTEGER PRIMARY KEY, title TEXT, description TEXT, release_year INTEGER,"
        " last_update TIMESTAMP);\n"
        "INSERT INTO film VALUES(1,'ACADEMY DINOSAUR','A Epic Drama of a Feminist',2006,'2006-02-15 05:03:42');\n"
        "INSERT INTO film VALUES(2,'ACE GOLDFINGER','A Astounding Epistle',2006,'2006-02-15 05:03:42');\n"
        "COMMIT;\n"
    ))
    code, doc = scan_json(dump)
    assert (code, doc["findings"], doc["quasi_identifiers"]) == (0, [], [])
    assert doc["summary"]["phone_regions"] == {}
    text = run(dump)
    assert text.exit_code == 0 and "no personal data found" in text.stdout


def test_text_output_is_a_table_with_sensitive_marks_quasi_groups_and_a_summary(tmp_path: Path) -> None:
    dump = write(tmp_path, "patients.sql", (
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
        "CREATE TABLE patients (id INTEGER PRIMARY KEY, nom TEXT, date_naissance DATE, code_postal TEXT,"
        " diagnostic TEXT);\n"
        "INSERT INTO patients VALUES(1,'Dupont','1980-04-02','75011','asthme');\n"
        "INSERT INTO patients VALUES(2,'Durand','1975-11-30','69003','diabete');\n"
        "COMMIT;\n"
    ))
    result = run(dump)
    assert result.exit_code == 1
    out = result.stdout
    assert "diagnostic" in out and "health (sensitive)" in out
    assert "quasi-identifiers in patients: date_naissance, code_postal" in out
    assert "scan: 4 personal columns, 1 sensitive; 1 tables, 5 columns, 2 rows sampled (sqlite dump)" in out
    for raw in ("Dupont", "Durand", "1980-04-02", "75011", "asthme"):
        assert raw not in out


def test_with_rules_only_what_they_leave_uncovered() -> None:
    code, whole = scan_json(str(EDGE))
    code_r, doc = scan_json(str(EDGE), "-r", str(EDGE_RULES))
    assert code_r == 1
    uncovered = {(f["table"], f["column"]) for f in doc["findings"]}
    # The rules leave crm_leads and the generated users.email_domain out on purpose.
    assert {("crm_leads", "email"), ("crm_leads", "phone"), ("crm_leads", "full_name"), ("crm_leads", "notes")} <= uncovered
    assert ("users", "email") not in uncovered and ("orders", "ship_zip") not in uncovered
    assert doc["summary"]["covered_by_rules"] == len(whole["findings"]) - len(
        [f for f in doc["findings"] if f["category"] != "foreign_key"])
    assert doc["summary"]["rules"] == str(EDGE_RULES)


def test_rules_covering_everything_exit_0(tmp_path: Path) -> None:
    _, whole = scan_json(str(EDGE_PG))
    tables: dict[str, list[str]] = {}
    for f in whole["findings"]:
        tables.setdefault(f["table"], []).append(f["column"])
    lines = ["version: 1", "tables:"]
    for table, columns in tables.items():
        lines.append(f"  {json.dumps(table)}:")
        lines.append("    columns:")
        lines += [f"      {json.dumps(c)}: keep" for c in columns]
    rules = write(tmp_path, "all.yml", "\n".join(lines) + "\n")
    code, doc = scan_json(str(EDGE_PG), "-r", rules)
    assert (code, doc["findings"]) == (0, [])
    assert doc["summary"]["covered_by_rules"] == len(whole["findings"])
    text = run(str(EDGE_PG), "-r", rules)
    assert text.exit_code == 0 and "the rules cover every personal column found" in text.stdout


def test_a_table_action_covers_its_columns(tmp_path: Path) -> None:
    rules = write(tmp_path, "r.yml", "version: 1\ntables:\n  audit_log: truncate\n  crm_leads: drop\n")
    _, doc = scan_json(str(EDGE), "-r", rules)
    tables = {f["table"] for f in doc["findings"]}
    assert "audit_log" not in tables and "crm_leads" not in tables and "users" in tables


KEYED = (
    "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
    "CREATE TABLE members (id INTEGER PRIMARY KEY, code TEXT UNIQUE, email TEXT);\n"
    "INSERT INTO members VALUES(1,'K7Q2','alice@example.com');\n"
    "INSERT INTO members VALUES(2,'Z9W4','bob@example.org');\n"
    "CREATE TABLE visits (id INTEGER PRIMARY KEY, member_code TEXT REFERENCES members(code), room TEXT);\n"
    "INSERT INTO visits VALUES(1,'K7Q2','A');\n"
    "INSERT INTO visits VALUES(2,'Z9W4','B');\n"
    "CREATE TABLE badges (id INTEGER PRIMARY KEY, holder TEXT REFERENCES visits(member_code));\n"
    "INSERT INTO badges VALUES(1,'K7Q2');\n"
    "COMMIT;\n"
)


def test_columns_linked_to_a_scrubbed_column_by_a_key(tmp_path: Path) -> None:
    dump = write(tmp_path, "keyed.sql", KEYED)
    rules = write(tmp_path, "r.yml", "version: 1\ntables:\n  members:\n    columns:\n      code: hash\n      email: email\n")
    code, doc = scan_json(dump, "-r", rules)
    assert code == 1
    linked = {(f["table"], f["column"]): f for f in doc["findings"] if f["category"] == "foreign_key"}
    assert set(linked) == {("visits", "member_code"), ("badges", "holder")}  # transitively
    reason = linked[("visits", "member_code")]["reason"]
    assert "references `members`.`code`, which the rules scrub" in reason and "a rule should say so" in reason
    assert doc["summary"]["foreign_keys"] == 2


def test_a_column_referenced_by_a_scrubbed_one(tmp_path: Path) -> None:
    dump = write(tmp_path, "keyed.sql", KEYED)
    rules = write(tmp_path, "r.yml", (
        "version: 1\ntables:\n  members:\n    columns:\n      email: email\n"
        "  visits:\n    columns:\n      member_code: hash\n  badges:\n    columns:\n      holder: hash\n"
    ))
    _, doc = scan_json(dump, "-r", rules)
    parent = [f for f in doc["findings"] if (f["table"], f["column"]) == ("members", "code")]
    assert len(parent) == 1 and parent[0]["category"] == "foreign_key"
    assert "is referenced by `visits`.`member_code`, which the rules scrub" in parent[0]["reason"]


def test_a_detected_column_linked_by_a_key_says_both(tmp_path: Path) -> None:
    rules = write(tmp_path, "r.yml", "version: 1\ntables:\n  users:\n    columns:\n      email: email\n")
    _, doc = scan_json(str(EDGE), "-r", rules)
    child = [f for f in doc["findings"] if (f["table"], f["column"]) == ("orders", "user_email")]
    assert len(child) == 1 and child[0]["category"] == "email"  # one finding, not two
    assert "references `users`.`email`, which the rules scrub" in child[0]["reason"]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_no_sampled_value_is_printed(fmt: str) -> None:
    out = run(str(EDGE), "--format", fmt).stdout
    _, doc = scan_json(str(EDGE))
    personal = {(f["table"], f["column"]) for f in doc["findings"]}
    leaked = set()
    with EDGE.open("rb") as fh, DumpFile(fh, EDGE.name) as dump:
        for table, names, values in dump.rows(limit=1000):
            for name, value in zip(names, values):
                if (table, name) in personal and value is not None and len(value) >= 6 and value in out:
                    leaked.add((table, name, len(value)))
    assert leaked == set()


def test_sample_and_dialect_options(tmp_path: Path) -> None:
    code, doc = scan_json(str(EDGE_PG), "--sample", "5", "--dialect", "postgres")
    assert code == 1 and doc["summary"]["sample_per_table"] == 5
    assert doc["summary"]["rows_sampled"] <= 5 * doc["summary"]["tables"]
    assert run(str(EDGE_PG), "--sample", "0").exit_code == 2


def test_errors_are_one_line(tmp_path: Path) -> None:
    missing = run(str(tmp_path / "nope.sql"))
    assert missing.exit_code == 1 and missing.stderr.startswith("dumpscrub: error: ") and "cannot open" in missing.stderr
    bad = write(tmp_path, "bad.yml", "version: 1\ntables:\n  users:\n    columns:\n      email: emial\n")
    rules_error = run(str(EDGE), "-r", bad)
    assert rules_error.exit_code == 2 and "unknown strategy 'emial'" in rules_error.stderr


def test_phone_regions_of_the_phone_columns_are_in_the_json_summary(tmp_path: Path) -> None:
    # init sets the rules' locale from them: French national numbers, one British in
    # international format; the supplier's switchboard is company data, not counted.
    dump = write(tmp_path, "regions.sql", (
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
        "CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT, phone TEXT);\n"
        "INSERT INTO suppliers VALUES(1,'Acme','+1 202 555 0143');\n"
        "INSERT INTO suppliers VALUES(2,'Globex','+1 202 555 0144');\n"
        "CREATE TABLE clients (id INTEGER PRIMARY KEY, prenom TEXT, tel_portable TEXT, notes TEXT);\n"
        "INSERT INTO clients VALUES(1,'Alice','06 12 34 56 78','rappeler au 01 40 20 50 50');\n"
        "INSERT INTO clients VALUES(2,'Bruno','07 81 22 33 44',NULL);\n"
        "INSERT INTO clients VALUES(3,'Chloe','+44 20 7946 0018',NULL);\n"
        "INSERT INTO clients VALUES(4,'Denis',NULL,NULL);\n"
        "COMMIT;\n"
    ))
    code, doc = scan_json(dump)
    assert code == 1
    assert {(f["table"], f["column"]) for f in doc["findings"] if f["category"] == "phone"} == {
        ("clients", "tel_portable")}
    regions = doc["summary"]["phone_regions"]
    assert regions["FR"] == 2 and regions["GB"] == 1 and "US" not in regions
    assert list(regions.values()) == sorted(regions.values(), reverse=True)  # most frequent first
    assert all(isinstance(n, int) and n <= 2 for n in regions.values())
