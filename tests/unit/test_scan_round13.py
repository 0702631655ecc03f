"""The detector's thirteenth round of generalization, after the Finnish library
consortium: SAP HCM's infotype fields (GBDAT, GESCH, KONFE, EMFTX) in its PA tables,
an alternate address's qualifier (Koha's B_city next to B_address), a word of free text
ending a name written as one (debarredcomment, lukutoiveet), logins made of names, a
sessions table's MD5 cookie, a settings table named as one word, and a notice's sender
on every row. Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from dumpscrub.checks.detect import table_context
from dumpscrub.checks.evidence import NameBook, is_login_of_name
from dumpscrub.checks.values import is_company_mailbox, is_guid
from support.detector import LINKED, PEOPLE, PLAIN, category, detect


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


PA0002 = ("MANDT", "PERNR", "ENDDA", "BEGDA", "NACHN", "VORNA", "GBDAT", "GESCH", "FAMST", "KONFE", "PERID")


@pytest.mark.parametrize(("table", "name", "expected"), [
    ("PA0002", "GBDAT", "birthdate"), ("PA0002", "GESCH", "gender"), ("PA0002", "FAMST", "family"),
    ("PA0002", "ANZKD", "family"), ("PA0002", "KONFE", "religion"), ("PA0002", "NATIO", "nationality"),
    ("PA0002", "GBORT", "city"), ("PA0002", "GBLND", "country"), ("PA0002", "RUFNM", "first_name"),
    ("PA0002", "PERID", "national_id"), ("PA0009", "EMFTX", "name"), ("PA0009", "BKORT", "city"),
    ("PA0009", "BKPLZ", "postal_code"), ("PA0021", "FANAM", "name"),
])
def test_sap_hr_infotype_fields_are_read(table: str, name: str, expected: str) -> None:
    ctx = table_context(table, [*PA0002, name])
    assert ctx.is_people
    assert category(name, ctx) == expected


def test_sap_abbreviations_used_outside_hr_count_only_in_its_infotypes() -> None:
    banks = table_context("BNKA", ["BANKS", "BANKL", "BANKA", "BKORT", "STRAS"])
    assert not banks.is_people
    assert category("BKORT", banks) is None  # a bank's own town
    orders = table_context("auftrag", ["id", "GESCH", "betrag"])
    assert category("GESCH", orders) is None  # a business ("Geschäft"), no gender
    assert not table_context("HRP1000", ["OTYPE", "OBJID", "STEXT"]).is_people  # org units, not people
    assert not table_context("PAYMENTS", ["id", "amount"]).is_people


def test_an_alternate_addresss_qualifier_makes_its_city_a_persons() -> None:
    borrowers = table_context("borrowers", ["surname", "email", "B_address", "B_city", "B_zipcode", "order_state"])
    assert borrowers.qualifiers == frozenset({"b"})
    assert category("B_city", borrowers) == "city"
    assert category("order_state", borrowers) is None  # a state of something, not of an alternate address
    alone = table_context("borrowers", ["surname", "email", "address", "B_city"])
    assert category("B_city", alone) is None  # no B_ address: B says nothing


@pytest.mark.parametrize("name", ["debarredcomment", "lukutoiveet", "staffremarks"])
def test_a_word_of_free_text_ends_a_name_written_as_one(name: str) -> None:
    assert category(name, LINKED) == "free_text"


@pytest.mark.parametrize("name", ["footnote", "commentcount", "messageid", "remarkable"])
def test_names_that_only_hold_a_free_text_word_are_not_free_text(name: str) -> None:
    assert category(name, LINKED) is None


def test_other_names_in_a_table_about_people_are_a_name() -> None:
    assert category("othernames", PEOPLE) == "name"
    assert category("othernames", LINKED) is None  # a product's other names


def test_logins_made_of_names_are_usernames(book: NameBook) -> None:
    for login in ("reino.savolainen", "savolainen_reino", "anna-berg2", "maria1990"):
        assert is_login_of_name(login, book), login
    for other in ("kirjatoukka3", "room101", "admin2024", "red-shirt-42", "anna.berg@example.org", "Anna Berg"):
        assert not is_login_of_name(other, book), other
    cards = [f"4200{34352104 + n * 977:08d}" for n in range(40)]
    chosen = ["reino.savolainen", "matti.nuutinen", "laura.karjalainen", "anna.berg", "riitta50", "ida91",
              "kirjatoukka12", "sinikka.martikainen"]
    found = detect("userid", *cards, *chosen, ctx=PEOPLE, book=book)
    assert found is not None and found.category == "username"
    assert detect("userid", *cards, ctx=PEOPLE, book=book) is None  # card numbers alone: a key
    shared = ["anna.berg", "matti.nuutinen"] * 20  # who changed the row: a few staff logins over many rows
    assert detect("changed_by", *shared, *cards[:6], ctx=PEOPLE, book=book) is None


def test_a_sessions_md5_cookie_is_a_token_and_a_bare_uuid4_is_a_key() -> None:
    cookies = [hashlib.md5(str(n).encode()).hexdigest() for n in range(30)]
    assert not any(is_guid(c) for c in cookies[:10])
    found = detect("id", *cookies, ctx=PLAIN, table="sessions")
    assert found is not None and found.category == "identifier"
    keys = [uuid.UUID(int=n * 7919 + 3, version=4).hex for n in range(30)]
    assert all(is_guid(k) for k in keys)
    assert detect("id", *keys, ctx=PLAIN, table="sessions") is None


def test_a_settings_table_named_as_one_word() -> None:
    assert table_context("systempreferences", ["variable", "value", "options", "explanation", "type"]).is_settings
    assert table_context("appsettings", ["key", "value"]).is_settings
    assert not table_context("userpreferences", ["user_id", "newsletter", "theme"]).is_settings  # no key/value
    assert not table_context("systemlog", ["variable", "value"]).is_settings


def test_one_sender_on_every_row_is_the_applications_own() -> None:
    sender = ["Kuusikko-kirjastot <kirjasto@kuusikko.fi>"] * 20
    assert detect("from_address", *sender) is None
    readers = [f"reader{n}@gmail.com" for n in range(20)]
    assert detect("to_address", *readers).category == "email"
    assert detect("from_address", *sender[:5]) is not None  # too few rows to tell


def test_a_libraries_mailbox_is_a_role_mailbox() -> None:
    assert is_company_mailbox("kirjasto@kuusikko.fi")
    assert is_company_mailbox("asiakaspalvelu@example.fi")
    assert not is_company_mailbox("kirsi.kallio@kuusikko.fi")
