"""The command line: parse arguments, open streams, show progress, turn errors into messages.

Exit codes: 0 success; 1 the dump could not be processed (syntax, I/O);
2 usage or rules error; 141 stdout was closed early (the SIGPIPE convention).
"""

from __future__ import annotations

import os
import stat
import sys
import time
from contextlib import ExitStack
from importlib.metadata import version as package_version
from typing import BinaryIO

import click

from . import __version__, dialects, strategies
from .errors import DumpInputError, DumpscrubError, UsageError
from .pipeline import scrub
from .progress import reading_progress
from .reader import compression
from .rewrite import Report
from .rules import load_rules
from .writer import open_output

EXIT_OK, EXIT_DUMP, EXIT_USAGE, EXIT_PIPE = 0, 1, 2, 141


class DefaultGroup(click.Group):
    """`dumpscrub IN -r RULES` means `dumpscrub scrub IN -r RULES`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["scrub", *args]
        return super().parse_args(ctx, args)


def _version_message() -> str:
    return f"%(prog)s %(version)s (faker {package_version('faker')}, sqlglot {package_version('sqlglot')})"


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dumpscrub", message=_version_message())
def cli() -> None:
    """Replace the personal data in a SQL dump with consistent fake values.

    \b
      dumpscrub prod.sql -r rules.yml > dev.sql
      pg_dump shop | dumpscrub - -r rules.yml | psql dev

    Run `dumpscrub scrub --help` for the options, `dumpscrub strategies` for
    the strategies a rules file may use.
    """


# Options several commands share (each use makes its own click.Option).
debug_option = click.option("--debug", is_flag=True, help="Show tracebacks.")
format_option = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                             show_default=True, help="text: tables for people; json: one JSON document.")
schema_option = click.option("--schema", "schema_paths", multiple=True, metavar="FILE",
                             help="A schema-only dump giving the CREATE TABLE statements of a data-only dump "
                             "(repeatable).")
sample_option = click.option("--sample", type=click.IntRange(min=1), default=1000, show_default=True,
                             metavar="N", help="Rows read per table to judge the values.")


dialect_option = click.option("--dialect", type=click.Choice(["auto", *dialects.names()]), default="auto",
                              show_default=True,
                              help="Which program wrote the dump; auto reads it from the dump's first bytes.")


@cli.command("scrub")
@click.argument("dump", metavar="IN")
@click.option("-r", "--rules", "rules_path", required=True, metavar="RULES", help="The rules file (YAML).")
@click.option("-o", "--output", metavar="OUT", help="Write here (atomically) instead of stdout.")
@dialect_option
@click.option(
    "--secret",
    envvar="DUMPSCRUB_SECRET",
    metavar="S",
    help="Key for the fakes: the same secret gives byte-identical output. Also DUMPSCRUB_SECRET. "
    "Without one, a random secret is used and forgotten, so two runs cannot be linked.",
)
@click.option("--secret-file", metavar="F", help="Read the secret from a file (one trailing newline is ignored).")
@schema_option
@click.option(
    "--strict",
    is_flag=True,
    help="Privacy by default (also `strict: true` in the rules): every column of every table with data must "
    "be classified (a strategy, or keep) or its table have an action, else exit 2 before writing; and rules "
    "naming a table or column the dump lacks are errors.",
)
@click.option("-q", "--quiet", is_flag=True, help="No warnings, progress or summary on stderr.")
@debug_option
def scrub_command(
    dump: str,
    rules_path: str,
    output: str | None,
    dialect: str,
    secret: str | None,
    secret_file: str | None,
    schema_paths: tuple[str, ...],
    strict: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Scrub the dump IN (a path, or - for stdin) according to RULES.

    IN is plain SQL from mysqldump / mariadb-dump, pg_dump (plain format; for -Fc, -Ft
    or -Fd archives: pg_restore -f - ARCHIVE | dumpscrub - ...) or the sqlite3 shell's
    .dump, maybe gzip-, xz- or bzip2-compressed.

    The dump is read more than once: a first pass learns every table and foreign key
    (pg_dump adds its keys after the data), rules that drop rows add a pass or two, and
    the last pass writes. A file is read again; stdin from a pipe is first copied to a
    temporary file (in TMPDIR), so output starts once the input has ended.
    """

    def run() -> None:
        key = _secret(secret, secret_file)
        rules = load_rules(rules_path)
        started = time.monotonic()
        with ExitStack() as stack:
            src, size = _open_input(dump, stack)
            schemas = [(_open_input(p, stack)[0], p) for p in schema_paths]
            show_progress = not quiet and sys.stderr.isatty()
            on_read = stack.enter_context(reading_progress(size, show_progress))
            dst = stack.enter_context(open_output(output, sys.stdout.buffer))
            report = scrub(
                src,
                dst,
                rules,
                dialect,
                key,
                name=dump if dump != "-" else "<stdin>",
                schemas=schemas,
                strict=strict,
                warn=None if quiet else _warn,
                on_read=on_read,
            )
        if not quiet:
            _summary(report, time.monotonic() - started)

    _guarded(run, debug)


