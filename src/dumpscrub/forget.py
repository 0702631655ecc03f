"""Forgetting: rows that leave the dump, and every row that references them.

A table's rows leave the dump by its rule (``drop_rows:``, ``forget:``, ``truncate``,
``drop``); then every row of every table whose foreign key points at a row that left
leaves too, transitively, so that the result restores with every constraint checked.

The dump lists tables in its own order (mysqldump alphabetically, pg_dump adds the
keys after the data), so a child's rows may come before the rows of the parent
they reference. The analysis therefore reads the dump before it is written: each
pass reads the rows of the tables concerned and records the keys of the rows that
leave; a pass is repeated only when a parent lost rows after one of its children
had been read in that pass. Memory holds only those keys, as 16-byte digests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .errors import RulesError
from .keys import Link
from .model import PASS, Action, Catalog, Codec, DataStart, Plan, Row, lineage, positions_of
from .rules import Rules, TableAction

MAX_PASSES = 64  # a cycle of keys deeper than this is not a real schema


def key_digest(values: Sequence[str], fold: bool = False) -> bytes:
    """A key's 16-byte digest; with ``fold``, keys that differ only in case are one."""
    h = hashlib.blake2b(digest_size=16)
    for value in values:
        if fold:
            value = value.casefold()
        h.update(value.encode("utf-8", "surrogateescape"))
        h.update(b"\0\1")
    return h.digest()


@dataclass
class _Parent:
    """A foreign key of the table to a table that loses rows."""

    columns: tuple[str, ...]
    keys: set[bytes] | None  # the parent's lost keys; None: the parent loses every row


@dataclass
class TableFilter:
    """How one table's rows are judged: its own condition, and its keys to lost rows."""

    table: str
    condition: object | None = None  # conditions.Condition
    forget: tuple[str, frozenset[str]] | None = None  # (column, keys)
    parents: list[_Parent] = field(default_factory=list)
    # Keys of this table that other tables reference: (columns, the set of lost ones).
    records: list[tuple[tuple[str, ...], set[bytes]]] = field(default_factory=list)

    def columns(self) -> tuple[str, ...]:
        """Every column whose value the judgement reads."""
        names: list[str] = []
        if self.condition is not None:
            names += self.condition.columns
        if self.forget is not None:
            names.append(self.forget[0])
        for parent in self.parents:
            names += parent.columns
        for columns, _ in self.records:
            names += columns
        return tuple(dict.fromkeys(names))


