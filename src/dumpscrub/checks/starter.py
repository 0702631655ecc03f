"""``dumpscrub init``: a complete starter rules file from what scan finds.

Every table of the dump is listed with every column: a personal column gets a
strategy chosen for its category and its type, with a comment saying why; every
other column is ``keep``. The file asks for ``strict: true``, so a column added
later stops the scrub until someone classifies it.

Keys stay consistent: the columns a foreign key links (a key and its copies) get
one strategy, whichever of them scan found; otherwise a scrubbed parent and a
kept copy would no longer line up.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

import phonenumbers
import yaml

from .. import __version__, model
from ..keys import links
from ..model import Catalog, Column, TableDef, lineage
from ..errors import DumpscrubError
from ..fakes import FakeEngine, available_locales
from ..pipeline import random_secret
from ..rules import Rules, parse_rules
from .detect import Finding
from .naming import holds_sessions
from .values import REGION_CANDIDATES, phone_regions
from .dump import DumpFile
from .scan import scan

# Strategies to try for each category, best first: the first one that can fill the
# column (its type, its length) is written. Specs are as a rules file writes them.
_CANDIDATES: dict[str, tuple[Any, ...]] = {
    "first_name": ("first_name",),
    "last_name": ("last_name",),
    "name": ("name",),
    "username": ("username", "hash"),
    "email": ("email", "hash"),
    "phone": ("phone", "hash"),
    "address": ("address", "street"),
    "postal_code": ("postcode",),
    "city": ("city",),
    "region": ({"strategy": "faker", "provider": "administrative_unit"},),  # a state, province, region... in every locale
    "country": ("country",),
    "nationality": ("country",),
    # coordinates as numbers; a place written in words ("A38 near Bridgwater") as an address,
    # whose values scrub_text also finds where a JSON or a text copies them
    "geo_location": ({"strategy": "number", "noise": 0.01}, "address"),
    "birthdate": ("date", "datetime"),
    "age": ({"strategy": "number", "noise": 0.1},),
    "ip": ("ip",),
    "mac_address": ({"strategy": "faker", "provider": "mac_address"}, "hash"),
    "password": ("password",),
    "national_id": ("hash",),
    "id_number": ("hash",),
    "identifier": ("hash",),  # a uuid column takes uuid (see _candidates)
    "iban": ("iban", "hash"),  # (hash: account numbers that are no IBANs)
    "credit_card": ("credit_card", "hash"),
    "financial": ({"strategy": "number", "noise": 0.1}, "hash"),  # (hash: account numbers as text)
    "license_plate": ({"strategy": "faker", "provider": "license_plate"}, "hash"),
    "vehicle_id": ({"strategy": "faker", "provider": "vin"}, "hash"),
    "blob_image": ({"strategy": "blob", "placeholder": "image"}, "blob"),
    "document": ("blob",),  # a CV, a letter: emptied
    "free_text": ("scrub_text", "text"),
    "json": ("scrub_text",),
}
# Kept on purpose: alone they single nobody out, and the columns they are crossed with
# (birth date, postcode) are faked. The comment says so.
_KEPT = {"gender", "family"}
# Dates of a person's life at work: a date column is faked like a birth date.
_EMPLOYMENT_DATE = ("date", "datetime")
_EMPLOYMENT_TEXT = ({"strategy": "faker", "provider": "job"}, "text")
_NUMERIC = ({"strategy": "number", "noise": 0.1},)
_SENSITIVE = ("text",)  # health, religion...: no realistic fake, sentences instead (or NULL)
_COLLISION_FREE = ("email", "phone", "hash", "iban", "credit_card", "uuid", "username")
# The Faker locale of a phone region, where the country has several (else the first).
_LOCALE_OF_REGION = {"US": "en_US", "GB": "en_GB", "CA": "en_CA", "BE": "fr_BE", "CH": "de_CH"}
MAX_LOCALES = 3
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
MIN_LOCALE_SHARE = 0.05  # a region is worth a locale when this share of the numbers is its own


@dataclass
class Choice:
    """What the starter file says about one column."""

    spec: Any  # "keep", "email", {"strategy": "date", "generalize": "year"}...
    comment: str = ""


def write_rules(dump: DumpFile, sample: int = 1000) -> str:
    """The starter rules file for ``dump`` (YAML text)."""
    dump.require_columns()
    result = scan(dump, sample=sample)
    surveyed = dump.survey()
    catalog = surveyed.catalog
    roots = _roots(surveyed.parents)
    findings: dict[tuple[str, str], Finding] = {}
    for finding in result.findings:
        table = roots.get(finding.table, finding.table)  # a partition's column is its parent's
        tdef = catalog.get(table)
        column = tdef.column(finding.column) if tdef is not None else None
        if column is not None:
            key = (tdef.name, column.name)
            if key not in findings or finding.confidence > findings[key].confidence:
                findings[key] = finding
    samples = _samples(dump, sample, roots)
    locales = _locales(samples[(t, c)] for t, c in findings if findings[(t, c)].category == "phone")
    trial = _Trial(FakeEngine(random_secret(), [locale for locale, _, _ in locales] or ["en_US"]))
    choices = {key: _choose(finding, catalog.get(key[0]), trial, samples.get(key, [])) for key, finding in findings.items()}
    _follow_keys(catalog, choices)
    _follow_copies(catalog, choices, samples, trial, result.own_tables)
    tables = [t for name, t in catalog.tables.items() if name not in roots]
    names = _rule_names(catalog, tables)
    quasi = defaultdict(list)
    for group in result.quasi_groups:
        quasi[roots.get(group["table"], group["table"])].append(group["columns"])
    lines = _header(dump, sample, len(tables), len(findings))
    lines[-2:-2] = _locale_lines(locales)
    for tdef in tables:
        lines.append(f"  {_scalar(names[tdef.name])}:")
        for columns in quasi.get(tdef.name, ()):
            listed = ",".join(columns)
            lines.append(f"    # quasi-identifiers: {', '.join(columns)} (crossed, they single people out; "
                         f"measure with: dumpscrub report OUT --quasi '{names[tdef.name]}:{listed}')")
        lines.append("    columns:")
        rows = [(f"{_scalar(c.name)}:", choices.get((tdef.name, c.name), Choice("keep"))) for c in tdef.columns]
        width = max(len(key) for key, _ in rows) if rows else 0
        spec_width = max((len(_flow(c.spec)) for _, c in rows if c.comment), default=0)
        for key, choice in rows:
            spec = _flow(choice.spec)
            lines.append(f"      {key:<{width}} {spec:<{spec_width}}  # {choice.comment}" if choice.comment
                         else f"      {key:<{width}} {spec}")
    return "\n".join(lines) + "\n"


def _header(dump: DumpFile, sample: int, tables: int, personal: int) -> list[str]:
    return [
        f"# Starter rules written by `dumpscrub init` {__version__} from {dump.name}",
        f"# ({dump.dialect.name} dump, {tables} tables, {personal} personal columns found by their names",
        f"# and by up to {sample} sampled rows per table). Review every line before trusting it:",
        "# scan can miss a column (give it a strategy), and a `keep` is a decision that",
        "# the column holds nothing personal. strict: a column added to the schema later stops",
        "# the scrub until someone classifies it here.",
        "version: 1",
        "strict: true",
        "tables:",
    ]


def _samples(dump: DumpFile, sample: int, roots: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """The first non-empty values of every column (a partition's under its parent's
    name): they choose the locale, each strategy chosen is tried on them, and they show
    which columns copy an identifier."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table, names, values in dump.rows(limit=sample):
        parent = dump.catalog.get(roots.get(table, table))
        if parent is None:
            continue
        for name, value in zip(names, values):
            if value and parent.column(name) is not None:
                found[(parent.name, parent.column(name).name)].append(value)
    return found


