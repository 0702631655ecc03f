"""The names of the dump's people, learned in the first pass, so that ``scrub_text``
finds them in free text ("Thanks Marie Dupont!") and gives them the fakes their
columns get (the first_name fake of Marie, the last_name fake of Dupont).

Only names the rules scrub in a column (``first_name``, ``last_name``, ``name``)
are known: a word of a post is a person's name when it is one of theirs. Memory
holds the distinct names, case-folded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .model import PASS, Action, Catalog, Codec, DataStart, Plan, Row
from .rules import Rules

NAME_STRATEGIES = {"first_name": "first", "last_name": "last", "name": "full"}
MIN_LENGTH = 2  # a one-letter "name" is an initial, not a name to find in text


@dataclass
class KnownNames:
    first: set[str] = field(default_factory=set)  # case-folded
    last: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.first or self.last)

    def add(self, kind: str, value: str) -> None:
        if kind == "first":
            self._add(self.first, value)
        elif kind == "last":
            self._add(self.last, value)
        else:  # a full name, read as the name strategy reads it
            family, comma, given = value.partition(",")
            if comma:
                self._add(self.last, family)
                for token in given.split():
                    self._add(self.first, token)
            else:
                tokens = value.split()
                if len(tokens) == 1:
                    self._add(self.first, tokens[0])
                elif tokens:
                    for token in tokens[:-1]:
                        self._add(self.first, token)
                    self._add(self.last, tokens[-1])

    @staticmethod
    def _add(names: set[str], value: str) -> None:
        value = value.strip().strip(".,;")
        if len(value) >= MIN_LENGTH:
            names.add(value.casefold())
            if " " in value:  # "De la Cruz": its words too, but no particle
                names.update(w.casefold() for w in value.split() if len(w) > 3)


def wants_names(rules: Rules) -> bool:
    """Whether a rule scrubs free text (``scrub_text``, also inside ``json`` paths)."""
    return any(_finds_names(r.strategy) for t in rules.tables.values() for r in t.columns.values())


def _finds_names(strategy) -> bool:
    if strategy.name == "scrub_text":
        return "name" in strategy.params.find
    nested = getattr(strategy.params, "paths", None)
    return isinstance(nested, dict) and any(_finds_names(s) for s in nested.values())


class NameCollector:
    """Plans the rows of tables whose rules hold names and reads those names."""

    def __init__(self, rules: Rules, catalog: Catalog):
        self.rules = rules
        self.catalog = catalog
        self.names = KnownNames()
        self._current: tuple[tuple[int, str], ...] = ()

    def plan(self, table: str, columns: tuple[str, ...] | None, pos: int) -> Plan:
        rule = self.rules.table(table)
        if rule is None or rule.action is not None:
            return PASS
        wanted = {c.column.casefold(): NAME_STRATEGIES[c.strategy.name]
                  for c in rule.columns.values() if c.strategy.name in NAME_STRATEGIES}
        tdef = self.catalog.get(table)
        names = columns if columns is not None else (tuple(c.name for c in tdef.columns) if tdef else None)
        if not wanted or names is None:
            return PASS
        self._current = tuple((i, wanted[n.casefold()]) for i, n in enumerate(names) if n.casefold() in wanted)
        if not self._current:
            return PASS
        return Plan(Action.ROWS, len(names), tuple(i for i, _ in self._current))

    def read(self, events: Iterable) -> Iterable:
        """Pass ``events`` on, reading the names in the rows planned."""
        codec: Codec | None = None
        add = self.names.add
        for event in events:
            kind = type(event)
            if kind is Row:
                pieces = event[0]
                for i, what in self._current:
                    value = codec.decode(pieces[1 + 2 * i])
                    if value:
                        add(what, value)
            elif kind is DataStart:
                codec = event.codec
            yield event
