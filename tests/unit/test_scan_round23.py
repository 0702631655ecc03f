"""The detector's twenty-third round of generalization, after the Icelandic geothermal
utility: Icelandic names with their letters folded (nafn, kennitala, heimilisfang,
postnumer, kyn, netfang, simi), the kennitala read by its check digit (a company's,
day + 40, is no person's), patronymics (Björnsson, Þórðardóttir) as last names,
Icelandic health terms, and Icelandic supplier and settings tables. Every rule comes
with look-alikes that must not match."""

from __future__ import annotations

from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.national_ids import is_kennitala
from dumpscrub.checks.values import is_national_id, says_health
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()


def test_a_kennitala_passes_its_check_digit() -> None:
    assert is_kennitala("1111709169")  # born 11 November 1970
    assert is_kennitala("111170-9169")
    assert is_national_id("1111709169")
    assert not is_kennitala("1111709179")  # the check digit wrong
    assert not is_kennitala("1111709167")  # the century 7
    assert not is_kennitala("5111709169")  # a company's day (+40) is no person's


def test_icelandic_names_of_people() -> None:
    assert category("nafn", PEOPLE) == "name"
    assert category("nafn", LINKED) is None  # a product's or a file's name
    assert category("kennitala", PLAIN) == "national_id"
    assert category("greidandiKennitala", LINKED) == "national_id"
    assert category("netfang", PLAIN) == "email"
    assert category("farsimi", PLAIN) == "phone"
    assert category("heimilisfang", PLAIN) == "address"
    assert category("postnumer", PLAIN) == "postal_code"
    assert category("sveitarfelag", PLAIN) == "city"
    assert category("faedingardagur", PLAIN) == "birthdate"
    assert category("kyn", PEOPLE) == "gender"
    assert category("notandanafn", PLAIN) == "username"
    assert category("lykilord", PLAIN) == "password"
    assert category("stettarfelag", PLAIN) == "trade_union"
    assert category("mynd", LINKED) == "blob_image"
    assert category("launareikningur", PLAIN) == "iban"
    assert category("reikningsnumer", LINKED) is None  # an invoice's number (reikningur: an invoice too)


def test_patronymics_are_last_names() -> None:
    assert BOOK.is_last("björnsson")
    assert BOOK.is_last("þórðardóttir")
    assert BOOK.is_last("magnússon")
    assert not BOOK.is_last("lesson")
    assert not BOOK.is_last("season")
    names = ["Kristján Björnsson", "Sigríður Einarsdóttir", "Arnar Magnússon", "Ásdís Þórðardóttir",
             "Gunnar Guðmundsson", "Helga Jónsdóttir", "Einar Stefánsson", "Katrín Sigurðardóttir"] * 2
    found = detect("fullname_x", *names, ctx=LINKED, book=BOOK)
    assert found is not None and found.category in ("name", "first_name")


def test_icelandic_health_terms() -> None:
    assert says_health("súrefnisvél")  # home oxygen
    assert says_health("heimaskilun (nýrnabilun)")  # home dialysis, kidney failure
    assert not says_health("heitt vatn")  # hot water


def test_icelandic_tables() -> None:
    assert table_context("Starfsmenn", ["id", "nafn", "kennitala"]).is_people
    assert table_context("Birgjar", ["id", "nafn", "kennitala", "simi", "netfang", "iban"]).is_company
    assert table_context("Stillingar", ["id", "lykill", "gildi"]).is_settings
