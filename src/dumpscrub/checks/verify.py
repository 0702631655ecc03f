"""verify: check a scrubbed dump against its original, for the CI step that publishes it.

Two reads of each dump. The original's rows give the personal values the rules
cover (the rules' columns and the ones the scrub adds by following foreign keys),
kept as keyed digests, never as strings:

- distinctive values (emails, phones, ids, IBANs, cards, UUIDs, usernames,
  addresses, hashes, and the items a free-text value quotes) must not appear
  anywhere in the scrubbed dump: every value of every table is looked at whole and
  as tokens (emails, phone numbers by their E.164 key, IPs, IBANs, cards, UUIDs,
  words, digit runs, the strings of a JSON document);
- low-entropy values (names, cities, countries, dates, genders, postcodes, short
  words) can equal another row's fake by chance: they are judged per row, a row of
  the scrubbed table matched by its key (a unique key no rule scrubs) or, without
  one, by its place among the rows that stay.

Values that identify nobody are not looked for anywhere:

- placeholders ("n/a", "prefer not to say", "keine Angabe", "non renseigné"...) are
  no originals at all;
- a value many rows of its column share (FREQUENT_ROWS rows, or FREQUENT_SHARE of the
  column's values, whichever is larger) is judged per row only: found elsewhere it
  says nothing of anyone, but it must not stay in its own row. E-mails, phones, IPs,
  IBANs, cards and UUIDs are never demoted so: repeated, they are one person's (a
  customer's e-mail on each of their orders);
- an item quoted in free text (a posting's "write to jobs@acme.de") is an original
  only if it can be personal: role mailboxes (contact@, jobs@, hr@...) are not; and
  found in a column the rules explicitly ``keep``, of a table they do not scrub at all
  (the company's own row: its hrEmail, its switchboard), it is a note, not a leak. A
  whole value of a scrubbed column found in a column the rules keep is a note only
  where the original held it too, in a company's table as scan judges it (its contact
  person may be scrubbed): a hotel's switchboard, a buyer's office address a fisher's
  home shares; anywhere else it is a leak.

Row counts are compared with what the scrub must leave: the same forgetting
analysis (forget.py) tells exactly which rows leave by ``drop_rows:``, ``forget:``
and the keys that reference them; truncated tables must be empty, dropped ones absent.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterator

from ..errors import StrategyError
from ..fakes import FakeEngine
from ..forget import Forgetting
from ..keys import follow_keys, links
from ..model import BINARY, TEXT, Catalog, positions_of
from ..pipeline import check_names
from ..reader import Source, decompressed
from ..rules import Rules, TableAction
from ..strategies import Strategy
from ..strategies.contact import phone_key
from ..strategies.freetext import ScrubText
from .dump import DumpFile
from .evidence import COMPANY_SHARE
from .naming import ValueEvidence, table_context
from .originals import _forms, _is_distinctive, _tokens, is_placeholder, is_role_mailbox
from .values import has_legal_form, mask
from .verify_report import Leak, RowCount, Verification, print_report

# Strategies whose originals are low-entropy (a name, a city, a date): judged per row.
LOW_ENTROPY = frozenset(
    {"first_name", "last_name", "name", "city", "country", "postcode", "date", "datetime", "number", "company", "faker"}
)
# Strategies that may give the original back by chance (a name picked from a list,
# a date within ten years, a number times a factor near 1; see _by_chance): a few per-row matches in
# such a column are chance, not a leak (see CHANCE_FLOOR and CHANCE_SHARE).
CHANCE = frozenset({"first_name", "last_name", "name", "date", "datetime", "number", "faker", "company", "address",
                    "street"})
CHANCE_FLOOR = 2  # distinct values whose matches are always taken for chance
# Strategies whose fakes are drawn from the lists real values come from (a street, a
# city, a name): an original found whole among another such column's fakes, up to
# CHANCE_FLOOR times, is taken for chance, not for a leak.
DRAWN = frozenset({"address", "street", "city", "company", "name", "first_name", "last_name"})
CHANCE_SHARE = 0.05  # and up to this share of the column's distinct values judged per row
# A consistent fake is a function of the original: when a value's fake happens to be the
# value, every row holding it matches. Chance is counted in distinct values, not rows.
COMPANY_SAMPLE = 200  # rows of each table read for legal forms (a table of companies' own data)
DISTINCT_CAP = 1_000_000  # distinct digests kept per column to count them (memory bound)
# A value held by at least this many rows of its column, and this share of its values,
# identifies nobody: judged per row only, never anywhere (see the module docstring).
FREQUENT_ROWS = 5
FREQUENT_SHARE = 0.01
# Strategies whose fake does not depend on the secret (with these params): the fake
# is computed here, and an original that is its own fake (a date already on the
# first of its year, a constant's value, a regex that does not match) is no leak.
_SECRETLESS = frozenset({"constant", "null", "blob", "password", "mask", "regex"})
# Strategies that keep what they do not replace, by design: only the items they
# quote are originals (scrub_text), or nothing this check can tell (json paths).
_PARTIAL = frozenset({"scrub_text", "json"})
_NO_ITEMS = frozenset({"json", "regex", "mask"})  # their items may stay by design
_NUMBERS = frozenset({"number", "date", "datetime"})  # a number quotes no item (4441.67000000000007 in SQLite)
_KEPT_DATES = re.compile(r"[+-]?infinity|0000-00-00.*", re.I)
_ITEM_KINDS = frozenset({"email", "phone", "ip", "iban", "credit_card"})
# Strategies whose originals are one person's however often a column repeats them.
_IDENTIFIERS = frozenset({"email", "phone", "iban", "credit_card", "uuid", "ip", "username"})


@dataclass
class _Column:
    """A covered column of the original: where its originals come from."""

    table: str
    column: str
    strategy: Strategy
    chance: bool
    per_row: int = 0  # values judged per row
    hits: dict = field(default_factory=dict)  # per-row matches: found column -> [count, example, {digest}]
    values: int = 0  # non-empty originals, placeholders aside
    # distinctive free-form originals not yet looked for anywhere: "v:" digest -> rows holding it
    candidates: dict = field(default_factory=dict)
    distinct: set = field(default_factory=set)  # digests of the values judged per row (chance columns)
    frequent: int = 0  # distinct values shared by too many rows to be looked for anywhere


class _Dump(DumpFile):
    """A DumpFile that can also hand its events to the forgetting analysis."""

    def events(self, planner: Callable) -> Iterator:
        self.survey()
        return self.dialect.read(Source(decompressed(self._replay.again(), self.name), self.name), planner)


class _Digests:
    """Keyed digests of normalized values (a random key for each run: nothing stored
    can be compared with anything outside it)."""

    def __init__(self):
        self._key = os.urandom(32)

    def of(self, text: str, size: int = 16) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=size, key=self._key).digest()


def verify(
    original: BinaryIO,
    scrubbed: BinaryIO,
    rules: Rules,
    dialect: str = "auto",
    *,
    original_name: str = "<original>",
    scrubbed_name: str = "<scrubbed>",
) -> Verification:
    """Check that ``scrubbed`` holds no original value the rules cover and the row
    counts the rules explain (see the module docstring)."""
    with _Dump(original, original_name, dialect) as before, _Dump(scrubbed, scrubbed_name, dialect) as after:
        return _Verifier(rules, before, after).run()


class _Verifier:
    def __init__(self, rules: Rules, before: _Dump, after: _Dump):
        self.before, self.after = before, after
        surveyed = before.survey()
        self.catalog: Catalog = surveyed.catalog
        check_names(rules, self.catalog)
        keys = links(self.catalog, rules)
        self.rules = follow_keys(rules, keys).rules
        fold = before.dialect.name == "mysql"  # as the scrub: MySQL keys compare ignoring case
        self.forgetting = Forgetting(self.rules, self.catalog, keys, surveyed.parents, fold=fold)
        self.forgetting.check_drops(keys)
        self.engine = FakeEngine(os.urandom(32), rules.locales)
        self.regions = self.engine.regions
        self.digests = _Digests()
        self.columns: list[_Column] = []
        # digest -> index in self.columns << 1 | 1 when a whole value of the column has this form
        # (0: only quoted as an item in a value, see _kept_company)
        self.anywhere: dict[bytes, int] = {}
        self.lengths: set[int] = set()  # lengths of the "v:" originals (a cheap filter for tokens)
        # The per-row originals, one 64-bit keyed digest of (column, row, value) each: a row of the
        # scrubbed dump holds an original when the digest of its own value is here. A set of ints
        # costs about 100 bytes a value (3.7M values of the employees dump: 453 MiB, 1.4 GB as lists of tuples).
        self.per_row: set[int] = set()
        self.per_row_columns: dict[str, list[int]] = {}  # table -> indices of its per-row columns
        self.key_columns: dict[str, tuple[str, ...] | None] = {}  # table -> matching key (None: by order)
        self.counts: dict[str, int] = {}
        self.expected: dict[str, int] = {}
        self.result = Verification()
        self.values = 0
        self.items = ScrubText()
        # Tables the rules leave as they are, from their first COMPANY_SAMPLE original rows:
        # columns -> rows ending in a legal form, and digests of (table, column, value).
        self.legal_forms: dict[str, dict[str, int]] = {}
        self.kept_values: set[int] = set()
        self.company_tables: set[str] = set()
        self.kept_whole: dict[int, dict[str, int]] = {}  # column index -> kept column -> values found there

    # -- the original ----------------------------------------------------------

    def run(self) -> Verification:
        self.forgetting.analyse(self.before.events)
        self._read_original()
        found, scanned = self._read_scrubbed()
        self._counts()
        self._per_row_leaks()
        leaks, kept, drawn = [], {}, 0
        faked_by = {(c.table, c.column.casefold()): c.strategy.name for c in self.columns}
        for (index, t, col), (n, example, whole) in found.items():
            column = self.columns[index]
            if not whole and self._kept_company(t, col):
                kept.setdefault(f"{column.table}.{column.column}", {})[f"{t}.{col}"] = n
                continue
            if n <= CHANCE_FLOOR and _drawn_alike(column.strategy.name, faked_by.get((t, col.casefold())),
                                                  example, whole):
                drawn += n
                continue
            leaks.append(Leak(column.table, column.column, t, col, n, example, "anywhere"))
        self.result.leaks[:0] = leaks
        if drawn:
            self.result.notes.append(
                f"{drawn} originals found whole among the fakes of a column scrubbed with {', '.join(sorted(DRAWN))}, "
                "among another column's fake logins, as the local part of a fake e-mail, or as an address a "
                "scrubbed text quotes: "
                f"fakes drawn from lists can equal a real value (up to {CHANCE_FLOOR} per column, taken for chance)"
            )
        for index, where in self.kept_whole.items():
            column = self.columns[index]
            for place, n in where.items():
                kept.setdefault(f"{column.table}.{column.column}", {})[place] = n
        for origin, where in kept.items():
            self.result.notes.append(
                f"{sum(where.values()):,} values or items quoted in {origin} are held by columns the rules keep, of "
                f"tables they do not scrub ({', '.join(sorted(where))}): company data, not counted as leaks"
            )
        frequent = sum(c.frequent for c in self.columns)
        if frequent:
            self.result.notes.append(
                f"{frequent:,} values shared by {FREQUENT_ROWS} or more rows of their column (and "
                f"{FREQUENT_SHARE:.0%} of its values) identify nobody: judged per row only, not anywhere"
            )
        self.result.checked = {
            "tables": len(self.result.row_counts),
            "columns": len(self.columns),
            "values": self.values,
            "distinctive": len(self.anywhere),
            "per_row": sum(c.per_row for c in self.columns),
            "scrubbed_values": scanned,
            "chance_matches": self.chance,
            "frequent": frequent,
            "kept_matches": sum(sum(where.values()) for where in kept.values()),
        }
        return self.result

    def _table_plan(self, table: str, names: tuple[str, ...]):
        """The covered columns of a data statement as (position, column index, when)."""
        tdef = self.catalog.get(table)
        rule = self.rules.table(tdef.name if tdef else table)
        if rule is None or rule.action is not None:
            return []
        position = positions_of(names)
        plan = []
        for col_rule in rule.columns.values():
            if col_rule.strategy.is_identity:
                continue
            i = position(col_rule.column)
            if i is None:
                continue
            key = (table, names[i])
            index = self._column_index.get(key)
            if index is None:
                column = tdef.column(names[i]) if tdef else None
                strategy = col_rule.strategy.adapt(column) if column is not None else col_rule.strategy
                index = self._column_index[key] = len(self.columns)
                self.columns.append(_Column(table, names[i], strategy, _by_chance(col_rule.strategy)))
                self._lengths[index] = column.length if column is not None and column.kind in (TEXT, BINARY) else None
            when = None
            if col_rule.when is not None:
                wanted = [(n, position(n)) for n in col_rule.when.columns]
                when = (col_rule.when, wanted)
            plan.append((i, index, when))
        return plan

    def _match_key(self, table: str) -> tuple[str, ...] | None:
        """The first unique key of the table that no rule scrubs (rows are matched by it)."""
        if table not in self.key_columns:
            tdef = self.catalog.get(table)
            rule = self.rules.table(tdef.name if tdef else table)
            chosen = None
            for key in tdef.unique_keys if tdef else ():
                rules = [rule.column(c) for c in key] if rule is not None else []
                if not any(r is not None and not r.strategy.is_identity for r in rules):
                    chosen = key
                    break
            self.key_columns[table] = chosen
        return self.key_columns[table]

    def _read_original(self) -> None:
        self._column_index: dict[tuple[str, str], int] = {}
        self._lengths: dict[int, int | None] = {}
        plans: dict[tuple[str, tuple[str, ...]], tuple] = {}
        kept: dict[str, int] = {}  # table -> rows that stay so far (their order matches rows)
        for table, names, values in self.before.rows():
            self.counts[table] = self.counts.get(table, 0) + 1
            setup = plans.get((table, names))
            if setup is None:
                tdef = self.catalog.get(table)
                name = tdef.name if tdef else table
                judge = self.forgetting.judge(name, names, record=False) if name not in self.forgetting.whole else None
                key = self._match_key(table)
                key_positions = [positions_of(names)(c) for c in key] if key else None
                if key_positions is not None and None in key_positions:
                    key_positions = None
                setup = plans[(table, names)] = (self._table_plan(table, names), judge, key_positions,
                                                  name in self.forgetting.whole)
            plan, judge, key_positions, whole = setup
            if whole:
                continue
            if judge is not None and judge.leaves({n: values[i] for n, i in zip(judge.names, judge.positions)}):
                continue
            kept[table] = order = kept.get(table, 0) + 1
            self.expected[table] = order
            if order <= COMPANY_SAMPLE:
                self._company_original(table, names, values)
            if not plan:
                continue
            row_key = self._row_key(values, key_positions, order)
            for i, index, when in plan:
                value = values[i]
                if value is None or (when is not None and not when[0].evaluate({n: values[p] for n, p in when[1]})):
                    continue
                self._original(value, index, table, row_key)
        self._settle_candidates()
        self.company_tables = {t for t in self.legal_forms if self._company_table(t)}

    def _company_original(self, table: str, names: tuple[str, ...], values: list) -> None:
        """Remember a row of a table (its first COMPANY_SAMPLE rows): its values' digests,
        and which of its columns end in a legal form."""
        legal = self.legal_forms.setdefault(table, {})
        for name, value in zip(names, values):
            if value is None or not value.strip():
                continue
            self.kept_values.add(self._kept_digest(table, name, value))
            if has_legal_form(value):
                legal[name] = legal.get(name, 0) + 1

    def _kept_digest(self, table: str, column: str, value: str) -> int:
        return int.from_bytes(self.digests.of(f"{table}\0{column.casefold()}\0{value.strip().casefold()}", 8), "big")

    def _kept_as_it_was(self, table: str, column: str, value: str) -> bool:
        """Whether a scrubbed value of a company's table stands where the original had it:
        the rules keep it there, it is the company's own (its switchboard, its mailbox)."""
        return self._kept_column(table, column) and self._kept_digest(table, column, value) in self.kept_values

    def _table_rule(self, table: str):
        """The rules' entry for a table of the dump (None: no rule names it)."""
        tdef = self.catalog.get(table)
        return self.rules.table(tdef.name if tdef else table)

    def _kept_column(self, table: str, column: str) -> bool:
        """Whether the rules explicitly keep this column (a company's table may have its
        contact person scrubbed and its address kept)."""
        rule = self._table_rule(table)
        if rule is None or rule.action not in (None, TableAction.KEEP):
            return False
        own = rule.column(column)
        return rule.action is TableAction.KEEP or (own is not None and own.strategy.is_identity)

    def _settle_candidates(self) -> None:
        """Look for the free-form distinctive originals anywhere, unless many rows of
        their column share them (then their per-row entries judge them alone)."""
        for index, column in enumerate(self.columns):
            floor = max(FREQUENT_ROWS, FREQUENT_SHARE * column.values)
            for digest, rows in column.candidates.items():
                if rows < floor:
                    self.anywhere.setdefault(digest, index << 1 | 1)
                else:
                    column.frequent += 1
            column.candidates = {}

    def _kept_company(self, table: str, column: str) -> bool:
        """Whether the rules explicitly keep this column of a table they do not scrub at
        all (a company's own data: what a quoted item found there says is no leak)."""
        return self._kept_column(table, column) and all(
            r.strategy.is_identity for r in self._table_rule(table).columns.values())

    def _company_table(self, table: str) -> bool:
        """Whether a table holds a company's own data, as scan judges it: by its name and
        its columns' (companies, settings), or by a column of names ending in a legal form
        (S.p.A., GmbH) in its first original rows."""
        tdef = self.catalog.get(table)
        names = [c.name for c in tdef.columns] if tdef is not None else []
        legal = self.legal_forms.get(table, {})
        rows = min(self.counts.get(table, 0), COMPANY_SAMPLE)
        evidence = ValueEvidence(is_company=any(n >= 3 and n >= COMPANY_SHARE * rows for n in legal.values()))
        context = table_context(table, names, evidence=evidence)
        return context.is_company or context.is_settings

    @staticmethod
    def _row_key(values: list, key_positions: list[int] | None, order: int) -> str | None:
        """How a row is matched: its key no rule scrubs, else its place (None: a NULL in the key)."""
        if key_positions is None:
            return f"#{order}"
        key = [values[p] for p in key_positions]
        if None in key:
            return None
        return "\0".join(key)

    def _member(self, index: int, row_key: str, form: str) -> int:
        return int.from_bytes(self.digests.of(f"{index}\0{row_key}\0{form}", 8), "big")

    def _judge_per_row(self, index: int, table: str, row_key: str, form: str) -> None:
        self.per_row.add(self._member(index, row_key, form))
        listed = self.per_row_columns.setdefault(table, [])
        if index not in listed:
            listed.append(index)

    def _original(self, value: str, index: int, table: str, row_key: str | None) -> None:
        column = self.columns[index]
        strategy = column.strategy
        name = strategy.name
        text = value.strip()
        if is_placeholder(text) or _KEPT_DATES.fullmatch(text) or self._kept_by_design(value, index):
            return
        self.values += 1
        column.values += 1
        anywhere, of = self.anywhere, self.digests.of
        if name not in _NO_ITEMS and name not in _NUMBERS and ("@" in text or any(c.isdigit() for c in text)
                                                              or ":" in text):
            for form in self._items(value):
                anywhere.setdefault(of(form), index << 1)
        if name in _PARTIAL:
            return  # the rest of the text stays by design
        if name not in LOW_ENTROPY and _is_distinctive(text, name):
            forms = list(_forms(text, name, self.regions))
            self.lengths.add(len(forms[0]))
            if len(forms) > 1 or name in _IDENTIFIERS:
                for form in forms:  # an e-mail, a phone...: one person's, however often repeated
                    digest = of(form)
                    if (anywhere.get(digest, 1) & 1) == 0:
                        anywhere[digest] = index << 1 | 1  # a whole value outranks a quoted item
                    else:
                        anywhere.setdefault(digest, index << 1 | 1)
                if name == "username" and row_key is not None:
                    self._judge_per_row(index, table, row_key, "=" + text.casefold())  # left in its own row
                return
            # Free-form (an address, a phrase): anywhere unless frequent (_settle_candidates),
            # and per row meanwhile, by its "v:" digest (16 bytes: told apart from the others).
            digest = of(forms[0])
            column.candidates[digest] = column.candidates.get(digest, 0) + 1
            if row_key is not None:
                self._judge_per_row(index, table, row_key, forms[0])
        elif row_key is not None:
            column.per_row += 1
            folded = text.casefold()
            if column.chance and len(column.distinct) < DISTINCT_CAP:
                column.distinct.add(of(folded, 8))
            self._judge_per_row(index, table, row_key, "=" + folded)

    def _kept_by_design(self, value: str, index: int) -> bool:
        """Whether the strategy's fake of ``value`` is ``value`` whatever the secret."""
        strategy = self.columns[index].strategy
        params = strategy.params
        secretless = (
            strategy.name in _SECRETLESS
            or (strategy.name in ("date", "datetime") and getattr(params, "generalize", None))
            or (strategy.name == "postcode" and getattr(params, "generalize", None) is not None)
            or (strategy.name == "number" and getattr(params, "round", None) is not None)
        )
        if not secretless:
            return False
        try:
            return self.engine.fake(strategy, value, self._lengths.get(index)) == value
        except StrategyError:
            return False  # the scrub could not fake it either

    def _items(self, text: str) -> Iterator[str]:
        """The personal items a text quotes (freetext.py's finders), as forms."""
        for start, end, kind in self.items._items(text, self.engine, _ITEM_KINDS):
            item = text[start:end]
            if kind == "email":
                if not is_role_mailbox(item):
                    yield "e:" + item.casefold()
            elif kind == "phone":
                yield "p:" + phone_key(item, self.regions)
            elif kind == "ip":
                yield "i:" + ipaddress.ip_address(item).compressed
            elif kind == "iban":
                yield "b:" + item.replace(" ", "").casefold()
            elif kind == "credit_card":
                yield "c:" + "".join(c for c in item if c.isdigit())

    # -- the scrubbed dump -----------------------------------------------------

    def _read_scrubbed(self) -> tuple[dict, int]:
        found: dict[tuple[int, str, str], list] = {}
        scanned = 0
        self.scrubbed_counts: dict[str, int] = {}
        setups: dict[tuple[str, tuple[str, ...]], tuple] = {}
        anywhere, lengths, of = self.anywhere, self.lengths, self.digests.of
        for table, names, values in self.after.rows():
            order = self.scrubbed_counts[table] = self.scrubbed_counts.get(table, 0) + 1
            setup = setups.get((table, names))
            if setup is None:
                key = self._match_key(table) if self.catalog.get(table) is not None else None
                key_positions = [positions_of(names)(c) for c in key] if key else None
                if key_positions is not None and None in key_positions:
                    key_positions = None
                setup = setups[(table, names)] = (key_positions, positions_of(names))
            key_positions, position = setup
            company = table in self.company_tables
            for i, value in enumerate(values):
                if value is None or not value.strip():
                    continue
                scanned += 1
                if not anywhere:
                    continue  # nothing distinctive to look for (every original is judged per row)
                seen = set()  # a value counts once for each original it holds (as a value and an email)
                for form in _tokens(value, self.regions):
                    if form[0] == "v" and len(form) not in lengths:
                        continue
                    index = anywhere.get(of(form))
                    if index is not None and index >> 1 not in seen:
                        seen.add(index >> 1)
                        if company and index & 1 and self._kept_as_it_was(table, names[i], value):
                            where = self.kept_whole.setdefault(index >> 1, {})
                            where[f"{table}.{names[i]}"] = where.get(f"{table}.{names[i]}", 0) + 1
                            continue
                        entry = found.setdefault((index >> 1, table, names[i]), [0, mask(form[2:]), 0])
                        entry[0] += 1
                        entry[2] |= index & 1  # a whole value of the column, not only a quoted item
            per_row = self.per_row_columns.get(table)
            if per_row:
                row_key = self._row_key(values, key_positions, order)
                if row_key is not None:
                    self._match_row(names, values, position, row_key, per_row)
        return found, scanned

    def _match_row(self, names: tuple, values: list, position: Callable, row_key: str, indices: list[int]) -> None:
        """Count the per-row originals this scrubbed row still holds in their own column."""
        of = self.digests.of
        for index in indices:
            column = self.columns[index]
            at = position(column.column)
            value = values[at] if at is not None else None
            if value is None:
                continue
            folded = value.strip().casefold()
            if (member := self._member(index, row_key, "=" + folded)) in self.per_row:
                pass
            elif (member := self._member(index, row_key, "v:" + folded)) in self.per_row:
                if of("v:" + folded) in self.anywhere:
                    continue  # not frequent: looked for anywhere, this row included
            else:
                continue
            self.per_row.discard(member)  # a row matched twice (a duplicate key) counts once
            hit = column.hits.setdefault(names[at], [0, mask(value), set()])
            hit[0] += 1
            if column.chance and len(hit[2]) <= DISTINCT_CAP:
                hit[2].add(of(folded, 8))

    # -- verdicts ----------------------------------------------------------------

    def _counts(self) -> None:
        after = self.after.survey()
        present = set(after.catalog.tables) | set(after.data)
        tables = list(dict.fromkeys([*self.catalog.tables, *self.before.survey().data]))
        for table in tables:
            tdef = self.catalog.get(table)
            name = tdef.name if tdef else table
            rule = self.rules.table(name)
            original = self.counts.get(table, 0)
            scrubbed = self.scrubbed_counts.get(table, 0 if _present(table, present, after.catalog) else None)
            if rule is not None and rule.action is TableAction.DROP:
                expected, why = None, "dropped"
            elif name in self.forgetting.whole:
                expected, why = 0, "truncated"
            elif name in self.forgetting.filters:
                expected = self.expected.get(table, 0)
                why = "rows leave (drop_rows, forget, or the rows they reference)"
            else:
                expected, why = original, "same as the original"
            self.result.row_counts.append(RowCount(table, original, scrubbed, expected, why))
        known = set(tables)
        for table, count in self.scrubbed_counts.items():
            if table not in known and self.catalog.get(table) is None:
                self.result.row_counts.append(RowCount(table, None, count, 0, "not in the original"))

    def _per_row_leaks(self) -> None:
        wrong = {r.table for r in self.result.row_counts if not r.ok}
        by_order = sorted({c.table for c in self.columns if self.key_columns.get(c.table) is None and c.per_row})
        unchecked = [t for t in by_order if t in wrong]
        if unchecked:
            self.result.notes.append(
                "checked only for distinctive values (no key to match rows by, and the row count differs): "
                + ", ".join(unchecked)
            )
        chance_total = 0
        for column in self.columns:
            if column.table in unchecked:
                continue
            for found_column, (count, example, matched) in column.hits.items():
                if column.chance and len(matched) <= max(CHANCE_FLOOR, CHANCE_SHARE * len(column.distinct)):
                    chance_total += count
                    continue
                self.result.leaks.append(
                    Leak(column.table, column.column, column.table, found_column, count, example, "per_row")
                )
        if chance_total:
            self.result.notes.append(
                f"{chance_total} per-row matches taken for chance: strategies that pick from a list "
                f"({', '.join(sorted(CHANCE))}) may give a value back (up to {CHANCE_FLOOR} or "
                f"{CHANCE_SHARE:.0%} of a column's distinct values, in every row that holds them)"
            )
        self.chance = chance_total


