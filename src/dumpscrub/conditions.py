"""SQL conditions of rules (``when:`` and ``drop_rows:``): parsed once, evaluated per row.

sqlglot only parses. Its executor builds tables and per-query Python source, far too slow for
millions of rows, so the tree is compiled once into nested closures; a row then costs a few
function calls. Values arrive as the dump's text, so operators read them by context: as a
number next to a number, as a boolean next to TRUE, as a timestamp next to CURRENT_DATE
(the rules are in ``docs/conditions.md``).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Tokenizer

from dumpscrub.conditions_runtime import (
    MATH, READERS, TIMES, Eval, Kind, Row, and_, common_kind, integer, like_pattern, lift, midnight, not_, or_,
    read_bool, read_number, shift, strict, substring, trapping,
)

SUPPORTED = (
    "AND, OR, NOT, = <> != < <= > >=, IS [NOT] NULL/TRUE/FALSE, [NOT] IN (list), [NOT] BETWEEN, "
    "[NOT] LIKE/ILIKE [ESCAPE], + - * /, ||, INTERVAL, CAST, CONCAT, LOWER, UPPER, LENGTH, "
    "CHAR_LENGTH, TRIM, LTRIM, RTRIM, COALESCE, IFNULL, NULLIF, SUBSTR, SUBSTRING, ABS, REPLACE, "
    "DATE, DATE_ADD, DATE_SUB, NOW(), CURRENT_DATE, CURRENT_TIMESTAMP"
)


class ConditionError(ValueError):
    """A condition that cannot be parsed or is outside the supported SQL.

    Attributes:
        message: what is wrong.
        hint: how to fix it, when known.
        offset: 0-based character offset in the condition's text, when known.
    """

    def __init__(self, message: str, offset: int | None = None, hint: str | None = None):
        super().__init__(message if hint is None else f"{message} ({hint})")
        self.message = message
        self.offset = offset
        self.hint = hint


class _Node(NamedTuple):
    """A compiled expression: its kind, and a function of the row giving a value or None (NULL)."""

    kind: Kind
    fn: Eval
    constant: bool = False


def _constant(kind: Kind, value: Any) -> _Node:
    return _Node(kind, lambda row: value, True)


_COMPARISONS: dict[type[exp.Expression], Callable[[Any, Any], bool]] = {
    exp.EQ: operator.eq,
    exp.NEQ: operator.ne,
    exp.LT: operator.lt,
    exp.LTE: operator.le,
    exp.GT: operator.gt,
    exp.GTE: operator.ge,
}
_REFLECTED = {operator.lt: operator.gt, operator.le: operator.ge, operator.gt: operator.lt, operator.ge: operator.le}
_OPERATIONS = {
    exp.Add: trapping(MATH.add),
    exp.Sub: trapping(MATH.subtract),
    exp.Mul: trapping(MATH.multiply),
    exp.Div: trapping(MATH.divide),
}
_UNITS = {"year": (12, None), "month": (1, None), "week": (0, timedelta(weeks=1)), "day": (0, timedelta(days=1)),
          "hour": (0, timedelta(hours=1)), "minute": (0, timedelta(minutes=1)), "second": (0, timedelta(seconds=1))}
_INTERVAL_PART = re.compile(r"\s*([+-]?[0-9]+(?:\.[0-9]+)?)\s*([a-z]+)\s*", re.IGNORECASE)
_DOUBLE_QUOTED = re.compile(r'"([^"]*)"')


def _offset(node: exp.Expression) -> int | None:
    """Where ``node`` starts in the text: sqlglot keeps positions on identifiers, literals and
    unknown functions only, so this is the first of those inside it."""
    starts = [part.meta["start"] for part in node.walk() if "start" in part.meta]
    return min(starts, default=None)


def _comparison_kind(kinds: list[Kind]) -> Kind | None:
    """The kind values are compared in. A date compares as its midnight: the other side may hold a
    time of day, and SQL widens the date to a timestamp rather than cut the time off."""
    kind = common_kind(kinds)
    return Kind.TIMESTAMP if kind is Kind.DATE else kind


def _cast_target(target: exp.DataType) -> tuple[Kind | None, bool]:
    """The kind a CAST makes, and whether it rounds to an integer (MySQL's SIGNED/UNSIGNED too)."""
    Type = exp.DataType.Type
    if target.is_type(*exp.DataType.INTEGER_TYPES) or (
        target.this is Type.USERDEFINED and str(target.args.get("kind")).upper() in ("SIGNED", "UNSIGNED")
    ):
        return Kind.NUMBER, True
    if target.is_type(*exp.DataType.REAL_TYPES):
        return Kind.NUMBER, False
    if target.is_type(*exp.DataType.TEXT_TYPES):
        return Kind.TEXT, False
    if target.is_type(Type.DATE):
        return Kind.DATE, False
    if target.is_type(*exp.DataType.TEMPORAL_TYPES) and not target.is_type(Type.TIME, Type.TIMETZ):
        return Kind.TIMESTAMP, False
    if target.is_type(Type.BOOLEAN):
        return Kind.BOOL, False
    return None, False


class _Compiler:
    """Turns a sqlglot tree into a `_Node`, collecting the columns read on the way."""

    def __init__(self, text: str, now: datetime):
        self.text = text
        self.now = now
        self.columns: dict[str, None] = {}  # an ordered set
        quoted = _DOUBLE_QUOTED.search(text)
        self.quote_hint = (
            None if quoted is None
            else f"\"{quoted[1]}\" is a column name in SQL; strings take single quotes: '{quoted[1]}'"
        )
        self.handlers: dict[type[exp.Expression], Callable[[Any], _Node]] = {
            exp.Paren: lambda node: self.compile(node.this),
            exp.And: self._connective,
            exp.Or: self._connective,
            exp.Not: lambda node: _Node(Kind.BOOL, not_(self.truth(node.this))),
            exp.Is: self._is,
            exp.In: self._in,
            exp.Between: self._between,
            exp.Like: self._like,
            exp.ILike: self._like,
            exp.Escape: self._like,
            exp.Column: self._column,
            exp.Literal: self._literal,
            exp.Boolean: lambda node: _constant(Kind.BOOL, bool(node.this)),
            exp.Null: lambda node: _constant(Kind.NULL, None),
            exp.Neg: self._negative,
            exp.DPipe: lambda node: self._text_function(operator.add, node.this, node.expression),
            exp.Concat: self._concat,
            exp.Lower: lambda node: self._text_function(str.lower, node.this),
            exp.Upper: lambda node: self._text_function(str.upper, node.this),
            exp.Length: self._length,
            exp.Trim: self._trim,
            exp.Replace: self._replace,
            exp.Substring: self._substring,
            exp.Abs: self._abs,
            exp.Coalesce: self._coalesce,
            exp.Nullif: self._nullif,
            exp.Cast: self._cast,
            exp.Date: lambda node: self._convert(node.this, Kind.DATE),
            exp.DateAdd: self._date_shift,
            exp.DateSub: self._date_shift,
            exp.CurrentDate: lambda node: _constant(Kind.DATE, midnight(self.now)),
            exp.CurrentTimestamp: lambda node: _constant(Kind.TIMESTAMP, self.now),
            exp.Localtimestamp: lambda node: _constant(Kind.TIMESTAMP, self.now),
            exp.Anonymous: self._anonymous,
            exp.Alias: self._alias,
            **{kind: self._comparison for kind in _COMPARISONS},
            **{kind: self._arithmetic for kind in _OPERATIONS},
        }

    def error(self, message: str, node: exp.Expression, hint: str | None = None) -> ConditionError:
        return ConditionError(message, _offset(node), hint)

    def unsupported(self, node: exp.Expression, what: str | None = None) -> ConditionError:
        if what is None:
            if isinstance(node, (exp.Query, exp.Subquery, exp.Exists, exp.Any, exp.All)):
                what = "a subquery"
            elif isinstance(node, exp.Case):
                what = "CASE"
            elif isinstance(node, exp.Window):
                what = "a window function (OVER)"
            elif isinstance(node, exp.AggFunc):
                what = f"the aggregate function {node.sql_name()}()"
            elif isinstance(node, exp.Func):
                what = f"the function {node.sql_name()}()"
            else:
                what = node.sql()
        return self.error(f"{what} is not supported in a rule condition", node, f"supported: {SUPPORTED}")

    def compile(self, node: exp.Expression) -> _Node:
        """Compile ``node``; a part that reads no column is computed here, once."""
        handler = self.handlers.get(type(node))
        if handler is None:
            raise self.unsupported(node)
        compiled = handler(node)
        if not compiled.constant and node.find(exp.Column) is None:
            return _constant(compiled.kind, compiled.fn({}))
        return compiled

    def coerce(self, compiled: _Node, kind: Kind, node: exp.Expression) -> Eval:
        """``compiled`` read as ``kind``; a constant that cannot be read so is an error now."""
        if compiled.kind is Kind.NULL:
            return compiled.fn
        if (compiled.kind, kind) not in READERS:
            hint = "|| joins strings; write OR" if "||" in self.text and kind is Kind.NUMBER else None
            raise self.error(f"{node.sql()} is {compiled.kind.value} where {kind.value} is expected", node, hint)
        read = READERS[compiled.kind, kind]
        if read is None:
            return compiled.fn
        if compiled.constant:
            value = compiled.fn({})
            converted = None if value is None else read(value)
            if value is not None and converted is None:
                raise self.error(f"{node.sql()} is not {kind.value}", node)
            return lambda row: converted
        return lift(read, compiled.fn)

    def truth(self, node: exp.Expression) -> Eval:
        """``node`` where SQL wants a truth value (WHERE, AND, NOT): a column is read as a boolean."""
        compiled = self.compile(node)
        if compiled.kind in (Kind.BOOL, Kind.NULL):
            return compiled.fn
        if compiled.kind is Kind.UNTYPED:
            return lift(read_bool, compiled.fn)
        raise self.error(
            f"{node.sql()} is {compiled.kind.value}, not a truth value", node,
            "compare it with something, e.g. LENGTH(name) > 0",
        )

    def _connective(self, node: exp.And | exp.Or) -> _Node:
        combine = and_ if isinstance(node, exp.And) else or_
        return _Node(Kind.BOOL, combine(self.truth(node.this), self.truth(node.expression)))

    def _column(self, node: exp.Column) -> _Node:
        if not isinstance(node.this, exp.Identifier):
            raise self.unsupported(node)
        if node.table:
            raise self.error(
                f"{node.sql()} names another table; a rule condition reads only its own table's row", node,
                f"write the column alone: {node.name}",
            )
        self.columns.setdefault(node.name)
        return _Node(Kind.UNTYPED, operator.itemgetter(node.name))

    def _literal(self, node: exp.Literal) -> _Node:
        if node.is_string:
            return _constant(Kind.TEXT, node.this)
        return _constant(Kind.NUMBER, Decimal(node.this))

    def _alias(self, node: exp.Alias) -> _Node:
        raise ConditionError(
            f"cannot parse the condition: unexpected '{node.alias}' after an expression",
            _offset(node.args["alias"]), self.quote_hint,
        )

    def _anonymous(self, node: exp.Anonymous) -> _Node:
        if node.name.upper() == "NOW" and not node.expressions:
            return _constant(Kind.TIMESTAMP, self.now)
        raise self.unsupported(node, f"the function {node.name}()")

    def _comparison(self, node: exp.Binary) -> _Node:
        left, right = self.compile(node.this), self.compile(node.expression)
        compare = self.compare(_COMPARISONS[type(node)], node.this, left, node.expression, right, None)
        return _Node(Kind.BOOL, compare)

    def compare(
        self,
        op: Callable[[Any, Any], bool],
        left_node: exp.Expression,
        left: _Node,
        right_node: exp.Expression,
        right: _Node,
        domain: Kind | None,
    ) -> Eval:
        """``left op right`` in SQL's three-valued logic, both sides read in ``domain``
        (by default the domain of the two kinds)."""
        if domain is None:
            domain = _comparison_kind([left.kind, right.kind])
        if domain is Kind.NULL or Kind.NULL in (left.kind, right.kind):
            return lambda row: None
        if domain is None:
            return self._compare_values(op, left.fn, right.fn)
        lf, rf = self.coerce(left, domain, left_node), self.coerce(right, domain, right_node)
        if left.constant:
            lf, rf, op = rf, lf, _REFLECTED.get(op, op)
        if left.constant or right.constant:
            constant = rf({})
            if constant is None:
                return lambda row: None

            def against_constant(row: Row) -> bool | None:
                value = lf(row)
                return None if value is None else op(value, constant)

            return against_constant

        def against(row: Row) -> bool | None:
            a = lf(row)
            if a is None:
                return None
            b = rf(row)
            return None if b is None else op(a, b)

        return against

    @staticmethod
    def _compare_values(op: Callable[[Any, Any], bool], left: Eval, right: Eval) -> Eval:
        """Two column values: as numbers when both read as numbers, else as text."""

        def values(row: Row) -> bool | None:
            a = left(row)
            if a is None:
                return None
            b = right(row)
            if b is None:
                return None
            a_number = read_number(a)
            if a_number is not None:
                b_number = read_number(b)
                if b_number is not None:
                    return op(a_number, b_number)
            return op(a, b)

        return values

    def _is(self, node: exp.Is) -> _Node:
        target = node.expression
        if isinstance(target, exp.Null):
            fn = self.compile(node.this).fn
            test: Eval = lambda row: fn(row) is None
        elif isinstance(target, exp.Boolean):
            truth, wanted = self.truth(node.this), bool(target.this)
            test = lambda row: truth(row) is wanted
        else:
            raise self.unsupported(node, f"IS {target.sql()}")
        return _Node(Kind.BOOL, not_(test) if node.args.get("negate") else test)

    def _in(self, node: exp.In) -> _Node:
        if node.args.get("query") is not None:
            raise self.unsupported(node, "IN (subquery)")
        if not node.expressions or node.args.get("unnest") is not None or node.args.get("field") is not None:
            raise self.unsupported(node)
        subject = self.compile(node.this)
        items = [(item, self.compile(item)) for item in node.expressions]
        for item, compiled in items:
            if not compiled.constant:
                raise self.error(
                    f"IN takes a list of values, and {item.sql()} reads a column", item,
                    self.quote_hint or "write OR for comparisons with other columns",
                )
        domain = _comparison_kind([subject.kind, *(compiled.kind for _, compiled in items)]) or Kind.TEXT
        if domain is Kind.NULL:
            return _constant(Kind.BOOL, None)
        values = {self.coerce(compiled, domain, item)({}) for item, compiled in items}
        unknown_when_missing = None in values
        values.discard(None)
        read = self.coerce(subject, domain, node.this)

        def member(row: Row) -> bool | None:
            value = read(row)
            if value is None:
                return None
            return True if value in values else (None if unknown_when_missing else False)

        return _Node(Kind.BOOL, member)

    def _between(self, node: exp.Between) -> _Node:
        parts = [(node.this, self.compile(node.this))]
        parts += [(node.args[bound], self.compile(node.args[bound])) for bound in ("low", "high")]
        domain = _comparison_kind([compiled.kind for _, compiled in parts])
        (subject, compiled), low, high = parts
        above = self.compare(operator.ge, subject, compiled, *low, domain)
        below = self.compare(operator.le, subject, compiled, *high, domain)
        return _Node(Kind.BOOL, and_(above, below))

    def _like(self, node: exp.Like | exp.ILike | exp.Escape) -> _Node:
        escape = "\\"
        if isinstance(node, exp.Escape):
            escape_node = self.compile(node.expression)
            escape = escape_node.fn({}) if escape_node.constant and escape_node.kind is Kind.TEXT else None
            if escape is None or len(escape) > 1:
                raise self.error("ESCAPE takes one character in quotes, or '' for none", node.expression)
            node = node.this
            if not isinstance(node, (exp.Like, exp.ILike)):
                raise self.unsupported(node)
        pattern_node = node.expression
        pattern = self.compile(pattern_node)
        if not pattern.constant or pattern.kind not in (Kind.TEXT, Kind.NULL):
            raise self.error(
                f"the pattern of {node.key.upper()} must be a string in single quotes", pattern_node,
                self.quote_hint,
            )
        text = pattern.fn({})
        if text is None:
            return _constant(Kind.BOOL, None)
        regex = like_pattern(text, escape, isinstance(node, exp.ILike))
        if regex is None:
            raise self.error(f"the pattern {pattern_node.sql()} ends with its escape character", pattern_node)
        subject = self.coerce(self.compile(node.this), Kind.TEXT, node.this)
        match = regex.fullmatch
        test = lift(lambda value: match(value) is not None, subject)
        return _Node(Kind.BOOL, not_(test) if node.args.get("negate") else test)

    def _negative(self, node: exp.Neg) -> _Node:
        return _Node(Kind.NUMBER, lift(trapping(MATH.minus), self.coerce(self.compile(node.this), Kind.NUMBER, node.this)))

    def _abs(self, node: exp.Abs) -> _Node:
        return _Node(Kind.NUMBER, lift(trapping(MATH.abs), self.coerce(self.compile(node.this), Kind.NUMBER, node.this)))

    def _arithmetic(self, node: exp.Binary) -> _Node:
        if isinstance(node, (exp.Add, exp.Sub)) and (
            isinstance(node.expression, exp.Interval) or isinstance(node.this, exp.Interval)
        ):
            return self._date_shift(node)
        operands = [self.compile(node.this), self.compile(node.expression)]
        for operand, part in zip(operands, (node.this, node.expression)):
            if operand.kind in TIMES:
                raise self.error(
                    f"{part.sql()} is {operand.kind.value}, and {node.sql()} needs numbers", node,
                    "move a date by an INTERVAL: CURRENT_DATE - INTERVAL '30 days'",
                )
        args = [self.coerce(operand, Kind.NUMBER, part) for operand, part in zip(operands, (node.this, node.expression))]
        return _Node(Kind.NUMBER, strict(_OPERATIONS[type(node)], args))

    def _date_shift(self, node: exp.Expression) -> _Node:
        """date ± INTERVAL, DATE_ADD, DATE_SUB: a date moved by whole days stays a date."""
        base, interval = node.this, node.expression
        if isinstance(base, exp.Interval) and isinstance(node, exp.Add):
            base, interval = interval, base
        if not isinstance(interval, exp.Interval) or isinstance(base, exp.Interval) or node.args.get("unit"):
            raise self.unsupported(node)
        months, delta = self._interval(interval)
        if isinstance(node, (exp.Sub, exp.DateSub)):
            months, delta = -months, -delta
        compiled = self.compile(base)
        keeps_date = compiled.kind is Kind.DATE and delta % timedelta(days=1) == timedelta(0)
        kind = Kind.DATE if keeps_date else Kind.TIMESTAMP
        value = self.coerce(compiled, compiled.kind if compiled.kind in TIMES else Kind.TIMESTAMP, base)
        return _Node(kind, lift(lambda moment: shift(moment, months, delta), value))

    def _interval(self, node: exp.Interval) -> tuple[int, timedelta]:
        amount, unit = node.this, node.args.get("unit")
        negative = isinstance(amount, exp.Neg)
        if negative:
            amount = amount.this
        if not isinstance(amount, exp.Literal) or (unit is not None and not isinstance(unit, exp.Var)):
            raise self.error(
                f"{node.sql()} is not an interval dumpscrub reads", node,
                "write INTERVAL '2 years' or INTERVAL 2 YEAR",
            )
        text = f"{'-' if negative else ''}{amount.name}{'' if unit is None else ' ' + unit.name}"
        months, delta, position = 0, timedelta(0), 0
        if not text.strip():
            raise self.error("an INTERVAL needs an amount and a unit", node, "write INTERVAL '2 years'")
        while position < len(text):
            part = _INTERVAL_PART.match(text, position)
            name = None if part is None else part[2].lower().removesuffix("s")
            if part is None or name not in _UNITS:
                raise self.error(
                    f"{node.sql()} is not an interval dumpscrub reads", node,
                    f"units: {', '.join(_UNITS)}",
                )
            number = Decimal(part[1])
            per_month, length = _UNITS[name]
            if length is None:
                if number != number.to_integral_value():
                    raise self.error(f"{node.sql()} has a fraction of a {name}", node)
                months += int(number) * per_month
            else:
                try:
                    delta += length * float(number)
                except OverflowError:
                    raise self.error(f"{node.sql()} is too long an interval", node) from None
            position = part.end()
        return months, delta

    def _text_function(self, fn: Callable[..., Any], *args: exp.Expression) -> _Node:
        return _Node(Kind.TEXT, strict(fn, [self.coerce(self.compile(arg), Kind.TEXT, arg) for arg in args]))

    def _concat(self, node: exp.Concat) -> _Node:
        """CONCAT skips NULL arguments (PostgreSQL); || makes NULL of any NULL."""
        args = [self.coerce(self.compile(arg), Kind.TEXT, arg) for arg in node.expressions]

        def concat(row: Row) -> str:
            return "".join(value for value in (arg(row) for arg in args) if value is not None)

        return _Node(Kind.TEXT, concat)

    def _length(self, node: exp.Length) -> _Node:
        if node.args.get("binary") not in (None, False):
            raise self.unsupported(node, node.sql())
        text = self.coerce(self.compile(node.this), Kind.TEXT, node.this)
        return _Node(Kind.NUMBER, lift(lambda value: Decimal(len(value)), text))

    def _trim(self, node: exp.Trim) -> _Node:
        """TRIM removes spaces, or each of the given characters (PostgreSQL), from the ends."""
        position = (node.args.get("position") or "BOTH").upper()
        strip = {"BOTH": str.strip, "LEADING": str.lstrip, "TRAILING": str.rstrip}[position]
        if node.expression is None:
            return self._text_function(lambda value: strip(value, " "), node.this)
        return self._text_function(strip, node.this, node.expression)

    def _replace(self, node: exp.Replace) -> _Node:
        def replace(text: str, old: str, new: str) -> str:
            return text.replace(old, new) if old else text

        if node.args.get("replacement") is None:  # MySQL's and PostgreSQL's REPLACE take three
            raise ConditionError("REPLACE takes three arguments: REPLACE(text, from, to)")
        return self._text_function(replace, node.this, node.expression, node.args["replacement"])

    def _substring(self, node: exp.Substring) -> _Node:
        parts = [node.this, node.args.get("start"), node.args.get("length")]
        if parts[1] is None:
            raise self.unsupported(node, node.sql())
        args = [self.coerce(self.compile(node.this), Kind.TEXT, node.this)]
        args += [self.coerce(self.compile(part), Kind.NUMBER, part) for part in parts[1:] if part is not None]
        return _Node(Kind.TEXT, strict(substring, args))

    def _coalesce(self, node: exp.Coalesce) -> _Node:
        """The first argument that is not NULL, read as the arguments' common kind."""
        parts = [node.this, *node.expressions]
        compiled = [self.compile(part) for part in parts]
        kind = common_kind([item.kind for item in compiled]) or Kind.UNTYPED
        readers = []
        for item, part in zip(compiled, parts):
            self.coerce(item, kind, part)  # the type check; the reading happens after the NULL test
            readers.append((item.fn, READERS.get((item.kind, kind))))

        def first(row: Row) -> Any:
            for fn, read in readers:
                value = fn(row)
                if value is not None:
                    return value if read is None else read(value)
            return None

        return _Node(kind, first)

    def _nullif(self, node: exp.Nullif) -> _Node:
        value, other = self.compile(node.this), self.compile(node.expression)
        equal = self.compare(operator.eq, node.this, value, node.expression, other, None)
        fn = value.fn
        return _Node(value.kind, lambda row: None if equal(row) is True else fn(row))

    def _cast(self, node: exp.Cast) -> _Node:
        kind, integral = _cast_target(node.to)
        if kind is None:
            raise self.unsupported(node, f"CAST to {node.to.sql()}")
        converted = self._convert(node.this, kind)
        return _Node(kind, lift(trapping(integer), converted.fn)) if integral else converted

    def _convert(self, part: exp.Expression, kind: Kind) -> _Node:
        return _Node(kind, self.coerce(self.compile(part), kind, part))


class _Tokens(Tokenizer):
    """The default dialect's tokens, with MySQL's `backticks` for names beside "double quotes"."""

    IDENTIFIERS = ['"', "`"]


_DIALECT = Dialect()


@dataclass(frozen=True, slots=True)
class Condition:
    """A compiled rule condition.

    Attributes:
        text: the condition as written.
        columns: the column names it reads, as written (unquoted), in order of first use.
    """

    text: str
    columns: tuple[str, ...]
    _test: Eval = field(repr=False, compare=False)

    def evaluate(self, values: Mapping[str, str | None]) -> bool:
        """Whether the condition is TRUE for a row (FALSE and unknown are not, as in WHERE).

        Args:
            values: the row's original values as text (None for NULL), with every name of `columns`.
        """
        return self._test(values) is True

    def unknown_column_hint(self, name: str) -> str | None:
        """A hint for a column of `columns` the table lacks: a "double-quoted" word is a name in SQL."""
        if f'"{name}"' in self.text:
            return f"\"{name}\" is a column name in SQL; strings take single quotes: '{name}'"
        return None


def parse_condition(text: str, today: date | None = None) -> Condition:
    """Parse and compile a condition once.

    Args:
        text: a SQL boolean expression over the columns of one table.
        today: the run's date for CURRENT_DATE (a datetime also fixes NOW() and CURRENT_TIMESTAMP,
            else they are this date's midnight); by default the current local time.

    Raises:
        ConditionError: the text is not a condition, or uses SQL outside the supported set.
    """
    if today is None:
        now = datetime.now()
    elif isinstance(today, datetime):
        now = today.replace(tzinfo=None)
    else:
        now = datetime(today.year, today.month, today.day)
    compiler = _Compiler(text, now)
    try:
        tree = _parse(text, compiler.quote_hint)
        test = compiler.truth(tree)
    except RecursionError:
        raise ConditionError(
            "the condition is nested too deeply to compile "
            "(a long chain of OR: write col IN (...); people to forget: use forget: with a file)"
        ) from None
    return Condition(text, tuple(compiler.columns), test)


def _parse(text: str, quote_hint: str | None) -> exp.Expression:
    try:
        trees = _DIALECT.parser().parse(_Tokens().tokenize(text), text)
    except TokenError as error:
        raise ConditionError(
            f"cannot parse the condition: {error}", None,
            quote_hint or "strings take single quotes, and a quote inside one is doubled: 'O''Brien'",
        ) from error
    except ParseError as error:
        first = error.errors[0] if error.errors else {}
        highlight = first.get("highlight") or ""
        message = first.get("description") or str(error)
        raise ConditionError(
            f"cannot parse the condition: {message}" + (f" at '{highlight}'" if highlight else ""),
            _error_offset(text, first.get("line"), first.get("col"), highlight), quote_hint,
        ) from error
    trees = [tree for tree in trees if tree is not None]
    if not trees:
        raise ConditionError("the condition is empty", None, "write a SQL condition, e.g. kind = 'person'")
    if len(trees) > 1:
        raise ConditionError("a rule condition is one expression", text.find(";"), "join conditions with AND, not ';'")
    return trees[0]


def _error_offset(text: str, line: int | None, col: int | None, highlight: str) -> int | None:
    """sqlglot reports the line and the column of the last character of the offending token."""
    if line is None or col is None:
        return None
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    start = sum(len(before) + 1 for before in lines[: line - 1])
    return max(start + col - len(highlight), start)
