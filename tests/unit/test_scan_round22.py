"""The detector's twenty-second round of generalization, after the Lithuanian e-scooter
rental: Lithuanian, Latvian and Estonian names and personal codes (read by their check
digits), a payment method's token (a stored card is a person's, not a payment's), an
incident's injury and third party, an invoice's net amount (no pay, even when buyers'
names make the table read as people), and Lithuania's old trunk prefix 8 in free text.
Every rule comes with look-alikes that must not match."""

from __future__ import annotations

from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.naming import is_payment_table
from dumpscrub.checks.national_ids import is_baltic_personal_code, is_latvian_personal_code
from dumpscrub.checks.values import is_national_id
from dumpscrub.strategies.freetext import _without_trunk_zero
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()


def test_baltic_personal_codes_pass_their_check_digits() -> None:
    assert is_baltic_personal_code("37605030299")  # an Estonian isikukood: a man born 3 May 1976
    assert is_baltic_personal_code("38703181745")  # a Lithuanian asmens kodas: a man born 18 March 1987
    assert not is_baltic_personal_code("37605030298")  # the check digit wrong
    assert not is_baltic_personal_code("77605030299")  # no sex and century 7
    assert not is_baltic_personal_code("37613030297")  # month 13
    assert is_latvian_personal_code("010190-12349")
    assert not is_latvian_personal_code("010190-12348")
    assert is_national_id("38703181745")


def test_baltic_names_of_people() -> None:
    assert category("vardas", PLAIN) == "first_name"
    assert category("pavarde", PLAIN) == "last_name"
    assert category("uzvards", PLAIN) == "last_name"
    assert category("asm_kodas", PLAIN) == "national_id"
    assert category("personal_code", PLAIN) == "national_id"
    assert category("isikukood", PLAIN) == "national_id"
    assert category("sodros_nr", PLAIN) == "national_id"  # Sodra's social insurance number
    assert category("lytis", PEOPLE) == "gender"
    assert category("lytis", LINKED) is None
    assert category("adresas", PLAIN) == "address"
    assert category("prisijungimas", PLAIN) == "username"
    assert category("slaptazodis", PLAIN) == "password"
    assert category("parole", PEOPLE) == "password"  # Latvian
    assert category("parole", PLAIN) is None  # French lyrics
    assert category("el_pastas", PLAIN) == "email"
    assert category("product_code", PLAIN) is None


def test_baltic_tables() -> None:
    assert table_context("darbuotojai", ["id", "vardas", "pavarde"]).is_people
    assert table_context("tiekejai", ["id", "pavadinimas", "tel_nr", "sask_nr"]).is_company
    assert table_context("nustatymai", ["raktas", "reiksme"]).is_settings


def test_a_payment_methods_tokens_are_a_persons() -> None:
    assert not is_payment_table("payment_methods")
    assert not is_payment_table("sepa_mandates")
    assert is_payment_table("payments")
    assert is_payment_table("payment_transactions")
    tokens = [f"pm_1Nx{i:02d}Qe7LkTzP9vRw3Ab{i:02d}Yc" for i in range(10)]
    found = detect("stripe_pm_id", *tokens, ctx=LINKED, table="payment_methods")
    assert found is not None and found.category == "identifier"
    assert detect("stripe_pm_id", *tokens, ctx=LINKED, table="payments") is None  # each payment's


def test_an_incidents_injury_and_third_party() -> None:
    assert category("injury", LINKED) == "health"
    assert category("injury", PLAIN) is None  # a product's injury warning, in a table of no one
    found = detect("third_party_name", "Jonas Kazlauskas", "Rūta Petrauskienė", "Tomas Jankauskas",
                   ctx=LINKED, book=BOOK)
    assert found is not None and found.category == "name"
    # a role's column of ids or codes names no one; nor does a role followed by another word
    assert detect("third_party", "TP-0001", "TP-0002", "TP-0003", ctx=LINKED, book=BOOK) is None
    assert category("witness_statement_status", LINKED) is None


def test_an_invoices_net_amount_is_no_pay() -> None:
    invoice = table_context("invoices", ["id", "net_cents", "buyer_name", "buyer_email"])
    assert category("net_cents", invoice) is None
    payslip = table_context("payslips", ["id", "employee_id", "gross", "net"])
    assert category("net", payslip) == "financial"


def test_lithuanias_old_trunk_prefix_is_a_trunk() -> None:
    assert not _without_trunk_zero("8-612-34567", "LT")
    assert not _without_trunk_zero("0 612 34567", "LT")
    assert _without_trunk_zero("5974014578", "DE")  # a booking number, valid as a German phone only without its 0
    assert not _without_trunk_zero("030 1234567", "DE")


def test_a_few_slugs_repeated_on_every_row_are_no_names() -> None:
    slugs = ["FARMASAUDE", "blog-mae-sol"] * 10
    assert detect("affiliate_code", *slugs, ctx=PLAIN, book=BOOK) is None
    posts = [f"pedido-{first.lower()}-{last.lower()}" for first, last in
             (("Ana", "Silva"), ("Rui", "Costa"), ("Marta", "Sousa"), ("João", "Pereira"))] * 3
    found = detect("post_name", *posts, ctx=PLAIN, book=BOOK)
    assert found is not None and found.category == "free_text"


def test_a_session_column_of_a_few_words_is_no_token() -> None:
    assert detect("sess_auth_method", *["password", "bankid", "sso"] * 6, ctx=LINKED, table="usr_session") is None
    keys = [f"{i:02d}q8v1t5kz3m9xw2r7b4n6c0hj" for i in range(18)]
    found = detect("sess_id", *keys, ctx=LINKED, table="usr_session")
    assert found is not None and found.category == "identifier"
