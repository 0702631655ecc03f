"""The detector's twelfth round of generalization, after the Czech food-delivery
platform: Czech and Slovak payroll words (DatNar, MistoNar, Pohlavi, PocetDeti,
HrubaMzda, CisloUctu), a sole trader's IČO in a table about people, Czech plates, the
name on a doorbell, a payment's id as per-event, a sessions table's GUID key as a key,
and init's image URLs (another image's URL, found again where a login provider's JSON
copies it). Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import Sample, TableContext, detect_column, match_column, table_context
from dumpscrub.checks.vehicles import is_plate
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()


def detect(name: str, *vals: str | None, ctx: TableContext = LINKED, kind: str = model.TEXT, table: str = "t"):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column(table, name, Column(name, kind, kind), sample, ctx, TODAY, None)


def category(name: str, ctx: TableContext = PEOPLE) -> str | None:
    found = match_column(name, ctx.applies)
    return found.category if found is not None else None


@pytest.mark.parametrize(("name", "expected"), [
    ("DatNar", "birthdate"), ("MistoNar", "city"), ("Pohlavi", "gender"), ("PocetDeti", "family"),
    ("HrubaMzda", "financial"), ("CisloUctu", "iban"), ("DatNastup", "employment"), ("RodCislo", "national_id"),
    ("vehicle_plate", "license_plate"), ("spz", "license_plate"), ("doorbell", "name"),
    ("documents_number", "id_number"), ("contract_ico", "national_id"),
])
def test_czech_payroll_and_courier_names_are_read(name: str, expected: str) -> None:
    assert category(name) == expected


def test_a_companys_ico_is_its_own() -> None:
    restaurants = table_context("restaurant", ["id", "name", "ico", "dic", "phone"])
    assert restaurants.is_company
    assert detect("ico", *(f"{25596641 + n * 11:08d}" for n in range(10)), ctx=restaurants) is None


@pytest.mark.parametrize("value", ["3B5 4834", "1AB 2345", "8T8 8219"])
def test_czech_plates_are_plates(value: str) -> None:
    assert is_plate(value)


def test_a_payments_id_is_per_event_and_a_sessions_guid_key_is_a_key() -> None:
    intents = [f"pi_3OQX3SYE4c00ETo{n:04d}Uqzk" for n in range(20)]
    assert detect("payment_id", *intents, ctx=PEOPLE) is None
    guids = [str(uuid.UUID(int=n * 104729 + 7)) for n in range(20)]
    assert detect("id", *guids, ctx=PLAIN, table="auth_session") is None
    cookies = [f"fwlVp7OTptFsircGsjrGzv70rKeV4Jsx2Z30P{n:03d}" for n in range(20)]
    assert detect("id", *cookies, ctx=PLAIN, table="sessions") is not None  # a random cookie stays one


def test_a_card_number_that_is_no_payment_card_is_an_id_number() -> None:
    library = [f"26000{1234567 + n * 7919:07d}" for n in range(12)]  # a library's barcodes
    found = detect("cardnumber", *library, ctx=PEOPLE)
    assert found is not None and found.category == "id_number"
    visa = ["4111111111111111", "4012888888881881", "4222222222222", "4917610000000000"] * 3
    assert detect("cardnumber", *visa, ctx=PEOPLE).category == "credit_card"
