"""The consistent-fake engine: every fake is a pure function of (secret, strategy, value).

A keyed BLAKE2b digest of ``strategy \\0 locales \\0 attempt \\0 value`` drives
every choice a strategy makes (keyed BLAKE2b is a MAC by design, RFC 7693 §2.9,
so it needs no HMAC wrapper, and it is about twice as fast). No global RNG, no
row order: the same value gets the same fake wherever and whenever it appears.

Only this module imports Faker. Picks from Faker's provider lists (first names,
last names, phone formats) use the digest directly, which is ~100x faster than
reseeding Faker for each value; Faker itself is called only to fill bounded
pools (addresses) and for locales whose formats need it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import TYPE_CHECKING, Any, Callable, Sequence

from faker import Faker
from faker.providers.person import Provider as BasePersonProvider

from .errors import StrategyError

if TYPE_CHECKING:
    from .strategies.base import Strategy

_MISSING = object()
CACHE_SIZE = 1 << 18  # fakes kept per run; personal data repeats (names, cities, FK copies)
MAX_CACHED_VALUE = 1024  # characters: the fakes of longer values (free text, documents) are not kept
MAX_ATTEMPTS = 200  # collision-free strategies try this many candidates before giving up
# Entries per Faker-made pool. An address takes its street line from one entry and
# its city line from another: 1024 x 1024 combinations, for 1024 Faker calls (~0.1 s).
POOL_SIZE = 1024
POOL_TRIES = 16  # entries drawn to find one that fits a column or the original's shape


class Draw:
    """Deterministic choices from a digest: each call consumes part of its bits."""

    __slots__ = ("digest", "_n", "_seed", "_refills")

    def __init__(self, digest: bytes):
        self.digest = digest
        self._n = int.from_bytes(digest, "big")
        self._seed = digest
        self._refills = 0

    def below(self, k: int) -> int:
        """An integer in [0, k)."""
        if self._n < k << 64:  # keep the bias of the modulo negligible
            self._refills += 1
            more = hashlib.blake2b(self._seed + self._refills.to_bytes(4, "big"), digest_size=32).digest()
            self._n = (self._n << 256) | int.from_bytes(more, "big")
        self._n, r = divmod(self._n, k)
        return r

    def pick(self, items: Sequence):
        return items[self.below(len(items))]

    def seed(self) -> int:
        return self.below(1 << 63)


NAME_SAMPLE = 4000  # calls of a locale's name method when it has no name list


def _placeholder(source, attr: str) -> bool:
    """Whether a provider list is missing or the base person provider's own (John, Jane, Doe)."""
    return not source or tuple(source) == tuple(getattr(BasePersonProvider, attr, ()))


class Weighted:
    """A provider list with Faker's weights, picked by a Draw in constant time.

    The weights are laid out in a table of TABLE_SIZE slots (each name gets
    slots in proportion to its weight, at least one): a pick is one index,
    not a bisection over cumulative floats.
    """

    __slots__ = ("items", "_table")

    TABLE_SIZE = 1 << 14

    def __init__(self, source):
        self.items = tuple(source)
        if isinstance(source, dict) and len(set(source.values())) > 1:
            total = sum(source.values())
            table: list[str] = []
            for name, weight in source.items():
                table.extend([name] * max(1, round(weight / total * self.TABLE_SIZE)))
            self._table = tuple(table)
        else:
            self._table = self.items

    def pick(self, draw: Draw) -> str:
        table = self._table
        return table[draw.below(len(table))]

    def mapped(self, transform: Callable[[str], str]) -> "Weighted":
        """The same list and weights with each name transformed (e.g. ASCII-folded)."""
        copy = Weighted(())
        copy.items = tuple(transform(n) for n in self.items)
        cache = dict(zip(self.items, copy.items))
        copy._table = tuple(cache[n] for n in self._table)
        return copy


