"""The detector's eighteenth round of generalization, after the Hungarian dental chain:
Hungarian abbreviations (vnev, knev, anyja_neve, szul_hely, adoazon, pecsetszam, megj),
names written surname first (Nagy Julianna; PAPP_ILONA in a file name), Hungarian
streets (Bognár utca 4.), a `cim` of addresses (Hungarian) rather than of CIM-10 codes
(French), a treatment's description as health, and surgeries and suppliers as the
business's own tables. Every rule comes with look-alikes that must not match."""

from __future__ import annotations


import pytest

from dumpscrub.checks.detect import table_context
from dumpscrub.checks.evidence import NameBook, name_column, quotes_name
from dumpscrub.checks.values import is_street_address
from support.detector import LINKED, PEOPLE, category, detect


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


PAC_TORZS = ["pac_az", "vnev", "knev", "szul_ido", "taj", "irsz", "varos", "cim", "tel", "email"]


@pytest.mark.parametrize(("name", "expected"), [
    ("vnev", "last_name"), ("knev", "first_name"), ("szul_nev", "name"), ("anyja_neve", "name"),
    ("szul_hely", "city"), ("szul_ido", "birthdate"), ("nem", "gender"), ("adoazon", "national_id"),
    ("pecsetszam", "id_number"), ("havi_ber", "financial"), ("jelszo", "password"), ("megj", "free_text"),
    ("anamnezis", "health"),
])
def test_hungarian_names_are_read(name: str, expected: str) -> None:
    patients = table_context("pac_torzs", [*PAC_TORZS, name])
    assert patients.is_people
    assert category(name, patients) == expected


def test_hungarian_tables() -> None:
    assert table_context("rendelo", ["rend_az", "nev", "irsz", "varos", "cim", "tel"]).is_company
    assert table_context("szallito", ["szall_az", "cegnev", "adoszam", "tel"]).is_company
    treatments = table_context("kezeles", ["kez_az", "pac_az", "bno", "leiras"], references_people=True)
    assert treatments.is_care
    assert category("leiras", treatments) == "health" and category("bno", treatments) == "health"
    assert category("leiras", table_context("kez_tipus", ["kod", "leiras", "ar"])) is None  # a catalogue's
    assert category("description", table_context("products", ["id", "description"])) is None
    assert category("nem", LINKED) is None  # "no" in Hungarian, a flag, outside a table about people


def test_hungarian_streets_and_cim() -> None:
    for address in ("Bognár utca 4.", "Bartók Béla út 61.", "Szabó körút 13. 2. em. 22.", "Horváth köz 36."):
        assert is_street_address(address), address
    assert not is_street_address("K02.1")
    streets = ["Bognár utca 4.", "Horváth köz 36.", "Takács sor 40.", "Piac utca 45.", "Pozsonyi út 38."]
    found = detect("cim", *streets, ctx=PEOPLE)
    assert found is not None and found.category == "address"
    codes = ["K02.1", "K05.3", "J45.0", "E11.9", "I10", "K08.1"]
    assert detect("cim", *codes, ctx=LINKED).category == "health"  # the French CIM-10


def test_names_written_surname_first(book: NameBook) -> None:
    hungarian = ["Nagy Julianna", "Kovács Mária", "Tóth János", "Balogh Gyula", "Takács Zoltán", "Szabó Irma",
                 "Horváth József", "Varga Sándor", "Farkas Éva", "Molnár Katalin"]
    assert name_column(hungarian, book)[0] == "name"
    assert quotes_name("PAPP_ILONA_20080520_CBCT_1.png", book)
    assert not quotes_name("Budapest Pécs", book)
