"""Issue 5's "done when", on held-out dumps of an application the detector has never seen.

The application (support/heldout.py) is a French medical practice's software, built
blind (without reading the detector or its tests) and labelled by hand
(tests/heldout/labels.yml). It is created with the same rows on MariaDB, PostgreSQL
and SQLite and dumped by mysqldump, pg_dump and sqlite3 .dump; every command runs
through the real CLI (`python -m dumpscrub`). The issue asks that on these dumps:

* `scan` finds at least 90% of the personal columns, with at most 2 false alarms
  among the clearly non-personal columns;
* `scan -r` names what the rules leave uncovered, and not what they cover;
* the rules `init` writes pass `--strict`, and the scrub they make restores with its
  foreign keys and row counts, without one original e-mail or IBAN, in any layout;
* `verify` passes that clean scrub and fails the unscrubbed original;
* `--strict` refuses the init rules with one column's rule deleted, naming it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from dumpscrub.checks.dump import DumpFile
from support.databases import MariaDB, PostgreSQL, Server, SQLite, orphans, row_counts
from support.harnesses import MariaDBHarness
from support.heldout import COLUMNS, FOREIGN_KEYS, Practice, compact_iban, create, dump, load_labels, make_practice

TOOLS = {"mysqldump": "mariadb", "pg_dump": "postgresql", "sqlite3": "sqlite"}
SECRET = "issue-5-acceptance"
MIN_RECALL = 0.90
MAX_FALSE_ALARMS = 2
TIMEOUT = 600  # seconds for one CLI run; the dumps are about 1 MB

# A rules author's first attempt: the patients' and staff's obvious columns, the
# insurers kept. SCAN_UNCOVERED are personal columns it leaves without a rule, each of
# a kind the issue names (e-mail, phone, IP, IBAN, token, free text, image blob).
PARTIAL_RULES = """\
version: 1
locale: fr_FR
tables:
  patients:
    columns:
      prenom: first_name
      nom: last_name
      courriel: email
      iban: iban
      dob: {strategy: date, generalize: year}
  personnel:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
  mutuelles: keep
"""
SCAN_COVERED = {
    ("patients", "prenom"), ("patients", "nom"), ("patients", "courriel"), ("patients", "iban"), ("patients", "dob"),
    ("personnel", "first_name"), ("personnel", "last_name"), ("personnel", "email"),
    *(("mutuelles", column) for column in COLUMNS["mutuelles"]),
}
SCAN_UNCOVERED = {
    ("patients", "tel_portable"), ("patients", "notes"), ("patients", "photo"), ("contacts_urgence", "email"),
    ("contacts_urgence", "telephone"), ("users", "last_ip"), ("user_sessions", "session_token"),
    ("paiements", "iban_emetteur"),
}
STRICT_VICTIM = ("patients", "tel_portable")  # the column whose rule is deleted for --strict


def bare(table: str) -> str:
    """A table name without the schema pg_dump puts before it (public.patients)."""
    return table.rpartition(".")[2]


def run(*args: str) -> subprocess.CompletedProcess:
    """The real CLI, bytes in and out."""
    return subprocess.run([sys.executable, "-m", "dumpscrub", *args], capture_output=True, check=False, timeout=TIMEOUT)


def said(proc: subprocess.CompletedProcess) -> str:
    """A run's exit code, stdout (a report, never a dump here) and stderr, for an assertion's message."""
    out, err = (stream.decode("utf-8", "replace")[-3000:] for stream in (proc.stdout, proc.stderr))
    return f"exit {proc.returncode}, stdout:\n{out}\nstderr:\n{err}"


def personal(tool: str) -> set[tuple[str, str]]:
    return {(c["table"], c["column"]) for c in load_labels(tool)["columns"]}


def clearly_not_personal(tool: str) -> set[tuple[str, str]]:
    return {(e["table"], c) for e in load_labels(tool)["clearly_not_personal"] for c in e["columns"]}


def scan_findings(proc: subprocess.CompletedProcess) -> tuple[list[dict], set[tuple[str, str]]]:
    """scan --format json's findings, and their (bare table, column) pairs."""
    document = json.loads(proc.stdout)
    found = document["findings"]
    for finding in found:
        assert {"table", "column", "category", "reason", "confidence"} <= finding.keys(), finding
    return found, {(bare(f["table"]), f["column"]) for f in found}


