"""Contact data: email, phone, address."""

from __future__ import annotations

import unicodedata

from .base import Strategy
from .registry import strategy

# RFC 2606 reserved domains: a development copy can never mail a real person.
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
_DIGITS = "0123456789"


def ascii_word(text: str) -> str:
    """'Zoë O'Brien' -> 'zoeobrien': what may stand in an email's local part."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


@strategy
class Email(Strategy):
    """A realistic address on a reserved example domain; distinct originals stay distinct."""

    name = "email"
    collision_free = True
    min_length = 16

    def normalize(self, value: str) -> str:
        # The domain is case-insensitive (RFC 5321 §2.4), the local part is not.
        local, at, domain = value.strip().rpartition("@")
        return f"{local}@{domain.lower()}" if at else value.strip()

    def generate(self, value, draw, engine, max_length):
        locale = engine.locale(draw)
        first = ascii_word(engine.names(locale, "first_names").pick(draw)) or "alex"
        last = ascii_word(engine.names(locale, "last_names").pick(draw)) or "smith"
        domain = draw.pick(EMAIL_DOMAINS)
        style = draw.below(4)
        local = (f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}")[style]
        if draw.below(3):
            local += str(draw.below(100 if draw.below(2) else 10000))
        email = f"{local}@{domain}"
        if max_length is None or len(email) <= max_length:
            return email
        # Too long for the column: a short, still unique-looking local part.
        room = max_length - len(domain) - 1
        short = f"{first[0]}{last}"[: max(room - 3, 1)] + str(draw.below(1000))
        if len(short) <= room:
            return f"{short}@{domain}"
        hexa = draw.digest.hex()[:room]
        return f"{hexa}@{domain}"


@strategy
class Phone(Strategy):
    """A phone number in one of the locale's formats; distinct originals stay distinct."""

    name = "phone"
    collision_free = True
    min_length = 7

    def generate(self, value, draw, engine, max_length):
        locale = engine.locale(draw)
        formats = engine.phone_formats(locale)
        if max_length is not None:
            formats = tuple(f for f in formats if len(f) <= max_length)
        if not formats:
            if max_length is None:  # the locale builds numbers with Faker calls
                return engine.faker_call(locale, draw, lambda f: f.phone_number())
            return "".join(_DIGITS[draw.below(10)] for _ in range(min(max_length, 10)))
        return numerify(draw.pick(formats), draw)


def numerify(pattern: str, draw) -> str:
    """Faker's numerify with the draw: # digit, % 1-9, $ 2-9, ! digit or none, @ 1-9 or none."""
    out = []
    for c in pattern:
        if c == "#":
            out.append(_DIGITS[draw.below(10)])
        elif c == "%":
            out.append(_DIGITS[1 + draw.below(9)])
        elif c == "$":
            out.append(_DIGITS[2 + draw.below(8)])
        elif c == "!":
            d = draw.below(11)
            out.append(_DIGITS[d] if d < 10 else "")
        elif c == "@":
            d = draw.below(10)
            out.append(_DIGITS[d] if d else "")
        else:
            out.append(c)
    return "".join(out)


@strategy
class Address(Strategy):
    """A postal address of the locale, shaped like the original (one line, comma-separated, or multi-line)."""

    name = "address"
    min_length = 10

    def generate(self, value, draw, engine, max_length):
        locale = engine.locale(draw)
        street = engine.pooled(locale, "address", draw.below(4096), _make_address).split("\n", 1)[0]
        rest_of = engine.pooled(locale, "address", draw.below(4096), _make_address)
        rest = rest_of.split("\n", 1)[1] if "\n" in rest_of else ""
        if "\n" in value and rest:
            candidates = [f"{street}\n{rest}"]
        elif "," in value and rest:
            candidates = [f"{street}, {rest.replace(chr(10), ', ')}"]
        else:
            candidates = []
        candidates.append(street)
        for candidate in candidates:
            if max_length is None or len(candidate) <= max_length:
                return candidate
        return street[:max_length]


def _make_address(faker) -> str:
    return faker.address()
