"""A person's car by its values: registration plates in the formats of the UK and
continental Europe, and vehicle identification numbers (VIN, ISO 3779).

A plate or a VIN is tied to its keeper in every register (DVLA, ANTS, KBA, RDW), so a
column of them in a table about people, or linked to them, is personal whatever it is
called (``VEH_REG``, ``vehicleReg``, ``kenteken``). Each format alone could be some
other code; the detector also asks that the values are many and mostly distinct.

Pure functions, no I/O; ``values`` re-exports these names.
"""

from __future__ import annotations

import re

# The plates of one country each; letters are compared in upper case, separators as written.
_PLATES = re.compile(
    "|".join((
        r"[A-Z]{2}[0-9]{2} ?[A-Z]{3}",  # UK since 2001: AB12 CDE
        r"[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z]",  # UK prefix and suffix plates: A123 BCD, ABC 123D
        r"[A-Z]{2} ?[0-9]{3} ?[A-Z]{2}",  # Italy, France (without its hyphens): AB 123 CD
        r"[0-9]{4}[ -]?[BCDFGHJKLMNPRSTVWXYZ]{3}",  # Spain: 1234 BCD
        r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[0-9]{1,4}[EH]?",  # Germany: B-AB 1234, M XY 12E
        r"[A-Z]{3} ?[0-9]{2}[A-Z0-9]",  # Sweden: ABC 123, ABC 12D
        r"[A-Z]{2} ?[0-9]{5}",  # Denmark, Norway: AB 12345
        r"[A-Z]{2,3} [0-9][0-9A-Z]{3,4}",  # Poland: WA 12345, KR 1AB23
        r"[0-9]{1,4} ?[A-Z]{2,3} ?(?:[0-9]{2}|2A|2B)",  # France before 2009: 123 ABC 75
        r"[0-9][A-Z][0-9A-Z] ?[0-9]{4}",  # Czech Republic, Slovakia: 3B5 4834, 1AB 2345
    ))
)
# Three groups of letters or digits joined by hyphens, 6 or 7 characters: the Netherlands'
# sidecodes (12-ABC-3, AB-12-CD), France's SIV (AB-123-CD), Belgium (1-ABC-123), Portugal.
_HYPHENATED = re.compile(r"(?:[A-Z]{1,3}|[0-9]{1,3})-(?:[A-Z]{1,3}|[0-9]{1,3})-(?:[A-Z]{1,3}|[0-9]{1,3})")
_MONTHS = frozenset("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())  # 12-MAR-24 is a date
# ISO 3779: 17 characters, letters and digits without I, O and Q.
_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_NON_HEX = re.compile(r"[G-HJ-NPR-Z]")  # a letter no hex string has: not a hex token


def is_plate(value: str) -> bool:
    """Whether a value has the shape of a car's registration plate in the UK or a
    European country (letters and digits both, in that country's groups)."""
    text = value.strip().upper()
    if not 5 <= len(text) <= 10 or not any(c.isdigit() for c in text) or not any(c.isalpha() for c in text):
        return False
    if _PLATES.fullmatch(text):
        return True
    if _HYPHENATED.fullmatch(text):
        groups = text.split("-")
        return 6 <= sum(map(len, groups)) <= 7 and not _MONTHS & set(groups)
    return False


def is_vin(value: str) -> bool:
    """Whether a value is a vehicle identification number: 17 letters and digits without
    I, O or Q, with letters outside hex and at least three digits."""
    text = value.strip().upper()
    return (_VIN.fullmatch(text) is not None and _NON_HEX.search(text) is not None
            and sum(c.isdigit() for c in text) >= 3)


def varied_letters(values: list[str]) -> bool:
    """Whether the letters of the values vary as plates' do: most values have letters no
    other value has. A column of references (ORD123, INV00042) shares its letters."""
    letters = {"".join(c for c in v.upper() if c.isalpha()) for v in values}
    return len(letters) * 2 > len(values)
