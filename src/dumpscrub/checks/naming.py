"""How the personal-data detector reads names: a column's or a table's name as words
(camelCase, prefixes, Hungarian notation, compounds, abbreviations), the category a
column name says (the patterns of ``vocabulary.py``) and what a table is about.

Pure functions, no I/O; ``detect.py`` decides with them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from .vocabulary import (
    ABBREVIATIONS,
    AFTER,
    AMBIGUOUS_TABLES,
    BEFORE,
    GEO,
    HUNGARIAN,
    PLACE_TABLES,
    ROLE,
    ANY,
    CARE,
    CARE_QUALIFIERS,
    ANIMAL_TABLES,
    BANK_WORDS,
    CARE_TABLES,
    EQUIPMENT_TABLES,
    HEAD_ONLY,
    MIXED_FLAGS,
    NAMED,
    VETTING,
    VETTING_TABLES,
    CATALOGUE_TABLES,
    CODE_NAMES,
    COMPOUND_PARTS,
    COMPANY_CODES,
    COMPANY_NAMES,
    COMPANY_TABLES,
    LINKED,
    LOCATION,
    NAME_PATTERNS,
    OFFER_TABLES,
    PAY,
    PAY_TABLES,
    PAYMENT_TABLES,
    PEOPLE,
    PEOPLE_TABLES,
    PERSON,
    PERSON_ONLY,
    PERSON_PREFIXES,
    SENSITIVE_SUFFIXES,
    SETTINGS_KEYS,
    SETTINGS_TABLES,
    SETTINGS_VALUES,
    SHARED_TAX_IDS,
    STOP_PREFIXES,
    STOP_SUFFIXES,
    STRONG,
    SUFFIXED_CATEGORIES,
    THING_NAMED,
    THINGS,
    TEXT_SUFFIXES,
    VISIT,
)

# --- names -------------------------------------------------------------------

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_DIGITS_AT_END = re.compile(r"(?<=[a-z])(?=\d)")


_SALESFORCE = re.compile(r"__(?:c|r|pc|pr|x|e|b|mdt)$", re.I)


def tokenize(name: str) -> tuple[str, ...]:
    """A column or table name as lower-case words, accents removed: ``BillingPostalCode``
    -> billing postal code, ``e-mail`` -> e mail, ``prénom`` -> prenom, ``address2`` -> address,
    ``email__c`` (a Salesforce custom field) -> email.
    """
    name = _SALESFORCE.sub("", name)  # email__c, contact__r: Salesforce's custom field, as the field
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
    has_people_key: bool = False  # a foreign key to a table about people (an offer published by people)
    prefix: str = ""  # the prefix its columns share (HRD of HRD_VOORNAAM), folded; matched without it too
    has_names: bool = False  # a column holds people's names (said by its name or by its values)
    is_equipment: bool = False  # door controllers, terminals, printers no person is linked to: their IPs are no one's
    is_animal: bool = False  # pets, patients of a vet: their names, weights and diagnoses are no person's
    named_people: bool = False  # its name says people (hr_employee), not only its values (a booking)
    is_vetting: bool = False  # criminal record checks (vetting, DBS): their outcome is criminal data
    # the words before an address column's address word (B_ of Koha's B_address, alt_ of
    # alt_address): they qualify that table's city, postcode and country too (B_city)
    qualifiers: frozenset[str] = frozenset()
    # a bare number column right after a street column (logradouro, numero): its house number
    house_numbers: frozenset[str] = frozenset()

    def match(self, name: str) -> "NameMatch | None":
        """What a column's name says in this table (its patterns, prefix and qualifiers)."""
        hit = match_column(name, self.applies, self.prefix, self.qualifiers)
        if hit is None and name in self.house_numbers:
            hit = NameMatch("address", LOCATION, "house number")
        return hit

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
            where |= {LINKED, ROLE}
        if self.has_location or self.is_people:
            where.add(LOCATION)
        if self.is_people:
            where.add(PERSON)
        if self.is_people and self.named_people:
            where.add(NAMED)
        if self.is_vetting:
            where.add(VETTING)
        if self.is_pay or (self.is_people and self.named_people):
            where.add(PAY)  # (not an invoice read as people by its buyer's name: its net is no pay)
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
# Categories whose values are numbers: ``num`` before them says the number (French
# NumPasseport, num_tel), not a count of them (num_emails).
NUMBERED = frozenset({"national_id", "id_number", "iban", "credit_card", "phone"})
# Words that may follow a role (receiverName, holder_full_name, odbiorca_nazwa).
NAME_WORDS = frozenset({"name", "names", "full", "fullname", "nom", "nombre", "nome", "naam", "namn", "navn",
                        "nimi", "nazwa", "imie", "nazwisko", "jmeno", "nev", "neve", "nafn", "ime", "vardas",
                        "enw", "ad", "adi", "soyad", "soyadi"})


