"""What sampled values are: e-mails, phones, IPs, IBANs, cards, national ids, birth
dates, tokens, password hashes, images, and the personal items a free text quotes;
and ``mask``, the only form in which a value ever leaves the detector.

Pure functions, no I/O; ``detect.py`` decides with them.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import ipaddress
import json
import re
import unicodedata
from typing import Iterable, Sequence

import phonenumbers

from ..strategies.binary import image_format
from ..strategies.finance import is_luhn_valid, is_valid_iban
from ..strategies.freetext import _CARD, _DATE, _EMAIL, _IBAN, _IPV4, _IPV6, _may_hold_phone
from .national_ids import (  # noqa: F401  (re-exported: values' public names before the split)
    is_belgian_number,
    is_bsn,
    is_cnp,
    is_cpr,
    is_fodselsnummer,
    is_hetu,
    is_national_id,
    is_nip,
    is_personnummer,
    is_pesel,
    is_rodne_cislo,
    is_tc_kimlik,
)
from .vocabulary import GENDER_VALUES, HEALTH_TERMS, LEGAL_FORMS, NOT_HEALTH, ROLE_MAILBOXES

_LOCAL_WORD = re.compile(r"[.\-_+]")  # the words of an e-mail's local part

PHONE_REGIONS = ("US", "FR", "GB", "DE")
# Regions a national-format number (no + or 00) is tried in, for ``phone_regions``.
REGION_CANDIDATES = ("FR", "US", "GB", "DE", "ES", "IT", "BE", "CH", "CA", "NL")

_WORD = re.compile(r"\w+")
_EMAIL_VALUE = re.compile(r"[^@\s]{1,64}@[^@\s]+\.[^\W\d_]{2,63}")
_PHONE_SHAPE = re.compile(r"\+?[\d\s().\-/\u00a0]{6,25}(?:\s*(?:x|ext\.?|poste)\s*\d{1,5})?", re.I)
_UUID = re.compile(r"\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?", re.I)
_HEX_TOKEN = re.compile(r"[0-9a-f]{32,128}", re.I)
_JWT = re.compile(r"eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*")
_RANDOM_TOKEN = re.compile(r"[A-Za-z0-9_\-]{24,256}")
_PASSWORD_HASH = re.compile(
    r"(?:\$(?:2[abxy]?|argon2(?:id|i|d)|[1567]|y|gy|P|H|S|sha1|md5|pbkdf2(?:-sha\d+)?|scrypt)\$"
    r"|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|sha1|md5|scrypt)\$"
    r"|(?:pbkdf2|scrypt):|\{(?:SSHA|SHA|SMD5|MD5|CRYPT|SSHA256|SSHA512)\})"
)
_DATE_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:[+-]\d{2}(?::?\d{2})?|Z)?")
_DATE_DMY = re.compile(r"(\d{2})[/.](\d{2})[/.](\d{4})")
_MAC = re.compile(r"(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}", re.I)
_INTEGER = re.compile(r"[+-]?\d+")
_BYTEA = re.compile(r"\\x[0-9a-fA-F]*")
_BIRTH_AGES = (14, 110)  # a date is a plausible birth date this many years before today


def is_email(value: str) -> bool:
    return _EMAIL_VALUE.fullmatch(value) is not None


def is_role_email(value: str) -> bool:
    """contact@, info@, sales@, reservations.venezia@...: a mailbox of a company (the
    local part, or its first word), not of a person."""
    local = value.rsplit("@", 1)[0].casefold()
    return local in ROLE_MAILBOXES or _LOCAL_WORD.split(local, 1)[0] in ROLE_MAILBOXES


# Certified e-mail (Italy's PEC): the channel companies and professionals must give for
# e-invoices and legal notices, by its providers' domains.
_CERTIFIED = re.compile(r"@(?:[\w-]+\.)*(?:pec\.[a-z]{2,}|legalmail\.it|arubapec\.it|postecert\.it|pec\.it)$", re.I)


def is_company_mailbox(value: str) -> bool:
    """A role mailbox, or a certified (PEC) address: a company's channel in a column of
    e-mails, not a person's inbox."""
    return is_role_email(value) or _CERTIFIED.search(value.strip()) is not None


