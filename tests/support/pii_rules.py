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

import io
import json
from dataclasses import dataclass

import yaml

from dumpscrub import dialects, model, parse_rules
from dumpscrub.model import Column, TableDDL, TableDef
from dumpscrub.reader import Source
from dumpscrub.strategies import registry

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

# The corpus' dump tools and the dumpscrub dialect that reads each one's output.
DIALECT_OF = {"mysqldump": "mysql", "pg_dump": "postgres", "sqlite3": "sqlite"}
# Only MariaDB's mysqldump writes the values of GENERATED columns (README of the
# corpus, "Quirks"); pg_dump and sqlite3 leave them out, so a rule would name a
# column the dump does not have.
WRITES_GENERATED = {"mysqldump"}
NIL_UUID = "00000000-0000-0000-0000-000000000000"
DOC_IP = "192.0.2.1"  # RFC 5737 documentation range


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

    @classmethod
    def from_yaml(cls, text: str, name: str = "rules.yml") -> PiiRules:
        """A hand-written rules file, with a Choice per column (category "hand-written")."""
        parse_rules(text, name)  # valid for dumpscrub first
        choices: dict[tuple[str, str], Choice] = {}
        for table, rule in yaml.safe_load(text)["tables"].items():
            for column, spec in (rule.get("columns") or {}).items() if isinstance(rule, dict) else ():
                if spec is None or spec == "null":
                    choices[(table, column)] = Choice("null", "hand-written", name)
                elif isinstance(spec, str):
                    choices[(table, column)] = Choice(spec, "hand-written", name)
                else:
                    value = spec.get("value")
                    text_value = None if value is None else str(value)
                    choices[(table, column)] = Choice(spec["strategy"], "hand-written", name, text_value)
        return cls(text, choices)

    def constants(self) -> set[str]:
        """Every value a "constant" rule writes."""
        return {c.value for c in self.columns.values() if c.value is not None}


def schema_tables(dump: bytes, tool: str = "mysqldump") -> dict[str, TableDef]:
    """The CREATE TABLE statements of a `tool` dump, read by dumpscrub's own dialect reader.

    Keys are the names as the dialect gives them (pg_dump's are schema-qualified).

    Raises:
        ValueError: a CREATE TABLE dumpscrub cannot parse.
    """
    dialect = dialects.get_dialect(DIALECT_OF[tool])
    tables: dict[str, TableDef] = {}
    for event in dialect.read(Source(io.BytesIO(dump), f"schema.{tool}.sql"), lambda t, c, w: model.PASS):
        if isinstance(event, TableDDL):
            if event.table is None:
                raise ValueError(f"dumpscrub cannot parse the CREATE TABLE of {event.name} (line {event.line})")
            tables[event.table.name] = event.table
    return tables


def find_table(tables: dict[str, TableDef], name: str) -> TableDef | None:
    """The table a rule naming `name` matches: exact, then unqualified, then ignoring case."""
    if name in tables:
        return tables[name]
    if "." not in name:
        unqualified = [t for key, t in tables.items() if key.rsplit(".", 1)[-1] == name]
        if len(unqualified) == 1:
            return unqualified[0]
    folded = [t for key, t in tables.items() if key.casefold() == name.casefold()]
    if "." not in name and not folded:
        folded = [t for key, t in tables.items() if key.rsplit(".", 1)[-1].casefold() == name.casefold()]
    return folded[0] if len(folded) == 1 else None


def build_rules(dataset: str, tool: str, schema_dump: bytes) -> PiiRules:
    """Rules covering every column of `dataset`'s pii.yml, for dumps made by `tool`.

    Args:
        schema_dump: a dump holding the CREATE TABLE of every table pii.yml names
            (the dump itself, or its --no-data companion for a --no-create-info dump).

    Raises:
        ValueError: pii.yml names a table or column the schema lacks, or a category
            this module has no mapping for.
    """
    tables = schema_tables(schema_dump, tool)
    choices: dict[tuple[str, str], Choice] = {}
    for entry in load_pii(dataset, tool):
        table, column, category = entry["table"], entry["column"], entry["category"]
        tdef = find_table(tables, table)
        col = tdef.column(column) if tdef is not None else None
        if col is None:
            raise ValueError(f"{dataset} pii.yml names `{table}`.`{column}`, which the {tool} schema lacks")
        if col.generated and tool not in WRITES_GENERATED:
            continue
        choices[(table, column)] = choose(category, col)
    text = render(dataset, tool, choices)
    parse_rules(text, f"{dataset}-{tool}-rules.yml")  # fail here, not inside the CLI, if invalid
    return PiiRules(text, choices)


def fits(strategy: str, col: Column) -> bool:
    """Whether the strategy may write into a column of this kind (the registry's own list)."""
    found = registry.get(strategy)
    return found is not None and col.kind in found.kinds


def choose(category: str, col: Column) -> Choice:
    """The core strategy for a column of this pii.yml category."""
    if category in DIRECT:
        strategy = DIRECT[category]
        if not fits(strategy, col):
            return erase(category, col, f"{category}: {strategy} cannot write a {col.describe()}")
        return Choice(strategy, category, f"{category} -> {strategy}")
    if category in NAMES:
        name = col.name.casefold()
        strategy = "first_name" if "first" in name else "last_name" if "last" in name else "name"
        return Choice(strategy, category, f"{category} -> {strategy} (by the column's name)")
    if category in KEPT:
        return Choice("keep", category, "a development copy keeps it; the leak check skips kept columns")
    if category in HASHED:
        if col.kind == model.UUID and not fits("hash", col):
            return erase(category, col, "hash does not write uuid columns (yet)")
        if not fits("hash", col):
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
    if col.kind == model.ARRAY:
        return "{}"  # PostgreSQL's empty array, whatever the element type
    if col.kind == model.UUID:
        return NIL_UUID
    if col.kind == model.INET:
        return DOC_IP
    if col.kind == model.BOOLEAN:
        return "false"
    if col.kind == model.TEMPORAL:
        if col.type.startswith("time") and not col.type.startswith("timestamp"):
            return "00:00:00"  # time, time with(out) time zone
        return {"date": "2000-01-01", "year": "2000"}.get(col.type, "2000-01-01 00:00:00")
    if col.kind in (model.INTEGER, model.NUMBER):
        return "0"
    if col.kind in (model.TEXT, model.BINARY, model.UNKNOWN):  # SQLite columns may have no type
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
