"""Rule conditions (``when:``, ``drop_rows:``): SQL semantics on the dump's text values.

SQLite itself is the oracle for the part of SQL where its semantics and ours agree.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.conditions import ConditionError, parse_condition

TODAY = date(2024, 3, 15)


def truth(text: str, **row: str | None) -> bool | None:
    """The three-valued result of ``text`` for a row: TRUE, FALSE or None (unknown).

    evaluate() answers like WHERE (only TRUE passes), so unknown is where neither the
    condition nor its negation passes.
    """
    condition = parse_condition(text, TODAY)
    negation = parse_condition(f"NOT ({text})", TODAY)
    passes, fails = condition.evaluate(row), negation.evaluate(row)
    assert not (passes and fails), text
    return True if passes else False if fails else None


def error(text: str) -> ConditionError:
    with pytest.raises(ConditionError) as raised:
        parse_condition(text, TODAY)
    return raised.value


# Three-valued logic: t, f and NULL are boolean column values as pg_dump writes them.
LOGIC = [("t", True), ("f", False), (None, None)]


@pytest.mark.parametrize(("a", "a_truth"), LOGIC)
@pytest.mark.parametrize(("b", "b_truth"), LOGIC)
def test_and_or_follow_sql_truth_tables(a, a_truth, b, b_truth) -> None:
    expected_and = False if False in (a_truth, b_truth) else None if None in (a_truth, b_truth) else True
    expected_or = True if True in (a_truth, b_truth) else None if None in (a_truth, b_truth) else False
    assert truth("a AND b", a=a, b=b) is expected_and
    assert truth("a OR b", a=a, b=b) is expected_or


@pytest.mark.parametrize(("a", "expected"), [("t", False), ("f", True), (None, None)])
def test_not_keeps_unknown_unknown(a, expected) -> None:
    assert truth("NOT a", a=a) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("x = 5", True), ("x <> 5", False), ("x != 5", False), ("x < 5", False), ("x <= 5", True), ("x > 4", True),
     ("x >= 6", False), ("5 = x", True), ("6 > x", True)],
)
def test_comparison_operators(text, expected) -> None:
    assert truth(text, x="5") is expected


@pytest.mark.parametrize("text", ["x = 1", "x <> 1", "x < 'a'", "x = NULL", "NULL = NULL", "x >= y", "x = TRUE"])
def test_null_compared_with_anything_is_unknown(text) -> None:
    assert truth(text, x=None, y="1") is None


def test_is_null_and_is_not_null_are_never_unknown() -> None:
    assert truth("x IS NULL", x=None) is True
    assert truth("x IS NULL", x="") is False
    assert truth("x IS NOT NULL", x=None) is False
    assert truth("x IS NOT NULL", x="0") is True


@pytest.mark.parametrize(
    ("value", "is_true", "is_false"), [("1", True, False), ("0", False, True), (None, False, False), ("maybe", False, False)]
)
def test_is_true_and_is_false_turn_unknown_into_false(value, is_true, is_false) -> None:
    assert truth("x IS TRUE", x=value) is is_true
    assert truth("x IS FALSE", x=value) is is_false
    assert truth("x IS NOT TRUE", x=value) is (not is_true)
    assert truth("x IS NOT FALSE", x=value) is (not is_false)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("x IN (1, 2, 3)", "2", True),
        ("x IN (1, 2, 3)", "2.0", True),  # read as a number: 2.0 = 2
        ("x IN (1, 2, 3)", "4", False),
        ("x IN (1, 2, NULL)", "4", None),  # 4 = NULL is unknown, so is the whole IN
        ("x IN (1, 2, NULL)", "1", True),
        ("x IN (1, 2)", None, None),
        ("x NOT IN (1, 2)", "4", True),
        ("x NOT IN (1, 2, NULL)", "4", None),
        ("x IN ('a', 'b')", "b", True),
        ("x IN ('a', 'b')", "B", False),
        ("x IN (-1, +2)", "-1", True),
    ],
)
def test_in(text, value, expected) -> None:
    assert truth(text, x=value) is expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("x BETWEEN 1 AND 10", "1", True),
        ("x BETWEEN 1 AND 10", "10", True),
        ("x BETWEEN 1 AND 10", "11", False),
        ("x BETWEEN 2 AND 10", "9", True),  # numbers: as text '9' > '10'
        ("x NOT BETWEEN 1 AND 10", "11", True),
        ("x BETWEEN 1 AND NULL", "0", False),  # 0 >= 1 is already false
        ("x BETWEEN 1 AND NULL", "5", None),
        ("x BETWEEN 'a' AND 'c'", "b", True),
        ("x BETWEEN 'a' AND 'c'", "B", False),
    ],
)
def test_between(text, value, expected) -> None:
    assert truth(text, x=value) is expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("x LIKE 'a%'", "abc", True),
        ("x LIKE 'a%'", "Abc", False),  # LIKE is case-sensitive
        ("x ILIKE 'a%'", "Abc", True),
        ("x NOT ILIKE 'a%'", "Abc", False),
        ("x LIKE 'a_c'", "abc", True),
        ("x LIKE 'a_c'", "abbc", False),
        ("x LIKE '%'", "", True),
        ("x LIKE '%'", "line\nbreak", True),
        ("x LIKE 'a.c'", "abc", False),  # regex characters are literal
        ("x LIKE '(a)+'", "(a)+", True),
        ("x NOT LIKE 'a%'", "b", True),
        ("x LIKE 'a%'", None, None),
        ("x LIKE NULL", "a", None),
        ("x LIKE '100\\%'", "100%", True),  # backslash escapes by default
        ("x LIKE '100\\%'", "1000", False),
        ("x LIKE 'a\\_c'", "abc", False),
        ("x LIKE 'a\\\\c'", "a\\c", True),
        ("x LIKE '100!%' ESCAPE '!'", "100%", True),
        ("x LIKE '100!%' ESCAPE '!'", "1000", False),
        ("x NOT LIKE '100!%' ESCAPE '!'", "1000", True),
        ("x LIKE 'a\\%' ESCAPE ''", "a\\bc", True),  # no escape character at all
        ("x LIKE '1%'", "12", True),
        ("LENGTH(x) LIKE '1_'", "abcdefghijk", True),  # a number is matched as its text
    ],
)
def test_like(text, value, expected) -> None:
    assert truth(text, x=value) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x + 1 = 6", True),
        ("x - 1 = 4", True),
        ("x * 2 = 10", True),
        ("x / 2 = 2.5", True),
        ("-x = -5", True),
        ("x + y = 5.3", True),
        ("y + y + y = 0.9", True),  # decimal, not binary floating point
        ("(x / 0) IS NULL", True),  # division by zero is NULL, never a failed run
        ("z + 1 = 1", None),  # 'abc' is not a number: unknown, not an error
        ("2 * 3 = 6", True),
        ("x * 1e400 * 1e400 > 0", True),
        ("(x * 1e999990 * 1e999990) IS NULL", True),  # overflow is NULL too
    ],
)
def test_arithmetic(text, expected) -> None:
    assert truth(text, x="5", y="0.3", z="abc") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LOWER(s) = 'hello world'", True),
        ("UPPER(s) = 'HELLO WORLD'", True),
        ("LENGTH(s) = 11", True),
        ("CHAR_LENGTH(u) = 4", True),  # characters, not bytes
        ("LENGTH(p) = 5", True),
        ("TRIM(p) = 'x'", True),
        ("LTRIM(p) = 'x  '", True),
        ("RTRIM(p) = '  x'", True),
        ("TRIM(BOTH 'x' FROM 'xxaxx') = 'a'", True),
        ("TRIM(LEADING 'x' FROM 'xxaxx') = 'axx'", True),
        ("LTRIM('xyaxy', 'xy') = 'axy'", True),
        ("COALESCE(n, s) = 'Hello World'", True),
        ("COALESCE(n, n) IS NULL", True),
        ("COALESCE(n, 7) = 7", True),
        ("COALESCE(i, 7) = 42", True),
        ("IFNULL(n, 'x') = 'x'", True),
        ("NULLIF(i, 42) IS NULL", True),
        ("NULLIF(i, 41) = 42", True),
        ("NULLIF(p, '') IS NULL", False),
        ("SUBSTR(s, 1, 5) = 'Hello'", True),
        ("SUBSTRING(s, 7) = 'World'", True),
        ("SUBSTRING(s FROM 7 FOR 3) = 'Wor'", True),
        ("SUBSTRING(s, 0, 3) = 'He'", True),  # the SQL standard: positions 0, 1, 2
        ("SUBSTRING(s, 20) = ''", True),
        ("SUBSTRING(s, 1, -1) IS NULL", True),
        ("ABS(m) = 3.5", True),
        ("ABS(i) = 42", True),
        ("REPLACE(s, 'o', '0') = 'Hell0 W0rld'", True),
        ("REPLACE(s, '', 'x') = s", True),
        ("CONCAT(s, '!', n, i) = 'Hello World!42'", True),  # CONCAT skips NULL (PostgreSQL)
        ("(s || n) IS NULL", True),  # || makes NULL of NULL
        ("s || '!' = 'Hello World!'", True),
        ("CAST(m AS int) = -4", True),  # half away from zero
        ("CAST('2.5' AS int) = 3", True),
        ("CAST(m AS decimal) = -3.5", True),
        ("CAST(i AS text) = '42'", True),
        ("CAST(i AS varchar(5)) || 'x' = '42x'", True),
        ("CAST(i AS SIGNED) = 42", True),
        ("i::int = 42", True),
        ("CAST(d AS date) = DATE '2024-03-14'", True),
        ("DATE(d) = '2024-03-14'", True),
        ("CAST(d AS timestamp) > DATE '2024-03-14'", True),
        ("CAST(b AS boolean)", True),
        ("CAST(s AS int) IS NULL", True),
        ("LOWER(n) IS NULL", True),
        ("LENGTH(CAST(CURRENT_DATE AS text)) = 10", True),
    ],
)
def test_functions(text, expected) -> None:
    row = {"s": "Hello World", "u": "Zoë!", "p": "  x  ", "n": None, "i": "42", "m": "-3.5", "d": "2024-03-14 18:30:00", "b": "yes"}
    assert truth(text, **row) is expected


def test_text_compares_exactly_and_numbers_numerically() -> None:
    assert truth("x > 9", x="10") is True  # against a number: read as a number
    assert truth("x > '9'", x="10") is False  # against a string: text order
    assert truth("x = 'Person'", x="person") is False  # case-sensitive, unlike MySQL's usual collations
    assert truth("x = 'person '", x="person") is False
    assert truth("x = 10", x="1e1") is True
    assert truth("x = 10", x=" 10 ") is True
    for not_a_number in ("ten", "", "NaN", "Infinity", "1_000", "0x10", "١٠", "1e99999"):
        assert truth("x = 10", x=not_a_number) is None, not_a_number
        assert truth("x <> 10", x=not_a_number) is None, not_a_number


def test_two_columns_compare_as_numbers_only_when_both_are_numbers() -> None:
    assert truth("a < b", a="9", b="10") is True
    assert truth("a = b", a="1.50", b="1.5") is True
    assert truth("a < b", a="9", b="10x") is False  # '9' > '10x' as text
    assert truth("a = b", a="x", b="x") is True


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True), ("0", False), ("t", True), ("f", False), ("true", True), ("false", False), ("TRUE", True),
        ("FALSE", False), ("True", True), ("y", True), ("n", False), ("yes", True), ("no", False), ("YES", True),
        ("on", True), ("off", False), ("2", None), ("", None), ("null", None), (None, None),
    ],
)
def test_booleans_in_every_dump_spelling(value, expected) -> None:
    assert truth("flag", flag=value) is expected
    assert truth("flag = TRUE", flag=value) is expected
    assert truth("flag = FALSE", flag=value) is (None if expected is None else not expected)
    assert truth("flag IS TRUE", flag=value) is (expected is True)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("d < CURRENT_DATE - INTERVAL '2 years'", "2022-03-14", True),
        ("d < CURRENT_DATE - INTERVAL '2 years'", "2022-03-15", False),
        ("d < CURRENT_DATE - INTERVAL '2 years'", "2022-03-14 23:59:59.999999", True),
        ("d < CURRENT_DATE - INTERVAL 2 YEAR", "2022-03-14", True),
        ("d < CURRENT_DATE - INTERVAL '2' YEAR", "2022-03-14", True),
        ("d >= CURRENT_DATE - INTERVAL '1 month'", "2024-02-15", True),
        ("d >= CURRENT_DATE - INTERVAL '1 month'", "2024-02-14T23:00:00", False),
        ("d > CURRENT_DATE - INTERVAL '1 week'", "2024-03-09", True),
        ("d > CURRENT_DATE - INTERVAL '1 week'", "2024-03-08", False),
        ("d > CURRENT_DATE - INTERVAL '3 days'", "2024-03-12 00:00:01", True),
        ("d > CURRENT_DATE - INTERVAL '1 day 2 hours'", "2024-03-13 22:00:01", True),
        ("d > CURRENT_DATE - INTERVAL '1 day 2 hours'", "2024-03-13 21:59:59", False),
        ("d > CURRENT_DATE - INTERVAL 90 MINUTE", "2024-03-14 22:30:01", True),
        ("d > CURRENT_DATE - INTERVAL '30 seconds'", "2024-03-14 23:59:31", True),
        ("d > CURRENT_DATE + INTERVAL '-1 day'", "2024-03-14 00:00:01", True),
        ("d < INTERVAL '1 day' + CURRENT_DATE", "2024-03-15 23:59", True),
        ("d + INTERVAL '30 days' < CURRENT_DATE", "2024-02-13", True),  # 2024 is a leap year
        ("d + INTERVAL '30 days' < CURRENT_DATE", "2024-02-14", False),
        ("DATE_SUB(CURRENT_DATE, INTERVAL 1 DAY) = DATE(d)", "2024-03-14 12:00", True),
        ("DATE_ADD(d, INTERVAL 1 DAY) = CURRENT_DATE", "2024-03-14", True),
        ("d = CURRENT_DATE", "2024-03-15", True),
        ("d = CURRENT_DATE", "2024-03-15 10:00:00", False),  # a timestamp compares as one
        ("DATE(d) = CURRENT_DATE", "2024-03-15 10:00:00", True),
        ("d < CURRENT_DATE", "2024-03-14 23:00:00+02", True),  # the offset is ignored
        ("d < CURRENT_DATE", "2024-03-14T23:00:00.5Z", True),
        ("d < CURRENT_DATE", "2024-03-14 23:00:00.123456789", True),
        ("d < CURRENT_DATE", "0000-00-00", None),  # MySQL's zero date is unknown
        ("d < CURRENT_DATE", "0000-00-00 00:00:00", None),
        ("d < CURRENT_DATE", "2024-02-30", None),
        ("d < CURRENT_DATE", "yesterday", None),
        ("d < CURRENT_DATE", "infinity", False),  # PostgreSQL's special values sort last and first
        ("d < CURRENT_DATE", "-infinity", True),
        ("d < CURRENT_TIMESTAMP", "2024-03-14", True),
        ("d < NOW()", "2024-03-14", True),
        ("d > DATE '2024-01-01'", "2024-01-02", True),
        ("d > TIMESTAMP '2024-01-01 10:00'", "2024-01-01 10:00:01", True),
        ("d > '2024-01-01'", "2024-01-01 10:00", True),  # two strings: ISO text order
        ("CURRENT_DATE - INTERVAL '1 month' = DATE '2024-02-15'", None, True),
        ("DATE '2024-03-31' - INTERVAL '1 month' = DATE '2024-02-29'", None, True),  # clamped to the month's end
        ("DATE '2024-01-31' + INTERVAL '1 month' = DATE '2024-02-29'", None, True),
        ("DATE '2024-02-29' + INTERVAL '1 year' = DATE '2025-02-28'", None, True),
        ("(d + INTERVAL '1 year') IS NULL", "9999-06-01", True),  # past year 9999: NULL
        ("d IN (DATE '2024-03-14', CURRENT_DATE)", "2024-03-15", True),
        ("d IN (DATE '2024-03-14', CURRENT_DATE)", "2024-03-15 10:00", False),  # as = does
        ("d BETWEEN CURRENT_DATE - INTERVAL '1 day' AND CURRENT_DATE", "2024-03-14 10:00", True),
    ],
)
def test_dates_and_intervals_with_a_fixed_today(text, value, expected) -> None:
    assert truth(text, d=value) is expected


def test_today_may_fix_the_time_of_now_too() -> None:
    condition = parse_condition("d > NOW() - INTERVAL '1 hour'", datetime(2024, 3, 15, 12, 0))
    assert condition.evaluate({"d": "2024-03-15 11:30"}) is True
    assert condition.evaluate({"d": "2024-03-15 10:30"}) is False
    midnight = parse_condition("d > NOW() - INTERVAL '1 hour'", date(2024, 3, 15))
    assert midnight.evaluate({"d": "2024-03-14 23:30"}) is True


def test_current_date_is_the_local_date_by_default() -> None:
    before = date.today()
    condition = parse_condition("d = CURRENT_DATE")
    after = date.today()
    assert condition.evaluate({"d": before.isoformat()}) or condition.evaluate({"d": after.isoformat()})
    assert not condition.evaluate({"d": "2000-01-01"})


def test_the_documented_examples_parse() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "conditions.md").read_text(encoding="utf-8")
    blocks = "".join(re.findall(r"```yaml\n(.*?)```", docs, re.DOTALL))
    examples = re.findall(r'(?:when|drop_rows): "([^"]*)"', blocks)
    assert len(examples) > 10
    for example in examples:
        assert parse_condition(example, TODAY).columns, example


def test_columns_in_order_of_first_use_without_duplicates() -> None:
    condition = parse_condition("b = 1 AND a = 2 OR b IS NULL AND LOWER(c) = a", TODAY)
    assert condition.columns == ("b", "a", "c")


def test_columns_as_written_unquoted_and_with_their_case() -> None:
    condition = parse_condition('"Kind" = \'x\' AND `last name` = \'y\' AND kind = \'z\' AND "a""b" IS NULL', TODAY)
    assert condition.columns == ("Kind", "last name", "kind", 'a"b')
    assert condition.evaluate({"Kind": "x", "last name": "y", "kind": "z", 'a"b': None}) is True
    assert condition.evaluate({"Kind": "z", "last name": "y", "kind": "z", 'a"b': None}) is False


def test_a_condition_without_columns_is_constant() -> None:
    assert parse_condition("1 = 1", TODAY).columns == ()
    assert parse_condition("1 = 1", TODAY).evaluate({}) is True
    assert parse_condition("CURRENT_DATE > DATE '2030-01-01'", TODAY).evaluate({}) is False


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("(SELECT 1) = x", "a subquery"),
        ("x IN (SELECT id FROM other)", "IN (subquery)"),
        ("EXISTS (SELECT 1)", "a subquery"),
        ("COUNT(*) > 1", "the aggregate function COUNT()"),
        ("SUM(x) > 1", "the aggregate function SUM()"),
        ("ROW_NUMBER() OVER (ORDER BY x) = 1", "a window function"),
        ("frobnicate(x) = 1", "the function frobnicate()"),
        ("REGEXP_LIKE(x, 'a')", "the function REGEXP_LIKE()"),
        ("x <=> y", "x IS NOT DISTINCT FROM y"),
        ("CASE WHEN x = 1 THEN 1 END = 1", "CASE"),
        ("CAST(x AS time) = '10:00'", "CAST to TIME"),
        ("x > INTERVAL '1 day'", "INTERVAL"),
        ("x = ?", "?"),
    ],
)
def test_unsupported_constructs_are_named(text, named) -> None:
    raised = error(text)
    assert named in raised.message
    assert "is not supported in a rule condition" in raised.message
    assert raised.hint is not None and "LIKE" in raised.hint and "COALESCE" in raised.hint


@pytest.mark.parametrize("text", ["users.email = 'x'", "other.kind = 'x'", "db.t.x = 1"])
def test_qualified_columns_are_refused(text) -> None:
    raised = error(text)
    assert "names another table" in raised.message
    assert raised.offset == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x + 1", "x + 1 is a number, not a truth value"),
        ("'person'", "'person' is text, not a truth value"),
        ("x < CURRENT_DATE - 30", "needs numbers"),
        ("x = 'abc' + 1", "'abc' is not a number"),
        ("x = DATE '2024-13-01'", "is not a date"),
        ("x LIKE y", "the pattern of LIKE must be a string in single quotes"),
        ("x IN (y, 1)", "IN takes a list of values"),
        ("x LIKE 'a' ESCAPE 'ab'", "ESCAPE takes one character"),
        ("x LIKE 'a\\'", "ends with its escape character"),
        ("x < CURRENT_DATE - INTERVAL '2 fortnights'", "is not an interval"),
        ("x < CURRENT_DATE - INTERVAL '1.5 months'", "a fraction of a month"),
        ("(x = 1) = 1", "is a truth value where a number is expected"),
    ],
)
def test_type_errors_at_parse_time(text, message) -> None:
    assert message in error(text).message


def test_syntax_errors_say_where() -> None:
    raised = error("x = 1 +")
    assert raised.message.startswith("cannot parse the condition: ")
    assert raised.offset == 6
    raised = error("kind = 'a' AND AND x = 1")
    assert raised.offset == 15
    assert error("x = 1\n  AND").offset == 8
    assert error("x = 1 y").offset == 6  # sqlglot reads a trailing word as an alias
    assert error("").message == "the condition is empty"
    assert error("a = 1; b = 2").offset == 5
    assert error("x IN (1 y)").offset == 8


def test_hints_for_what_mysql_users_write() -> None:
    assert "'O''Brien'" in error("name = 'O\\'Brien'").hint
    double_quoted = error('name LIKE "J%"')
    assert "strings take single quotes: 'J%'" in double_quoted.hint
    assert "write OR" in error("deleted = 1 || banned = 1").hint
    assert "strings take single quotes: 'person'" in error('kind = "person" AND x = \'a').hint


def test_a_double_quoted_column_the_table_lacks_gets_a_hint() -> None:
    condition = parse_condition('kind = "person"', TODAY)
    assert condition.columns == ("kind", "person")
    assert condition.unknown_column_hint("person") == "\"person\" is a column name in SQL; strings take single quotes: 'person'"
    assert condition.unknown_column_hint("kind") is None


def test_error_string_carries_the_hint() -> None:
    raised = error("t.x = 1")
    assert str(raised) == f"{raised.message} ({raised.hint})"
    assert isinstance(raised, ValueError)


# Conditions of every kind, for values of every shape: a row never makes evaluate() fail.
ROBUST = [
    "x = 1", "x + 1 > y * 2", "x / y > 0", "x BETWEEN y AND 5", "x IN (1, 2)", "x LIKE '%a_'",
    "LOWER(x) ILIKE '%a_'", "x", "NOT x OR y IS TRUE", "x < CURRENT_DATE - INTERVAL '1 year'",
    "DATE(x) = CURRENT_DATE", "x + INTERVAL '1 month' > y", "CAST(x AS int) = 1", "SUBSTRING(x, y, 2) = 'a'",
    "ABS(x) > 1", "COALESCE(x, y) = 3", "NULLIF(x, y) IS NULL", "CAST(x AS date) < y", "TRIM(x) = y", "x = y",
]


@given(
    st.sampled_from(ROBUST),
    st.one_of(st.none(), st.text(), st.sampled_from(["1e999999999", "-0", "9999-12-31 23:59:59", "0001-01-01", "1.5", "t"])),
    st.one_of(st.none(), st.text(), st.sampled_from(["0", "1e-999999999", "2024-02-29", "-2147483649"])),
)
def test_evaluate_never_fails_on_any_value(text, x, y) -> None:
    result = parse_condition(text, TODAY).evaluate({"x": x, "y": y})
    assert result is True or result is False


# SQLite as the oracle, where its semantics are ours: integers, text equality and order,
# AND/OR/NOT, IS NULL, IN, BETWEEN, and LIKE without ESCAPE (case-sensitive by pragma).
INT_COLUMNS = st.sampled_from(["i", "j"])
TEXT_COLUMNS = st.sampled_from(["s", "u"])
ALPHABET = "abA%_"
integers = st.integers(-3, 3).map(str)
int_terms = st.one_of(
    INT_COLUMNS, integers, st.just("NULL"),
    st.builds(lambda c, op, n: f"{c} {op} {n}", INT_COLUMNS, st.sampled_from(["+", "-", "*"]), st.one_of(INT_COLUMNS, integers)),
)
text_terms = st.one_of(TEXT_COLUMNS, st.text(ALPHABET, max_size=3).map(lambda t: f"'{t}'"), st.just("NULL"))
comparison = st.sampled_from(["=", "<>", "!=", "<", "<=", ">", ">="])
negation = st.sampled_from(["", "NOT "])
atoms = st.one_of(
    st.builds(lambda a, op, b: f"{a} {op} {b}", int_terms, comparison, int_terms),
    st.builds(lambda a, op, b: f"{a} {op} {b}", text_terms, comparison, text_terms),
    st.builds(lambda c, n: f"{c} IS {n}NULL", st.one_of(INT_COLUMNS, TEXT_COLUMNS), negation),
    st.builds(
        lambda c, n, items: f"{c} {n}IN ({', '.join(items)})", INT_COLUMNS, negation,
        st.lists(st.one_of(integers, st.just("NULL")), min_size=1, max_size=4),
    ),
    st.builds(
        lambda c, n, items: f"{c} {n}IN ({', '.join(items)})", TEXT_COLUMNS, negation,
        st.lists(text_terms.filter(lambda t: t.startswith("'") or t == "NULL"), min_size=1, max_size=3),
    ),
    st.builds(lambda a, n, lo, hi: f"{a} {n}BETWEEN {lo} AND {hi}", int_terms, negation, int_terms, int_terms),
    st.builds(lambda a, n, lo, hi: f"{a} {n}BETWEEN {lo} AND {hi}", text_terms, negation, text_terms, text_terms),
    st.builds(lambda c, n, p: f"{c} {n}LIKE '{p}'", TEXT_COLUMNS, negation, st.text(ALPHABET, max_size=4)),
)
conditions = st.recursive(
    atoms,
    lambda inner: st.one_of(
        st.builds(lambda a, b: f"({a}) AND ({b})", inner, inner),
        st.builds(lambda a, b: f"({a}) OR ({b})", inner, inner),
        inner.map(lambda a: f"NOT ({a})"),
    ),
    max_leaves=5,
)
int_values = st.one_of(st.none(), st.integers(-4, 4))
text_values = st.one_of(st.none(), st.text(ALPHABET, max_size=3))


@given(conditions, int_values, int_values, text_values, text_values)
def test_agrees_with_sqlite(text, i, j, s, u) -> None:
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute("PRAGMA case_sensitive_like = ON")
        db.execute("CREATE TABLE t (i INTEGER, j INTEGER, s TEXT, u TEXT)")
        db.execute("INSERT INTO t VALUES (?, ?, ?, ?)", (i, j, s, u))
        (expected,) = db.execute(f"SELECT {text} FROM t").fetchone()
    row = {"i": None if i is None else str(i), "j": None if j is None else str(j), "s": s, "u": u}
    assert truth(text, **row) is (None if expected is None else bool(expected)), (text, row)


def test_what_sqlglot_reads_but_cannot_be_compiled_is_an_error_not_a_crash() -> None:
    with pytest.raises(ConditionError, match="REPLACE takes three arguments"):
        parse_condition("REPLACE(email, 'x') = 'y'")
    with pytest.raises(ConditionError, match="write col IN"):
        parse_condition(" OR ".join(f"id = {i}" for i in range(2000)))
