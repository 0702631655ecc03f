"""The detector's fifth round of generalization, after the Swedish school application:
street addresses by their values (a street word and a house number, in many languages),
schools, units, departments and municipalities as organizations, settings tables named
in the Nordic languages, Swedish and Nordic words for pay, employment rate, gender,
mother tongue, diagnoses, body measurements and diets, coded reasons one of which names a
health condition, and names quoted together with phones (a next of kin) as free text.
Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import (
    NameBook,
    Sample,
    TableContext,
    detect_column,
    match_column,
    table_context,
)
from dumpscrub.checks.evidence import health_codes
from dumpscrub.checks.values import is_gender_value, is_street_address, says_health
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


def detect(name: str, *vals: str | None, ctx: TableContext = PEOPLE, table: str = "t", kind: str = model.TEXT,
           book: NameBook | None = None):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column(table, name, Column(name, kind, kind), sample, ctx, TODAY, book)


def category(name: str, ctx: TableContext = PEOPLE) -> str | None:
    found = match_column(name, ctx.applies)
    return found.category if found is not None else None


# -- street addresses by their values ----------------------------------------------------


@pytest.mark.parametrize("value", [
    "Storgatan 7", "Furuvägen 12 B, lgh 1102", "Vindarnas väg 2", "Hauptstraße 5", "Kerkstraat 3a",
    "Fredensvej 9", "Kongens gate 14", "Mannerheimintie 5", "12 rue de la Paix", "Via Roma 10",
    "Calle Mayor, 5", "ul. Długa 5", "221B Baker Street", "Stadshuset, Norrmalmsgatan 4, 852 30 Sjövik",
])
def test_street_addresses_are_read_by_their_values(value: str) -> None:
    assert is_street_address(value)


@pytest.mark.parametrize("value", [
    "Storgatan", "version 2", "Order 12 shipped", "852 30", "page 3 of 4", "Ring 3 times", "Room 5",
    "avstånd", "SE45 5000 0000 0583 9825 7466", "2 St", "Strong 4",
])
def test_look_alikes_of_street_addresses_are_not_addresses(value: str) -> None:
    assert not is_street_address(value)


STREETS = ["Storgatan 7", "Ekvägen 12 B", "Skolstigen 3", "Parktorget 1, lgh 1203", "Björkgatan 40",
           "Ängsgatan 8 A", "Furuvägen 61", "Bäckvägen 2", "Skolgränd 19", "Stationsvägen 33"]


def test_a_column_of_street_addresses_in_a_table_linked_to_people_is_an_address() -> None:
    found = detect("hamtadress", *STREETS, ctx=LINKED)
    assert found is not None and found.category == "address"
    assert "Storgatan 7" not in (found.example or "")


def test_a_places_or_an_unlinked_tables_street_addresses_are_no_ones() -> None:
    assert detect("besoksadress_x", *STREETS, ctx=TableContext(is_linked=True, is_place=True)) is None
    assert detect("besoksadress_x", *STREETS, ctx=PLAIN) is None


# -- organizations: schools, units, municipalities ---------------------------------------


@pytest.mark.parametrize("table", ["skolenhet", "public.kommun", "school_units", "departments", "forvaltning",
                                   "campus"])
def test_schools_units_and_municipalities_are_organizations(table: str) -> None:
    ctx = table_context(table, ["namn", "telefon_exp", "epost_exp", "latitud", "longitud", "logotyp"])
    assert ctx.is_company and not ctx.is_people


@pytest.mark.parametrize("table", ["elev", "department_employees", "unit_residents", "vardnadshavare"])
def test_tables_of_people_in_organizations_stay_about_people(table: str) -> None:
    assert table_context(table, ["fornamn", "efternamn", "epost"]).is_people


def test_a_municipalitys_settings_quoting_its_own_contacts_stay_out() -> None:
    ctx = table_context("kommun_installning", ["nyckel", "varde", "andrad"])
    own = ["kontaktcenter@sjovik.se", "060-19 00 00", "dataskyddsombud@sjovik.se", "Sjöviks kommun", "2299"]
    assert detect("varde", *own, ctx=ctx, table="kommun_installning") is None
    assert table_context("installningar", ["nyckel", "varde"]).is_settings


# -- Nordic words ------------------------------------------------------------------------


@pytest.mark.parametrize("name,expected", [
    ("MANADSLON", "financial"), ("hushallsinkomst", "financial"), ("arslon", "financial"),
    ("SYSS_GRAD", "employment"), ("stillingsprosent", "employment"), ("kon", "gender"),
    ("modersmal", "ethnic_origin"), ("mother_tongue", "ethnic_origin"), ("diagnoskod", "health"),
    ("kosttyp", "religion"), ("dietary_requirements", "religion"), ("GATUADR", "address"),
    ("folkbokforingsadress", "address"),
])
def test_nordic_category_words_are_read(name: str, expected: str) -> None:
    assert category(name) == expected


@pytest.mark.parametrize("name", ["kostnad", "kontor", "konto_id", "lonely", "salon", "diet_products_count",
                                  "synergi", "grad_year"])
def test_look_alikes_of_nordic_words_say_nothing(name: str) -> None:
    assert category(name) is None


def test_body_measurements_are_health_in_a_health_record_only() -> None:
    journal = table_context("elevhalsa_journal", ["journal_id", "elev_id", "langd_cm", "vikt_kg"], True)
    assert category("langd_cm", journal) == "health" and category("vikt_kg", journal) == "health"
    shipments = table_context("forsandelse", ["id", "vikt_kg"], True)
    assert category("vikt_kg", shipments) is None


def test_an_employment_rate_is_found_in_an_integer_column() -> None:
    found = detect("SYSS_GRAD", "100", "75", "50", "100", "80", kind=model.INTEGER)
    assert found is not None and found.category == "employment"


def test_nordic_genders_and_their_initials_are_genders() -> None:
    assert all(is_gender_value(v) for v in ("F", "P", "K", "M", "flicka", "pojke", "kvinna"))
    found = detect("x", *["F", "P", "P", "F", "F", "P"])
    assert found is not None and found.category == "gender"
    assert not is_gender_value("GR") and not is_gender_value("Q")


# -- coded reasons that name a health condition ------------------------------------------


def test_a_list_of_reasons_one_of_which_names_a_disability_is_health() -> None:
    reasons = ["avstånd"] * 8 + ["trafikfarlig väg"] * 3 + ["funktionsnedsättning"] * 2 + ["växelvis boende"] * 2
    found = detect("skal", *reasons, ctx=LINKED)
    assert found is not None and found.category == "health"
    assert says_health("laktosintolerans") and says_health("Celiaki") and says_health("funktionsnedsättning")


def test_lists_without_a_health_condition_or_free_texts_are_not_health_codes() -> None:
    assert health_codes("t", "status", ["betald"] * 8 + ["obetald"] * 5 + ["makulerad"] * 2) is None
    texts = [f"Diabetes typ 1 hos elev nummer {i}, följs upp av skolsköterskan varje månad" for i in range(12)]
    assert health_codes("t", "anteckning", texts) is None  # free text: the text rules' business
    assert health_codes("t", "typ", ["astma", "avstånd"]) is None  # too few rows to be a code list


# -- names quoted with phones ------------------------------------------------------------


def test_names_quoted_with_phones_are_free_text(book: NameBook) -> None:
    kin = ["Anna Lindberg (maka) 070-123 45 67", "Erik Johansson, sambo, +46 70 234 56 78",
           "Maria Nilsson (mor) 073-456 78 90", "Lars Persson, far, 0701234567", "Karin Andersson (maka) 076-111 22 33",
           "Johan Karlsson, sambo, +46 72 345 67 89", "Eva Olsson (syster) 070-987 65 43",
           "Per Svensson (make) 073-222 33 44"]
    found = detect("NARMASTE_ANHORIG", *kin, book=book)
    assert found is not None and found.category == "free_text"


def test_names_alone_stay_names(book: NameBook) -> None:
    names = ["Anna Lindberg", "Erik Johansson", "Maria Nilsson", "Lars Persson", "Karin Andersson",
             "Johan Karlsson", "Eva Olsson", "Per Svensson", "Sara Berg", "Nils Holm"]
    found = detect("kontaktperson", *names, book=book)
    assert found is not None and found.category == "name"
