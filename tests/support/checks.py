"""The checks of a round trip (support/roundtrip.py), the same on every server.

`round_trip` scrubs, restores both dumps, reads them and runs every check below.
Each check returns its problems, [] when all is well:

* row counts are equal, table by table;
* every foreign key of fk.yml holds, and no PRIMARY KEY / UNIQUE key has duplicates;
* columns without rules (and kept columns) are unchanged: an order-independent
  checksum per table and per column;
* ruled columns changed: NULL and '' stay as they are, "null" gives NULL,
  "constant" its value, a fake strategy changes every value (the name strategies
  pick from lists of common names, so a name may stay by chance: at most 1 in 50);
* equal originals get equal fakes in every table (same strategy, same column type);
* no original value of a ruled column is left in the scrubbed dump as a complete
  literal (support/literals.py finds them, per dump tool).
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.corpus import dump_bytes, load_fks
from support.databases import duplicates, orphans
from support.pii_rules import Choice, PiiRules
from support.roundtrip import (
    SKIP_BIG,
    Case,
    Harness,
    Snapshot,
    Table,
    Value,
    case_rules,
    read_schema,
    run_dumpscrub,
    snapshot,
)

MIN_LEAK_LENGTH = 5  # shorter originals ('F', 'QLD', '1160') are bound to occur as other values
# Fakes of these are picked from Faker's lists of common names, where the original
# name may well be too: a row may keep its name by chance.
NAME_STRATEGIES = {"first_name", "last_name", "name"}
NAME_CHANCE = 50  # at most one name in this many may stay by chance (sakila: 2 of 200 first names)
MAX_SHOWN = 8  # examples per problem in a failure message


def scrub_and_restore(
    h: Harness,
    case: Case,
    tmp_path: Path,
    original: bytes,
    rules: PiiRules,
    doctor: Callable[[str], None] | None = None,
) -> tuple[bytes, dict[str, Table], Snapshot, Snapshot, list[str]]:
    """Scrub, restore both dumps, read them; `doctor` may spoil the scrubbed database first.

    Returns the scrubbed dump, the tables, both snapshots and the key problems of the
    scrubbed database.
    """
    source = case.path if case.path.suffix == ".sql" else original
    scrubbed = run_dumpscrub(source, rules, tmp_path, case.schema)
    with h.restored(case, original, "rt_original") as (db, warnings):
        tables = read_schema(h, db, rules)
        before = snapshot(h, db, tables, warnings, kept=True)
    with h.restored(case, scrubbed, "rt_scrubbed") as (db, warnings):
        if doctor is not None:
            doctor(db)
        after = snapshot(h, db, tables, warnings, kept=False)
        key_problems = check_keys(h, db, case.dataset, tables)
    return scrubbed, tables, before, after, key_problems


# -- the checks: each returns its problems, [] when all is well -----------------


def _trivial(value: Value) -> bool:
    return value is None or value == b""


def show(value: Value) -> str:
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


def check_keys(h: Harness, db: str, dataset: str, tables: dict[str, Table]) -> list[str]:
    problems = []
    for fk in load_fks(dataset, h.tool):
        if n := orphans(h.server, db, fk):
            problems.append(f"FK {fk['child']}({', '.join(fk['columns'])}) -> {fk['parent']}: {n} orphan rows")
    for t in tables.values():
        for key in t.unique_keys:
            if n := duplicates(h.server, db, t.name, key):
                problems.append(f"UNIQUE {t.name}({', '.join(key)}): {n} duplicated values")
    return problems + h.server_problems(db)


def check_types(before: Snapshot, after: Snapshot) -> list[str]:
    """Every column has the type it had (a scrubbed dump must not change the schema)."""
    was, now = before.column_types, after.column_types
    return [
        f"{'.'.join(key)}: {was.get(key, '(none)')} -> {now.get(key, '(none)')}"
        for key in sorted(was.keys() | now.keys())
        if was.get(key) != now.get(key)
    ][:MAX_SHOWN]


def check_unchanged(before: Snapshot, after: Snapshot) -> list[str]:
    problems = []
    for name, (row, columns) in before.checksums.items():
        row_after, columns_after = after.checksums[name]
        if row != row_after:
            changed = [c for c in columns if columns[c] != columns_after[c]]
            problems.append(f"{name}: unruled columns changed: {', '.join(changed) or '(only their combination)'}")
    return problems


Rows = dict[tuple, tuple[Value, ...]]


def _compared(
    before: Snapshot, after: Snapshot, tables: dict[str, Table]
) -> Iterator[tuple[Table, str, int, Rows | None, Rows | None]]:
    """(table, column, its index in the ruled values, old rows, new rows) of every compared
    column; the rows by key, or both None when the key does not pair them."""
    for t in tables.values():
        if not t.compared:
            continue
        old_rows, new_rows = before.rows(t), after.rows(t)
        if old_rows is None or new_rows is None:
            old_rows = new_rows = None
        names = list(t.ruled)
        for column in t.compared:
            yield t, column, names.index(column), old_rows, new_rows


def check_ruled(before: Snapshot, after: Snapshot, tables: dict[str, Table]) -> list[str]:
    """Each strategy did its job on each ruled column (generated columns excepted)."""
    problems = []
    for t, column, i, old_rows, new_rows in _compared(before, after, tables):
        choice = t.ruled[column]
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
        return [f"{where}: {len(bad)} values left, e.g. {show(min(bad))}"] if bad else []
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
    problems = [f"{where}: {len(wrong)} rows wrong, e.g. {show(wrong[0][0])} -> {show(wrong[0][1])}"] if wrong else []
    if kept and not changed:
        problems.append(f"{where}: no value changed ({kept} rows)")
    elif kept > ((kept + changed) // NAME_CHANCE if choice.strategy in NAME_STRATEGIES else 0):
        problems.append(f"{where}: {kept} of {kept + changed} values left unchanged")
    return problems


def consistent_fakes(before: Snapshot, after: Snapshot, tables: dict[str, Table]) -> dict[tuple, dict]:
    """original -> {fake: [where]} per (strategy, column type), over every paired row."""
    groups: dict[tuple, dict[bytes, dict[Value, list[str]]]] = defaultdict(lambda: defaultdict(dict))
    for t, column, i, old_rows, new_rows in _compared(before, after, tables):
        choice = t.ruled[column]
        if old_rows is None or new_rows is None or choice.strategy in ("null", "constant"):
            continue
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
            shown = "; ".join(f"{show(f)} in {', '.join(sorted(set(w)))}" for f, w in fakes.items())
            problems.append(f"{strategy} {column_type}: {show(old)} became {shown}")
    return problems


def leak_candidates(before: Snapshot, after: Snapshot, tables: dict[str, Table], rules: PiiRules) -> dict[bytes, str]:
    """The originals of ruled columns the scrubbed dump must not hold, each with a column holding it.

    Left out: NULL, short values, kept columns, and values the scrubbed dump holds for
    another reason: a constant of the rules, a value of a column that stays as it is
    (and that the dump quotes), a fake this run wrote (a name picked from a list may
    be another row's original).
    """
    allowed = set(before.kept_values)
    allowed |= {c.encode("utf-8") for c in rules.constants()}
    for t, column, i, old_rows, new_rows in _compared(before, after, tables):
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


def check_leaks(h: Harness, dump: bytes, originals: dict[bytes, str]) -> list[str]:
    """Originals still in the dump as complete literals."""
    found = sorted(h.find_literals(dump, set(originals)), key=lambda v: (originals[v], v))
    shown = [f"{originals[v]}: {show(v)}" for v in found[: MAX_SHOWN * 4]]
    return shown + ([f"… {len(found)} values in all"] if len(found) > len(shown) else [])


def check_leak_check(h: Harness, original: bytes, originals: dict[bytes, str]) -> list[str]:
    """The leak check can fail: it finds every original it looks for in the original dump."""
    if not originals:
        return ["no original value to look for"]
    missing = sorted(set(originals) - h.find_literals(original, set(originals)), key=lambda v: (originals[v], v))
    return [f"{originals[v]}: {show(v)} not found in the original dump" for v in missing[:MAX_SHOWN]]


def fakes_of(before: Snapshot, after: Snapshot, table: Table, column: str) -> dict[bytes, Value]:
    """original -> fake of one ruled column, over the rows the table's key pairs."""
    old_rows, new_rows = before.rows(table), after.rows(table)
    assert old_rows is not None and new_rows is not None, f"{table.name} rows cannot be paired by {table.row_key}"
    i = list(table.ruled).index(column)
    return {old[i]: new_rows[key][i] for key, old in old_rows.items() if old[i] is not None and key in new_rows}


def orders_follow_users(before: Snapshot, after: Snapshot, tables: dict[str, Table]) -> tuple[int, list[str]]:
    """edge: the fake of each order's user_email / billing_email is its user's fake email.

    users (PRIMARY KEY email, ruled) pairs by its unchanged columns, orders by id.
    """
    users, orders = tables["users"], tables["orders"]
    fake_of = fakes_of(before, after, users, "email")
    old_orders, new_orders = before.rows(orders), after.rows(orders)
    assert old_orders is not None and new_orders is not None, "edge orders rows cannot be paired"
    checked, problems = 0, []
    for column in ("user_email", "billing_email"):
        i = list(orders.ruled).index(column)
        for order, old in old_orders.items():
            if old[i] is None:
                continue
            checked += 1
            if new_orders[order][i] != fake_of[old[i]]:
                problems.append(
                    f"orders {b','.join(map(_key_bytes, order)).decode()} {column}: {show(old[i])} -> "
                    f"{show(new_orders[order][i])}, but users.email -> {show(fake_of[old[i]])}"
                )
    return checked, problems[:MAX_SHOWN]


def _key_bytes(value: Value) -> bytes:
    return b"NULL" if value is None else value


@dataclass
class Result:
    """One round trip, scrubbed and restored, with what every check found."""

    case: Case
    rules: PiiRules
    original: bytes
    scrubbed: bytes
    tables: dict[str, Table]
    before: Snapshot
    after: Snapshot
    problems: dict[str, list[str]]

    def report(self) -> str:
        found = {check: problems for check, problems in self.problems.items() if problems}
        return "\n".join(f"{check}:\n  " + "\n  ".join(p) for check, p in found.items())


def round_trip(
    h: Harness, case: Case, tmp_path: Path, original: bytes, rules: PiiRules, doctor: Callable[[str], None] | None = None
) -> Result:
    """Scrub `case` with `rules`, restore both dumps and run every check."""
    scrubbed, tables, before, after, key_problems = scrub_and_restore(h, case, tmp_path, original, rules, doctor)
    assert sum(before.counts.values()) > 0, "the original restored no rows"
    originals = leak_candidates(before, after, tables, rules)
    problems = {
        "row counts": check_counts(before, after),
        "new restore warnings (errors in strict mode)": check_warnings(before, after),
        "foreign and unique keys": key_problems,
        "column types": check_types(before, after),
        "columns without rules": check_unchanged(before, after),
        "ruled columns": check_ruled(before, after, tables),
        "same original, same fake": check_consistency(consistent_fakes(before, after, tables)),
        "originals left in the dump": check_leaks(h, scrubbed, originals),
        "the leak check itself": check_leak_check(h, original, originals),
    }
    if case.dataset == "edge" and "users" in tables and "email" in tables["users"].ruled:
        checked, wrong = orders_follow_users(before, after, tables)
        problems["orders follow their user's fake e-mail"] = wrong
        if checked < 600:
            wrong.append(f"only {checked} order e-mails checked against their user's fake")
    return Result(case, rules, original, scrubbed, tables, before, after, problems)



def assert_round_trip(h: Harness, case: Case, tmp_path: Path) -> None:
    """The whole round trip of one corpus dump with its pii.yml rules: every check passes.

    A big dump is skipped when DUMPSCRUB_SKIP_BIG=1 is set.
    """
    if case.is_big and os.environ.get(SKIP_BIG) == "1":
        pytest.skip(f"{case.path.name} is large: skipped on request, {SKIP_BIG}=1 is set")
    original = dump_bytes(case.path)
    report = round_trip(h, case, tmp_path, original, case_rules(case, original)).report()
    assert not report, f"{case.path.name}:\n{report}"


def assert_spoiled_edge_is_reported(
    h: Harness, case: Case, tmp_path: Path, spoil: Callable[[str], None]
) -> tuple[Result, dict[bytes, str]]:
    """A check that cannot fail checks nothing: scrub an edge dump, spoil the restored
    database with `spoil`, and assert that each check reports exactly what was spoiled.

    `spoil` must (with the server's own SQL): delete audit_log row 1; rename company 1
    'Spoiled'; point order 1 at 'nobody@invalid.example'; rename order 2's ship_name
    'Someone Else'; drop the UNIQUE key of the leads' email and give lead 3 lead 2's
    e-mail; put lead 1's original phone '+1 555 0100' and name 'Rónán Smith' back;
    set one non-NULL users.bio to 'still here'.

    Returns the round trip (problems left empty) and the originals the leak check looks for.
    """
    original = dump_bytes(case.path)
    rules = case_rules(case, original)
    scrubbed, tables, before, after, key_problems = scrub_and_restore(h, case, tmp_path, original, rules, spoil)
    leads = "crm.leads" if "crm.leads" in tables else "crm_leads"

    assert check_counts(before, after) == ["audit_log: 300 rows before, 299 after"]
    assert key_problems == [
        "FK orders(user_email) -> users: 1 orphan rows",
        f"UNIQUE {leads}(email): 1 duplicated values",
    ]
    assert check_unchanged(before, after) == [
        "audit_log: unruled columns changed: id, action, created_at",  # the deleted row
        "companies: unruled columns changed: name",
    ]
    ruled = check_ruled(before, after, tables)
    assert f"{leads}.phone (phone): 1 of 30 values left unchanged" in ruled, ruled
    assert f"{leads}.full_name (name): 1 of 30 values left unchanged" in ruled, ruled
    assert any(p.startswith("users.bio (null): 1 rows wrong, e.g.") for p in ruled), ruled
    assert check_ruled(before, before, tables), "the original compared with itself must fail"
    split = check_consistency(consistent_fakes(before, after, tables))
    name_type = tables["orders"].types["ship_name"]
    assert any(p.startswith(f"name {name_type}: 'Quentin Kim' became") for p in split), split
    checked, problems = orders_follow_users(before, after, tables)
    assert checked >= 600 and len(problems) == 1 and problems[0].startswith("orders 1 user_email:"), problems

    originals = leak_candidates(before, after, tables, rules)
    assert check_leaks(h, scrubbed, originals) == []
    assert check_leaks(h, original, originals)[-1] == f"… {len(originals)} values in all"
    one_left = scrubbed + b"\nINSERT INTO companies VALUES (9,'alice@example.com',NULL,NULL,NULL);\n"
    leaks = check_leaks(h, one_left, originals)
    assert [leak.split(": ", 1)[1] for leak in leaks] == ["'alice@example.com'"], leaks
    return Result(case, rules, original, scrubbed, tables, before, after, {}), originals
