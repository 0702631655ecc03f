"""The rules loader: the documented syntax, and every problem reported with its place."""

from __future__ import annotations

import pytest

from dumpscrub.errors import RulesError
from dumpscrub.rules import TableAction, parse_rules

EXAMPLE = """\
version: 1
locale: en_US          # optional, Faker locale(s) for fake values
tables:
  users:
    columns:
      email: email
      first_name: first_name
      last_name: last_name
      display_name: hash
      phone: phone
      postal_address: address
      last_login_ip: ip
      avatar: null
      notes: {strategy: constant, value: "redacted"}
  sessions: truncate
"""


def problems(text: str) -> list[str]:
    with pytest.raises(RulesError) as err:
        parse_rules(text, "rules.yml")
    return err.value.lines()


def test_the_documented_example_loads() -> None:
    rules = parse_rules(EXAMPLE)
    users = rules.tables["users"]
    assert users.columns["avatar"].strategy.name == "null"
    assert users.columns["notes"].strategy.params.value == "redacted"
    assert rules.tables["sessions"].action is TableAction.TRUNCATE
    assert rules.locales == ("en_US",)


def test_null_as_a_string_and_strict_and_locale_list() -> None:
    rules = parse_rules("version: 1\nstrict: true\nlocale: [fr_FR, de_DE]\ntables:\n  t:\n    columns:\n      a: 'null'\n")
    assert rules.strict and rules.locales == ("fr_FR", "de_DE")
    assert rules.tables["t"].columns["a"].strategy.name == "null"


def test_all_problems_are_reported_with_line_and_column() -> None:
    text = """\
version: 1
tables:
  users:
    colums: {}
    columns:
      email: emial
      x: {strategy: constant}
      y: {strategy: hash, lenght: 3}
      z: {strategy: hash, length: abc}
      w: {strategy: hash, length: 2}
  s: trunc
loc: x
"""
    assert problems(text) == [
        "rules.yml:4:5: tables.users: unknown key 'colums'. Did you mean 'columns'?",
        "rules.yml:6:14: tables.users.columns.email: unknown strategy 'emial'. Did you mean 'email'?",
        "rules.yml:7:10: tables.users.columns.x: strategy 'constant' needs parameter 'value'",
        "rules.yml:8:27: tables.users.columns.y: strategy 'hash' has no parameter 'lenght'. Did you mean 'length'? "
        "(parameters: length)",
        "rules.yml:9:35: tables.users.columns.z.length: expected an integer or null, got 'abc'",
        "rules.yml:10:10: tables.users.columns.w: hash length must be between 8 and 1024 (shorter hashes collide)",
        "rules.yml:11:6: tables.s: unknown table action 'trunc'. Did you mean 'truncate'? (actions: truncate, drop, keep)",
        "rules.yml:12:1: unknown key 'loc'. Did you mean 'locale'?",
    ]


def test_yaml_syntax_error_has_a_location() -> None:
    assert problems("version: 1\ntables: {users: [}\n")[0].startswith("rules.yml:2:")


def test_duplicate_columns_are_an_error() -> None:
    assert problems("version: 1\ntables:\n  t:\n    columns:\n      a: email\n      a: hash\n") == [
        "rules.yml:6:7: tables.t.columns.a: duplicate key"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("tables: {}\n", "rules.yml:1:1: missing 'version: 1'"),
        ("version: 2\n", "rules.yml:1:10: version: only version 1 exists"),
        ("version: 1\nlocale: xx_YY\n", "rules.yml:2:9: locale: unknown locale 'xx_YY'"),
        ("version: 1\nstrict: maybe\n", "rules.yml:2:9: strict: expected true or false"),
        ("- a\n", "rules.yml:1:1: expected a mapping, got a list"),
        ("", "rules.yml:1: the rules file is empty (see README: rules reference)"),
    ],
)
def test_top_level_problems(text: str, expected: str) -> None:
    assert problems(text)[0].startswith(expected)


def test_table_matching_with_schema_prefix_and_case() -> None:
    rules = parse_rules("version: 1\ntables:\n  users: truncate\n  crm.leads: truncate\n  Customer: truncate\n")
    assert rules.table("users").name == "users"
    assert rules.table("db.users").name == "users"
    assert rules.table("public.users").name == "users"
    assert rules.table("crm.leads").name == "crm.leads"
    assert rules.table("leads") is None
    assert rules.table("customer").name == "Customer"
    assert rules.table("orders") is None
