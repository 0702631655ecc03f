"""The detector's twenty-seventh round of generalization, after the Croatian
tourist-apartment agency: ASP.NET Identity's external login key and security stamp, a
thing's name (ProviderDisplayName: Google) and a login's provider read as no person's,
a company's contact person's mobile, a Croatian document number and town. Every rule
comes with look-alikes that must not match."""

from __future__ import annotations

from dumpscrub.checks.detect import NameBook, table_context
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()
PARTNERS = table_context("Partneri", ["Id", "Naziv", "OIB", "Telefon", "Email", "KontaktOsoba", "KontaktMobitel"])


def test_aspnet_identitys_login_key_and_security_stamp() -> None:
    assert category("ProviderKey", PLAIN) == "identifier"
    assert category("SecurityStamp", PLAIN) == "identifier"
    assert category("LoginProvider", LINKED) is None  # Google, Facebook: the provider, no login
    assert category("email_provider", PEOPLE) is None


def test_a_things_name_is_no_persons() -> None:
    assert category("ProviderDisplayName", LINKED) is None
    assert category("product_full_name", PLAIN) is None
    assert category("role_display_name", PEOPLE) is None
    assert category("DisplayName", PEOPLE) == "name"
    assert category("customer_full_name", PLAIN) == "name"
    assert category("recipient_name", LINKED) == "name"


def test_a_companys_contact_persons_mobile() -> None:
    assert PARTNERS.is_company
    found = detect("KontaktMobitel", "+38599930336", "099/211-6143", "095712935", "098/903-712", ctx=PARTNERS)
    assert found is not None and found.category == "phone"
    assert detect("Telefon", "+385 21 345 678", "021 345 679", ctx=PARTNERS) is None  # the switchboard
    assert detect("KontaktMobitel", "n/a", "-", "n/a", ctx=PARTNERS) is None
    found = detect("KontaktOsoba", "Vesna Grgić", "Ivana Mikulić", "Ante Babić", ctx=PARTNERS, book=BOOK)
    assert found is not None and found.category == "name"


def test_croatian_document_number_and_town() -> None:
    assert category("BrojIsprave", PLAIN) == "id_number"
    assert category("Mjesto", PEOPLE) == "city"
    assert category("Mjesto", LINKED) is None
    assert table_context("Vlasnici", ["Id", "Ime", "Prezime", "OIB"]).is_people
