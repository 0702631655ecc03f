"""The detector's ninth round of generalization, after the Danish veterinary chain: a
table of partners that holds people and companies (Odoo's res_partner, told apart by
is_company) and one of their bank accounts are no company tables, a people word that
only qualifies the head noun (account_move) makes no people table, animals' names,
weights and diagnoses are no person's (but a guide dog tells its owner's disability),
keys between tables are no tokens, a workplace's shared lines are no one's phone, a
message id quotes no one, boilerplate repeated on most rows does not hide the few texts
that quote people, attachments' files, and a few Nordic and Odoo names (passport_id,
private_city, children in hr_employee, fagforening, chip numbers). Every rule comes with
look-alikes that must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import Sample, TableContext, detect_column, match_column, table_context
from dumpscrub.model import Column

PDF = "%PDF-1.7\n%\udce2\udce3\udccf\udcd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"  # as a dump's reader decodes it
JPEG = "\udcff\udcd8\udcff\udce0\x00\x10JFIF"

TODAY = dt.date(2025, 1, 1)
LINKED = TableContext(is_linked=True)
PLAIN = TableContext()


def detect(name: str, *vals: str | None, ctx: TableContext = LINKED, kind: str = model.TEXT, table: str = "t"):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column(table, name, Column(name, kind, kind), sample, ctx, TODAY, None)


def category(name: str, ctx: TableContext = LINKED) -> str | None:
    found = match_column(name, ctx.applies)
    return found.category if found is not None else None


def test_a_partners_table_with_an_is_company_flag_holds_people_too() -> None:
    assert not table_context("res_partner", ["id", "name", "is_company", "email", "phone"]).is_company
    assert table_context("partners", ["id", "name", "vat", "email", "phone"]).is_company


def test_a_table_of_bank_accounts_is_no_bank() -> None:
    ctx = table_context("res_partner_bank", ["id", "acc_number", "acc_holder_name", "partner_id"])
    assert not ctx.is_company and ctx.is_pay and ctx.is_linked
    assert table_context("banks", ["id", "name", "bic", "city"]).is_company


def test_a_people_word_before_the_head_noun_makes_no_people_table() -> None:
    assert not table_context("account_move", ["id", "name", "state", "partner_id"]).is_people
    assert table_context("accounts", ["id", "name", "email"]).is_people
    assert table_context("user_accounts", ["id", "login"]).is_people


def test_an_animals_name_weight_and_diagnosis_are_no_persons() -> None:
    dyr = table_context("Dyr", ["id", "ejerPartnerId", "navn", "vaegtKg"], references_people=True)
    assert dyr.is_animal
    pets = ["Bella", "Max", "Luna", "Charlie", "Molly", "Oscar", "Daisy", "Buster", "Rosie", "Milo"] * 2
    assert detect("navn", *pets, ctx=dyr) is None
    assert detect("pet_name", *pets) is None  # booking.pet_name, in a table about people
    assert detect("diagnose", "Otitis externa", "Gastritis", ctx=dyr) is None
    found = detect("assistancehund", "true", "false", "false", ctx=dyr, kind=model.BOOLEAN)
    assert found is not None and found.category == "health"  # a guide dog: its owner's disability
    found = detect("chipNr", *(f"208{n:012d}" for n in range(10)), ctx=dyr)
    assert found is not None and found.category == "id_number"  # registered to the owner


def test_a_workplaces_shared_lines_are_no_ones_phone() -> None:
    people = TableContext(is_people=True, is_linked=True)
    lines = ["+45 75 82 14 60"] * 13 + ["+45 66 11 27 90"] * 10 + ["+45 46 35 12 88"] * 7 + ["+45 86 19 42 00"] * 7
    assert detect("work_phone", *lines, ctx=people) is None
    own = [f"+45 2{n:01d} {n:02d} 14 6{n % 10}" for n in range(30)]
    assert detect("work_phone", *own, ctx=people) is not None


def test_a_message_id_quotes_no_one() -> None:
    ids = [f"<{n:08x}.{n * 7}@vetnord.dk>" for n in range(20)]
    assert detect("message_id", *ids) is None


def test_a_boilerplate_does_not_hide_the_texts_that_quote_people() -> None:
    notes = (["<p>Betalingsbetingelser: netto 8 dage.</p>"] * 200
             + ["<p>Kopi sendt til gfrederiksen@gmail.com.</p>", "<p>Refunderes til DK68 9280 1744 1311 87.</p>",
                "<p>Kopi sendt til anna.holm@mail.dk.</p>", "<p>Kopi sendt til ejer pr. brev.</p>"])
    found = detect("narration", *notes)
    assert found is not None and found.category == "free_text"
    assert detect("narration", *(["<p>Betalingsbetingelser: netto 8 dage.</p>"] * 200
                                 + ["<p>Kopi sendt til ejer pr. brev.</p>"] * 4)) is None


def test_an_attachments_tables_files_are_documents() -> None:
    files = [PDF, JPEG, PDF, JPEG, PDF, "logo"] * 3
    found = detect("db_datas", *files, ctx=PLAIN, table="ir_attachment", kind=model.BINARY)
    assert found is not None and found.category == "document"
    assert detect("db_datas", *files, ctx=PLAIN, table="ir_cron", kind=model.BINARY) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("passport_id", "national_id"), ("private_city", "city"), ("x_studio_fagforening", "trade_union"),
    ("marital", "family"), ("x_studio_autorisations_id", "id_number"), ("chipNr", "id_number"),
    ("x_studio_betalingsaftale", "financial"),
])
def test_odoo_and_nordic_names_are_read(name: str, expected: str) -> None:
    people = table_context("hr_employee", ["id", "name", "birthday", "private_email"])
    assert category(name, people) == expected


def test_children_is_family_in_a_table_named_after_people_only() -> None:
    named = table_context("hr_employee", ["id", "name", "birthday", "private_email"])
    assert named.named_people and category("children", named) == "family"
    by_values = TableContext(is_people=True, is_linked=True)  # a booking read as about people by its values
    assert category("children", by_values) is None


@pytest.mark.parametrize("name", ["country_id", "address_id", "passport_type", "document_id"])
def test_keys_to_other_tables_stay_keys(name: str) -> None:
    people = table_context("hr_employee", ["id", "name", "birthday", "private_email"])
    assert category(name, people) not in ("national_id", "city", "address")
