"""The personal-data detector behind ``scan``: pure functions, no I/O.

A column is judged by its name (``naming.py`` reads it with the patterns of
``vocabulary.py``: roles such as recipient or nabywca are names where people are), by
its table (people, companies, catalogue, offers, places, care, settings: also
``naming.py``) and by a sample of its values (``values.py``: e-mails, phones, IPs,
IBANs, cards, national ids by their checks, birth dates, tokens, password hashes,
images, free text or JSON quoting any of those; ``evidence.py``: what values say on
their own, such as people's names, phone lines, a sole trader's name). Values never
leave this module unmasked: a finding carries at most a masked example. Other modules
import the public names of all four from here.
"""


import dataclasses
import datetime as dt
from collections import Counter
from typing import Iterable

from .. import model
from ..model import Column
from .evidence import (  # noqa: F401  (re-exported: the detector's public names)
    COMPANY_SHARE,
    KEPT_CHARS,
    MAJORITY,
    MIN_MATCHES,
    MIN_NAMES,
    NAME_LOCALES,
    TEXT_HITS_SHARE,
    Finding,
    NameBook,
    Sample,
    _enough,
    looks_like_names,
    quotes_private_contacts,
    _people_values,
    device_owners,
    _share,
    _telecom,
    _WHERE,
    finding,
    health_codes,
    health_texts,
    name_column,
    quotes_name,
    table_evidence,
)
from .naming import (  # noqa: F401  (re-exported)
    NAME_WORDS,
    NameMatch,
    TableContext,
    ValueEvidence,
    _contains,
    _personal_keys,
    column_prefix,
    company_named,
    expand,
    is_about_people,
    is_code_name,
    is_payment_session,
    is_payment_table,
    holds_sessions,
    is_session_table,
    is_settings_value,
    match_column,
    match_name,
    name_tokens,
    table_context,
    tokenize,
    without_prefix,
)
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
    is_nip,
    is_password_hash,
    is_phone,
    is_postcode,
    is_company_mailbox,
    is_role_email,
    is_street_address,
    names_a_street,
    quotes_personal_in_bytes,
    is_session_key,
    is_mobile_number,
    is_token,
    is_guid,
    mask,
    phone_regions,
    quoted_items,
    says_health,
)
from .vehicles import is_plate, is_vin, varied_letters
from .vocabulary import (  # noqa: F401  (CATEGORIES, SENSITIVE, QUASI, FOREIGN_KEY, STRONG: re-exported)
    ABBREVIATIONS,
    AFTER,
    AMBIGUOUS_TABLES,
    ANIMAL_OWN,
    ANIMAL_TABLES,
    ATTACHMENT_TABLES,
    OWNER_HEALTH,
    BEFORE,
    GEO,
    HUNGARIAN,
    PLACE_TABLES,
    ROLE,
    ANY,
    CARE,
    CARE_QUALIFIERS,
    CARE_TABLES,
    CATALOGUE_TABLES,
    CATEGORIES,
    CODE_NAMES,
    COMPOUND_PARTS,
    CONTACT_PERSON,
    CONTACT_WORDS,
    MOBILE_QUALIFIERS,
    MOBILE_WORDS,
    PHONE_WORDS,
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


VALUE_CHECKS: tuple[tuple[str, str, object], ...] = (
    ("password", "password hashes", is_password_hash),
    ("email", "e-mail addresses", is_email),
    ("iban", "IBANs", is_iban),
    ("credit_card", "card numbers (Luhn)", is_card),
    ("national_id", "national id numbers (NIR, SSN, DNI/NIE, codice fiscale, CPF, NINO, driving licence)",
     is_national_id),
    ("ip", "IP addresses", is_ip),
    ("mac_address", "MAC addresses", is_mac),
    ("phone", "phone numbers", is_phone),
)
_CONFIRMS = {c: check for c, _, check in VALUE_CHECKS}
_CONFIRMS["national_id"] = lambda v: is_national_id(v) or is_nip(v)  # a sole trader's NIP, named so
_CONFIRMS["blob_image"] = is_image
_CONFIRMS["identifier"] = is_token
_CONFIRMS["document"] = is_document
_CONFIRMS["license_plate"] = is_plate
_CONFIRMS["vehicle_id"] = is_vin
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
    if ctx.is_company:
        return _contact_person(table, name, column, sample.values, book)  # else the company's own data
    if ctx.is_equipment or is_code_name(name) or is_payment_session(table, name):
        return None  # equipment's data, company identifiers, product codes, a payment provider's session
    kind = column.kind if column is not None else model.UNKNOWN
    values = sample.values
    if not ctx.is_animal and set(tokenize(name)) & ANIMAL_TABLES:
        ctx = dataclasses.replace(ctx, is_animal=True)  # booking.pet_name: the pet's name, not the owner's
    if ctx.is_settings and is_settings_value(name):
        return _settings_value(table, name, kind, values)
    example = values[0] if values else None
    hit = ctx.match(name)
    if hit is not None and hit.where == ROLE and values and not looks_like_names(values, book):
        hit = None  # a recipient column of ids, e-mails or codes: no role's name
    if hit is not None and ctx.is_place and hit.category in _WHERE:
        return None  # a cell site's or a flat's address and coordinates: a place's, no one's
    if (hit is not None and ctx.is_place and hit.category in ("email", "phone")
            and " ".join(name_tokens(name)) == hit.words):
        return None  # a station's phone, a venue's email: the place's own (not a landlord_phone)
    if hit is None and ctx.is_linked and tokenize(name) == ("title",) and "titles" in tokenize(table.rsplit(".", 1)[-1]):
        hit = NameMatch("employment", PEOPLE, "title")  # employees' titles: one person's job titles over time
    if hit is not None and kind not in KINDS.get(hit.category, _TEXTUAL) and kind != model.UNKNOWN:
        hit = None
    if hit is not None and hit.category == "health" and values and _enough(*_share(values, is_street_address)):
        hit = NameMatch("address", hit.where, hit.words)  # cim: Hungarian for an address, not CIM-10's codes
    if hit is not None and hit.category == "national_id" and ctx.is_catalogue and values and not _enough(
            *_share(values, _CONFIRMS["national_id"])):
        hit = None  # a product's CNP (Portugal's product code), not a Romanian CNP: its values decide
    if hit is not None and hit.category == "identifier" and hit.where == LINKED and _is_per_event(name):
        hit = None  # event_uuid, request_guid: one per event, not per person
    if hit is not None and ctx.is_animal and hit.category in ANIMAL_OWN and hit.words not in OWNER_HEALTH:
        return None  # a pet's name, weight, diagnosis, birth date
    if hit is not None and "temperatur" in hit.words and hit.where == LINKED and not _body_temperatures(values):
        hit = None  # a fridge's, a room's, a parcel's temperature: only a body's is health
    if hit is not None:
        return _named(table, name, hit, kind, values, example)
    if (book is not None and values and ctx.is_linked and kind in _TEXTUAL
            and "device" in (words := set(name_tokens(name))) and words & {"name", "label", "title"}
            and (owners := device_owners(values, book))):
        return finding(table, name, "name", f"{owners[0]} of {len(values)} sampled device names carry a person's "
                       "first name (Anna's iPhone)", 0.5 + 0.4 * owners[0] / len(values), mask(owners[1], "name"))
    if values and kind == model.INTEGER and not ctx.is_catalogue:
        return _telecom(table, name, values, ctx)  # a bigint column of line numbers or IMEIs
    if not values or kind in (model.BOOLEAN, model.INTEGER, model.NUMBER):
        return None
    return _by_values(table, name, kind, values, ctx, today, book, sample.nulls)


def _contact_person(table: str, name: str, column: Column | None, values: list[str],
                    book: NameBook | None) -> Finding | None:
    """A company's contact person (a supplier's contato_nome, a partner's kontaktna_oseba)
    and that person's mobile (KontaktMobitel): the columns of a company table that name
    a person, when their name says so and their values are people's names (a few known
    ones suffice: a company table is short) or phone numbers. The company's own phone,
    mailbox and address stay the company's."""
    kind = column.kind if column is not None else model.UNKNOWN
    if not values or kind not in _TEXTUAL:
        return None
    tokens = name_tokens(name)
    words = set(tokens)
    if words & CONTACT_WORDS and words & (MOBILE_WORDS | PHONE_WORDS):
        # a contact's mobile (KontaktMobitel), or a contact's phone whose numbers are mobiles
        mobile = words & (MOBILE_WORDS | MOBILE_QUALIFIERS)
        hits, total = _share(values, is_phone if mobile else is_mobile_number)
        if not _enough(hits, total):
            return None
        return finding(table, name, "phone", f"name `{name}` says a company's contact person's mobile, and {hits} of "
                       f"{total} sampled values are phone numbers", 0.5 + 0.4 * hits / total, mask(values[0], "phone"))
    if book is None or not any(_contains(tokens, pattern) is not None and set(tokens) - set(pattern) <= NAME_WORDS
                               for pattern in CONTACT_PERSON):
        return None
    said = name_column(values, book, min_names=MIN_MATCHES)
    if said is not None:
        _, hits, _ = said
    elif looks_like_names(values, None) and sum(quotes_name(v, book) for v in values) >= MIN_MATCHES:
        hits = len(values)  # (Terje Bongo, Máret Olsen: names shaped as names, a few of them known)
    else:
        return None
    return finding(table, name, "name", f"name `{name}` says a company's contact person, and {hits} of "
                   f"{len(values)} sampled values are people's names", 0.5 + 0.4 * hits / len(values),
                   mask(values[0], "name"))


BODY_TEMPERATURES = ((34.0, 43.0), (93.0, 109.0))  # °C, °F


def _body_temperatures(values: list[str]) -> bool:
    """Whether most values are a human body's temperature (34-43 °C or 93-109 °F)."""
    hits, total = _share(values, lambda v: any(
        low <= n <= high for n in [_number(v)] if n is not None for low, high in BODY_TEMPERATURES))
    return _enough(hits, total)


def _number(value: str) -> float | None:
    try:
        return float(value.strip().replace(",", "."))
    except ValueError:
        return None


def _guid_key(name: str, values: list[str]) -> bool:
    """Whether a column named as a key (contactid, crmContactId, "CRM Contact ID") holds
    GUIDs: a record's key in another system (Dynamics, a CRM sync), no one's token."""
    words = tokenize(name)
    if not (words and words[-1] == "id") and not name.casefold().endswith("id"):
        return False
    hits, total = _share(values, is_guid)
    return _enough(hits, total)


def _is_per_event(name: str) -> bool:
    """Whether a column's name says an id per request or event (request_id, trace_id,
    idempotency_key, payment_id): its UUIDs identify no person."""
    tokens = tokenize(name)
    return bool(set(tokens) & EVENT_IDS) or tokens[-2:] in EVENT_KEYS


# An id of one payment, charge, refund, order or invoice (a Stripe pi_...): per event;
# a payment *token* (a stored card) is not in this list.
EVENT_KEYS = frozenset({("payment", "id"), ("charge", "id"), ("refund", "id"), ("order", "id"), ("invoice", "id"),
                        ("payment", "intent"), ("payout", "id")})


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
    if category == "email" and _towns(values):
        return finding(table, name, "city", f"{reason}, but its sampled values are towns: a post office "
                       "(Slovenian, Croatian, Czech pošta)", confidence, mask(example, "city"))
    if category == "email" and values:
        roles, total = _share(values, lambda v: is_email(v) and is_company_mailbox(v))
        if total and roles / total >= 0.5:
            return None  # contact@, info@: a company's mailboxes
    if category in ("email", "phone", "ip", "first_name", "last_name", "name", "address", "city", "username",
                    "blob_image") and hit.words != "house number" and _all_small_integers(values):
        return None  # a "phone" column of integers 1..N counts or points at something else
    if category == "phone" and _switchboard(values):
        return None  # work_phone: the clinic's few lines, shared by all its staff
    if category in ("email", "phone", "address") and len(values) >= SAME_SENDER_ROWS and len(set(values)) == 1:
        return None  # a notice's from_address: the application's own sender on every row, no one's
    if check is not None and values:
        hits, total = _share(values, check)
        if _enough(hits, total):
            confidence = 0.95
            reason += f"; {hits} of {total} sampled values agree"
            return finding(table, name, category, reason, confidence, mask(example, category))
        elif category == "identifier" and hits == 0 and total >= 5 and len(set(values)) * 4 <= total:
            return None  # sess_auth_method: a few words repeated, no session's or device's token
        elif category in ("email", "ip") and hits == 0 and total >= 5:
            confidence -= 0.3
            reason += f"; none of {total} sampled values looks like one"
        elif category == "iban":  # acct_no, kontonummer: a national account number, no IBAN
            category = "financial"
            reason += f"; {hits} of {total} sampled values are IBANs: a bank account number"
        elif category == "credit_card" and hits * 4 < total and total >= 5:  # a library's or loyalty card
            category = "id_number"
            reason += f"; {hits} of {total} sampled values pass Luhn with a card issuer's prefix: another card's number"
    if category == "address" and _towns(values):
        return finding(table, name, "city", f"{reason}, but its sampled values are towns (words without a "
                       "number, repeated)", confidence, mask(example, "city"))
    said = _said_by_values(category, values)
    if said is not None:  # from_addr: the name says address, its e-mails say otherwise
        other, label, hits, matching = said
        return finding(table, name, other, f"{reason}, but {hits} of {len(values)} sampled values are {label}",
                       0.5 + 0.45 * hits / len(values), mask(matching, other))
    shown = mask(example, category) if example is not None else None
    return finding(table, name, category, reason, confidence, shown)


SERIALIZED_SHARE = 0.2  # a sessions table's blobs quoting e-mails in this share: serialized logins
TOWNS_SHARE = 0.9  # an address column's values that must read as towns (a few end like a street: Viktring)
TOWNS_DISTINCT = 0.6  # an address column of words without numbers, at most this share distinct: towns


def _towns(values: list[str]) -> bool:
    """Whether an address column's values are towns (jusho2, address line 2 holding
    Wien, Linz, Hall in Tirol): words of letters without a number, at most four, many
    repeated."""
    if len(values) < 10:
        return False
    hits, total = _share(values, lambda v: not any(c.isdigit() for c in v) and 1 <= len(v.split()) <= 4
                         and any(c.isalpha() for c in v) and not names_a_street(v))
    return hits >= TOWNS_SHARE * total and len(set(values)) <= TOWNS_DISTINCT * total  # (Viktring: a town)


SAME_SENDER_ROWS = 10  # a contact column holding one value on at least this many rows: the sender's own
SWITCHBOARD_SHARE = 0.2  # distinct values at most this share of a phone column's: shared lines


def _switchboard(values: list[str]) -> bool:
    """Whether a phone column holds a few lines shared by many rows (a workplace's
    switchboards), not one number per person."""
    counts = Counter(values)
    repeated = sum(n for n in counts.values() if n >= 2)
    return len(values) >= 10 and len(counts) <= SWITCHBOARD_SHARE * len(values) and repeated >= 0.8 * len(values)


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
    if kind in (model.BINARY, model.UNKNOWN, model.TEXT, model.OTHER) and holds_sessions(table):
        hits, total = _share(values, quotes_personal_in_bytes)  # (Laravel's payload: base64 text)
        if hits >= MIN_MATCHES and hits >= SERIALIZED_SHARE * total:  # Spring Session's attribute_bytes, PHP's data
            return finding(table, name, "identifier", f"{hits} of {total} sampled values of a sessions table are "
                           "serialized objects quoting personal items: e-mail addresses, phone numbers, IBANs, IPs "
                           "or national ids (a login, a search)", 0.5 + 0.4 * hits / total, None)
    if kind in (model.TEXT, model.UNKNOWN, model.OTHER) and not ctx.is_catalogue and not ctx.is_animal:
        found = _telecom(table, name, values, ctx) or _people_values(table, name, values, ctx, book, nulls)
        if found is not None:
            return found
    if kind in (model.TEXT, model.UNKNOWN, model.OTHER, model.ARRAY, model.JSON, model.ENUM, model.INET, model.UUID):
        for category, label, check in VALUE_CHECKS:
            hits, total = _share(values, check)
            if _enough(hits, total):
                matching = next(v for v in values if check(v))
                if category == "email":
                    roles, _ = _share(values, lambda v: is_email(v) and is_company_mailbox(v))
                    if roles * 2 >= hits:
                        return None
                return finding(table, name, category, f"{hits} of {total} sampled values are {label}",
                               0.5 + 0.45 * hits / total, mask(matching, category))
    if ctx.is_linked and not ctx.is_catalogue:
        if kind in (model.TEXT, model.UNKNOWN, model.OTHER) and not ctx.is_place:
            hits, total = _share(values, lambda v: len(v) <= 150 and is_street_address(v))
            if _enough(hits, total):
                return finding(table, name, "address", f"{hits} of {total} sampled values are a street and a house "
                               "number in a table about people or linked to them", 0.5 + 0.4 * hits / total,
                               mask(next(v for v in values if is_street_address(v)), "address"))
            found = (None if ctx.is_animal else health_codes(table, name, values) or health_texts(table, name, values)
                     ) or _vehicles(table, name, values)
            if found is not None:
                return found
        if kind in (model.TEXT, model.UNKNOWN, model.UUID, model.BINARY, model.OTHER):
            found = _per_row_tokens(table, name, values, "(UUIDs, hex or random strings) in a table about people")
            if found is not None:
                return found
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
        if (kind in (model.TEMPORAL, model.TEXT, model.UNKNOWN) and not set(tokenize(name)) & EVENT_TOKENS
                and not ctx.is_animal):
            years = [y for y in (birth_year(v, today) for v in values) if y is not None]
            if _enough(len(years), len(values)) and len(set(years)) >= 5 and max(years) - min(years) >= 15:
                return finding(table, name, "birthdate", f"{len(years)} of {len(values)} sampled values are dates "
                               f"{_BIRTH_AGES[0]} to {_BIRTH_AGES[1]} years ago, spread over {len(set(years))} years, "
                               "without a time of day", 0.4 + 0.4 * len(years) / len(values),
                               mask(values[0], "birthdate"))
    if (kind in (model.BINARY, model.TEXT, model.UNKNOWN, model.OTHER) and not ctx.is_linked and not ctx.is_catalogue
            and set(tokenize(table.rsplit(".", 1)[-1])) & ATTACHMENT_TABLES):
        # an attachments table keyed by model and id (Odoo's ir_attachment): scans, letters, photos
        hits, total = _share(values, lambda v: is_document(v) or is_image(v))
        if hits and hits / total >= 0.3:
            return finding(table, name, "document", f"{hits} of {total} sampled values are documents or images in a "
                           "table of attachments (files of any record, people's included)", 0.5 + 0.3 * hits / total,
                           mask(values[0], "document"))
    if kind in (model.TEXT, model.UNKNOWN, model.OTHER) and is_session_table(table):
        found = _per_row_tokens(table, name, values, "in a table of sessions",  # the cookie, linked or not
                                check=is_session_key)
        if found is not None:
            return found
    if (kind in (model.TEXT, model.UNKNOWN, model.JSON, model.ARRAY, model.OTHER) and not (ctx.is_offer or ctx.is_place)
            and not _is_per_event(name)):
        return _text(table, name, kind, values, ctx, book)  # (a message_id <x@host> quotes no one)
    if kind in (model.TEXT, model.UNKNOWN, model.OTHER) and ctx.is_offer and ctx.has_people_key:
        # a company's offer quotes its own desk; adverts people publish (a key to a table of
        # people) quoting their own mailboxes and phones in a clear share are theirs
        said = quotes_private_contacts(values)
        if said is not None:
            hits, example = said
            return finding(table, name, "free_text", f"{hits} of {len(values)} sampled texts of offers published "
                           "by people quote personal mailboxes or phones", 0.5 + 0.4 * min(1.0, hits / len(values) * 2),
                           mask(example, "free_text"))
    return None


def _per_row_tokens(table: str, name: str, values: list[str], where: str, check=is_token) -> Finding | None:
    """A column of tokens, one per row (a session's, a device's), unless its name says an
    id per event or a key holding GUIDs, or its table holds payments (each payment's
    reference at its provider or its tax authority); ``where`` ends the reason, ``check``
    reads a token (a sessions table's: PHP's lower-case ids too)."""
    if _is_per_event(name) or _guid_key(name, values) or is_payment_table(table):
        return None
    hits, total = _share(values, check)
    if not _enough(hits, total) or len(set(values)) * 2 <= total:
        return None
    return finding(table, name, "identifier", f"{hits} of {total} sampled values are per-row tokens {where}",
                   0.4 + 0.4 * hits / total, mask(values[0], "identifier"))


def _vehicles(table: str, name: str, values: list[str]) -> Finding | None:
    """A column of cars' VINs or registration plates, in a table about people or linked to
    them: many distinct values, and plates whose letters vary (not references sharing a
    prefix, such as ORD123; a make's VINs share theirs)."""
    total = len(values)
    if total < MIN_MATCHES or len(set(values)) * 2 <= total:
        return None
    for category, label, check in (("vehicle_id", "vehicle identification numbers (VIN)", is_vin),
                                   ("license_plate", "registration plates", is_plate)):
        hits, _ = _share(values, check)
        if _enough(hits, total) and (check is is_vin or varied_letters([v for v in values if check(v)])):
            return finding(table, name, category, f"{hits} of {total} sampled values are cars' {label}, in a table "
                           "about people or linked to them", 0.5 + 0.4 * hits / total,
                           mask(next(v for v in values if check(v)), category))
    return None


def _text(table: str, name: str, kind: str, values: list[str], ctx: TableContext,
          book: NameBook | None = None) -> Finding | None:
    docs = [_json_document(v) for v in values]
    json_count = sum(d is not None for d in docs)
    is_json = kind == model.JSON or (json_count and json_count / len(values) >= MAJORITY)
    quoting = 0
    kinds: dict[str, int] = {}
    keys: set[str] = set()
    example = None
    quoting_texts: set[str] = set()
    where = frozenset({ANY, LINKED}) if ctx.is_linked else frozenset({ANY})
    for value, doc in zip(values, docs):
        found = quoted_items(value)
        if found and not _has_letters(value):  # no words: an item itself, or a reference (+++090/9337/55457+++)
            found = [k for k in found if k in _CONFIRMS and _CONFIRMS[k](value)]
        if book is not None and (ctx.is_linked or _is_slug(value)) and doc is None and quotes_name(value, book):
            found = [*found, "name"]  # Demande RGPD - Alexandra Dumont
        if doc is not None:
            named = _personal_keys(doc, where)
            keys |= named
            found = found or sorted(named)
        if found:
            quoting += 1
            quoting_texts.add(value)
            example = example if example is not None else value
            for k in found:
                kinds[k] = kinds.get(k, 0) + 1
    total = len(values)
    needed = max(MIN_MATCHES, int(TEXT_HITS_SHARE * total + 0.999)) if total > 5 else 1
    distinct = len(set(values))
    if quoting < needed and not (quoting >= MIN_MATCHES and len(quoting_texts) >= TEXT_HITS_SHARE * distinct):
        return None  # (a boilerplate repeated on most rows: the share of distinct texts counts)
    if set(kinds) == {"name"} and len(quoting_texts) < MIN_NAME_TEXTS:
        return None  # one slug repeated on many rows (an affiliate's blog-mae-sol): a code, no people
    items = ", ".join(f"{k.replace('_', ' ')} ({n})" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    category = "json" if is_json else "free_text"
    what = "JSON documents" if is_json else "values"
    reason = f"{quoting} of {total} sampled {what} quote personal items: {items}"
    confidence = 0.5 + 0.4 * min(1.0, quoting / total * 2)
    return finding(table, name, category, reason, confidence, mask(example, category))


MIN_NAME_TEXTS = 2  # distinct texts that must quote a name when names are all a column's texts quote


def _is_slug(value: str) -> bool:
    """A page's or a user's slug (danielle-hely): a name there is a person's, whatever the
    table (WordPress declares no foreign key)."""
    text = value.strip()
    return " " not in text and "-" in text and text == text.lower()


def _has_letters(value: str) -> bool:
    return any(c.isalpha() for c in value)


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
