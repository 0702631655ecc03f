"""The rules, after validation: frozen objects, no YAML dicts beyond rules/load.py."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from ..errors import Location
from ..strategies import Strategy

if TYPE_CHECKING:
    from ..conditions import Condition


class TableAction(enum.Enum):
    TRUNCATE = "truncate"  # keep the table's DDL, leave out all its rows
    DROP = "drop"  # leave the table out entirely: DDL, data, indexes, triggers, grants
    KEEP = "keep"  # the table was looked at and holds nothing personal


TABLE_ACTIONS = {a.value: a for a in TableAction}


@dataclass(frozen=True)
class ColumnRule:
    column: str
    strategy: Strategy
    location: Location
    when: "Condition | None" = None  # apply only to rows whose original values satisfy it
    preset: str | None = None  # the preset the rule comes from (None: the user's own file)
    follows: str | None = None  # "users.email": added because the column references that one


@dataclass(frozen=True)
class Forget:
    """``forget: {column: id, file: forgotten.txt}``: rows whose column holds one of the keys."""

    column: str
    file: str
    keys: frozenset[str]
    location: Location


@dataclass(frozen=True)
class Reference:
    """A foreign key the rules declare (``references:``) for a dump that has none."""

    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    location: Location


@dataclass(frozen=True)
class TableRule:
    name: str
    location: Location
    action: TableAction | None = None
    columns: Mapping[str, ColumnRule] = field(default_factory=lambda: MappingProxyType({}))
    drop_rows: "Condition | None" = None  # rows that leave the dump (and the rows referencing them)
    forget: Forget | None = None
    references: tuple[Reference, ...] = ()
    preset: str | None = None

    def column(self, name: str) -> ColumnRule | None:
        """The rule for a column, by exact name, else by case-insensitive name."""
        found = self.columns.get(name)
        if found is None:
            folded = [r for c, r in self.columns.items() if c.casefold() == name.casefold()]
            found = folded[0] if len(folded) == 1 else None
        return found

    @property
    def removes_rows(self) -> bool:
        """Whether some of the table's rows leave the dump."""
        return self.action in (TableAction.TRUNCATE, TableAction.DROP) or bool(self.drop_rows or self.forget)


@dataclass(frozen=True)
class Rules:
    path: str
    version: int = 1
    locales: tuple[str, ...] = ("en_US",)
    strict: bool = False
    tables: Mapping[str, TableRule] = field(default_factory=lambda: MappingProxyType({}))

    def table(self, dump_name: str) -> TableRule | None:
        """The rule for a table as the dump names it.

        ``users`` matches ``users``, ``db.users`` and ``public.users``; a rule
        that names a schema (``crm.leads``) matches only that table. Names are
        compared exactly first, then ignoring case.
        """
        found = self.tables.get(dump_name)
        if found is not None:
            return found
        bare = dump_name.rsplit(".", 1)[-1]
        found = self.tables.get(bare)
        if found is not None:
            return found
        folded = dump_name.casefold()
        bare_folded = bare.casefold()
        matches = [r for n, r in self.tables.items() if n.casefold() in (folded, bare_folded)]
        return matches[0] if len(matches) == 1 else None