def _drawn_alike(original_by: str, found_by: str | None, example: str, whole: bool) -> bool:
    """Whether an original found among the fakes of a column (``found_by``: its strategy)
    may have been drawn there from the lists it came from, a few times by chance."""
    word = _is_word(example)
    return (
        # a street line drawn from the lists the original came from, a login that is a name
        (whole and (found_by in DRAWN or (found_by == "scrub_text" and word)) and (original_by in DRAWN or word))
        # a login drawn as another row's fake login (ameister), or an affiliate's coupon (rafaela15)
        # as a user's: one left in its own row is judged there, per row
        or (whole and found_by == "username" and original_by == "username")
        # a login (fbatista) as the local part of a fake e-mail, drawn from the same names
        or (found_by == "email" and word)
        # a street drawn for an address a JSON document or a text quotes
        or (found_by == "scrub_text" and original_by in ("address", "street"))
    )


def _is_word(masked: str) -> bool:
    """Whether a masked example stands for a single word of letters (d******e): a login
    that is a first name can be drawn by a name list's fake."""
    return masked.replace("*", "a").isalpha()


def _by_chance(strategy: Strategy) -> bool:
    """Whether the strategy may give an original back by chance: a name from a list, a
    date drawn within ten years, a number times a factor near 1 (generalized dates,
    shifted ones and rounded numbers are deterministic: their matches are leaks)."""
    params = strategy.params
    if strategy.name in ("date", "datetime"):
        return getattr(params, "generalize", None) is None and getattr(params, "shift_days", None) is None
    if strategy.name == "number":
        return getattr(params, "noise", None) is not None
    return strategy.name in CHANCE


def _present(table: str, present: set[str], catalog: Catalog) -> bool:
    return table in present or catalog.get(table) is not None


__all__ = ["Leak", "RowCount", "Verification", "is_placeholder", "is_role_mailbox", "mask", "print_report", "verify"]
