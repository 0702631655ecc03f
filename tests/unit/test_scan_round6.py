"""The detector's sixth round of generalization, after the British motor insurer: cars'
registration plates (the UK's and continental Europe's formats) and VINs by their values,
UK driving licence numbers by their structure, vehicle and postcode abbreviations in
names, codes naming kinds of documents (MEDICAL_REPORT) kept apart from health codes,
and two changes to what init writes: a place written in words gets an address (found
again where a JSON copies it), and a mistyped national phone number no longer adds a
foreign locale. Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import NameBook, Sample, TableContext, detect_column, match_column
from dumpscrub.checks.evidence import health_codes, names_document
from dumpscrub.checks.national_ids import is_driving_licence
from dumpscrub.checks.starter import _locales
from dumpscrub.checks.values import is_national_id
from dumpscrub.checks.vehicles import is_plate, is_vin, varied_letters
from dumpscrub.model import Column
from dumpscrub.people import is_distinctive

TODAY = dt.date(2025, 1, 1)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()


def detect(name: str, *vals: str | None, ctx: TableContext = LINKED, kind: str = model.TEXT):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column("t", name, Column(name, kind, kind), sample, ctx, TODAY, None)


def category(name: str) -> str | None:
    found = match_column(name, LINKED.applies)
    return found.category if found is not None else None


# -- plates and VINs --------------------------------------------------------------------

PLATES = ["TS15 GFW", "VX23 BJB", "A123 BCD", "ABC 123D", "AB-123-CD", "AB 123 CD", "1234 BCD", "B-AB 1234",
          "M XY 12E", "ABC 123", "AB 12345", "WA 12345", "12-ABC-3", "1-ABC-123", "XX-99-YY"]


@pytest.mark.parametrize("value", PLATES)
def test_plates_of_the_uk_and_europe_are_read_by_their_shape(value: str) -> None:
    assert is_plate(value) and is_plate(value.lower())


@pytest.mark.parametrize("value", ["SW1A 1AA", "BS16 1QY", "M1 1AE", "12-MAR-24", "ABCDEF", "123456", "CLM0250013",
                                   "HM031748270", "A1", "12-34-56", "2024-01-05"])
def test_postcodes_dates_references_and_words_are_no_plates(value: str) -> None:
    assert not is_plate(value)


@pytest.mark.parametrize("value", ["1HGCM82633A004352", "W0LHK82XFZBX6ZF2D", "WAUZVRB2NNNN1UUD6", "VF1RFB00X56789012"])
def test_vins_are_read_by_their_alphabet(value: str) -> None:
    assert is_vin(value)


@pytest.mark.parametrize("value", ["0123456789ABCDEF0",  # hex
                                   "1HGCM82633A00435",  # 16 characters
                                   "1HGCM82633A00435I",  # an I
                                   "ABCDEFGHJKLMNPRST"])  # no digit
def test_hex_strings_short_strings_and_words_are_no_vins(value: str) -> None:
    assert not is_vin(value)


def test_a_column_of_plates_in_a_table_linked_to_people_is_a_license_plate() -> None:
    found = detect("thirdPartyReg", *PLATES)
    assert found is not None and found.category == "license_plate"
    assert "TS15 GFW" not in (found.example or "")


def test_a_column_of_vins_is_a_vehicle_id() -> None:
    vins = [f"WAUZZZ8V{n:01d}JA{100000 + n * 7919:06d}" for n in range(10)]
    found = detect("chassis_ref", *vins)
    assert found is not None and found.category == "vehicle_id"


def test_references_sharing_their_letters_are_no_plates() -> None:
    refs = [f"ORD{n:03d}" for n in range(100, 140)]  # a Swedish plate's shape, one prefix
    assert all(is_plate(r) for r in refs) and not varied_letters(refs)
    assert detect("order_ref", *refs) is None


def test_plates_in_a_table_not_linked_to_people_are_no_ones() -> None:
    assert detect("reg", *PLATES, ctx=PLAIN) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("VEH_REG", "license_plate"), ("vehicleReg", "license_plate"), ("car_reg", "license_plate"),
    ("vrm", "license_plate"), ("number_plate", "license_plate"), ("VEH_VIN", "vehicle_id"), ("vin", "vehicle_id"),
    ("chassis_number", "vehicle_id"), ("fahrgestellnummer", "vehicle_id"), ("OVERNIGHT_PCODE", "postal_code"),
    ("ND_LICENCE_NO", "id_number"), ("license_nr", "id_number"),
])
def test_vehicle_postcode_and_licence_names_are_read(name: str, expected: str) -> None:
    assert category(name) == expected


@pytest.mark.parametrize("name", ["reg_date", "registration_date", "company_reg_no", "region", "vintage", "vinyl",
                                  "serial_number"])
def test_look_alikes_of_vehicle_names_say_nothing(name: str) -> None:
    assert category(name) not in ("license_plate", "vehicle_id")


# -- UK driving licence numbers ------------------------------------------------------------


@pytest.mark.parametrize("value", ["MORGA753116SM9IJ", "MORGA753116SM9IJ 35", "DAVIS859171A99B9", "LI999862196A99AB"])
def test_uk_driving_licence_numbers_are_national_ids(value: str) -> None:
    assert is_driving_licence(value) and is_national_id(value)


@pytest.mark.parametrize("value", ["MORGA713116SM9IJ",  # month 13
                                   "MORGA753916SM9IJ",  # day 91 (month 53 is fine: a woman's)
                                   "MOR9A753116SM9IJ",  # a 9 inside the surname
                                   "ABCDE123456AB1C"])  # 15 characters
def test_look_alikes_of_driving_licences_are_not(value: str) -> None:
    assert not is_driving_licence(value)


# -- document kinds are not health --------------------------------------------------------


def test_a_list_of_document_types_with_a_medical_report_is_not_health() -> None:
    types = ["DAMAGE_PHOTO"] * 6 + ["ENGINEER_REPORT"] * 4 + ["MEDICAL_REPORT"] * 3
    assert names_document("MEDICAL_REPORT") and names_document("sick note") and names_document("Arztbericht")
    assert health_codes("t", "docType", types) is None


def test_a_list_with_a_health_condition_beside_document_kinds_stays_health() -> None:
    reasons = ["distance"] * 8 + ["wheelchair user"] * 3 + ["medical report"] * 2
    found = health_codes("t", "reason", reasons)
    assert found is not None and found.category == "health"
    assert not names_document("wheelchair user") and not names_document("diabetes")


# -- what init writes -------------------------------------------------------------------------


def test_an_address_without_a_number_is_looked_for_whole() -> None:
    assert is_distinctive("Carly Loop, East Adrian", "address")
    assert not is_distinctive("Carly Loop, East Adrian", "name")  # a name's words: found as names, not whole
    assert not is_distinctive("Bristol", "address")  # one word: stands in text by chance


def test_a_mistyped_national_number_adds_no_foreign_locale() -> None:
    # British numbers written internationally and nationally, and landlines with a digit too
    # many: valid in Italy and Germany, but the dump writes only British numbers with +.
    numbers = (["+44 7911 123456", "+44 7922 654321", "07911 123789", "07922 456321", "0117 946 0123"] * 6
               + ["01392 794 0049", "01454 552 5449", "01225 333 1234"])
    assert [locale for locale, _, _ in _locales([numbers])] == ["en_GB"]


def test_national_numbers_of_two_countries_written_without_prefix_give_two_locales() -> None:
    numbers = ["06 12 34 56 78", "07 98 76 54 32", "01 45 67 89 10"] * 4 + ["0612 345 678", "020 123 4567"] * 3
    assert [locale for locale, _, _ in _locales([numbers])][:1] == ["fr_FR"]
