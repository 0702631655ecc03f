"""`dumpscrub init` writes rules that are valid as written, pass --strict, and scrub:
init -> scrub --strict -> restore on the real server, on corpus dumps of the three
tools. The restored copy has every row and every key of the original, and none of
the e-mails or IBANs of the original's personal columns (pii.yml) is left."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dumpscrub.checks.dump import DumpFile
from support.corpus import CORPUS, load_fks, load_pii
from support.databases import orphans
from support.harnesses import harness_for
from support.roundtrip import SECRET, Case

DUMPS = [
    "edge/edge.mysqldump.default.sql",
    "edge/edge.pg_dump.default.sql",
    "edge/edge.sqlite3.dump.sql",
    "sakila/sakila.mysqldump.default.sql",
    "pagila/pagila.pg_dump.default.sql",
    "chinook/chinook.sqlite3.dump.sql",
]
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")  # bounded: a 200 kB line stays linear
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def dumpscrub(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dumpscrub", *args], capture_output=True, text=True)


def personal_items(case: Case) -> tuple[set[str], set[str]]:
    """The e-mails and IBANs (without spaces) in the original's personal columns."""
    wanted: dict[str, set[str]] = {}
    for entry in load_pii(case.dataset, case.tool):
        wanted.setdefault(entry["table"].casefold(), set()).add(entry["column"])
    emails, ibans = set(), set()
    with case.path.open("rb") as stream, DumpFile(stream, str(case.path)) as d:
        for table, names, values in d.rows(lambda t, names: t.rsplit(".", 1)[-1].casefold() in wanted
                                           or t.casefold() in wanted):
            columns = wanted.get(table.casefold()) or wanted[table.rsplit(".", 1)[-1].casefold()]
            for name, value in zip(names, values):
                if name in columns and value:
                    emails.update(e.casefold() for e in EMAIL.findall(value))
                    ibans.update(i.replace(" ", "") for i in IBAN.findall(value))
    return emails, ibans


@pytest.mark.parametrize("dump", DUMPS, ids=[d.split("/")[1] for d in DUMPS])
def test_init_rules_pass_strict_and_scrub_every_email_and_iban(dump: str, request, tmp_path: Path) -> None:
    case = Case(CORPUS / dump)
    h = harness_for(case.tool, request)
    rules = tmp_path / "rules.yml"
    init = dumpscrub("init", str(case.path), "-o", str(rules))
    assert init.returncode == 0, init.stderr
    parsed = yaml.safe_load(rules.read_text())
    assert parsed["strict"] is True and parsed["tables"]

    out = tmp_path / "out.sql"
    scrubbed = dumpscrub(str(case.path), "-r", str(rules), "--strict", "--secret", SECRET, "-o", str(out))
    assert scrubbed.returncode == 0, scrubbed.stderr
    assert "warning" not in scrubbed.stderr, scrubbed.stderr  # no rule contradicts a key or a type

    emails, ibans = personal_items(case)
    assert emails, "the dataset has e-mails to scrub"
    text = out.read_bytes().decode("utf-8", "replace")
    left_emails = {e.casefold() for e in EMAIL.findall(text)} & emails
    left_ibans = {i.replace(" ", "") for i in IBAN.findall(text)} & ibans
    assert not left_emails and not left_ibans, (len(left_emails), len(left_ibans))

    with h.restored(case, case.path.read_bytes(), "init_original") as (db, _):
        counts = {t: h.server.query(db, f"SELECT COUNT(*) FROM {h.server.table(t)}")[0][0]
                  for t in {fk["child"] for fk in load_fks(case.dataset, case.tool)}}
    with h.restored(case, out.read_bytes(), "init_scrubbed") as (db, _):
        assert {t: h.server.query(db, f"SELECT COUNT(*) FROM {h.server.table(t)}")[0][0] for t in counts} == counts
        broken = {fk.get("name", fk["child"]): n for fk in load_fks(case.dataset, case.tool) if (n := orphans(h.server, db, fk))}
        assert not broken, broken
        assert h.server_problems(db) == []


def test_init_refuses_what_is_not_a_dump(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    result = dumpscrub("init", str(path), "-o", str(tmp_path / "rules.yml"))
    assert result.returncode == 1
    assert result.stderr.startswith("dumpscrub: error: ") and "Traceback" not in result.stderr
    assert not (tmp_path / "rules.yml").exists()
