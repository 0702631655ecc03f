"""The personal-data detector behind ``scan``: pure functions, no I/O.

A column is judged by its name (the patterns of ``vocabulary.py``), by its table
(people, companies, catalogue, care, settings) and by a sample of its values
(``values.py``: e-mails, phones, IPs, IBANs, cards, national ids, birth dates, tokens,
password hashes, images, free text or JSON quoting any of those). Values never leave
this module unmasked: a finding carries at most a masked example.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .. import fakes, model
from ..model import Column
from .values import (  # noqa: F401  (re-exported: the detector's public names)
    _BIRTH_AGES,
    _INTEGER,
    _json_document,
    birth_year,
    card_brand_fits,
    has_legal_form,
    is_card,
    is_coordinate_pair,
    is_country_code,
    is_document,
    is_email,
    is_gender_value,
    is_iban,
    is_iccid,
    is_image,
    is_imei,
    is_imsi,
    is_initials,
    is_ip,
    is_mac,
    is_msisdn,
    is_national_id,
    is_password_hash,
    is_phone,
    is_postcode,
    is_role_email,
    is_token,
    mask,
    phone_regions,
    quoted_items,
    says_health,
)
from .vocabulary import (  # noqa: F401  (CATEGORIES, SENSITIVE, QUASI, FOREIGN_KEY, STRONG: re-exported)
    ABBREVIATIONS,
    AFTER,
    AMBIGUOUS_TABLES,
    BEFORE,
    GEO,
    HUNGARIAN,
    PLACE_TABLES,
    ANY,
    CARE,
    CARE_QUALIFIERS,
    CARE_TABLES,
    CATALOGUE_TABLES,
    CATEGORIES,
    CODE_NAMES,
    COMPOUND_PARTS,
    COMPANY_CODES,
    COMPANY_TABLES,
    EVENT_IDS,
    EVENT_TOKENS,
    FOREIGN_KEY,
    KINDS,
    LINKED,
    LOCATION,
    NAME_PATTERNS,
    OFFER_TABLES,
    PAY,
    PAY_TABLES,
    PEOPLE,
    PEOPLE_TABLES,
    PERSON,
    PERSON_ONLY,
    PERSON_PREFIXES,
    QUASI,
    SENSITIVE,
    SENSITIVE_SUFFIXES,
    SETTINGS_KEYS,
    SETTINGS_TABLES,
    SETTINGS_VALUES,
    STOP_PREFIXES,
    STOP_SUFFIXES,
    STRONG,
    VISIT,
    _TEXTUAL,
)


MAJORITY = 0.6  # share of a column's non-empty sampled values a value detector must match
MIN_MATCHES = 2  # ... and at least this many (one, when the sample holds a single value)
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


# --- names -------------------------------------------------------------------

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_DIGITS_AT_END = re.compile(r"(?<=[a-z])(?=\d)")


def tokenize(name: str) -> tuple[str, ...]:
    """A column or table name as lower-case words, accents removed: ``BillingPostalCode``
    -> billing postal code, ``e-mail`` -> e mail, ``prénom`` -> prenom, ``address2`` -> address.
    """
    text = unicodedata.normalize("NFKD", name.replace("ß", "ss").replace("ẞ", "SS"))  # straße -> strasse
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _CAMEL.sub(" ", text).lower()
    text = _DIGITS_AT_END.sub(" ", text)
    return tuple(t for t in _SPLIT.split(text) if t and not t.isdigit())


@dataclass(frozen=True)
class TableContext:
    """What a table is about, which decides the patterns that apply to its columns."""

    is_people: bool = False  # its name says it holds people (users, clients, staff...)
    is_linked: bool = False  # about people, or references such a table by a key
    has_location: bool = False  # about people, or keeps a street address or postal code
    is_company: bool = False  # companies, suppliers, stores: their contact data is not personal
    is_catalogue: bool = False  # films, products, genres, cities...
    is_care: bool = False  # consultations, visits, vitals: where care is recorded
    is_settings: bool = False  # a key/value table of an application's own settings
    is_pay: bool = False  # payslips, payroll: people's pay
    is_offer: bool = False  # postings, listings, plans: a catalogue of offers, about no one
    is_place: bool = False  # cell sites, buildings, flats for rent: their addresses and coordinates are no one's
    prefix: str = ""  # the prefix its columns share (HRD of HRD_VOORNAAM), folded; matched without it too
    has_names: bool = False  # a column holds people's names (said by its name or by its values)

    @property
    def applies(self) -> frozenset[str]:
        where = {ANY}
        if self.is_people:
            where.add(PEOPLE)
        if self.is_people or self.is_care:
            where.add(CARE)
        if self.is_care:
            where.add(VISIT)
        if self.is_linked or self.is_people:
            where.add(LINKED)
        if self.has_location or self.is_people:
            where.add(LOCATION)
        if self.is_people:
            where.add(PERSON)
        if self.is_people or self.is_pay:
            where.add(PAY)
        if (self.is_linked or self.has_location or self.is_people) and not self.is_place:
            where.add(GEO)
        return frozenset(where)


def _contains(tokens: Sequence[str], pattern: Sequence[str]) -> int | None:
    """Where ``pattern`` ends in ``tokens`` (index after it), or None."""
    n = len(pattern)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) == tuple(pattern):
            return i + n
    return None


@dataclass(frozen=True)
class NameMatch:
    category: str
    where: str
    words: str  # the matched words, for the reason


SHORT = 3  # an abbreviation this short counts only as a name's first or last word


def _split_compounds(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens with each unknown one written as two known words split in two: ``homephone``
    -> home phone, ``emailaddr`` -> email addr, ``phoneno`` -> phone no; ``phonetic`` and
    ``headphone`` stay whole (``tic`` and ``head`` are no words of the vocabulary)."""
    out: list[str] = []
    for token in tokens:
        if token not in COMPOUND_PARTS and len(token) >= 6:
            for cut in range(len(token) - 2, 1, -1):  # the longest known first half
                head, tail = token[:cut], token[cut:]
                if head in COMPOUND_PARTS and tail in COMPOUND_PARTS and max(len(head), len(tail)) >= 4:
                    out += [head, tail]
                    break
            else:
                out.append(token)
        else:
            out.append(token)
    return tuple(out)