def _split_compounds(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens with each unknown one written as two or three known words split:
    ``homephone`` -> home phone, ``emailaddr`` -> email addr, ``familystatuscode`` ->
    family status code (Dynamics' lower-case names); ``phonetic`` and ``headphone`` stay
    whole (``tic`` and ``head`` are no words of the vocabulary). A word of free text ends
    a name whatever comes before it: ``debarredcomment`` -> debarred comment."""
    out: list[str] = []
    for token in tokens:
        parts = _parts(token, 3) if token not in COMPOUND_PARTS and len(token) >= 6 else None
        if parts is None and token not in COMPOUND_PARTS:
            suffix = next((w for w in TEXT_SUFFIXES if token.endswith(w) and len(token) - len(w) >= 4), None)
            parts = [token[: -len(suffix)], suffix] if suffix else None
        out += parts if parts else [token]
    return tuple(out)


def _parts(token: str, most: int) -> list[str] | None:
    """``token`` as at most ``most`` known words, the longest first half first (two
    words: one of at least four letters; three: each of four letters or more), or None."""
    for cut in range(len(token) - 2, 1, -1):
        head, tail = token[:cut], token[cut:]
        if head not in COMPOUND_PARTS:
            continue
        if tail in COMPOUND_PARTS and max(len(head), len(tail)) >= 4:
            return [head, tail]
        rest = _parts(tail, most - 1) if most > 2 and len(head) >= 4 and len(tail) >= 8 else None
        if rest is not None and min(len(p) for p in rest) >= 4:
            return [head, *rest]  # three words of four letters or more: mellannamn is no mel-lan-namn
    return None


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
            out += ABBREVIATIONS.get(token, token).split()  # martstatus -> marital status: two words
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """A column name's words as the patterns read them: Hungarian type prefix dropped
    (strWoonplaats -> woonplaats), compounds split, abbreviations expanded."""
    return expand(_split_compounds(tokenize(_HUNGARIAN.sub("", name, count=1) if _HUNGARIAN.match(name) else name)))


def without_prefix(name: str, prefix: str) -> str | None:
    """A column's name without its table's prefix (HRD_WOONPLAATS -> WOONPLAATS; an IBM i
    file's BPSURN -> SURN), or None."""
    if prefix and len(name) > len(prefix) + 1 and name[: len(prefix)].casefold() == prefix and name[len(prefix)] in "_-":
        return name[len(prefix) + 1 :]
    if len(prefix) == 2 and _RPG_FIELD.fullmatch(name) and name[:2].casefold() == prefix:
        return name[2:]
    return None


# A bare number column's names (numero, number, nr, no): a house number right after a street.
NUMBER_NAMES = frozenset({("numero",), ("number",), ("nr",), ("no",), ("num",), ("n",), ("nummer",), ("numer",),
                          ("cislo",)})


# An IBM i (RPG, DDS) field: at most ten upper-case letters and digits; a file's fields
# share a prefix of two letters without a separator (BPSURN, BPBDAT of BKGPSG).
_RPG_FIELD = re.compile(r"[A-Z][A-Z0-9]{3,9}")


def match_column(name: str, where: Iterable[str], prefix: str = "",
                 qualifiers: frozenset[str] = frozenset()) -> NameMatch | None:
    """``match_name`` on a column's name, then on it without its table's prefix
    (``qualifiers``: the table's address qualifiers, see ``TableContext``)."""
    hit = match_name(name, where, qualifiers)
    if hit is None and (bare := without_prefix(name, prefix)) is not None:
        hit = match_name(bare, where, qualifiers)
    return hit


def column_prefix(table: str, names: Sequence[str]) -> str:
    """The prefix a table's columns share (HRD_ of HRD_VOORNAAM, MKL_ of MKL_ADRES): the
    first word of at least three columns and half of them, or the table's own first word
    (CUST_ of CUST_MSTR), or the two letters every field of an IBM i file starts with (BP
    of BPSURN); folded, or "" when there is none."""
    heads: dict[str, int] = {}
    if len(names) >= 4 and all(_RPG_FIELD.fullmatch(n) for n in names) and len({n[:2] for n in names}) == 1:
        return names[0][:2].casefold()  # BPSURN, BPNAME, BPSEX of an IBM i file
    every = {name.partition("_")[0].casefold() for name in names}
    if len(names) >= 4 and len(every) == 1 and 2 <= len(next(iter(every))) <= 4 and all("_" in n for n in names):
        return next(iter(every))  # fak_ of every faktury column: a prefix, vowels or not
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


def match_name(name: str, where: Iterable[str] = (ANY, PEOPLE, LINKED, LOCATION),
               qualifiers: frozenset[str] = frozenset()) -> NameMatch | None:
    """The category a column name says, among the patterns that apply ``where``.

    Patterns match whole words (``ssn`` is no part of ``lessons``); an abbreviation of
    three letters or fewer only as the first or last word (``patient_dob``, ``ssn_last4``;
    not ``precio_sin_iva``); a name ending in a stop word is about the thing, not the
    thing (``email_verified``), except for a sensitive category (``disability_status``).
    A city, region or country word qualified by other words counts only when they put it
    in a person's context (``billing_city``) or are one of ``qualifiers``.
    """
    return _match_name(name, frozenset(where), qualifiers)


# The patterns by their first word: only those whose first word is one of a name's words
# can match it (a scan reads thousands of names against thousands of patterns). A pattern
# that lengthens an earlier one is tried at that one's place, before it: "posta kodu" (a
# Turkish postcode) before "posta" (an Italian mail), wherever each is listed.
_BY_FIRST_WORD: dict[str, list[tuple[int, int, int, tuple[str, ...], str, str]]] = {}
for _i, (_pattern, _category, _scope) in enumerate(NAME_PATTERNS):
    _group = _BY_FIRST_WORD.setdefault(_pattern[0], [])
    _place = min((place for place, _, _, shorter, _, _ in _group
                  if len(shorter) < len(_pattern) and _pattern[: len(shorter)] == shorter), default=_i)
    _group.append((_place, -len(_pattern), _i, _pattern, _category, _scope))


@functools.lru_cache(maxsize=65536)
def _match_name(name: str, where: frozenset[str], qualifiers: frozenset[str] = frozenset()) -> NameMatch | None:
    tokens = name_tokens(name)
    if not tokens:
        return None
    candidates = sorted(c for word in set(tokens) for c in _BY_FIRST_WORD.get(word, ()))
    for _, _, _, pattern, category, scope in candidates:
        if scope not in where:
            continue
        end = _contains(tokens, pattern)
        if end is None:
            continue
        if len(pattern) == 1 and len(pattern[0]) <= SHORT and pattern[0] not in (tokens[0], tokens[-1]):
            continue  # precio_sin_iva: a short word inside a name is no abbreviation
        if end < len(tokens) and tokens[-1] in STOP_SUFFIXES and not (
            category in SUFFIXED_CATEGORIES and tokens[-1] in SENSITIVE_SUFFIXES
        ) and not (category in ("national_id", "gender") and tokens[-1] == "id"):  # passport_id, gender_id
            continue  # email_verified, address_id, phone_type (session_id: a longer pattern)
        if end - len(pattern) > 0 and tokens[0] in STOP_PREFIXES and not (
                tokens[0] == "num" and category in NUMBERED):
            continue  # is_email_confirmed, nb_emails (num_secu is a pattern of its own; NumPasseport a number)
        if (category in THING_NAMED and end - len(pattern) > 0 and tokens[end - len(pattern) - 1] in THINGS
                and scope != ROLE):
            continue  # ProviderDisplayName, product_full_name: a thing's name, no person's
        if scope == ROLE and not set(tokens[end:]) <= NAME_WORDS:
            continue  # recipient, receiverName, fak_nabywca; not buyer_note or parent_category
        if scope == ROLE and end > len(pattern):
            # IndirizzoIntestatario, telefono_destinatario: the holder's address, the
            # recipient's phone (the head noun first, as Romance languages write it)
            head = match_name("_".join(tokens[: end - len(pattern)]), where - {ROLE})
            if head is not None:
                return head
        if scope == PEOPLE and tokens != pattern:
            continue  # a generic word (name, title, hash) counts alone: not dept_name, file_hash
        if scope in (CARE, VISIT) and not set(tokens) - set(pattern) <= CARE_QUALIFIERS:
            continue  # poids_kg, motif_consultation; not weight_unit or motif_annulation
        if category in ("city", "region", "country") and scope == LOCATION and len(tokens) > len(pattern):
            # "state" alone, or "billing_state"; not "order_state" or "country_of_origin"
            if not (set(tokens) - set(pattern)) <= PERSON_PREFIXES | {"of", "de", "name", "code", "nom"} | qualifiers:
                continue
        if category == "address" and end < len(tokens):
            part = match_name("_".join(tokens[end:]), where)  # address1_city: the address's city
            if part is not None and part.category in ADDRESS_PARTS:
                return part
        return NameMatch(category, scope, " ".join(pattern))
    return None


# What an address word followed by one of these names: that part of the address.
ADDRESS_PARTS = frozenset({"city", "region", "country", "postal_code", "geo_location"})


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
    # a people or company word that only qualifies the head noun says nothing of the table:
    # account_move (an accounting entry), bank_link (a person's link to their bank)
    words = {w for w in tokens if w not in HEAD_ONLY or w == tokens[-1]}
    names = list(column_names)
    evidence = evidence or ValueEvidence()
    prefix = column_prefix(table, names)
    hits = [match_column(n, (ANY, PEOPLE, LINKED, PERSON), prefix) for n in names]
    # (a tax number companies have too, nip or afm, is no evidence of a person)
    person = any(h is not None and h.category in PERSON_ONLY and h.words not in SHARED_TAX_IDS for h in hits)
    named = any(h is not None and h.where == ANY and h.category in ("first_name", "last_name", "name") for h in hits)
    strong = sum(1 for h in hits if h is not None and h.where == ANY and h.category in STRONG)
    is_offer = bool(tokens) and tokens[-1] in OFFER_TABLES  # job_postings; not posting_candidates
    is_pay = bool(words & PAY_TABLES) and not is_offer
    is_company = bool(words & COMPANY_TABLES) and (
        not words & PEOPLE_TABLES or (company_named(table) and words & PEOPLE_TABLES <= AMBIGUOUS_TABLES)
    )  # client_companies: companies that are clients; company_users: people
    if is_company and references_people and not company_named(table):
        is_company = False
    if is_company and any(tokenize(n) in MIXED_FLAGS for n in names):
        is_company = False  # Odoo's res_partner: people and companies, told apart by is_company
    if is_company and words & BANK_WORDS and any(h is not None and h.category in ("iban", "financial")
                                                  for h in hits):
        is_company, is_pay = False, True  # res_partner_bank: the partners' bank accounts, not banks
    if not is_company and words & PEOPLE_TABLES and words & PEOPLE_TABLES <= AMBIGUOUS_TABLES:
        is_company = not person and any(is_code_name(n) and _is_company_code(n) for n in names)
    if (not is_company and evidence.is_company and not person and not named and not references_people
            and words & PEOPLE_TABLES <= AMBIGUOUS_TABLES):
        is_company = True  # MKL, DLR: a column of "... B.V." names, no person's column
    if (not is_company and not words & PEOPLE_TABLES and not person and not named and not references_people
            and any(_is_company_name(n) for n in names) and sum(_is_company_code(n) for n in names) >= 2):
        is_company = True  # a company's name and number (FIRMANAVN, ORGNR), no person's column
    is_place = bool(words & PLACE_TABLES) and not words & PEOPLE_TABLES
    is_animal = bool(words & ANIMAL_TABLES)
    is_catalogue = bool(words & CATALOGUE_TABLES) or is_offer
    is_people = (bool(words & PEOPLE_TABLES) or is_hr_infotype(table)) and not is_company and not is_offer
    has_names = named or evidence.has_names
    if not (is_people or is_company or is_catalogue or is_place):
        # CUST_MSTR, huurders, tecnicos: a person's name and something else only a person has
        is_people = has_names and strong + (0 if named else 1) + evidence.has_contacts >= 2
    located = False
    qualifiers: set[str] = set()
    house_numbers: set[str] = set()
    for before, name in zip([None, *names], names):
        if before is not None and name_tokens(name) in NUMBER_NAMES and (
                (street := match_column(before, (ANY,), prefix)) is not None and street.category == "address"):
            house_numbers.add(name)  # logradouro, numero
        found = match_column(name, (ANY,), prefix)
        if found is not None and found.category in ("address", "postal_code"):
            located = True
        if found is not None and found.category == "address":
            tokens, word = name_tokens(without_prefix(name, prefix) or name), tuple(found.words.split())
            if len(tokens) > len(word) and tokens[-len(word):] == word:
                qualifiers |= set(tokens[: -len(word)])
    return TableContext(
        is_people=is_people,
        # (a table of criminal record checks is about people, whoever references it)
        is_linked=(is_people or references_people or is_pay or bool(words & VETTING_TABLES)) and not is_company
        and not is_offer,
        has_location=(is_people or located) and not is_company and not is_offer and not is_place,
        is_company=is_company,
        is_catalogue=is_catalogue and not is_people,
        is_care=bool(words & CARE_TABLES) and not is_company,
        is_settings=_is_settings(words, names),
        is_pay=is_pay and not is_company,
        is_offer=is_offer,
        is_place=is_place,
        is_equipment=bool(words & EQUIPMENT_TABLES) and not references_people and not is_people and not has_names,
        is_animal=is_animal,
        named_people=bool(words & PEOPLE_TABLES),
        is_vetting=bool(words & VETTING_TABLES),
        has_people_key=references_people,
        prefix=prefix,
        has_names=has_names and not is_company,
        qualifiers=frozenset(qualifiers),
        house_numbers=frozenset(house_numbers) if not is_company and not is_place else frozenset(),
    )


def _is_company_code(name: str) -> bool:
    tokens = tokenize(name)
    return any(_contains(tokens, pattern) is not None for pattern in COMPANY_CODES)


def _is_company_name(name: str) -> bool:
    """Whether a column's name says a company's name (company_name, FIRMANAVN, razon_social)."""
    return tokenize(name) in COMPANY_NAMES


def _is_settings(words: set[str], names: list[str]) -> bool:
    """A key/value table of settings: named so, with a key column and a value column
    (cle/valeur, key/value, option_name/option_value)."""
    if not words & SETTINGS_TABLES and not any(w.endswith(s) for w in words for s in SETTINGS_TABLES if len(s) >= 6):
        return False  # (systempreferences, appsettings: a settings word ending a name written as one)
    last = [tokenize(n)[-1:] for n in names]
    return any(t and t[0] in SETTINGS_KEYS for t in last) and any(t and t[0] in SETTINGS_VALUES for t in last)


# SAP HCM's infotype tables: an employee's (PA0002, PA0009) or an applicant's (PB0002)
# records, one person each by its personnel number.
_HR_INFOTYPE = re.compile(r"p[ab]\d{4}", re.I)


def is_hr_infotype(table: str) -> bool:
    """Whether a table is one of SAP HCM's infotypes about employees or applicants."""
    return _HR_INFOTYPE.fullmatch(table.rsplit(".", 1)[-1]) is not None


def is_session_table(table: str) -> bool:
    """Whether a table holds web sessions (sessions, django_session, user_sessions): its
    random keys are session cookies, whatever table they are linked to."""
    tokens = tokenize(table.rsplit(".", 1)[-1])
    return bool(tokens) and tokens[-1] in ("session", "sessions")


def holds_sessions(table: str) -> bool:
    """Whether a table holds web sessions or their data, whichever word its name ends
    with (sessions, spring_session_attributes): its blobs are logged-in people's."""
    return bool({"session", "sessions"} & set(tokenize(table.rsplit(".", 1)[-1])))


def is_settings_value(name: str) -> bool:
    """Whether a column is the value column of a key/value table (value, valeur, option_value)."""
    tokens = tokenize(name)
    return bool(tokens) and tokens[-1] in SETTINGS_VALUES


def is_about_people(ctx: TableContext, strong_columns: int) -> bool:
    """Whether other tables referencing this one are linked to people: its name says
    so, or it has direct identifiers (an email, a name, a birth date...); a company's or
    a place's own contacts (a station's phone and mailbox) do not."""
    return not ctx.is_company and not ctx.is_place and (ctx.is_people or strong_columns > 0)



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


def is_payment_table(table: str) -> bool:
    """Whether a table holds payments (payments, web_payments, transactions): its random
    references and 15-digit numbers are each payment's, one per event. A table of
    payment methods (payment_methods, payment_cards, sepa_mandates) holds a person's
    stored card or mandate: its tokens are that person's."""
    tokens = tokenize(table.rsplit(".", 1)[-1])
    return bool(set(tokens) & PAYMENT_TABLES) and not (tokens and tokens[-1] in PAYMENT_INSTRUMENTS)


# The head nouns of a table of people's stored means of payment (payment_methods).
PAYMENT_INSTRUMENTS = frozenset({"method", "methods", "instrument", "instruments", "card", "cards", "mandate",
                                 "mandates", "source", "sources", "token", "tokens", "profile", "profiles"})


def is_payment_session(table: str, name: str) -> bool:
    """Whether a column is a payment provider's session in a table of payments
    (payments_payout.p24_session_id): a transaction's id, no one's login session."""
    return is_payment_table(table) and bool({"session", "sessionid"} & set(tokenize(name)))
