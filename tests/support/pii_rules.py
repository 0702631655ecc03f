"""A dumpscrub rules file for a corpus dataset, made from its pii.yml.

`build_rules(dataset, tool, schema_dump)` maps every personal column of the
dataset's pii.yml to one of the core strategies, fitted to the column as the
dump's CREATE TABLE declares it (length, NULL allowed, type), and returns both the
YAML text and what each column will get, so a round-trip test knows which
columns must change, which must stay, and which constants the rules write.

Only the core strategies are used: keep, null, constant, hash, first_name,
last_name, name, email, phone, address, ip.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from dumpscrub import model, parse_rules
from dumpscrub.model import Column, TableDef
from dumpscrub.schema import parse_create_table

from support.corpus import load_pii

HASH_MIN_LENGTH = 8  # strategies/generic.py: Hash.min_length
TEXT_CONSTANT = "redacted"
# POINT(0 0) as MariaDB stores a GEOMETRY: 4-byte SRID 0, then WKB (byte order 01 =
# little endian, type 01000000 = Point, x and y as two 8-byte doubles 0.0).
POINT_0_0 = "\x00\x00\x00\x00" + "\x01" + "\x01\x00\x00\x00" + "\x00" * 16

# pii.yml category -> strategy, when the category does not depend on the column.
DIRECT = {"email": "email", "phone": "phone", "address": "address", "ip": "ip"}
NAMES = {"name", "public_name"}
HASHED = {"username", "password", "id_number", "identifier", "postal_code"}
ERASED = {"birthdate", "gender", "city", "region", "country", "free_text", "json", "blob_image", "geo_location"}
# A development copy keeps these on purpose (job titles, hire dates, salaries make
# the data realistic); the round-trip leak check skips kept columns.
KEPT = {"employment", "financial"}

# mysqldump writes CREATE TABLE at the start of a line and ends it with ") ENGINE=...;"
# on a line of its own; views are /*!50001 CREATE ... */ and do not match.
_CREATE_TABLE = re.compile(rb"^CREATE TABLE .*?^\)[^\n]*;$", re.M | re.S)


@dataclass(frozen=True)
class Choice:
    """What the rules do to one personal column.

    Attributes:
        strategy: the core strategy's name.
        value: the constant written, for strategy "constant".
        category: the pii.yml category.
        reason: why this strategy (a comment in the YAML).
    """

    strategy: str
    category: str
    reason: str
    value: str | None = None

    @property
    def is_kept(self) -> bool:
        return self.strategy == "keep"


@dataclass(frozen=True)
class PiiRules:
    """A rules file and, per (table, column), the choice behind it."""

    yaml: str
    columns: dict[tuple[str, str], Choice]

    def constants(self) -> set[str]:
        """Every value a "constant" rule writes."""
        return {c.value for c in self.columns.values() if c.value is not None}


def schema_tables(dump: bytes) -> dict[str, TableDef]:
    """The CREATE TABLE statements of a mysqldump, parsed by dumpscrub's own DDL parser.

    Raises:
        ValueError: a CREATE TABLE dumpscrub cannot parse.
    """
    tables: dict[str, TableDef] = {}
    for match in _CREATE_TABLE.finditer(dump):
        sql = match.group().decode("utf-8", "surrogateescape")
        table = parse_create_table(sql, "mysql")
        if table is None:
            raise ValueError(f"dumpscrub cannot parse this CREATE TABLE:\n{sql[:200]}")
        tables[table.name] = table
    return tables


def build_rules(dataset: str, tool: str, schema_dump: bytes) -> PiiRules:
    """Rules covering every column of `dataset`'s pii.yml, for dumps made by `tool`.

    Args:
        schema_dump: a dump holding the CREATE TABLE of every table pii.yml names
            (the dump itself, or its --no-data companion for a --no-create-info dump).

    Raises:
        ValueError: pii.yml names a table or column the schema lacks, or a category
            this module has no mapping for.
    """
    if tool != "mysqldump":
        raise ValueError(f"only mysqldump schemas are read here, not {tool}")
    tables = schema_tables(schema_dump)
    choices: dict[tuple[str, str], Choice] = {}
    for entry in load_pii(dataset, tool):
        table, column, category = entry["table"], entry["column"], entry["category"]
        tdef = tables.get(table)
        col = tdef.column(column) if tdef is not None else None
        if col is None:
            raise ValueError(f"{dataset} pii.yml names `{table}`.`{column}`, which the schema lacks")
        choices[(table, column)] = choose(category, col)
    text = render(dataset, tool, choices)
    parse_rules(text, f"{dataset}-{tool}-rules.yml")  # fail here, not inside the CLI, if invalid
    return PiiRules(text, choices)


def choose(category: str, col: Column) -> Choice:
    """The core strategy for a column of this pii.yml category."""
    if category in DIRECT:
        return Choice(DIRECT[category], category, f"{category} -> {DIRECT[category]}")
    if category in NAMES:
        name = col.name.casefold()
        strategy = "first_name" if "first" in name else "last_name" if "last" in name else "name"
        return Choice(strategy, category, f"{category} -> {strategy} (by the column's name)")
    if category in KEPT:
        return Choice("keep", category, "a development copy keeps it; the leak check skips kept columns")
    if category in HASHED:
        if col.kind not in (model.TEXT, model.BINARY):
            # e.g. employees.emp_no: an INT key every other table references.
            return Choice(
                "keep",
                category,
                f"{col.describe()} key: no core strategy rewrites integers consistently, so it is kept "
                "(the leak check skips kept columns)",
            )
        if col.length is None or col.length >= HASH_MIN_LENGTH:
            return Choice("hash", category, f"{category} -> hash (collision-free, fits {col.describe()})")
        return erase(category, col, f"{col.describe()} is shorter than a hash ({HASH_MIN_LENGTH} chars)")
    if category in ERASED:
        return erase(category, col, f"{category}: no fake is needed")
    raise ValueError(f"no mapping for pii.yml category {category!r} (column `{col.name}`)")


def erase(category: str, col: Column, why: str) -> Choice:
    """NULL when the column allows it, else a constant valid for its type."""
    if col.nullable:
        return Choice("null", category, f"{why}; nullable -> null")
    return Choice("constant", category, f"{why}; NOT NULL -> constant", constant_for(category, col))


def constant_for(category: str, col: Column) -> str:
    """A value every row of a NOT NULL column may hold."""
    if col.type == "geometry":
        return POINT_0_0
    if col.kind == model.ENUM:
        return col.enum_values[0]
    if col.kind == model.JSON or category == "json":
        return "{}"
    if col.kind == model.TEMPORAL:
        return {"date": "2000-01-01", "time": "00:00:00", "year": "2000"}.get(col.type, "2000-01-01 00:00:00")
    if col.kind in (model.INTEGER, model.NUMBER):
        return "0"
    if col.kind in (model.TEXT, model.BINARY):
        return TEXT_CONSTANT[: col.length] if col.length else TEXT_CONSTANT
    raise ValueError(f"no constant for `{col.name}` {col.describe()} ({col.kind})")


def render(dataset: str, tool: str, choices: dict[tuple[str, str], Choice]) -> str:
    """The rules as YAML; every name and value double-quoted (JSON strings are YAML)."""
    lines = [
        f"# Rules for the {dataset} dataset's {tool} dumps, made by tests/support/pii_rules.py",
        "# from shared/corpus/" + dataset + "/pii.yml.",
        "version: 1",
        "tables:",
    ]
    by_table: dict[str, list[tuple[str, Choice]]] = {}
    for (table, column), choice in choices.items():
        by_table.setdefault(table, []).append((column, choice))
    for table, columns in by_table.items():
        lines += [f"  {_q(table)}:", "    columns:"]
        for column, choice in columns:
            lines.append(f"      # {choice.reason}")
            if choice.strategy == "constant":
                lines.append(f"      {_q(column)}: {{strategy: constant, value: {_q(choice.value)}}}")
            else:
                lines.append(f"      {_q(column)}: {choice.strategy}")
    return "\n".join(lines) + "\n"


def _q(text: str) -> str:
    # json.dumps escapes control characters as \u00XX, which YAML double quotes accept.
    return json.dumps(text)