# A year then a number: an academic or fiscal year (2024/2025, 2024/25) or a yearly
# serial (2024-000123, an invoice's or a case's number, 2020-00001-6 with a check
# digit), no phone number.
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)/(?:19|20)?(\d\d)")
_YEAR_SERIAL = re.compile(r"(?:19|20)\d\d[-/](?:0\d*|\d{5,})(?:[-/]\d{1,2})?")  # (2020-00001-6: a check digit)


def _is_year_reference(text: str) -> bool:
    span = _YEAR_SPAN.fullmatch(text)
    if span is not None:
        return (int(span[1]) + 1) % 100 == int(span[2])
    return _YEAR_SERIAL.fullmatch(text) is not None


def is_phone(value: str) -> bool:
    """A phone number written as people write them (a bare integer is not one, unless it
    starts with 0 or +; nor a year and a serial, such as 2024/2025 or 2024-000123)."""
    if _PHONE_SHAPE.fullmatch(value) is None or _DATE.fullmatch(value.strip()) or _is_year_reference(value.strip()):
        return False
    digits = sum(c.isdigit() for c in value)
    if not 7 <= digits <= 15:
        return False
    text = value.strip()
    if (text.isdigit() and not text.startswith("0")) or is_ip(text):
        return False
    if text.count(".") == 1 and text.replace(".", "").isdigit():
        return False  # a decimal number
    try:
        if text.startswith("+") or text.startswith("00"):
            return phonenumbers.is_possible_number(phonenumbers.parse(text.replace("00", "+", 1) if text.startswith("00") else text, None))
        return any(phonenumbers.is_possible_number(phonenumbers.parse(text, r)) for r in PHONE_REGIONS)
    except phonenumbers.NumberParseException:
        return False


def is_msisdn(value: str) -> bool:
    """A phone number as a network writes it: E.164 digits without the plus (34612345678),
    10 to 15 of them, that phonenumbers holds valid once the plus is put back."""
    text = value.strip()
    if not (text.isdigit() and 10 <= len(text) <= 15) or text.startswith("0"):
        return False
    number = _parse_phone("+" + text, None)
    return number is not None and phonenumbers.is_valid_number(number)


def is_imei(value: str) -> bool:
    """A handset's IMEI: 15 digits whose last is the Luhn check digit of the first 14."""
    text = value.strip()
    return len(text) == 15 and text.isdigit() and is_luhn_valid(text)


def is_imsi(value: str) -> bool:
    """A SIM's subscriber identity (IMSI): 15 digits starting with a mobile country code
    (ITU-T E.212 assigns 2xx to 7xx)."""
    text = value.strip()
    return len(text) == 15 and text.isdigit() and text[0] in "234567"


def is_iccid(value: str) -> bool:
    """A SIM card's serial (ICCID, ITU-T E.118): 19 or 20 digits, 89 for telecom first, Luhn."""
    text = value.strip()
    return len(text) in (19, 20) and text.isdigit() and text.startswith("89") and is_luhn_valid(text)


_LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:" + "|".join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")\s*$",
    re.I,
)


def has_legal_form(value: str) -> bool:
    """Whether a value ends with a company's legal form (Van Dijk Makelaardij B.V.,
    Turia Móviles S.L., Acme GmbH, Foo Ltd): a company's name."""
    text = value.strip()
    return len(text) >= 4 and " " in text and _LEGAL_FORM.search(text) is not None


_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,5}|[A-Z]{1,3}")


def is_initials(value: str) -> bool:
    """Initials as a form asks for them: J., J.P., M.A.C. (or JP)."""
    return _INITIALS.fullmatch(value.strip()) is not None


def is_gender_value(value: str) -> bool:
    return value.strip().casefold() in GENDER_VALUES


_COUNTRY_CODES = frozenset(phonenumbers.SUPPORTED_REGIONS) | {"UK", "EL"}


