"""Contact data: email, phone, address."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from ..fakes import POOL_SIZE
from .base import Strategy
from .registry import strategy

# RFC 2606 reserved domains: a development copy can never mail a real person.
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
_DIGITS = "0123456789"


@strategy
class Email(Strategy):
    """A realistic address on a reserved example domain; distinct originals stay distinct."""

    name = "email"
    collision_free = True
    min_length = 16

    def normalize(self, value, engine):
        # The domain is case-insensitive (RFC 5321 §2.4), the local part is not.
        local, at, domain = value.strip().rpartition("@")
        return f"{local}@{domain.lower()}" if at else value.strip()

    def generate(self, value, draw, engine, max_length):
        locale = engine.locale(draw)
        first = engine.ascii_names(locale, "first_names").pick(draw) or "alex"
        last = engine.ascii_names(locale, "last_names").pick(draw) or "smith"
        # One draw for the small choices: domain, style of the local part, its number.
        n, domain_index = divmod(draw.below(3 * 4 * 6 * 10000), 3)
        n, style = divmod(n, 4)
        number, suffix = divmod(n, 6)  # suffix: 0-1 none, 2-3 two digits at most, 4-5 four
        if style == 0:
            local = f"{first}.{last}"
        elif style == 1:
            local = first + last
        elif style == 2:
            local = first[0] + last
        else:
            local = f"{first}_{last}"
        if suffix >= 2:
            local += str(number % 100 if suffix < 4 else number)
        domain = EMAIL_DOMAINS[domain_index]
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

    def normalize(self, value, engine):
        # "+33 6 12 34 56 78", "06 12 34 56 78" (fr_FR) and "0033612345678" are one number.
        return phone_key(value, engine.regions)

    def generate(self, value, draw, engine, max_length):
        # The pick ignores the column's length, so a number gets the same fake in a
        # varchar(20) and in a text column (or a post quoting it) whenever it fits.
        locale = engine.locale(draw)
        formats = engine.phone_formats(locale)
        if formats:
            pattern = draw.pick(formats)
            if max_length is not None and len(pattern) > max_length:  # a format gives its own length
                fitting = engine.phone_formats(locale, max_length)
                pattern = draw.pick(fitting) if fitting else None
            if pattern is not None:
                return numerify(pattern, draw)
        else:  # the locale builds numbers with Faker calls
            fake = engine.faker_call(locale, draw, lambda f: f.phone_number())
            if max_length is None or len(fake) <= max_length:
                return fake
        return "".join(_DIGITS[draw.below(10)] for _ in range(min(max_length, 10)))


@lru_cache(maxsize=1 << 16)  # numbers repeat (columns, posts quoting them)
def phone_key(value: str, regions: tuple[str, ...]) -> str:
    """A phone number's E.164 form (+33612345678), read as a number of the first of
    ``regions`` where it is valid (else where it is possible); an international number
    (+33..., 0033...) needs no region. The digits alone when it reads as no number,
    the stripped value when it has no digits.

    Validity is first checked against the region's own metadata (checking every
    region of a country code, as ``is_valid_number`` does, costs ten times more, and
    is done only when another region could hold the number), and not at all when
    there is one region: a number is then read the same whether valid or possible.
    """
    text = value.strip()
    if text.startswith("+") and _INTERNATIONAL.fullmatch(text):
        # "+1-555-0007919": the digits are the E.164 form, unless a trunk 0 follows the
        # country code ("+44 (0)20 ...", which phonenumbers drops) or the length is not a
        # number's; phonenumbers reads those (4x faster this way, and phones repeat little).
        digits = "+" + "".join(c for c in text if c in _DIGITS)
        code = next((digits[1:n] for n in (2, 3, 4) if int(digits[1:n] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE), None)
        if code and 9 <= len(digits) <= 16 and digits[1 + len(code)] != "0":
            return digits
    possible = None
    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if len(regions) == 1:
            if phonenumbers.is_possible_number(number):
                return _e164(number)
            break
        if _valid(number, region):
            return _e164(number)
        if possible is None and phonenumbers.is_possible_number(number):
            possible = number
    if possible is not None:
        return _e164(possible)
    digits = "".join(c for c in text if c in _DIGITS)
    return digits or text


def _valid(number, region: str) -> bool:
    """``phonenumbers.is_valid_number``, cheap when the number is valid in ``region``
    or no other region shares its country code."""
    if phonenumbers.is_valid_number_for_region(number, region):
        return True
    return phonenumbers.region_codes_for_country_code(number.country_code) != (region,) and (
        phonenumbers.is_valid_number(number)
    )


_INTERNATIONAL = re.compile(r"\+[0-9][0-9 ().\-/]*")


def _e164(number) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Faker's numerify placeholders, as the digits each may become.
_PLACEHOLDERS = {"#": "0123456789", "%": "123456789", "$": "23456789", "!": "0123456789", "@": "123456789"}


@lru_cache(maxsize=1024)
def _compile(pattern: str) -> tuple[str, int, int, tuple[tuple[int, str], ...]]:
    """A phone format as a str.format template, its number of digit slots, 10**slots,
    and the slots whose digit is mapped into a narrower set (% $ @)."""
    template = "".join("{}" if c in _PLACEHOLDERS else c.replace("{", "{{").replace("}", "}}") for c in pattern)
    slots = [c for c in pattern if c in _PLACEHOLDERS]
    special = tuple(
        (i, "".join(_PLACEHOLDERS[c][d % len(_PLACEHOLDERS[c])] for d in range(10)))
        for i, c in enumerate(slots)
        if _PLACEHOLDERS[c] != _DIGITS
    )
    return template, len(slots), 10 ** len(slots), special


def numerify(pattern: str, draw) -> str:
    """Faker's numerify from the draw: # digit, % 1-9, $ 2-9, ! and @ always give a digit here."""
    template, count, modulus, special = _compile(pattern)
    digits = list(f"{draw.below(modulus):0{count}d}")  # one draw for the whole number
    for i, mapping in special:
        digits[i] = mapping[int(digits[i])]
    return template.format(*digits)


@strategy
class Address(Strategy):
    """A postal address of the locale, shaped like the original (one line, comma-separated, or multi-line)."""

    name = "address"
    min_length = 10

    def generate(self, value, draw, engine, max_length):
        pool = engine.pool(engine.locale(draw), "address", _make_address)
        street = pool[draw.below(POOL_SIZE)][0]
        rest = pool[draw.below(POOL_SIZE)][1]
        if "\n" in value and rest:
            newline = "\r\n" if "\r\n" in value else "\n"  # the original's line breaks
            candidates = [street + newline + rest.replace("\n", newline)]
        elif "," in value and rest:
            candidates = [f"{street}, {rest.replace(chr(10), ', ')}"]
        else:
            candidates = []
        candidates.append(street)
        for candidate in candidates:
            if max_length is None or len(candidate) <= max_length:
                return candidate
        return street[:max_length]


def _make_address(faker) -> tuple[str, str]:
    """A Faker address split into its street line and the rest (city, region, postcode)."""
    street, _, rest = faker.address().partition("\n")
    return street, rest
