"""Events + rules → output bytes. The only module that knows both dumps and rules.

Untouched bytes are written as they came. A touched row keeps its bytes except
the spans of the values a rule replaces (splice, don't regenerate).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable

from . import model
from .errors import DumpSyntaxError, Location, RulesError, StrategyError
from .fakes import FakeEngine
from .model import (
    DROP,
    PASS,
    Action,
    Catalog,
    Codec,
    Column,
    Constraint,
    DataEnd,
    DataStart,
    Partition,
    Passthrough,
    Plan,
    Row,
    TableDDL,
    TableDef,
    lineage,
    positions_of,
)
from .reader import Source
from .rules import ColumnRule, Rules, TableAction, TableRule
from .strategies.template import Template

if TYPE_CHECKING:
    from .forget import Forgetting, Judge

# A row as the rules see it: (table as the dump names it, the data statement's column
# names, its codec, the row's pieces before, after: None when the row leaves the dump).
# Pieces alternate separators and values, as model.Row's do.
Watch = Callable[[str, tuple[str, ...], Codec, list[bytes], list[bytes] | None], None]

_MISSING = object()
VALUE_CACHE_SIZE = 1 << 16  # literals remembered per column: raw bytes -> replacement bytes
MAX_NUMBERED = 100_000  # numbers a template tries to make a unique value
MAX_CACHED_LITERAL = 1024  # bytes: longer literals (posts, documents) are not remembered


@dataclass
class TableStats:
    rows: int = 0  # rows written that went through the rules
    values: int = 0
    dropped: int = 0  # rows left out (drop_rows, forget, and the rows referencing those)
    action: str = "rewritten"


@dataclass
class Report:
    """What a run did, for the summary on stderr."""

    tables: dict[str, TableStats] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    dialect: str = ""
    followed: list[str] = field(default_factory=list)  # columns given a rule by a foreign key
    passes: int = 1  # reads of the dump, this one included

    def table(self, name: str) -> TableStats:
        stats = self.tables.get(name)
        if stats is None:
            stats = self.tables[name] = TableStats()
        return stats


class Binding:
    """A column rule bound to the column it fills: decodes, fakes, encodes, remembers."""

    per_row = False  # the replacement depends on the row's other values (no literal cache)

    __slots__ = ("rule", "strategy", "max_length", "engine", "caches", "by_element", "when", "_constants")

    def __init__(self, rule: ColumnRule, column: Column | None, engine: FakeEngine, caches: dict):
        self.rule = rule
        self.when = rule.when
        # An array that the strategy cannot fill whole (an email into a text[]) is
        # filled element by element: the rule then fits one element.
        self.by_element = column is not None and rule.strategy.by_element(column)
        if self.by_element:
            column = column.of_elements()
        self.strategy = rule.strategy.adapt(column) if column is not None else rule.strategy
        self.engine = engine
        bounded = column is not None and column.kind in (model.TEXT, model.BINARY)
        self.max_length = column.length if bounded else None
        self.caches = caches
        self._constants: dict[tuple[int, bytes], bytes] = {}

    def cache_for(self, codec: Codec) -> dict[bytes, bytes]:
        """Literal -> replacement, shared by every column with the same strategy, length
        and codec: an email seen in orders is not faked again in users."""
        key = (id(codec), self.strategy.key, self.max_length, self.by_element)
        cache = self.caches.get(key)
        if cache is None:
            cache = self.caches[key] = {}
        return cache

    def apply(self, raw: bytes, codec: Codec, cache: dict[bytes, bytes]) -> bytes:
        strategy = self.strategy
        if strategy.is_constant:
            # The replacement does not depend on the value: encoded once per literal form.
            if codec.is_blank(raw):
                new = raw
            else:
                form = (id(codec), codec.form(raw))
                new = self._constants.get(form)
                if new is None:
                    new = self._constants[form] = codec.encode(strategy.generate("", None, self.engine, None), raw)
        else:
            value = codec.decode(raw)
            if value is None or value == "":
                new = raw  # NULL stays NULL, an empty string stays empty
            elif self.by_element:
                new = codec.encode(codec.join_array(self._fake_elements(codec.split_array(value))), raw)
            else:
                new = codec.encode(self.engine.fake(strategy, value, self.max_length), raw)
        # Literals of collision-free strategies (emails, keys) are kept for the run: each
        # holds a claim in the engine anyway, and they repeat across tables (foreign keys).
        if len(raw) > MAX_CACHED_LITERAL:
            # A long text repeats seldom, and 64k of them would fill the memory (a
            # collision-free fake is made again the same: its claim is remembered).
            return new
        if len(cache) >= VALUE_CACHE_SIZE and not strategy.collision_free:
            cache.clear()
        cache[raw] = new
        return new

    def _fake_elements(self, items: list) -> list:
        """An array's elements (nested lists for more dimensions), each faked."""
        fake, strategy, max_length = self.engine.fake, self.strategy, self.max_length
        return [
            self._fake_elements(item) if isinstance(item, list)
            else item if item is None or item == ""
            else fake(strategy, item, max_length)
            for item in items
        ]


