"""The detector's fifteenth round of generalization, after the Greek ferry operator: IBM i
files whose fields share a two-letter prefix (BPSURN, BPBDAT), Greek forms in Latin letters
(eponymo, afm, amka, odos), names typed from passports (transliterated, without accents,
surname first), Greek legal forms, a payment's references, and a club's sessions
(the date strategy's compact YYYYMMDD dates: test_strategies_temporal.py). Every rule comes with look-alikes that
must not match."""

from __future__ import annotations


import pytest

from dumpscrub.checks.detect import TableContext, table_context
from dumpscrub.checks.evidence import NameBook, name_column
from dumpscrub.checks.naming import ValueEvidence, column_prefix, name_tokens, without_prefix
from dumpscrub.checks.transliteration import latin_forms
from dumpscrub.checks.values import has_legal_form
from support.detector import category, detect


@pytest.fixture(scope="module")
def book() -> NameBook:
    return NameBook.build()


BKGPSG = ["BPTKNO", "BPBKNO", "BPSEQN", "BPSURN", "BPNAME", "BPSEX", "BPBDAT", "BPNATN", "BPDOCN", "BPAMNT"]


def test_an_ibm_i_files_fields_are_read_without_their_prefix() -> None:
    assert column_prefix("BKGPSG", BKGPSG) == "bp"
    assert without_prefix("BPSURN", "bp") == "SURN"
    passengers = table_context("BKGPSG", BKGPSG)
    assert passengers.is_people
    expected = {"BPSURN": "last_name", "BPSEX": "gender", "BPBDAT": "birthdate", "BPNATN": "nationality",
                "BPDOCN": "id_number"}
    assert {n: category(n, passengers) for n in expected} == expected
    assert category("BPAMNT", passengers) is None and category("BPSEQN", passengers) is None
    # not an IBM i file: lower case, underscores, or fields of other prefixes
    assert column_prefix("orders", ["order_no", "order_date", "order_total", "order_state"]) != "or"
    assert column_prefix("MIXED", ["BPSURN", "BHNAME", "BPSEX", "BPBDAT"]) == ""


def test_multi_word_abbreviations_become_words() -> None:
    assert name_tokens("martstatus") == ("marital", "status")
    assert name_tokens("BDAT") == ("birth", "date")


@pytest.mark.parametrize(("name", "expected"), [
    ("eponymo", "last_name"), ("patronymo", "name"), ("mitronymo", "name"), ("fylo", "gender"),
    ("topos_gennisis", "city"), ("ypikootita", "nationality"), ("afm", "national_id"), ("amka", "national_id"),
    ("ar_taftotitas", "id_number"), ("odos", "address"), ("tk", "postal_code"), ("poli", "city"),
    ("kinito", "phone"), ("oikogeniaki_katastasi", "family"), ("arithmos_teknon", "family"),
    ("simeioseis", "free_text"),
])
def test_greek_forms_in_latin_letters_are_read(name: str, expected: str) -> None:
    crew = table_context("naftikoi", ["id", "eponymo", "onoma", name])
    assert crew.is_people
    assert category(name, crew) == expected


def test_greek_pay_and_a_payees_name() -> None:
    pay = table_context("misthodosia", ["id", "naftikos_id", "akatharistes", "kathara", "dikaiouchos", "iban"])
    assert pay.is_pay
    assert category("akatharistes", pay) == "financial" and category("kathara", pay) == "financial"
    found = detect("dikaiouchos", "KATSAFADOU MICHAELA", "Καχριμανίδη Φερενίκη", "PAPADOPOULOS GIORGOS", ctx=pay)
    assert found is not None and found.category == "name"
    assert category("kathara", table_context("katharismos", ["id", "kathara"])) is None  # cleaning, not pay


def test_names_as_passports_write_them(book: NameBook) -> None:
    assert "spanochristodoulou" in latin_forms("σπανοχριστοδούλου")
    assert {"pafsanias", "pavsanias"} <= latin_forms("παυσανίας")
    assert "kuznetsova" in latin_forms("кузнецова")
    assert latin_forms("frédérique") == {"frederique"} and latin_forms("anna") == set()
    assert book.kind("frederique")[0] and book.kind("elli")[0]
    surnames_first = ["KATSAFADOU MICHAELA", "PAPADOPOULOU ELENI", "GEORGIOU NIKOS", "BAILEY HELEN", "SMITH JOHN",
                      "MÜLLER ANNA", "KOWALSKI PIOTR", "ROSSI MARCO", "DUPONT MARIE", "GARCIA LUCIA"]
    assert name_column(surnames_first, book)[0] == "name"
    mixed_case = [v.title() for v in surnames_first]  # "Smith John" read in a form's order is no evidence
    assert name_column(mixed_case, book) is None or name_column(mixed_case, book)[0] != "name"


def test_greek_legal_forms_make_a_company(book: NameBook) -> None:
    for value in ("AEGEAN HOLIDAYS Α.Ε.", "PIRAEUS TRAVEL SERVICES ΙΚΕ", "MINOAN TOURS Ο.Ε.", "Acme E.P.E."):
        assert has_legal_form(value), value
    assert not has_legal_form("KOS TRAVEL CENTER")
    agencies = table_context("AGNMST", ["AGCODE", "AGNAME", "AGAFM", "AGTELN", "AGEMAL", "AGIBAN"],
                             evidence=ValueEvidence(is_company=True))
    assert agencies.is_company  # an AFM abbreviation is no evidence of a person


def test_a_payments_references_are_per_event() -> None:
    payments = TableContext(is_linked=True)
    uids = [f"{n * 7919:040X}" for n in range(1, 30)]
    assert detect("mydata_uid", *uids, ctx=payments, table="web_payments") is None
    assert detect("mydata_uid", *uids, ctx=payments, table="members") is not None  # a member's token
    marks = [f"4000{n * 104729:011d}" for n in range(1, 30)]
    assert detect("mydata_mark", *marks, ctx=payments, table="web_payments") is None


def test_a_clubs_sessions_are_no_company() -> None:
    sessions = table_context("club_sessions", ["id", "member_id", "refresh_token", "ip_address"])
    assert not sessions.is_company and category("ip_address", sessions) == "ip"
    assert table_context("clubs", ["id", "name", "street", "phone"]).is_company