# Strategies that give a value the same fake in every column: a copy of their column
# (a member number reused as the door system's user id) keeps matching under the same one.
_KEYED = frozenset({"hash", "email", "phone", "uuid", "username", "iban", "credit_card"})
SMALL_INTEGER = 30  # integers below this are left as they are by a 10% noise, mostly
MIN_COPIED = 5  # distinct values a column shares with an identifier's, to be its copy
COPIED_SHARE = 0.3  # ... and this share of its own distinct values
MIN_COPY_LENGTH = 6  # shorter values (codes, small numbers) are shared by chance


def _follow_copies(catalog: Catalog, choices: dict[tuple[str, str], "Choice"],
                   samples: dict[tuple[str, str], list[str]], trial: "_Trial", own_tables: set[str]) -> None:
    """Give a column no rule scrubs the strategy of an identifier whose values it holds
    (a copy without a foreign key, in another system's table): scrubbed alone, the
    identifier would leave its originals in the copy, and the two would stop matching.
    The strategy must read every sampled value of the copy, as init tries any other.
    Not in the business's own tables (``own_tables``): a travel agency's phone that
    bookings made through it give as their contact is the agency's, not a copy."""
    def distinct(key: tuple[str, str]) -> set[str]:
        return {v.strip() for v in samples.get(key, ()) if len(v.strip()) >= MIN_COPY_LENGTH}

    sources = {key: distinct(key) for key, choice in choices.items() if _name(choice.spec) in _KEYED}
    sources = {key: values for key, values in sources.items() if len(values) >= MIN_COPIED}
    for key in samples:
        if key in choices or not sources or key[0] in own_tables:
            continue
        tdef = catalog.get(key[0])
        column = tdef.column(key[1]) if tdef is not None else None
        mine = distinct(key)
        if column is None or len(mine) < MIN_COPIED:
            continue
        shared, source = max((len(mine & values), k) for k, values in sources.items())
        source_column = catalog.get(source[0]).column(source[1])
        if shared < MIN_COPIED or shared < COPIED_SHARE * len(mine) or source_column.kind != column.kind:
            continue
        if not trial.fits(choices[source].spec, column, samples.get(key, [])):
            continue  # its other values (logins next to card numbers) are more than the strategy reads
        choices[key] = Choice(choices[source].spec, f"{shared} of {len(mine)} sampled values are values of "
                              f"{_display(source)} (a copy without a foreign key): the same strategy keeps them "
                              "matching")


