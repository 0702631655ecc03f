"""The detector's eighth round of generalization, after the Belgian fitness-club chain:
Salesforce's `__c` suffix read away, a business's own sites (clubs, gyms, branches) as
company tables and equipment (door controllers, terminals) as no one's, body measurements
and a health questionnaire's yes/no answers, a body temperature by its values, SAP's HR
abbreviations (martStatus, nChildren, termDate), PINs, RFID card ids and fingerprint
templates, health named by several short texts of a table linked to people, names quoted
in a table linked to people's texts, a sessions table's keys, and references without
words (+++090/9337/55457+++) as no text. Every rule comes with look-alikes that must not
match."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import NameBook, Sample, TableContext, detect_column, match_column, table_context
from dumpscrub.checks.evidence import health_codes, health_texts
from dumpscrub.checks.naming import tokenize
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
LINKED = TableContext(is_linked=True)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
PLAIN = TableContext()


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


def detect(name: str, *vals: str | None, ctx: TableContext = LINKED, kind: str = model.TEXT, table: str = "t",
           book: NameBook | None = None):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column(table, name, Column(name, kind, kind), sample, ctx, TODAY, book)


def category(name: str, ctx: TableContext = LINKED) -> str | None:
    found = match_column(name, ctx.applies)
    return found.category if found is not None else None


def test_salesforce_custom_fields_are_read_without_their_suffix() -> None:
    assert tokenize("email__c") == ("email",) and tokenize("club__c") == ("club",)
    assert tokenize("Contact__r") == ("contact",) and tokenize("sfid") == ("sfid",)
    assert category("email__c") == "email" and category("iban__c") == "iban"


@pytest.mark.parametrize("table", ["club__c", "gyms", "bank_branches", "hotels", "filialen"])
def test_a_business_own_sites_are_company_tables(table: str) -> None:
    ctx = table_context(table, ["id", "name", "street__c", "phone__c", "email__c"])
    assert ctx.is_company
    assert detect("phone__c", "+32 3 231 45 10", "+32 9 224 18 80", ctx=ctx) is None


def test_equipment_no_person_is_linked_to_is_no_ones() -> None:
    ctx = table_context("t_dev", ["devid", "devnm", "ipaddr", "macaddr"])
    assert ctx.is_equipment
    assert detect("ipaddr", "10.20.1.11", "10.20.1.12", "10.20.2.11", ctx=ctx) is None
    # a user's own devices (a key to users): their push tokens and IPs are the user's
    mine = table_context("user_devices", ["id", "user_id", "push_token", "ip"], references_people=True)
    assert not mine.is_equipment and mine.is_linked


@pytest.mark.parametrize(("name", "expected"), [
    ("height_cm", "health"), ("weight_kg", "health"), ("body_fat_pct", "health"), ("muscle_mass_kg", "health"),
    ("visceral_fat_level", "health"), ("heart_condition__c", "health"), ("chest_pain__c", "health"),
    ("pregnant__c", "health"), ("clearance_required__c", "health"),
])
def test_body_measurements_and_health_answers_are_health_in_a_care_table(name: str, expected: str) -> None:
    care = table_context("body_scans", ["id", "user_id", name])
    assert care.is_care and category(name, care) == expected
    assert category(name, LINKED) != "health"  # a parcel's weight, a shipment's height


def test_a_yes_no_health_answer_is_found_in_a_boolean_column() -> None:
    care = TableContext(is_care=True, is_linked=True)
    found = detect("heart_condition__c", "true", "false", "false", ctx=care, kind=model.BOOLEAN)
    assert found is not None and found.category == "health" and found.sensitive


@pytest.mark.parametrize(("name", "expected"), [
    ("martStatus", "family"), ("marital_status", "family"), ("familienstand", "family"),
    ("startDate", "employment"), ("termDate", "employment"), ("termReason", "employment"),
    ("pinhash", "password"), ("crdid", "id_number"), ("card_uid", "id_number"), ("fptmpl", "biometric"),
])
def test_hr_codes_pins_cards_and_templates_are_read_in_a_table_about_people(name: str, expected: str) -> None:
    assert category(name, PEOPLE) == expected


def test_children_alone_is_a_bookings_count_and_nchildren_an_employees() -> None:
    assert category("nChildren", PEOPLE) == "family"
    assert category("children", PEOPLE) is None and category("adults", PEOPLE) is None


@pytest.mark.parametrize("name", ["origin", "salaryUnit", "bic__c", "bankCode", "swift", "start_date"])
def test_channels_units_and_banks_codes_are_not_personal(name: str) -> None:
    assert category(name, PEOPLE if name != "start_date" else LINKED) is None


def test_a_body_temperature_at_the_door_is_health() -> None:
    found = detect("tmpr", "36.6", "37.1", "36.4", "38.0", "36.9", kind=model.NUMBER)
    assert found is not None and found.category == "health"
    assert detect("tmpr", "4.2", "3.9", "5.1", "4.4", kind=model.NUMBER) is None  # a fridge's


def test_several_short_texts_naming_conditions_are_health_in_a_linked_table() -> None:
    reasons = ["Long COVID, kiné en cours", "Fracture du poignet", "Werk in het buitenland",
               "Grossesse, reprise prévue", "Studies in het buitenland", "Hernia, rugschool"]
    found = health_texts("t", "freeze_reason__c", reasons * 2)
    assert found is not None and found.category == "health"
    assert health_texts("t", "reason", ["Moved away", "Too expensive", "No time", "Medical"] * 3) is None  # one


def test_a_list_that_classifies_records_is_no_health_code() -> None:
    types = ["GDPR"] * 5 + ["Complaint"] * 5 + ["Injury"] * 4 + ["Billing"] * 4
    assert health_codes("t", "type", types) is None  # a case's type
    assert health_codes("t", "reason", types) is not None  # a person's reason


def test_texts_quoting_peoples_names_are_free_text_in_a_linked_table(book: NameBook) -> None:
    subjects = ["Demande RGPD - Alexandra Dumont", "Résiliation", "Attest ziekenfonds - Marie Lauwers",
                "Music too loud", "Demande RGPD - Pascal Thibaut", "Charged twice"] * 3
    found = detect("subject", *subjects, book=book)
    assert found is not None and found.category == "free_text"
    assert detect("subject", *subjects, ctx=PLAIN, book=book) is None  # no one's table: a sole trader's firm


def test_a_sessions_tables_key_is_a_session_cookie_linked_or_not() -> None:
    keys = [f"fwlVp7OTptFsircGsjrGzv70rKeV4Jsx2Z30P{i:03d}" for i in range(12)]
    found = detect("id", *keys, ctx=PLAIN, table="sessions")
    assert found is not None and found.category == "identifier"
    assert detect("id", *keys, ctx=PLAIN, table="jobs") is None


def test_references_without_words_are_no_free_text() -> None:
    references = [f"+++{n:03d}/{n * 7 % 10000:04d}/{n * 13 % 100000:05d}+++" for n in range(100, 130)]
    assert detect("payment_reference__c", *references) is None
    phones = ["+32 470 12 34 56", "0471 23 45 67", "mia@example.be", "0472 34 56 78"] * 3
    assert detect("contatto", *phones) is not None  # letterless values that are phones still count
