"""The detector's twenty-first round of generalization, after the Slovenian student office:
Slovenian, Croatian and Serbian names (EMŠO and JMBG by their check digit, priimek,
spol, naslov, pošta), a company's contact person, a street written the Slovenian way,
and a year with a serial (2024/2025, 2024-000123) that is no phone. Every rule comes
with look-alikes that must not match."""

from __future__ import annotations

from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.national_ids import is_jmbg
from dumpscrub.checks.values import is_national_id, is_phone, is_street_address
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()
COMPANY = table_context("partner", ["id", "naziv", "davcna", "telefon", "email", "kontaktna_oseba"])
TOWNS = ["Ljubljana", "Maribor", "Celje", "Kranj", "Koper"] * 3


def test_emso_and_jmbg_pass_their_check_digit() -> None:
    assert is_jmbg("0101006500006")  # born 1 January 2006, region 50 (Slovenia), serial 000, check 6
    assert is_jmbg("1503988500017")  # born 15 March 1988
    assert is_national_id("0101006500006")
    assert not is_jmbg("0101006500007")  # the check digit wrong
    assert not is_jmbg("3201006500004")  # 32 January
    assert not is_jmbg("010100650000")  # twelve digits
    assert category("emso", PLAIN) == "national_id"
    assert category("jmbg", PLAIN) == "national_id"


def test_south_slavic_names_of_people() -> None:
    assert category("priimek", PLAIN) == "last_name"
    assert category("prezime", PLAIN) == "last_name"
    assert category("ime", PEOPLE) == "first_name"
    assert category("ime", LINKED) is None  # a programme's or a file's name, in a table of no one
    assert category("spol", PEOPLE) == "gender"
    assert category("spol", LINKED) is None
    assert category("kraj_rojstva", PLAIN) == "city"
    assert category("datum_rojstva", PLAIN) == "birthdate"
    assert category("drzavljanstvo", PLAIN) == "nationality"
    assert category("narodnost", PLAIN) == "ethnic_origin"
    assert category("uporabnisko_ime", PLAIN) == "username"
    assert category("zzzs_stevilka", PLAIN) == "national_id"
    assert category("postna_stevilka", PLAIN) == "postal_code"
    assert category("geslo", PLAIN) == "password"
    assert category("trr", PLAIN) == "iban"
    assert category("posebne_potrebe", PLAIN) == "health"
    assert category("sess_id", PLAIN) == "identifier"  # Symfony's PdoSessionHandler


def test_naslov_is_an_address_only_where_people_are() -> None:
    assert category("naslov", PEOPLE) == "address"
    assert category("placnik_naslov", LINKED) == "address"
    assert category("naslov", PLAIN) is None  # also a course's or a book's title
    assert category("mbo", PEOPLE) == "national_id"  # HZZO's insured number
    assert category("mbo_niveau", PLAIN) is None  # a Dutch school level


def test_a_tax_number_companies_have_too_is_no_evidence_of_a_person() -> None:
    assert category("davcna_stevilka", PEOPLE) == "national_id"
    assert category("davcna_stevilka", PLAIN) is None
    assert table_context("dobavitelj", ["id", "naziv", "davcna_stevilka", "naslov", "telefon"]).is_company


def test_a_post_office_of_towns_is_a_city_not_an_e_mail() -> None:
    found = detect("posta", *TOWNS, ctx=PEOPLE)
    assert found is not None and found.category == "city"
    found = detect("posta", *(f"ana.novak{i}@siol.net" for i in range(15)), ctx=PEOPLE)
    assert found is not None and found.category == "email"


def test_a_companys_contact_person_named_by_people_s_names() -> None:
    assert COMPANY.is_company
    found = detect("kontaktna_oseba", "Adrijana Krajnc", "Branka Pogačnik", "Sandi Rožič", ctx=COMPANY, book=BOOK)
    assert found is not None and found.category == "name"
    found = detect("contato_nome", "Maria Silva", "João Santos", ctx=COMPANY, book=BOOK)
    assert found is not None and found.category == "name"
    # the company's own contact data and a department named as contact stay the company's
    assert detect("kontaktna_oseba", "Tajništvo", "Kadrovska služba", "Recepcija", ctx=COMPANY, book=BOOK) is None
    assert detect("telefon", "01 234 56 78", "02 345 67 89", ctx=COMPANY, book=BOOK) is None
    assert detect("email_contact", "Ana Novak", "Marko Horvat", ctx=COMPANY, book=BOOK) is None


def test_slovenian_streets_and_a_postal_line() -> None:
    assert is_street_address("Partizanska cesta 12")
    assert is_street_address("Glavarjeva ulica 1")
    assert is_street_address("Sončna pot 102")
    assert is_street_address("Štepanjsko nabrežje 54")
    assert is_street_address("Pod topoli 17, 3000 Celje")  # no street word: its postcode and town say it
    assert not is_street_address("depot 5")
    assert not is_street_address("pod topoli 17, 3000 celje")  # no capital town: no postal line


def test_a_year_and_a_serial_are_no_phone() -> None:
    assert not is_phone("2024/2025")  # an academic year
    assert not is_phone("2024/25")
    assert not is_phone("2022-000001")  # an invoice's yearly serial
    assert not is_phone("2024-123456")
    assert is_phone("041 123 456")
    assert is_phone("+386 41 123 456")
    assert detect("studijsko_leto", *["2024/2025", "2023/2024", "2022/2023"] * 5, ctx=LINKED) is None
