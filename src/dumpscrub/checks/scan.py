"""``dumpscrub scan``: which columns of a dump hold personal data, and (with rules)
which of those the rules leave uncovered.

One pass reads the schema (``DumpFile.survey``), one more samples the first rows
of each table; the detector (``detect.py``) judges every column by its name, its
table and its sampled values. Only masked examples are ever shown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import keys
from ..model import Column
from ..rules import Rules
from .detect import (
    ANY,
    FOREIGN_KEY,
    LINKED,
    MIN_MATCHES,
    STRONG,
    Finding,
    NameBook,
    Sample,
    TableContext,
    ValueEvidence,
    column_prefix,
    detect_column,
    is_about_people,
    is_session_table,
    match_name,
    phone_regions,
    quasi_groups,
    table_context,
    table_evidence,
)
from .dump import DumpFile

DEFAULT_SAMPLE = 1000


@dataclass
class ScanResult:
    """What a scan found: personal columns (uncovered ones, with rules), quasi-identifier
    groups, and what was examined."""

    findings: list[Finding]
    quasi_groups: list[dict]
    tables: int = 0
    columns: int = 0
    rows: int = 0  # rows sampled
    dialect: str = ""
    rules: str | None = None  # the rules file, in -r mode
    covered: int = 0  # personal columns the rules cover (-r mode)
    sample: int = DEFAULT_SAMPLE
    # ISO region -> sampled values of the phone columns valid there (init sets the locale from it)
    phone_regions: dict[str, int] = field(default_factory=dict)
    # tables of the business's own data (companies, places, settings): their values are no one's
    own_tables: set[str] = field(default_factory=set)

    @property
    def exit_code(self) -> int:
        """0 when there is nothing to report, 1 when there is."""
        return 1 if self.findings else 0

    def summary(self) -> dict:
        return {
            "dialect": self.dialect,
            "tables": self.tables,
            "columns": self.columns,
            "rows_sampled": self.rows,
            "sample_per_table": self.sample,
            "findings": len(self.findings),
            "sensitive": sum(f.sensitive for f in self.findings),
            "quasi": sum(f.quasi for f in self.findings),
            "foreign_keys": sum(f.category == FOREIGN_KEY for f in self.findings),
            "rules": self.rules,
            "covered_by_rules": self.covered if self.rules is not None else None,
            "phone_regions": dict(self.phone_regions),
        }

    def to_json(self) -> dict:
        return {
            "findings": [f.to_json() for f in self.findings],
            "quasi_identifiers": self.quasi_groups,
            "summary": self.summary(),
        }


@dataclass
class _Table:
    name: str
    columns: dict[str, Column | None] = field(default_factory=dict)  # in dump order
    samples: dict[str, Sample] = field(default_factory=dict)
    parents: list[str] = field(default_factory=list)  # tables its foreign keys reference
    # tables its foreign keys reference one to one (a unique key: a line's SIM card)
    unique_parents: list[str] = field(default_factory=list)
    context: TableContext = TableContext()
    evidence: ValueEvidence = ValueEvidence()


def scan(dump: DumpFile, rules: Rules | None = None, sample: int = DEFAULT_SAMPLE,
         today: dt.date | None = None) -> ScanResult:
    """Find the personal columns of ``dump`` from its schema and its first ``sample``
    rows per table; with ``rules``, only those the rules leave uncovered, plus the
    columns a foreign key links to a scrubbed column without a rule of their own."""
    dump.require_columns()  # a dump whose values are no column's would report nothing
    surveyed = dump.survey()
    catalog = surveyed.catalog
    parents_of = surveyed.parents  # partition -> partitioned table: judged as one
    tables: dict[str, _Table] = {}
    for tdef in catalog.tables.values():
        if tdef.name in parents_of:
            continue
        table = tables.setdefault(tdef.name, _Table(tdef.name))
        for column in tdef.columns:
            table.columns[column.name] = column
        for fk in tdef.foreign_keys:
            parent = catalog.get(fk.parent)
            if parent is not None and parent.name != tdef.name:
                table.parents.append(parent.name)
                if any(set(fk.columns) >= set(key) for key in tdef.unique_keys if key):
                    table.unique_parents.append(parent.name)
    for name, names in surveyed.data.items():  # data without a CREATE TABLE (data-only dumps)
        table = tables.setdefault(parents_of.get(name, name), _Table(parents_of.get(name, name)))
        for column in sorted(names):
            table.columns.setdefault(column, None)

    rows = 0
    for name, names, values in dump.rows(limit=sample):
        table = tables[parents_of.get(name, name)]
        rows += 1
        for column, value in zip(names, values):
            table.samples.setdefault(column, Sample()).add(value)

    book = NameBook.build()  # once per scan: the first and last names of Faker's locales
    for table in tables.values():
        table.evidence = table_evidence(list(table.columns), table.samples, book,
                                        column_prefix(table.name, list(table.columns)))
    _set_contexts(tables)
    findings: list[Finding] = []
    keys, references = _key_columns(catalog)
    for table in tables.values():
        for name, column in table.columns.items():
            found = detect_column(table.name, name, column, table.samples.get(name, Sample()), table.context, today,
                                  book)
            if found is not None and found.category == "identifier" and (table.name, name) in keys and (
                    table.context.match(name) is None
                    and (not is_session_table(table.name) or (table.name, name) in references)):
                continue  # app_user.id, push_device.user_id: UUID keys between tables, no one's token
            if found is not None:
                findings.append(found)
    findings = [f for f in findings if not _fleet_copy(f, tables)]

    result = ScanResult(
        findings, [], tables=len(tables), columns=sum(len(t.columns) for t in tables.values()), rows=rows,
        dialect=dump.dialect.name if dump.dialect is not None else "", sample=sample,
        phone_regions=_phone_regions(findings, tables),
        own_tables={t.name for t in tables.values()
                    if t.context.is_company or t.context.is_place or t.context.is_settings},
    )
    if rules is not None:
        result.rules = rules.path
        uncovered = [f for f in findings if not _covered(rules, f.table, f.column)]
        result.covered = len(findings) - len(uncovered)
        result.findings = _with_key_links(uncovered, catalog, rules, tables)
    result.quasi_groups = quasi_groups(result.findings)
    return result


FLEET_SHARE = 0.9  # a plate column whose values are this share of a fleet's: the business's own cars


def _fleet_copy(found: Finding, tables: dict[str, _Table]) -> bool:
    """Whether a plate or VIN column found in a table linked to people (a fine, a rental)
    holds the cars of a fleet table no person is linked to (``vehicles`` of a car rental):
    the business's own cars, whoever drove them."""
    if found.category not in ("license_plate", "vehicle_id"):
        return False
    values = {v.strip().casefold() for v in tables[found.table].samples.get(found.column, Sample()).values}
    if len(values) < MIN_MATCHES + 1:
        return False
    for table in tables.values():
        if table.name == found.table or table.context.is_linked:
            continue
        for name, sample in table.samples.items():
            hit = match_name(name, (ANY, LINKED))
            if hit is not None and hit.category == found.category:
                fleet = {v.strip().casefold() for v in sample.values}
                if len(values & fleet) >= FLEET_SHARE * len(values):
                    return True
    return False