def is_country_code(value: str) -> bool:
    """An ISO 3166 alpha-2 country code in capitals (the regions phonenumbers knows)."""
    return value.strip() in _COUNTRY_CODES


_COORDINATES = re.compile(r"\(?\s*(-?\d{1,2}\.\d{3,})\s*[,; ]\s*(-?\d{1,3}\.\d{3,})\s*\)?")


def is_coordinate_pair(value: str) -> bool:
    """A latitude and a longitude in one value, in range (40.416800,-3.703800)."""
    m = _COORDINATES.fullmatch(value.strip())
    return m is not None and abs(float(m[1])) <= 90 and abs(float(m[2])) <= 180


# Postcode shapes with letters or a dash, which amounts and counts never have: the
# Netherlands (1234 AB), Portugal (1234-567), Poland (12-345), the UK, Canada.
_POSTCODE = re.compile(
    r"\d{4} ?[A-Z]{2}|\d{4}-\d{3}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
)


def is_postcode(value: str) -> bool:
    return _POSTCODE.fullmatch(value.strip().upper()) is not None


_HEALTH = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in HEALTH_TERMS) + ")", re.I)


def says_health(value: str) -> bool:
    """Whether a short text names a health condition or a care need (rolstoelgebruiker,
    discapacidad reconocida, diálisis, asthma...)."""
    folded = _fold(value)
    return _HEALTH.search(folded) is not None and folded.strip(" .") not in NOT_HEALTH


# A blood group (A+, 0 Rh-, AB Rh+, B positive, A Rh pozitif): the ABO letter and the
# rhesus factor; a grade (A+, B-) has the first but never 0, O or AB, nor a rhesus word.
_BLOOD_GROUP = re.compile(r"(?:0|o|a|b|ab)\s*(?:rh\s*)?(?:\(?[+-]\)?|pos|positive?|neg|negative?|pozitif|negatif|"
                          r"positivo|negativo|positif)", re.I)
_RHESUS = re.compile(r"^(?:0|o|ab)\b|^(?:0|o|ab)[+-]|rh|pos|neg", re.I)


def are_blood_groups(values: Sequence[str]) -> bool:
    """Whether a column's distinct values are all blood groups, one at least telling
    itself from a grade by a 0, an O, an AB or a rhesus word (B Rh+, 0 Rh-, AB+)."""
    distinct = {v.strip() for v in values if v.strip()}
    return (bool(distinct) and all(_BLOOD_GROUP.fullmatch(v) for v in distinct)
            and any(_RHESUS.search(v) for v in distinct))


# A street's name with its house number, by the street words of many languages: a word
# ending in a street suffix (Storgatan 7, Furuvägen 12 B, Hauptstraße 5, Kerkstraat 3,
# Fredensvej 9), a street word before the name (rue, via, calle, ulica...) or a number
# before an English street (221B Baker Street, 12 rue de la Paix).
_STREET_SUFFIX = (r"gatan|gata|gate|gaten|gade|gaden|vagen|vag|vegen|veien|veg|vej|vejen|stigen|grand|allen|"
                  r"alle|backen|torget|katu|tie|polku|strasse|str|weg|laan|straat|gracht|dijk|kade|plein|singel|"
                  r"steig|gasse|ring|damm|platz|"
                  r"utca|ut|korut|koz|sor|ter|utja|rakpart|setany|fasor")  # Hungarian: Bognár utca 4.
_STREET_WORD = (r"rue|avenue|av|boulevard|bd|chemin|allee|impasse|place|via|viale|piazza|corso|vicolo|calle|"
                r"avenida|avda|plaza|paseo|camino|rua|travessa|largo|ulica|ul|ulice|utca|sokak|sok|cadde|cad|"
                r"strada|bulevardul|aleea|trg")
