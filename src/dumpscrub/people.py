"""What the first pass learns of the dump's people, so that ``scrub_text`` finds it in
free text and gives it the fakes its columns get.

- Names ("Thanks Marie Dupont!"): the values of the columns the rules scrub with
  ``first_name``, ``last_name`` and ``name`` (KnownNames); a word of a post is a
  person's name when it is one of theirs. Memory holds the distinct names, case-folded.
- Distinctive values (KnownValues): the values of the columns the rules scrub with
  ``phone``, ``email``, ``iban``, ``credit_card``, ``hash``, ``uuid``, ``username``,
  ``mask`` and ``regex``, which no pattern may recognize in text (a phone number
  phonenumbers holds invalid, a national id, a document number). Memory holds one
  64-bit hash per key (one key an id, three or four a phone number: about 75 bytes a
  key, like the engine's claims), never the values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

import phonenumbers

from . import model
from .model import PASS, Action, Catalog, Codec, DataStart, Plan, Row
from .strategies.contact import phone_key

if TYPE_CHECKING:
    from .rules import Rules
    from .strategies.base import Strategy

NAME_STRATEGIES = {"first_name": "first", "last_name": "last", "name": "full"}
MIN_LENGTH = 2  # a one-letter "name" is an initial, not a name to find in text
# Strategies whose values are looked for in free text, and the scrub_text kind (find:)
# that looks for them. Their values are ids of one person (value-keyed fakes); mask
# and regex too: the text then shows what the column shows.
VALUE_STRATEGIES = {
    "phone": "phone", "email": "email", "iban": "iban", "credit_card": "credit_card",
    "hash": "id", "uuid": "id", "username": "id", "mask": "id", "regex": "id",
    "address": "address", "street": "address",  # found whole: a text that is one, a JSON string
}
COLLECTED_KINDS = frozenset({"name", *VALUE_STRATEGIES.values()})
URL_PROVIDERS = frozenset({"image_url", "url", "uri"})  # faker providers whose values are looked for whole (id)
MIN_VALUE_LENGTH = 6  # shorter values (a PIN, a short code) stand in text by chance
MIN_ADDRESS_LENGTH = 12  # an address without a house number ("Carly Loop, East Adrian"), looked for whole
MIN_DIGITS = 6  # digits of a value looked for in any layout (a phone number's)
# A value of letters only is looked for only when a username or a hash holds it and it
# is this long and no common word: "welcome" or "anonymous" must not change in prose.
MIN_WORD_LENGTH = 8
COMMON_WORDS = frozenset(
    {
        "anonymous", "anonymised", "anonymized", "administrator", "customer", "everyone", "internal",
        "password", "redacted", "unassigned", "undefined", "username", "withheld",
    }
)
# Digits as people write a number: grouped, maybe with a + or parentheses.
_NUMBER = re.compile(r"\(?\+?\(?\d[\d ().\-/\u00a0]*\d\)?")  # also (+45) 21 01 57 15
_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}")  # a hashed date is no one's id in text


@dataclass
class KnownNames:
    first: set[str] = field(default_factory=set)  # case-folded
    last: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.first or self.last)

    def add(self, kind: str, value: str) -> None:
        if kind == "first":
            self._add(self.first, value)
        elif kind == "last":
            self._add(self.last, value)
        else:  # a full name, read as the name strategy reads it
            family, comma, given = value.partition(",")
            if comma:
                self._add(self.last, family)
                for token in given.split():
                    self._add(self.first, token)
            else:
                tokens = value.split()
                if len(tokens) == 1:
                    self._add(self.first, tokens[0])
                elif tokens:
                    for token in tokens[:-1]:
                        self._add(self.first, token)
                    self._add(self.last, tokens[-1])

    @staticmethod
    def _add(names: set[str], value: str) -> None:
        value = value.strip().strip(".,;")
        if len(value) >= MIN_LENGTH:
            names.add(value.casefold())
            if " " in value:  # "De la Cruz": its words too, but no particle
                names.update(w.casefold() for w in value.split() if len(w) > 3)



class KnownValues:
    """The distinctive values of the columns the rules scrub with VALUE_STRATEGIES,
    as keys to look text tokens up with, each naming the column strategy (and length)
    whose fake replaces it.

    A value is kept under one 64-bit ``hash()`` per form, never as a string: its
    case-folded form (its exact form when it is letters only), and its digits when it
    is written as a number; a phone number also under the digits of its E.164 key, of
    its national number and of that with a trunk 0 (+33 6 12 34 56 78 is found as
    06.12.34.56.78 and 0612345678, (555) 010-0199 as +1 555 010 0199), so that text
    is looked up by digits only, without phonenumbers. A hash stands for its key only
    within the run (Python salts string hashes per process); two keys share one with
    odds of n / 2**64. A key costs about 75 bytes (a dict entry and its int): an id
    has one, a phone number three or four.
    """

    def __init__(self, regions: tuple[str, ...] = ("US",)):
        self.regions = regions
        # (strategy adapted to its column, the column's length, its scrub_text kind)
        self.sources: list[tuple["Strategy", int | None, str]] = []
        self._source_ids: dict[tuple, int] = {}
        self._keys: dict[int, int] = {}  # hash of a key -> index in sources
        self.digits = False  # some value is a number: digit runs of text are looked up
        self.words = False  # some value has no digit nor @: long words of text are looked up

    def __bool__(self) -> bool:
        return bool(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def source(self, strategy: "Strategy", max_length: int | None, kind: str) -> int:
        """The index of a column's strategy, registered once per (strategy, length)."""
        key = (strategy.key, type(strategy), max_length)
        found = self._source_ids.get(key)
        if found is None:
            found = self._source_ids[key] = len(self.sources)
            self.sources.append((strategy, max_length, kind))
        return found

    def add(self, value: str, source: int) -> None:
        """Learn ``value`` of the column ``source`` stands for (the first column to hold a
        value gives it its fake), unless it is too short or common to look for."""
        text = value.strip()
        name = self.sources[source][0].name
        if not is_distinctive(text, name):
            return
        keys = self._keys
        if "@" not in text and not any(c.isdigit() for c in text) and VALUE_STRATEGIES.get(name) != "address":
            self.words = True  # a login, a code of letters: text without digits is looked at too
        if text.isalpha():
            keys.setdefault(hash("v\0" + text), source)
            return
        keys.setdefault(hash("f\0" + text.casefold()), source)
        if _NUMBER.fullmatch(text) and not _DATE.fullmatch(text):
            digits = "".join(c for c in text if c.isdigit())
            if len(digits) >= MIN_DIGITS:
                self.digits = True
                forms = {digits, *_phone_digits(text, self.regions)} if name == "phone" else (digits,)
                for form in forms:
                    keys.setdefault(hash("d\0" + form), source)

    def find(self, token: str) -> int | None:
        """The source of a token of text (a word, an id, a JSON string), compared as it
        is when letters only, else ignoring case."""
        if token.isalpha():
            return self._keys.get(hash("v\0" + token))
        return self._keys.get(hash("f\0" + token.casefold()))

    def find_number(self, number: str) -> int | None:
        """The source of a number of text (digits grouped as people write them), compared
        by its digits."""
        return self._keys.get(hash("d\0" + "".join(c for c in number if c.isdigit())))

    def find_item(self, item: str) -> int | None:
        """The source of an item that find() or find_number() matched."""
        found = self.find(item)
        return found if found is not None else self.find_number(item)


