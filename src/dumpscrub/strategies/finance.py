"""Payment identifiers: iban, credit_card. Fakes pass the checks applications run on them.

Both keep the original's layout character by character (grouping spaces, dashes,
letter case), so a fake fits the column and the forms that display it, and both
are collision-free: a unique index on them still holds after scrubbing.
"""

from __future__ import annotations

import re

from .. import model
from ..errors import StrategyError
from .base import TEXTUAL, Strategy
from .registry import strategy

_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_IBAN_START = re.compile(r"[A-Za-z]{2}\d{2}")
IBAN_MIN, IBAN_MAX = 15, 34  # shortest (Norway) and longest IBANs, ISO 13616


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits of an IBAN (ISO 13616 / ISO 7064 MOD 97-10)."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged.upper()))
    return f"{98 - number % 97:02d}"


# IBAN lengths (ISO 13616 registry) of the countries whose banks also write account
# numbers as the IBAN without its country code (Poland's NRB: 26 digits): such a
# number is read as the IBAN of a country of the rules' locales that it is valid in.
IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
    "HU": 28, "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
    "SK": 24, "TR": 26,
}


def national_iban_country(digits: str, regions) -> str | None:
    """The country among ``regions`` whose IBAN ``digits`` (check digits and a BBAN of
    digits, without the country code) is, if any."""
    for region in regions:
        if IBAN_LENGTHS.get(region) == len(digits) + 2 and is_valid_iban(region + digits):
            return region
    return None


def is_valid_iban(value: str) -> bool:
    """Whether ``value`` (spaces allowed) passes the IBAN checksum."""
    compact = "".join(value.split()).upper()
    if not (IBAN_MIN <= len(compact) <= IBAN_MAX and _IBAN_START.match(compact) and compact.isalnum()):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _relayout(characters: str, original: str, kept: str) -> str:
    """``characters`` written over the positions of ``original`` whose characters are in
    ``kept``'s class (alphanumeric or digits); other characters (spaces, dashes) stay,
    and each written letter takes the case of the one it replaces."""
    out = []
    it = iter(characters)
    for c in original:
        if (c.isascii() and c.isalnum()) if kept == "alnum" else c in _DIGITS:
            new = next(it)
            out.append(new.lower() if c.islower() else new)
        else:
            out.append(c)
    return "".join(out)


@strategy
class Iban(Strategy):
    """An IBAN of the same country and length with a valid checksum; keeps grouping and case. Collision-free."""

    name = "iban"
    collision_free = True
    min_length = IBAN_MIN

    def normalize(self, value, engine):
        compact = "".join(value.split()).upper()
        country = national_iban_country(compact, engine.regions) if compact.isdigit() else None
        return country + compact if country else compact  # PL61 1090... and 61 1090... alike

    def generate(self, value, draw, engine, max_length):
        compact = "".join(c for c in value if c.isascii() and c.isalnum()).upper()
        country = national_iban_country(compact, engine.regions) if compact.isdigit() else None
        if country is not None:  # written without its country code: so is the fake
            fake = self.generate(country + value.strip(), draw, engine, None)
            return value[: len(value) - len(value.lstrip())] + fake[2:].lstrip()
        if not (IBAN_MIN <= len(compact) <= IBAN_MAX and _IBAN_START.match(compact)):
            raise StrategyError(
                "strategy 'iban' cannot read a value as an IBAN",
                hint="an IBAN is a country code, two check digits and 11 to 30 letters and digits",
            )
        country = compact[:2]
        while True:
            # Each position of the account number keeps its class: a digit stays a digit,
            # a letter a letter, which is what every country's BBAN format asks.
            bban = "".join(draw.pick(_DIGITS if c.isdigit() else _LETTERS) for c in compact[4:])
            fake = country + iban_check_digits(country, bban) + bban
            if fake != compact:
                return _relayout(fake, value, "alnum")


# Brands by the prefixes that identify them (longest first), as issuers publish them.
# A fake keeps the original's identifying prefix, so it stays the same brand.
_CARD_PREFIXES = (
    *(str(p) for p in range(2221, 2721)),  # Mastercard 2-series
    *(str(p) for p in range(3528, 3590)),  # JCB
    "6011",  # Discover
    *(str(p) for p in range(300, 306)), *(str(p) for p in range(644, 650)),  # Diners, Discover
    "34", "37",  # American Express
    "36", "38",  # Diners Club
    "51", "52", "53", "54", "55",  # Mastercard
    "65",  # Discover
    "4",  # Visa
)
CARD_MIN_DIGITS = 12


def card_prefix(digits: str) -> str:
    """The identifying prefix of a card number's brand (its first digit when unknown)."""
    for prefix in _CARD_PREFIXES:
        if digits.startswith(prefix):
            return prefix
    return digits[:1]


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload`` + digit pass the Luhn check (ISO/IEC 7812-1)."""
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:  # doubled: the check digit will stand to its right
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str(-total % 10)


def is_luhn_valid(digits: str) -> bool:
    return luhn_check_digit(digits[:-1]) == digits[-1]


@strategy
class CreditCard(Strategy):
    """A Luhn-valid card number of the same brand and length; separators stay where they were. Collision-free."""

    name = "credit_card"
    collision_free = True
    kinds = TEXTUAL | {model.INTEGER}
    min_length = CARD_MIN_DIGITS

    def normalize(self, value, engine):
        return "".join(c for c in value if c in _DIGITS)

    def generate(self, value, draw, engine, max_length):
        digits = "".join(c for c in value if c in _DIGITS)
        if len(digits) < CARD_MIN_DIGITS:
            raise StrategyError(
                "strategy 'credit_card' cannot read a value as a card number",
                hint=f"a card number has at least {CARD_MIN_DIGITS} digits",
            )
        prefix = card_prefix(digits)
        while True:
            payload = prefix + "".join(draw.pick(_DIGITS) for _ in range(len(digits) - len(prefix) - 1))
            fake = payload + luhn_check_digit(payload)
            if fake != digits:
                return _relayout(fake, value, "digits")
