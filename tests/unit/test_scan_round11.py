"""The detector's eleventh round of generalization, after the hospice charity: a CRM's
display forms of a name (sort_name, postal greetings, household names, known_as,
WordPress' nicename), criminal record checks (a vetting table's outcome and
certificate, a disclosure summary; the scheme and level of a check are not), gender as
an option id, names in slugs (danielle-hely) whatever the table, and a transaction id
spelled trxn. Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import NameBook, Sample, TableContext, detect_column, match_column, table_context
from dumpscrub.checks.evidence import quotes_name
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)
PLAIN = TableContext()


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


def detect(name: str, *vals: str | None, ctx: TableContext = PLAIN, kind: str = model.TEXT,
           book: NameBook | None = None):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column("t", name, Column(name, kind, kind), sample, ctx, TODAY, book)


def category(name: str, ctx: TableContext = PEOPLE) -> str | None:
    found = match_column(name, ctx.applies)
    return found.category if found is not None else None


@pytest.mark.parametrize("name", ["sort_name", "postal_greeting_display", "household_name", "known_as",
                                  "user_nicename", "nickname"])
def test_a_crms_display_forms_of_a_name_are_names(name: str) -> None:
    assert category(name, PLAIN) == "name"


def test_a_vetting_tables_outcome_and_certificate_are_a_criminal_record_check() -> None:
    vetting = table_context("vetting_checks", ["certificate_number", "scheme", "level", "outcome", "verified_by"])
    assert vetting.is_vetting and vetting.is_linked
    assert category("outcome", vetting) == "criminal" and category("certificate_number", vetting) == "id_number"
    assert category("scheme", vetting) is None and category("level", vetting) is None
    assert category("barred_list_checked", vetting) is None  # whether it was checked: no finding of a check
    assert category("disclosure_summary", PLAIN) == "criminal"
    assert category("outcome", PEOPLE) is None  # an outcome elsewhere: of a call, a claim


def test_gender_as_an_option_id_is_gender_and_other_ids_stay_keys() -> None:
    assert category("gender_id") == "gender"
    assert category("country_id") is None and category("contact_id") is None


def test_names_in_slugs_are_read_whatever_the_table(book: NameBook) -> None:
    assert quotes_name("danielle-hely", book) and quotes_name("donation-danielle-hely-2024", book)
    assert not quotes_name("gift-aid", book) and not quotes_name("contact-us", book)
    slugs = ["contact-us", "gift-aid", "danielle-hely", "mary-smith", "sean-murphy", "grace-kelly", "john-walsh",
             "emma-byrne", "donate"] * 2
    found = detect("post_name", *slugs, book=book)
    assert found is not None and found.category == "free_text"
    pages = ["contact-us", "gift-aid", "gifts-in-wills", "volunteer", "privacy-notice", "donate"] * 3
    assert detect("post_name", *pages, book=book) is None


def test_a_transaction_id_spelled_trxn_is_per_event() -> None:
    ids = [f"BACS-{n:04d}K8QO24EVXS{n % 7}" for n in range(20)]
    assert detect("trxn_id", *ids, ctx=PEOPLE) is None