def leaks(text: str, p: Practice) -> dict[str, set[str]]:
    """The practice's personal e-mails and IBANs found in `text`, in any case or layout."""
    folded = text.casefold()
    squeezed = re.sub(r"\s+", "", text).upper()
    return {
        "emails": {e for e in p.emails if e in folded},
        "ibans": {i for i in p.ibans if i in squeezed},
    }


@dataclass
class Dumped:
    """One held-out dump, as its tool wrote it."""

    tool: str
    server: Server
    path: Path
    folder: Path


@dataclass
class Initialized:
    """One dump's init rules and the scrub they made."""

    rules: Path
    rules_text: str
    output: Path
    scrub: subprocess.CompletedProcess


@pytest.fixture(scope="module")
def practice() -> Practice:
    return make_practice()


@pytest.fixture(scope="module")
def dumped(
    practice: Practice,
    mariadb: MariaDB,
    postgres: PostgreSQL,
    sqlite: SQLite,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], Dumped]]:
    """A getter of each tool's dump, made when a test first asks for it (a server that
    fails fails its own tests, not the other tools')."""
    servers: dict[str, Server] = {"mariadb": mariadb, "postgresql": postgres, "sqlite": sqlite}
    sources: dict[str, str] = {}
    done: dict[str, Dumped] = {}

    def get(tool: str) -> Dumped:
        if tool not in done:
            server = servers[TOOLS[tool]]
            sources[tool] = server.fresh_database("heldout_source")
            create(server, sources[tool], practice)
            folder = tmp_path_factory.mktemp(f"heldout-{tool}")
            path = folder / f"cabinet.{tool}.sql"
            path.write_bytes(dump(server, sources[tool]))
            done[tool] = Dumped(tool, server, path, folder)
        return done[tool]

    yield get
    for tool, db in sources.items():
        servers[TOOLS[tool]].drop(db)


@pytest.fixture(scope="module")
def initialized(dumped: Callable[[str], Dumped]) -> Callable[[str], Initialized]:
    """A getter of each dump's `init` rules and the `--strict` scrub made with them."""
    done: dict[str, Initialized] = {}

    def get(tool: str) -> Initialized:
        if tool not in done:
            d = dumped(tool)
            proc = run("init", str(d.path))
            assert proc.returncode == 0, f"dumpscrub init: {said(proc)}"
            rules = d.folder / "rules.yml"
            rules.write_bytes(proc.stdout)
            output = d.folder / "scrubbed.sql"
            scrub = run(str(d.path), "-r", str(rules), "--strict", "--secret", SECRET, "-o", str(output))
            done[tool] = Initialized(rules, proc.stdout.decode("utf-8"), output, scrub)
        return done[tool]

    return get


# -- the application itself ------------------------------------------------------


def test_labels_are_consistent() -> None:
    """No column is both personal and clearly not; the look-alikes are not personal."""
    for tool in TOOLS:
        labels = load_labels(tool)
        look_alikes = {(e["table"], e["column"]) for e in labels["not_personal"]}
        assert not personal(tool) & clearly_not_personal(tool)
        assert not personal(tool) & look_alikes
        assert {(e["table"], c) for e in labels["quasi_identifiers"] for c in e["columns"]} <= {
            (t, c) for t, cols in COLUMNS.items() for c in cols
        }


