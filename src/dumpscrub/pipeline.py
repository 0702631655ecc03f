"""scrub(): one run, from input stream to output stream, without the CLI.

A run reads the dump more than once: a first pass learns every table, key and
partition (pg_dump adds its keys after the data, and a rule follows a key whatever
the order of the tables); when rows leave the dump (``drop_rows:``, ``forget:``),
analysis passes learn which (see forget.py); the last pass writes. A file is read
again from its start; a stream that cannot seek (stdin from a pipe) is spooled to a
temporary file during the first pass.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable

from . import dialects
from .errors import DumpInputError, RulesError
from .fakes import FakeEngine
from .forget import Forgetting
from .keys import follow_keys, links, shared_lengths
from .model import PASS, Catalog, Constraint, Partition, Plan, TableDDL, lineage
from .people import NameCollector, wants_names
from .reader import CHUNK_SIZE, Source, decompressed
from .rewrite import Report, Rewriter, Watch
from .rules import Rules


def random_secret() -> bytes:
    """A secret for one run, never stored: two runs cannot be linked."""
    return os.urandom(32)


def resolve_dialect(name: str, src: Source) -> dialects.Dialect:
    head = src.head(dialects.DETECT_BYTES)
    if name == "auto":
        return dialects.detect(head, src.name)
    dialects.refuse_archives(head, src.name)
    return dialects.get_dialect(name)


def load_schema(stream: BinaryIO, name: str, dialect: dialects.Dialect, catalog: Catalog) -> None:
    """Learn table definitions from a schema-only dump (for data dumps made without CREATE TABLE)."""
    survey(dialect, Source(decompressed(stream, name), name), catalog)


@dataclass
class Survey:
    """What the first pass learns: every table, its keys, which tables are partitions,
    and which have data (the names their data statements give them)."""

    catalog: Catalog
    parents: dict[str, str] = field(default_factory=dict)
    data: dict[str, set[str]] = field(default_factory=dict)  # table -> the columns its data statements list


def survey(dialect: dialects.Dialect, src: Source, catalog: Catalog, names: NameCollector | None = None) -> Survey:
    """Read a whole dump, learning its schema into ``catalog``; no row is parsed but
    those of the name columns ``names`` collects (for scrub_text)."""
    found = Survey(catalog)

    def plan(table: str, columns: tuple[str, ...] | None, pos: int) -> Plan:
        found.data.setdefault(table, set()).update(columns or ())
        return names.plan(table, columns, pos) if names is not None else PASS

    events = dialect.read(src, plan)
    for event in names.read(events) if names is not None else events:
        kind = type(event)
        if kind is TableDDL and event.table is not None:
            catalog.add(event.table)
        elif kind is Constraint:
            catalog.add_key(event)
        elif kind is Partition:
            found.parents[event.table] = event.parent
    return found


def check_names(rules: Rules, catalog: Catalog) -> None:
    """Every column a condition, a forget list or a reference names must exist, checked
    before a byte is written (a rule's own column is checked when its table is read)."""
    problems = []
    for name, rule in rules.tables.items():
        table = catalog.get(name)
        if table is None:
            continue  # reported as missing by the rewriter (a preset's rules are silent)
        parent_names = [(ref, catalog.get(ref.parent)) for ref in rule.references]
        named = [(c.location, f"tables.{name}.columns.{c.column}.when", n)
                 for c in rule.columns.values() if c.when is not None for n in c.when.columns]
        if rule.drop_rows is not None:
            named += [(rule.location, f"tables.{name}.drop_rows", n) for n in rule.drop_rows.columns]
        if rule.forget is not None:
            named.append((rule.forget.location, f"tables.{name}.forget", rule.forget.column))
        named += [(ref.location, f"tables.{name}.references", n) for ref in rule.references for n in ref.columns]
        for where, path, column in named:
            if table.column(column) is None:
                problems.append((where, f"{path}: `{table.name}` has no column `{column}`"))
        for ref, parent in parent_names:
            if parent is None:
                problems.append((ref.location, f"tables.{name}.references: the dump has no table `{ref.parent}`"))
                continue
            for column in ref.parent_columns:
                if parent.column(column) is None:
                    problems.append((ref.location, f"tables.{name}.references: `{parent.name}` has no column `{column}`"))
    if problems:
        raise RulesError(problems)


def check_classified(rules: Rules, found: Survey) -> None:
    """Privacy by default (``--strict``): every column of every table that has data
    must be named by a rule (a strategy, or ``keep``), or its table must have an
    action. A column added by last week's migration stops the run, before a byte is
    written, rather than going out unscrubbed. ``rules`` are the rules the scrub
    applies: a column that follows a scrubbed key through a foreign key is classified."""
    problems = _unknown_names(rules, found.catalog)
    unclassified = []
    for table in sorted(found.data):
        if table.startswith("sqlite_") and found.catalog.get(table) is None:
            continue  # SQLite's own tables (sqlite_sequence): no schema, nothing of anyone's
        # a partition has its parent's rule
        rule = next((r for t in lineage(table, found.parents) if (r := rules.table(t)) is not None), None)
        if rule is not None and rule.action is not None:
            continue  # truncate, drop, keep: the whole table is classified
        tdef = found.catalog.get(table)
        columns = [c.name for c in tdef.columns] if tdef is not None else sorted(found.data[table])
        if not columns:
            unclassified.append((None, f"{rules.path}: `{table}` has no rule and its columns are unknown "
                                       "(give the table an action, or pass a --schema file)"))
        unclassified += [(None, f"{rules.path}: `{table}.{column}` is not classified")
                         for column in columns if rule is None or rule.column(column) is None]
    if unclassified:
        problems.append((None, f"{rules.path}: --strict: {len(unclassified)} column(s) of the dump are not "
                               "classified (give each a strategy, or `keep` if it holds nothing personal; "
                               "`dumpscrub scan DUMP -r RULES` says which hold personal data)"))
    if problems or unclassified:
        raise RulesError(problems + unclassified)


def _unknown_names(rules: Rules, catalog: Catalog) -> list:
    """Under --strict, rules naming a table or column the dump lacks are errors (a
    preset's rules are silent: a preset covers several versions of a schema)."""
    problems = []
    for name, rule in rules.tables.items():
        table = catalog.get(name)
        if table is None:
            if rule.preset is None:
                problems.append((rule.location, f"table `{name}` is not in the dump (--strict)"))
            continue
        problems += [(c.location, f"column `{name}`.`{c.column}` is not in the dump (--strict)")
                     for c in rule.columns.values() if c.preset is None and table.column(c.column) is None]
    return problems


class Replay:
    """The dump's bytes, read once more for each pass: a seekable file from where it
    started, anything else from a temporary copy made while the first pass reads it.
    Each pass reads through its own view, whose closing leaves the stream open."""

    def __init__(self, stream: BinaryIO):
        self._stream = stream
        self._spool: BinaryIO | None = None
        try:
            self._start = stream.tell() if stream.seekable() else None
        except (OSError, ValueError):
            self._start = None

    def first(self) -> BinaryIO:
        if self._start is None:
            self._spool = tempfile.TemporaryFile(prefix="dumpscrub-")
        return io.BufferedReader(_View(self._stream, self._spool))

    def again(self) -> BinaryIO:
        stream = self._spool if self._spool is not None else self._stream
        try:
            stream.seek(self._start or 0)
        except (OSError, ValueError) as e:
            raise DumpInputError(f"cannot read the dump again: {e}") from e
        return io.BufferedReader(_View(stream, None))

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()


class _View(io.RawIOBase):
    """Reads a stream without owning it (closing the view leaves it open); with
    ``copy``, keeps a copy of every byte read."""

    def __init__(self, stream: BinaryIO, copy: BinaryIO | None):
        self._stream, self._copy = stream, copy

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(len(buffer))
        if self._copy is not None:
            try:
                self._copy.write(data)
            except OSError as e:
                raise DumpInputError(f"cannot spool the dump to a temporary file: {e.strerror or e} "
                                     "(set TMPDIR to a disk with room for it)") from e
        buffer[: len(data)] = data
        return len(data)


def scrub(
    src: BinaryIO,
    dst: BinaryIO,
    rules: Rules,
    dialect: str = "auto",
    secret: bytes | None = None,
    *,
    name: str = "<dump>",
    schemas: Iterable[tuple[BinaryIO, str]] = (),
    strict: bool = False,
    warn: Callable[[str], None] | None = None,
    on_read: Callable[[int], None] | None = None,
    chunk_size: int = CHUNK_SIZE,
    watch: Watch | None = None,
) -> Report:
    """Scrub the dump read from ``src`` into ``dst`` according to ``rules``.

    ``src`` may be gzip, xz or bzip2 compressed; ``dst`` gets plain SQL.

    Without a secret, a random one is drawn and discarded: the output is
    consistent inside itself but cannot be linked to any other run. ``watch`` is
    called with each row of the tables the rules rewrite or remove rows from
    (rewrite.Watch), before and after.
    """
    replay = Replay(src)
    try:
        return _scrub(replay, dst, rules, dialect, secret, name, schemas, strict, warn, on_read, chunk_size, watch)
    finally:
        replay.close()


def _scrub(replay, dst, rules, dialect, secret, name, schemas, strict, warn, on_read, chunk_size, watch=None) -> Report:
    first = Source(decompressed(replay.first(), name), name, chunk_size=chunk_size)
    chosen = resolve_dialect(dialect, first)
    given = Catalog()  # the --schema files: the rewriter starts from them
    for stream, schema_name in schemas:
        load_schema(stream, schema_name, chosen, given)
    whole = Catalog(dict(given.tables))
    engine = FakeEngine(secret if secret is not None else random_secret(), rules.locales)
    names = NameCollector(rules, whole, engine.regions) if wants_names(rules) else None
    surveyed = survey(chosen, first, whole, names)
    check_names(rules, whole)
    keys = links(whole, rules)
    followed = follow_keys(rules, keys)
    for message in followed.warnings:
        if warn is not None:
            warn(message)
    if strict or rules.strict:
        check_classified(followed.rules, surveyed)
    forgetting = Forgetting(followed.rules, whole, keys, surveyed.parents, fold=chosen.name == "mysql")
    forgetting.check_drops(keys)

    def read(planner):
        return chosen.read(Source(decompressed(replay.again(), name), name, chunk_size=chunk_size), planner)

    forgetting.analyse(read)
    source = Source(decompressed(replay.again(), name), name, chunk_size=chunk_size, on_read=on_read)
    if names is not None:
        engine.people = names.names
        engine.known = names.values if names.values else None
    rewriter = Rewriter(
        followed.rules,
        engine,
        source,
        dst,
        catalog=given,
        strict=strict,
        warn=warn,
        forgetting=forgetting,
        schema=whole,
        key_lengths=shared_lengths(keys, whole),
        watch=watch,
    )
    report = rewriter.run(chosen.read(source, rewriter.plan))
    for message in forgetting.unmatched():
        rewriter.warn(message)
    report.dialect = chosen.name
    report.followed = followed.added
    report.warnings[:0] = followed.warnings
    report.passes = 2 + forgetting.passes
    return report
