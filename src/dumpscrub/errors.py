"""Exception hierarchy. Messages never quote personal values."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """A place in an input file: 1-based line and column (column of the token's start)."""

    file: str
    line: int
    col: int | None = None

    def __str__(self) -> str:
        if self.col is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.col}"


class DumpscrubError(Exception):
    """Base of every error the CLI turns into a one-line message."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def lines(self) -> list[str]:
        """The error as message lines, without the ``dumpscrub: error:`` prefix."""
        text = self.message if self.location is None else f"{self.location}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return [text]


class DumpSyntaxError(DumpscrubError):
    """The dump cannot be read: bad syntax, a row that does not match its table."""


class DumpInputError(DumpscrubError):
    """The dump or an output file cannot be opened, read or written."""


class StrategyError(DumpscrubError):
    """A strategy cannot produce a value (e.g. no collision-free fake found)."""


class RulesError(DumpscrubError):
    """The rules file is invalid, or does not fit the dump. Holds every problem found."""

    exit_code = 2

    def __init__(self, problems: list[tuple[Location | None, str]]):
        first_location, first_message = problems[0]
        super().__init__(first_message, first_location)
        self.problems = problems

    def lines(self) -> list[str]:
        return [msg if loc is None else f"{loc}: {msg}" for loc, msg in self.problems]


class UsageError(DumpscrubError):
    """Options that do not work together (exit 2)."""

    exit_code = 2