_HUNGARIAN = re.compile(r"(?:" + "|".join(HUNGARIAN) + r")(?=[A-Z])")


def expand(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Abbreviated words as the words they stand for: ``cust nm`` -> customer name,
    ``gndr cd`` -> gender code, ``addr ln`` -> addr line (not a last name), ``cr score``
    -> credit score."""
    out: list[str] = []
    for i, token in enumerate(tokens):
        if i > 0 and (tokens[i - 1], token) in AFTER:
            out.append(AFTER[(tokens[i - 1], token)])
        elif i + 1 < len(tokens) and (token, tokens[i + 1]) in BEFORE:
            out.append(BEFORE[(token, tokens[i + 1])])
        else:
            out.append(ABBREVIATIONS.get(token, token))
    return tuple(out)


def name_tokens(name: str) -> tuple[str, ...]:
    """A column name's words as the patterns read them: Hungarian type prefix dropped
    (strWoonplaats -> woonplaats), compounds split, abbreviations expanded."""
    return expand(_split_compounds(tokenize(_HUNGARIAN.sub("", name, count=1) if _HUNGARIAN.match(name) else name)))


def without_prefix(name: str, prefix: str) -> str | None:
    """A column's name without its table's prefix (HRD_WOONPLAATS -> WOONPLAATS), or None."""
    if prefix and len(name) > len(prefix) + 1 and name[: len(prefix)].casefold() == prefix and name[len(prefix)] in "_-":
        return name[len(prefix) + 1 :]
    return None


def match_column(name: str, where: Iterable[str], prefix: str = "") -> NameMatch | None:
    """``match_name`` on a column's name, then on it without its table's prefix."""
    hit = match_name(name, where)
    if hit is None and (bare := without_prefix(name, prefix)) is not None:
        hit = match_name(bare, where)
    return hit


def column_prefix(table: str, names: Sequence[str]) -> str:
    """The prefix a table's columns share (HRD_ of HRD_VOORNAAM, MKL_ of MKL_ADRES): the
    first word of at least three columns and half of them, or the table's own first word
    (CUST_ of CUST_MSTR); folded, or "" when there is none."""
    heads: dict[str, int] = {}
    for name in names:
        head, sep, rest = name.partition("_")
        # an abbreviation (HRD, MKL, CUST): written in capitals or without a vowel; a
        # word such as order_ or user_ stays (order_state is no state of a person)
        if sep and rest and 2 <= len(head) <= 4 and (head.isupper() or not set(head.casefold()) & set("aeiouy")):
            heads[head.casefold()] = heads.get(head.casefold(), 0) + 1
    if not heads:
        return ""
    best, count = max(heads.items(), key=lambda kv: kv[1])
    if count >= 3 and count * 2 >= len(names):
        return best
    first = table.rsplit(".", 1)[-1].partition("_")[0].casefold()
    return first if first in heads and heads[first] >= 2 else ""


def match_name(name: str, where: Iterable[str] = (ANY, PEOPLE, LINKED, LOCATION)) -> NameMatch | None:
    """The category a column name says, among the patterns that apply ``where``.

    Patterns match whole words (``ssn`` is no part of ``lessons``); an abbreviation of
    three letters or fewer only as the first or last word (``patient_dob``, ``ssn_last4``;
    not ``precio_sin_iva``); a name ending in a stop word is about the thing, not the
    thing (``email_verified``), except for a sensitive category (``disability_status``).
    """
    tokens = name_tokens(name)
    if not tokens:
        return None
    where = frozenset(where)
    for pattern, category, scope in NAME_PATTERNS:
        if scope not in where:
            continue
        end = _contains(tokens, pattern)
        if end is None:
            continue
        if len(pattern) == 1 and len(pattern[0]) <= SHORT and pattern[0] not in (tokens[0], tokens[-1]):
            continue  # precio_sin_iva: a short word inside a name is no abbreviation
        if end < len(tokens) and tokens[-1] in STOP_SUFFIXES and not (
            category in SENSITIVE and tokens[-1] in SENSITIVE_SUFFIXES
        ):
            continue  # email_verified, address_id, phone_type (session_id: a longer pattern)
        if end - len(pattern) > 0 and tokens[0] in STOP_PREFIXES:
            continue  # is_email_confirmed, nb_emails (num_secu is a pattern of its own)
        if scope == PEOPLE and tokens != pattern:
            continue  # a generic word (name, title, hash) counts alone: not dept_name, file_hash
        if scope in (CARE, VISIT) and not set(tokens) - set(pattern) <= CARE_QUALIFIERS:
            continue  # poids_kg, motif_consultation; not weight_unit or motif_annulation
        if category in ("city", "region", "country") and scope == LOCATION and len(tokens) > len(pattern):
            # "state" alone, or "billing_state"; not "order_state" or "country_of_origin"
            if not (set(tokens) - set(pattern)) <= PERSON_PREFIXES | {"of", "de", "name", "code", "nom"}:
                continue
        return NameMatch(category, scope, " ".join(pattern))
    return None


def is_code_name(name: str) -> bool:
    """Whether a column name says a company identifier or a product code (siret, vat_number,
    num_tva, cip13, ean, sku...): not personal, whatever its digits look like."""
    tokens = tokenize(name)
    return any(_contains(tokens, pattern) is not None for pattern in CODE_NAMES)


def company_named(table: str) -> bool:
    """Whether a table's name says it holds companies by its head noun (the last word:
    ``bank_branches``, ``mutuelles``; not ``lab_results``)."""
    tokens = tokenize(table.rsplit(".", 1)[-1])
    return bool(tokens) and tokens[-1] in COMPANY_TABLES


@dataclass(frozen=True)
class ValueEvidence:
    """What a table's sampled values say about it (``table_evidence``)."""

    is_company: bool = False  # a column of companies' names (ending with B.V., S.L., GmbH...)
    has_names: bool = False  # a column of people's names (known first or last names)
    has_contacts: bool = False  # a column of e-mail addresses or phone numbers