@cli.command("strategies")
def strategies_command() -> None:
    """List every strategy with its parameters and what it does."""
    import dataclasses

    from rich.console import Console
    from rich.table import Table

    table = Table("strategy", "parameters", "description", box=None, pad_edge=False)
    for cls in strategies.all_strategies():
        params = ", ".join(
            f.name if f.default is dataclasses.MISSING else f"{f.name}={f.default!r}"
            for f in dataclasses.fields(cls.Params)
        )
        table.add_row(cls.name, params or "-", cls.summary())
    Console(soft_wrap=True).print(table)


@cli.command("scan")
@click.argument("dump", metavar="DUMP")
@click.option("-r", "--rules", "rules_path", metavar="RULES", help="Report only what these rules leave uncovered.")
@format_option
@sample_option
@dialect_option
@schema_option
@debug_option
def scan_command(dump: str, rules_path: str | None, fmt: str, sample: int, dialect: str,
                 schema_paths: tuple[str, ...], debug: bool) -> None:
    """Find the columns of DUMP (a path, or - for stdin) that hold personal data.

    With -r, only the columns the rules leave uncovered, plus columns a foreign key
    links to a scrubbed column. Exit 0 when there is nothing to report, 1 when there is.
    Values are never shown, only masked examples.
    """
    import json

    from .checks.dump import DumpFile
    from .checks.scan import render_text, scan

    def run() -> None:
        rules = load_rules(rules_path) if rules_path is not None else None
        with ExitStack() as stack:
            src, _ = _open_input(dump, stack)
            schemas = [(_open_input(p, stack)[0], p) for p in schema_paths]
            with DumpFile(src, dump if dump != "-" else "<stdin>", dialect=dialect, schemas=schemas) as d:
                result = scan(d, rules, sample=sample)
        if fmt == "json":
            click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        else:
            render_text(result, sys.stdout)
        sys.exit(result.exit_code)

    _guarded(run, debug)


@cli.command("init")
@click.argument("dump", metavar="DUMP")
@click.option("-o", "--output", metavar="FILE", help="Write here (atomically) instead of stdout.")
@sample_option
@dialect_option
@schema_option
@debug_option
def init_command(dump: str, output: str | None, sample: int, dialect: str, schema_paths: tuple[str, ...],
                 debug: bool) -> None:
    """Write a starter rules file for DUMP (a path, or - for stdin): every table and
    column, a strategy and the reason for each personal column scan finds, `keep` for
    the others, and `strict: true`. Valid as written; review it before trusting it.

    \b
      dumpscrub init prod.sql > rules.yml
    """
    from .checks.dump import DumpFile
    from .checks.starter import write_rules

    def run() -> None:
        with ExitStack() as stack:
            src, _ = _open_input(dump, stack)
            schemas = [(_open_input(p, stack)[0], p) for p in schema_paths]
            with DumpFile(src, dump if dump != "-" else "<stdin>", dialect=dialect, schemas=schemas) as d:
                text = write_rules(d, sample=sample)
            with open_output(output, sys.stdout.buffer) as out:
                out.write(text.encode("utf-8"))

    _guarded(run, debug)