def _key_columns(catalog) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The columns of the dump's foreign keys, on both sides (surrogate keys, UUIDs, that
    tie rows together whatever their values look like), and those that reference."""
    keys: set[tuple[str, str]] = set()
    references: set[tuple[str, str]] = set()
    for tdef in catalog.tables.values():
        for fk in tdef.foreign_keys:
            parent = catalog.get(fk.parent)
            references |= {(tdef.name, c) for c in fk.columns}
            if parent is not None:
                keys |= {(parent.name, c) for c in fk.parent_columns}
    return keys | references, references


def _phone_regions(findings: list[Finding], tables: dict[str, _Table]) -> dict[str, int]:
    """The regions of the sampled values of every phone column found (all of them, covered
    by rules or not: the rules' locale is about the whole dump)."""
    values = [
        value
        for f in findings if f.category == "phone"
        for value in tables[f.table].samples.get(f.column, Sample()).values
    ]
    return phone_regions(values)


def _set_contexts(tables: dict[str, _Table]) -> None:
    """Each table's context: its name, columns and values, then whether it references a
    table about people (two steps: order_items -> orders -> users), or is referenced one
    to one by such a table (a subscription's SIM card: one card, one subscriber)."""
    about_people: set[str] = set()
    for table in tables.values():
        table.context = table_context(table.name, table.columns, evidence=table.evidence)
        strong = sum(
            1 for name in table.columns
            if (hit := table.context.match(name)) is not None
            and hit.category in STRONG
        )
        if is_about_people(table.context, strong):
            about_people.add(table.name)
    for _ in range(2):
        linked = {t.name for t in tables.values() if set(t.parents) & about_people and not t.context.is_company}
        about_people |= linked
    for table in tables.values():
        if set(table.unique_parents) - about_people and table.name in about_people:
            for parent in set(table.unique_parents) - about_people:
                found = tables.get(parent)
                if found is not None and not found.context.is_company and not found.context.is_catalogue:
                    about_people.add(parent)
    for table in tables.values():
        if table.name in about_people and not table.context.is_linked and not table.context.is_company:
            table.context = table_context(table.name, table.columns, references_people=True, evidence=table.evidence)
    animals = {t.name for t in tables.values() if t.context.is_animal}
    for table in tables.values():
        if set(table.parents) & animals and not table.context.is_animal:
            # a consultation of an animal: its diagnosis and weight are the animal's
            table.context = dataclasses.replace(table.context, is_animal=True)


def _covered(rules: Rules, table: str, column: str) -> bool:
    """Whether the rules name the column (any strategy, keep included) or give its table an action."""
    rule = rules.table(table)
    return rule is not None and (rule.action is not None or rule.column(column) is not None)


def _scrubbed(rules: Rules, table: str, column: str) -> bool:
    rule = rules.table(table)
    if rule is None or rule.action is not None:
        return False
    own = rule.column(column)
    return own is not None and not own.strategy.is_identity


def _with_key_links(findings: list[Finding], catalog, rules: Rules, tables: dict[str, _Table]) -> list[Finding]:
    """Add (or merge into a finding) each column a foreign key links to a scrubbed column
    while the rules say nothing of it."""
    links = keys.links(catalog, rules)
    notes: dict[tuple[str, str], list[str]] = {}
    scrubbed = {(link.parent, pc) for link in links for pc in link.parent_columns if _scrubbed(rules, link.parent, pc)}
    scrubbed |= {(link.child, c) for link in links for c in link.columns if _scrubbed(rules, link.child, c)}
    changed = True
    while changed:  # a key to a column that follows a key follows it too
        changed = False
        for link in links:
            for column, parent_column in zip(link.columns, link.parent_columns):
                if (link.parent, parent_column) in scrubbed and not _covered(rules, link.child, column):
                    note = (f"references `{link.parent}`.`{parent_column}`, which the rules scrub: the scrub copies "
                            f"that rule through the key ({link}), but a rule should say so")
                    if note not in notes.setdefault((link.child, column), []):
                        notes[(link.child, column)].append(note)
                    if (link.child, column) not in scrubbed:
                        scrubbed.add((link.child, column))
                        changed = True
    for link in links:
        for column, parent_column in zip(link.columns, link.parent_columns):
            if _scrubbed(rules, link.child, column) and not _covered(rules, link.parent, parent_column):
                note = (f"is referenced by `{link.child}`.`{column}`, which the rules scrub: this column keeps its "
                        f"values, so the foreign key {link} will not line up; give it the same strategy")
                notes.setdefault((link.parent, parent_column), []).append(note)
    out = []
    for f in findings:
        extra = notes.pop((f.table, f.column), None)
        out.append(dataclasses.replace(f, reason=f.reason + "; " + "; ".join(extra)) if extra else f)
    for (table, column), reasons in notes.items():
        out.append(Finding(table, column, FOREIGN_KEY, "; ".join(reasons), 0.9))
    order = {name: i for i, name in enumerate(tables)}
    positions = {(t.name, c): i for t in tables.values() for i, c in enumerate(t.columns)}
    out.sort(key=lambda f: (order.get(f.table, len(order)), positions.get((f.table, f.column), 0)))
    return out


def render_text(result: ScanResult, out: TextIO) -> None:
    """The findings as a rich table, then the quasi-identifier groups and a summary line."""
    console = Console(file=out, soft_wrap=False, width=max(Console(file=out).width, 140))
    if result.findings:
        table = Table("table", "column", "category", "conf.", "why", "example", box=None, pad_edge=False)
        for f in result.findings:
            category = Text(f.category)
            if f.sensitive:
                category = Text(f"{f.category} (sensitive)", style="bold red")
            elif f.quasi:
                category = Text(f"{f.category} (quasi)", style="yellow")
            elif f.category == FOREIGN_KEY:
                category = Text(f.category, style="magenta")
            table.add_row(f.table, f.column, category, f"{f.confidence:.2f}", f.reason, f.example or "")
        console.print(table)
    for group in result.quasi_groups:
        console.print(f"quasi-identifiers in {group['table']}: {', '.join(group['columns'])} "
                      "(crossing them can single a person out)")
    s = result.summary()
    if result.rules is None:
        head = f"{s['findings']} personal columns" if result.findings else "no personal data found"
    else:
        head = (f"{s['findings']} columns the rules leave uncovered ({s['foreign_keys']} linked by foreign keys)"
                if result.findings else "the rules cover every personal column found")
        head += f"; {s['covered_by_rules']} covered"
    extra = f", {s['sensitive']} sensitive" if s["sensitive"] else ""
    console.print(
        f"scan: {head}{extra}; {s['tables']} tables, {s['columns']} columns, "
        f"{s['rows_sampled']:,} rows sampled ({s['dialect']} dump)",
        highlight=False,
    )