def table_context(table: str, column_names: Iterable[str], references_people: bool = False,
                  evidence: ValueEvidence | None = None) -> TableContext:
    """A table's context from its name, its columns' names (``references_people``:
    it has a foreign key to a table about people) and what its values say (``evidence``).

    A company word names a company table unless a people word is there too
    (``company_users``) or, when the table references people, it only qualifies another
    noun (``lab_results`` of patients). A table whose name may hold people or companies
    (``clients``, ``tenants``) holds companies when a column is a company identifier or
    name (siret, vat_number, company_name) and none a person's name, birth or gender.

    Whatever its name, a table holds companies when a column's values are companies'
    names (a legal form) and no column a person's; it holds people when a column holds
    people's names (by its name or its values) and another column something only a
    person has (an e-mail, a phone, a birth date, a national id...).
    """
    tokens = tokenize(table.rsplit(".", 1)[-1])
    words = set(tokens)
    names = list(column_names)
    evidence = evidence or ValueEvidence()
    prefix = column_prefix(table, names)
    hits = [match_column(n, (ANY, PEOPLE, LINKED, PERSON), prefix) for n in names]
    person = any(h is not None and h.category in PERSON_ONLY for h in hits)
    named = any(h is not None and h.where == ANY and h.category in ("first_name", "last_name", "name") for h in hits)
    strong = sum(1 for h in hits if h is not None and h.where == ANY and h.category in STRONG)
    is_offer = bool(tokens) and tokens[-1] in OFFER_TABLES  # job_postings; not posting_candidates
    is_pay = bool(words & PAY_TABLES) and not is_offer
    is_company = bool(words & COMPANY_TABLES) and (
        not words & PEOPLE_TABLES or (company_named(table) and words & PEOPLE_TABLES <= AMBIGUOUS_TABLES)
    )  # client_companies: companies that are clients; company_users: people
    if is_company and references_people and not company_named(table):
        is_company = False
    if not is_company and words & PEOPLE_TABLES and words & PEOPLE_TABLES <= AMBIGUOUS_TABLES:
        is_company = not person and any(is_code_name(n) and _is_company_code(n) for n in names)
    if (not is_company and evidence.is_company and not person and not named and not references_people
            and words & PEOPLE_TABLES <= AMBIGUOUS_TABLES):
        is_company = True  # MKL, DLR: a column of "... B.V." names, no person's column
    is_place = bool(words & PLACE_TABLES) and not words & PEOPLE_TABLES
    is_catalogue = bool(words & CATALOGUE_TABLES) or is_offer
    is_people = bool(words & PEOPLE_TABLES) and not is_company and not is_offer
    has_names = named or evidence.has_names
    if not (is_people or is_company or is_catalogue or is_place):
        # CUST_MSTR, huurders, tecnicos: a person's name and something else only a person has
        is_people = has_names and strong + (0 if named else 1) + evidence.has_contacts >= 2
    located = False
    for name in names:
        found = match_column(name, (ANY,), prefix)
        if found is not None and found.category in ("address", "postal_code"):
            located = True
    return TableContext(
        is_people=is_people,
        is_linked=(is_people or references_people or is_pay) and not is_company and not is_offer,
        has_location=(is_people or located) and not is_company and not is_offer and not is_place,
        is_company=is_company,
        is_catalogue=is_catalogue and not is_people,
        is_care=bool(words & CARE_TABLES) and not is_company,
        is_settings=_is_settings(words, names),
        is_pay=is_pay and not is_company,
        is_offer=is_offer,
        is_place=is_place,
        prefix=prefix,
        has_names=has_names and not is_company,
    )