class Forgetting:
    """Which rows leave the dump, learned by reading it first (see the module docstring)."""

    def __init__(
        self,
        rules: Rules,
        catalog: Catalog,
        keys: list[Link],
        parents: dict[str, str] | None = None,
        fold: bool = False,
    ):
        self.rules = rules
        self.catalog = catalog
        # MySQL compares keys with their column's collation, which ignores case by
        # default: 'Zoe@x.io' references 'zoe@x.io' there, and is forgotten with it.
        self.fold = fold
        self.matched: dict[str, set[str]] = {}  # table -> the forget keys a row of it held
        # A partition's rows are its parent's: they follow the parent's rule and keys.
        self._owner = {p: _root(p, parents or {}) for p in parents or {}}
        self.whole: set[str] = set()  # tables that lose every row (truncate, drop)
        self.filters: dict[str, TableFilter] = {}
        self.passes = 0
        self._lost: dict[tuple[str, tuple[str, ...]], set[bytes]] = {}
        self._children: dict[str, set[str]] = {}
        self._read: set[str] = set()  # tables read in the current pass
        self._again = False
        roots = self._roots()
        self._cascade(roots, keys)
        self._partitions()

    @property
    def active(self) -> bool:
        return bool(self.filters)

    # -- which tables ----------------------------------------------------------

    def _roots(self) -> set[str]:
        roots: set[str] = set()
        for table in self.catalog.tables.values():
            rule = self.rules.table(table.name)
            if rule is None or not rule.removes_rows:
                continue
            roots.add(table.name)
            if rule.action in (TableAction.TRUNCATE, TableAction.DROP):
                self.whole.add(table.name)
                continue
            tfilter = self.filters.setdefault(table.name, TableFilter(table.name))
            tfilter.condition = rule.drop_rows  # its columns were checked (pipeline.check_names)
            if rule.forget is not None:
                keys = frozenset(k.casefold() for k in rule.forget.keys) if self.fold else rule.forget.keys
                tfilter.forget = (table.column(rule.forget.column).name, keys)
        return roots

    def _cascade(self, roots: set[str], keys: list[Link]) -> None:
        """Every table whose rows reference a table that loses rows, transitively."""
        losing = set(roots)
        pending = list(roots)
        by_parent: dict[str, list[Link]] = {}
        for link in keys:
            by_parent.setdefault(link.parent, []).append(link)
        while pending:
            parent = pending.pop()
            for link in by_parent.get(parent, ()):
                child = link.child
                self._children.setdefault(parent, set()).add(child)
                if child in self.whole:
                    continue  # loses every row anyway
                if parent in self.whole:
                    lost = None
                else:
                    lost = self._lost.setdefault((parent, link.parent_columns), set())
                    record = (link.parent_columns, lost)
                    owner = self.filters.setdefault(parent, TableFilter(parent))
                    if all(r[0] != link.parent_columns for r in owner.records):
                        owner.records.append(record)
                tfilter = self.filters.setdefault(child, TableFilter(child))
                tfilter.parents.append(_Parent(link.columns, lost))
                if child not in losing:
                    losing.add(child)
                    pending.append(child)

    def _partitions(self) -> None:
        """A partition of a table whose rows may leave: judged by the table's rule, and
        its lost keys are the table's (the keys reference the partitioned table)."""
        for partition, owner in self._owner.items():
            if owner in self.whole:
                self.whole.add(partition)
                continue
            base = self.filters.get(owner)
            if base is None:
                continue
            tfilter = self.filters.setdefault(partition, TableFilter(partition))
            tfilter.condition = base.condition
            tfilter.forget = base.forget
            tfilter.records = base.records  # the same sets: a key lost in a partition is lost
            tfilter.parents += [p for p in base.parents if p not in tfilter.parents]

    def unmatched(self) -> list[str]:
        """A warning for each forget list with keys no row held (another column's values?
        another spelling?): the people behind them are not known to have left."""
        found = []
        for table in self.catalog.tables.values():
            rule = self.rules.table(table.name)
            if rule is None or rule.forget is None or table.name in self._owner:
                continue
            missing = len(rule.forget.keys) - len(self.matched.get(table.name, ()))
            if missing > 0:
                found.append(
                    f"{rule.forget.location}: {missing} of the {len(rule.forget.keys)} keys of {rule.forget.file} "
                    f"match no row of `{table.name}`.`{rule.forget.column}` (already gone, or written otherwise?)"
                )
        return found

    def check_drops(self, keys: list[Link]) -> None:
        """A dropped table must not be needed by a kept table's foreign key."""
        problems = []
        for link in keys:
            parent_rule = self.rules.table(link.parent)
            child_rule = self.rules.table(link.child)
            if parent_rule is None or parent_rule.action is not TableAction.DROP:
                continue
            if child_rule is not None and child_rule.action is TableAction.DROP:
                continue
            problems.append(
                (parent_rule.location,
                 f"table `{link.parent}` is dropped, but the foreign key {link} needs it "
                 f"(drop `{link.child}` too, or truncate `{link.parent}`: its referencing rows then leave with it)")
            )
        if problems:
            raise RulesError(problems)

    # -- judging rows ----------------------------------------------------------

    def judge(self, table: str, names: Sequence[str], record: bool) -> "Judge | None":
        """How to judge the rows of a data statement of ``table`` whose values are
        ``names`` (None when no row of the table can leave). With ``record``, the keys
        of leaving rows are kept for the rows that reference them."""
        tfilter = self.filters.get(table)
        if tfilter is None:
            return None
        position = positions_of(names)
        positions = []
        for name in tfilter.columns():
            i = position(name)
            if i is None:
                raise RulesError([(None, f"`{table}`: column `{name}` is needed to tell which rows leave the dump, "
                                         "and this data statement does not have it")])
            positions.append(i)
        condition, forget, parents = tfilter.condition, tfilter.forget, tfilter.parents
        records = tfilter.records if record else []
        grows = self._grows
        owner = self._owner.get(table, table)
        fold = self.fold

        matched = self.matched.setdefault(self._owner.get(table, table), set()) if forget is not None else None

        def forgotten(value: str | None) -> bool:
            if value is None:
                return False
            key = value.casefold() if fold else value
            if key in forget[1]:
                matched.add(key)
                return True
            return False

        def leaves(values: dict) -> bool:
            gone = (  # the forget list first: every key a row holds is seen (see unmatched)
                (forget is not None and forgotten(values[forget[0]]))
                or (condition is not None and condition.evaluate(values))
                or any(_references(parent, values, fold) for parent in parents)
            )
            if gone and records:
                for columns, lost in records:
                    key = [values[c] for c in columns]
                    if None not in key:
                        digest = key_digest(key, fold)
                        if digest not in lost:
                            lost.add(digest)
                            grows(owner)
            return gone

        return Judge(tuple(positions), tfilter.columns(), leaves)

    def _grows(self, table: str) -> None:
        if self._children.get(table, set()) & self._read:
            self._again = True

    # -- the analysis passes -------------------------------------------------------

    def analyse(self, read: Callable[[Callable], Iterable]) -> None:
        """Read the dump (``read(planner)`` gives a fresh reader's events) until the lost
        keys are complete."""
        if not any(f.records for f in self.filters.values()):
            return  # no table's lost rows are referenced: each row is judged on its own
        while True:
            self.passes += 1
            self._read.clear()
            self._again = False
            self._pass(read)
            if not self._again:
                return
            if self.passes >= MAX_PASSES:
                raise RulesError([(None, f"the rows to drop were still growing after {MAX_PASSES} passes")])

    def _pass(self, read: Callable[[Callable], Iterable]) -> None:
        judges: dict[tuple, Judge] = {}
        current: Judge | None = None

        def plan(table: str, columns: tuple[str, ...] | None, pos: int) -> Plan:
            nonlocal current
            tdef = self.catalog.get(table)
            if tdef is None or not self.filters.get(tdef.name, _NO_RECORDS).records:
                return PASS  # no row references it: its rows are judged while writing
            names = columns if columns is not None else tuple(c.name for c in tdef.columns)
            key = (tdef.name, names)
            if key not in judges:
                judges[key] = self.judge(tdef.name, names, record=True)
            current = judges[key]
            self._read.add(tdef.name)
            self._read.add(self._owner.get(tdef.name, tdef.name))
            return Plan(Action.ROWS, len(names), current.positions)

        codec: Codec | None = None
        for event in read(plan):
            if type(event) is Row:
                current(event[0], codec)
            elif type(event) is DataStart:
                codec = event.codec


@dataclass(frozen=True)
class Judge:
    """Tells whether a row of one data statement leaves the dump."""

    positions: tuple[int, ...]  # where the values it reads stand in the row
    names: tuple[str, ...]  # their column names, in the same order
    leaves: Callable[[dict], bool]

    def __call__(self, pieces: list, codec: Codec) -> bool:
        return self.leaves({n: codec.decode(pieces[1 + 2 * i]) for n, i in zip(self.names, self.positions)})


_NO_RECORDS = TableFilter("")


def _root(table: str, parents: dict[str, str]) -> str:
    """The table a partition is part of, through partitions of partitions."""
    *_, top = lineage(table, parents)
    return top


def _references(parent: _Parent, values: dict, fold: bool) -> bool:
    key = [values[c] for c in parent.columns]
    if None in key:
        return False  # MATCH SIMPLE: a key with a NULL references nothing
    return parent.keys is None or key_digest(key, fold) in parent.keys
