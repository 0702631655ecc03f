"""Dates and timestamps: generalized, shifted, or drawn near the original, in its own format.

A value keeps the form it was written in (``1987-06-14``, ``1987-06-14 08:30:00``,
ISO ``T``, fractional seconds, a time zone suffix, the compact ``19870614`` of SAP and
IBM i, integer epoch seconds), so the column's type and the application reading it see
nothing new. Values that carry no date (MySQL zero dates, PostgreSQL's infinities,
SAP's ``00000000``) are kept as they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .. import model
from ..errors import StrategyError
from .base import Strategy
from .registry import strategy

_TIMESTAMP = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:(?P<sep>[T ])(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?P<fraction>\.\d+)?)?)?"
    r"(?P<zone>\s*(?:Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?))?"
)
_EPOCH = re.compile(r"-?\d+")
# ISO 8601's basic format (SAP's DATS, IBM i's decimal(8,0), COBOL): eight digits that are
# a date of years 1800 to 2199 are one, not epoch seconds of 1970 (19870614 s is August 1970).
_COMPACT = re.compile(r"(?P<year>1[89]\d\d|2[01]\d\d)(?P<month>\d{2})(?P<day>\d{2})")
# PostgreSQL's special values, and MySQL's zero date (or a date with a zero month or day):
# they say "no date" or "always"; there is nothing personal to change in them.
_KEPT = re.compile(r"[+-]?infinity|0000-00-00(?:[T ]00:00:00(?:\.0+)?)?|\d{4}-(?:00-\d{2}|\d{2}-00)\b.*|0{8}", re.I)
_MILLIS = 10**11  # epoch values this large are milliseconds (as seconds they would be past year 5000)
_EPOCH_START = dt.datetime(1970, 1, 1)
MAX_SHIFT_DAYS = 36500  # a century: one way or the other always stays on the calendar
RANDOM_YEARS = 10  # without parameters, a fake lies within this many years of the original
_DAY_SECONDS = 86400


@dataclasses.dataclass(frozen=True)
class DateParams:
    generalize: str | None = None  # year | month: the first day of the original's year or month
    shift_days: int | None = None  # a consistent offset in [-N, N] days (never 0)

    def __post_init__(self):
        if self.generalize is not None and self.shift_days is not None:
            raise ValueError("give either generalize or shift_days, not both")
        if self.generalize is not None and self.generalize not in ("year", "month"):
            raise ValueError(f"generalize must be 'year' or 'month', not {self.generalize!r}")
        if self.shift_days is not None and not 1 <= self.shift_days <= MAX_SHIFT_DAYS:
            raise ValueError(
                f"shift_days must be between 1 and {MAX_SHIFT_DAYS} (the offset is drawn in [-N, N], never 0)"
            )


@dataclasses.dataclass(frozen=True)
class _Parsed:
    """A value read as a moment, and how to write another moment the same way."""

    moment: dt.datetime
    match: re.Match | None  # None for an epoch value
    has_time: bool
    millis: bool = False
    compact: bool = False  # written as YYYYMMDD

    def format(self, moment: dt.datetime) -> str:
        if self.compact:
            return f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        if self.match is None:
            seconds = (moment - _EPOCH_START) // dt.timedelta(seconds=1)
            return str(seconds * 1000 + moment.microsecond // 1000 if self.millis else seconds)
        m = self.match
        text = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        if m["sep"]:
            text += f"{m['sep']}{moment.hour:02d}:{moment.minute:02d}"
            if m["second"]:
                text += f":{moment.second:02d}"
            if m["fraction"]:
                digits = len(m["fraction"]) - 1
                text += "." + f"{moment.microsecond:06d}{'0' * digits}"[:digits]
        return text + (m["zone"] or "")


def _parse(value: str, name: str) -> _Parsed | None:
    """The value as a moment; None for a value that carries no date (kept as is)."""
    text = value.strip()
    if _KEPT.fullmatch(text):
        return None
    if (compact := _COMPACT.fullmatch(text)) is not None:
        try:
            return _Parsed(dt.datetime(int(compact["year"]), int(compact["month"]), int(compact["day"])), None, False,
                           compact=True)
        except ValueError:
            pass  # 19871399: no date, maybe epoch seconds
    if _EPOCH.fullmatch(text):
        number = int(text)
        millis = abs(number) >= _MILLIS
        try:
            moment = _EPOCH_START + (dt.timedelta(milliseconds=number) if millis else dt.timedelta(seconds=number))
        except OverflowError:
            moment = None
        if moment is not None:
            return _Parsed(moment, None, True, millis)
    m = _TIMESTAMP.fullmatch(text)
    if m is not None:
        fraction = (m["fraction"] or ".")[1:7].ljust(6, "0")
        try:
            moment = dt.datetime(
                int(m["year"]), int(m["month"]), int(m["day"]),
                int(m["hour"] or 0), int(m["minute"] or 0), int(m["second"] or 0), int(fraction),
            )
        except ValueError:
            moment = None
        if moment is not None:
            return _Parsed(moment, m, bool(m["sep"]))
    raise StrategyError(
        f"strategy '{name}' cannot read a value as a date",
        hint="it reads YYYY-MM-DD, YYYY-MM-DD HH:MM:SS with an optional T, fraction and time zone, "
        "YYYYMMDD, and integer epoch seconds",
    )


def _add(moment: dt.datetime, days: int) -> dt.datetime | None:
    """``moment`` moved by ``days``; None when that leaves the calendar (years 1 to 9999)."""
    try:
        return moment + dt.timedelta(days=days)
    except OverflowError:
        return None


@strategy
class Date(Strategy):
    """A date in the original's format: generalized (year/month), shifted (shift_days), or drawn near it."""

    name = "date"
    Params = DateParams
    kinds = frozenset({model.TEMPORAL, model.TEXT, model.UNKNOWN, model.INTEGER, model.NUMBER})
    # Without parameters, whether the time of day is drawn too (datetime) or kept (date).
    draws_time = False

    def generate(self, value, draw, engine, max_length):
        parsed = _parse(value, self.name)
        if parsed is None:
            return value
        moment = parsed.moment
        params = self.params
        if params.generalize is not None:
            new = dt.datetime(moment.year, moment.month if params.generalize == "month" else 1, 1)
        elif params.shift_days is not None:
            days = _nonzero(draw, params.shift_days)
            # Shifted off the calendar (past year 9999): the other way.
            new = _add(moment, days) or _add(moment, -days)
        else:
            new = self._near(moment, parsed, draw)
        return parsed.format(new)

    def _near(self, moment: dt.datetime, parsed: _Parsed, draw) -> dt.datetime:
        """A moment within RANDOM_YEARS years of ``moment``, never the same day."""
        span = RANDOM_YEARS * 366
        days = _nonzero(draw, span)
        new = _add(moment, days) or _add(moment, -days)
        if self.draws_time and parsed.has_time:
            seconds = draw.below(_DAY_SECONDS)
            micro = draw.below(1_000_000) if parsed.match is not None and parsed.match["fraction"] else 0
            new = dt.datetime(new.year, new.month, new.day) + dt.timedelta(seconds=seconds, microseconds=micro)
        return new


@strategy
class DateTime(Date):
    """A timestamp in the original's format: generalized (time zeroed), shifted (time kept), or drawn near it."""

    name = "datetime"
    draws_time = True


def _nonzero(draw, limit: int) -> int:
    """An integer in [-limit, limit] other than 0."""
    k = draw.below(2 * limit)
    return k - limit if k < limit else k - limit + 1