class UniqueBinding(Binding):
    """A collision-free rule on a column of a PRIMARY KEY or UNIQUE key, where two
    spellings of one original ("+1 555 0100" and "555-0100", or "Zoe@Example.COM" and
    "Zoe@example.com" in a case-sensitive column) must not share a fake: the first
    spelling seen gets the fake every column gives it, the others their own."""

    __slots__ = ("_firsts",)
    per_row = True

    def __init__(self, rule, column, engine, caches):
        super().__init__(rule, column, engine, caches)
        self._firsts: dict[int, int] = {}  # hash of the normalized form -> hash of its first spelling

    def render(self, raw: bytes, codec: Codec, values: dict | None, cache: dict[bytes, bytes]) -> bytes:
        value = codec.decode(raw)
        if value is None or value == "":
            return raw
        spelling = hash(value)
        if self._firsts.setdefault(hash(self.strategy.normalize(value, self.engine)), spelling) == spelling:
            new = cache.get(raw)
            return new if new is not None else self.apply(raw, codec, cache)
        return codec.encode(self.engine.fake(self.strategy, value, self.max_length, variant=value), raw)


class TemplateBinding(Binding):
    """A ``template`` rule: built for each row from the fakes of the row's other columns.

    ``sources`` maps each column the template reads to its binding (None: the column
    is kept, its value is used as it is). When the column is part of a unique key, a
    rendering another original already holds gets a number (marie.durand2@...).
    """

    __slots__ = ("sources", "unique")
    per_row = True

    def __init__(self, rule, column, engine, caches, sources: dict[str, Binding | None], unique: bool):
        super().__init__(rule, column, engine, caches)
        self.sources = sources
        self.unique = unique

    def render(self, raw: bytes, codec: Codec, values: dict | None, cache: dict[bytes, bytes]) -> bytes:
        original = codec.decode(raw)
        if original is None or original == "":
            return raw
        fakes = {}
        for name, source in self.sources.items():
            value = values[name]
            if value is None or value == "" or source is None or (
                source.when is not None and not source.when.evaluate(values)
            ):
                fakes[name] = value or ""
            else:
                fakes[name] = self.engine.fake(source.strategy, value, source.max_length) or ""
        text = self.strategy.render(fakes)
        if self.max_length is not None:
            text = text[: self.max_length]
        if self.unique:
            text = self._claimed(text, original)
        return codec.encode(text, raw)

    def _claimed(self, text: str, original: str) -> str:
        candidate = text
        for n in range(2, MAX_NUMBERED):
            if self.engine.claim(self.strategy.key, candidate, original):
                return candidate
            local, at, domain = text.rpartition("@") if "@" in text else (text, "", "")
            suffix = str(n)
            if self.max_length is not None:
                local = local[: max(self.max_length - len(suffix) - len(at) - len(domain), 0)]
            candidate = f"{local}{suffix}{at}{domain}"
        raise StrategyError(f"strategy 'template' found no unused value in {MAX_NUMBERED} tries")


class GeneratedBinding(Binding):
    """A rule on a generated column: its values are scrubbed, DEFAULT stays DEFAULT."""

    __slots__ = ()

    def apply(self, raw: bytes, codec: Codec, cache: dict[bytes, bytes]) -> bytes:
        if raw.upper() == b"DEFAULT":
            return raw
        return super().apply(raw, codec, cache)


