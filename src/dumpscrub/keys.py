"""Foreign keys, from every place a dump or the rules declare them, and rules that follow them.

A key's columns hold copies of the parent's values. When a rule scrubs a parent
column and nothing scrubs the copies, the copies keep the personal values and the
key no longer lines up: so the referencing columns get the parent's strategy
(same strategy, same original, same fake), transitively and column by column for
composite keys. An explicit rule on the child wins.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from types import MappingProxyType

from . import model
from .model import Catalog
from .rules import Rules, TableAction, TableRule


@dataclass(frozen=True)
class Link:
    """One foreign key: ``child(columns)`` references ``parent(parent_columns)``."""

    child: str  # table names as the catalog has them (as the dump spells them)
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    declared: str  # where it comes from: "the dump" or the rules' location

    def __str__(self) -> str:
        return f"`{self.child}`({', '.join(self.columns)}) -> `{self.parent}`({', '.join(self.parent_columns)})"


def links(catalog: Catalog, rules: Rules) -> list[Link]:
    """Every foreign key of the dump's tables (CREATE TABLE, ALTER TABLE ... ADD CONSTRAINT)
    and of the rules' ``references:``, with table and column names as the dump spells them."""
    found: list[Link] = []
    for table in catalog.tables.values():
        for fk in table.foreign_keys:
            parent = catalog.get(fk.parent)
            if parent is None:
                continue  # a key to a table the dump does not hold: nothing to follow
            parent_columns = fk.parent_columns or (parent.unique_keys[0] if parent.unique_keys else ())
            if len(parent_columns) != len(fk.columns):
                continue  # REFERENCES t without columns, and t has no primary key (SQLite's rowid)
            found.append(Link(table.name, _names(table, fk.columns), parent.name, _names(parent, parent_columns), "the dump"))
    for name, rule in rules.tables.items():
        for ref in rule.references:
            child, parent = catalog.get(name), catalog.get(ref.parent)
            found.append(
                Link(
                    child.name if child else name,
                    _names(child, ref.columns) if child else ref.columns,
                    parent.name if parent else ref.parent,
                    _names(parent, ref.parent_columns) if parent else ref.parent_columns,
                    str(ref.location),
                )
            )
    return list(dict.fromkeys(found))


def _names(table, columns: tuple[str, ...]) -> tuple[str, ...]:
    """Column names as the table declares them (a key may spell them in another case)."""
    out = []
    for name in columns:
        column = table.column(name) if table is not None else None
        out.append(column.name if column is not None else name)
    return tuple(out)


@dataclass
class Followed:
    """What following the keys did to the rules."""

    rules: Rules
    added: list[str] = dataclasses.field(default_factory=list)  # "orders.customer_email (follows users.email)"
    warnings: list[str] = dataclasses.field(default_factory=list)


def follow_keys(rules: Rules, keys: list[Link]) -> Followed:
    """Give each referencing column the strategy of the column it references, when the
    rules scrub that one and say nothing of this one (transitively)."""
    tables = dict(rules.tables)
    result = Followed(rules)
    reported: set[tuple] = set()

    def rule_of(table: str) -> TableRule | None:
        found = tables.get(table)
        return found if found is not None else Rules(rules.path, tables=tables).table(table)

    changed = True
    while changed:
        changed = False
        for link in keys:
            parent_rule = rule_of(link.parent)
            if parent_rule is None:
                continue
            for column, parent_column in zip(link.columns, link.parent_columns):
                source = parent_rule.column(parent_column)
                child_rule = rule_of(link.child)
                own = child_rule.column(column) if child_rule is not None else None
                if source is None or source.strategy.is_identity:
                    if own is not None and not own.strategy.is_identity and own.follows is None:
                        _once(result, reported, ("parent", link, column),
                              f"{own.location}: `{link.child}`.`{column}` is scrubbed, but the column it references, "
                              f"`{link.parent}`.`{parent_column}`, is not: the foreign key {link} will not line up")
                    continue
                if own is not None:
                    if own.strategy.key != source.strategy.key and not own.strategy.is_constant:
                        _once(result, reported, ("differs", link, column),
                              f"{own.location}: `{link.child}`.`{column}` references `{link.parent}`.`{parent_column}` "
                              f"but has its own strategy '{own.strategy.name}' (the parent's is '{source.strategy.name}'): "
                              f"the rule on the child wins, and the foreign key {link} will not line up")
                    continue
                if child_rule is not None and child_rule.action is not None:
                    if child_rule.action is TableAction.KEEP:
                        _once(result, reported, ("keep", link, column),
                              f"{child_rule.location}: `{link.child}` is kept as it is, but its `{column}` references "
                              f"the scrubbed `{link.parent}`.`{parent_column}`: the foreign key {link} will not line up")
                    continue  # truncated or dropped: no rows to follow
                if source.when is not None or source.strategy.name == "template":
                    why = "only `when:` a condition holds" if source.when is not None else "by a template of its row"
                    _once(result, reported, ("when", link, column),
                          f"{source.location}: `{link.parent}`.`{parent_column}` is scrubbed {why}, so "
                          f"`{link.child}`.`{column}` cannot follow it: give the child its own rule")
                    continue
                origin = source.follows or f"{link.parent}.{parent_column}"
                derived = dataclasses.replace(source, column=column, follows=origin)
                base = child_rule or TableRule(link.child, source.location, preset=source.preset)
                tables[base.name] = dataclasses.replace(base, columns=MappingProxyType({**base.columns, column: derived}))
                result.added.append(f"{link.child}.{column} (follows {origin})")
                changed = True
    result.rules = dataclasses.replace(rules, tables=MappingProxyType(tables))
    return result


def _once(result: Followed, reported: set, key: tuple, message: str) -> None:
    if key not in reported:
        reported.add(key)
        result.warnings.append(message)


def shared_lengths(keys: list[Link], catalog: Catalog) -> dict[tuple[str, str], int]:
    """The length fakes must fit in each column a foreign key links: the shortest of its
    group (a key, the columns referencing it, theirs ...). A fake is cut to its column's
    length, and a shorter fake is another value: an email in a varchar(255) parent and
    a varchar(20) child must be faked to fit 20 in both, or the key breaks."""
    group: dict[tuple[str, str], tuple[str, str]] = {}

    def root(node: tuple[str, str]) -> tuple[str, str]:
        while group.setdefault(node, node) != node:
            node = group[node]
        return node

    for link in keys:
        for column, parent_column in zip(link.columns, link.parent_columns):
            a, b = root((link.child, column)), root((link.parent, parent_column))
            if a != b:
                group[a] = b
    shortest: dict[tuple[str, str], int] = {}
    for node in group:
        table = catalog.get(node[0])
        column = table.column(node[1]) if table is not None else None
        if column is not None and column.length is not None and column.kind in (model.TEXT, model.BINARY):
            top = root(node)
            shortest[top] = min(shortest.get(top, column.length), column.length)
    return {node: shortest[root(node)] for node in group if root(node) in shortest}
