"""The command line: exit codes, exact messages, stdout holds only the dump."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dumpscrub.cli import cli

GOLDEN = Path(__file__).parent / "golden" / "mysql"
DUMP = GOLDEN / "mariadb_extended_insert" / "input.sql"
RULES = GOLDEN / "mariadb_extended_insert" / "rules.yml"


def run(*args: str, env: dict | None = None):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)
    return result


def dumpscrub(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dumpscrub", *args], capture_output=True, **kwargs)


@pytest.fixture
def rules(tmp_path: Path):
    def write(text: str) -> str:
        path = tmp_path / "rules.yml"
        path.write_text(text)
        return str(path)

    return write


def test_scrub_writes_only_the_dump_to_stdout() -> None:
    # The golden case was made with the library and the secret "test-secret".
    result = dumpscrub(str(DUMP), "-r", str(RULES), "--secret", "test-secret")
    assert result.returncode == 0
    assert result.stdout == (GOLDEN / "mariadb_extended_insert" / "expected.sql").read_bytes()
    assert result.stderr.decode().startswith("dumpscrub: mysql dump: 1 tables rewritten (3 rows, 11 values replaced) in ")


def test_same_secret_same_bytes_no_secret_other_fakes(tmp_path: Path) -> None:
    runs = [dumpscrub(str(DUMP), "-r", str(RULES), "--secret", "s", "-q").stdout for _ in range(2)]
    assert runs[0] == runs[1]
    env = {**os.environ, "DUMPSCRUB_SECRET": "s"}
    assert dumpscrub(str(DUMP), "-r", str(RULES), "-q", env=env).stdout == runs[0]
    secret_file = tmp_path / "secret"
    secret_file.write_text("s\n")
    assert dumpscrub(str(DUMP), "-r", str(RULES), "-q", "--secret-file", str(secret_file)).stdout == runs[0]
    random_runs = [dumpscrub(str(DUMP), "-r", str(RULES), "-q").stdout for _ in range(2)]
    assert random_runs[0] != random_runs[1]
    assert runs[0] not in random_runs


def test_stdin_and_explicit_scrub_command() -> None:
    data = DUMP.read_bytes()
    piped = dumpscrub("-", "-r", str(RULES), "--secret", "s", "-q", input=data)
    explicit = dumpscrub("scrub", str(DUMP), "-r", str(RULES), "--secret", "s", "-q")
    assert piped.returncode == explicit.returncode == 0
    assert piped.stdout == explicit.stdout


def test_rules_error_exits_2_with_location(rules) -> None:
    path = rules("version: 1\ntables:\n  users:\n    columns:\n      email: emial\n")
    result = run(str(DUMP), "-r", path)
    assert result.exit_code == 2
    assert result.stdout_bytes == b""
    assert result.stderr == (
        f"dumpscrub: error: {path}:5:14: tables.users.columns.email: unknown strategy 'emial'. Did you mean 'email'?\n"
    )


def test_missing_input_exits_1(rules) -> None:
    result = run("nope.sql", "-r", str(RULES))
    assert result.exit_code == 1
    assert result.stderr == "dumpscrub: error: nope.sql: cannot open: No such file or directory\n"


def test_missing_rules_file_exits_2() -> None:
    result = run(str(DUMP), "-r", "nope.yml")
    assert result.exit_code == 2
    assert result.stderr == "dumpscrub: error: nope.yml: cannot read the rules file: No such file or directory\n"


def test_syntax_error_exits_1_leaves_no_output_file(tmp_path: Path) -> None:
    dump = tmp_path / "bad.sql"
    dump.write_bytes(DUMP.read_bytes().replace(b"(2,'bob@example.io','BOB','SMITH','198.51.100.7',NULL)", b"(2,'bob@example.io','BOB')"))
    out = tmp_path / "out.sql"
    result = dumpscrub(str(dump), "-r", str(RULES), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr == (
        f"dumpscrub: error: {dump}:30:1: row has 3 values but table `users` has 6 columns "
        "(is the CREATE TABLE for this table the one the data was dumped with?)\n"
    ).encode()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.sql"]


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    dump = tmp_path / "bad.sql"
    dump.write_bytes(b"INSERT INTO `users` VALUES (1,'a@b.c'\n")
    plain = dumpscrub(str(dump), "-r", str(RULES), "--dialect", "mysql")
    debug = dumpscrub(str(dump), "-r", str(RULES), "--dialect", "mysql", "--debug")
    assert plain.returncode == 1 and b"Traceback" not in plain.stderr
    assert b"Traceback" in debug.stderr and b"DumpSyntaxError" in debug.stderr


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "dev.sql"
    result = dumpscrub(str(DUMP), "-r", str(RULES), "--secret", "s", "-o", str(out), "-q")
    assert result.returncode == 0 and result.stdout == b""
    assert out.read_bytes() == dumpscrub(str(DUMP), "-r", str(RULES), "--secret", "s", "-q").stdout
    assert [p.name for p in tmp_path.iterdir()] == ["dev.sql"]


def test_failed_run_keeps_an_existing_output_file(tmp_path: Path, rules) -> None:
    out = tmp_path / "dev.sql"
    out.write_bytes(b"previous")
    path = rules("version: 1\ntables:\n  users:\n    columns:\n      email: {strategy: email}\n      id: email\n")
    result = dumpscrub(str(DUMP), "-r", path, "-o", str(out))
    assert result.returncode == 2
    assert b"`users`.`id`: strategy 'email' cannot fill a column of type int" in result.stderr
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dev.sql", "rules.yml"]


def test_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.sql"
    rows = b",\n".join(b"(%d,'user%d@example.io','Ann','Lee','10.0.0.1',NULL)" % (i, i) for i in range(200000))
    big.write_bytes(DUMP.read_bytes().split(b"INSERT INTO `users`")[0] + b"INSERT INTO `users` VALUES\n" + rows + b";\n")
    proc = subprocess.run(
        f"{sys.executable} -m dumpscrub {big} -r {RULES} -q | head -c 100 > /dev/null; echo ${{PIPESTATUS[0]}}",
        shell=True,
        capture_output=True,
        executable="/bin/bash",
    )
    assert proc.stderr == b""
    assert proc.stdout.strip() == b"141"


def test_both_secret_options_is_a_usage_error(tmp_path: Path) -> None:
    secret_file = tmp_path / "s"
    secret_file.write_text("x")
    result = run(str(DUMP), "-r", str(RULES), "--secret", "a", "--secret-file", str(secret_file))
    assert result.exit_code == 2
    assert result.stderr == "dumpscrub: error: give --secret (or DUMPSCRUB_SECRET) or --secret-file, not both\n"


def test_undetectable_dialect_exits_1_with_hint(tmp_path: Path) -> None:
    dump = tmp_path / "x.sql"
    dump.write_bytes(b"SELECT 1;\n")
    result = run(str(dump), "-r", str(RULES))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"dumpscrub: error: {dump}:1:1: cannot tell which program wrote this dump (pass --dialect ")


def test_unknown_table_and_column_warn_then_fail_under_strict(rules) -> None:
    path = rules("version: 1\ntables:\n  ghosts: truncate\n  users:\n    columns:\n      nope: email\n")
    result = run(str(DUMP), "-r", path)
    assert result.exit_code == 0
    assert f"dumpscrub: warning: {path}:6:7: column `users`.`nope` is not in the dump\n" in result.stderr
    assert f"dumpscrub: warning: {path}:3:3: table `ghosts` is not in the dump\n" in result.stderr
    strict = run(str(DUMP), "-r", path, "--strict")
    assert strict.exit_code == 2
    assert f"{path}:6:7: column `users`.`nope` is not in the dump (--strict)" in strict.stderr


def test_colliding_strategy_on_unique_column_warns(rules) -> None:
    path = rules("version: 1\ntables:\n  users:\n    columns:\n      email: first_name\n")
    result = run(str(DUMP), "-r", path)
    assert result.exit_code == 0
    assert "`users`.`email` is part of a PRIMARY KEY or UNIQUE key, and strategy 'first_name' can give" in result.stderr


def test_no_create_info_needs_a_schema(tmp_path: Path) -> None:
    lines = DUMP.read_bytes().splitlines(keepends=True)
    is_data = [line.startswith((b"INSERT", b"(", b"LOCK", b"UNLOCK")) for line in lines]
    schema = tmp_path / "schema.sql"
    schema.write_bytes(b"".join(line for line, data in zip(lines, is_data) if not data))
    only_data = tmp_path / "data.sql"
    only_data.write_bytes(b"-- MariaDB dump 10.19\n" + b"".join(line for line, data in zip(lines, is_data) if data))
    result = dumpscrub(str(only_data), "-r", str(RULES), "--secret", "s")
    assert result.returncode == 1
    assert b"rules name columns of `users`, but the dump has no CREATE TABLE for it" in result.stderr
    assert b"(pass the schema with --schema FILE, or dump with --complete-insert)" in result.stderr
    fixed = dumpscrub(str(only_data), "-r", str(RULES), "--secret", "s", "--schema", str(schema), "-q")
    assert fixed.returncode == 0
    with_ddl = dumpscrub(str(DUMP), "-r", str(RULES), "--secret", "s", "-q")
    scrubbed_rows = [line for line in with_ddl.stdout.splitlines(keepends=True) if line.startswith(b"(")]
    assert scrubbed_rows and all(row in fixed.stdout for row in scrubbed_rows)
    assert b"Zoe.O" not in fixed.stdout


def test_strategies_lists_every_strategy() -> None:
    result = run("strategies")
    assert result.exit_code == 0
    for name in ("keep", "null", "constant", "hash", "first_name", "last_name", "name", "email", "phone", "address", "ip"):
        assert f"\n{name} " in "\n" + result.stdout
    assert "value" in result.stdout and "length=None" in result.stdout


def test_version_names_faker() -> None:
    result = run("--version")
    assert result.exit_code == 0 and "faker 40.63.0" in result.stdout


@pytest.mark.parametrize("compress", ["gzip", "xz", "bzip2"])
def test_compressed_dumps_are_read_as_they_are(tmp_path: Path, compress: str) -> None:
    import bz2
    import gzip
    import lzma

    packers = {"gzip": gzip.compress, "xz": lzma.compress, "bzip2": bz2.compress}
    packed = tmp_path / "dump.sql.z"
    packed.write_bytes(packers[compress](DUMP.read_bytes()))
    plain = dumpscrub(str(DUMP), "-r", str(RULES), "--secret", "s", "-q")
    from_file = dumpscrub(str(packed), "-r", str(RULES), "--secret", "s", "-q")
    from_stdin = dumpscrub("-", "-r", str(RULES), "--secret", "s", "-q", input=packed.read_bytes())
    assert plain.returncode == from_file.returncode == from_stdin.returncode == 0
    assert from_file.stdout == from_stdin.stdout == plain.stdout


def test_truncated_compressed_dump_is_a_clean_error(tmp_path: Path) -> None:
    import gzip

    packed = tmp_path / "dump.sql.gz"
    packed.write_bytes(gzip.compress(DUMP.read_bytes())[:-20])
    out = tmp_path / "out.sql"
    result = dumpscrub(str(packed), "-r", str(RULES), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"dumpscrub: error: {packed}:".encode())
    assert b"cannot read the dump: Compressed file ended before the end-of-stream marker was reached" in result.stderr
    assert b"Traceback" not in result.stderr
    assert not out.exists()


def test_sqlite3_dumps_are_detected_and_read(rules) -> None:
    from support.corpus import CORPUS

    path = CORPUS / "chinook" / "chinook.sqlite3.dump.sql"
    result = run(str(path), "-r", rules("version: 1\ntables:\n  Customer:\n    columns:\n      Email: email\n"))
    assert result.exit_code == 0
    assert result.stderr.startswith("dumpscrub: sqlite dump: 1 tables rewritten (59 rows, 59 values replaced)")
    assert result.stdout_bytes.startswith(b"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n")


def test_strict_in_the_rules_file_is_the_same_as_the_flag(rules) -> None:
    path = rules("version: 1\nstrict: true\ntables:\n  ghosts: truncate\n")
    result = run(str(DUMP), "-r", path)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0] == f"dumpscrub: error: {path}:4:3: table `ghosts` is not in the dump (--strict)"
    # ...and privacy by default: no column of the dump is classified.
    assert "--strict: 8 column(s) of the dump are not classified" in lines[1]
    assert f"dumpscrub: error: {path}: `users.email` is not classified" in lines


def test_archives_and_database_files_are_refused_with_the_command_that_makes_a_dump(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "app.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    custom = tmp_path / "shop.dump"
    custom.write_bytes(b"PGDMP\x01\x0f\x00\x04\x08\x01\x01\x01" + bytes(200))  # the header pg_dump -Fc starts with
    for path, what, command in (
        (db, "an SQLite database file, not a dump", f"sqlite3 {db} .dump | dumpscrub - ..."),
        (custom, "a pg_dump custom-format archive (pg_dump -Fc)", f"pg_restore -f - {custom} | dumpscrub - ..."),
    ):
        for dialect in ("auto", "postgres"):
            result = run(str(path), "-r", str(RULES), "--dialect", dialect)
            assert result.exit_code == 1
            assert result.stderr == f"dumpscrub: error: {path}:1:1: this is {what} (make it plain SQL first: {command})\n"


def test_a_pg_dump_directory_archive_is_refused_with_the_command_that_makes_a_dump(tmp_path: Path) -> None:
    archive = tmp_path / "shop.dir"
    archive.mkdir()
    (archive / "toc.dat").write_bytes(b"PGDMP")
    result = run(str(archive), "-r", str(RULES))
    assert result.exit_code == 1
    assert result.stderr == (
        f"dumpscrub: error: {archive}: this is a pg_dump directory-format archive (pg_dump -Fd) "
        f"(make it plain SQL first: pg_restore -f - {archive} | dumpscrub - ...)\n"
    )


def test_a_piped_dump_is_spooled_and_read_again(tmp_path: Path) -> None:
    """Forgetting reads the dump more than once: from a pipe (not seekable), through a
    temporary copy, with the same result as from the file."""
    case = Path(__file__).parent / "golden" / "sqlite" / "strategy_library"
    args = ["-r", str(case / "rules.yml"), "--secret", "s"]
    from_file = dumpscrub(str(case / "input.sql"), *args)
    piped = subprocess.run(
        f"cat {case / 'input.sql'} | {sys.executable} -m dumpscrub - {' '.join(args)}",
        shell=True, capture_output=True, env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    assert from_file.returncode == piped.returncode == 0, piped.stderr
    assert piped.stdout == from_file.stdout
    assert b"rows left out: people 1, posts 1" in piped.stderr
    assert b"(3 reads of the dump)" in piped.stderr
    assert not list(tmp_path.iterdir())  # the temporary copy is gone