def _locales(phone_samples: Iterable[list[str]]) -> list[tuple[str, int, int]]:
    """The locales whose countries the sampled phone numbers belong to, as
    (locale, numbers it reads, numbers in all): scrub_text and phone read a national
    number (06 12 34 56 78) only in a region of the rules' locales. Fewest locales
    that read the numbers, greedily: a French number is also valid in other
    countries, and counts for the one that reads most of the dump's numbers."""
    values = [v for sample in phone_samples for v in sample]
    # The countries the dump's international numbers (+48..., 0048...) come from: a
    # national number valid there too (a Polish mobile is also a valid Spanish number)
    # counts for them alone, and one valid in none of them is a mistyped number of
    # theirs (a British landline with a digit too many is a valid Italian one), unless
    # the dump writes no number internationally.
    shown = set().union(*(_phone_countries(v) for v in values if v.lstrip().startswith(("+", "00"))))
    also = tuple(sorted(shown - set(REGION_CANDIDATES)))
    regions = [r for r in (_phone_countries(v, also) for v in values) if r]
    regions = [r & shown for r in regions if r & shown] if shown else regions
    total, chosen = len(regions), []
    known = available_locales()
    rank = {r: i for i, r in enumerate(REGION_CANDIDATES)}
    while regions and len(chosen) < MAX_LOCALES:
        counts: dict[str, int] = defaultdict(int)
        for valid in regions:
            for region in valid:
                counts[region] += 1
        # On a tie (a number valid in several countries), the order of REGION_CANDIDATES.
        region, count = max(sorted(counts.items()), key=lambda kv: (kv[1], -rank.get(kv[0], len(rank))))
        locale = _LOCALE_OF_REGION.get(region) or next((k for k in sorted(known) if k.endswith("_" + region)), None)
        if count < max(2, MIN_LOCALE_SHARE * total) or locale is None:
            break
        chosen.append((locale, count, total))
        regions = [r for r in regions if region not in r]
    return chosen


def _phone_countries(value: str, also: tuple[str, ...] = ()) -> set[str]:
    """The regions where a phone number is valid (among the candidate regions and
    ``also``); of those, the ones whose national format groups its digits as the value
    does, when some do: "06 12 34 56 78" is valid in Germany too, but written the
    French way."""
    valid = set(phone_regions([value], (*REGION_CANDIDATES, *also)))
    groups = [len(g) for g in re.findall(r"\d+", value)]
    written = set()
    for region in valid:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if [len(g) for g in re.findall(r"\d+", national)] == groups:
            written.add(region)
    return written or valid


