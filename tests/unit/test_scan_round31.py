"""The detector's thirty-first round of generalization, after the Ukrainian IT outsourcer
and the Luxembourg fund administrator: Ukrainian names in Latin letters, the RNOKPP read
by its check digit, Ukrainian surnames after a known first name, counterparty and
settings tables, a relocation's town of arrival, a politically exposed person's office,
a French `num` before a document's name, and `localite`. Every rule comes with
look-alikes that must not match."""

from __future__ import annotations

from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.evidence import quotes_name
from dumpscrub.checks.national_ids import is_national_id, is_rnokpp
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()
ENGINEERS = table_context("spivrobitnyky", ["id", "prizvyshche", "imia", "po_batkovi", "rnokpp", "telefon_mob"])


def test_ukrainian_tables() -> None:
    assert ENGINEERS.is_people
    counterparties = table_context("kontrahenty", ["id", "nazva", "edrpou", "ipn_pdv", "adresa", "telefon"])
    assert counterparties.is_company
    assert table_context("nalashtuvannia", ["kliuch", "znachennia", "opys"]).is_settings
    assert not table_context("pidrozdily", ["id", "kod", "nazva"]).is_people  # departments


def test_ukrainian_names() -> None:
    for name, wanted in (("prizvyshche", "last_name"), ("imia", "first_name"), ("po_batkovi", "name"),
                         ("misto", "city"), ("indeks", "postal_code"), ("rnokpp", "national_id"),
                         ("vod_nomer", "id_number"), ("prydatnist", "health")):
        assert category(name, ENGINEERS) == wanted, name
    assert category("stat", ENGINEERS) is None  # a status, as many write it (BHSTAT): its values tell a sex
    found = detect("stat", *["Ж", "Ч", "Ч", "Ж", "Ч"] * 4, ctx=PEOPLE)
    assert found is not None and found.category == "gender"
    assert detect("stat", *["A", "C", "C", "A", "X"] * 4, ctx=PEOPLE) is None  # statuses
    assert detect("status", *["E", "D", "E", "E", "D"] * 4, ctx=PEOPLE) is None  # enabled, disabled
    found = detect("kod", *["E", "K", "K", "E", "E"] * 4, ctx=PEOPLE)  # Turkish erkek, kadın
    assert found is not None and found.category == "gender"
    assert category("indeks", PLAIN) is None  # an index
    assert category("nomer_zapysu_yedr", LINKED) == "id_number"
    assert category("misto_prybuttia", LINKED) == "city"
    assert category("misto_prybuttia", PLAIN) is None
    assert category("pib", LINKED) == "national_id"  # Serbia's tax number; Ukraine's ПІБ (a full name) by its values
    assert detect("ipn_pdv", "123456789012", "234567890123", "345678901234", ctx=LINKED) is None  # a VAT number


def test_the_rnokpp_by_its_check_digit() -> None:
    assert is_rnokpp("2646072908") and is_rnokpp("3137076439")
    assert not is_rnokpp("2646072907")  # the check digit is wrong
    assert not is_rnokpp("9999912345")  # days since 1899 past today
    assert not is_rnokpp("1111111111")
    assert is_national_id("3075379764")
    found = detect("kod", "2646072908", "3137076439", "3075379764", "2646072908", "3137076439", ctx=LINKED)
    assert found is not None and found.category == "national_id"


def test_ukrainian_surnames_after_a_known_first_name() -> None:
    assert quotes_name("Vitalii Fedoriv", BOOK)
    assert quotes_name("Богдан Яворський", BOOK)
    assert quotes_name("Марія Мельник", BOOK)
    assert not quotes_name("Fedoriv", BOOK)  # alone, a word is no name
    assert not quotes_name("Kyiv Fedoriv", BOOK)  # no known first name before it
    contacts = ["Vitalii Fedoriv", "Iuliia Moroz", "Ostap Fedoriv", "Богдан Яворський", "Марія Мельник"]
    suppliers = table_context("kontrahenty", ["id", "nazva", "edrpou", "kontaktna_osoba"])
    found = detect("kontaktna_osoba", *contacts, ctx=suppliers, book=BOOK)
    assert found is not None and found.category == "name"


def test_luxembourg_names() -> None:
    investors = table_context("ta_investisseur", ["Id", "Nom", "Prenom", "Geburtsdatum", "Courriel"])
    assert investors.is_people
    assert category("NumPasseport", LINKED) == "national_id"
    assert category("num_tel", PEOPLE) == "phone"
    assert category("num_emails", PEOPLE) is None  # a count of e-mails
    assert category("nb_passeports", PEOPLE) is None
    assert category("Localite", investors) == "city"
    assert category("FonctionPep", PLAIN) == "employment"
    assert category("Fonction", PLAIN) is None