class Rewriter:
    """Consumes a dialect reader's events and writes the scrubbed dump."""

    def __init__(
        self,
        rules: Rules,
        engine: FakeEngine,
        src: Source,
        out: BinaryIO,
        catalog: Catalog | None = None,
        strict: bool = False,
        warn: Callable[[str], None] | None = None,
        forgetting: "Forgetting | None" = None,
        schema: Catalog | None = None,
        key_lengths: dict[tuple[str, str], int] | None = None,
        watch: "Watch | None" = None,
    ):
        self.rules = rules
        # Called with each row the rules see (``dumpscrub preview``); None in a scrub.
        self._watch = watch
        self._table = ""  # the table and column names of the data statement being written
        self._names: tuple[str, ...] = ()
        self.forgetting = forgetting
        # The whole dump's schema, from the first pass (keys pg_dump adds after the data
        # included); ``catalog`` is what has been read so far.
        self.schema = schema or Catalog()
        # (table, column) -> the length its fakes must fit: the shortest column of the
        # foreign keys that link it (keys.shared_lengths), so a key's copies stay equal.
        self.key_lengths = key_lengths or {}
        self.engine = engine
        self.src = src
        self.out = out
        self.catalog = catalog or Catalog()
        self.strict = strict or rules.strict
        self.report = Report()
        self._warn = warn
        self._warned: set[tuple] = set()
        self._seen_rules: set[str] = set()
        self._checked: set[str] = set()
        self._parents: dict[str, str] = {}  # partition -> the table it is part of
        self._rules_of: dict[str, TableRule | None] = {}  # table name -> its rule, as _rule found it
        self._bindings: dict[tuple, list[Binding]] = {}
        self._value_caches: dict[tuple, dict[bytes, bytes]] = {}
        # The data statement being written.
        self._planned: list[tuple[int, Binding]] = []  # (value position, binding) of the statement
        self._codec: Codec | None = None
        self._work: list[tuple[Binding, dict[bytes, bytes], int]] = []
        self._header = b""
        self._judge: Judge | None = None  # tells the rows of the statement that leave the dump
        self._reads: tuple[tuple[str, int], ...] = ()  # (column, value position) the row's checks read
        self._checked_rows = False  # rows are decoded and judged first (conditions, drops, templates)
        self._opening: bytes | None = None
        self._written = 0  # rows of the current data statement written so far
        self._replaced = 0  # values replaced in them
        self._stats: TableStats | None = None
        self._drops = any(r.action is TableAction.DROP for r in rules.tables.values())

    # -- planning (called by the reader at each data statement) -------------

    def plan(self, table: str, columns: tuple[str, ...] | None, pos: int) -> Plan:
        rule = self._rule(table)
        judge = self._judge_for(table, columns)
        if rule is None and judge is None:
            return PASS
        if rule is not None:
            self._seen_rules.add(rule.name)
            if rule.action in (TableAction.TRUNCATE, TableAction.DROP):
                self.report.table(table).action = "truncated" if rule.action is TableAction.TRUNCATE else "dropped"
                return DROP
            if rule.action is TableAction.KEEP and judge is None:
                return PASS  # (a kept table still loses the rows that reference rows that left)
        key = (table, columns)
        bindings = self._bindings.get(key)
        if bindings is None:
            active = rule is not None and rule.action is not TableAction.KEEP
            bindings = self._bindings[key] = self._bind(table, rule, columns, pos) if active else []
        if not bindings and judge is None:
            return PASS
        self._planned = bindings
        self._judge = judge
        self._stats = self.report.table(table)
        tdef = self.catalog.get(table) or self.schema.get(table)
        names = columns if columns is not None else tuple(c.name for c in tdef.columns)
        self._table, self._names = table, names
        reads = dict(zip(judge.names, judge.positions)) if judge is not None else {}
        position = positions_of(names)
        for _, binding in bindings:
            needed = list(binding.when.columns) if binding.when is not None else []
            if isinstance(binding, TemplateBinding):
                needed += binding.sources
                needed += [n for s in binding.sources.values() if s is not None and s.when for n in s.when.columns]
            for name in needed:
                i = position(name)
                if i is None:
                    raise RulesError([(binding.rule.location, f"`{table}`.`{binding.rule.column}`: the rule "
                                       f"reads `{name}`, which this data statement does not have")])
                reads[name] = i
        self._reads = tuple(reads.items())
        self._checked_rows = bool(reads)
        targets = sorted({t for t, _ in bindings} | set(reads.values()))
        return Plan(Action.ROWS, len(names), tuple(targets))

    def _judge_for(self, table: str, columns: tuple[str, ...] | None) -> "Judge | None":
        """How the rows of this statement are judged, when some may leave the dump."""
        if self.forgetting is None or not self.forgetting.active:
            return None
        tdef = self.forgetting.catalog.get(table)
        if tdef is None or tdef.name not in self.forgetting.filters:
            return None
        names = columns if columns is not None else tuple(c.name for c in tdef.columns)
        return self.forgetting.judge(tdef.name, names, record=False)

    def _rule(self, table: str) -> TableRule | None:
        """The table's rule, or the rule of the table it is a partition of (transitively)."""
        found = self._rules_of.get(table, _MISSING)
        if found is _MISSING:
            found = self._rules_of[table] = self._find_rule(table)
        return found

    def _find_rule(self, table: str) -> TableRule | None:
        return next((r for t in lineage(table, self._parents) if (r := self.rules.table(t)) is not None), None)

    def _bind(self, table: str, rule: TableRule, columns, pos: int) -> list[tuple[int, Binding]]:
        active = [r for r in rule.columns.values() if not r.strategy.is_identity]
        if not active:
            return []
        tdef = self.catalog.get(table)
        if tdef is not None:
            self._check_table(tdef, rule)
        names = columns if columns is not None else (tuple(c.name for c in tdef.columns) if tdef else None)
        if names is None:
            raise DumpSyntaxError(
                f"rules name columns of `{table}`, but the dump has no CREATE TABLE for it "
                "and its INSERT has no column list, so their positions are unknown",
                self.src.location(pos),
                "pass the schema with --schema FILE, or dump with --complete-insert",
            )
        position = positions_of(names)
        bound = []
        for col_rule in active:
            i = position(col_rule.column)
            column = tdef.column(names[i] if i is not None else col_rule.column) if tdef is not None else None
            if i is None:
                # pg_dump and sqlite3 leave generated columns out: no value to scrub.
                if column is None or not column.generated:
                    self._missing(col_rule, f"column `{table}`.`{col_rule.column}` is not in the dump")
                continue
            if column is not None and column.generated:
                # mysqldump writes the computed value (the server ignores it on restore,
                # but it is in the file), pg_dump --inserts writes DEFAULT (kept).
                bound.append((i, GeneratedBinding(col_rule, column, self.engine, self._value_caches)))
                continue
            if isinstance(col_rule.strategy, Template):
                continue  # bound below, once the columns it reads are
            if column is not None and tdef is not None:
                shared = self.key_lengths.get((tdef.name, column.name))
                if shared is not None and (column.length is None or shared < column.length):
                    column = dataclasses.replace(column, length=shared)
            unique = self._is_unique(table, tdef, names[i])
            kind = UniqueBinding if unique and col_rule.strategy.collision_free and not _by_element(col_rule, column) else Binding
            bound.append((i, kind(col_rule, column, self.engine, self._value_caches)))
        bound += self._bind_templates(table, rule, tdef, names, position, {b.rule.column: b for _, b in bound})
        bound.sort(key=lambda item: item[0])
        return bound

    def _bind_templates(self, table, rule: TableRule, tdef, names, position, bound: dict[str, Binding]) -> list:
        found = []
        for col_rule in rule.columns.values():
            if not isinstance(col_rule.strategy, Template):
                continue
            i = position(col_rule.column)
            if i is None:
                self._missing(col_rule, f"column `{table}`.`{col_rule.column}` is not in the dump")
                continue
            sources: dict[str, Binding | None] = {}
            for name in col_rule.strategy.columns:
                source = rule.column(name)
                if position(name) is None:
                    why = "which the dump does not have"
                elif source is None:
                    why = "which has no rule (its original would be copied: give it a rule, or `keep` to copy it on purpose)"
                elif isinstance(source.strategy, Template):
                    why = "another template: name the columns that one reads instead"
                else:
                    why = None
                if why is not None:
                    raise RulesError([(col_rule.location, f"`{table}`.`{col_rule.column}`: the template reads `{name}`, {why}")])
                sources[name] = None if source.strategy.is_identity else bound.get(source.column)
            column = tdef.column(names[i]) if tdef is not None else None
            unique = self._is_unique(table, tdef, names[i])
            found.append((i, TemplateBinding(col_rule, column, self.engine, self._value_caches, sources, unique)))
        return found

    def _is_unique(self, table: str, tdef: TableDef | None, column: str) -> bool:
        """Whether the column is part of a unique key, as read so far or in the whole dump
        (pg_dump adds its keys after the data)."""
        return any(t is not None and t.is_unique(column) for t in (tdef, self.schema.get(table)))

    # -- checks before any row of a table is written ------------------------

    def _check_table(self, tdef: TableDef, rule: TableRule) -> None:
        """Every rule of the table must fit its column; fail before writing a row."""
        if tdef.name in self._checked:
            return
        self._checked.add(tdef.name)
        problems: list[tuple[Location | None, str]] = []
        for col_rule in rule.columns.values():
            column = tdef.column(col_rule.column)
            if column is None:
                self._missing(col_rule, f"column `{tdef.name}`.`{col_rule.column}` is not in the dump")
                continue
            reason = col_rule.strategy.check(column)
            if reason:
                problems.append((col_rule.location, f"`{tdef.name}`.`{column.name}`: {reason}"))
            elif tdef.is_unique(column.name):
                self._check_unique(tdef.name, column.name, col_rule, "")
        if problems:
            raise RulesError(problems)

    def _check_unique(self, table: str, column: str, col_rule: ColumnRule, late: str) -> None:
        """Warn when a rule on a column of a PRIMARY KEY or UNIQUE key can repeat a value."""
        strategy = col_rule.strategy
        if strategy.collision_free or strategy.is_identity or strategy.name in ("null", "template"):
            return
        self.warn(
            f"{col_rule.location}: `{table}`.`{column}` is part of a PRIMARY KEY or UNIQUE key{late}, "
            f"and strategy '{strategy.name}' can give two rows the same value "
            "(use a collision-free strategy such as 'hash', 'email' or 'phone')"
        )

    def _constraint(self, key: Constraint) -> None:
        """A key added after the data (pg_dump): the catalog learns it; a rule that may
        already have written duplicates into it is reported."""
        self.catalog.add_key(key)
        rule = self._rule(key.table)
        if rule is None or not key.unique:
            return
        late = f" (added after the data, at {self.src.name}:{key.line}: the restore fails on a duplicate)"
        for name in key.unique:
            col_rule = rule.column(name)
            if col_rule is not None:
                self._check_unique(key.table, name, col_rule, late)

    def _missing(self, rule: ColumnRule | TableRule, message: str) -> None:
        """A rule names what the dump does not have. A preset's rules are silent: a
        preset covers several versions of a schema."""
        if rule.preset is not None:
            return
        where = rule.location
        if self.strict:
            raise RulesError([(where, message + " (--strict)")])
        self._warn_once(where, message)

    def _warn_once(self, where: Location, message: str) -> None:
        key = (where, message)
        if key not in self._warned:
            self._warned.add(key)
            self.warn(f"{where}: {message}")

    def warn(self, message: str) -> None:
        self.report.warnings.append(message)
        if self._warn is not None:
            self._warn(message)

    # -- writing --------------------------------------------------------------

    def run(self, events: Iterable) -> Report:
        write = self.out.write
        for event in events:
            kind = type(event)
            if kind is Row:
                self._row(event)
            elif kind is Passthrough:
                if self._drops and (event.table is not None or event.uses) and self._dropped_with(event):
                    continue
                write(event.raw)
            elif kind is DataStart:
                self._codec = event.codec
                # (binding, its literal cache, where its value stands in a row's pieces)
                self._work = [(b, b.cache_for(event.codec), 1 + 2 * t) for t, b in self._planned]
                self._header = event.header  # written with the first row
                self._opening = None  # the first row's opening, for the first row written
                self._written = self._replaced = 0
            elif kind is DataEnd:
                if self._written:
                    write(event.trailer)
                    self._stats.rows += self._written
                    self._stats.values += self._replaced
            elif kind is TableDDL:
                self._ddl(event)
                if not (self._drops and self._is_dropped(event.name)):
                    write(event.raw)
            elif kind is Constraint:
                if self._drops and self._is_dropped(event.table):
                    continue
                self._constraint(event)
                write(event.raw)
            elif kind is Partition:
                self._parents[event.table] = event.parent
                self._rules_of.clear()
                write(event.raw)
        self._finish()
        return self.report

    def _is_dropped(self, table: str) -> bool:
        rule = self._rule(table)
        return rule is not None and rule.action is TableAction.DROP

    def _dropped_with(self, event: Passthrough) -> bool:
        """Whether a statement goes with a dropped table; a statement that needs one
        (a view reading it) stops the run: the restore would fail there."""
        for used in event.uses:
            if self._is_dropped(used):
                raise RulesError([(self._rule(used).location, f"table `{used}` is dropped, but a statement at "
                                   f"{self.src.name} needs it (a view or trigger reading it): drop that too, or truncate `{used}`")])
        return event.table is not None and self._is_dropped(event.table)

    def _ddl(self, event: TableDDL) -> None:
        # A table created again (another database of a --databases dump, a DROP and
        # CREATE): what was learned of the previous one no longer holds.
        self._bindings = {key: b for key, b in self._bindings.items() if key[0] != event.name}
        self._checked.discard(event.name)
        self.catalog.tables.pop(event.name, None)
        rule = self.rules.table(event.name)
        if event.table is None:
            if rule is not None and rule.columns:
                self.warn(
                    f"{self.src.name}:{event.line}: cannot parse CREATE TABLE `{event.name}`: "
                    "column types and lengths unknown, fakes are not fitted to them"
                )
            return
        self.catalog.add(event.table)
        if rule is not None:
            self._seen_rules.add(rule.name)
            self._check_table(event.table, rule)

    def _row(self, row: Row) -> None:
        pieces, pos = row
        codec = self._codec
        before = pieces.copy() if self._watch is not None else None
        if self._checked_rows:
            values = {name: codec.decode(pieces[1 + 2 * i]) for name, i in self._reads}
            if self._opening is None:
                self._opening = pieces[0]
            if self._judge is not None and self._judge.leaves(values):
                self._stats.dropped += 1
                if before is not None:
                    self._watch(self._table, self._names, codec, before, None)
                return
            work = [w for w in self._work if w[0].when is None or w[0].when.evaluate(values)]
        else:
            values = None
            work = self._work
        replaced = 0
        for binding, cache, k in work:
            raw = pieces[k]
            new = None if binding.per_row else cache.get(raw)
            if new is None:
                try:
                    new = binding.render(raw, codec, values, cache) if binding.per_row else binding.apply(raw, codec, cache)
                except (StrategyError, DumpSyntaxError) as err:  # from the strategy or the codec
                    err.location = self.src.location(pos)
                    err.message = f"`{binding.rule.column}`: {err.message}"
                    raise
            if new != raw:
                pieces[k] = new
                replaced += 1
        if not self._written:
            self.out.write(self._header)
            if self._checked_rows:  # the rows before it may have left: it opens as the first did
                pieces[0] = self._opening
        self.out.write(b"".join(pieces))
        self._written += 1
        self._replaced += replaced  # both added to the table's stats at DataEnd
        if before is not None:
            self._watch(self._table, self._names, codec, before, pieces)

    def _finish(self) -> None:
        for name, rule in self.rules.tables.items():
            if name not in self._seen_rules:
                self._missing(rule, f"table `{name}` is not in the dump")


def _by_element(rule: ColumnRule, column: Column | None) -> bool:
    return column is not None and rule.strategy.by_element(column)
