"""What a column's sampled values say on their own, whatever its name: people's names
(Faker's first and last names, a NameBook), phone lines and SIMs, genders, country
codes, postcodes and care needs in tables about people, and what a table's values say
about the table (companies, people's names, contacts). Also the Finding a detector
returns and the Sample it judges.

Pure functions, no I/O; ``detect.py`` decides with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from .. import fakes
from ..strategies.freetext import _EMAIL as _EMAIL_IN_TEXT
from .values import (
    are_blood_groups,
    has_legal_form,
    is_coordinate_pair,
    is_country_code,
    is_email,
    is_gender_value,
    is_iccid,
    is_imei,
    is_imsi,
    is_initials,
    is_msisdn,
    is_nip,
    is_phone,
    is_postcode,
    is_company_mailbox,
    is_role_email,
    quoted_items,
    mask,
    says_health,
)
from .naming import TableContext, ValueEvidence, is_payment_table, match_column, tokenize
from .transliteration import latin_forms
from .vocabulary import ANY, CLASSIFYING, DOCUMENT_KINDS, LINKED, LOCATION, PEOPLE, PERSON, QUASI, SENSITIVE

MAJORITY = 0.6  # share of a column's non-empty sampled values a value detector must match
MIN_MATCHES = 2  # ... and at least this many (one, when the sample holds a single value)
LOGIN_SHARE = 0.1  # logins of first.last in this share of a unique column's values: a column of logins
DEVICE_OWNER_SHARE = 0.2  # device names carrying a first name in this share: they name their owners
TEXT_HITS_SHARE = 0.05  # free text: share of values quoting an item (and at least MIN_MATCHES)
KEPT_CHARS = 2000  # a sampled value is judged on its first characters (a 200 kB log line too)



@dataclass(frozen=True)
class Finding:
    """A column holding personal data (or, in ``scan -r``, linked to one by a key)."""

    table: str  # as the dump spells it
    column: str
    category: str  # one of CATEGORIES (or FOREIGN_KEY)
    reason: str
    confidence: float  # 0..1
    sensitive: bool = False
    quasi: bool = False
    example: str | None = None  # masked, never the value itself

    def to_json(self) -> dict:
        return {
            "table": self.table,
            "column": self.column,
            "category": self.category,
            "reason": self.reason,
            "confidence": round(self.confidence, 2),
            "sensitive": self.sensitive,
            "quasi": self.quasi,
            "example": self.example,
        }


def finding(table: str, column: str, category: str, reason: str, confidence: float, example: str | None = None) -> Finding:
    """A Finding with ``sensitive`` and ``quasi`` set from its category."""
    return Finding(table, column, category, reason, round(min(max(confidence, 0.0), 1.0), 2),
                   category in SENSITIVE, category in QUASI, example)


@dataclass
class Sample:
    """The sampled values of one column (non-empty ones, cut to KEPT_CHARS)."""

    values: list[str] = field(default_factory=list)
    nulls: int = 0

    def add(self, value: str | None) -> None:
        if value is None or value == "" or value.strip() == "":
            self.nulls += 1
        else:
            self.values.append(value[:KEPT_CHARS])


def _share(values: list[str], check) -> tuple[int, int]:
    hits = sum(1 for v in values if check(v))
    return hits, len(values)


def _enough(hits: int, total: int) -> bool:
    if total == 0:
        return False
    return hits >= (1 if total == 1 else MIN_MATCHES) and hits / total >= MAJORITY


# --- evidence from values alone ------------------------------------------------

# Categories that say where something is: a place's, not a person's, in a table of places.
_WHERE = frozenset({"address", "postal_code", "city", "region", "country", "geo_location"})
# Faker's person locales whose first and last names a column of names is read with.
NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "fr_FR", "fr_CH", "de_DE", "de_AT", "es_ES", "es_MX", "es_CO",
    "it_IT", "nl_NL", "nl_BE", "pt_PT", "pt_BR", "pl_PL", "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "tr_TR",
    "ro_RO", "hu_HU", "el_GR", "sk_SK", "sl_SI", "hr_HR", "uk_UA", "ru_RU", "lt_LT", "lv_LV", "et_EE", "is_IS",
    "bg_BG", "mk_MK", "fr_CA",
)
# Words between the parts of a name (Jan van der Berg, María de la Cruz, João dos Santos).
_PARTICLES = frozenset(
    {"van", "de", "der", "den", "del", "della", "dei", "di", "da", "das", "dos", "do", "du", "la", "le", "las",
     "los", "von", "zu", "ter", "ten", "te", "'t", "y", "e", "i", "het", "bin", "ben", "al", "el", "st", "mac",
     "mc", "d'", "o'", "jr", "sr", "junior"}
)
MIN_NAMES = 8  # distinct known names a column of names must show (cities and streets repeat a few)
COMPANY_SHARE = 0.4  # share of a column's sampled rows that end with a legal form, for a company table


@dataclass(frozen=True)
class NameBook:
    """Case-folded first and last names of Faker's person locales: built once per scan
    (``NameBook.build``) and passed to the detector, never kept in a module."""

    first: frozenset[str]
    last: frozenset[str]

    @classmethod
    def build(cls, locales: Sequence[str] = NAME_LOCALES) -> "NameBook":
        """The names of ``locales``, and their forms in plain Latin letters (FREDERIQUE,
        SPANOCHRISTODOULOU: names typed without accents or from a passport)."""
        first, last = fakes.person_names(locales)
        return cls(_with_latin_forms(first), _with_latin_forms(last))

    def kind(self, word: str) -> tuple[bool, bool]:
        """Whether a word (or each part of a hyphenated one) is a known first name, last name
        (a woman's form of a known man's surname too: see ``surname_forms``)."""
        parts = [p for p in word.split("-") if p] or [word]
        return (word in self.first or all(p in self.first for p in parts),
                self.is_last(word) or all(self.is_last(p) for p in parts))

    def is_last(self, word: str) -> bool:
        return any(form in self.last for form in surname_forms(word)) or self._patronymic(word)

    def _patronymic(self, word: str) -> bool:
        """An Icelandic patronymic or matronymic: a known first name in the genitive, then
        -son or -dóttir (Björnsson, Magnússon, Þórðardóttir, Guðmundsdóttir)."""
        for suffix in ("son", "dóttir", "dottir"):
            if word.endswith(suffix) and len(word) >= len(suffix) + 4:
                stem = word[: -len(suffix)]  # the genitive: Björns, Jóns, Þórðar, Magnús
                if len(stem) >= 5 and stem.endswith("s") and stem in self.first:
                    return True  # Magnússon, Tómasson (not Lesson)
                base = stem[:-1] if stem.endswith("s") else stem[:-2] if stem.endswith("ar") else None
                return base is not None and len(base) >= 3 and any(
                    b in self.first for b in (base, base + "ur", base + "i"))
        return False


def _with_latin_forms(names: frozenset[str]) -> frozenset[str]:
    return names | {form for name in names if not name.isascii() for form in latin_forms(name)}


# A woman's surname from a man's in Polish (Kowalska, Nowicka, Zawadzka), Czech and Slovak
# (Nováková, Svobodová), Russian and Bulgarian (Ivanova, Petrova, Lebedeva, Putina),
# Lithuanian (-ienė, -aitė), Latvian (-a for -s) and Greek (-ou, -ri): the ending and
# the man's endings it comes from.
_FEMININE = (("ska", ("ski",)), ("cka", ("cki",)), ("dzka", ("dzki",)), ("ová", ("", "a")), ("ova", ("", "a")),
             ("eva", ("ev",)), ("ina", ("in",)), ("yna", ("yn",)), ("aya", ("iy", "y")), ("ienė", ("as", "is", "us")),
             ("aitė", ("as", "us")), ("ytė", ("is", "ys")), ("ou", ("os", "as", "is")), ("a", ("", "s")))


def surname_forms(word: str) -> tuple[str, ...]:
    """A surname (case folded) and the man's forms a woman's form of it may come from:
    kowalska -> kowalski, nováková -> novák, ivanova -> ivanov."""
    forms = [word]
    for ending, male in _FEMININE:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms += [word[: -len(ending)] + m for m in male]
    return tuple(forms)


def _surname_first(kinds: list[tuple[bool, bool]], text: str) -> bool:
    """Whether a name's words read surname first: in capitals as registers sort them
    (KATSAFADOU MICHAELA), or as Hungarians write every name (Nagy Julianna): a word
    that is only a last name before one that is only a first name."""
    (first_is_first, first_is_last), (last_is_first, last_is_last) = kinds[0], kinds[-1]
    if text == text.upper():
        return first_is_last and last_is_first
    return first_is_last and not first_is_first and last_is_first and not last_is_last


# A title or degree written before a name, abbreviated with dots (Dr., Dr.ª, Lic., Ing.,
# Q.F.B., Mme.): not part of the name.
_TITLE = re.compile(r"(?:[A-Z][a-z]{0,3}\.[ªº]?){1,3}")


# The endings of Slavic surnames made from a name (Димитров, Колева, Petrov, Ivanova,
# Kowalski): after a known first name, such a word is a last name.
_SLAVIC_SURNAME = ("ов", "ев", "ова", "ева", "ски", "ска", "ov", "ev", "ova", "eva", "ski", "ska",
                   # Ukrainian, in Cyrillic and as Ukraine's national system writes it
                   # (Шевченко, Мельник, Федорів, Яворський; Kovalchuk, Fedoriv, Melnyk)
                   "енко", "чук", "юк", "ук", "ський", "цький", "ська", "цька", "ич", "ів", "ник",
                   "enko", "chuk", "iuk", "yuk", "uk", "skyi", "skyy", "tskyi", "ych", "iv", "nyk")


def _slavic_surname(word: str) -> bool:
    """Whether a case-folded word ends like a Slavic surname made from a name or a trade
    (Petrov, Kowalska, Kovalchuk): read as one only after a known first name."""
    return len(word) >= 5 and word.endswith(_SLAVIC_SURNAME)


def _with_slavic_surnames(core: list[str], kinds: list[tuple[bool, bool]]) -> list[tuple[bool, bool]]:
    """A full name's word kinds, each word after a known first name that ends like a
    Slavic surname read as a last name (a single word never is: Rostov, a city)."""
    if not kinds[0][0]:
        return kinds
    return [kinds[0], *((f, la or _slavic_surname(w)) for w, (f, la) in zip(core[1:], kinds[1:]))]


def name_column(values: list[str], book: NameBook, min_names: int = MIN_NAMES) -> tuple[str, int, int] | None:
    """Whether a clear majority of sampled values are people's names, and which kind:
    (category, matching values, distinct known names). Known first names alone ->
    first_name, last names alone -> last_name, two to four words starting with a first
    name and holding a last name -> name. At least ``min_names`` distinct known names, and
    most distinct values known, so a column of a dozen cities or streets that are also
    surnames (Toledo, Valencia) is no column of names."""
    first = last = full = 0
    known: set[str] = set()
    distinct: set[str] = set()
    for value in values:
        text = value.strip()
        distinct.add(text.casefold())
        words = text.replace(",", " ").split()
        while len(words) > 1 and _TITLE.fullmatch(words[0]):
            words = words[1:]  # Dr., Lic., Q.F.B. before the name
        if not words or len(words) > 6 or not words[0][:1].isupper():
            continue
        core = [w.casefold().strip(".'") for w in words if w.casefold() not in _PARTICLES]
        if not core or not all(w.replace("-", "").replace("'", "").isalpha() for w in core):
            continue
        kinds = _with_slavic_surnames(core, [book.kind(w) for w in core])
        if len(core) == 1:
            is_first, is_last = kinds[0]
            first += is_first
            last += is_last
            if is_first or is_last:
                known.add(core[0])
        elif len(core) <= 4 and all(f or la for f, la in kinds) and (
                (kinds[0][0] and any(la for _, la in kinds[1:])) or _surname_first(kinds, text)):
            full += 1
            known.add(text.casefold())
    total = len(values)
    if total == 0 or len(known) < min_names or len(known) < 0.6 * len(distinct):
        return None
    best, hits = max((("name", full), ("first_name", first), ("last_name", last)), key=lambda kv: kv[1])
    if hits / total < MAJORITY:
        return None
    return best, hits, len(known)


def _telecom(table: str, name: str, values: list[str], ctx: TableContext) -> Finding | None:
    """A line's number without its plus (MSISDN), anywhere; a SIM's or a handset's identity
    (ICCID, IMEI, IMSI) in a table about people or linked to them (not a payment's
    15-digit reference)."""
    total = len(values)
    if ctx.is_linked and not is_payment_table(table):
        for label, check in (("SIM card serials (ICCID, Luhn)", is_iccid), ("handset IMEIs (Luhn)", is_imei),
                             ("SIM subscriber identities (IMSI)", is_imsi)):
            hits, _ = _share(values, check)
            share = 0.9 if check is is_imei else MAJORITY  # one 15-digit string in ten passes Luhn by chance
            if hits >= MIN_MATCHES and hits / total >= share and len(set(values)) * 2 > total:
                return finding(table, name, "identifier", f"{hits} of {total} sampled values are {label} "
                               "in a table about people or linked to them", 0.5 + 0.4 * hits / total,
                               mask(values[0], "id_number"))
    if ctx.is_linked:
        hits, _ = _share(values, is_coordinate_pair)
        if _enough(hits, total):
            return finding(table, name, "geo_location", f"{hits} of {total} sampled values are coordinates "
                           "(latitude, longitude) in a table about people or linked to them",
                           0.5 + 0.4 * hits / total, None)
    hits, _ = _share(values, is_msisdn)
    if _enough(hits, total):
        return finding(table, name, "phone", f"{hits} of {total} sampled values are phone numbers in "
                       "international format without the plus (MSISDN)", 0.5 + 0.4 * hits / total,
                       mask(next(v for v in values if is_msisdn(v)), "phone"))
    return None


def _people_values(table: str, name: str, values: list[str], ctx: TableContext, book: NameBook | None,
                   nulls: int) -> Finding | None:
    """People's names by the known first and last names; in a table about people, initials
    next to a name column, genders, country codes and care needs by their values."""
    total = len(values)
    if book is not None and not ctx.is_place:
        said = name_column(values, book)
        if said is not None:
            category, hits, known = said
            if (text := _names_with_items(table, name, values)) is not None:
                return text
            return finding(table, name, category, f"{hits} of {total} sampled values are known "
                           f"{category.replace('_', ' ')}s ({known} distinct)", 0.5 + 0.4 * hits / total,
                           mask(values[0], category))
    if not ctx.is_people:
        return None
    if book is not None:
        hits, _ = _share(values, lambda v: quotes_name(v, book))
        if _enough(hits, total) and len({v.strip().casefold() for v in values}) >= MIN_MATCHES + 1:
            if (text := _names_with_items(table, name, values)) is not None:
                return text  # next of kin: "Anna Berg (maka) 070-123 45 67"
            return finding(table, name, "name", f"{hits} of {total} sampled values hold a person's first and last "
                           "name (a sole trader's business name) in a table about people", 0.5 + 0.3 * hits / total,
                           mask(values[0], "name"))
    distinct = {v.strip().casefold() for v in values}
    if book is not None and len(distinct) * 10 >= total * 9:
        hits, _ = _share(values, lambda v: is_login_of_name(v, book))
        if hits > MIN_MATCHES and hits >= LOGIN_SHARE * total:  # (the others: card numbers, nicknames)
            return finding(table, name, "username", f"{hits} of {total} sampled values are logins made of a "
                           "person's names (first.last), one per row, in a table about people",
                           0.5 + 0.4 * min(1.0, hits / total * 2), mask(values[0], "username"))
    hits, _ = _share(values, is_nip)
    if _enough(hits, total):
        return finding(table, name, "national_id", f"{hits} of {total} sampled values are tax numbers (NIP, check "
                       "digit) in a table about people: a sole trader's is the person's", 0.5 + 0.4 * hits / total,
                       mask(values[0], "national_id"))
    if ctx.has_names:
        hits, _ = _share(values, is_initials)
        if _enough(hits, total) and any("." in v for v in values):
            return finding(table, name, "name", f"{hits} of {total} sampled values are initials (J.P.) "
                           "next to a column of names", 0.5 + 0.3 * hits / total, mask(values[0], "name"))
    if total >= 5 and 2 <= len(distinct) <= 4 and all(is_gender_value(v) for v in values) and _gender_set(distinct):
        return finding(table, name, "gender", f"{total} sampled values are {len(distinct)} genders "
                       f"({', '.join(sorted(distinct))})", 0.6, None)
    hits, _ = _share(values, is_country_code)
    if total >= 5 and _enough(hits, total) and 2 <= len(distinct) <= 60 and hits == total:
        return finding(table, name, "nationality", f"{total} sampled values are {len(distinct)} ISO country "
                       "codes in a table about people", 0.55, None)
    if ctx.has_location:
        hits, _ = _share(values, is_postcode)
        if _enough(hits, total) and len(distinct) >= 3:
            return finding(table, name, "postal_code", f"{hits} of {total} sampled values are postcodes "
                           "in a table about people", 0.55, mask(values[0], "postal_code"))
    hits, _ = _share(values, says_health)
    if hits >= 3 and hits / total >= 0.4 and max(len(v) for v in values) <= 200:
        return finding(table, name, "health", f"{hits} of {total} sampled values name a health condition "
                       "or a care need in a table about people", 0.5 + 0.3 * hits / total,
                       mask(next(v for v in values if says_health(v)), "health"))
    return None


NAMES_WITH_ITEMS_SHARE = 0.3  # names quoting phones or e-mails in this share of values: free text


def _names_with_items(table: str, name: str, values: list[str]) -> Finding | None:
    """A column of names where a clear share of the values also quote a phone number or
    an e-mail (a next of kin: a name, the relation and a phone) is free text: scrubbing
    it as a name would leave the phones."""
    total = len(values)
    hits, _ = _share(values, lambda v: bool(quoted_items(v)))
    if hits < MIN_MATCHES or hits / total < NAMES_WITH_ITEMS_SHARE:
        return None
    example = next(v for v in values if quoted_items(v))
    return finding(table, name, "free_text", f"{hits} of {total} sampled values hold a person's name together with "
                   f"other personal items ({', '.join(quoted_items(example))})", 0.5 + 0.4 * min(1.0, hits / total * 2),
                   mask(example, "free_text"))


# The pairs of one-letter codes a gender column is written with (F/M, M/W, H/M for
# hombre/mujer, M/V for man/vrouw, K/M, Turkish E/K, Swedish F/P for flicka/pojke,
# Cyrillic Ч/Ж and М/Ж); letters without one (E/D: enabled, disabled) are no genders.
_GENDER_PAIRS = tuple(frozenset(p) for p in ("fm", "mw", "hm", "hf", "mv", "km", "ek", "fp", "чж", "мж"))


def _gender_set(distinct: set[str]) -> bool:
    """Whether a column's distinct case-folded values can be genders: words, or one-letter
    codes holding one of the pairs genders are written with."""
    letters = {v for v in distinct if len(v) == 1}
    return letters != distinct or any(pair <= letters for pair in _GENDER_PAIRS)


HEALTH_CODE_LIST = 30  # at most this many distinct values: a list of codes, not free text


def health_codes(table: str, name: str, values: list[str]) -> Finding | None:
    """A short list of reasons or types repeated over a table linked to people, one of
    which names a health condition (a school transport's "funktionsnedsättning" among
    "avstånd"; a diet's "nötallergi" among "halal"): every row with that code tells a
    person's health, so the column is health data."""
    total = len(values)
    distinct = {v.strip().casefold() for v in values}
    if total < 10 or not 2 <= len(distinct) <= HEALTH_CODE_LIST or total < 2 * len(distinct):
        return None
    if tokenize(name)[-1:] and tokenize(name)[-1] in CLASSIFYING:
        return None  # a case's type "Injury", a document's category: what the record is
    if max(len(v) for v in distinct) > 40:
        return None
    if are_blood_groups(values):
        return finding(table, name, "health", f"{len(distinct)} distinct values repeat in a table linked to people, "
                       "all of them blood groups", 0.8, mask(values[0], "health"))
    health = sorted(v for v in distinct if says_health(v) and not names_document(v))
    if not health:
        return None
    return finding(table, name, "health", f"{len(distinct)} distinct values repeat in a table linked to people, "
                   f"{len(health)} of them naming a health condition or a care need", 0.45 + 0.3 * len(health) /
                   len(distinct), mask(health[0], "health"))


HEALTH_TEXT_SHARE = 0.1  # share of a column's distinct texts naming a health condition, for health
HEALTH_TEXT_MIN = 3  # ... and at least this many of them


def health_texts(table: str, name: str, values: list[str]) -> Finding | None:
    """Short texts in a table linked to people (a membership's freeze reason, a trainer's
    note) of which several name a health condition (long COVID, a fracture, a pregnancy):
    even a minority of such rows makes the column health data."""
    distinct = {v.strip().casefold() for v in values if len(v) <= 300}
    health = sorted(v for v in distinct if says_health(v) and not names_document(v))
    if len(health) < HEALTH_TEXT_MIN or len(health) < HEALTH_TEXT_SHARE * len(distinct):
        return None
    return finding(table, name, "health", f"{len(health)} of {len(distinct)} distinct sampled texts name a health "
                   "condition in a table linked to people", 0.45 + 0.4 * len(health) / len(distinct),
                   mask(health[0], "health"))


def names_document(value: str) -> bool:
    """Whether a code names a kind of document (MEDICAL_REPORT, sick note, Arztbericht):
    a list of document types says what a file is, not what a person has."""
    words = value.replace("_", " ").replace("-", " ").casefold().split()
    return bool(words) and any(words[-1].endswith(kind) for kind in DOCUMENT_KINDS)


def table_evidence(names: Sequence[str], samples: dict[str, Sample], book: NameBook | None,
                   prefix: str = "") -> ValueEvidence:
    """What a table's sampled values say about it: a column of companies' names (a legal
    form ends at least COMPANY_SHARE of its rows), of people's names (columns whose name
    says something else, such as a city, excepted), of e-mails or phone numbers."""
    is_company = has_names = has_contacts = False
    for name in names:
        sample = samples.get(name)
        if sample is None or not sample.values:
            continue
        values = sample.values
        hits, total = _share(values, has_legal_form)
        if hits >= 3 and hits / (total + sample.nulls) >= COMPANY_SHARE:
            is_company = True
        hit = match_column(name, (ANY, PEOPLE, LINKED, LOCATION, PERSON), prefix)
        if book is not None and (hit is None or hit.category in ("first_name", "last_name", "name")):
            has_names = has_names or name_column(values, book) is not None
        for check in (() if has_contacts else (is_email, is_phone, is_msisdn)):
            hits, total = _share(values, check)
            if _enough(hits, total) and not (check is is_email and _share(values, is_company_mailbox)[0] * 2 >= hits):
                has_contacts = True
    return ValueEvidence(is_company=is_company, has_names=has_names, has_contacts=has_contacts)


def quotes_name(value: str, book: NameBook) -> bool:
    """Whether a value holds a known first name followed by a known last name among other
    words (Antyki i Starocie Urszula Kieloch, Klara Wolff Usługi Remontowe), or in a slug
    (danielle-hely, donation-danielle-hely-2024)."""
    text = value.strip()
    slug = " " not in text and ("-" in text or "_" in text)  # danielle-hely, a page's or a login's slug
    words = [w.strip(".,'\"()").casefold() for w in (re.split(r"[-_.]+", text) if slug else text.split())]
    return any(a and b and ((a in book.first and (book.is_last(b) or _slavic_surname(b)) and b not in book.first)
                            or (slug and book.is_last(a) and a not in book.first and b in book.first))
               for a, b in zip(words, words[1:])) and (slug or text[:1].isupper())  # PAPP_ILONA_2008.png too


_NAME_AND_NUMBER = re.compile(r"([^\W\d_]{4,})(\d{1,4})")


def is_login_of_name(value: str, book: NameBook) -> bool:
    """Whether a value is a login made of a person's names: one word, a known first name
    and a known last name joined by a dot, an underscore or a hyphen, in either order, a
    number after them or not (reino.savolainen, savolainen_reino2), or a known first name
    of four letters or more and a number (riitta50)."""
    text = value.strip().casefold()
    if not 3 <= len(text) <= 64 or any(c.isspace() for c in text) or "@" in text:
        return False
    if (found := _NAME_AND_NUMBER.fullmatch(text)) is not None:
        return found[1] in book.first
    words = [w.rstrip("0123456789") for w in re.split(r"[._-]+", text)]
    return any(a and b and ((a in book.first and book.is_last(b)) or (book.is_last(a) and b in book.first))
               for a, b in zip(words, words[1:]))


_DEVICE_WORDS = frozenset({"iphone", "ipad", "ipod", "mac", "macbook", "imac", "pixel", "galaxy", "phone", "tablet",
                           "watch", "laptop", "pc", "android", "the", "von", "de", "di", "du", "van", "uzivatele"})


def device_owners(values: list[str], book: NameBook) -> tuple[int, str] | None:
    """Whether a clear share of devices' names carry a person's first name, as phones name
    themselves after their owner ("Roberts iPhone", "iPhone von Aleksander", "Kerstin's
    iPad"): (the values that do, one of them), or None."""
    names: set[str] = set()
    hits, example = 0, None
    for value in values:
        words = [w for w in re.findall(r"[^\W\d_]+", value) if w[:1].isupper() and w.casefold() not in _DEVICE_WORDS]
        found = next((form for w in words for form in (w.casefold(), w.casefold().removesuffix("s"))
                      if len(form) >= 3 and form in book.first), None)
        if found is not None:
            hits, example = hits + 1, example or value
            names.add(found)
    if len(names) >= MIN_MATCHES + 1 and hits >= DEVICE_OWNER_SHARE * len(values):
        return hits, example
    return None


def looks_like_names(values: list[str], book: NameBook | None) -> bool:
    """Whether most of a role column's values read as people's names: one to five words of
    letters starting with a capital (or the known names of ``book``)."""
    if book is not None and name_column(values, book) is not None:
        return True
    hits, total = _share(values, _name_shape)
    return _enough(hits, total)


def _name_shape(value: str) -> bool:
    words = value.strip().split()
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and all(
        w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words)


OFFER_CONTACTS_SHARE = 0.1  # share of an offer's texts quoting a personal mailbox or phone, for free text


def quotes_private_contacts(values: list[str]) -> tuple[int, str] | None:
    """How many texts quote a personal mailbox or a phone, and one of them, when they are a
    clear share of the sample (and at least three). A text quoting a role's mailbox
    (jobs@, kontakt@, sales@) is a company's: its phone is the company's desk."""
    hits, example = 0, None
    for value in values:
        found = quoted_items(value)
        mailboxes = [m.group() for m in _EMAIL_IN_TEXT.finditer(value)] if "email" in found else []
        if any(is_role_email(m) for m in mailboxes):
            continue
        private = "phone" in found or bool(mailboxes)
        if private:
            hits += 1
            example = example or value
    if hits >= 3 and hits / len(values) >= OFFER_CONTACTS_SHARE:
        return hits, example
    return None
