"""The detector's twenty-fifth round of generalization, after the Québec daycare network:
Québec's health insurance number (RAMQ) by its shape and date, a Canadian bank
account's number (no_compte), a network's own centres as company tables, Québec names,
and Laravel's base64 session payload, read by scan and by verify. Every rule comes with
look-alikes that must not match."""

from __future__ import annotations

import base64

from dumpscrub import model
from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.national_ids import is_ramq
from dumpscrub.checks.originals import _tokens
from dumpscrub.checks.values import base64_text, quotes_personal_in_bytes
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()
LARAVEL = base64.b64encode(
    b'a:3:{s:6:"_token";s:40:"Q4DyQKiAP2PcHymyKYnMGRg1Rsrw4kn69W7ciO6M";s:9:"_previous";a:1:{s:3:"url";'
    b's:61:"https://portail.example.qc.ca/profil?courriel=jpaquette71@sympatico.ca";}}').decode()
LARAVEL_PLAIN = base64.b64encode(
    b'a:2:{s:6:"_token";s:40:"Au5CijaFnOnmkfXWVWDIJCTJpa0XQ4DyQKiAP2Pc";s:6:"_flash";a:0:{}}').decode()


def test_a_ramq_number_by_its_shape_and_date() -> None:
    assert is_ramq("ROYL 2102 2131")  # born 21 February 2021 (or 1921)
    assert is_ramq("TREO21620779")  # a girl: the month + 50
    assert not is_ramq("ROYL 2113 2131")  # month 13
    assert not is_ramq("RO1L 2102 2131")
    assert category("no_ramq", PLAIN) == "national_id"
    assert category("nas", PEOPLE) == "national_id"
    assert category("nas", PLAIN) is None  # a network-attached storage


def test_a_canadian_bank_accounts_number() -> None:
    found = detect("no_compte", "4872679", "0754251", "1700416", "4191760", "0496034", ctx=LINKED)
    assert found is not None and found.category == "financial"  # no IBAN: a national account's number
    assert category("depot_compte", PEOPLE) == "iban"
    assert category("no_commande", LINKED) is None  # an order's number


def test_a_networks_own_centres_are_company_tables() -> None:
    assert table_context("installations", ["id", "nom", "no_permis", "adresse", "telephone", "courriel"]).is_company
    assert table_context("centre_users", ["id", "prenom", "nom", "courriel"]).is_people  # people of a centre


def test_quebec_names_are_known() -> None:
    found = detect("personne_contact", "Fatima Pelletier", "Simon Boucher", "Jean-François Paquette",
                   ctx=table_context("fournisseurs", ["id", "nom", "telephone"]), book=BOOK)
    assert found is not None and found.category == "name"


def test_laravels_base64_session_payload() -> None:
    assert base64_text(LARAVEL) is not None and "courriel=" in base64_text(LARAVEL)
    assert base64_text("0123456789abcdef0123456789abcdef") is None  # a hex token decodes to no text
    assert quotes_personal_in_bytes(LARAVEL)
    assert not quotes_personal_in_bytes(LARAVEL_PLAIN)
    payloads = [LARAVEL] * 3 + [LARAVEL_PLAIN] * 3
    found = detect("payload", *payloads, ctx=PLAIN, table="sessions", kind=model.TEXT)
    assert found is not None and found.category == "identifier"
    assert detect("payload", *[LARAVEL_PLAIN] * 6, ctx=PLAIN, table="sessions", kind=model.TEXT) is None
    assert "e:jpaquette71@sympatico.ca" in set(_tokens(LARAVEL, ("CA",)))  # verify reads it too