_ENGLISH_STREET = r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|court|ct|close|crescent|terrace"
# Slovenian and Croatian street kinds, written as a word of their own after the name
# (Partizanska cesta 12, Glavarjeva ulica 1, Sončna pot 5, Štepanjsko nabrežje 54)
_SLAVIC_STREET = r"ulica|cesta|pot|nabrezje|trg|put|obala|setaliste|drevored|naselje|breg"
_HOUSE = r"\d{1,4}(?:\s?[a-z])?\b"
_STREET = re.compile(
    rf"\b[a-z]{{2,}}(?:{_STREET_SUFFIX})\.?\s+(?:nr\.?\s*)?{_HOUSE}"  # Storgatan 7, Hauptstr. 5
    rf"|\b[a-z]{{3,}}\s+(?:{_STREET_SUFFIX})\.?\s+{_HOUSE}"  # Vindarnas väg 2, Unter den Linden weg 3
    rf"|\b(?:{_STREET_WORD})\.?\s+(?:[a-z'-]+\.?\s+){{0,4}}[a-z'-]+\.?,?\s+(?:n[or]?\.?\s*)?{_HOUSE}"  # via Roma 10
    rf"|\b\d{{1,4}}(?:\s?[a-z])?(?:\s?bis|\s?ter)?,?\s+(?:{_STREET_WORD})\s+[a-z]"  # 12 rue de la Paix
    rf"|\b\d{{1,5}}[a-z]?\s+(?:[a-z'-]+\s+){{1,3}}(?:{_ENGLISH_STREET})\b\.?"  # 221B Baker Street
    rf"|\b[a-z]{{3,}}\s+(?:{_SLAVIC_STREET})\s+{_HOUSE}"  # Partizanska cesta 12
)
# A house number then a postcode and a town, after a comma (Pod topoli 17, 3000 Celje;
# Hauptmanca 57b, 2000 Maribor): a postal address whatever the street is called. Read
# with its case: the town starts with a capital.
_POSTAL_LINE = re.compile(r"\b[A-Za-z]{3,}\.?\s+\d{1,4}\s?[a-z]?,\s*\d{4,5}\s+[A-Z][a-z]+")


_STREET_NAMED = re.compile(
    rf"\b(?:{_STREET_WORD}|{_STREET_SUFFIX}|{_SLAVIC_STREET}|alameda|travessa|estrada|street|road|avenue|lane|"
    r"drive|boulevard|court|close|crescent|terrace)\b"  # Rua Augusta, Bognár utca, Baker Street (not St. Pölten, a town)
    r"|(?:" + "|".join(s for s in _STREET_SUFFIX.split("|") if len(s) >= 4) + r")\b"  # Hauptstrasse, Storgatan
)


def names_a_street(value: str) -> bool:
    """Whether a value names a street by its kind, number or not (Rua Augusta, Hauptstraße,
    Baker Street): no town."""
    return _STREET_NAMED.search(_fold(value)) is not None


def is_street_address(value: str) -> bool:
    """Whether a value holds a street and a house number (Storgatan 7, lgh 1102; Hauptstraße 5;
    12 rue de la Paix; Via Roma 10; ul. Długa 5; 221B Baker Street)."""
    text = value.strip()
    if not text or len(text) > 200 or not any(c.isdigit() for c in text):
        return False
    for letter, plain in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae")):
        text = text.replace(letter, plain)
    plain = _fold(text, keep_case=True)
    return _STREET.search(plain.casefold()) is not None or _POSTAL_LINE.search(plain) is not None


def _fold(text: str, keep_case: bool = False) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain if keep_case else plain.casefold()