def _is_company_code(name: str) -> bool:
    tokens = tokenize(name)
    return any(_contains(tokens, pattern) is not None for pattern in COMPANY_CODES)


def _is_settings(words: set[str], names: list[str]) -> bool:
    """A key/value table of settings: named so, with a key column and a value column
    (cle/valeur, key/value, option_name/option_value)."""
    if not words & SETTINGS_TABLES:
        return False
    last = [tokenize(n)[-1:] for n in names]
    return any(t and t[0] in SETTINGS_KEYS for t in last) and any(t and t[0] in SETTINGS_VALUES for t in last)


def is_settings_value(name: str) -> bool:
    """Whether a column is the value column of a key/value table (value, valeur, option_value)."""
    tokens = tokenize(name)
    return bool(tokens) and tokens[-1] in SETTINGS_VALUES


def is_about_people(ctx: TableContext, strong_columns: int) -> bool:
    """Whether other tables referencing this one are linked to people: its name says
    so, or it has direct identifiers (an email, a name, a birth date...)."""
    return not ctx.is_company and (ctx.is_people or strong_columns > 0)



def _personal_keys(doc: object, where: frozenset[str] = frozenset({ANY}), depth: int = 0) -> set[str]:
    """Categories the keys of a JSON document name (email, phone, address...), with the
    patterns that apply ``where`` (``dob``, ``ssn`` in a table about people)."""
    found: set[str] = set()
    if depth > 6:
        return found
    if isinstance(doc, dict):
        for key, item in doc.items():
            hit = match_name(str(key), where)
            if hit is not None and hit.category in STRONG | {"address", "ip", "password", "iban", "credit_card"}:
                found.add(hit.category)
            found |= _personal_keys(item, where, depth + 1)
    elif isinstance(doc, list):
        for item in doc[:50]:
            found |= _personal_keys(item, where, depth + 1)
    return found



