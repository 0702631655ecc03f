"""Structured values: json fakes the values at given paths of a JSON document.

The document is spliced, not regenerated: only the values at the paths are
written anew, so key order, spacing, separators, number spelling and untouched
strings stay byte for byte as the database printed them (MySQL's JSON and
PostgreSQL's jsonb print ``{"a": 1}``, MariaDB and SQLite keep what was stored).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from json.decoder import scanstring
from typing import TYPE_CHECKING

from .. import model
from ..errors import StrategyError
from .base import TEXTUAL, Strategy
from .registry import strategy

if TYPE_CHECKING:
    from ..fakes import FakeEngine


@dataclasses.dataclass(frozen=True, slots=True)
class Step:
    """One step of a path: a member name, an array index, or every child (``*``);
    ``descendant`` steps match at any depth below (``$..email``)."""

    key: str | int | None
    descendant: bool = False


_NAME = re.compile(r"[^.\[\]\s'\"]+")
_BRACKET = re.compile(r"\[\s*(?:(\*)|(\d+)|'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")\s*\]")
_ESCAPE = re.compile(r"\\(.)")


def parse_path(text: str) -> tuple[Step, ...]:
    """The steps of a JSONPath-like path: ``$.a.b``, ``$.items[*].name``, ``$.a[0]``,
    ``$['key with spaces']``, ``$..email``, ``$.tags[*]``.

    Raises:
        ValueError: the path is not one of these forms (the message says where).
    """
    if not text.startswith("$"):
        raise ValueError(f"path {text!r}: a path starts with $ (e.g. $.contact.email)")
    steps: list[Step] = []
    i = 1
    while i < len(text):
        descendant = text.startswith("..", i)
        dotted = descendant or text[i] == "."
        i += 2 if descendant else 1 if dotted else 0
        if text.startswith("[", i) and (descendant or not dotted):  # $.a[0], $..['b'], $['c']
            bracket = _BRACKET.match(text, i)
            if bracket is None:
                raise ValueError(f"path {text!r}: bad bracket at character {i + 1} (use [*], [0] or ['name'])")
            star, index, single, double = bracket.groups()
            if star:
                steps.append(Step(None, descendant))
            elif index is not None:
                steps.append(Step(int(index), descendant))
            else:
                steps.append(Step(_ESCAPE.sub(r"\1", single if single is not None else double), descendant))
            i = bracket.end()
        elif dotted:  # $.a, $..b, $.*
            name = _NAME.match(text, i)
            if name is None:
                raise ValueError(f"path {text!r}: expected a member name at character {i + 1}")
            steps.append(Step(None if name.group() == "*" else name.group(), descendant))
            i = name.end()
        else:
            raise ValueError(f"path {text!r}: expected '.' or '[' at character {i + 1}")
    return tuple(steps)


@dataclasses.dataclass(frozen=True)
class JsonParams:
    paths: Mapping[str, Strategy]  # path -> the strategy that fakes the values there

    def __post_init__(self):
        if not self.paths:
            raise ValueError("paths needs at least one path (e.g. $.contact.email: email)")
        for path, nested in self.paths.items():
            parse_path(path)
            if not isinstance(nested, Strategy):
                raise ValueError(f"path {path!r}: expected a strategy")


@strategy
class Json(Strategy):
    """A JSON document with the values at the given paths faked by their strategies; the rest stays byte for byte."""

    name = "json"
    Params = JsonParams
    kinds = TEXTUAL | {model.JSON}
    min_length = 2

    def __init__(self, params: JsonParams):
        super().__init__(params)
        self.paths = tuple((parse_path(p), nested) for p, nested in params.paths.items())
        # The nested strategies' own keys: two json rules with other paths or other
        # strategies at them are other namespaces.
        self.key = self.name + "".join(f"\0{p}\0{nested.key}" for p, nested in params.paths.items())

    def generate(self, value, draw, engine, max_length):
        try:
            out = _Rewrite(value, self.paths, engine).run()
        except json.JSONDecodeError as e:  # its message says what was expected, never the text
            raise StrategyError(f"strategy 'json' found a value that is not JSON ({e.msg} at character {e.pos + 1})") from e
        except RecursionError as e:
            raise StrategyError("strategy 'json' found a document nested too deeply to read") from e
        if max_length is not None and len(out) > max_length:
            raise StrategyError(
                f"strategy 'json' made a document of {len(out)} characters, the column holds {max_length}",
                hint="a cut document would not be JSON: use a longer column type or shorter fakes",
            )
        return out


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?", re.ASCII)

# A state of the walk: (index of the path, index of its next step).
State = tuple[int, int]


class _Rewrite:
    """One walk over a document: values at the paths are faked and spliced in; the
    subtrees no path can reach are skipped by the C decoder."""

    def __init__(self, doc: str, paths: tuple[tuple[tuple[Step, ...], Strategy], ...], engine: "FakeEngine"):
        self.doc = doc
        self.paths = paths
        self.engine = engine
        self.ascii = "\\u" in doc  # fakes are written as the document writes its other letters
        self.out: list[str] = []
        self.last = 0

    def run(self) -> str:
        doc = self.doc
        start = _WS.match(doc).end()
        end = self.value(start, frozenset((p, 0) for p in range(len(self.paths))))
        if _WS.match(doc, end).end() != len(doc):
            raise json.JSONDecodeError("Extra data", doc, end)
        self.out.append(doc[self.last :])
        return "".join(self.out)

    def fail(self, expected: str, pos: int):
        raise json.JSONDecodeError(f"Expecting {expected}", self.doc, pos)

    def char(self, pos: int) -> str:
        return self.doc[pos] if pos < len(self.doc) else ""

    # -- the walk ----------------------------------------------------------

    def value(self, i: int, states: frozenset[State]) -> int:
        """Walk the value at ``i``; return where it ends."""
        if not states:
            return _DECODER.raw_decode(self.doc, i)[1]
        for p, s in sorted(states):
            if s == len(self.paths[p][0]):  # a path ends here: the first one fakes the value
                return self.fake(i, self.paths[p][1], leaves=False)
        c = self.char(i)
        if c == "{":
            return self.members(i, lambda key, start: self.value(start, self.advance(states, key)))
        if c == "[":
            return self.elements(i, lambda index, start: self.value(start, self.advance(states, index)))
        return _DECODER.raw_decode(self.doc, i)[1]

    def advance(self, states: frozenset[State], key: str | int) -> frozenset[State]:
        """The states at the child ``key`` (a member name or an element's index)."""
        found = set()
        for p, s in states:
            steps = self.paths[p][0]
            if s == len(steps):
                continue
            step = steps[s]
            if step.key is None or step.key == key:
                found.add((p, s + 1))
            if step.descendant:
                found.add((p, s))  # $..email: still looked for deeper
        return frozenset(found)

    def members(self, i: int, child) -> int:
        doc = self.doc
        i = _WS.match(doc, i + 1).end()
        if self.char(i) == "}":
            return i + 1
        while True:
            if self.char(i) != '"':
                self.fail("property name enclosed in double quotes", i)
            key, i = scanstring(doc, i + 1)
            i = _WS.match(doc, i).end()
            if self.char(i) != ":":
                self.fail("':' delimiter", i)
            i = _WS.match(doc, child(key, _WS.match(doc, i + 1).end())).end()
            if self.char(i) == ",":
                i = _WS.match(doc, i + 1).end()
            elif self.char(i) == "}":
                return i + 1
            else:
                self.fail("',' delimiter", i)

    def elements(self, i: int, child) -> int:
        doc = self.doc
        i = _WS.match(doc, i + 1).end()
        if self.char(i) == "]":
            return i + 1
        index = 0
        while True:
            i = _WS.match(doc, child(index, i)).end()
            index += 1
            if self.char(i) == ",":
                i = _WS.match(doc, i + 1).end()
            elif self.char(i) == "]":
                return i + 1
            else:
                self.fail("',' delimiter", i)

    # -- faking ------------------------------------------------------------

    def fake(self, i: int, nested: Strategy, leaves: bool) -> int:
        """Fake the value at ``i``: a string or number itself, each string inside an
        object or array; true, false and null stay. Returns where the value ends."""
        doc = self.doc
        c = self.char(i)
        if c == '"':
            text, end = scanstring(doc, i + 1)
            if text:  # an empty string stays empty, as in a column
                self.splice(i, end, self.encode(self.engine.fake(nested, text), as_number=False))
            return end
        if c == "{":
            return self.members(i, lambda key, start: self.fake(start, nested, leaves=True))
        if c == "[":
            return self.elements(i, lambda index, start: self.fake(start, nested, leaves=True))
        number = _JSON_NUMBER.match(doc, i)
        if number is not None:
            if not leaves:
                self.splice(i, number.end(), self.encode(self.engine.fake(nested, number.group()), as_number=True))
            return number.end()
        return _DECODER.raw_decode(doc, i)[1]

    def encode(self, fake: str | None, as_number: bool) -> str:
        if fake is None:
            return "null"
        if as_number and _JSON_NUMBER.fullmatch(fake):
            return fake
        return json.dumps(fake, ensure_ascii=self.ascii)

    def splice(self, start: int, end: int, replacement: str) -> None:
        self.out.append(self.doc[self.last : start])
        self.out.append(replacement)
        self.last = end


__all__ = ["Json", "JsonParams", "parse_path"]