@cli.command("verify")
@click.argument("original", metavar="ORIGINAL")
@click.argument("scrubbed_path", metavar="SCRUBBED")
@click.option("-r", "--rules", "rules_path", required=True, metavar="RULES", help="The rules the dump was scrubbed with.")
@format_option
@dialect_option
@debug_option
def verify_command(original: str, scrubbed_path: str, rules_path: str, fmt: str, dialect: str,
                   debug: bool) -> None:
    """Check SCRUBBED against ORIGINAL: no value the RULES cover may remain, and row
    counts must be what the rules leave. Exit 0 clean, 1 a leak or an unexplained
    row count, 2 a usage or rules error. Either dump may be - (stdin), not both."""
    import json

    from .checks import verify

    def run() -> None:
        if original == "-" and scrubbed_path == "-":
            raise UsageError("only one of ORIGINAL and SCRUBBED can be - (stdin)")
        rules = load_rules(rules_path)
        with ExitStack() as stack:
            before, _ = _open_input(original, stack)
            after, _ = _open_input(scrubbed_path, stack)
            result = verify.verify(before, after, rules, dialect,
                                   original_name=original if original != "-" else "<stdin>",
                                   scrubbed_name=scrubbed_path if scrubbed_path != "-" else "<stdin>")
        if fmt == "json":
            click.echo(json.dumps(result.as_json(), indent=2))
        else:
            verify.print_report(result)
        if not result.ok:
            sys.exit(EXIT_DUMP)

    _guarded(run, debug)


@cli.command("report")
@click.argument("dump", metavar="SCRUBBED")
@click.option("--quasi", "quasis", multiple=True, required=True, metavar="TABLE:COL,COL",
              help="A quasi-identifier combination, e.g. users:birth_date,postcode,gender (repeatable).")
@click.option("--min-k", type=click.IntRange(min=1), default=None, metavar="K",
              help="Exit 1 when a combination's k is below K (default: report only).")
@format_option
@dialect_option
@debug_option
def report_command(dump: str, quasis: tuple[str, ...], min_k: int | None, fmt: str, dialect: str, debug: bool) -> None:
    """k-anonymity of quasi-identifier combinations in SCRUBBED (a path, or - for stdin).

    k is the size of the smallest group of rows sharing the same values of the
    combination (NULL is a value): a group of 1 singles a person out. Prints the
    distribution of group sizes and the rules that raise k. Exit 1 when a k is
    below --min-k, 2 for an unknown table or column.
    """
    import json

    from rich.console import Console

    from .checks import kanon

    def run() -> None:
        parsed = [kanon.parse_quasi(q) for q in quasis]
        with ExitStack() as stack:
            src, _ = _open_input(dump, stack)
            result = kanon.measure(src, dump if dump != "-" else "<stdin>", parsed, min_k, dialect)
        if fmt == "json":
            click.echo(json.dumps(result.to_json(), indent=2))
        else:
            kanon.render(result, Console())
        sys.exit(EXIT_OK if result.ok else EXIT_DUMP)

    _guarded(run, debug)


@cli.command("preview")
@click.argument("dump", metavar="DUMP")
@click.option("-r", "--rules", "rules_path", required=True, metavar="RULES", help="The rules file (YAML).")
@click.option("--table", "tables", multiple=True, metavar="T", help="Show this table (repeatable; default: every ruled table).")
@click.option("--rows", type=click.IntRange(min=1), default=5, show_default=True, metavar="N",
              help="Rows shown per table (the first N of the dump).")
@click.option("--show-originals", is_flag=True, help="Show original values whole (masked by default).")
@click.option("--secret", envvar="DUMPSCRUB_SECRET", metavar="S",
              help="Key for the fakes: shows what a scrub with this secret writes. Also DUMPSCRUB_SECRET.")