@pytest.mark.parametrize("tool", TOOLS)
def test_dump_holds_every_labelled_column(tool: str, dumped: Callable[[str], Dumped]) -> None:
    """Each dump's CREATE TABLEs have the application's columns, every labelled one among
    them, and every table has rows."""
    with dumped(tool).path.open("rb") as fh, DumpFile(fh, dumped(tool).path.name) as d:
        surveyed = d.survey()
        tables = {bare(name): tdef for name, tdef in surveyed.catalog.tables.items()}
        with_data = {bare(name) for name in surveyed.data}
    assert set(tables) == set(COLUMNS)
    assert with_data == set(COLUMNS)
    for table, tdef in tables.items():
        assert tuple(c.name for c in tdef.columns) == COLUMNS[table], table
    labels = load_labels(tool)
    named = personal(tool) | clearly_not_personal(tool) | {(e["table"], e["column"]) for e in labels["not_personal"]}
    missing = sorted(f"{t}.{c}" for t, c in named if t not in tables or tdef_lacks(tables[t], c))
    assert not missing, f"labelled columns not in the {tool} dump: {missing}"


def tdef_lacks(tdef: Any, column: str) -> bool:
    return column not in {c.name for c in tdef.columns}


# -- scan ------------------------------------------------------------------------


@pytest.mark.parametrize("tool", TOOLS)
def test_scan_finds_the_personal_columns(tool: str, dumped: Callable[[str], Dumped], practice: Practice) -> None:
    proc = run("scan", str(dumped(tool).path), "--format", "json")
    assert proc.returncode == 1, f"scan must exit 1 when it finds something: {said(proc)}"
    _, found = scan_findings(proc)
    wanted, innocent = personal(tool), clearly_not_personal(tool)
    hits = found & wanted
    missed = sorted(f"{t}.{c}" for t, c in wanted - found)
    false_alarms = sorted(f"{t}.{c}" for t, c in found & innocent)
    recall = len(hits) / len(wanted)
    score = (
        f"{tool}: recall {recall:.0%} ({len(hits)}/{len(wanted)}), missed {missed}; "
        f"{len(false_alarms)} false alarms among {len(innocent)} clearly non-personal columns: {false_alarms}"
    )
    print(score)
    assert recall >= MIN_RECALL and len(false_alarms) <= MAX_FALSE_ALARMS, score
    shown = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    assert not any(leaks(shown, practice).values()), f"scan printed personal values: {leaks(shown, practice)}"


@pytest.mark.parametrize("tool", TOOLS)
def test_scan_with_rules_names_what_they_leave_uncovered(tool: str, dumped: Callable[[str], Dumped]) -> None:
    d = dumped(tool)
    rules = d.folder / "partial.rules.yml"
    rules.write_text(PARTIAL_RULES, encoding="utf-8")
    proc = run("scan", str(d.path), "-r", str(rules), "--format", "json")
    assert proc.returncode == 1, f"scan -r must exit 1 when columns are left uncovered: {said(proc)}"
    _, found = scan_findings(proc)
    not_named = sorted(f"{t}.{c}" for t, c in SCAN_UNCOVERED - found)
    covered_named = sorted(f"{t}.{c}" for t, c in SCAN_COVERED & found)
    assert not not_named, f"{tool}: uncovered personal columns scan -r does not name: {not_named}"
    assert not covered_named, f"{tool}: columns the rules cover, named anyway: {covered_named}"


# -- init, --strict, the scrub, verify -------------------------------------------


def restored_problems(server: Server, db: str, data: bytes) -> list[str]:
    """Restore a scrubbed dump; MariaDB's warnings and the foreign keys with orphans
    (mysqldump restores with FOREIGN_KEY_CHECKS=0, so MariaDB checks none)."""
    problems: list[str] = []
    if isinstance(server, MariaDB):
        problems += [f"MariaDB: {w}" for w in MariaDBHarness(server).restore(db, data)]
    else:
        server.restore(db, data)
    problems += [
        f"FK {fk['child']}{fk['columns']}: {n} orphans" for fk in FOREIGN_KEYS if (n := orphans(server, db, fk))
    ]
    if isinstance(server, SQLite):
        problems += [f"PRAGMA foreign_key_check: {row}" for row in server.query(db, "PRAGMA foreign_key_check")]
    return problems


def table_actions(rules_text: str) -> dict[str, str]:
    """The bare table names the rules give an action (truncate, drop, keep), and the action."""
    actions = {}
    for table, rule in (yaml.safe_load(rules_text).get("tables") or {}).items():
        action = rule if isinstance(rule, str) else (rule or {}).get("action")
        if action:
            actions[bare(table)] = action
    return actions


