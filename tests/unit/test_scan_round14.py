"""The detector's fourteenth round of generalization, after the Austrian car rental of a
Japanese group: romanized Japanese HR names (m_shain, seinengappi, seibetsu_kbn, jusho1,
haigusha_flg), the Austrian social insurance number, a phone's name that carries its
owner's first name, a blocked customer's reason, a place's own contacts, a fleet's plates
and VINs (in its own table and copied into fines), and an address column holding towns.
Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import io

import pytest

from dumpscrub.checks.detect import table_context
from dumpscrub.checks.dump import DumpFile
from dumpscrub.checks.evidence import NameBook, device_owners
from dumpscrub.checks.national_ids import is_at_svnr, is_national_id
from dumpscrub.checks.naming import is_about_people
from dumpscrub.checks.scan import scan
from support.detector import LINKED, PEOPLE, PLAIN, TODAY, category, detect


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


M_SHAIN = ("shain_cd", "kaisha_cd", "shimei_sei", "shimei_mei", "mail_addr", "del_flg", "ins_dt")


@pytest.mark.parametrize(("name", "expected"), [
    ("shimei_kana", "name"), ("seibetsu_kbn", "gender"), ("seinengappi", "birthdate"), ("jusho1", "address"),
    ("yubin_no", "postal_code"), ("keitai_no", "phone"), ("kokuseki_cd", "nationality"),
    ("shakai_hoken_no", "national_id"), ("ryoken_no", "id_number"), ("haigusha_flg", "family"),
    ("fuyo_ninzu", "family"), ("shogai_flg", "health"), ("kihonkyu", "financial"), ("biko", "free_text"),
])
def test_romanized_japanese_hr_names_are_read(name: str, expected: str) -> None:
    shain = table_context("m_shain", [*M_SHAIN, name])
    assert shain.is_people
    assert category(name, shain) == expected


def test_japanese_company_and_pay_tables() -> None:
    assert table_context("m_kaisha", ["kaisha_cd", "kaisha_nm", "jusho1", "denwa_no"]).is_company
    transfers = table_context("t_kyuyo_furikomi", ["furikomi_no", "shain_cd", "furikomi_kingaku", "iban"])
    assert transfers.is_pay and category("furikomi_kingaku", transfers) == "financial"
    orders = table_context("t_juchu", ["juchu_no", "kingaku"])
    assert category("kingaku", orders) is None  # an order's amount
    assert category("del_flg", table_context("m_shain", M_SHAIN)) is None
    assert category("email_flg", PEOPLE) is None  # a flag about an e-mail is no e-mail


def test_an_austrian_social_insurance_number_is_read_by_its_check_digit() -> None:
    for number in ("8650231181", "1237 010180", "2096180294"):
        assert is_at_svnr(number) and is_national_id(number), number
    for other in ("8651231181", "0650231181", "1234567890", "8650233381", "+43 664 123456"):
        assert not is_at_svnr(other), other


def test_a_phones_name_that_carries_its_owners_name(book: NameBook) -> None:
    names = ["Roberts iPhone", "iPhone von Aleksander", "Kerstin's iPad", "iPhone (Elma)", "Pixel 8", "iPhone",
             "Galaxy S23", "iPhone 15 Pro"]
    assert device_owners(names, book) is not None
    found = detect("device_name", *names, book=book)
    assert found is not None and found.category == "name"
    models = ["iPhone 15", "Pixel 8", "Galaxy S23", "iPad Air", "Pixel 7a", "iPhone 13 mini", "Galaxy A54"] * 2
    assert device_owners(models, book) is None
    assert detect("device_name", *models, book=book) is None
    assert detect("device_name", *names, ctx=PLAIN, book=book) is None  # a kiosk's devices, no one's


def test_why_a_person_was_blocked_is_free_text() -> None:
    assert category("blocked_reason", PEOPLE) == "free_text"
    assert category("Sperrgrund", LINKED) == "free_text"
    assert category("blocked_reason", PLAIN) is None  # a job's or a port's blocked reason


def test_a_places_own_contacts_are_its_own() -> None:
    stations = table_context("stations", ["id", "code", "name", "street", "zip", "city", "phone", "email"])
    assert stations.is_place and not is_about_people(stations, 2)
    assert detect("phone", "+43 1 7007 34650", "+43 662 85 12 40", "+43 512 28 47 70", ctx=stations) is None
    assert detect("email", "vie@kaze-mobility.at", "graz@kaze-mobility.at", ctx=stations) is None
    found = detect("landlord_phone", "+43 664 1234567", "+43 676 7654321", "+43 660 1112223", ctx=stations)
    assert found is not None and found.category == "phone"  # a person named in a place's row


def test_plates_and_vins_count_where_people_are_linked() -> None:
    plates = ["W-88722T", "SW-2243R", "G-13828H", "K-95454K", "I-58602B"]
    assert detect("plate", *plates, ctx=PLAIN, table="vehicles") is None  # a fleet no one is linked to
    assert detect("plate", *plates, ctx=LINKED).category == "license_plate"


def test_an_address_column_of_towns_is_a_city() -> None:
    towns = ["Wien", "Linz", "Hall in Tirol", "Wien", "Kufstein", "Graz", "Wien", "Linz", "Graz", "Villach"] * 2
    found = detect("jusho2", *towns, ctx=PEOPLE)
    assert found is not None and found.category == "city"
    streets = [f"Hauptstraße {n}" for n in range(1, 21)]
    assert detect("jusho2", *streets, ctx=PEOPLE).category == "address"
    lines = ["Top 3", "Stiege 2", "c/o Anna Berg", "Hinterhaus"] * 5
    assert detect("address2", *lines, ctx=PEOPLE).category == "address"


FLEET = """\
CREATE TABLE stations (id integer PRIMARY KEY, name text, phone text, email text);
CREATE TABLE vehicles (id integer PRIMARY KEY, station_id integer REFERENCES stations(id), plate text UNIQUE);
CREATE TABLE people (id integer PRIMARY KEY, first_name text, last_name text, email text, plate text);
CREATE TABLE fines (id integer PRIMARY KEY, person_id integer REFERENCES people(id), plate text, amount integer);
"""


def _scan_fleet() -> dict[tuple[str, str], str]:
    rows = ["BEGIN TRANSACTION;", *FLEET.splitlines()]
    rows.append("INSERT INTO stations VALUES(1,'Wien Hbf','+43 1 603 41 20','wien-hbf@kaze-mobility.at');")
    rows.append("INSERT INTO stations VALUES(2,'Graz','+43 316 71 22 90','graz@kaze-mobility.at');")
    fleet = [f"{'WGLSK'[n % 5]}-{88722 + n * 37}{'TRHKB'[n % 5]}" for n in range(20)]
    own = [f"{'LBSWG'[n % 5]}-{4410 + n * 53}{'ABCXY'[n % 5]}" for n in range(20)]
    for n, plate in enumerate(fleet):
        rows.append(f"INSERT INTO vehicles VALUES({n},{n % 2 + 1},'{plate}');")
        rows.append(f"INSERT INTO people VALUES({n},'Anna','Berg{n}','anna{n}@example.org','{own[n]}');")
        rows.append(f"INSERT INTO fines VALUES({n},{n},'{fleet[(n * 7) % 20]}',{3500 + n});")
    rows.append("COMMIT;")
    with DumpFile(io.BytesIO("\n".join(rows).encode() + b"\n"), "fleet.sql", dialect="sqlite") as dump:
        return {(f.table, f.column): f.category for f in scan(dump, today=TODAY).findings}


def test_a_fleets_plates_are_the_businesss_own_even_copied_into_fines() -> None:
    found = _scan_fleet()
    assert ("vehicles", "plate") not in found  # a fleet no person is linked to
    assert ("fines", "plate") not in found  # the fleet's cars, whoever drove them
    assert ("stations", "phone") not in found and ("stations", "email") not in found
    assert found[("people", "plate")] == "license_plate"  # a customer's own car
