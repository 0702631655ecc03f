"""The detector's twenty-ninth round of generalization, after the Slovak driving school:
Slovak and Czech supplier, settings, pupil and instructor tables, an instructor's
certificate number, a lesson's pick-up place, a medical assessment's conclusion and a
licence's restriction codes, and a company contact's phone told by its numbers being
mobiles. Every rule comes with look-alikes that must not match."""

from __future__ import annotations

from dumpscrub.checks.detect import table_context
from dumpscrub.checks.values import is_mobile_number
from support.detector import LINKED, PLAIN, category, detect

SUPPLIERS = table_context("as_dodavatel", ["id", "nazov", "ico", "dic", "icDph", "adresa", "telefon", "email",
                                           "kontaktnaOsoba", "kontaktTelefon"])


def test_slovak_tables() -> None:
    assert SUPPLIERS.is_company
    assert table_context("as_nastavenie", ["id", "kluc", "hodnota"]).is_settings
    assert table_context("as_ziak", ["id", "meno", "priezvisko"]).is_people
    assert table_context("as_lekarsky_posudok", ["id", "ziak_id", "zaver"]).is_care


def test_slovak_names() -> None:
    assert category("cisloOsvedcenia", PLAIN) == "id_number"
    assert category("miestoVyzdvihnutia", LINKED) == "address"
    assert category("miestoVyzdvihnutia", PLAIN) is None  # a depot's pick-up place, in a table of no one
    assert category("kodyObmedzeni", PLAIN) == "health"
    care = table_context("as_lekarsky_posudok", ["id", "ziak_id", "zaver"])
    assert category("zaver", care) == "health"
    assert category("zaver", LINKED) is None  # an audit's conclusion


def test_a_company_contacts_phone_of_mobiles() -> None:
    assert is_mobile_number("+421 917 664 615")
    assert is_mobile_number("00421906112111")
    assert not is_mobile_number("+421 2 4055 1111")  # Bratislava's switchboard
    mobiles = ["+421 917 664 615", "00421906112111", "+421958399994", "+421 905 123 456"]
    found = detect("kontaktTelefon", *mobiles, ctx=SUPPLIERS)
    assert found is not None and found.category == "phone"
    landlines = ["+421 2 4055 1111", "+421 41 500 2211", "+421 55 622 40 11", "+421 2 5020 1111"]
    assert detect("kontaktTelefon", *landlines, ctx=SUPPLIERS) is None  # the company's desks
    assert detect("telefon", *mobiles, ctx=SUPPLIERS) is None  # no contact word: the company's own line


def test_a_cuid_row_id_is_no_php_session_id() -> None:
    from dumpscrub.checks.values import is_session_key
    assert not is_session_key("cl9ebqhxk00003b600tymydho")  # Prisma's cuid: 25 characters
    assert is_session_key("at3xn4574bnboxtshg349xbj4qc")  # PHP's 26
