"""scrub(): one run, from input stream to output stream, without the CLI."""

from __future__ import annotations

import os
from typing import BinaryIO, Callable, Iterable

from . import dialects
from .fakes import FakeEngine
from .model import PASS, Catalog, Constraint, TableDDL
from .reader import CHUNK_SIZE, Source, decompressed
from .rewrite import Report, Rewriter
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
    src = Source(decompressed(stream, name), name)
    for event in dialect.read(src, lambda table, columns, pos: PASS):
        if isinstance(event, TableDDL) and event.table is not None:
            catalog.add(event.table)
        elif isinstance(event, Constraint):
            catalog.add_key(event)


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
) -> Report:
    """Scrub the dump read from ``src`` into ``dst`` according to ``rules``.

    ``src`` may be gzip, xz or bzip2 compressed; ``dst`` gets plain SQL.

    Without a secret, a random one is drawn and discarded: the output is
    consistent inside itself but cannot be linked to any other run.
    """
    source = Source(decompressed(src, name), name, chunk_size=chunk_size, on_read=on_read)
    chosen = resolve_dialect(dialect, source)
    catalog = Catalog()
    for stream, schema_name in schemas:
        load_schema(stream, schema_name, chosen, catalog)
    engine = FakeEngine(secret if secret is not None else random_secret(), rules.locales)
    rewriter = Rewriter(rules, engine, source, dst, catalog=catalog, strict=strict, warn=warn)
    report = rewriter.run(chosen.read(source, rewriter.plan))
    report.dialect = chosen.name
    return report
