"""The corpus rules builder of tests/support/pii_rules.py: what it picks for each column."""

from __future__ import annotations

import pytest

from dumpscrub import model
from dumpscrub.model import Column, TableDef
from support.corpus import CORPUS
from support.pii_rules import build_rules, choose, find_table


@pytest.mark.parametrize(
    ("category", "column", "strategy", "value"),
    [
        ("free_text", Column("tags", "text[]", model.ARRAY), "null", None),
        ("free_text", Column("tags", "text[]", model.ARRAY, nullable=False), "constant", "{}"),
        ("json", Column("profile", "jsonb", model.JSON, nullable=False), "constant", "{}"),
        ("gender", Column("g", "gender", model.ENUM, nullable=False, enum_values=("F", "M")), "constant", "F"),
        ("identifier", Column("uuid", "uuid", model.UUID, nullable=False), "hash", None),
        ("ip", Column("ip", "inet", model.INET), "ip", None),
        ("blob_image", Column("scan", "bytea", model.BINARY, nullable=False), "constant", "redacted"),
        ("city", Column("city", "", model.UNKNOWN, nullable=False), "constant", "redacted"),
        ("username", Column("login", "", model.UNKNOWN), "hash", None),
        ("id_number", Column("emp_no", "integer", model.INTEGER, nullable=False), "keep", None),
        ("birthdate", Column("born", "date", model.TEMPORAL, nullable=False), "constant", "2000-01-01"),
    ],
)
def test_each_column_gets_a_strategy_that_fits_it(category: str, column: Column, strategy: str, value) -> None:
    choice = choose(category, column)
    assert (choice.strategy, choice.value) == (strategy, value), choice.reason


def test_a_rule_names_a_table_as_dumpscrub_matches_it() -> None:
    tables = {name: TableDef(name, ()) for name in ("public.users", "crm.leads", "public.Orders")}
    assert find_table(tables, "users") is tables["public.users"]
    assert find_table(tables, "crm.leads") is tables["crm.leads"]
    assert find_table(tables, "leads") is tables["crm.leads"]
    assert find_table(tables, "orders") is tables["public.Orders"]
    assert find_table(tables, "public.leads") is None


@pytest.mark.parametrize(
    ("dump", "tool", "has_generated"),
    [
        ("edge.mysqldump.default.sql", "mysqldump", True),  # mysqldump writes its values
        ("edge.pg_dump.default.sql", "pg_dump", False),
        ("edge.sqlite3.dump.sql", "sqlite3", False),
    ],
)
def test_a_generated_column_gets_a_rule_only_where_the_dump_writes_it(dump: str, tool: str, has_generated: bool) -> None:
    rules = build_rules("edge", tool, (CORPUS / "edge" / dump).read_bytes())
    assert (("users", "email_domain") in rules.columns) is has_generated
    assert rules.columns[("users", "email")].strategy == "email"
