"""Keys follow their rules: a rule on users.email alone reaches every column that
references it (orders.user_email, composite keys through user_phones ...), so the
restored database has no orphan, on the three servers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support.corpus import CORPUS, load_fks
from support.databases import orphans
from support.harnesses import harness_for
from support.roundtrip import SECRET, Case

EDGE = ["edge/edge.mysqldump.default.sql", "edge/edge.pg_dump.default.sql", "edge/edge.sqlite3.dump.sql"]
RULES = "version: 1\ntables:\n  users:\n    columns:\n      email: email\n"


def scrub(path: Path, rules: str, tmp_path: Path) -> tuple[bytes, str]:
    (tmp_path / "rules.yml").write_text(rules)
    out = tmp_path / "out.sql"
    proc = subprocess.run(
        [sys.executable, "-m", "dumpscrub", str(path), "-r", str(tmp_path / "rules.yml"), "--secret", SECRET, "-o", str(out)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return out.read_bytes(), proc.stderr


@pytest.mark.parametrize("dump", EDGE, ids=[d.split("/")[1] for d in EDGE])
def test_one_rule_on_a_parent_key_reaches_every_referencing_column(
    dump: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    case = Case(CORPUS / dump)
    h = harness_for(case.tool, request)
    scrubbed, stderr = scrub(case.path, RULES, tmp_path)
    email_fks = [fk for fk in load_fks(case.dataset, case.tool) if fk["personal_key"]]
    assert len(email_fks) >= 5
    added = stderr.split("rules added by foreign keys: ", 1)[1]
    for fk in email_fks:
        for column, parent_column in zip(fk["columns"], fk["parent_columns"]):
            if fk["parent"] == "users" and parent_column == "email":
                assert f"{fk['child']}.{column} (follows " in added, (fk, added)
    with h.restored(case, case.path.read_bytes(), "kf_original") as (db, _):
        originals = {e for (e,) in h.server.query(db, "SELECT email FROM users") if e}
    with h.restored(case, scrubbed, "kf_scrubbed") as (db, _):
        problems = {fk["name"] if "name" in fk else fk["child"]: n for fk in email_fks if (n := orphans(h.server, db, fk))}
        left = {}
        for fk in email_fks:
            q = h.server.quote
            values = h.server.query(db, f"SELECT {', '.join(q(c) for c in fk['columns'])} FROM {h.server.table(fk['child'])}")
            left[fk["child"]] = {v for row in values for v in row} & originals
    assert not problems, problems
    assert not any(left.values()), {t: len(v) for t, v in left.items()}


def test_an_explicit_rule_on_the_child_wins_with_a_warning(tmp_path: Path) -> None:
    rules = RULES + "  orders:\n    columns:\n      user_email: hash\n"
    _, stderr = scrub(CORPUS / "edge" / "edge.sqlite3.dump.sql", rules, tmp_path)
    assert "`orders`.`user_email` references `users`.`email` but has its own strategy 'hash'" in stderr
    assert "orders.user_email (follows" not in stderr