# --- the detector ----------------------------------------------------------------


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


VALUE_CHECKS: tuple[tuple[str, str, object], ...] = (
    ("password", "password hashes", is_password_hash),
    ("email", "e-mail addresses", is_email),
    ("iban", "IBANs", is_iban),
    ("credit_card", "card numbers (Luhn)", is_card),
    ("national_id", "national id numbers (NIR, SSN, DNI/NIE, codice fiscale, CPF, NINO)", is_national_id),
    ("ip", "IP addresses", is_ip),
    ("mac_address", "MAC addresses", is_mac),
    ("phone", "phone numbers", is_phone),
)
_CONFIRMS = {c: check for c, _, check in VALUE_CHECKS}
_CONFIRMS["blob_image"] = is_image
_CONFIRMS["identifier"] = is_token
_CONFIRMS["document"] = is_document
# Value shapes no name can be mistaken for: when a clear majority of a column's values
# have one, they say its category over an ambiguous name (from_addr holding e-mails).
_UNMISTAKABLE = frozenset({"email", "ip", "mac_address", "iban", "password"})
# Names whose values may look like phone numbers without being any (ids, amounts, codes).
_NUMBER_LIKE = frozenset({"phone", "national_id", "id_number", "credit_card", "iban", "postal_code", "financial",
                          "birthdate", "age", "geo_location", "employment", "license_plate"})


def _all_small_integers(values: list[str]) -> bool:
    return len(values) >= 5 and all(_INTEGER.fullmatch(v.strip()) and len(v.strip()) <= 6 for v in values)


def detect_column(
    table: str, name: str, column: Column | None, sample: Sample, ctx: TableContext, today: dt.date | None = None,
    book: NameBook | None = None,
) -> Finding | None:
    """Whether one column holds personal data, and why (``book``: the known first and
    last names, for columns of names whatever they are called)."""
    today = today or dt.date.today()
    if ctx.is_company or is_code_name(name):
        return None  # companies' data, company identifiers and product codes are not personal
    kind = column.kind if column is not None else model.UNKNOWN
    values = sample.values
    if ctx.is_settings and is_settings_value(name):
        return _settings_value(table, name, kind, values)
    example = values[0] if values else None
    hit = match_column(name, ctx.applies, ctx.prefix)
    if hit is not None and ctx.is_place and hit.category in _WHERE:
        return None  # a cell site's or a flat's address and coordinates: a place's, no one's
    if hit is None and ctx.is_linked and tokenize(name) == ("title",) and "titles" in tokenize(table.rsplit(".", 1)[-1]):
        hit = NameMatch("employment", PEOPLE, "title")  # employees' titles: one person's job titles over time
    if hit is not None and kind not in KINDS.get(hit.category, _TEXTUAL) and kind != model.UNKNOWN:
        hit = None
    if hit is not None and hit.category == "identifier" and hit.where == LINKED and _is_per_event(name):
        hit = None  # event_uuid, request_guid: one per event, not per person
    if hit is not None:
        return _named(table, name, hit, kind, values, example)
    if values and kind == model.INTEGER and not ctx.is_catalogue:
        return _telecom(table, name, values, ctx)  # a bigint column of line numbers or IMEIs
    if not values or kind in (model.BOOLEAN, model.INTEGER, model.NUMBER):
        return None
    return _by_values(table, name, kind, values, ctx, today, book, sample.nulls)