class FakeEngine:
    """Makes and remembers fakes for one run."""

    def __init__(self, secret: bytes, locales: Sequence[str] = ("en_US",)):
        self.locales = tuple(locales)
        self._key = hashlib.blake2b(secret, digest_size=32, person=b"dumpscrub-key").digest()
        self._context = ",".join(self.locales)
        self._fakers: dict[str, Faker] = {}
        self._lists: dict[tuple, Weighted | frozenset | tuple] = {}  # (what, locale, ...) -> data
        self._pools: dict[tuple[str, str], Pool] = {}
        self._cache: dict[tuple, str | None] = {}
        self._owners: dict[int, int] = {}
        self._states: dict[tuple[str, int], Any] = {}  # keyed BLAKE2b states, see digest()
        # The names the dump's name columns hold (people.KnownNames), when a rule
        # scrubs free text: scrub_text finds them in it. Likewise the distinctive values
        # (phones, ids) of the columns the rules scrub (people.KnownValues).
        self.people = None
        self.known = None

    # -- digests -------------------------------------------------------------

    def digest(self, namespace: str, value: str, attempt: int = 0) -> bytes:
        """Keyed BLAKE2b of ``namespace \\0 locales \\0 attempt \\0 value``."""
        # A keyed state that has absorbed the prefix is kept per (namespace, attempt):
        # copying it skips the key block and the prefix (same digest, 40% faster).
        state = self._states.get((namespace, attempt))
        if state is None:
            prefix = f"{namespace}\0{self._context}\0{attempt}\0".encode("utf-8", "surrogateescape")
            state = self._states[(namespace, attempt)] = hashlib.blake2b(prefix, key=self._key, digest_size=32)
        h = state.copy()
        h.update(value.encode("utf-8", "surrogateescape"))
        return h.digest()

    # -- the entry point -----------------------------------------------------

    def fake(
        self, strategy: "Strategy", value: str, max_length: int | None = None, variant: str | None = None
    ) -> str | None:
        """The fake for ``value``: the same for the same (strategy, value, max_length).

        Collision-free strategies claim each fake for its original: a fake
        already claimed by another original is not given again, the next
        candidate is tried instead (the claims live for the whole run).
        ``variant`` makes a value its own original although it normalizes like
        another (a unique column holding "Zoe@Example.COM" and "Zoe@example.com").
        """
        collision_free = strategy.collision_free
        if not collision_free:
            key = (strategy.key, max_length, value)
            found = self._cache.get(key, _MISSING)
            if found is not _MISSING:
                return found
        # Collision-free fakes are not cached here: the rewriter remembers them for the
        # run, and making one again gives the same result (its claim is remembered).
        namespace = strategy.key
        normal = strategy.normalize(value, self)
        if variant is not None:
            normal += "\0" + variant
        owner = 0
        for attempt in range(MAX_ATTEMPTS):
            draw = Draw(self.digest(namespace, normal, attempt))
            out = strategy.generate(value, draw, self, max_length)
            if out is not None and max_length is not None and len(out) > max_length:
                out = out[:max_length]
            if collision_free:
                if not out:
                    return out
                if attempt == 0:
                    owner = int.from_bytes(draw.digest[:16], "big")  # who claims the fake
                if self._owners.setdefault(hash((namespace, out.casefold())), owner) != owner:
                    continue
                return out
            if len(value) <= MAX_CACHED_VALUE:  # a long text repeats seldom: not worth its memory
                if len(self._cache) >= CACHE_SIZE:
                    self._cache.clear()
                self._cache[key] = out
            return out
        raise StrategyError(
            f"strategy '{strategy.name}' found no unused value in {MAX_ATTEMPTS} attempts",
            hint="the column is too short for this many distinct values",
        )

    def claim(self, namespace: str, fake: str, original: str) -> bool:
        """Claim ``fake`` for ``original`` (compared ignoring case); False when another
        original holds it. Claims live for the run, like collision-free fakes'."""
        owner = int.from_bytes(self.digest(namespace, original)[:16], "big")
        return self._owners.setdefault(hash((namespace, fake.casefold())), owner) == owner

    # -- locale data ---------------------------------------------------------

    @property
    def regions(self) -> tuple[str, ...]:
        """The countries of the locales (en_US -> US), for parsing national phone numbers."""
        found = tuple(dict.fromkeys(loc.rpartition("_")[2].upper() for loc in self.locales if "_" in loc))
        return found or ("US",)

    def locale(self, draw: Draw) -> str:
        return self.locales[0] if len(self.locales) == 1 else draw.pick(self.locales)

    def faker(self, locale: str) -> Faker:
        faker = self._fakers.get(locale)
        if faker is None:
            faker = self._fakers[locale] = Faker(locale)
        return faker

    def _provider_attr(self, locale: str, attr: str):
        for provider in self.faker(locale).providers:
            if hasattr(provider, attr):
                return getattr(provider, attr)
        return None

    def names(self, locale: str, attr: str) -> Weighted:
        """A weighted provider list: first_names, first_names_female, last_names, ..."""
        key = ("names", locale, attr)
        found = self._lists.get(key)
        if found is None:
            source = self._provider_attr(locale, attr)
            if not source and attr.startswith("first_names_"):
                source = self._provider_attr(locale, "first_names")
            if _placeholder(source, attr):
                # The base provider's placeholder (John, Jane, Doe): the locale keeps its
                # names by gender (de_LI) or makes them another way (pl_PL:
                # unisex_last_names; is_IS: suffixed names).
                female = self._provider_attr(locale, attr + "_female")
                male = self._provider_attr(locale, attr + "_male")
                if not _placeholder(female, attr) and not _placeholder(male, attr):
                    source = (*female, *male)
                else:
                    source = self._sampled_names(locale, attr)
            found = self._lists[key] = Weighted(source or ("Alex",))
        return found

    def _sampled_names(self, locale: str, attr: str) -> tuple[str, ...]:
        """Names made by the locale's own method (last_names -> last_name()), with a fixed
        seed: the same list for a given faker version, whatever the secret."""
        method = attr.replace("_names", "_name").replace("names", "name")  # first_names_female -> first_name_female
        faker = Faker(locale)
        faker.seed_instance(0)
        make = getattr(faker, method, None)
        return tuple(sorted({make() for _ in range(NAME_SAMPLE)})) if make is not None else ()

    def ascii_names(self, locale: str, attr: str) -> Weighted:
        """A provider list folded to lower-case ASCII letters (for email local parts)."""
        key = ("ascii", locale, attr)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = self.names(locale, attr).mapped(ascii_word)
        return found

    def name_set(self, locale: str, attr: str) -> frozenset:
        """Case-folded names of a provider list, to tell e.g. a female first name."""
        key = ("set", locale, attr)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = frozenset(n.casefold() for n in (self._provider_attr(locale, attr) or ()))
        return found

    def phone_formats(self, locale: str, max_length: int | None = None) -> tuple[str, ...]:
        """The locale's phone formats made only of digit placeholders (no {{...}} calls)
        and no longer than ``max_length``."""
        key = ("phone", locale, max_length)
        found = self._lists.get(key)
        if found is None:
            formats = None
            for provider in self.faker(locale).providers:
                if type(provider).__module__.startswith("faker.providers.phone_number"):
                    formats = getattr(provider, "formats", None)
                    break
            found = self._lists[key] = tuple(
                f for f in (formats or ()) if "{{" not in f and (max_length is None or len(f) <= max_length)
            )
        return found

    def pool(self, locale: str, kind: str, make: Callable[[Faker], Any]) -> "Pool":
        """A pool of POOL_SIZE Faker-made values; each entry is made on first use, from a
        keyed seed of its index (so the same secret gives the same pool)."""
        key = (locale, kind)
        found = self._pools.get(key)
        if found is None:
            found = self._pools[key] = Pool(self, locale, kind, make)
        return found

    def faker_call(self, locale: str, draw: Draw, make: Callable[[Faker], str]) -> str:
        """A Faker call seeded from the draw (the slow path; results are cached by the caller)."""
        faker = self.faker(locale)
        faker.seed_instance(draw.seed())
        return make(faker)


