"""date and datetime: the original's format kept, values parse, consistent, params checked."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.errors import StrategyError
from dumpscrub.fakes import FakeEngine
from support.strategy_checks import SECRET, fakes, rule, rules_problem

moments = st.datetimes(min_value=dt.datetime(1000, 1, 1), max_value=dt.datetime(9998, 12, 31))
SHAPES = {
    "date": lambda m: m.strftime("%Y-%m-%d"),
    "mysql": lambda m: m.strftime("%Y-%m-%d %H:%M:%S"),
    "iso_fraction_zone": lambda m: m.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+02:00",
    "pg_zone": lambda m: m.strftime("%Y-%m-%d %H:%M:%S.%f") + "+02",
    "utc": lambda m: m.strftime("%Y-%m-%dT%H:%M:%SZ"),
}


def shape_of(text: str) -> str:
    return re.sub(r"\d", "9", text)


def read(text: str) -> dt.datetime:
    # Python 3.10's fromisoformat wants a zone as +HH:MM (PostgreSQL writes +02).
    text = re.sub(r"([+-]\d{2})$", r"\1:00", text.replace("Z", "+00:00"))
    return dt.datetime.fromisoformat(text).replace(tzinfo=None)


@pytest.mark.parametrize("name", ["date", "datetime"])
@pytest.mark.parametrize("params", [{}, {"shift_days": 30}, {"generalize": "month"}, {"generalize": "year"}])
@given(moment=moments, shape=st.sampled_from(sorted(SHAPES)))
def test_keeps_the_format_and_parses(name: str, params: dict, moment: dt.datetime, shape: str) -> None:
    value = SHAPES[shape](moment)
    (fake,) = fakes(rule(name, **params), [value])
    assert shape_of(fake) == shape_of(value)
    assert fake.endswith(("+02:00", "+02", "Z")) == value.endswith(("+02:00", "+02", "Z"))
    new, old = read(fake), read(value)
    if "shift_days" in params:
        assert 1 <= abs((new.date() - old.date()).days) <= 30
        assert new.time() == old.time()  # a shift keeps the time of day
    elif params:
        assert new.day == 1 and new.time() == dt.time(0)
        assert new.month == (old.month if params["generalize"] == "month" else 1) and new.year == old.year
    else:
        assert new.date() != old.date() and abs(new.year - old.year) <= 11


def test_shift_is_consistent_per_value_and_varies_between_values() -> None:
    strategy = rule("date", shift_days=365)
    days = [f"2001-01-{d:02d}" for d in range(1, 29)] * 2
    shifted = fakes(strategy, days)
    offsets = {(dt.date.fromisoformat(f) - dt.date.fromisoformat(d)).days for d, f in zip(days, shifted)}
    assert len(offsets) > 10 and 0 not in offsets
    assert shifted[:28] == shifted[28:]


def test_datetime_draws_a_time_date_keeps_it() -> None:
    values = [f"1990-03-{d:02d} 10:20:30" for d in range(1, 20)]
    assert {f[-8:] for f in fakes(rule("date"), values)} == {"10:20:30"}
    assert len({f[-8:] for f in fakes(rule("datetime"), values)}) > 10


@pytest.mark.parametrize("value", ["0000-00-00", "0000-00-00 00:00:00", "2020-00-00", "infinity", "-infinity"])
def test_values_without_a_date_are_kept(value: str) -> None:
    assert fakes(rule("datetime", shift_days=10), [value]) == [value]


def test_epoch_seconds_and_milliseconds_stay_epochs() -> None:
    moment = dt.datetime(2011, 7, 23, 14, 5, 6)
    seconds = int((moment - dt.datetime(1970, 1, 1)).total_seconds())
    month, millis = fakes(rule("datetime", generalize="month"), [str(seconds), str(seconds * 1000 + 250)])
    first = int((dt.datetime(2011, 7, 1) - dt.datetime(1970, 1, 1)).total_seconds())
    assert (month, millis) == (str(first), str(first * 1000))
    (shifted,) = fakes(rule("date", shift_days=5), [str(seconds)])
    assert (int(shifted) - seconds) % 86400 == 0 and 1 <= abs(int(shifted) - seconds) // 86400 <= 5


def test_compact_dates_stay_compact() -> None:
    """SAP's DATS and IBM i's decimal(8,0) dates: YYYYMMDD, not epoch seconds of 1970."""
    born = ["19880917", "20240229", "18991231"]
    near = fakes(rule("date"), born)
    for fake, original in zip(near, born):
        moment, old = dt.datetime.strptime(fake, "%Y%m%d"), dt.datetime.strptime(original, "%Y%m%d")
        assert fake != original and abs(moment.year - old.year) <= 11
    assert fakes(rule("date", generalize="year"), born) == ["19880101", "20240101", "18990101"]
    assert fakes(rule("date"), ["00000000"]) == ["00000000"]  # SAP's empty date
    (epoch,) = fakes(rule("date", shift_days=5), ["17000000"])  # no date of 1700: epoch seconds
    assert (int(epoch) - 17000000) % 86400 == 0


def test_a_shift_off_the_calendar_goes_the_other_way() -> None:
    fakes_ = fakes(rule("date", shift_days=400), ["9999-12-30", "0001-01-02"])
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", f) for f in fakes_)
    assert fakes_[0] < "9999-12-30" and fakes_[1] > "0001-01-02"


@pytest.mark.parametrize("value", ["14/06/1987", "yesterday", "1987-13-45", "1987-06-14 25:00:00"])
def test_unreadable_value_is_an_error_that_does_not_show_it(value: str) -> None:
    with pytest.raises(StrategyError) as err:
        FakeEngine(SECRET).fake(rule("date"), value)
    assert value not in str(err.value) and "cannot read a value as a date" in str(err.value)


@pytest.mark.parametrize(
    "params,message",
    [
        ({"generalize": "year", "shift_days": 3}, "either generalize or shift_days"),
        ({"generalize": "week"}, "'year' or 'month'"),
        ({"shift_days": 0}, "between 1 and 36500"),
        ({"shift_days": "many"}, "expected an integer"),
        ({"shift": 3}, "has no parameter 'shift'"),
    ],
)
def test_bad_params_are_located_rules_errors(params: dict, message: str) -> None:
    assert message in rules_problem("datetime", **params)