def phone_regions(values: Iterable[str], candidates: Sequence[str] = REGION_CANDIDATES) -> dict[str, int]:
    """How many values are valid phone numbers of each region (ISO code): an
    international number (+ or 00) counts for its own region; a national one for each
    candidate region where phonenumbers holds it valid, written with the region's trunk
    prefix where one is always written (0 in Europe; not North America's optional 1: a
    US ``(202) 555-0143`` is no German number). Most frequent first."""
    counts: dict[str, int] = {}
    for value in values:
        text = value.strip()
        if not text or len(text) > 40:
            continue
        if text.startswith("+") or text.startswith("00"):
            number = _parse_phone(text.replace("00", "+", 1) if text.startswith("00") else text, None)
            region = phonenumbers.region_code_for_number(number) if number is not None else None
            if number is not None and region and phonenumbers.is_valid_number(number):
                counts[region] = counts.get(region, 0) + 1
            continue
        digits = "".join(c for c in text if c.isdigit())
        for region in candidates:
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
            trunk = metadata.national_prefix if metadata is not None else None
            if trunk and trunk != "1" and not digits.startswith(trunk):
                continue
            number = _parse_phone(text, region)
            if number is not None and phonenumbers.is_valid_number_for_region(number, region):
                counts[region] = counts.get(region, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _parse_phone(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def is_ip(value: str) -> bool:
    if "." not in value and ":" not in value:
        return False
    try:
        ipaddress.ip_interface(value.strip())
    except ValueError:
        return False
    return True


def is_iban(value: str) -> bool:
    """An IBAN, or a Polish NRB (the 26 digits of a Polish IBAN written without PL, as
    Poles write their account numbers): valid once PL is put in front."""
    compact = value.replace(" ", "")
    if len(compact) == 26 and compact.isdigit():
        return is_valid_iban("PL" + compact)
    return 15 <= len(compact) <= 34 and is_valid_iban(value)


# Card issuers' number ranges (IIN prefixes) and lengths: a 13-digit product code or a
# 14-digit SIRET passes Luhn, but not an issuer's range and length together.
_CARD_BRANDS: tuple[tuple[tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    (((4, 4),), frozenset({13, 16, 19})),  # Visa
    (((51, 55), (2221, 2720)), frozenset({16})),  # Mastercard
    (((34, 34), (37, 37)), frozenset({15})),  # American Express
    (((6011, 6011), (65, 65), (644, 649)), frozenset({16, 17, 18, 19})),  # Discover
    (((3528, 3589),), frozenset({16, 17, 18, 19})),  # JCB
    (((300, 305), (36, 36), (38, 38)), frozenset({14})),  # Diners Club
    (((62, 62),), frozenset({16, 17, 18, 19})),  # UnionPay
    (((5018, 5018), (5020, 5020), (5038, 5038), (5893, 5893), (6304, 6304), (6759, 6759), (6761, 6763)),
     frozenset({13, 14, 15, 16, 17, 18, 19})),  # Maestro
    (((2200, 2204),), frozenset({16, 17, 18, 19})),  # Mir
)


def card_brand_fits(digits: str) -> bool:
    """Whether a digit string has the length and prefix of some card issuer."""
    for ranges, lengths in _CARD_BRANDS:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width]) <= high:
                return True
    return False


def is_card(value: str) -> bool:
    """A card number: an issuer's prefix and length (Visa, Mastercard, Amex, Discover,
    JCB, Diners, UnionPay), and a valid Luhn check digit."""
    text = value.strip()
    if not re.fullmatch(r"\d(?:[ \-]?\d){12,18}", text):
        return False
    digits = "".join(c for c in text if c.isdigit())
    return card_brand_fits(digits) and is_luhn_valid(digits)


def is_password_hash(value: str) -> bool:
    return _PASSWORD_HASH.match(value) is not None and " " not in value


def is_token(value: str) -> bool:
    """A UUID, a long hex string, a JWT or a long random-looking string."""
    text = value.strip()
    if _UUID.fullmatch(text) or _HEX_TOKEN.fullmatch(text) or _JWT.fullmatch(text):
        return True
    if _RANDOM_TOKEN.fullmatch(text):
        kinds = sum(bool(re.search(p, text)) for p in ("[a-z]", "[A-Z]", "[0-9]"))
        return kinds == 3
    return False


def is_uuid(value: str) -> bool:
    return _UUID.fullmatch(value.strip()) is not None


def is_guid(value: str) -> bool:
    """A UUID as systems write their records' keys: with its hyphens or braces, or bare
    with RFC 4122's version and variant digits (a bare MD5 of 32 hex digits, a session's
    cookie in CGI::Session or PHP, has them one time in 64)."""
    text = value.strip()
    if not is_uuid(text):
        return False
    if "-" in text or "{" in text:
        return True
    return text[12] in "12345678" and text[16].lower() in "89ab"


def is_mac(value: str) -> bool:
    return _MAC.fullmatch(value.strip()) is not None


_EMAIL_INSIDE = re.compile(rb"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}")


def quotes_email_in_bytes(value: str) -> bool:
    """Whether a binary value (a serialized Java, PHP or Python object: a session's
    attributes) holds an e-mail address among its bytes."""
    return _EMAIL_INSIDE.search(value_bytes(value, None)) is not None


SERIALIZED_TEXT = 4096  # the bytes of a serialized value read as text for quoted items


def quotes_personal_in_bytes(value: str) -> bool:
    """Whether a binary value (a serialized session: Spring's attributes, PHP's
    ``__returnUrl|s:34:"/search?phone=0977654638"``, Laravel's the same in base64) holds
    an e-mail address, or, read as text, a phone number, an IBAN, an IP address or a
    national id (a CURP in Rails' session)."""
    decoded = base64_text(value)
    data = value_bytes(value if decoded is None else decoded, None)  # (read once, for both looks)
    if _EMAIL_INSIDE.search(data) is not None:
        return True
    text = data[:SERIALIZED_TEXT].decode("utf-8", "replace")
    return any(kind in ("phone", "iban", "ip") for kind in quoted_items(text)) or any(
        is_national_id(m.group()) for m in _ID_RUN.finditer(text))


# A run of letters and digits as long as national ids are, inside a serialized value.
_ID_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{9,18}(?![A-Za-z0-9])")


_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def base64_text(value: str) -> str | None:
    """The text a base64 value stands for (Laravel's session payload), or None: when the
    value is base64 and what it decodes to is printable text (not a random token's bytes)."""
    text = value.strip()
    if len(text) % 4 or _BASE64.fullmatch(text) is None:
        return None
    try:
        decoded = base64.b64decode(text[: 4 * SERIALIZED_TEXT // 3 // 4 * 4], validate=True).decode("utf-8")
    except ValueError:  # (binascii.Error, UnicodeDecodeError)
        return None
    return decoded if sum(c.isprintable() or c in "\n\r\t" for c in decoded) >= 0.95 * len(decoded) else None


# The regions a national number is tried in for its type (a mobile's or a switchboard's):
# Europe's, North America's, and a few more.
MOBILE_REGIONS = ("FR", "DE", "GB", "IE", "ES", "PT", "IT", "NL", "BE", "LU", "CH", "AT", "PL", "CZ", "SK", "HU",
                  "SI", "HR", "RS", "BG", "RO", "GR", "DK", "SE", "NO", "FI", "IS", "EE", "LV", "LT", "US", "CA",
                  "MX", "BR", "AU", "TR")


def is_mobile_number(value: str) -> bool:
    """Whether a phone number is a mobile's (one person's), not a fixed line's: an
    international one by its own country, a national one in any of MOBILE_REGIONS."""
    text = value.strip()
    if not is_phone(text) and not text.startswith("00"):
        return False
    if text.startswith(("+", "00")):
        number = _parse_phone(text.replace("00", "+", 1) if text.startswith("00") else text, None)
        return number is not None and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    for region in MOBILE_REGIONS:
        number = _parse_phone(text, region)
        if number is not None and phonenumbers.is_valid_number_for_region(number, region):
            return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    return False


# A PHP session id (session.sid_bits_per_character 4 or 5, or base 36): 26 or more
# lower-case letters and digits (PHP's sid_length is 26 to 256), both mixed in; a cuid
# of 25 (Prisma's and NextAuth's row ids, no cookie) is not one.
_PHP_SESSION_ID = re.compile(r"(?=(?:.*\d){3})(?=(?:.*[a-z]){3})[0-9a-z]{26,256}")


def is_session_key(value: str) -> bool:
    """A session's key as web frameworks write it: a token, or PHP's lower-case id."""
    return is_token(value) or _PHP_SESSION_ID.fullmatch(value.strip()) is not None


def bytea(value: str) -> bytes | None:
    """The bytes of PostgreSQL's \\x hex (a bytea as pg_dump writes it), or None."""
    if len(value) % 2 or _BYTEA.fullmatch(value) is None:
        return None
    try:
        return bytes.fromhex(value[2:])
    except ValueError:
        return None


def value_bytes(value: str, limit: int | None = 64) -> bytes:
    """The bytes a binary value stands for, its first ``limit`` (None: all): PostgreSQL's
    \\x hex, else the decoded bytes."""
    data = bytea(value if limit is None else value[: 2 + 2 * limit]) if len(value) % 2 == 0 else None
    if data is not None:
        return data
    return (value if limit is None else value[:limit]).encode("utf-8", "surrogateescape")


# Documents by their magic bytes: PDF, Word 97-2003 (OLE2), Office Open XML and
# OpenDocument files (zip), RTF.
_DOCUMENT_MAGIC = ((b"%PDF-", "pdf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"), (b"PK\x03\x04", "zip"),
                   (b"{\\rtf", "rtf"))


_BASE64_HEAD = re.compile(r"[A-Za-z0-9+/]{16}")


def base64_head(value: str) -> bytes:
    """The first bytes of a value written in base64 (Dynamics' annotation.documentbody,
    a JSON API's file field), or b"" when it is not."""
    if not _BASE64_HEAD.match(value):
        return b""
    head = value[:64]
    try:
        return base64.b64decode(head[: len(head) // 4 * 4], validate=True)
    except (binascii.Error, ValueError):
        return b""


def document_format(value: str) -> str | None:
    """The format of a document in a blob (pdf, doc, zip, rtf), also in base64, or None."""
    for data in (value_bytes(value), value[:64].encode("latin-1", "replace"), base64_head(value)):
        for magic, name in _DOCUMENT_MAGIC:
            if data.startswith(magic):
                return name
    return None


def is_document(value: str) -> bool:
    return document_format(value) is not None


def is_image(value: str) -> bool:
    if value[:11].lower() == "data:image/":
        return True
    data = value_bytes(value)
    return (image_format(data) is not None or image_format(value[:64].encode("latin-1", "replace")) is not None
            or image_format(base64_head(value)) is not None)


def birth_year(value: str, today: dt.date) -> int | None:
    """The year of a date that may be a birth date: no time of day (or midnight), and
    between 14 and 110 years ago."""
    m = _DATE_VALUE.fullmatch(value.strip())
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if m[4] is not None and (m[4], m[5], m[6] or "00") != ("00", "00", "00"):
            return None
    else:
        m = _DATE_DMY.fullmatch(value.strip())
        if m is None:
            return None
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    low, high = today.year - _BIRTH_AGES[1], today.year - _BIRTH_AGES[0]
    return year if low <= year <= high else None


_ITEM_CHECKS = (
    ("email", lambda t: _EMAIL.search(t) is not None),
    ("ip", lambda t: any(is_ip(m.group()) and not _is_version(t, m.start()) for m in _IPV4.finditer(t))
     or any(is_ip(m.group()) for m in _IPV6.finditer(t))),
    ("iban", lambda t: any(is_valid_iban(m.group()) for m in _IBAN.finditer(t))),
    ("credit_card", lambda t: any(is_card(m.group()) for m in _CARD.finditer(t))),
    ("phone", lambda t: _may_hold_phone(t) and _quotes_phone(t)),
)


def _is_version(text: str, start: int) -> bool:
    """Whether a dotted quad at ``start`` is a product's version (``Chrome/124.0.0.0``,
    ``AppleWebKit/537.36.0.1``): right after a word and a slash (``http://10.0.0.1`` is an IP)."""
    return start >= 2 and text[start - 1] == "/" and text[start - 2].isalnum()


def _quotes_phone(text: str) -> bool:
    for region in ("US", "FR"):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            if match.start > 0 and text[match.start - 1].isalnum():
                continue  # DE123456789, BE0123456789: a VAT number, an account code
            if not _glued_to_code(text, match.start) or _dialable(match.raw_string, match.number):
                return True
    return False


def _glued_to_code(text: str, start: int) -> bool:
    """Whether the digits at ``start`` continue a code (``FAC-2024-00001``, ``REF/0042-1138``):
    a letter or digit behind a dash, slash, underscore or dot right before them."""
    return start >= 2 and text[start - 1] in "-/_." and text[start - 2].isalnum()


def _dialable(raw: str, number: phonenumbers.PhoneNumber) -> bool:
    """Whether digits inside a code are still a phone number: phonenumbers holds it valid,
    and it is written as one dials it (+, 00, or the region's trunk prefix such as 0)."""
    if not phonenumbers.is_valid_number(number):
        return False
    text = raw.lstrip("(")
    if text.startswith("+") or text.startswith("00"):
        return True
    region = phonenumbers.region_code_for_number(number)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region or "")
    prefix = metadata.national_prefix if metadata is not None else None
    return bool(prefix) and text.startswith(prefix)


# Timestamps and numbers are not free text; inside a text, their digit runs are no phone.
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}(?::?\d{2})?|Z)?)?")
_NUMBER = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*")


def quoted_items(text: str) -> list[str]:
    """The kinds of personal items a text quotes (email, ip, iban, credit_card, phone)."""
    if _NUMBER.fullmatch(text) or _TIMESTAMP.fullmatch(text.strip()) or is_token(text) or is_coordinate_pair(text):
        return []  # (41.3874, 2.1686): a position, whose digits are no phone
    text = _TIMESTAMP.sub(" ", text)
    return [kind for kind, check in _ITEM_CHECKS if check(text)]


def _json_document(text: str) -> object | None:
    t = text.lstrip()
    if not t or t[0] not in "{[":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


# --- masking -----------------------------------------------------------------


def _looks_binary(text: str) -> bool:
    return any((c < " " and c not in "\n\r\t") or "\udc80" <= c <= "\udcff" for c in text[:256])


def mask(value: str, category: str | None = None) -> str:
    """A masked form of a value: its shape without its content (``a***@e***.com``,
    ``+33 6** *** **78``, ``19**-**-**``). Without a category (preview, verify), an
    e-mail as such and anything else word by word, each word keeping its first and
    last character (``Jean-Pierre`` -> ``J**n-P****e``; a word of one or two
    characters is hidden whole). Every command shows values masked this way."""
    text = value.strip()
    if category in ("blob_image", "document") or _looks_binary(text):
        fmt = image_format(value_bytes(value))
        if fmt is None and document_format(value) is not None:
            return f"<{document_format(value).upper()} document>"
        return f"<{fmt.upper()} image>" if fmt else "<binary>"
    if len(text) <= 2:
        return "*" * len(text)
    if category == "password" or is_password_hash(text):
        prefix = re.match(r"\$[^$]+\$(?:\d+\$)?", text)
        return (prefix.group() if prefix else "") + "***"
    m = _EMAIL.search(text)
    if m is not None and (category in ("email", "free_text", "json", "username")
                          or category is None and m.group() == text):
        local, _, domain = m.group().partition("@")
        parts = domain.rsplit(".", 1)
        return f"{local[:1]}***@{parts[0][:1]}***.{parts[-1]}" if len(parts) == 2 else f"{local[:1]}***@***"
    if category in ("phone", "credit_card", "iban", "national_id", "id_number"):
        digits = [i for i, c in enumerate(text) if c.isalnum()]
        keep = set(digits[:3] + digits[-2:]) if len(digits) > 8 else set(digits[-1:])
        return "".join(c if (i in keep or not c.isalnum()) else "*" for i, c in enumerate(text))[:40]
    if category == "birthdate":
        return text[:2] + re.sub(r"\d", "*", text[2:10]) if text[:4].isdigit() else re.sub(r"\d", "*", text[:10])
    if category in ("free_text", "json"):
        return f"<text, {len(value)} characters>"
    if category is None:
        return _WORD.sub(lambda w: _mask_word(w.group()), value)
    head = text[:1]
    body = re.sub(r"[^\W_]", "*", text[1:12])
    return head + body + ("…" if len(text) > 12 else "")


def _mask_word(word: str) -> str:
    return "*" * len(word) if len(word) <= 2 else word[0] + "*" * (len(word) - 2) + word[-1]