def _is_per_event(name: str) -> bool:
    """Whether a column's name says an id per request or event (request_id, trace_id,
    idempotency_key): its UUIDs identify no person."""
    return bool(set(tokenize(name)) & EVENT_IDS)


def _settings_value(table: str, name: str, kind: str, values: list[str]) -> Finding | None:
    """The value column of a key/value settings table holds the application's own address,
    phone and mailbox among its options: personal only when most values look personal."""
    if kind in (model.BOOLEAN, model.INTEGER, model.NUMBER):
        return None
    for category, label, check in VALUE_CHECKS:
        hits, total = _share(values, check)
        if _enough(hits, total):
            matching = next(v for v in values if check(v))
            return finding(table, name, category, f"{hits} of {total} sampled settings values are {label}",
                           0.5 + 0.45 * hits / total, mask(matching, category))
    return None


def _named(table: str, name: str, hit: NameMatch, kind: str, values: list[str], example: str | None) -> Finding | None:
    category = hit.category
    reason = f"name `{name}` means {category.replace('_', ' ')}" if hit.words == name.lower() else (
        f"name `{name}` says {hit.words}: {category.replace('_', ' ')}")
    confidence = 0.8 if hit.where == ANY else 0.65
    check = _CONFIRMS.get(category)
    if category == "email" and values:
        roles, total = _share(values, lambda v: is_email(v) and is_role_email(v))
        if total and roles / total >= 0.5:
            return None  # contact@, info@: a company's mailboxes
    if category in ("email", "phone", "ip", "first_name", "last_name", "name", "address", "city", "username",
                    "blob_image") and _all_small_integers(values):
        return None  # a "phone" column of integers 1..N counts or points at something else
    if check is not None and values:
        hits, total = _share(values, check)
        if _enough(hits, total):
            confidence = 0.95
            reason += f"; {hits} of {total} sampled values agree"
            return finding(table, name, category, reason, confidence, mask(example, category))
        elif category in ("email", "ip") and hits == 0 and total >= 5:
            confidence -= 0.3
            reason += f"; none of {total} sampled values looks like one"
        elif category == "iban":  # acct_no, kontonummer: a national account number, no IBAN
            category = "financial"
            reason += f"; {hits} of {total} sampled values are IBANs: a bank account number"
    said = _said_by_values(category, values)
    if said is not None:  # from_addr: the name says address, its e-mails say otherwise
        other, label, hits, matching = said
        return finding(table, name, other, f"{reason}, but {hits} of {len(values)} sampled values are {label}",
                       0.5 + 0.45 * hits / len(values), mask(matching, other))
    shown = mask(example, category) if example is not None else None
    return finding(table, name, category, reason, confidence, shown)


def _said_by_values(category: str, values: list[str]) -> tuple[str, str, int, str] | None:
    """Another category a clear majority of the values have, over the name's: one no
    value of another kind is mistaken for (e-mails, IPs, IBANs, MACs, password hashes),
    or phone numbers where the name says nothing of numbers (an address, a name, a note)."""
    for other, label, check in VALUE_CHECKS:
        if other == category or not (other in _UNMISTAKABLE or (other == "phone" and category not in _NUMBER_LIKE)):
            continue
        hits, total = _share(values, check)
        if _enough(hits, total):
            return other, label, hits, next(v for v in values if check(v))
    return None