def _locale_lines(locales: list[tuple[str, int, int]]) -> list[str]:
    if not locales:
        return []
    why = ", ".join(f"{locale} {count} of {total}" for locale, count, total in locales)
    names = [locale for locale, _, _ in locales]
    return [f"locale: {names[0] if len(names) == 1 else '[' + ', '.join(names) + ']'}"
            f"  # the sampled phone numbers' countries ({why}): national numbers of these are read in free text"]


def _choose(finding: Finding, tdef: TableDef, trial: "_Trial", values: list[str]) -> Choice:
    column = tdef.column(finding.column)
    why = f"{finding.category}{' (SENSITIVE)' if finding.sensitive else ''}: {finding.reason}"
    if finding.category in _KEPT:
        return Choice("keep", f"{why}; kept: a quasi-identifier, the columns crossed with it are faked")
    if column.generated and trial.fits("null", column, []):
        return Choice("null", f"{why}; generated: the server computes it again from the scrubbed columns on "
                              "restore, so the dump's copy is emptied")
    if (finding.category == "employment" or finding.sensitive) and column.nullable and _small_codes(values):
        return Choice("null", f"{why}; {len(set(values))} small integers (a code, a level): a noisy one would often be "
                              "the same, so it is emptied")
    if finding.category == "blob_image" and column.kind == model.TEXT and values and all(
            v.startswith(("http://", "https://")) for v in values):
        spec = {"strategy": "faker", "provider": "image_url"}  # an avatar's URL: another image's URL
        if trial.fits(spec, column, values):
            return Choice(spec, f"{why}; the values are URLs of images")
    if (finding.category == "identifier" and column.kind == model.BINARY and not tdef.is_unique(column.name)
            and holds_sessions(tdef.name)
            and trial.fits("blob", column, values)):
        return Choice("blob", f"{why}; a binary value (a serialized session): emptied")  # (not a binary UUID key)
    if finding.category == "address" and values and all(v.strip().isdigit() and len(v.strip()) <= 5 for v in values):
        spec = {"strategy": "faker", "provider": "building_number"}  # a house number of its own (logradouro, numero)
        if trial.fits(spec, column, values):
            return Choice(spec, f"{why}; the values are house numbers")
    unique = tdef.is_unique(column.name)
    for spec in _candidates(finding.category, column, finding.sensitive, unique):
        if trial.fits(spec, column, values):
            return Choice(spec, why)
    if column.nullable:
        return Choice("null", f"{why}; no strategy fits {column.describe()} and its values: emptied")
    return Choice("keep", f"{why}; REVIEW: no strategy fits {column.describe()} and its values, kept as it is")


def _small_codes(values: list[str]) -> bool:
    """Whether sampled values are small integers (a reason's code 1-4, a level 1-20): a
    10% noise leaves most of them as they are."""
    numbers = [v.strip() for v in values]
    return bool(numbers) and all(n.isdigit() and int(n) < SMALL_INTEGER for n in numbers)


def _candidates(category: str, column: Column, sensitive: bool, unique: bool) -> tuple[Any, ...]:
    if sensitive:  # a body measurement: a noisy number; a diagnosis: sentences
        found = _NUMERIC if column.kind in (model.INTEGER, model.NUMBER) else _SENSITIVE
    elif category == "employment":  # a hire date, a rate of employment, a job title
        found = (_EMPLOYMENT_DATE if column.kind == model.TEMPORAL
                 else _NUMERIC if column.kind in (model.INTEGER, model.NUMBER) else _EMPLOYMENT_TEXT)
    else:
        found = _CANDIDATES.get(category, ())
    if category == "identifier" and column.kind == model.UUID:
        found = ("uuid",)
    if category in ("birthdate", "employment") and column.kind == model.TEMPORAL:
        # a DATE column takes date, a timestamp datetime
        found = tuple(sorted(found, key=lambda s: (s == "date") != (column.type == "date")))
    if unique:  # a UNIQUE column needs distinct fakes for distinct originals
        found = tuple(s for s in found if _name(s) in _COLLISION_FREE) or ("hash",)
    return found


