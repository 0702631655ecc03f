"""The runtime half of rule conditions: dump text read as SQL values, and the NULL-aware pieces
that `dumpscrub.conditions` builds its closures from. NULL is None throughout."""

from __future__ import annotations

import calendar
import decimal
import enum
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

Row = Mapping[str, "str | None"]
Eval = Callable[[Row], Any]


class Kind(enum.Enum):
    """What an expression yields; the value names the kind in error messages."""

    NULL = "NULL"
    UNTYPED = "a column value"  # the dump's text: the context decides how to read it
    TEXT = "text"
    NUMBER = "a number"
    BOOL = "a truth value"
    DATE = "a date"
    TIMESTAMP = "a timestamp"


TIMES = (Kind.DATE, Kind.TIMESTAMP)
TEXTS = (Kind.UNTYPED, Kind.TEXT)


# Numbers are Decimal so '0.1' + '0.2' = '0.3' as in SQL; the context is explicit so the
# process-wide decimal context stays untouched. Overflow and division by zero trap and become NULL.
# The exponent limit is far beyond any column type (a double ends at 1e308) and keeps a number
# written out as text (for LIKE or ||) at most a few thousand characters long.
MATH = decimal.Context(
    prec=38, rounding=decimal.ROUND_HALF_EVEN, Emax=9_999, Emin=-9_999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_NUMBER = re.compile(r"\s*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*")
_BOOLEANS = {
    **dict.fromkeys(("1", "t", "true", "y", "yes", "on"), True),
    **dict.fromkeys(("0", "f", "false", "n", "no", "off"), False),
}
# ISO dates as the three dump programs write them; an offset (+02, +05:30, Z) is accepted and
# ignored: a dump writes all its timestamps in one session time zone.
_TIMESTAMP = re.compile(
    r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?)?"
    r"\s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2}){0,2})?\s*"
)
# PostgreSQL's special timestamps, which sort after and before every other.
_INFINITIES = {"infinity": datetime.max, "-infinity": datetime.min}


def read_number(text: str) -> Decimal | None:
    """A number as SQL writes it, or None: 'abc', 'NaN', '1_000' and '1e99999' are not numbers."""
    if _NUMBER.fullmatch(text) is None:
        return None
    number = Decimal(text)
    return number if MATH.Emin <= number.adjusted() <= MATH.Emax else None


def read_bool(text: str) -> bool | None:
    """The spellings of booleans in mysqldump (1/0), pg_dump (t/f) and hand-written data."""
    return _BOOLEANS.get(text.strip().lower())


def read_timestamp(text: str) -> datetime | None:
    """'YYYY-MM-DD[ HH:MM[:SS[.ffffff]]][+TZ]' (or with 'T'); None for MySQL's zero dates."""
    match = _TIMESTAMP.fullmatch(text)
    if match is None:
        return _INFINITIES.get(text.strip().lower())
    year, month, day, hour, minute, second, fraction = match.groups()
    try:
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
        )
    except ValueError:
        return None


def read_date(text: str) -> datetime | None:
    value = read_timestamp(text)
    return None if value is None else midnight(value)


def midnight(value: datetime) -> datetime:
    return value.replace(hour=0, minute=0, second=0, microsecond=0)


def integer(value: Decimal) -> Decimal:
    """CAST to an integer type rounds half away from zero, as PostgreSQL and MySQL do."""
    return value.to_integral_value(rounding=decimal.ROUND_HALF_UP, context=MATH)


# How a value of one kind is read as another; a missing pair is a type error at parse time.
# Dates and timestamps are both datetimes (a date at midnight), so they compare directly.
READERS: dict[tuple[Kind, Kind], Callable[[Any], Any] | None] = {
    **{(kind, kind): None for kind in Kind},
    **{(kind, Kind.NUMBER): read_number for kind in TEXTS},
    **{(kind, Kind.BOOL): read_bool for kind in TEXTS},
    **{(kind, Kind.TIMESTAMP): read_timestamp for kind in TEXTS},
    **{(kind, Kind.DATE): read_date for kind in TEXTS},
    (Kind.UNTYPED, Kind.TEXT): None,
    (Kind.NUMBER, Kind.TEXT): lambda value: format(value, "f"),
    (Kind.BOOL, Kind.TEXT): lambda value: "true" if value else "false",
    (Kind.DATE, Kind.TEXT): lambda value: value.date().isoformat(),
    (Kind.TIMESTAMP, Kind.TEXT): lambda value: value.isoformat(" "),
    (Kind.DATE, Kind.TIMESTAMP): None,
    (Kind.TIMESTAMP, Kind.DATE): midnight,
}


