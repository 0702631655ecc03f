"""The rules, after validation: frozen objects, no YAML dicts beyond rules/load.py."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from ..errors import Location
from ..strategies import Strategy


class TableAction(enum.Enum):
    TRUNCATE = "truncate"  # keep the table's DDL, drop all its rows


TABLE_ACTIONS = {a.value: a for a in TableAction}


@dataclass(frozen=True)
class ColumnRule:
    column: str
    strategy: Strategy
    location: Location


@dataclass(frozen=True)
class TableRule:
    name: str
    location: Location
    action: TableAction | None = None
    columns: Mapping[str, ColumnRule] = field(default_factory=lambda: MappingProxyType({}))

    def column(self, name: str) -> ColumnRule | None:
        """The rule for a column, by exact name, else by case-insensitive name."""
        found = self.columns.get(name)
        if found is None:
            folded = [r for c, r in self.columns.items() if c.casefold() == name.casefold()]
            found = folded[0] if len(folded) == 1 else None
        return found


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