def _follow_keys(catalog: Catalog, choices: dict[tuple[str, str], Choice]) -> None:
    """Give every column a foreign key links (parent and copies, transitively) the
    strategy of the key's scrubbed column: the parent's when both are found."""
    parent_of: dict[tuple[str, str], tuple[str, str]] = {}
    for link in links(catalog, Rules(path="<init>")):
        child, parent = catalog.get(link.child), catalog.get(link.parent)
        if child is None or parent is None:
            continue
        for c, p in zip(link.columns, link.parent_columns):
            if child.column(c) is not None and parent.column(p) is not None:
                parent_of[(child.name, child.column(c).name)] = (parent.name, parent.column(p).name)

    def root(key: tuple[str, str]) -> tuple[str, str]:
        seen = {key}
        while key in parent_of and parent_of[key] not in seen:
            key = parent_of[key]
            seen.add(key)
        return key

    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in set(parent_of) | set(parent_of.values()):
        groups[root(key)].append(key)
    for top, members in groups.items():
        found = [k for k in [top, *sorted(m for m in members if m != top)] if _name(choices.get(k, Choice("keep")).spec) != "keep"]
        if not found:
            continue
        source = found[0]
        spec = choices[source].spec
        for key in members:
            if key == source:
                continue
            mine = choices.get(key)
            if mine is not None and mine.spec == spec:
                continue
            what = f"{_display(source)} through a foreign key (a key and its copies get one strategy)"
            choices[key] = Choice(spec, f"follows {what}" if mine is None else f"{mine.comment}; follows {what}")


class _Trial:
    """Whether a strategy (a spec, built as the rules loader builds it) can fill a
    column: its type and length, and the column's sampled values (an `iban` rule on
    account numbers that are no IBANs would stop the scrub)."""

    TRIED = 50  # sampled values a strategy is tried on

    def __init__(self, engine: FakeEngine):
        self.engine = engine
        self._built: dict[str, Any] = {}

    def fits(self, spec: Any, column: Column, values: list[str]) -> bool:
        text = json.dumps(spec)
        strategy = self._built.get(text)
        if strategy is None:
            rules = parse_rules(f"version: 1\ntables:\n  t:\n    columns:\n      c: {text}\n", "<init>")
            strategy = self._built[text] = rules.tables["t"].columns["c"].strategy
        if strategy.adapt(column).check(column) is not None:
            return False
        if column.kind == model.ARRAY:
            return True  # (elements are faked one by one: the rewriter splits them)
        filling = strategy.adapt(column)
        numeric = column.kind in (model.INTEGER, model.NUMBER)
        try:
            for value in values[: self.TRIED]:
                fake = self.engine.fake(filling, value, column.length)
                if numeric and fake is not None and not _NUMBER.fullmatch(fake):
                    return False  # a job title in an integer column would not restore
        except DumpscrubError:
            return False
        return True


def _name(spec: Any) -> str:
    return spec["strategy"] if isinstance(spec, dict) else spec


def _roots(parents: dict[str, str]) -> dict[str, str]:
    """Each partition's topmost parent: the table whose rule it takes."""
    return {table: [*lineage(table, parents)][-1] for table in parents}


def _rule_names(catalog: Catalog, tables: list[TableDef]) -> dict[str, str]:
    """The name each table gets in the rules: without its schema when the bare name is
    unambiguous (``public.users`` -> ``users``: the same rules then fit other dumps)."""
    bare = defaultdict(list)
    for tdef in catalog.tables.values():
        bare[tdef.name.rsplit(".", 1)[-1].casefold()].append(tdef.name)
    return {t.name: t.name.rsplit(".", 1)[-1] if len(bare[t.name.rsplit(".", 1)[-1].casefold()]) == 1 else t.name
            for t in tables}


def _display(key: tuple[str, str]) -> str:
    return f"{key[0]}.{key[1]}"


def _scalar(text: str) -> str:
    """A table or column name as a YAML key: plain when YAML reads it back as the same
    string (not `on`, `null`, `1`, `a: b`...), else double-quoted."""
    try:
        plain = yaml.safe_load(text) == text and text.strip() == text and "#" not in text
    except yaml.YAMLError:
        plain = False
    return text if plain and text else json.dumps(text)


def _flow(spec: Any) -> str:
    if isinstance(spec, str):
        return spec
    return "{" + ", ".join(f"{k}: {_scalar(str(v)) if isinstance(v, str) else v}" for k, v in spec.items()) + "}"
