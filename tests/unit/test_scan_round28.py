"""The detector's twenty-eighth round of generalization, after the Norwegian
fishing-licence registry: a table holding a company's name and number (FIRMANAVN,
ORGNR) and no person's column is a company's, a buyers' table with a company number
too; a contact person whose names are only partly known; Norwegian logins,
municipalities and a Sami affiliation (an ethnic origin); a licence number with a year,
a serial and a check digit, no phone. Every rule comes with look-alikes that must not
match."""

from __future__ import annotations

from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.values import is_phone
from support.detector import PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()
BUYERS = ["KJOPER_ID", "FIRMANAVN", "ORGNR", "ADRESSE", "TELEFON", "EPOST", "KONTAKTPERSON", "KONTAKT_MOBIL"]


def test_a_companys_name_and_number_make_a_company_table() -> None:
    assert table_context("KJOPER", BUYERS).is_company
    assert table_context("LEVERANDOR_REG", ["ID", "FIRMANAVN", "ORGNR", "TELEFON"]).is_company
    assert not table_context("KUNDE_REG", ["ID", "FORNAVN", "ETTERNAVN", "ORGNR", "FIRMANAVN"]).is_company
    assert not table_context("OPPGAVE", ["ID", "ORGNR", "TITTEL"]).is_company  # one company code: no more said


def test_a_contact_person_whose_names_are_partly_known() -> None:
    buyers = table_context("KJOPER", BUYERS)
    names = ["Hilde Pettersen", "Lars Hansen", "Terje Bongo", "Máret Olsen", "Terje Pedersen", "Ole Sara"]
    found = detect("KONTAKTPERSON", *names, ctx=buyers, book=BOOK)
    assert found is not None and found.category == "name"
    assert detect("KONTAKTPERSON", "Salgsavdelingen", "Innkjøp", "Kundeservice", ctx=buyers, book=BOOK) is None


def test_norwegian_names() -> None:
    assert category("BRUKERNAVN", PLAIN) == "username"
    assert category("KOMMUNE", PEOPLE) == "city"
    assert category("SAMISK_TILKNYTNING", PLAIN) == "ethnic_origin"
    assert category("KOMMUNE_NR", PLAIN) is None


def test_a_licence_number_with_a_year_a_serial_and_a_check_digit_is_no_phone() -> None:
    assert not is_phone("2020-00001-6")
    assert not is_phone("2024-000123")
    assert is_phone("+47 412 34 567")