def _phone_digits(value: str, regions: tuple[str, ...]) -> tuple[str, ...]:
    """The digits a phone number is written with in other layouts: its E.164 form's,
    its national number's, and that with a trunk 0 (empty when it reads as no number)."""
    e164 = phone_key(value, regions)
    if not e164.startswith("+"):
        return ()
    international = e164[1:]
    for n in (1, 2, 3):
        if int(international[:n]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = international[n:]
            if len(national) >= MIN_DIGITS:
                return international, national, "0" + national
            break
    return (international,)


def is_distinctive(text: str, strategy: str) -> bool:
    """Whether a value of a column scrubbed with ``strategy`` is unlikely to stand in
    text by chance: long enough, and with a digit or an @, or (a username's, a hash's)
    a long word that is no common one, or (an address's, found whole only) several
    words; an e-mail needs its @, a date is no id."""
    if len(text) < MIN_VALUE_LENGTH:
        return False
    if strategy == "email":
        return "@" in text
    if "@" in text or any(c.isdigit() for c in text):
        return not _DATE.fullmatch(text)
    if VALUE_STRATEGIES.get(strategy) == "address":  # found whole only: a place of several words
        return len(text) >= MIN_ADDRESS_LENGTH and len(text.split()) >= 2
    return (
        strategy in ("username", "hash")
        and len(text) >= MIN_WORD_LENGTH
        and not any(c.isspace() for c in text)
        and text.casefold() not in COMMON_WORDS
    )

def wants_names(rules: Rules) -> bool:
    """Whether a rule scrubs free text (``scrub_text``, also inside ``json`` paths) looking
    for what the first pass collects (names, or the values of VALUE_STRATEGIES)."""
    return bool(wanted_kinds(rules) & COLLECTED_KINDS)


def wanted_kinds(rules: Rules) -> frozenset[str]:
    """The item kinds the rules' ``scrub_text`` strategies look for (``find``)."""
    found: set[str] = set()
    for table in rules.tables.values():
        for rule in table.columns.values():
            _add_kinds(rule.strategy, found)
    return frozenset(found)


def _add_kinds(strategy, found: set[str]) -> None:
    if strategy.name == "scrub_text":
        found.update(strategy.params.find)
        return
    nested = getattr(strategy.params, "paths", None)
    if isinstance(nested, dict):
        for inner in nested.values():
            _add_kinds(inner, found)


class NameCollector:
    """Plans the rows of tables whose rules hold names or distinctive values (only of
    the kinds ``kinds`` that scrub_text looks for) and reads them."""

    def __init__(self, rules: Rules, catalog: Catalog, regions: tuple[str, ...] = ("US",),
                 kinds: frozenset[str] | None = None):
        self.rules = rules
        self.catalog = catalog
        self.kinds = wanted_kinds(rules) if kinds is None else kinds
        self.names = KnownNames()
        self.values = KnownValues(regions)
        # (position, what): a KnownNames kind (str), or an index in values.sources (int)
        self._current: tuple[tuple[int, str | int], ...] = ()

    def plan(self, table: str, columns: tuple[str, ...] | None, pos: int) -> Plan:
        rule = self.rules.table(table)
        if rule is None or rule.action is not None:
            return PASS
        tdef = self.catalog.get(table)
        names = columns if columns is not None else (tuple(c.name for c in tdef.columns) if tdef else None)
        if names is None:
            return PASS
        wanted: dict[str, str | int] = {}
        for c in rule.columns.values():
            what = self._what(c.strategy, tdef.column(c.column) if tdef is not None else None)
            if what is not None:
                wanted[c.column.casefold()] = what
        self._current = tuple((i, wanted[n.casefold()]) for i, n in enumerate(names) if n.casefold() in wanted)
        if not self._current:
            return PASS
        return Plan(Action.ROWS, len(names), tuple(i for i, _ in self._current))

    def _what(self, strategy, column: model.Column | None) -> str | int | None:
        """What a column's values are collected as (None: they are not)."""
        name = strategy.name
        if name in NAME_STRATEGIES:
            return NAME_STRATEGIES[name] if "name" in self.kinds else None
        kind = VALUE_STRATEGIES.get(name)
        if name == "faker" and getattr(strategy.params, "provider", None) in URL_PROVIDERS:
            kind = "id"  # an avatar's URL, copied whole into a login provider's JSON
        if kind is None or kind not in self.kinds:
            return None
        max_length = None
        if column is not None:
            if strategy.by_element(column) or column.kind == model.BINARY:
                return None  # arrays and bytes are not what a text quotes
            strategy = strategy.adapt(column)  # as the rewriter binds it: the column's fake
            max_length = column.length if column.kind == model.TEXT else None
        return self.values.source(strategy, max_length, kind)

    def read(self, events: Iterable) -> Iterable:
        """Pass ``events`` on, reading the names and values in the rows planned."""
        codec: Codec | None = None
        add_name, add_value = self.names.add, self.values.add
        for event in events:
            kind = type(event)
            if kind is Row:
                pieces = event[0]
                for i, what in self._current:
                    value = codec.decode(pieces[1 + 2 * i])
                    if value:
                        if type(what) is str:
                            add_name(what, value)
                        else:
                            add_value(value, what)
            elif kind is DataStart:
                codec = event.codec
            yield event
