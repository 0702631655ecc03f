"""verify's result: leaks, row counts, what was checked, and its rendering.

The model verify.py fills in (Leak, RowCount, Verification, each with as_json for
``--format json``) and print_report, its rich tables for people. Split from
verify.py, which reads the dumps and judges them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Leak:
    """Originals of one covered column found in one column of the scrubbed dump."""

    table: str
    column: str
    found_table: str
    found_column: str
    values: int  # occurrences
    example: str  # masked
    check: str  # "anywhere" or "per_row"

    def as_json(self) -> dict:
        return {
            "table": self.table, "column": self.column, "found_table": self.found_table,
            "found_column": self.found_column, "values": self.values, "example": self.example, "check": self.check,
        }


@dataclass
class RowCount:
    """A table's rows in both dumps, and how many the rules leave."""

    table: str
    original: int | None  # None: the table is not in the original
    scrubbed: int | None  # None: the table is not in the scrubbed dump
    expected: int | None  # None: the table must be absent (dropped)
    why: str

    @property
    def ok(self) -> bool:
        # A truncated table may be absent from a data-only dump; a dropped one must be.
        return self.scrubbed == self.expected or (self.expected == 0 and self.scrubbed is None)

    def as_json(self) -> dict:
        return {"table": self.table, "original": self.original, "scrubbed": self.scrubbed,
                "expected": self.expected, "why": self.why, "ok": self.ok}


@dataclass
class Verification:
    """What verify found and what it checked."""

    leaks: list[Leak] = field(default_factory=list)
    row_counts: list[RowCount] = field(default_factory=list)
    checked: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.leaks and all(r.ok for r in self.row_counts)

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "leaks": [leak.as_json() for leak in self.leaks],
            "row_counts": [r.as_json() for r in self.row_counts],
            "checked": self.checked,
            "notes": self.notes,
        }


def print_report(result: Verification, console=None) -> None:
    """The verification as rich tables: leaks, row counts that do not add up, a summary."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(soft_wrap=True)
    if result.leaks:
        table = Table("original column", "found in", "values", "example", "check", title="Originals still in the dump")
        for column in table.columns:
            column.overflow = "fold"
        for leak in sorted(result.leaks, key=lambda k: (k.found_table, k.found_column, k.table, k.column)):
            table.add_row(f"{leak.table}.{leak.column}", f"{leak.found_table}.{leak.found_column}",
                          f"{leak.values:,}", leak.example, leak.check.replace("_", " "))
        console.print(table)
    wrong = [r for r in result.row_counts if not r.ok]
    if wrong:
        table = Table("table", "original", "scrubbed", "expected", "why", title="Row counts the rules do not explain")
        for r in wrong:
            show = lambda n: "absent" if n is None else f"{n:,}"  # noqa: E731
            table.add_row(r.table, show(r.original), show(r.scrubbed), show(r.expected), r.why)
        console.print(table)
    c = result.checked
    verdict = "[green]ok[/green]" if result.ok else "[red]FAILED[/red]"
    console.print(
        f"verify: {verdict}: {c['columns']} covered columns, {c['values']:,} original values "
        f"({c['distinctive']:,} distinctive forms looked for in {c['scrubbed_values']:,} scrubbed values, "
        f"{c['per_row']:,} judged per row); row counts of {c['tables']} tables compared"
    )
    for note in result.notes:
        console.print(f"verify: note: {note}")


__all__ = ["Leak", "RowCount", "Verification", "print_report"]