def _by_values(table: str, name: str, kind: str, values: list[str], ctx: TableContext, today: dt.date,
               book: NameBook | None = None, nulls: int = 0) -> Finding | None:
    if kind in (model.TEXT, model.UNKNOWN, model.OTHER) and not ctx.is_catalogue:
        found = _telecom(table, name, values, ctx) or _people_values(table, name, values, ctx, book, nulls)
        if found is not None:
            return found
    if kind in (model.TEXT, model.UNKNOWN, model.OTHER, model.ARRAY, model.JSON, model.ENUM, model.INET, model.UUID):
        for category, label, check in VALUE_CHECKS:
            hits, total = _share(values, check)
            if _enough(hits, total):
                matching = next(v for v in values if check(v))
                if category == "email":
                    roles, _ = _share(values, lambda v: is_email(v) and is_role_email(v))
                    if roles * 2 >= hits:
                        return None
                return finding(table, name, category, f"{hits} of {total} sampled values are {label}",
                               0.5 + 0.45 * hits / total, mask(matching, category))
    if ctx.is_linked and not ctx.is_catalogue:
        if kind in (model.TEXT, model.UNKNOWN, model.UUID, model.BINARY, model.OTHER) and not _is_per_event(name):
            hits, total = _share(values, is_token)
            if _enough(hits, total) and len(set(values)) * 2 > total:
                return finding(table, name, "identifier", f"{hits} of {total} sampled values are per-row tokens "
                               "(UUIDs, hex or random strings) in a table about people", 0.4 + 0.4 * hits / total,
                               mask(values[0], "identifier"))
        if kind in (model.BINARY, model.TEXT, model.UNKNOWN, model.OTHER):
            hits, total = _share(values, is_image)
            if hits and hits / total >= 0.3:
                return finding(table, name, "blob_image", f"{hits} of {total} sampled values are images "
                               "in a table about people", 0.6 + 0.3 * hits / total, mask(values[0], "blob_image"))
            hits, total = _share(values, is_document)
            if hits and hits / total >= 0.3:
                return finding(table, name, "document", f"{hits} of {total} sampled values are documents (PDF, "
                               "Word, OpenDocument, RTF) in a table about people", 0.6 + 0.3 * hits / total,
                               mask(next(v for v in values if is_document(v)), "document"))
        if kind in (model.TEMPORAL, model.TEXT, model.UNKNOWN) and not set(tokenize(name)) & EVENT_TOKENS:
            years = [y for y in (birth_year(v, today) for v in values) if y is not None]
            if _enough(len(years), len(values)) and len(set(years)) >= 5 and max(years) - min(years) >= 15:
                return finding(table, name, "birthdate", f"{len(years)} of {len(values)} sampled values are dates "
                               f"{_BIRTH_AGES[0]} to {_BIRTH_AGES[1]} years ago, spread over {len(set(years))} years, "
                               "without a time of day", 0.4 + 0.4 * len(years) / len(values),
                               mask(values[0], "birthdate"))
    if kind in (model.TEXT, model.UNKNOWN, model.JSON, model.ARRAY, model.OTHER) and not (ctx.is_offer or ctx.is_place):
        # an offer's or a flat's description quotes its publisher or its agent, no one else
        return _text(table, name, kind, values, ctx)
    return None


