"""k-anonymity (checks/kanon.py) on small dumps made by SQLite: groups, NULLs, sizes,
suggestions, and the errors for what the dump does not have."""

from __future__ import annotations

import io
import sqlite3

import pytest

from dumpscrub.checks.kanon import Quasi, digest, measure, parse_quasi
from dumpscrub.errors import UsageError

SCHEMA = """
CREATE TABLE stores (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  born DATE,
  zip TEXT,
  gender TEXT,
  salary INTEGER,
  store_id INTEGER REFERENCES stores(id)
);
"""
# (born, zip, gender): one group of 3, one of 2 (NULL zip is a value), two of 1.
PEOPLE = [
    (1, "1980-01-02", "75011", "f", 41000, 1),
    (2, "1980-01-02", "75011", "f", 52000, 1),
    (3, "1980-01-02", "75011", "f", 38000, 2),
    (4, "1991-07-30", None, "m", 61000, 1),
    (5, "1991-07-30", None, "m", 29000, 2),
    (6, "1991-07-30", "", "m", 33000, 2),  # an empty string is not NULL
    (7, "1975-03-03", "69001", None, 47000, 1),
]


def sqlite_dump(rows=PEOPLE) -> bytes:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO stores VALUES (?, ?)", [(1, "north"), (2, "south")])
    conn.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    return ("\n".join(conn.iterdump()) + "\n").encode()


def run(*specs: str, min_k=None, data: bytes | None = None):
    return measure(io.BytesIO(data if data is not None else sqlite_dump()), "people.sql",
                   [parse_quasi(s) for s in specs], min_k)


def test_k_groups_sizes_and_unique_rows() -> None:
    c = run("people:born,zip,gender").combinations[0]
    assert (c.table, c.columns) == ("people", ("born", "zip", "gender"))
    assert (c.rows, c.groups, c.k, c.unique_rows) == (7, 4, 1, 2)
    assert c.sizes["1"] == 2 and c.sizes["2"] == 2 and c.sizes["3-4"] == 3
    assert sum(c.sizes.values()) == c.rows
    assert c.distinct == {"born": 3, "zip": 4, "gender": 3}  # NULL and "" are distinct values


def test_null_counts_as_a_value() -> None:
    rows = [(i, None, None, None, 1, 1) for i in range(1, 5)]
    c = run("people:born,zip,gender", data=sqlite_dump(rows)).combinations[0]
    assert (c.k, c.groups) == (4, 1)


def test_min_k_below_and_above() -> None:
    born = run("people:born", min_k=2)
    assert born.combinations[0].k == 1 and not born.ok
    gender_only = run("people:gender", min_k=1)
    assert gender_only.ok
    assert run("people:gender").ok  # no threshold: report only
    json = run("people:born,zip", "people:gender", min_k=2).to_json()
    assert json["min_k"] == 2 and json["ok"] is False
    assert [c["ok"] for c in json["combinations"]] == [False, False]
    assert set(json["combinations"][0]) >= {"table", "columns", "k", "groups", "rows", "unique_rows", "sizes", "ok"}


def test_names_match_like_rules_do() -> None:
    c = run("main.PEOPLE:BORN,Zip").combinations[0]
    assert (c.table, c.columns) == ("people", ("born", "zip"))


def test_unknown_table_or_column_names_what_exists() -> None:
    with pytest.raises(UsageError, match=r"no table `staff` \(it has: people, stores\)"):
        run("staff:born")
    with pytest.raises(UsageError, match=r"`people` has no column `birth` \(it has: id, born, zip, gender, salary, store_id\)"):
        run("people:birth,zip")


@pytest.mark.parametrize("spec", ["people", "people:", ":born", "people:born,,zip", "people:born,BORN"])
def test_bad_quasi_is_a_usage_error(spec: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_quasi(spec)
    assert info.value.exit_code == 2


def test_parse_keeps_a_schema() -> None:
    assert parse_quasi("public.users: birth_date , zip") == Quasi("public.users: birth_date , zip", "public.users",
                                                                  ("birth_date", "zip"))


def test_suggestions_fit_the_columns() -> None:
    c = run("people:born,zip,salary,store_id,gender").combinations[0]
    rules = {s.column: s.rule for s in c.suggestions}
    assert rules["born"] == "{strategy: date, generalize: year}"
    assert rules["zip"] == "{strategy: postcode, generalize: 2}"
    assert rules["salary"] == "{strategy: number, round: 1000}"  # two significant digits of 61000
    assert rules["store_id"] == "-"  # a foreign key: not generalized
    assert rules["gender"] == "null"
    # The column with the most distinct values comes first.
    assert c.suggestions[0].column == "salary"


def test_digest_keeps_tuples_apart() -> None:
    assert digest(("a", "bc")) != digest(("ab", "c"))
    assert digest((None,)) != digest(("",))
    assert digest(("None",)) != digest((None,))
    assert digest(("x", None)) == digest(("x", None))
    assert len(digest(("x",))) == 8


def test_an_empty_table_has_no_k_and_passes() -> None:
    report = run("people:born", min_k=3, data=sqlite_dump([]))
    c = report.combinations[0]
    assert (c.rows, c.groups, c.k) == (0, 0, None)
    assert report.ok
