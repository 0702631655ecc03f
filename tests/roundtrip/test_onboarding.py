"""examples/onboarding.sh: fetch the published scrubbed dump and load it, in one
command, into each engine, as a new developer would."""

from __future__ import annotations

import gzip
import hashlib
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from dumpscrub.pipeline import scrub
from dumpscrub.rules import load_rules

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPT = EXAMPLES / "onboarding.sh"


def publish(tmp_path: Path, example: str, checksum: str | None = None) -> str:
    """Scrub an example dump as the CI example does, gzip it, write its checksum; its file:// URL."""
    out = tmp_path / "dev.sql"
    with (EXAMPLES / example).open("rb") as src, out.open("wb") as dst:
        scrub(src, dst, load_rules(EXAMPLES / "shop.rules.yml"), secret=b"s")
    published = tmp_path / "dev.sql.gz"
    published.write_bytes(gzip.compress(out.read_bytes()))
    digest = checksum or hashlib.sha256(published.read_bytes()).hexdigest()
    (tmp_path / "dev.sql.gz.sha256").write_text(f"{digest}  dev.sql.gz\n")
    return published.as_uri()


def onboard(url: str, db: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(SCRIPT), db], env={"DUMP_URL": url, "PATH": "/usr/local/bin:/usr/bin:/bin"},
                          cwd=cwd, capture_output=True, text=True, timeout=120)


def test_sqlite(tmp_path: Path) -> None:
    result = onboard(publish(tmp_path, "shop.sqlite.sql"), "dev.db", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "checksum ok" in result.stderr
    with sqlite3.connect(tmp_path / "dev.db") as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0  # truncated by the rules
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_postgres(tmp_path: Path, postgres) -> None:
    db = f"onboard_{uuid.uuid4().hex[:8]}"
    try:
        result = onboard(publish(tmp_path, "shop.pg.sql"), db, tmp_path)
        assert result.returncode == 0, result.stderr
        first = postgres.query(db, "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM orders)")
        assert first[0][0] > 0
        postgres.query(db, "INSERT INTO products (id, name, price) VALUES (-1, 'stale', 1)")
        # Run again: the database is dropped and loaded anew (the stale row is gone).
        assert onboard(publish(tmp_path, "shop.pg.sql"), db, tmp_path).returncode == 0
        assert postgres.query(db, "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM orders)") == first
        assert postgres.query(db, "SELECT count(*) FROM products WHERE id = -1") == [(0,)]
    finally:
        postgres.drop(db)


def test_mariadb(tmp_path: Path, mariadb) -> None:
    db = f"onboard_{uuid.uuid4().hex[:8]}"
    try:
        result = onboard(publish(tmp_path, "shop.mysql.sql"), db, tmp_path)
        assert result.returncode == 0, result.stderr
        assert mariadb.query(db, "SELECT count(*) FROM users")[0][0] > 0
    finally:
        mariadb.drop(db)


def test_a_dump_that_is_not_what_was_published_is_refused(tmp_path: Path) -> None:
    result = onboard(publish(tmp_path, "shop.sqlite.sql", checksum="0" * 64), "dev.db", tmp_path)
    assert result.returncode == 1
    assert "checksum mismatch" in result.stderr
    assert not (tmp_path / "dev.db").exists()


@pytest.mark.parametrize("url", ["", "file:///nonexistent/dev.sql.gz"])
def test_missing_or_unreachable_dump(tmp_path: Path, url: str) -> None:
    result = onboard(url, "dev.db", tmp_path)
    assert result.returncode == 1 and "onboarding: error:" in result.stderr