def lift(read: Callable[[Any], Any], fn: Eval) -> Eval:
    def lifted(row: Row) -> Any:
        value = fn(row)
        return None if value is None else read(value)

    return lifted


def common_kind(kinds: list[Kind]) -> Kind | None:
    """The kind a comparison of these kinds happens in; None when only column values meet.

    A number, boolean or time on one side decides how the other side's text is read.
    """
    for kind in (Kind.NUMBER, Kind.BOOL, Kind.TIMESTAMP, Kind.DATE, Kind.TEXT):
        if kind in kinds:
            return kind
    return Kind.NULL if all(kind is Kind.NULL for kind in kinds) else None


def and_(left: Eval, right: Eval) -> Eval:
    def both(row: Row) -> bool | None:
        a = left(row)
        if a is False:
            return False
        b = right(row)
        if b is False:
            return False
        return None if a is None or b is None else True

    return both


def or_(left: Eval, right: Eval) -> Eval:
    def either(row: Row) -> bool | None:
        a = left(row)
        if a is True:
            return True
        b = right(row)
        if b is True:
            return True
        return None if a is None or b is None else False

    return either


def not_(fn: Eval) -> Eval:
    def negated(row: Row) -> bool | None:
        value = fn(row)
        return None if value is None else not value

    return negated


def strict(fn: Callable[..., Any], args: list[Eval]) -> Eval:
    """Apply ``fn`` to the arguments' values; NULL in, NULL out (the rule of SQL functions)."""
    if len(args) == 1:
        (only,) = args
        return lift(fn, only)

    def call(row: Row) -> Any:
        values = [arg(row) for arg in args]
        return None if None in values else fn(*values)

    return call


def trapping(operation: Callable[..., Decimal]) -> Callable[..., Decimal | None]:
    def compute(*numbers: Decimal) -> Decimal | None:
        try:
            return operation(*numbers)
        except ArithmeticError:  # x / 0 and overflow are NULL, as in MySQL; never a failed run
            return None

    return compute


def shift(value: datetime, months: int, delta: timedelta) -> datetime | None:
    """``value + INTERVAL``: months first, the day clamped to the month's end (Jan 31 + 1 month =
    Feb 28/29, as in PostgreSQL and MySQL), then the fixed part; None past year 1 or 9999."""
    try:
        if months:
            year, month = divmod(value.year * 12 + value.month - 1 + months, 12)
            last_day = calendar.monthrange(year, month + 1)[1]
            value = value.replace(year=year, month=month + 1, day=min(value.day, last_day))
        return value + delta
    except (ValueError, OverflowError):
        return None


def substring(text: str, start: Decimal, length: Decimal | None = None) -> str | None:
    """SUBSTRING with the SQL standard's positions: 1-based, a start below 1 eats into the length."""
    first = int(max(min(integer(start), 2**31), -(2**31)))
    if length is None:
        return text[max(first, 1) - 1:]
    count = int(max(min(integer(length), 2**31), -(2**31)))
    if count < 0:
        return None
    end = first + count
    return text[max(first, 1) - 1:max(end - 1, 0)] if end > 1 else ""


def like_pattern(pattern: str, escape: str, ignore_case: bool) -> re.Pattern[str] | None:
    """The regex of a LIKE pattern; None when it ends with the escape character."""
    parts = []
    chars = iter(pattern)
    for char in chars:
        if char == escape:
            char = next(chars, None)
            if char is None:
                return None
            parts.append(re.escape(char))
        elif char == "%":
            parts.append(".*")
        elif char == "_":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.DOTALL | (re.IGNORECASE if ignore_case else 0))