@format_option
@dialect_option
@click.option("-q", "--quiet", is_flag=True, help="No warnings on stderr.")
@debug_option
def preview_command(dump: str, rules_path: str, tables: tuple[str, ...], rows: int, show_originals: bool,
                    secret: str | None, fmt: str, dialect: str, quiet: bool, debug: bool) -> None:
    """Before and after of the first rows of each table RULES change in DUMP (a path, or - for stdin).

    Only the columns the rules change are shown, with the table's key. The after
    values are what a scrub with the same --secret writes; originals are masked
    (first and last character of each word) unless --show-originals. Nothing is written.
    """
    import json

    from rich.console import Console

    from .checks import preview

    def run() -> None:
        key = _secret(secret, None)
        rules = load_rules(rules_path)
        with ExitStack() as stack:
            src, _ = _open_input(dump, stack)
            result = preview.preview(src, rules, name=dump if dump != "-" else "<stdin>", dialect=dialect,
                                     secret=key, tables=tables, rows=rows, show_originals=show_originals,
                                     warn=None if quiet else _warn)
        if fmt == "json":
            click.echo(json.dumps(result.to_json(), indent=2))
        else:
            preview.render(result, Console())

    _guarded(run, debug)


def _guarded(run, debug: bool) -> None:
    """Run a command body; turn known errors into one line on stderr and an exit code."""
    try:
        run()
    except DumpscrubError as e:
        if debug:
            raise
        for line in e.lines():
            click.echo(f"dumpscrub: error: {line}", err=True)
        sys.exit(e.exit_code)
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): stop quietly. Point stdout at
        # /dev/null so the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_PIPE)
    except KeyboardInterrupt:
        click.echo("dumpscrub: interrupted", err=True)
        sys.exit(130)


def _secret(secret: str | None, secret_file: str | None) -> bytes | None:
    if secret is not None and secret_file is not None:
        raise UsageError("give --secret (or DUMPSCRUB_SECRET) or --secret-file, not both")
    if secret_file is not None:
        try:
            with open(secret_file, "rb") as f:
                data = f.read()
        except OSError as e:
            raise UsageError(f"{secret_file}: cannot read the secret file: {e.strerror or e}") from e
        data = data[:-1] if data.endswith(b"\n") else data
        if not data:
            raise UsageError(f"{secret_file}: the secret file is empty")
        return data
    if secret is not None:
        if not secret:
            raise UsageError("the secret is empty")
        return secret.encode("utf-8")
    return None


def _open_input(path: str, stack: ExitStack) -> tuple[BinaryIO, int | None]:
    if path == "-":
        return sys.stdin.buffer, None
    if os.path.isfile(os.path.join(path, "toc.dat")):
        raise DumpInputError(
            f"{path}: this is a pg_dump directory-format archive (pg_dump -Fd)",
            hint=f"make it plain SQL first: pg_restore -f - {path} | dumpscrub - ...",
        )
    try:
        f = stack.enter_context(open(path, "rb"))
    except OSError as e:
        raise DumpInputError(f"{path}: cannot open: {e.strerror or e}") from e
    info = os.fstat(f.fileno())
    plain = compression(f.peek(8)[:8]) is None  # the bar counts dump bytes, not compressed ones
    return f, info.st_size if stat.S_ISREG(info.st_mode) and plain else None


def _warn(message: str) -> None:
    click.echo(f"dumpscrub: warning: {message}", err=True)


def _summary(report: Report, seconds: float) -> None:
    rewritten = {n: s for n, s in report.tables.items() if s.action == "rewritten"}
    truncated = [n for n, s in report.tables.items() if s.action == "truncated"]
    dropped_tables = [n for n, s in report.tables.items() if s.action == "dropped"]
    rows = sum(s.rows for s in rewritten.values())
    values = sum(s.values for s in rewritten.values())
    parts = [f"{len(rewritten)} tables rewritten ({rows:,} rows, {values:,} values replaced)"]
    if truncated:
        parts.append(f"{len(truncated)} truncated")
    if dropped_tables:
        parts.append(f"{len(dropped_tables)} dropped")
    left = {n: s.dropped for n, s in report.tables.items() if s.dropped}
    if left:
        parts.append(f"{sum(left.values()):,} rows left out of {len(left)} tables")
    click.echo(
        f"dumpscrub: {report.dialect} dump: {', '.join(parts)} in {seconds:.1f} s ({report.passes} reads of the dump)",
        err=True,
    )
    if left:
        click.echo("dumpscrub: rows left out: " + ", ".join(f"{n} {k:,}" for n, k in left.items()), err=True)
    if report.followed:
        click.echo("dumpscrub: rules added by foreign keys: " + ", ".join(report.followed), err=True)


def main() -> None:
    cli(prog_name="dumpscrub")