def as_text(value: Any) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


@pytest.mark.parametrize("tool", TOOLS)
def test_init_rules_pass_strict_and_remove_every_email_and_iban(
    tool: str, dumped: Callable[[str], Dumped], initialized: Callable[[str], Initialized], practice: Practice
) -> None:
    d, init = dumped(tool), initialized(tool)
    assert yaml.safe_load(init.rules_text)["version"] == 1
    assert init.scrub.returncode == 0, f"the init rules with --strict: {said(init.scrub)}"
    output = init.output.read_bytes()
    in_bytes = leaks(output.decode("utf-8", "replace"), practice)
    assert not any(in_bytes.values()), f"{tool}: originals left in the scrubbed dump: {in_bytes}"

    actions = table_actions(init.rules_text)
    expected = {
        t: 0 if actions.get(t) == "truncate" else len(practice.rows[t]) for t in COLUMNS if actions.get(t) != "drop"
    }
    db = d.server.fresh_database("heldout_scrubbed")
    try:
        problems = restored_problems(d.server, db, output)
        counts = {bare(t): n for t, n in row_counts(d.server, db).items() if bare(t) in COLUMNS}
        left: dict[str, set[str]] = {"emails": set(), "ibans": set()}
        for table in counts:
            for row in d.server.query(db, f"SELECT * FROM {d.server.table(table)}"):
                for kind, found in leaks("\x00".join(as_text(v) for v in row), practice).items():
                    left[kind] |= {f"{table}: {value[:3]}***" for value in found}
    finally:
        d.server.drop(db)
    assert not problems, f"{tool}: the scrubbed dump restores with problems: {problems}"
    assert counts == expected, f"{tool}: row counts differ from the original's: {counts} != {expected}"
    assert not any(left.values()), f"{tool}: originals left in the restored database: {left}"


@pytest.mark.parametrize("tool", TOOLS)
def test_verify_passes_the_clean_scrub_and_fails_the_original(
    tool: str, dumped: Callable[[str], Dumped], initialized: Callable[[str], Initialized]
) -> None:
    d, init = dumped(tool), initialized(tool)
    assert init.scrub.returncode == 0, f"the init rules with --strict: {said(init.scrub)}"
    clean = run("verify", str(d.path), str(init.output), "-r", str(init.rules))
    assert clean.returncode == 0, f"{tool}: verify of the clean scrub: {said(clean)}"
    unscrubbed = run("verify", str(d.path), str(d.path), "-r", str(init.rules))
    assert unscrubbed.returncode == 1, f"{tool}: verify of the unscrubbed original: {said(unscrubbed)}"


@pytest.mark.parametrize("tool", TOOLS)
def test_strict_refuses_rules_that_leave_a_column_unclassified(
    tool: str, dumped: Callable[[str], Dumped], initialized: Callable[[str], Initialized]
) -> None:
    d, init = dumped(tool), initialized(tool)
    rules = yaml.safe_load(init.rules_text)
    table, column = STRICT_VICTIM
    keys = [name for name in rules["tables"] if bare(name) == table]
    assert len(keys) == 1, f"init rules name {table} {len(keys)} times: {keys}"
    table_rule = rules["tables"][keys[0]]
    assert isinstance(table_rule, dict) and not table_rule.get("action"), f"init gave {table} an action: {table_rule}"
    names = [name for name in table_rule["columns"] if name.casefold() == column]
    assert len(names) == 1, f"init rules name {table}.{column} {len(names)} times"
    del table_rule["columns"][names[0]]
    lacking = d.folder / "lacking.rules.yml"
    lacking.write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
    output = d.folder / "refused.sql"
    proc = run(str(d.path), "-r", str(lacking), "--strict", "-o", str(output))
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, f"{tool}: --strict with {table}.{column} unclassified: {said(proc)}"
    assert f"{table}.{column}" in stderr, f"{tool}: the error does not name {table}.{column}:\n{stderr}"
    assert not output.exists(), "a refused run wrote its output"