def _text(table: str, name: str, kind: str, values: list[str], ctx: TableContext) -> Finding | None:
    docs = [_json_document(v) for v in values]
    json_count = sum(d is not None for d in docs)
    is_json = kind == model.JSON or (json_count and json_count / len(values) >= MAJORITY)
    quoting = 0
    kinds: dict[str, int] = {}
    keys: set[str] = set()
    where = frozenset({ANY, LINKED}) if ctx.is_linked else frozenset({ANY})
    for value, doc in zip(values, docs):
        found = quoted_items(value)
        if doc is not None:
            named = _personal_keys(doc, where)
            keys |= named
            found = found or sorted(named)
        if found:
            quoting += 1
            for k in found:
                kinds[k] = kinds.get(k, 0) + 1
    total = len(values)
    needed = max(MIN_MATCHES, int(TEXT_HITS_SHARE * total + 0.999)) if total > 5 else 1
    if quoting < needed:
        return None
    items = ", ".join(f"{k.replace('_', ' ')} ({n})" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    category = "json" if is_json else "free_text"
    what = "JSON documents" if is_json else "values"
    reason = f"{quoting} of {total} sampled {what} quote personal items: {items}"
    confidence = 0.5 + 0.4 * min(1.0, quoting / total * 2)
    example = next(v for v in values if quoted_items(v) or (
        _json_document(v) is not None and _personal_keys(_json_document(v), where)))
    return finding(table, name, category, reason, confidence, mask(example, category))


# --- evidence from values alone ------------------------------------------------

# Categories that say where something is: a place's, not a person's, in a table of places.
_WHERE = frozenset({"address", "postal_code", "city", "region", "country", "geo_location"})
# Faker's person locales whose first and last names a column of names is read with.
NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "fr_FR", "fr_CH", "de_DE", "de_AT", "es_ES", "es_MX", "es_CO",
    "it_IT", "nl_NL", "nl_BE", "pt_PT", "pt_BR", "pl_PL", "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "tr_TR",
    "ro_RO", "hu_HU", "el_GR", "sk_SK", "sl_SI", "hr_HR", "uk_UA", "ru_RU",
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
        first, last = fakes.person_names(locales)
        return cls(first, last)

    def kind(self, word: str) -> tuple[bool, bool]:
        """Whether a word (or each part of a hyphenated one) is a known first name, last name."""
        parts = [p for p in word.split("-") if p] or [word]
        return (word in self.first or all(p in self.first for p in parts),
                word in self.last or all(p in self.last for p in parts))


def name_column(values: list[str], book: NameBook) -> tuple[str, int, int] | None:
    """Whether a clear majority of sampled values are people's names, and which kind:
    (category, matching values, distinct known names). Known first names alone ->
    first_name, last names alone -> last_name, two to four words starting with a first
    name and holding a last name -> name. At least MIN_NAMES distinct known names, and
    most distinct values known, so a column of a dozen cities or streets that are also
    surnames (Toledo, Valencia) is no column of names."""
    first = last = full = 0
    known: set[str] = set()
    distinct: set[str] = set()
    for value in values:
        text = value.strip()
        distinct.add(text.casefold())
        words = text.replace(",", " ").split()
        if not words or len(words) > 6 or not words[0][:1].isupper():
            continue
        core = [w.casefold().strip(".'") for w in words if w.casefold() not in _PARTICLES]
        if not core or not all(w.replace("-", "").replace("'", "").isalpha() for w in core):
            continue
        kinds = [book.kind(w) for w in core]
        if len(core) == 1:
            is_first, is_last = kinds[0]
            first += is_first
            last += is_last
            if is_first or is_last:
                known.add(core[0])
        elif len(core) <= 4 and kinds[0][0] and all(f or la for f, la in kinds) and any(la for _, la in kinds[1:]):
            full += 1
            known.add(text.casefold())
    total = len(values)
    if total == 0 or len(known) < MIN_NAMES or len(known) < 0.6 * len(distinct):
        return None
    best, hits = max((("name", full), ("first_name", first), ("last_name", last)), key=lambda kv: kv[1])
    if hits / total < MAJORITY:
        return None
    return best, hits, len(known)


def _telecom(table: str, name: str, values: list[str], ctx: TableContext) -> Finding | None:
    """A line's number without its plus (MSISDN), anywhere; a SIM's or a handset's identity
    (ICCID, IMEI, IMSI) in a table about people or linked to them."""
    total = len(values)
    if ctx.is_linked:
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
            return finding(table, name, category, f"{hits} of {total} sampled values are known "
                           f"{category.replace('_', ' ')}s ({known} distinct)", 0.5 + 0.4 * hits / total,
                           mask(values[0], category))
    if not ctx.is_people:
        return None
    distinct = {v.strip().casefold() for v in values}
    if ctx.has_names:
        hits, _ = _share(values, is_initials)
        if _enough(hits, total) and any("." in v for v in values):
            return finding(table, name, "name", f"{hits} of {total} sampled values are initials (J.P.) "
                           "next to a column of names", 0.5 + 0.3 * hits / total, mask(values[0], "name"))
    if total >= 5 and 2 <= len(distinct) <= 4 and all(is_gender_value(v) for v in values):
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
            if _enough(hits, total) and not (check is is_email and _share(values, is_role_email)[0] * 2 >= hits):
                has_contacts = True
    return ValueEvidence(is_company=is_company, has_names=has_names, has_contacts=has_contacts)


def quasi_groups(findings: Iterable[Finding]) -> list[dict]:
    """Per table, the quasi-identifiers found, when there are two or more: crossing
    them singles people out even when each alone does not."""
    by_table: dict[str, list[str]] = {}
    for f in findings:
        if f.quasi:
            by_table.setdefault(f.table, []).append(f.column)
    return [
        {"table": t, "columns": cols, "reason": "crossing these columns can single a person out"}
        for t, cols in by_table.items()
        if len(cols) >= 2
    ]
