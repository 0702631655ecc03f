"""Round trips through a real MariaDB: every mysqldump of the corpus, scrubbed by the CLI.

For each dump: build a rules file covering its pii.yml (support/pii_rules.py), run
`python -m dumpscrub` on it, restore the original into one fresh database and the
scrubbed output into another, and check:

* dumpscrub exits 0 and says nothing about an error;
* both restores succeed, and the scrubbed one raises no warning the original does
  not (mysqldump's header sets SQL_MODE='NO_AUTO_VALUE_ON_ZERO' for its session,
  which overrides the server's strict global sql_mode; a warning is what strict
  mode would have turned into an error, e.g. a fake cut to the column's length);
* row counts are equal, table by table;
* every foreign key of fk.yml holds, and no PRIMARY KEY / UNIQUE key has duplicates
  (the dumps restore with FOREIGN_KEY_CHECKS=0 and UNIQUE_CHECKS=0, so the server
  did not check for us);
* columns without rules (and kept columns) are unchanged: an order-independent
  checksum per table and per column;
* ruled columns changed: NULL and '' stay as they are, "null" gives NULL,
  "constant" its value, a fake strategy changes every value (the name strategies
  pick from lists of common names, so a name may stay by chance: at most 1 in 50);
* equal originals get equal fakes in every table (same strategy, same column type);
* no original value of a ruled column is left in the scrubbed dump as a complete
  SQL literal.

The employees dump (173 MB, about a minute) runs too; DUMPSCRUB_SKIP_BIG=1 skips it on purpose.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dumpscrub.dialects.mysql import escape
from support.corpus import CORPUS, dump_bytes, dumps, load_fks
from support.databases import MariaDB, duplicates, orphans, row_counts
from support.pii_rules import Choice, PiiRules, build_rules

SECRET = "test"
SKIP_BIG = "DUMPSCRUB_SKIP_BIG"
BIG_DATASETS = {"employees"}
SCHEMA_VARIANT = "no-data-skip-triggers"  # the schema a --no-create-info dump restores on
# shared/corpus/README.md, "Restoring": a --compact dump carries no session settings.
COMPACT_INIT = "SET FOREIGN_KEY_CHECKS=0, UNIQUE_CHECKS=0, SQL_MODE='NO_AUTO_VALUE_ON_ZERO', TIME_ZONE='+00:00'"
MIN_LEAK_LENGTH = 5  # shorter originals ('F', 'QLD', '1160') are bound to occur as other values
# Fakes of these are picked from Faker's lists of common names, where the original
# name may well be too: a row may keep its name by chance.
NAME_STRATEGIES = {"first_name", "last_name", "name"}
NAME_CHANCE = 50  # at most one name in this many may stay by chance (sakila: 2 of 200 first names)
MAX_SHOWN = 8  # examples per problem in a failure message
# mysqldump writes these unquoted, so their values cannot explain a quoted literal.
NUMERIC_TYPES = {"tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "year"}

# A piece of a MySQL dump ending at an unescaped quote: every literal's body is one piece
# (backslash pairs are consumed left to right, so \' and \\ are handled wherever they are).
# Unrolled loop, not possessive quantifiers: Python 3.10 has none, and it cannot backtrack badly.
_PIECE = re.compile(rb"[^'\\]*(?:\\.[^'\\]*)*'", re.S)
_HEX_LITERAL = re.compile(rb"0x[0-9A-Fa-f]+")
_CREATE_DATABASE = re.compile(rb"^CREATE DATABASE [^`\n]*`((?:[^`]|``)+)`", re.M)
_WARNING = re.compile(r"^(?:Warning|Note|Error) \(Code \d+\): .*$", re.M)
_AT_ROW = re.compile(r" at row \d+")

Value = bytes | None


@dataclass(frozen=True)
class Case:
    """One corpus dump and how it restores (shared/corpus/README.md, "Restoring")."""

    path: Path

    @property
    def dataset(self) -> str:
        return self.path.parent.name

    @property
    def variant(self) -> str:
        return self.path.name.split(".")[2]

    @property
    def is_big(self) -> bool:
        return self.dataset in BIG_DATASETS

    @property
    def schema(self) -> Path | None:
        """The schema dump a --no-create-info dump is restored on (and scrubbed with)."""
        if self.variant != "no-create-info":
            return None
        return self.path.with_name(self.path.name.replace(".no-create-info.", f".{SCHEMA_VARIANT}."))

    @property
    def init_command(self) -> str | None:
        return COMPACT_INIT if self.variant == "compact" else None


def _cases() -> list[Case]:
    return [Case(p) for p in dumps("mysqldump") if f".{SCHEMA_VARIANT}." not in p.name]


CASES = _cases()
SCHEMA_DUMPS = [p for p in dumps("mysqldump") if f".{SCHEMA_VARIANT}." in p.name]


# -- running the pieces -------------------------------------------------------


def run_dumpscrub(source: Path | bytes, rules: PiiRules, tmp_path: Path, schema: Path | None = None) -> bytes:
    """The real CLI in a subprocess; the scrubbed dump it wrote.

    `source` is a path, or bytes fed on stdin (the decompressed .xz dumps).
    """
    rules_file = tmp_path / "rules.yml"
    rules_file.write_text(rules.yaml, encoding="utf-8")
    out = tmp_path / "scrubbed.sql"
    cmd = [sys.executable, "-m", "dumpscrub", "-" if isinstance(source, bytes) else str(source)]
    cmd += ["-r", str(rules_file), "--secret", SECRET, "-o", str(out)]
    if schema is not None:
        cmd += ["--schema", str(schema)]
    proc = subprocess.run(cmd, input=source if isinstance(source, bytes) else None, capture_output=True, check=False)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, f"dumpscrub exited {proc.returncode}:\n{stderr}"
    assert "error" not in stderr.lower(), f"dumpscrub reported an error:\n{stderr}"
    assert "warning" not in stderr.lower(), f"dumpscrub warned (the rules come from this dump's schema):\n{stderr}"
    return out.read_bytes()


def restore(mariadb: MariaDB, db: str | None, data: bytes, init_command: str | None = None) -> list[str]:
    """Like MariaDB.restore, with --show-warnings: returns the warnings the server raised.

    Each warning loses its "at row N", so the two restores compare by kind.
    """
    cmd = ["mariadb", f"--socket={mariadb.socket}", "--user=root", "--default-character-set=utf8mb4"]
    cmd.append("--show-warnings")
    if init_command is not None:
        cmd.append(f"--init-command={init_command}")
    if db is not None:
        cmd.append(db)
    proc = subprocess.run(cmd, input=data, capture_output=True, check=False)
    assert proc.returncode == 0, (
        f"restore into {db} failed (exit code {proc.returncode}):\n{proc.stderr.decode('utf-8', 'replace')[:2000]}"
    )
    return [_AT_ROW.sub("", w) for w in _WARNING.findall(proc.stdout.decode("utf-8", "replace"))]


@contextmanager
def restored(mariadb: MariaDB, case: Case, data: bytes, prefix: str) -> Iterator[tuple[str, list[str]]]:
    """Restore `data` as `case` says; yield (database, warnings); drop it afterwards."""
    own = _CREATE_DATABASE.search(data[: 1 << 20])
    if own is not None:
        # A --databases dump creates and USEs its own database: restore it under that name.
        db = own.group(1).decode("utf-8").replace("``", "`")
        mariadb.drop(db)
        target = None
    else:
        db = target = mariadb.fresh_database(prefix)
    try:
        warnings = []
        if case.schema is not None:
            warnings += restore(mariadb, target, case.schema.read_bytes(), case.init_command)
        warnings += restore(mariadb, target, data, case.init_command)
        yield db, warnings
    finally:
        mariadb.drop(db)


# -- what the checks know about the schema -------------------------------------


@dataclass
class Table:
    """A table of the original database, split by what the rules do to its columns."""

    name: str
    columns: list[str]
    types: dict[str, str]  # column -> COLUMN_TYPE, e.g. "varchar(254)"
    numeric: set[str]  # columns mysqldump writes without quotes
    generated: set[str]
    ruled: dict[str, Choice]  # columns a strategy other than keep rewrites (generated ones too)
    primary_key: tuple[str, ...]
    unique_keys: list[tuple[str, ...]]

    @property
    def unchanged(self) -> list[str]:
        """Columns that must come out as they were: no rule, or keep (generated ones excluded)."""
        return [c for c in self.columns if c not in self.ruled and c not in self.generated]

    @property
    def compared(self) -> list[str]:
        """Ruled columns compared row by row (a generated one is recomputed by the server)."""
        return [c for c in self.columns if c in self.ruled and c not in self.generated]

    @property
    def row_key(self) -> tuple[str, ...]:
        """Columns that pair a row of the original with its row in the scrubbed database."""
        if self.primary_key and not set(self.primary_key) & set(self.ruled):
            return self.primary_key
        return tuple(self.unchanged)  # used only if unique: see Snapshot.rows


def read_schema(mariadb: MariaDB, db: str, rules: PiiRules) -> dict[str, Table]:
    ruled: dict[tuple[str, str], Choice] = {
        (t.casefold(), c.casefold()): choice for (t, c), choice in rules.columns.items() if not choice.is_kept
    }
    tables: dict[str, Table] = {}
    for name in mariadb.tables(db):
        tables[name] = Table(name, [], {}, set(), set(), {}, (), [])
    for table, column, column_type, data_type, extra in mariadb.query(
        None,
        "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, EXTRA FROM information_schema.COLUMNS"
        " WHERE TABLE_SCHEMA = %s ORDER BY TABLE_NAME, ORDINAL_POSITION",
        (db,),
    ):
        if table not in tables:
            continue  # a view
        t = tables[table]
        t.columns.append(column)
        t.types[column] = column_type
        if data_type.lower() in NUMERIC_TYPES:
            t.numeric.add(column)
        if "GENERATED" in extra.upper():
            t.generated.add(column)
        choice = ruled.get((table.casefold(), column.casefold()))
        if choice is not None:
            t.ruled[column] = choice
    keys: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table, index, column in mariadb.query(
        None,
        "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
        " WHERE TABLE_SCHEMA = %s AND NON_UNIQUE = 0 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
        (db,),
    ):
        keys[(table, index)].append(column)
    for (table, index), columns in keys.items():
        tables[table].unique_keys.append(tuple(columns))
        if index == "PRIMARY":
            tables[table].primary_key = tuple(columns)
    missing = set(ruled) - {(t.name.casefold(), c.casefold()) for t in tables.values() for c in t.ruled}
    assert not missing, f"ruled columns missing from the restored database: {sorted(missing)}"
    return tables


# -- a database, as far as the checks need it ---------------------------------


@dataclass
class Snapshot:
    counts: dict[str, int]
    warnings: list[str]
    # table -> (row checksum, {column: column checksum}) over the unchanged columns
    checksums: dict[str, tuple[tuple, dict[str, tuple]]] = field(default_factory=dict)
    # table -> [(row key values, ruled values in Table.ruled order)]
    ruled_rows: dict[str, list[tuple[tuple, tuple[Value, ...]]]] = field(default_factory=dict)
    kept_values: set[bytes] = field(default_factory=set)  # of unchanged columns mysqldump quotes

    def rows(self, table: Table) -> dict[tuple, tuple[Value, ...]] | None:
        """The ruled values by row key; None when the key does not tell rows apart."""
        rows = self.ruled_rows[table.name]
        paired = dict(rows)
        return paired if table.row_key and len(paired) == len(rows) else None

    def values(self, table: Table, column: str) -> list[Value]:
        i = list(table.ruled).index(column)
        return [values[i] for _, values in self.ruled_rows[table.name]]


def _binary(mariadb: MariaDB, column: str) -> str:
    # As bytes, exactly as stored: text in its charset, dates as text, BIT/GEOMETRY raw.
    return f"CAST({mariadb.quote(column)} AS BINARY)"


def snapshot(mariadb: MariaDB, db: str, tables: dict[str, Table], warnings: list[str], kept: bool) -> Snapshot:
    """Read what the checks compare; with `kept`, also every value of the unchanged columns."""
    snap = Snapshot(row_counts(mariadb, db), warnings)
    with mariadb.connect(db) as conn, closing(conn.cursor()) as cur:
        for t in tables.values():
            table = mariadb.quote(t.name)
            if t.unchanged:
                snap.checksums[t.name] = _checksums(mariadb, cur, table, t.unchanged)
            if t.ruled:
                cols = [*t.row_key, *t.ruled]
                cur.execute(f"SELECT {', '.join(_binary(mariadb, c) for c in cols)} FROM {table}")
                n = len(t.row_key)
                snap.ruled_rows[t.name] = [(tuple(r[:n]), tuple(r[n:])) for r in cur.fetchall()]
            if kept:
                for column in (c for c in t.unchanged if c not in t.numeric):
                    cur.execute(f"SELECT DISTINCT {_binary(mariadb, column)} FROM {table}")
                    snap.kept_values.update(v for (v,) in cur.fetchall() if v is not None)
    return snap


def _checksums(mariadb: MariaDB, cur, table: str, columns: list[str]) -> tuple[tuple, dict[str, tuple]]:
    """Order-independent checksums: the sum of a 60-bit MD5 prefix per row (exact DECIMAL sum)."""

    def encoded(column: str) -> str:
        return f"IFNULL(HEX({_binary(mariadb, column)}), 'N')"  # NULL and '' stay apart

    def summed(expr: str) -> str:
        return f"COALESCE(SUM(CAST(CONV(LEFT(MD5({expr}), 15), 16, 10) AS UNSIGNED)), 0)"

    row = "CONCAT_WS(',', " + ", ".join(encoded(c) for c in columns) + ")"
    cur.execute(f"SELECT COUNT(*), {summed(row)}, {', '.join(summed(encoded(c)) for c in columns)} FROM {table}")
    count, total, *per_column = cur.fetchone()
    return (count, total), dict(zip(columns, per_column, strict=True))


# -- the checks: each returns its problems, [] when all is well -----------------


def _trivial(value: Value) -> bool:
    return value is None or value == b""


def _show(value: Value) -> str:
    if value is None:
        return "NULL"
    text = repr(value[:60])[1:]
    return text + ("…" if len(value) > 60 else "")


def check_counts(before: Snapshot, after: Snapshot) -> list[str]:
    return [
        f"{table}: {before.counts.get(table)} rows before, {after.counts.get(table)} after"
        for table in sorted(set(before.counts) | set(after.counts))
        if before.counts.get(table) != after.counts.get(table)
    ]


def check_warnings(before: Snapshot, after: Snapshot) -> list[str]:
    known = set(before.warnings)
    new = Counter(w for w in after.warnings if w not in known)
    return [f"{n} x {w}" for w, n in new.most_common(MAX_SHOWN)]


def check_keys(mariadb: MariaDB, db: str, dataset: str, tables: dict[str, Table]) -> list[str]:
    problems = []
    for fk in load_fks(dataset, "mysqldump"):
        if n := orphans(mariadb, db, fk):
            problems.append(f"FK {fk['child']}({', '.join(fk['columns'])}) -> {fk['parent']}: {n} orphan rows")
    for t in tables.values():
        for key in t.unique_keys:
            if n := duplicates(mariadb, db, t.name, key):
                problems.append(f"UNIQUE {t.name}({', '.join(key)}): {n} duplicated values")
    return problems


def check_unchanged(before: Snapshot, after: Snapshot) -> list[str]:
    problems = []
    for name, (row, columns) in before.checksums.items():
        row_after, columns_after = after.checksums[name]
        if row != row_after:
            changed = [c for c in columns if columns[c] != columns_after[c]]
            problems.append(f"{name}: unruled columns changed: {', '.join(changed) or '(only their combination)'}")
    return problems


def check_ruled(before: Snapshot, after: Snapshot, tables: dict[str, Table]) -> list[str]:
    """Each strategy did its job on each ruled column (generated columns excepted)."""
    problems = []
    for t in tables.values():
        if not t.compared:
            continue
        old_rows, new_rows = before.rows(t), after.rows(t)
        names = list(t.ruled)
        for column in t.compared:
            choice, i = t.ruled[column], names.index(column)
            where = f"{t.name}.{column} ({choice.strategy})"
            if old_rows is not None and new_rows is not None:
                pairs = [(old[i], new_rows[key][i]) for key, old in old_rows.items() if key in new_rows]
                if len(pairs) != len(old_rows):
                    problems.append(f"{where}: {len(old_rows) - len(pairs)} rows cannot be paired by {t.row_key}")
            else:  # no key pairs the rows: compare the values as sets
                pairs = None
            problems += _check_column(where, choice, pairs, before.values(t, column), after.values(t, column))
    return problems


def _check_column(where: str, choice: Choice, pairs, old: list[Value], new: list[Value]) -> list[str]:
    constant = choice.value.encode("utf-8") if choice.value is not None else None
    if pairs is None:
        old_set = {v for v in old if not _trivial(v)}
        new_set = {v for v in new if not _trivial(v)}
        if sorted(v is None for v in old) != sorted(v is None for v in new) and choice.strategy != "null":
            return [f"{where}: the number of NULLs changed"]
        if choice.strategy == "null":
            bad = new_set
        elif choice.strategy == "constant":
            bad = new_set - {constant}
        elif not old_set:
            return []
        elif not new_set - old_set:
            return [f"{where}: no value changed (rows not paired)"]
        else:
            bad = set() if choice.strategy in NAME_STRATEGIES else new_set & old_set
        return [f"{where}: {len(bad)} values left, e.g. {_show(min(bad))}"] if bad else []
    wrong = []
    kept = changed = 0
    for before, after in pairs:
        if _trivial(before):
            if after != before:
                wrong.append((before, after))
        elif choice.strategy == "null":
            if after is not None:
                wrong.append((before, after))
        elif choice.strategy == "constant":
            if after != constant:
                wrong.append((before, after))
        elif after == before:
            kept += 1
        else:
            changed += 1
    problems = [f"{where}: {len(wrong)} rows wrong, e.g. {_show(wrong[0][0])} -> {_show(wrong[0][1])}"] if wrong else []
    if kept and not changed:
        problems.append(f"{where}: no value changed ({kept} rows)")
    elif kept > ((kept + changed) // NAME_CHANCE if choice.strategy in NAME_STRATEGIES else 0):
        problems.append(f"{where}: {kept} of {kept + changed} values left unchanged")
    return problems


def consistent_fakes(before: Snapshot, after: Snapshot, tables: dict[str, Table]) -> dict[tuple, dict]:
    """original -> {fake: [where]} per (strategy, column type), over every paired row."""
    groups: dict[tuple, dict[bytes, dict[Value, list[str]]]] = defaultdict(lambda: defaultdict(dict))
    for t in tables.values():
        if not t.compared:
            continue
        old_rows, new_rows = before.rows(t), after.rows(t)
        if old_rows is None or new_rows is None:
            continue
        names = list(t.ruled)
        for column in t.compared:
            choice = t.ruled[column]
            if choice.strategy in ("null", "constant"):
                continue
            i = names.index(column)
            group = groups[(choice.strategy, t.types[column])]
            for key, old in old_rows.items():
                if not _trivial(old[i]) and key in new_rows:
                    group[old[i]].setdefault(new_rows[key][i], []).append(f"{t.name}.{column}")
    return groups


def check_consistency(groups: dict[tuple, dict]) -> list[str]:
    problems = []
    for (strategy, column_type), originals in groups.items():
        split = {old: fakes for old, fakes in originals.items() if len(fakes) > 1}
        for old, fakes in list(split.items())[:MAX_SHOWN]:
            shown = "; ".join(f"{_show(f)} in {', '.join(sorted(set(w)))}" for f, w in fakes.items())
            problems.append(f"{strategy} {column_type}: {_show(old)} became {shown}")
    return problems


def leak_candidates(before: Snapshot, after: Snapshot, tables: dict[str, Table], rules: PiiRules) -> dict[bytes, str]:
    """The originals of ruled columns the scrubbed dump must not hold, each with a column holding it.

    Left out: NULL, short values, kept columns, and values the scrubbed dump holds for
    another reason: a constant of the rules, a value of a column that stays as it is
    (and that mysqldump quotes), a fake this run wrote (a name picked from a list may
    be another row's original).
    """
    allowed = set(before.kept_values)
    allowed |= {c.encode("utf-8") for c in rules.constants()}
    for t in tables.values():
        if not t.compared:
            continue
        old_rows, new_rows = before.rows(t), after.rows(t)
        names = list(t.ruled)
        for column in t.compared:
            i = names.index(column)
            if old_rows is not None and new_rows is not None:
                # A name may be its own fake by chance (check_ruled bounds how often).
                by_chance = t.ruled[column].strategy in NAME_STRATEGIES
                allowed |= {
                    new[i] for key, new in new_rows.items() if key in old_rows and (by_chance or old_rows[key][i] != new[i])
                }
            else:
                allowed |= set(after.values(t, column)) - set(before.values(t, column))
    originals: dict[bytes, str] = {}
    for t in tables.values():
        for column in t.ruled:
            for value in before.values(t, column):
                if value is not None and len(value) >= MIN_LEAK_LENGTH and value not in allowed:
                    originals.setdefault(value, f"{t.name}.{column}")
    return originals


def check_leaks(dump: bytes, originals: dict[bytes, str]) -> list[str]:
    """Originals still in the dump as complete literals."""
    found = sorted(find_literals(dump, set(originals)), key=lambda v: (originals[v], v))
    shown = [f"{originals[v]}: {_show(v)}" for v in found[: MAX_SHOWN * 4]]
    return shown + ([f"… {len(found)} values in all"] if len(found) > len(shown) else [])


def check_leak_check(original: bytes, originals: dict[bytes, str]) -> list[str]:
    """The leak check can fail: it finds every original it looks for in the original dump."""
    if not originals:
        return ["no original value to look for"]
    missing = sorted(set(originals) - find_literals(original, set(originals)), key=lambda v: (originals[v], v))
    return [f"{originals[v]}: {_show(v)} not found in the original dump" for v in missing[:MAX_SHOWN]]


def find_literals(dump: bytes, values: set[bytes], chunk: int = 1 << 24) -> set[bytes]:
    """Which of `values` stand in the MySQL dump as a complete literal: 'escaped' or 0xHEX."""
    quoted = {escape(v) + b"'": v for v in values}
    hexed = {b"0x" + v.hex().upper().encode("ascii"): v for v in values}
    found: set[bytes] = set()
    pos = 0
    while pos < len(dump):
        # Cut at a newline: mysqldump escapes \n inside literals, so none is cut in two.
        end = dump.find(b"\n", pos + chunk) + 1 or len(dump)
        pieces = _PIECE.findall(dump, pos, end)
        found |= {quoted[p] for p in quoted.keys() & set(pieces)}
        pos = end
    found |= {hexed[h] for h in hexed.keys() & set(_HEX_LITERAL.findall(dump))}
    return found


def orders_follow_users(before: Snapshot, after: Snapshot, tables: dict[str, Table]) -> tuple[int, list[str]]:
    """edge: the fake of each order's user_email / billing_email is its user's fake email.

    users (PRIMARY KEY email, ruled) pairs by its unchanged columns, orders by id.
    """
    users, orders = tables["users"], tables["orders"]
    old_users, new_users = before.rows(users), after.rows(users)
    old_orders, new_orders = before.rows(orders), after.rows(orders)
    assert None not in (old_users, new_users, old_orders, new_orders), "edge users/orders rows cannot be paired"
    e = list(users.ruled).index("email")
    fake_of = {old[e]: new_users[key][e] for key, old in old_users.items()}
    checked, problems = 0, []
    for column in ("user_email", "billing_email"):
        i = list(orders.ruled).index(column)
        for order, old in old_orders.items():
            if old[i] is None:
                continue
            checked += 1
            if new_orders[order][i] != fake_of[old[i]]:
                problems.append(
                    f"orders {b','.join(order).decode()} {column}: {_show(old[i])} -> {_show(new_orders[order][i])}, "
                    f"but users.email -> {_show(fake_of[old[i]])}"
                )
    return checked, problems[:MAX_SHOWN]


# -- the tests ----------------------------------------------------------------


def _scrub_and_restore(
    mariadb: MariaDB, case: Case, tmp_path: Path, original: bytes, doctor: Callable[[str], None] | None = None
) -> tuple[PiiRules, bytes, dict[str, Table], Snapshot, Snapshot, list[str]]:
    """Scrub, restore both dumps, read them; `doctor` may spoil the scrubbed database first."""
    schema_dump = case.schema.read_bytes() if case.schema else original
    rules = build_rules(case.dataset, "mysqldump", schema_dump)
    source = case.path if case.path.suffix == ".sql" else original
    scrubbed = run_dumpscrub(source, rules, tmp_path, case.schema)
    with restored(mariadb, case, original, "rt_original") as (db, warnings):
        tables = read_schema(mariadb, db, rules)
        before = snapshot(mariadb, db, tables, warnings, kept=True)
    with restored(mariadb, case, scrubbed, "rt_scrubbed") as (db, warnings):
        if doctor is not None:
            doctor(db)
        after = snapshot(mariadb, db, tables, warnings, kept=False)
        key_problems = check_keys(mariadb, db, case.dataset, tables)
    return rules, scrubbed, tables, before, after, key_problems


@pytest.mark.parametrize("case", CASES, ids=[c.path.name for c in CASES])
def test_scrubbed_dump_restores_with_data_intact_and_no_personal_value_left(
    case: Case, mariadb: MariaDB, tmp_path: Path
) -> None:
    if case.is_big and os.environ.get(SKIP_BIG) == "1":
        pytest.skip(f"{case.path.name} is large (about a minute): skipped on request, {SKIP_BIG}=1 is set")
    original = dump_bytes(case.path)
    rules, scrubbed, tables, before, after, key_problems = _scrub_and_restore(mariadb, case, tmp_path, original)
    assert sum(before.counts.values()) > 0, "the original restored no rows"
    groups = consistent_fakes(before, after, tables)
    originals = leak_candidates(before, after, tables, rules)
    problems = {
        "row counts": check_counts(before, after),
        "new restore warnings (errors in strict mode)": check_warnings(before, after),
        "foreign and unique keys": key_problems,
        "columns without rules": check_unchanged(before, after),
        "ruled columns": check_ruled(before, after, tables),
        "same original, same fake": check_consistency(groups),
        "originals left in the dump": check_leaks(scrubbed, originals),
        "the leak check itself": check_leak_check(original, originals),
    }
    report = "\n".join(f"{check}:\n  " + "\n  ".join(found) for check, found in problems.items() if found)
    assert not report, f"{case.path.name}:\n{report}"
    if case.dataset == "edge":
        follow, wrong = orders_follow_users(before, after, tables)
        assert not wrong, "\n".join(wrong)
        assert follow >= 600, f"only {follow} order e-mails checked against their user's fake"


def test_the_checks_report_what_they_look_for(mariadb: MariaDB, tmp_path: Path) -> None:
    """A check that cannot fail checks nothing: spoil a scrubbed edge database, and its dump, on purpose."""
    case = Case(CORPUS / "edge" / "edge.mysqldump.default.sql")
    original = dump_bytes(case.path)

    def spoil(db: str) -> None:
        with mariadb.connect(db) as conn, closing(conn.cursor()) as cur:
            cur.execute("SET FOREIGN_KEY_CHECKS = 0")
            cur.execute("DELETE FROM audit_log WHERE id = 1")
            cur.execute("UPDATE companies SET name = 'Spoiled' WHERE id = 1")
            cur.execute("UPDATE orders SET user_email = 'nobody@invalid.example' WHERE id = 1")
            cur.execute("UPDATE orders SET ship_name = 'Someone Else' WHERE id = 2")
            cur.execute("ALTER TABLE crm_leads DROP INDEX email")
            cur.execute(  # lead 3 gets lead 2's fake e-mail
                "UPDATE crm_leads SET email = (SELECT e FROM (SELECT email AS e FROM crm_leads WHERE id = 2) AS x)"
                " WHERE id = 3"
            )
            cur.execute("UPDATE crm_leads SET phone = '+1 555 0100' WHERE id = 1")  # its original
            cur.execute("UPDATE crm_leads SET full_name = 'Rónán Smith' WHERE id = 1")  # its original
            cur.execute("UPDATE users SET bio = 'still here' WHERE bio IS NOT NULL LIMIT 1")

    rules, scrubbed, tables, before, after, key_problems = _scrub_and_restore(mariadb, case, tmp_path, original, spoil)

    assert check_counts(before, after) == ["audit_log: 300 rows before, 299 after"]
    assert key_problems == [
        "FK orders(user_email) -> users: 1 orphan rows",
        "UNIQUE crm_leads(email): 1 duplicated values",
    ]
    assert check_unchanged(before, after) == [
        "audit_log: unruled columns changed: id, action, created_at",  # the deleted row
        "companies: unruled columns changed: name",
    ]
    ruled = check_ruled(before, after, tables)
    assert "crm_leads.phone (phone): 1 of 30 values left unchanged" in ruled
    assert "crm_leads.full_name (name): 1 of 30 values left unchanged" in ruled
    assert any(p.startswith("users.bio (null): 1 rows wrong, e.g.") for p in ruled), ruled
    assert check_ruled(before, before, tables), "the original compared with itself must fail"
    split = check_consistency(consistent_fakes(before, after, tables))
    assert any(p.startswith("name varchar(200): 'Quentin Kim' became") for p in split), split
    checked, problems = orders_follow_users(before, after, tables)
    assert checked >= 600 and len(problems) == 1 and problems[0].startswith("orders 1 user_email:"), problems

    originals = leak_candidates(before, after, tables, rules)
    assert check_leaks(scrubbed, originals) == []
    assert check_leaks(original, originals)[-1] == f"… {len(originals)} values in all"
    one_left = scrubbed + b"\nINSERT INTO `companies` VALUES (9,'alice@example.com',NULL,NULL,NULL);\n"
    leaks = check_leaks(one_left, originals)
    assert [leak.split(": ", 1)[1] for leak in leaks] == ["'alice@example.com'"], leaks
    assert len(find_literals(original, {b"O'Brien said \"hello\"", b"Alice Martin"})) == 2
    assert not find_literals(b"'x\\'Alice Martin\\''", {b"Alice Martin"}), "inside a longer literal is no leak"
    assert find_literals(b"(0x0A0B,'a')", {b"\n\x0b"}), "the --hex-blob form"

    db = mariadb.fresh_database("rt_warning")
    try:
        warned = restore(mariadb, db, b"DO CAST('x1' AS SIGNED);\n")
    finally:
        mariadb.drop(db)
    assert warned == ["Warning (Code 1292): Truncated incorrect INTEGER value: 'x1'"]
    spoiled = Snapshot(after.counts, after.warnings + warned)
    assert check_warnings(before, spoiled) == [f"1 x {warned[0]}"]


@pytest.mark.parametrize("path", SCHEMA_DUMPS, ids=[p.name for p in SCHEMA_DUMPS])
def test_a_schema_only_dump_comes_out_byte_for_byte(path: Path, tmp_path: Path) -> None:
    # The base of the --no-create-info restores: no rows, so nothing to rewrite.
    rules = build_rules(path.parent.name, "mysqldump", path.read_bytes())
    assert run_dumpscrub(path, rules, tmp_path) == path.read_bytes()
