"""The detector's fourth round of generalization: people's roles (recipient, receiverName,
account_holder, nabywca) as names, the category words of Polish, Czech, Slovak, the Nordic
languages, Finnish, Turkish, Romanian and Hungarian, national ids read by their checks,
a sole trader's tax number and business name, Polish account numbers (NRB), session
keys and payment providers' sessions, places such as parcel lockers, adverts people
publish, and women's surnames in the name dictionary. Every rule comes with look-alikes
that must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks import values
from dumpscrub.checks.detect import (
    NameBook,
    Sample,
    TableContext,
    column_prefix,
    detect_column,
    is_iban,
    is_national_id,
    match_column,
    match_name,
    name_column,
    table_context,
)
from dumpscrub.checks.evidence import quotes_name, surname_forms
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


def detect(name: str, *vals: str | None, ctx: TableContext = PEOPLE, table: str = "t", book: NameBook | None = None):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column(table, name, Column(name, model.TEXT, model.TEXT), sample, ctx, TODAY, book)


def category(name: str, ctx: TableContext = PEOPLE, prefix: str = "") -> str | None:
    found = match_column(name, ctx.applies, prefix)
    return found.category if found is not None else None


# -- national ids by their checks --------------------------------------------------------


@pytest.mark.parametrize(
    "check,valid,lookalike",
    [
        (values.is_pesel, "44051401359", "44051401358"),  # check digit off by one
        (values.is_pesel, "02270803624", "02330803624"),  # born 2002 (month + 20); month 33 is none
        (values.is_nip, "1234563218", "1234563219"),
        (values.is_nip, "123-456-32-18", "123-456-32-17"),
        (values.is_personnummer, "811228-9874", "811228-9875"),  # Luhn
        (values.is_personnummer, "198112289874", "198113289874"),  # month 13
        (values.is_cpr, "070761-4285", "320761-4285"),  # day 32
        (values.is_fodselsnummer, "01010750160", "01010750161"),  # second check digit
        (values.is_hetu, "131052-308T", "131052-308U"),  # check character
        (values.is_rodne_cislo, "800101/1238", "800101/1237"),  # divisible by 11
        (values.is_cnp, "1800101221144", "1800101221145"),
        (values.is_tc_kimlik, "10000000146", "10000000147"),
        (values.is_belgian_number, "85.07.30-033.28", "85.07.30-033.29"),  # 97 - n % 97
        (values.is_bsn, "111222333", "111222334"),  # eleven test
    ],
)
def test_national_numbers_are_read_by_their_checks(check, valid: str, lookalike: str) -> None:
    assert check(valid)
    assert not check(lookalike)


def test_no_national_check_takes_repeated_digits_or_words() -> None:
    for value in ("00000000000", "11111111111", "000000000", "ABCDEFGHIJK", "2024-01-01", ""):
        assert not is_national_id(value), value
    assert not values.is_nip("0000000000")


def test_a_column_of_pesels_is_a_national_id_whatever_its_name() -> None:
    pesels = ["44051401359", "02270803624", "56090926766", "94060567975", "58080324604"]
    found = detect("numer", *pesels, ctx=PLAIN)
    assert found is not None and found.category == "national_id"
    orders = [f"2024000{i:04d}" for i in range(1, 11)]  # 11-digit order numbers: no check holds for most
    found = detect("numer", *orders, ctx=PLAIN)
    assert found is None or found.category != "national_id"


def test_a_sole_traders_nip_is_personal_only_in_a_table_about_people() -> None:
    nips = ["1234563218", "5266269381", "7794980050", "5261040828", "7010002137"]
    found = detect("tax", *nips, ctx=PEOPLE)
    assert found is not None and found.category == "national_id"
    assert detect("tax", *nips, ctx=PLAIN) is None  # a company's or anyone's
    assert detect("nip", *nips, ctx=TableContext(is_company=True)) is None
    assert category("nip", PLAIN) is None and category("nip", LINKED) == "national_id"
    assert category("fak_nip_nabywcy", LINKED, "fak") == "national_id"


def test_a_polish_nrb_is_an_iban_once_pl_is_put_in_front() -> None:
    assert is_iban("66105014455859841332694169")
    assert is_iban("PL66105014455859841332694169")
    assert not is_iban("66105014455859841332694168")  # its check digits fail
    assert not is_iban("6610501445585984133269416")  # 25 digits
    found = detect("knt_nr_rachunku", "66105014455859841332694169", "17249000050171524979117967",
                   "82105014450112836934997739", ctx=PEOPLE)
    assert found is not None and found.category in ("iban", "financial")


# -- people's roles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["recipient", "receiverName", "account_holder", "beneficiary", "payee", "policyholder", "guardian_name",
     "nabywca", "fak_nabywca", "odbiorca", "sprzedawca", "empfaenger", "destinatario", "destinataire", "titular",
     "beneficiario", "ontvanger", "mottagare", "alici", "cimzett", "holder_full_name"],
)
def test_a_persons_role_is_a_name_in_tables_linked_to_people(name: str) -> None:
    assert category(name, LINKED) == "name"


@pytest.mark.parametrize("name", ["recipient_id", "buyer_note", "parent_category", "holder_type", "is_buyer",
                                  "seller_rating", "receiver_count"])
def test_a_role_qualifying_something_else_is_no_name(name: str) -> None:
    assert category(name, LINKED) != "name"


def test_roles_say_nothing_in_tables_about_no_one() -> None:
    assert category("recipient", PLAIN) is None
    assert category("parent", PLAIN) is None


def test_a_role_column_must_hold_names(book: NameBook) -> None:
    names = ["Anna Nowak", "Jan Kowalski", "Ewa Zielińska", "Piotr Wójcik", "Maria Lewandowska"]
    found = detect("recipient", *names, ctx=LINKED, book=book)
    assert found is not None and found.category == "name"
    assert detect("recipient", "USR-0001", "USR-0002", "USR-0003", "USR-0004", ctx=LINKED, book=book) is None
    mails = [f"user{i}@example.org" for i in range(5)]
    found = detect("recipient", *mails, ctx=LINKED, book=book)
    assert found is not None and found.category == "email"  # the values say which


# -- words of more languages ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        ("imie", "first_name"), ("nazwisko", "last_name"), ("knt_nazwisko", "last_name"), ("ulica", "address"),
        ("miejscowosc", "city"), ("kod_pocztowy", "postal_code"), ("obywatelstwo", "nationality"),
        ("nr_telefonu", "phone"), ("data_urodzenia", "birthdate"), ("pesel", "national_id"),
        ("jmeno", "first_name"), ("prijmeni", "last_name"), ("ulice", "address"), ("obec", "city"),
        ("psc", "postal_code"), ("rodne_cislo", "national_id"), ("priezvisko", "last_name"),
        ("efternamn", "last_name"), ("fornamn", "first_name"), ("gatuadress", "address"),
        ("postnummer", "postal_code"), ("ort", "city"), ("personnummer", "national_id"),
        ("efternavn", "last_name"), ("fornavn", "first_name"), ("etternavn", "last_name"),
        ("fodselsnummer", "national_id"), ("cpr_nr", "national_id"), ("sukunimi", "last_name"),
        ("etunimi", "first_name"), ("katuosoite", "address"), ("henkilotunnus", "national_id"),
        ("soyad", "last_name"), ("adres", "address"), ("tc_kimlik_no", "national_id"), ("uyruk", "nationality"),
        ("nume", "name"), ("prenume", "first_name"), ("cnp", "national_id"), ("cetatenie", "nationality"),
        ("vezeteknev", "last_name"), ("keresztnev", "first_name"), ("iranyitoszam", "postal_code"),
        ("rijksregisternummer", "national_id"), ("sahkoposti", "email"), ("epost", "email"),
    ],
)
def test_category_words_of_more_languages(name: str, expected: str) -> None:
    assert category(name, PEOPLE, "knt") == expected


def test_short_words_of_more_languages_count_alone_in_tables_about_people() -> None:
    assert category("ad", PEOPLE) == "first_name" and category("ad_id", PEOPLE) is None
    assert category("ad", LINKED) is None  # Turkish ad, or an advert
    assert category("fak_okres", LINKED, "fak") is None  # okres: a period in Polish


@pytest.mark.parametrize("name", ["nr_dokumentu", "numero_documento", "document_number", "passport_no",
                                  "id_card_no", "cislo_dokladu", "nr_dowodu"])
def test_document_numbers_in_tables_linked_to_people(name: str) -> None:
    assert category(name, LINKED) in ("id_number", "national_id")


def test_document_numbers_of_nothing_personal() -> None:
    assert category("nr_dokumentu", PLAIN) is None  # an invoice's document number, in no one's table


# -- sessions -------------------------------------------------------------------------------


def test_session_keys_are_identifiers_but_a_payment_providers_session_is_not() -> None:
    keys = ["q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6", "z9x8c7v6b5n4m3l2k1j0h9g8f7d6s5a4"]
    found = detect("session_key", *keys, ctx=PLAIN, table="django_session")
    assert found is not None and found.category == "identifier"
    assert category("sid", PLAIN) == "identifier" and category("phpsessid", PLAIN) == "identifier"
    uuids = ["5f0c6b1e-8a3d-4c2b-9e7f-1a2b3c4d5e6f", "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b"]
    assert detect("p24_session_id", *uuids, ctx=LINKED, table="payments_payout") is None
    assert detect("checkout_session", *uuids, ctx=LINKED, table="stripe_payments") is None
    found = detect("session_id", *uuids, ctx=LINKED, table="user_sessions")
    assert found is not None and found.category == "identifier"


# -- places ---------------------------------------------------------------------------------


@pytest.mark.parametrize("table", ["shipping_pickuppoint", "parcel_lockers", "paczkomaty", "atms",
                                   "pickup_points"])
def test_places_keep_their_addresses_and_coordinates_out(table: str) -> None:
    ctx = table_context(table, ["code", "street", "postal_code", "city", "latitude", "longitude", "location_hint"])
    assert ctx.is_place
    assert detect("street", "ul. Długa 5", "ul. Polna 12", ctx=ctx, table=table) is None
    assert detect("latitude", "52.2297", "50.0647", ctx=ctx, table=table) is None


def test_a_persons_pickup_address_is_no_place() -> None:
    ctx = table_context("customer_pickup_addresses", ["customer_id", "street", "city"])
    assert not ctx.is_place and category("street", ctx) == "address"


# -- adverts people publish -----------------------------------------------------------------


def _listing(people_key: bool) -> TableContext:
    return table_context("market_listing", ["id", "seller_id", "title", "description"], references_people=people_key)


def test_adverts_people_publish_quoting_their_contacts_are_free_text() -> None:
    texts = [f"Sprzedam rower, stan dobry. Kontakt: jan.kowal{i}@gmail.com" if i % 3 == 0
             else f"Sprzedam rower nr {i}, odbiór osobisty." for i in range(30)]
    found = detect("description", *texts, ctx=_listing(True), table="market_listing")
    assert found is not None and found.category == "free_text"
    assert detect("description", *texts, ctx=_listing(False), table="market_listing") is None  # nobody's offers


def test_adverts_quoting_a_companys_desk_or_rarely_a_contact_are_not_personal() -> None:
    desk = [f"Apply to jobs@firm{i}.example or call +49 30 1234567{i}" for i in range(10)]
    assert detect("description", *desk, ctx=_listing(True), table="market_listing") is None
    rare = ["Kontakt: ala.nowak@gmail.com"] + [f"Rower {i}, stan dobry." for i in range(39)]
    assert detect("description", *rare, ctx=_listing(True), table="market_listing") is None


# -- names: women's surnames, sole traders ------------------------------------------------


def test_womens_surnames_are_read_from_the_mens(book: NameBook) -> None:
    assert "kowalski" in surname_forms("kowalska") and "novák" in surname_forms("nováková")
    assert "ivanov" in surname_forms("ivanova")
    for name in ("kowalska", "nowicka", "zawadzka", "lewandowska", "wiśniewska"):
        assert book.kind(name)[1], name
    assert not book.kind("rowerowa")[1]  # an adjective, no surname


def test_a_column_of_polish_surnames_is_last_names(book: NameBook) -> None:
    surnames = ["Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska",
                "Szymański", "Woźniak", "Dąbrowska", "Kozłowski"]
    assert name_column(surnames, book) is not None
    found = detect("knt_xyz", *surnames, ctx=PEOPLE, book=book)
    assert found is not None and found.category in ("last_name", "name")


def test_a_sole_traders_business_name_holds_a_persons_name(book: NameBook) -> None:
    firms = ["Antyki i Starocie Urszula Kieloch", "Klara Wolff Usługi Remontowe", "Jan Kowalski Transport",
             "Usługi Hydrauliczne Piotr Nowak", "Anna Zielińska Biuro Rachunkowe"]
    assert quotes_name(firms[2], book)
    found = detect("company_label", *firms, ctx=PEOPLE, book=book)
    assert found is not None and found.category == "name"
    companies = ["Usługi Remontowe Sp. z o.o.", "Transport Polska S.A.", "Biuro Rachunkowe Plus",
                 "Hydraulika Serwis", "Meble Nowoczesne"]
    assert detect("company_label", *companies, ctx=PEOPLE, book=book) is None
    assert detect("company_label", *firms, ctx=PLAIN, book=book) is None  # in no one's table


def test_a_prefix_every_column_shares_is_one_vowels_or_not() -> None:
    assert column_prefix("faktury", ["fak_id", "fak_numer", "fak_nabywca", "fak_pdf"]) == "fak"
    assert column_prefix("orders", ["id", "order_no", "order_date", "total"]) == ""
    assert match_name("fak_nabywca", ("any", "linked", "role")).category == "name"