class Pool:
    """Faker-made values by index, made on first use (see FakeEngine.pool)."""

    __slots__ = ("_engine", "_locale", "_kind", "_make", "_entries")

    def __init__(self, engine: FakeEngine, locale: str, kind: str, make: Callable[[Faker], Any]):
        self._engine, self._locale, self._kind, self._make = engine, locale, kind, make
        self._entries: list[Any] = [None] * POOL_SIZE

    def pick(self, draw: Draw, fits: Callable[[Any], bool]) -> Any | None:
        """The first of POOL_TRIES entries drawn that ``fits`` (None when none does)."""
        for _ in range(POOL_TRIES):
            candidate = self[draw.below(POOL_SIZE)]
            if fits(candidate):
                return candidate
        return None

    def __getitem__(self, index: int) -> Any:
        found = self._entries[index]
        if found is None:
            faker = self._engine.faker(self._locale)
            faker.seed_instance(int.from_bytes(self._engine.digest("pool:" + self._kind, self._locale, index)[:8], "big"))
            found = self._entries[index] = self._make(faker)
        return found


def ascii_word(text: str) -> str:
    """'Zoë O'Brien' -> 'zoeobrien': what may stand in an email's local part."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def provider_methods() -> dict[str, Callable[..., Any]]:
    """Faker's provider methods by name, as an en_US Faker has them: what a ``faker``
    rule may call (checked when rules load, so a typo fails before the dump is read)."""
    faker = Faker("en_US")
    return {
        name: getattr(provider, name)
        for provider in faker.providers
        for name in dir(provider)
        if not name.startswith("_") and callable(getattr(provider, name))
    }


def available_locales() -> tuple[str, ...]:
    """The Faker locales a rules file may name."""
    from faker.config import AVAILABLE_LOCALES

    return tuple(AVAILABLE_LOCALES)


def person_names(locales: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Case-folded first names and last names of Faker's person providers for ``locales``
    (read from the provider classes: no Faker instance, no seed). A last name written in
    several words ("van der Berg") counts whole and by its last word. Unknown locales
    and the base provider's placeholders (John, Jane, Doe) are skipped."""
    import importlib

    first: set[str] = set()
    last: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attr in dir(provider):
            # first_names_female, last_names_male, and pl_PL's male_last_names, unisex_last_names
            into = first if "first_names" in attr else last if "last_names" in attr else None
            source = getattr(provider, attr)
            if into is None or not isinstance(source, (dict, tuple, list)) or _placeholder(source, attr):
                continue
            for name in source:
                folded = str(name).casefold()
                into.add(folded)
                if into is last and " " in folded:
                    into.add(folded.rsplit(" ", 1)[1])
    return frozenset(first), frozenset(last)
